"""Exemption (b)(7), 5 U.S.C. § 552(b)(7): law-enforcement records, only to the extent
release would cause one of six harms."""

from __future__ import annotations

from questionnaires.framework.determination import Finding, Status
from questionnaires.framework.wording import join_words, unique_citations
from questionnaires.irs_records_request import citations as c

from .facts import B7_HARMS, Exemption, Facts

# ---------------------------------------------------------------------------
# 2. (b)(7): one of six harms
# ---------------------------------------------------------------------------


def b7_withholding_names_a_listed_harm(facts: Facts) -> Finding:
    """5 U.S.C. § 552(b)(7) lets the IRS withhold records compiled for law enforcement "but
    only to the extent" release would cause one of six harms, (A) to (F) (TIGTA Rep. at 1).
    A (b)(7) withholding must name one."""
    code, title = "b7_harm", "A (b)(7) withholding names one of the six harms"
    relied_on = ("exemptions_cited",)
    cites = unique_citations(c.FOIA_B7, c.REPORT_BACKGROUND)
    named = [e for e in B7_HARMS if e in facts.exemptions_cited]
    if not named and Exemption.B7_NO_LETTER not in facts.exemptions_cited:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The letter does not rely on exemption (b)(7), as far as the answers show.",
            relied_on,
            (),
        )
    if not named:
        harms = "; ".join(f"{label}, release {text}" for label, text, _ in B7_HARMS.values())
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The letter cites exemption (b)(7) without saying which harm release would "
            "cause. (b)(7) protects law-enforcement records only to the extent release would "
            f"cause one of six listed harms: {harms}. Ask the IRS to name the harm for each "
            "withholding.",
            relied_on,
            cites,
        )
    parts = [f"{B7_HARMS[e][0]} (release {B7_HARMS[e][1]})" for e in named]
    return Finding(
        code,
        title,
        Status.MET,
        f"The letter names {join_words(parts)}. Each withholding must still fit the harm named; "
        "the items below show where TIGTA found the IRS got this wrong.",
        relied_on,
        unique_citations(cites, tuple(B7_HARMS[e][2] for e in named)),
    )

"""Exemption (b)(7), 5 U.S.C. § 552(b)(7): law-enforcement records, only to the extent
release would cause one of six harms; and (b)(7)(A), which turns on whether the matter is
still open."""

from __future__ import annotations

from questionnaires.framework.determination import Finding, Status, reads
from questionnaires.framework.wording import join_words, unique_citations
from questionnaires.irs_records_request import citations as c

from .facts import B7_HARMS, Exemption, Facts, MatterStatus, SignedBy
from .items import only_the_clients_own_withheld, signer_not_known

#: Any answer that says the letter relies on (b)(7).
B7_EXEMPTIONS = frozenset({*B7_HARMS, Exemption.B7_NO_LETTER})


@reads(
    "exemptions_cited",
    decides="whether a (b)(7) withholding names one of the six harms",
    law=(c.FOIA_B7,),
)
def b7_withholding_names_a_listed_harm(facts: Facts) -> Finding:
    """5 U.S.C. § 552(b)(7) lets the IRS withhold records compiled for law enforcement "but
    only to the extent" release would cause one of six harms, (A) to (F) (TIGTA Rep. at 1).
    A (b)(7) withholding must name one. "Not sure" which exemptions the letter cites is
    never read as "no (b)(7)"."""
    code, title = "b7_harm", "A (b)(7) withholding names one of the six harms"
    relied_on = ("exemptions_cited",)
    cites = unique_citations(c.FOIA_B7, c.REPORT_BACKGROUND)
    cited = facts.exemptions_cited
    named = [e for e in B7_HARMS if e in cited]
    if not cited & B7_EXEMPTIONS:
        if Exemption.NOT_SURE in cited:
            return Finding(
                code,
                title,
                Status.UNCLEAR,
                "We do not know whether the letter relies on exemption (b)(7). Look for "
                '"(b)(7)" in the letter and beside each blacked-out part; if it is there, it '
                "must say which of the six harms (A) to (F) release would cause.",
                relied_on,
                cites,
            )
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The letter does not rely on exemption (b)(7).",
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


@reads(
    "exemptions_cited",
    "matter_status",
    "request_signed_by",
    "items_withheld",
    "item_exemptions",
    decides="whether (b)(7)(A) can be used while the matter is open",
    law=(c.FOIA_B7A,),
)
def b7a_enforcement_proceedings_still_open(facts: Facts) -> Finding:
    """5 U.S.C. § 552(b)(7)(A): records compiled for law enforcement, to the extent release
    "could reasonably be expected to interfere with enforcement proceedings" (TIGTA Rep. at
    1). Once the examination, collection or criminal matter is closed, the IRS must show how
    release could still interfere with an enforcement proceeding: a strong ground of
    appeal, for a requester entitled to what was withheld. Where everything withheld under it
    is the client's own and the clinic signed without the client's authorization, the label
    does not matter: § 6103(a) barred release to the clinic (I.R.C. § 6103(a), (c), (e)(6)).
    With the signer not known, whether it is a ground of appeal is unclear."""
    code, title = "b7a_open_matter", "(b)(7)(A) is used while the matter is still open"
    relied_on = ("exemptions_cited", "matter_status")
    cites = unique_citations(c.FOIA_B7A, c.REPORT_BACKGROUND)
    cited = facts.exemptions_cited
    marked = {exemption for _, exemption in facts.item_exemptions}
    if Exemption.B7A not in cited and Exemption.B7A in marked:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "An item is marked (b)(7)(A), but the exemptions you entered from the letter do not "
            "include it. Check the letter and the marked pages: FOIA requires the exemption to "
            "be shown where the information was deleted, and (b)(7)(A) holds only while an "
            "enforcement proceeding is open or expected. Each item below is judged under the "
            "exemption marked on it.",
            (*relied_on, "item_exemptions"),
            unique_citations(cites, c.FOIA_SEGREGABLE),
        )
    if Exemption.B7A not in cited:
        if Exemption.NOT_SURE in cited:
            return Finding(
                code,
                title,
                Status.UNCLEAR,
                "We do not know whether the letter cites (b)(7)(A). If it does, check that the "
                "examination, collection or criminal matter is still open: (b)(7)(A) protects "
                "only against interfering with enforcement proceedings.",
                relied_on,
                cites,
            )
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The letter does not cite (b)(7)(A).",
            relied_on,
            (),
        )
    status = facts.matter_status
    if status == MatterStatus.OPEN:
        return Finding(
            code,
            title,
            Status.MET,
            "The letter cites (b)(7)(A) (release could interfere with enforcement "
            "proceedings) and the matter is still open, so it may apply. It covers only what "
            "could interfere with the open matter: ask for the rest, and ask again once the "
            "matter closes.",
            relied_on,
            cites,
        )
    own_only = only_the_clients_own_withheld(facts, Exemption.B7A)
    unauthorized = facts.request_signed_by == SignedBy.CLINIC_NOT_AUTHORIZED
    if status == MatterStatus.CLOSED and unauthorized and own_only:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The letter cites (b)(7)(A) and the matter is closed, but here that label does not "
            "matter. The clinic sent the request without the client's signed authorization, "
            "and what was withheld is the client's own information: the IRS could not give it "
            "to the clinic whatever exemption it named (§ 6103(a)). This is not a ground of "
            "appeal: send a new request with a covering Form 2848 or Form 8821, or signed by "
            "the client.",
            (*relied_on, "request_signed_by", "items_withheld", "item_exemptions"),
            unique_citations(cites, c.IRC_6103, c.IRC_6103C, c.IRC_6103E6),
        )
    if status == MatterStatus.CLOSED and signer_not_known(facts) and own_only:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The letter cites (b)(7)(A), but the matter is closed. (b)(7)(A) protects only "
            "against interfering with enforcement proceedings; with the matter closed, the IRS "
            "must show how release could still interfere with one. If the client, or the "
            "clinic with a covering Form 2848 or Form 8821, signed the request, that is a "
            "strong ground of appeal. But we do not know who signed the request, and what was "
            "withheld is the client's own information: if the clinic signed it without the "
            "client's signed authorization, the IRS could not give it to the clinic anyway "
            "(§ 6103(a)), and the step is a new request with one, not an appeal.",
            (*relied_on, "request_signed_by", "items_withheld", "item_exemptions"),
            unique_citations(cites, c.IRC_6103, c.IRC_6103C, c.IRC_6103E6),
        )
    if status == MatterStatus.CLOSED:
        caveat = ""
        if unauthorized:
            caveat = (
                " But the clinic sent the request without the client's signed authorization: "
                "the IRS could not give it the client's information anyway (§ 6103(a)), so "
                "send a new request with one rather than appealing for that information."
            )
        elif signer_not_known(facts):
            caveat = (
                " But we do not know who signed the request: if the clinic signed it without "
                "the client's signed authorization, the IRS could not give it the client's "
                "information anyway (§ 6103(a))."
            )
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The letter cites (b)(7)(A), but the matter is closed. (b)(7)(A) protects only "
            "against interfering with enforcement proceedings; with the matter closed, the IRS "
            "must show how release could still interfere with one. That is a strong ground of "
            "appeal: ask the IRS to release what it withheld under (b)(7)(A), or to say which "
            "enforcement proceeding release could still interfere with." + caveat,
            (*relied_on, "request_signed_by") if caveat else relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "The letter cites (b)(7)(A) (release could interfere with enforcement proceedings). "
        "Find out whether the examination, collection or criminal matter is still open: if "
        "it has closed, the withholding is a strong ground of appeal.",
        relied_on,
        cites,
    )

"""Reviewing an answer: whether the letter is an adverse determination (a decision the
requester may appeal)."""

from __future__ import annotations

from questionnaires.framework.determination import Finding, Status, reads
from questionnaires.irs_records_request import citations as c

from .facts import Facts, IrsAction, RequestBasis

# ---------------------------------------------------------------------------
# 1. Whether the letter is an adverse determination
# ---------------------------------------------------------------------------


@reads("irs_action", decides="whether there is anything to appeal", law=(c.FOIA_90_DAY_APPEAL,))
def adverse_determination(facts: Facts) -> Finding:
    """An answer that withholds records, finds none, or closes the request is what the
    requester may appeal (5 U.S.C. § 552(a)(6)(A)(i)(III)(aa)). The IRS does not count "no
    responsive records" or "imperfect" closures as denials, but TIGTA reviews them for wrong
    closures (TIGTA Rep. at 3 n.6)."""
    code, title = "adverse_determination", "The IRS withheld something or closed the request"
    relied_on = ("irs_action",)
    action = facts.irs_action
    if action == IrsAction.RELEASED_ALL:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The IRS released everything asked for, so there is nothing to appeal.",
            relied_on,
            (),
        )
    if action in (IrsAction.RELEASED_PART, IrsAction.DENIED_ALL):
        what = "some" if action == IrsAction.RELEASED_PART else "all"
        if facts.request_basis == RequestBasis.SECTION_6103:
            return Finding(
                code,
                title,
                Status.MET,
                f"The IRS withheld {what} of the records. Check the letter for any way to "
                "challenge the decision.",
                relied_on,
                (),
            )
        return Finding(
            code,
            title,
            Status.MET,
            f"The IRS withheld {what} of the records. That is an adverse determination "
            "(a decision against the requester), which can be appealed.",
            relied_on,
            (c.FOIA_90_DAY_APPEAL,),
        )
    if action in (IrsAction.NO_RECORDS, IrsAction.IMPERFECT):
        what = (
            'said it found no records ("no responsive records")'
            if action == IrsAction.NO_RECORDS
            else 'closed the request as "imperfect" (too broad or not specific enough)'
        )
        return Finding(
            code,
            title,
            Status.MET,
            f"The IRS {what}. The IRS does not call this a denial, but TIGTA checks these "
            "closures for cases closed wrongly instead of releasing records. Check the letter "
            "for appeal rights.",
            relied_on,
            (c.REPORT_CLOSURES, c.FOIA_90_DAY_APPEAL),
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "We do not know what the IRS decided. Read the letter for whether it withheld "
        "records, found none, or closed the request.",
        relied_on,
        (),
    )

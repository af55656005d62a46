"""A § 6103(c) or (e) request refused, "no records" and "imperfect" closures, and whether
the IRS tried to contact the requester first."""

from __future__ import annotations

from questionnaires.framework.determination import Finding, Status, reads
from questionnaires.framework.wording import YesNo, unique_citations
from questionnaires.irs_records_request import citations as c

from .facts import Facts, IrsAction, RefusalReason, RequestBasis

# ---------------------------------------------------------------------------
# 6. A § 6103(c) or (e) refusal
# ---------------------------------------------------------------------------


def section_6103_request_refused(request_basis: str | None, irs_action: str | None) -> bool:
    """The IRS did not answer in full a request made only under I.R.C. § 6103(c) or (e), or
    withheld everything from a request staff are not sure was made under FOIA ("not sure" is
    never read as "it was FOIA"). The wizard asks for the refusal reason on the same test."""
    if request_basis == RequestBasis.SECTION_6103:
        return irs_action not in (IrsAction.RELEASED_ALL, None)
    return request_basis == RequestBasis.NOT_SURE and irs_action == IrsAction.DENIED_ALL


def section_6103_refusal_applies(facts: Facts) -> bool:
    return section_6103_request_refused(facts.request_basis, facts.irs_action)


@reads(
    "request_basis",
    "irs_action",
    "refusal_reason",
    decides="whether the reason for refusing a § 6103 request holds",
    law=(
        c.IRC_6103C,
        c.IRC_6103E,
    ),
)
def section_6103_refusal_reason(facts: Facts) -> Finding:
    """I.R.C. § 6103(c) and (e) requests: third-party requests "must include a valid
    authorization document, e.g, Form 2848", and TIGTA found § 6103 requests wrongly refused
    through caseworker error (TIGTA Rep. at 5)."""
    code, title = "section_6103_refusal", "The reason for refusing the § 6103 request"
    relied_on = ("request_basis", "irs_action", "refusal_reason")
    cites = unique_citations(c.REPORT_OTHER_ERRORS, c.IRC_6103C, c.IRC_6103E)
    if not section_6103_refusal_applies(facts):
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The IRS did not refuse a request made under § 6103(c) or (e).",
            relied_on,
            (),
        )
    reason = facts.refusal_reason
    if reason == RefusalReason.NO_AUTHORIZATION:
        text = (
            "The IRS said there was no valid authorization. A request for another person's "
            "§ 6103 records must include one, such as Form 2848. If a signed authorization "
            "covering these matters and periods was sent, the refusal may be wrong: TIGTA "
            "found a § 6103 request refused through a caseworker's error. If not, send a new "
            "request with the authorization."
        )
    elif reason == RefusalReason.MISSING_DETAILS:
        text = (
            "The IRS said the request was missing required details. Send a new request with "
            "the missing details, and see below on whether the IRS tried to contact you first."
        )
    elif reason == RefusalReason.NO_RECORDS:
        text = "The IRS said it found no records; see below on checking the search."
    else:
        text = (
            "We cannot judge the reason the IRS gave. Read the letter for the reason and "
            "compare it with what the request included."
        )
    if facts.request_basis == RequestBasis.NOT_SURE:
        text = (
            "We do not know whether the request was made under § 6103 or FOIA; check the "
            "request. " + text
        )
    return Finding(code, title, Status.UNCLEAR, text, relied_on, cites)


# ---------------------------------------------------------------------------
# 7. "No records" and "imperfect" closures, and contact before closing
# ---------------------------------------------------------------------------


@reads(
    "irs_action",
    "refusal_reason",
    "records_shown_to_exist",
    decides="whether closing the request without records was right",
    law=(c.REPORT_CLOSURES,),
)
def closure_without_release_checked(facts: Facts) -> Finding:
    """TIGTA reviews "no responsive records" and "imperfect" closures for whether they were
    closed wrongly instead of releasing available records (TIGTA Rep. at 3 n.6). An imperfect
    request is one "not specific enough to process or too broad in scope" (at 2 n.5); a
    perfected request (one that describes the records specifically) can be filed."""
    code, title = "closure_check", "The closure without records was right"
    relied_on = ("irs_action", "refusal_reason", "records_shown_to_exist")
    no_records = facts.irs_action == IrsAction.NO_RECORDS or (
        section_6103_refusal_applies(facts) and facts.refusal_reason == RefusalReason.NO_RECORDS
    )
    if no_records and facts.records_shown_to_exist == YesNo.YES:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The IRS said it found no records, but the client has papers showing they exist. "
            "That is a strong ground to challenge the search: appeal, attach copies of those "
            "papers, and name the office and the examiner or officer who holds the file. "
            "TIGTA checks these closures for requests closed wrongly when records were "
            "available.",
            relied_on,
            (c.REPORT_CLOSURES, c.REPORT_PROCESSING, c.FOIA_90_DAY_APPEAL),
        )
    if no_records:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The IRS said it found no records. TIGTA checks these closures for requests "
            "closed wrongly when records were available. Check the search: ask where and how "
            "the IRS looked, and whether records you know exist (such as an examination file) "
            "were searched for. A new, more specific request can be made.",
            relied_on,
            (c.REPORT_CLOSURES, c.REPORT_PROCESSING),
        )
    if facts.irs_action == IrsAction.IMPERFECT:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            'The IRS closed the request as "imperfect": not specific enough to process or '
            "too broad. TIGTA checks these closures for requests closed wrongly. Check "
            "whether the request did describe the records; either way, a perfected request "
            "(one that describes the records specifically) can be filed. The IRS's "
            "regulation closes the file if a perfected request is not sent within 35 days of "
            "the IRS's letter, and its time limits do not run until then: send it promptly.",
            relied_on,
            (
                c.REPORT_IMPERFECT,
                c.REPORT_CLOSURES,
                c.FOIA_REASONABLY_DESCRIBES,
                c.REG_DEFICIENT_REQUEST,
            ),
        )
    return Finding(
        code,
        title,
        Status.NOT_APPLICABLE,
        'The IRS did not close the request as "no records" or "imperfect".',
        relied_on,
        (),
    )


@reads(
    "irs_action",
    "refusal_reason",
    "irs_tried_contact",
    decides="whether the IRS should have contacted the requester first",
    law=(c.IRM_CONTACT_REQUESTER,),
)
def irs_tried_to_contact_requester_first(facts: Facts) -> Finding:
    """The IRM, as TIGTA cites it, says that if a request is missing any required elements,
    the caseworker "should make sufficient effort to contact the requester and ask for the
    missing elements" (IRM 11.3.41.3.2(1), as cited in TIGTA Rep. at 5 & n.15)."""
    code, title = "contact_first", "The IRS tried to contact the requester first"
    relied_on = ("irs_action", "refusal_reason", "irs_tried_contact")
    cites = (c.IRM_CONTACT_REQUESTER, c.REPORT_OTHER_ERRORS)
    applies = facts.irs_action == IrsAction.IMPERFECT or (
        section_6103_refusal_applies(facts)
        and facts.refusal_reason in (RefusalReason.NO_AUTHORIZATION, RefusalReason.MISSING_DETAILS)
    )
    if not applies:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The IRS did not close or refuse the request for missing items.",
            relied_on,
            (),
        )
    if facts.irs_tried_contact == YesNo.YES:
        return Finding(
            code,
            title,
            Status.MET,
            "The IRS tried to contact the requester about the missing items before closing "
            "or refusing the request, as its manual says. Send a new request with the missing "
            "items.",
            relied_on,
            cites,
        )
    if facts.irs_tried_contact == YesNo.NO:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The IRS closed or refused the request without trying to contact the requester. "
            'Its manual says the caseworker "should make sufficient effort to contact the '
            'requester and ask for the missing elements" first. Point this out, and send a '
            "perfected request (one with the missing items added).",
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "We do not know whether the IRS tried to contact the requester about the missing "
        "items. Check the file and phone records; its manual says it should try first.",
        relied_on,
        cites,
    )

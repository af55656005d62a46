"""IRS records requests: the Freedom of Information Act (5 U.S.C. § 552) and I.R.C. § 6103.

Two paths. Preparing a request runs: the route (a FOIA request naming § 6103(c) or (e), or the
IRS's forms for returns and transcripts), the authorization for another person's records (and,
for a Form 8821 or another taxpayer's consent, whether the IRS receives it within 120 days of
its signing), the description of the records, the request's formalities, then the date the
answer is due (20 working days, the day of receipt not counted). Reviewing the IRS's answer
runs: whether the letter is an adverse determination, the (b)(7) harms and (b)(7)(A) against an
open matter, (b)(3) with § 6103, the other exemptions, each item withheld or released (under
the exemption marked on it) against what TIGTA Report No. 2023-10-055 found, consistency, a
§ 6103 refusal, closures as "no records" or "imperfect" and whether the IRS tried to contact the
requester first, then the appeal window and, after an appeal, its decision and court review.
When the IRS has not answered: FOIA's time limit (less any pause the IRS made to ask for
information or about fees, and counted from when the FOIA office would have had a request sent
elsewhere) and what a missed limit allows.

Pure Python: no Django. The only library beyond the standard library is ``holidays`` (a pure
calendar library) for the legal public holidays. ``today`` is a fact, so the same facts always
give the same determination.

One module per part of the analysis, in its order: ``facts`` (the answers); ``route`` (the
route and authorization), ``consent_timing`` (the 120 days of a Form 8821 or another taxpayer's
consent) and ``request`` (description, formalities) for preparing a request; ``dates`` (the 20
working days and the appeal window) and ``timeline`` (no answer yet, after an appeal);
``adverse``, ``exemption_b7``, ``exemption_b3``, ``exemptions_other`` (each exemption),
``items`` (each item withheld or released) and ``refusals`` for reviewing an answer; then
``request_outcome`` and ``response_outcome`` (the outcome). This package re-exports what the
wizard, the forms and the tests use.
"""

from questionnaires.framework.determination import Determination
from questionnaires.framework.wording import YesNo

from .dates import (
    APPEAL_DAYS,
    WORKING_DAYS_TO_RESPOND,
    DueDate,
    appeal_deadline_date,
    appeal_within_90_days,
    closures_by_executive_order,
    due_date_details,
    foia_response_due_date,
    is_working_day,
    legal_public_holidays,
    next_working_day,
    response_due_within_20_working_days,
)
from .facts import (
    ADVERSE_ACTIONS,
    B7_HARMS,
    FLAG_LABELS,
    ITEM_LABELS,
    RECORD_KIND_LABELS,
    RELEASED,
    RETURN_INFORMATION,
    VALID_AUTHORIZATIONS,
    WITHHELD,
    AppealStatus,
    AuthorizationForm,
    CollectionRight,
    Description,
    Exemption,
    Facts,
    Flag,
    IrsAction,
    Item,
    MatterStatus,
    Outcome,
    Path,
    RecordKind,
    RecordsOwner,
    RefusalReason,
    RequestBasis,
    Requester,
    RequestPart,
    SentTo,
    SignedBy,
)
from .items import (
    RELEASED_RULES,
    WITHHELD_RULES,
    ItemRule,
    flag_item,
    item_findings,
    redactions_consistent,
)
from .refusals import (
    closure_without_release_checked,
    irs_tried_to_contact_requester_first,
    section_6103_refusal_applies,
    section_6103_refusal_reason,
    section_6103_request_refused,
)
from .report import (
    REPORT_CONTEXT,
    key_date,
)
from .request_outcome import determine_request
from .response_outcome import determine_no_answer, determine_response
from .route import (
    ROUTE_LABELS,
    Route,
    authorization_needed,
    consent_of_the_other_taxpayer,
    other_person_records,
    route_for_the_request,
    valid_authorization_on_file,
)


def determine(facts: Facts) -> Determination:
    """Screen a request being prepared, the IRS's answer to one, or its silence."""
    if facts.path == Path.PREPARE_REQUEST:
        return determine_request(facts)
    if facts.path == Path.REVIEW_RESPONSE:
        return determine_response(facts)
    if facts.path == Path.NO_ANSWER:
        return determine_no_answer(facts)
    raise ValueError(f"Unknown path: {facts.path!r}")


__all__ = [
    "ADVERSE_ACTIONS",
    "APPEAL_DAYS",
    "B7_HARMS",
    "FLAG_LABELS",
    "ITEM_LABELS",
    "RECORD_KIND_LABELS",
    "RELEASED",
    "RELEASED_RULES",
    "REPORT_CONTEXT",
    "RETURN_INFORMATION",
    "ROUTE_LABELS",
    "VALID_AUTHORIZATIONS",
    "WITHHELD",
    "WITHHELD_RULES",
    "WORKING_DAYS_TO_RESPOND",
    "AppealStatus",
    "AuthorizationForm",
    "CollectionRight",
    "Description",
    "Determination",
    "DueDate",
    "Exemption",
    "Facts",
    "Flag",
    "IrsAction",
    "Item",
    "ItemRule",
    "MatterStatus",
    "Outcome",
    "Path",
    "RecordKind",
    "RecordsOwner",
    "RefusalReason",
    "RequestBasis",
    "RequestPart",
    "Requester",
    "Route",
    "SentTo",
    "SignedBy",
    "YesNo",
    "appeal_deadline_date",
    "appeal_within_90_days",
    "authorization_needed",
    "closure_without_release_checked",
    "closures_by_executive_order",
    "consent_of_the_other_taxpayer",
    "determine",
    "due_date_details",
    "flag_item",
    "foia_response_due_date",
    "irs_tried_to_contact_requester_first",
    "is_working_day",
    "item_findings",
    "key_date",
    "legal_public_holidays",
    "next_working_day",
    "other_person_records",
    "redactions_consistent",
    "response_due_within_20_working_days",
    "route_for_the_request",
    "section_6103_refusal_applies",
    "section_6103_refusal_reason",
    "section_6103_request_refused",
    "valid_authorization_on_file",
]

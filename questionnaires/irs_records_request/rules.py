"""IRS records requests: the Freedom of Information Act (5 U.S.C. § 552) and I.R.C. § 6103.

Two paths. Preparing a request runs: the route (§ 6103(e), § 6103(c), FOIA, or the IRS's
forms for returns and transcripts), the authorization for another person's records, the
description of the records, the request's formalities, then the date the answer is due (20
working days, the day of receipt not counted). Reviewing the IRS's answer runs: whether the
letter is an adverse determination, the (b)(7) harms, the other exemptions, each item withheld
or released against what TIGTA Report No. 2023-10-055 found, consistency, a § 6103 refusal,
closures as "no records" or "imperfect" and whether the IRS tried to contact the requester
first, then the 90-day appeal window.

Pure Python: no Django. The only library beyond the standard library is ``holidays`` (a pure
calendar library) for the legal public holidays. ``today`` is a fact, so the same facts always
give the same determination.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

import holidays

from questionnaires.framework.determination import Citation, Determination, Finding, Status
from questionnaires.framework.wording import YesNo, join_words, unique_citations, us_long_date
from questionnaires.irs_records_request import citations as c

# ---------------------------------------------------------------------------
# Answers (form field values)
# ---------------------------------------------------------------------------


class Outcome(StrEnum):
    # Path 1: preparing a request
    READY = "ready"
    INCOMPLETE = "incomplete"
    NEEDS_AUTHORIZATION = "needs_authorization"
    USE_OTHER_CHANNEL = "use_other_channel"
    # Path 2: reviewing the IRS's response
    APPEAL_RECOMMENDED = "appeal_recommended"
    CONSIDER_APPEAL = "consider_appeal"
    NO_ISSUE_FOUND = "no_issue_found"
    DEADLINE_PASSED = "deadline_passed"


class Path(StrEnum):
    PREPARE_REQUEST = "prepare_request"
    REVIEW_RESPONSE = "review_response"


class RecordsOwner(StrEnum):
    CLIENT = "client"
    CLIENT_BUSINESS = "client_business"
    ANOTHER_PERSON = "another_person"
    NOT_SURE = "not_sure"


class Requester(StrEnum):
    """Who signs and sends the request."""

    CLIENT = "client"
    CLINIC = "clinic"
    NOT_SURE = "not_sure"


class AuthorizationForm(StrEnum):
    FORM_2848 = "form_2848"  # power of attorney: names a representative
    FORM_8821 = "form_8821"  # tax information authorization: disclosure only
    NONE = "none"
    NOT_SURE = "not_sure"


VALID_AUTHORIZATIONS = frozenset({AuthorizationForm.FORM_2848, AuthorizationForm.FORM_8821})


class RecordKind(StrEnum):
    RETURNS_TRANSCRIPTS = "returns_transcripts"
    EXAM_COLLECTION_FILE = "exam_collection_file"
    WORKPAPERS = "workpapers"
    IRS_EMAILS = "irs_emails"
    ANOTHER_TAXPAYER = "another_taxpayer"
    OTHER = "other"


RECORD_KIND_LABELS = {
    RecordKind.RETURNS_TRANSCRIPTS: "copies of tax returns or transcripts",
    RecordKind.EXAM_COLLECTION_FILE: "an examination (audit) or collection file",
    RecordKind.WORKPAPERS: "workpapers",
    RecordKind.IRS_EMAILS: "IRS e-mails",
    RecordKind.ANOTHER_TAXPAYER: "records about another taxpayer",
    RecordKind.OTHER: "other records",
}

#: The client's own return information: what § 6103(c) and (e) let the taxpayer or a
#: designee receive.
RETURN_INFORMATION = frozenset({RecordKind.EXAM_COLLECTION_FILE, RecordKind.WORKPAPERS})


class Description(StrEnum):
    SPECIFIC = "specific"
    BROAD_OR_VAGUE = "broad_or_vague"
    NOT_SURE = "not_sure"


class RequestPart(StrEnum):
    """What the request will include (a multi-select; "not_sure" marks the rest unknown)."""

    SIGNED = "signed"
    IDENTITY = "identity"
    FEES = "fees"
    NOT_SURE = "not_sure"


class IrsAction(StrEnum):
    RELEASED_ALL = "released_all"
    RELEASED_PART = "released_part"
    DENIED_ALL = "denied_all"
    NO_RECORDS = "no_records"
    IMPERFECT = "imperfect"
    NOT_SURE = "not_sure"


ADVERSE_ACTIONS = frozenset(
    {IrsAction.RELEASED_PART, IrsAction.DENIED_ALL, IrsAction.NO_RECORDS, IrsAction.IMPERFECT}
)


class RequestBasis(StrEnum):
    FOIA = "foia"
    SECTION_6103 = "section_6103"
    NOT_SURE = "not_sure"


class Exemption(StrEnum):
    B3_6103 = "b3_6103"
    B5 = "b5"
    B6 = "b6"
    B7_NO_LETTER = "b7"  # (b)(7) cited without saying which of (A)-(F)
    B7A = "b7a"
    B7B = "b7b"
    B7C = "b7c"
    B7D = "b7d"
    B7E = "b7e"
    B7F = "b7f"
    OTHER = "other"
    NOT_SURE = "not_sure"


#: The six harms of 5 U.S.C. § 552(b)(7)(A)-(F), as the report lists them (at 1).
B7_HARMS = {
    Exemption.B7A: ("(b)(7)(A)", "could interfere with enforcement proceedings", c.FOIA_B7A),
    Exemption.B7B: (
        "(b)(7)(B)",
        "would deprive a person of a right to a fair trial or an impartial adjudication",
        c.FOIA_B7B,
    ),
    Exemption.B7C: (
        "(b)(7)(C)",
        "could be an unwarranted invasion of personal privacy",
        c.FOIA_B7C,
    ),
    Exemption.B7D: (
        "(b)(7)(D)",
        "could disclose a confidential source or what the source gave",
        c.FOIA_B7D,
    ),
    Exemption.B7E: (
        "(b)(7)(E)",
        "would disclose law-enforcement techniques, procedures or guidelines and could risk "
        "circumvention of the law",
        c.FOIA_B7E,
    ),
    Exemption.B7F: ("(b)(7)(F)", "could endanger someone's life or physical safety", c.FOIA_B7F),
}


class Item(StrEnum):
    REQUESTER_INFO = "requester_info"
    EXAM_WORKPAPERS = "exam_workpapers"
    IRS_EMAILS = "irs_emails"
    OUTSIDE_SERVICES_INFO = "outside_services_info"
    ASSET_LOCATOR_THIRD_PARTY = "asset_locator_third_party"
    DIF_SCORE_WORDS = "dif_score_words"
    DIF_DAS_REASON_CODE = "dif_das_reason_code"
    DIF_SCORE_OR_FORMULA = "dif_score_or_formula"
    FORM_CODE = "form_code"
    CONFIDENTIAL_SOURCE = "confidential_source"
    OTHER = "other"
    NOT_SURE = "not_sure"  # withheld only: staff cannot tell what is behind a redaction


ITEM_LABELS = {
    Item.REQUESTER_INFO: "Information about the client or the client's business",
    Item.EXAM_WORKPAPERS: "Examination workpapers",
    Item.IRS_EMAILS: "IRS e-mails",
    Item.OUTSIDE_SERVICES_INFO: ("Information about the client from outside information services"),
    Item.ASSET_LOCATOR_THIRD_PARTY: "Information about other people from asset locator records",
    Item.DIF_SCORE_WORDS: 'The words "DIF score"',
    Item.DIF_DAS_REASON_CODE: "The DIF/DAS reason code",
    Item.DIF_SCORE_OR_FORMULA: "The DIF score itself or its formula",
    Item.FORM_CODE: "The form code",
    Item.CONFIDENTIAL_SOURCE: "A confidential source's identity",
    Item.OTHER: "Other information",
    Item.NOT_SURE: "Not sure what was withheld",
}


class RefusalReason(StrEnum):
    """The reason the IRS gave for refusing a § 6103(c) or (e) request."""

    NO_AUTHORIZATION = "no_authorization"
    MISSING_DETAILS = "missing_details"
    NO_RECORDS = "no_records"
    OTHER = "other"
    NOT_SURE = "not_sure"


class Flag(StrEnum):
    LIKELY_IMPROPER = "likely_improper"
    WORTH_CHALLENGING = "worth_challenging"
    LIKELY_PROPER = "likely_proper"
    IRS_ERROR = "irs_error"
    NO_ISSUE = "no_issue"
    UNCLEAR = "unclear"


FLAG_LABELS = {
    Flag.LIKELY_IMPROPER: "Likely improper",
    Flag.WORTH_CHALLENGING: "Worth challenging",
    Flag.LIKELY_PROPER: "Likely proper",
    Flag.IRS_ERROR: "IRS error, not a ground for appeal",
    Flag.NO_ISSUE: "No issue",
    Flag.UNCLEAR: "Unclear",
}

WITHHELD = "withheld"
RELEASED = "released"


# ---------------------------------------------------------------------------
# Facts
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Facts:
    path: str
    today: date
    # Path 1: preparing a request
    records_owner: str | None = None
    requester: str | None = None
    authorization_form: str | None = None
    authorization_covers: str | None = None
    third_party_consent: str | None = None
    records_wanted: frozenset[str] = frozenset()
    records_description: str | None = None
    request_includes: frozenset[str] | None = None
    request_received: date | None = None
    # Path 2: reviewing the IRS's response
    letter_date: date | None = None
    irs_action: str | None = None
    request_basis: str | None = None
    exemptions_cited: frozenset[str] = frozenset()
    items_withheld: frozenset[str] = frozenset()
    items_released: frozenset[str] = frozenset()
    inconsistent_redactions: str | None = None
    refusal_reason: str | None = None
    irs_tried_contact: str | None = None


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

WORKING_DAYS_TO_RESPOND = 20
APPEAL_DAYS = 90


def key_date(label: str, value: date) -> dict:
    """One row of ``data["key_dates"]``: ISO date and the date written out."""
    return {"label": label, "date": value.isoformat(), "text": us_long_date(value)}


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


REPORT_CONTEXT = {
    "sampled": 83,
    "population": 3423,
    "errors": 18,
    "error_rate_percent": 22,
    "projected": 506,
    "confidence_percent": 90,
    "projected_low": 366,
    "projected_high": 647,
    "fiscal_year": "2022",
    "text": (
        "TIGTA reviewed a sample of 83 of the 3,423 FOIA requests closed in fiscal year 2022 "
        "in which the IRS withheld information under exemption (b)(7). In 18 of them (22 "
        "percent) the IRS did not follow FOIA's rules, both withholding what it should have "
        "released and releasing what it should have withheld (TIGTA Rep. No. 2023-10-055, "
        "Highlights and at 3). Across the year that comes to about 506 requests; TIGTA is 90 "
        "percent confident the true number is between 366 and 647 (TIGTA Rep. No. "
        "2023-10-055, at 5 and n.16)."
    ),
    #: Where each figure is in the report.
    "pages": {
        "sampled": "Highlights; at 3",
        "population": "Highlights; at 3",
        "errors": "Highlights; at 3",
        "error_rate_percent": "Highlights; at 3",
        "projected": "at 5",
        "projected_range": "at 5 n.16",
    },
    "citations": [
        c.REPORT_HIGHLIGHTS.text,
        c.REPORT_RESULTS.text,
        c.REPORT_OTHER_ERRORS.text,
        c.REPORT_PROJECTION.text,
    ],
}


# ===========================================================================
# Path 1: preparing a request
# ===========================================================================

# ---------------------------------------------------------------------------
# 1. The route: § 6103(e), § 6103(c), FOIA, or the IRS's forms
# ---------------------------------------------------------------------------

ROUTE_LABELS = {
    "6103e": "an I.R.C. § 6103(e) request (the taxpayer's own return information)",
    "6103c": "an I.R.C. § 6103(c) request (to a person the taxpayer designates)",
    "foia": "a Freedom of Information Act (FOIA) request",
    "other_channel": "Form 4506 or Form 4506-T",
}


@dataclass(frozen=True)
class Route:
    code: str | None  # "6103e", "6103c", "foia", "other_channel"; None when unknown
    reason: str


def _other_person_records(facts: Facts) -> bool:
    """The request is for another person's records (not the client's or the business's)."""
    wanted = facts.records_wanted - {RecordKind.RETURNS_TRANSCRIPTS}
    return facts.records_owner == RecordsOwner.ANOTHER_PERSON or (
        wanted == {RecordKind.ANOTHER_TAXPAYER}
    )


def route_for_the_request(facts: Facts) -> tuple[Finding, Route]:
    """Which law the request goes under.

    I.R.C. § 6103 keeps returns and return information confidential, but lets the taxpayer
    (§ 6103(e)) or a person the taxpayer designates in writing (§ 6103(c)) request and
    receive the taxpayer's return and return information (TIGTA Rep. at 1; at 7 n.2). FOIA,
    5 U.S.C. § 552, makes agency records available on request unless an exemption applies
    (at 1). Copies of returns and transcripts have their own IRS forms (Form 4506, Form
    4506-T), so a FOIA request is not needed for them.
    """
    title = "Which kind of request to make"
    relied_on = ("records_wanted", "records_owner", "requester")
    wanted = facts.records_wanted
    transcripts_note = (
        " For the returns or transcripts, Form 4506 (copy of a return) or Form 4506-T "
        "(transcript) is simpler than a records request."
        if RecordKind.RETURNS_TRANSCRIPTS in wanted
        else ""
    )
    if not wanted:
        route = Route(None, "We need to know which records are wanted.")
        return (
            Finding("route", title, Status.UNCLEAR, route.reason, relied_on, ()),
            route,
        )
    if wanted == {RecordKind.RETURNS_TRANSCRIPTS}:
        route = Route(
            "other_channel",
            "Only copies of returns or transcripts are wanted. The IRS has forms for these: "
            "Form 4506 for a copy of a return and Form 4506-T for a transcript. A FOIA "
            "request is not needed.",
        )
        return (
            Finding("route", title, Status.MET, route.reason, relied_on, ()),
            route,
        )
    if _other_person_records(facts):
        route = Route(
            "6103c",
            "The records are another person's. Tax records may not be disclosed to anyone "
            "unless § 6103 allows it. § 6103(c) lets a person the taxpayer names in a signed, "
            "written consent get the taxpayer's return information, so the request needs "
            "that person's consent." + transcripts_note,
        )
        cites = unique_citations(c.IRC_6103C, c.REPORT_DISCLOSURE_BAR, c.REPORT_BACKGROUND)
        return (
            Finding("route", title, Status.MET, route.reason, relied_on, cites),
            route,
        )
    if facts.records_owner not in (RecordsOwner.CLIENT, RecordsOwner.CLIENT_BUSINESS) or (
        facts.requester not in (Requester.CLIENT, Requester.CLINIC)
    ):
        route = Route(
            None,
            "The route depends on whose records these are and who sends the request; "
            "answer both to see the route.",
        )
        return (
            Finding("route", title, Status.UNCLEAR, route.reason, relied_on, ()),
            route,
        )
    if wanted & {RecordKind.IRS_EMAILS, RecordKind.OTHER}:
        route = Route(
            "foia",
            "The request includes IRS e-mails or other records that may hold more than the "
            "client's own return information. FOIA (the Freedom of Information Act) reaches "
            "all IRS records unless an exemption (a listed reason to withhold) applies. Under "
            "FOIA the IRS must still give the client what § 6103 lets the client have."
            + transcripts_note,
        )
        cites = unique_citations(c.FOIA, c.REPORT_BACKGROUND, c.IRC_6103E)
        return (
            Finding("route", title, Status.MET, route.reason, relied_on, cites),
            route,
        )
    if facts.requester == Requester.CLIENT:
        route = Route(
            "6103e",
            "The client asks for the client's own examination or collection file or "
            "workpapers. That is the client's return information, which § 6103(e) lets the "
            "taxpayer request and receive. For a business, the person signing must be one "
            "§ 6103(e) allows to get the business's information." + transcripts_note,
        )
        cites = unique_citations(c.IRC_6103E, c.REPORT_BACKGROUND, c.REPORT_6103_REQUESTS)
    else:
        route = Route(
            "6103c",
            "The clinic asks for the client's own examination or collection file or "
            "workpapers. § 6103(c) lets a person the taxpayer designates in writing receive "
            "the taxpayer's return information, so the clinic sends it with the client's "
            "authorization." + transcripts_note,
        )
        cites = unique_citations(c.IRC_6103C, c.REPORT_BACKGROUND, c.REPORT_6103_REQUESTS)
    return Finding("route", title, Status.MET, route.reason, relied_on, cites), route


# ---------------------------------------------------------------------------
# 2. Authorization from the person whose records these are
# ---------------------------------------------------------------------------


def authorization_needed(facts: Facts) -> bool | None:
    """An authorization is needed when someone other than the taxpayer asks: the clinic for
    the client, or anyone for another person's records. None when we cannot tell."""
    if _other_person_records(facts) or facts.requester == Requester.CLINIC:
        return True
    if facts.requester == Requester.CLIENT and facts.records_owner in (
        RecordsOwner.CLIENT,
        RecordsOwner.CLIENT_BUSINESS,
    ):
        return False
    return None


def valid_authorization_on_file(facts: Facts) -> Finding:
    """Third-party requests for records that I.R.C. § 6103 protects "must include a valid
    authorization document, e.g, Form 2848" (TIGTA Rep. at 5); without it the IRS must refuse
    (§ 6103; FOIA exemption (b)(3), 5 U.S.C. § 552(b)(3)). Form 2848 names a representative
    who may practise before the IRS; Form 8821 authorizes disclosure of information only. The
    authorization must cover the tax matters and periods asked about.
    """
    code, title = "authorization", "A valid authorization is on file"
    relied_on = ("requester", "records_owner", "authorization_form", "authorization_covers")
    cites = unique_citations(c.REPORT_OTHER_ERRORS, c.IRC_6103, c.FOIA_B3)
    needed = authorization_needed(facts)
    other_person = _other_person_records(facts)
    form = facts.authorization_form
    if needed is False:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The client asks for the client's own records, so no authorization is needed.",
            relied_on,
            (),
        )
    if form in VALID_AUTHORIZATIONS and facts.authorization_covers == YesNo.YES:
        text = (
            "A signed Form 2848 is on file and covers the matters and periods asked about."
            if form == AuthorizationForm.FORM_2848
            else "A signed Form 8821 is on file and covers the matters and periods asked "
            "about. A Form 8821 lets the IRS give the named person information, but it does "
            "not let them act for the client; for that, use Form 2848."
        )
        return Finding(
            code, title, Status.MET, text + " Send a copy with the request.", relied_on, cites
        )
    if needed is None and form not in VALID_AUTHORIZATIONS:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "We cannot tell whether the taxpayer is asking for the taxpayer's own records: "
            "who sends the request, or whose records they are, is not known. If anyone other "
            "than the taxpayer sends it, a signed authorization from the taxpayer (Form 2848 "
            "or Form 8821) is needed.",
            relied_on,
            cites,
        )
    if form == AuthorizationForm.NONE:
        if other_person:
            text = (
                "The request is for another person's tax records and there is no signed "
                "authorization from that person. The IRS must refuse it: § 6103 keeps those "
                "records confidential, and FOIA exemption (b)(3) lets the IRS withhold "
                "records another law protects. First get that person's signed Form 8821 (or "
                "Form 2848) naming whoever will send the request."
            )
        else:
            text = (
                "The clinic will send the request, but there is no signed authorization from "
                "the client. Get the client's signed Form 2848 (to represent the client) or "
                "Form 8821 (to receive information) covering these matters and periods, or "
                "have the client sign the request."
            )
        return Finding(code, title, Status.NOT_MET, text, relied_on, cites)
    if form in VALID_AUTHORIZATIONS and facts.authorization_covers == YesNo.NO:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The authorization on file does not cover the tax matters or periods asked "
            "about. Get a new one that does before sending the request.",
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "We could not confirm that a valid authorization covering these matters and periods "
        "is on file. Check the file for a signed Form 2848 or Form 8821 before sending.",
        relied_on,
        cites,
    )


def consent_of_the_other_taxpayer(facts: Facts) -> Finding:
    """Records about another taxpayer, asked for alongside the client's own, are that
    taxpayer's return information: the IRS may not disclose them without that taxpayer's
    written consent (I.R.C. § 6103, § 6103(c); TIGTA Rep. at 7 n.1; exemption (b)(3))."""
    code, title = "other_taxpayer_consent", "The other taxpayer has consented"
    relied_on = ("records_wanted", "third_party_consent")
    cites = unique_citations(c.IRC_6103C, c.REPORT_DISCLOSURE_BAR, c.FOIA_B3)
    if RecordKind.ANOTHER_TAXPAYER not in facts.records_wanted or _other_person_records(facts):
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The request does not ask for records about a taxpayer other than the client "
            "(or that is dealt with under the authorization above).",
            relied_on,
            (),
        )
    if facts.third_party_consent == YesNo.YES:
        return Finding(
            code,
            title,
            Status.MET,
            "The other taxpayer has signed a consent; send a copy with the request.",
            relied_on,
            cites,
        )
    if facts.third_party_consent == YesNo.NO:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The request also asks for records about another taxpayer, with no signed "
            "consent from that person. The IRS must refuse that part (§ 6103; exemption "
            "(b)(3)). Get that person's signed consent (Form 8821) first, or leave that part "
            "out.",
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "We could not confirm that the other taxpayer has signed a consent. Without one the "
        "IRS must refuse that part of the request.",
        relied_on,
        cites,
    )


# ---------------------------------------------------------------------------
# 3. The records are described specifically enough to find
# ---------------------------------------------------------------------------


def records_reasonably_described(facts: Facts) -> Finding:
    """5 U.S.C. § 552(a)(3)(A): the agency must make records available on a request that
    "reasonably describes such records". A request the IRS finds "not specific enough to
    process or too broad in scope" is "imperfect" and "must be closed" (TIGTA Rep. at 2 n.5).
    """
    code, title = "description", "The records are described specifically enough to find"
    relied_on = ("records_description",)
    cites = unique_citations(c.FOIA_REASONABLY_DESCRIBES, c.REPORT_IMPERFECT)
    if facts.records_description == Description.SPECIFIC:
        return Finding(
            code,
            title,
            Status.MET,
            "The request describes the records specifically.",
            relied_on,
            cites,
        )
    if facts.records_description == Description.BROAD_OR_VAGUE:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The description is broad or vague. The IRS closes such a request as "
            '"imperfect" (too broad or not specific enough) without searching. Name the '
            "records, the tax years, the kind of tax and, if known, the IRS office or "
            "examination.",
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "We could not confirm the records are described specifically. Check the description "
        "before sending: a request that is too broad or vague is closed as imperfect.",
        relied_on,
        cites,
    )


# ---------------------------------------------------------------------------
# 4. In writing and signed, identity, fees
# ---------------------------------------------------------------------------

REQUEST_PART_LABELS = {
    RequestPart.SIGNED: "In writing and signed",
    RequestPart.IDENTITY: "The requester's identity",
    RequestPart.FEES: "A statement about fees",
}


def request_part_present(facts: Facts, part: str) -> bool | None:
    """True if the request includes the part, False if not, None if staff are not sure."""
    if facts.request_includes is None:
        return None
    if part in facts.request_includes:
        return True
    return None if RequestPart.NOT_SURE in facts.request_includes else False


def request_made_under_published_rules(facts: Facts) -> Finding:
    """5 U.S.C. § 552(a)(3)(A): the request must be "made in accordance with published rules
    stating the time, place, fees (if any), and procedures to be followed". The IRS's
    Disclosure Office processes written requests (TIGTA Rep. at 1), and searches once a
    request "includes all the necessary information" (at 2). The IRS's published FOIA
    instructions (on IRS.gov) say what proof of identity and fee statement it wants.
    """
    code, title = "formalities", "Signed, identity and fees"
    relied_on = ("request_includes",)
    cites = unique_citations(c.FOIA_REASONABLY_DESCRIBES, c.REPORT_BACKGROUND, c.REPORT_PROCESSING)
    missing, unknown = [], []
    for part, label in REQUEST_PART_LABELS.items():
        present = request_part_present(facts, part)
        if present is False:
            missing.append(label.lower())
        elif present is None:
            unknown.append(label.lower())
    tail = (
        " Check the IRS's published FOIA instructions on IRS.gov for the proof of identity "
        "and the fee statement it asks for."
    )
    if missing:
        text = f"The request is missing: {join_words(missing)}."
        if unknown:
            text += f" Also check: {join_words(unknown)}."
        return Finding(code, title, Status.NOT_MET, text + tail, relied_on, cites)
    if unknown:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            f"We could not confirm: {join_words(unknown)}." + tail,
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.MET,
        "The request is in writing and signed, says who the requester is, and includes a "
        "statement about fees.",
        relied_on,
        cites,
    )


# ---------------------------------------------------------------------------
# 5. The date the answer is due
# ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def legal_public_holidays(years: range) -> holidays.HolidayBase:
    """The federal legal public holidays, with their observed days, from the ``holidays``
    library (United States, "public" category, no state). Built once per range of years and
    never expanded afterwards, so the cached calendar is read-only.

    Choices, checked against ``holidays`` 0.109:
    - Juneteenth National Independence Day (June 19) is included from 2021 on, as the
      library does; in 2021 it was observed on Friday June 18.
    - Saturday holidays are observed on the Friday before (which can fall in the previous
      year: New Year's Day 2022 was observed on Friday December 31, 2021); Sunday holidays on
      the Monday after.
    - Inauguration Day is not included: the library lists it only for the District of
      Columbia, and it is a holiday only for federal workers in the Washington area, not a
      legal public holiday for the whole government.
    - One-off closures by executive order (the library's "government" category, such as
      Christmas Eve in some years) are not legal public holidays and are not skipped; see
      ``closures_by_executive_order``.
    """
    return holidays.country_holidays(
        "US", years=years, categories=(holidays.PUBLIC,), observed=True, expand=False
    )


@functools.lru_cache(maxsize=64)
def closures_by_executive_order(years: range) -> tuple[tuple[date, str], ...]:
    """Days the federal government closed by executive order that are not legal public
    holidays (the ``holidays`` library's US "government" category, less the legal public
    holidays): Christmas Eve in some years, national days of mourning. The statute skips only
    "legal public holidays", so the count does not skip these; the result names them."""
    government = holidays.country_holidays(
        "US", years=years, categories=(holidays.GOVERNMENT,), observed=True, expand=False
    )
    public = legal_public_holidays(years)
    return tuple(sorted((day, name) for day, name in government.items() if day not in public))


def is_working_day(day: date) -> bool:
    """Not a Saturday, a Sunday or a legal public holiday (5 U.S.C. § 552(a)(6)(A)(i))."""
    return day.weekday() < 5 and day not in legal_public_holidays(range(day.year, day.year + 1))


def next_working_day(day: date) -> date:
    """The first working day after ``day``."""
    day += timedelta(days=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


@dataclass(frozen=True)
class DueDate:
    """The 20-working-day count: the day of receipt, day 1 of the count, the due date, the
    holidays skipped, the executive-order closures counted, and (when the request arrives on a
    weekend or holiday) the date if the IRS treats it as received on the next working day."""

    received: date
    first_counted_day: date
    due: date
    holidays_skipped: tuple[tuple[date, str], ...]
    closures_counted: tuple[tuple[date, str], ...]
    due_if_received_next_working_day: date | None


def foia_response_due_date(received: date) -> tuple[date, list[tuple[date, str]]]:
    """5 U.S.C. § 552(a)(6)(A)(i): the agency shall determine within 20 days "(excepting
    Saturdays, Sundays, and legal public holidays) after the receipt of any such request".

    How the day of receipt counts: it is day 0 and is never counted, even when it is a
    working day, because the 20 days run "after the receipt". Day 1 is the first working day
    after the day of receipt; the due date is the 20th working day. A request received on a
    Saturday, Sunday or holiday therefore starts its count on the next working day as day 1.
    Returns the due date and the legal public holidays skipped on the way.
    """
    calendar = legal_public_holidays(range(received.year, received.year + 2))
    day, counted, skipped = received, 0, []
    while counted < WORKING_DAYS_TO_RESPOND:
        day += timedelta(days=1)
        if day.weekday() >= 5:
            continue
        if day in calendar:
            skipped.append((day, calendar[day]))
            continue
        counted += 1
    return day, skipped


def due_date_details(received: date) -> DueDate:
    """Everything the result shows about the count (see ``foia_response_due_date``)."""
    due, skipped = foia_response_due_date(received)
    years = range(received.year, received.year + 2)
    closures = tuple(
        (day, name)
        for day, name in closures_by_executive_order(years)
        if received < day <= due and day.weekday() < 5
    )
    alternative = None
    if not is_working_day(received):
        alternative = foia_response_due_date(next_working_day(received))[0]
    return DueDate(
        received=received,
        first_counted_day=next_working_day(received),
        due=due,
        holidays_skipped=tuple(skipped),
        closures_counted=closures,
        due_if_received_next_working_day=alternative,
    )


def _day_kind(day: date) -> str:
    """ "a Saturday", "a Sunday" or the holiday's name."""
    if day.weekday() >= 5:
        return f"a {day:%A}"
    return legal_public_holidays(range(day.year, day.year + 1))[day]


def response_due_within_20_working_days(facts: Facts, route: Route) -> Finding:
    """5 U.S.C. § 552(a)(6)(A)(i): 20 working days after receipt (see
    ``foia_response_due_date`` for how the day of receipt counts). The 20 days start when the
    request reaches the office that handles it, and no later than ten days after it reaches
    an office designated to receive requests (§ 552(a)(6)(A), the sentence after clause (ii)).
    In "unusual circumstances" the IRS may extend the limit by written notice, by no more
    than ten working days (§ 552(a)(6)(B)(i)). The limit is FOIA's; a request made only under
    § 6103 does not carry it."""
    code, title = "response_due", "When the IRS's answer is due"
    relied_on = ("request_received",)
    cites = (c.FOIA_20_WORKING_DAYS, c.FOIA_20_DAYS_COMMENCE, c.FOIA_UNUSUAL_CIRCUMSTANCES)
    if facts.request_received is None:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "Enter the date the IRS received (or will receive) the request to see when the "
            "answer is due.",
            relied_on,
            (c.FOIA_20_WORKING_DAYS,),
        )
    details = due_date_details(facts.request_received)
    text = (
        f"The answer is due by {us_long_date(details.due)}. Under FOIA the IRS must decide "
        "within 20 working days after it receives the request. Working days leave out "
        "Saturdays, Sundays and legal public holidays (the federal holidays set by law). The "
        f"day of receipt, {us_long_date(details.received)}, is not counted; day 1 is "
        f"{us_long_date(details.first_counted_day)}."
    )
    if details.holidays_skipped:
        names = [f"{name} ({us_long_date(day)})" for day, name in details.holidays_skipped]
        text += f" The count skips {join_words(names)}."
    if details.due_if_received_next_working_day:
        text += (
            f" The request arrives on {_day_kind(details.received)}. If the IRS treats it as "
            f"received on the next working day, {us_long_date(details.first_counted_day)}, "
            f"its due date is {us_long_date(details.due_if_received_next_working_day)}."
        )
    if details.closures_counted:
        names = [f"{name} ({us_long_date(day)})" for day, name in details.closures_counted]
        count = len(details.closures_counted)
        text += (
            " By executive order, federal offices were also closed (for all or part of the "
            f"day) on {join_words(names)}. "
            + (
                "That is not a legal public holiday, so it is counted; if the IRS does not "
                "count it, its date is one working day later."
                if count == 1
                else "Those are not legal public holidays, so they are counted; if the IRS "
                f"does not count them, its date is up to {count} working days later."
            )
        )
    text += (
        " The count starts when the request reaches the IRS office that handles it (and no "
        "later than ten days after it reaches any IRS office designated to receive requests). "
        'The IRS may add up to 10 more working days in "unusual circumstances" if it says so '
        "in writing."
    )
    if route.code in ("6103e", "6103c"):
        text += (
            " This time limit is FOIA's. A request made only under § 6103 does not carry it "
            "(or FOIA's appeal rights); to have them, say in the request that it is also "
            "made under FOIA."
        )
    if facts.today > details.due:
        text += (
            f" That date has passed (today is {us_long_date(facts.today)}). If there is no "
            "answer yet, contact the IRS office handling the request."
        )
    return Finding(code, title, Status.MET, text, relied_on, cites)


# ---------------------------------------------------------------------------
# Path 1 result
# ---------------------------------------------------------------------------


AUTHORIZATION_ROW = (
    "A valid authorization (Form 2848 or Form 8821) covering the matters and periods"
)
CONSENT_ROW = "The other taxpayer's signed consent"


def _is_permission_row(item: str) -> bool:
    return item in (AUTHORIZATION_ROW, CONSENT_ROW)


def _checklist(facts: Facts, authorization: Finding, consent: Finding) -> list[dict]:
    rows: list[dict] = [
        {"item": "In writing and signed", "present": request_part_present(facts, "signed")},
        {
            "item": "Records described specifically enough to find",
            "present": {
                Description.SPECIFIC: True,
                Description.BROAD_OR_VAGUE: False,
            }.get(facts.records_description),
        },
        {"item": "The requester's identity", "present": request_part_present(facts, "identity")},
    ]
    status_present = {Status.MET: True, Status.NOT_MET: False, Status.UNCLEAR: None}
    if authorization.status != Status.NOT_APPLICABLE:
        rows.append(
            {
                "item": AUTHORIZATION_ROW,
                "present": status_present[authorization.status],
            }
        )
    if consent.status != Status.NOT_APPLICABLE:
        rows.append(
            {
                "item": CONSENT_ROW,
                "present": status_present[consent.status],
            }
        )
    rows.append({"item": "A statement about fees", "present": request_part_present(facts, "fees")})
    return rows


def _determine_request(facts: Facts) -> Determination:
    route_finding, route = route_for_the_request(facts)
    authorization = valid_authorization_on_file(facts)
    consent = consent_of_the_other_taxpayer(facts)
    description = records_reasonably_described(facts)
    formalities = request_made_under_published_rules(facts)
    due = response_due_within_20_working_days(facts, route)
    findings = (route_finding, authorization, consent, description, formalities, due)
    checklist = _checklist(facts, authorization, consent)
    details = due_date_details(facts.request_received) if facts.request_received else None
    if route.code == "other_channel":
        # Returns and transcripts only: no records request, so no checklist or due date.
        findings, checklist, details = (route_finding,), [], None
    due_date = details.due if details else None
    missing = [row["item"] for row in checklist if row["present"] is False]
    unconfirmed = [row["item"] for row in checklist if row["present"] is None]
    permission = (authorization, consent)
    permission_refused = Status.NOT_MET in (authorization.status, consent.status)
    permission_unconfirmed = Status.UNCLEAR in (authorization.status, consent.status)

    next_steps: list[str] = []
    if route.code == "other_channel":
        outcome = Outcome.USE_OTHER_CHANNEL
        headline = (
            "A records request is not needed: ask for the returns on Form 4506 or the "
            "transcripts on Form 4506-T."
        )
        next_steps.append(
            "Fill in Form 4506 (copy of a return) or Form 4506-T (transcript) for the years "
            "needed, following the form's instructions. The taxpayer whose returns they are "
            "(or someone allowed to sign for them) signs the form."
        )
    elif permission_refused or (route.code is not None and permission_unconfirmed):
        # No authorization (or one that does not cover the request) blocks the request
        # whatever else is missing; an unconfirmed one does once the route is known.
        outcome = Outcome.NEEDS_AUTHORIZATION
        if _other_person_records(facts) and authorization.status == Status.NOT_MET:
            headline = (
                "Do not send the request yet: the IRS must refuse another person's tax "
                "records without that person's signed authorization."
            )
        elif permission_refused:
            headline = (
                "Do not send the request yet: get a signed authorization that covers these "
                "records first."
            )
        else:
            headline = (
                "Before sending the request, confirm that a valid signed authorization "
                "covering these records is on file."
            )
        for finding in permission:
            if finding.status in (Status.NOT_MET, Status.UNCLEAR):
                next_steps.append(finding.explanation)
        others = [item for item in missing if not _is_permission_row(item)]
        unsure = [item for item in unconfirmed if not _is_permission_row(item)]
        if others:
            next_steps.append(
                "Also add what the request is missing: "
                + join_words([_lower_first(item) for item in others])
                + "."
            )
        if unsure:
            next_steps.append(
                "Also confirm: " + join_words([_lower_first(item) for item in unsure]) + "."
            )
        if route_finding.status == Status.UNCLEAR:
            next_steps.append(route_finding.explanation)
    elif route.code is None or missing or unconfirmed:
        outcome = Outcome.INCOMPLETE
        gaps = []
        if route.code is None:
            gaps.append("say whose records these are and who sends the request")
        if missing:
            gaps.append("missing: " + join_words([_lower_first(item) for item in missing]))
        if unconfirmed:
            gaps.append("not confirmed: " + join_words([_lower_first(i) for i in unconfirmed]))
        headline = "The request is not ready yet; " + "; ".join(gaps) + "."
        for finding in (route_finding, authorization, consent, description, formalities):
            if finding.status in (Status.NOT_MET, Status.UNCLEAR):
                next_steps.append(finding.explanation)
    else:
        outcome = Outcome.READY
        headline = f"The request is ready to send as {ROUTE_LABELS[route.code]}."
        if due_date:
            headline = headline[:-1] + f"; the answer is due by {us_long_date(due_date)}."
        next_steps.append(
            "Send the signed request to the IRS as its published FOIA instructions on IRS.gov "
            "direct, and keep proof of the date it was received."
        )
    if outcome == Outcome.READY and due_date:
        next_steps.append(
            f"Diary {us_long_date(due_date)}: if there is no answer by then, contact the IRS "
            "office handling the request."
        )

    key_dates = []
    if details:
        key_dates.append(key_date("Request received (not counted)", details.received))
        key_dates.append(key_date("Day 1 of the 20 working days", details.first_counted_day))
        key_dates.append(key_date("Answer due (20 working days)", due_date))
        if details.due_if_received_next_working_day:
            key_dates.append(
                key_date(
                    "Answer due if the IRS counts the request as received on "
                    + us_long_date(details.first_counted_day),
                    details.due_if_received_next_working_day,
                )
            )

    caveats = (
        "The due date skips weekends and the federal legal public holidays (with their "
        "observed days). It does not skip Inauguration Day or one-off closures ordered by the "
        "President; if the IRS was closed on such a day, its date may be a day later.",
        "The day the IRS receives the request is not counted; the 20 working days start the "
        "next working day.",
        "TIGTA's findings describe mistakes in cases it sampled; they do not bind the IRS. "
        + REPORT_CONTEXT["text"],
    )
    return Determination(
        outcome=str(outcome),
        headline=headline,
        findings=findings,
        next_steps=tuple(dict.fromkeys(next_steps)),
        caveats=caveats,
        data={
            "path": Path.PREPARE_REQUEST.value,
            "route": {"code": route.code, "reason": route.reason},
            "checklist": checklist,
            "missing": missing,
            "not_confirmed": unconfirmed,
            "response_due": due_date.isoformat() if due_date else None,
            "due_date_count": _due_date_data(details),
            "items": [],
            "appeal_deadline": None,
            "key_dates": key_dates,
            "report_context": REPORT_CONTEXT,
        },
    )


def _due_date_data(details: DueDate | None) -> dict | None:
    """``data["due_date_count"]``: how the 20 working days were counted."""
    if details is None:
        return None
    alternative = details.due_if_received_next_working_day
    return {
        "received": details.received.isoformat(),
        "received_text": us_long_date(details.received),
        "receipt_day_counted": False,
        "first_counted_day": details.first_counted_day.isoformat(),
        "first_counted_day_text": us_long_date(details.first_counted_day),
        "working_days": WORKING_DAYS_TO_RESPOND,
        "due": details.due.isoformat(),
        "due_text": us_long_date(details.due),
        "holidays_skipped": [
            {"date": day.isoformat(), "text": us_long_date(day), "name": name}
            for day, name in details.holidays_skipped
        ],
        "closures_counted": [
            {"date": day.isoformat(), "text": us_long_date(day), "name": name}
            for day, name in details.closures_counted
        ],
        "due_if_received_next_working_day": alternative.isoformat() if alternative else None,
    }


# ===========================================================================
# Path 2: reviewing the IRS's response
# ===========================================================================

# ---------------------------------------------------------------------------
# 1. Whether the letter is an adverse determination
# ---------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------
# 3. The other exemptions
# ---------------------------------------------------------------------------


def other_exemptions_cited(facts: Facts) -> Finding:
    """5 U.S.C. § 552(b)(3) (records another statute protects, such as tax return
    information under I.R.C. § 6103; most errors outside (b)(7) involved (b)(3), TIGTA Rep.
    at 5), § 552(b)(5) (inter- and intra-agency memorandums and letters) and § 552(b)(6)
    (personnel, medical and similar files, where release would be a clearly unwarranted
    invasion of personal privacy)."""
    code, title = "other_exemptions", "The other exemptions cited"
    relied_on = ("exemptions_cited",)
    cited = facts.exemptions_cited
    parts: list[str] = []
    cites: list[Citation] = []
    if Exemption.B3_6103 in cited:
        parts.append(
            "(b)(3) lets the IRS withhold records another law protects, such as tax return "
            "information under § 6103. But § 6103 lets the taxpayer get the taxpayer's own "
            "return information, so (b)(3) should not keep the client's own information from "
            "the client. TIGTA found most errors outside (b)(7) involved (b)(3)."
        )
        cites += [c.FOIA_B3, c.IRC_6103, c.IRC_6103E, c.REPORT_OTHER_ERRORS]
    if Exemption.B5 in cited:
        parts.append(
            "(b)(5) covers the agency's internal memos and letters that would not be "
            "available to someone in a lawsuit against it. TIGTA's report did not review these."
        )
        cites.append(c.FOIA_B5)
    if Exemption.B6 in cited:
        parts.append(
            "(b)(6) covers personnel, medical and similar files where release would be a "
            "clearly unwarranted invasion of someone's privacy. TIGTA's report did not review "
            "these."
        )
        cites.append(c.FOIA_B6)
    unclear = False
    if Exemption.OTHER in cited:
        parts.append(
            "The letter cites another exemption. This screening cannot judge it; check what "
            "it covers before deciding."
        )
        unclear = True
    if Exemption.NOT_SURE in cited:
        parts.append(
            "We do not know which exemptions the letter cites. Check the letter and the "
            "released pages."
        )
        unclear = True
    if not parts:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The letter cites no exemption other than (b)(7).",
            relied_on,
            (),
        )
    status = Status.UNCLEAR if unclear else Status.MET
    return Finding(code, title, status, " ".join(parts), relied_on, unique_citations(tuple(cites)))


# ---------------------------------------------------------------------------
# 4. Each item withheld or released, against what TIGTA found
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemRule:
    flag: Flag
    reason: str
    citations: tuple[Citation, ...]
    ask: str = ""


#: What TIGTA found about each kind of item, withheld (TIGTA Rep. at 3-4). "ask" is what to
#: ask the IRS for in an appeal (or a new request).
WITHHELD_RULES: dict[str, ItemRule] = {
    Item.REQUESTER_INFO: ItemRule(
        Flag.WORTH_CHALLENGING,
        "TIGTA found the IRS wrongly withheld information about requesters or their "
        "businesses that they were entitled to receive. § 6103(e) lets "
        "a taxpayer have the taxpayer's own return information.",
        (c.REPORT_RESULTS, c.IRC_6103E),
        "Ask the IRS to release the information about the client or the client's business: "
        "§ 6103(e) lets the taxpayer have it, and TIGTA found such information wrongly "
        "withheld (TIGTA report, page 3).",
    ),
    Item.EXAM_WORKPAPERS: ItemRule(
        Flag.WORTH_CHALLENGING,
        "Examination workpapers were among the records TIGTA found the IRS wrongly withheld.",
        (c.REPORT_RESULTS,),
        "Ask the IRS to release the workpapers, or to say for each withheld page which "
        "exemption applies and, for (b)(7), which of the six harms release would cause.",
    ),
    Item.IRS_EMAILS: ItemRule(
        Flag.WORTH_CHALLENGING,
        "IRS e-mails were among the records TIGTA found the IRS wrongly withheld.",
        (c.REPORT_RESULTS,),
        "Ask the IRS to release the e-mails, or to say for each one which exemption applies "
        "and why.",
    ),
    Item.OUTSIDE_SERVICES_INFO: ItemRule(
        Flag.WORTH_CHALLENGING,
        "TIGTA found the IRS wrongly withheld information about the requester that it got "
        "from outside information services. (Information about other "
        "people from those services is different: it should be withheld.)",
        (c.REPORT_RESULTS,),
        "Ask the IRS to release what it holds about the client from outside information "
        "services; it is information about the client, not about other people.",
    ),
    Item.ASSET_LOCATOR_THIRD_PARTY: ItemRule(
        Flag.LIKELY_PROPER,
        "Information about other people in asset locator records comes from a non-public "
        "system used for law enforcement, and TIGTA says it should be withheld. Exemption "
        "(b)(7)(C) protects personal information in law-enforcement "
        "records. If a blacked-out part is about the client rather than other people, ask "
        "for it: TIGTA also found some third-party redactions wrong.",
        (c.REPORT_DIF_AND_ASSET_LOCATOR, c.FOIA_B7C),
    ),
    Item.DIF_SCORE_WORDS: ItemRule(
        Flag.LIKELY_IMPROPER,
        'The words "DIF score" are not protected under exemption (b)(7)(E), and TIGTA found '
        "them improperly withheld. (The DIF, or Discriminant Index "
        "Function, score is a computer score the IRS gives a return to rate its audit "
        "potential.)",
        (c.REPORT_DIF_AND_ASSET_LOCATOR, c.REPORT_DIF_DEFINED, c.FOIA_B7E),
        'Ask the IRS to release the words "DIF score": TIGTA found they are not protected '
        "under (b)(7)(E) (TIGTA report, page 4).",
    ),
    Item.DIF_DAS_REASON_CODE: ItemRule(
        Flag.LIKELY_IMPROPER,
        "The DIF/DAS reason code (it shows why there is a DIF record, such as a regular or "
        "special DIF return) is not protected under exemption (b)(7)(E), and TIGTA found it "
        "improperly withheld.",
        (c.REPORT_DIF_AND_ASSET_LOCATOR, c.REPORT_REASON_CODE, c.FOIA_B7E),
        "Ask the IRS to release the DIF/DAS reason code: TIGTA found it is not protected "
        "under (b)(7)(E) (TIGTA report, page 4).",
    ),
    Item.DIF_SCORE_OR_FORMULA: ItemRule(
        Flag.LIKELY_PROPER,
        "DIF scores and formulas show how the IRS chooses returns for audit, and TIGTA says "
        "their release could harm tax administration. Withholding them is likely proper.",
        (c.REPORT_DIF_DEFINED, c.REPORT_DIF_AND_ASSET_LOCATOR, c.FOIA_B7E),
    ),
    Item.FORM_CODE: ItemRule(
        Flag.LIKELY_PROPER,
        "The form code identifies the DIF formula used to score the return, so it too "
        "reveals how returns are chosen for audit. The IRS's "
        "manual redacts it with the other DIF indicators, and TIGTA counted its release as an "
        "error. Withholding it is likely proper.",
        (
            c.REPORT_DIF_DEFINED,
            c.REPORT_RESULTS,
            c.REPORT_DIF_AND_ASSET_LOCATOR,
            c.REPORT_FORM_CODE_IRM,
        ),
    ),
    Item.CONFIDENTIAL_SOURCE: ItemRule(
        Flag.LIKELY_PROPER,
        "Exemption (b)(7)(D) protects what could disclose the identity of a confidential "
        "source in law-enforcement records; it is one of the six harms the TIGTA report "
        "lists. TIGTA reported no errors about it. Withholding it is likely proper.",
        (c.REPORT_BACKGROUND, c.FOIA_B7D),
    ),
    Item.OTHER: ItemRule(
        Flag.UNCLEAR,
        "We cannot judge this item from the answers. If the client needs it, ask the IRS "
        "which exemption covers it and why.",
        (c.FOIA_SEGREGABLE,),
        "If the client needs it, ask the IRS which exemption covers it and why, and for any "
        "part of it that can be separated from the exempt part.",
    ),
    Item.NOT_SURE: ItemRule(
        Flag.UNCLEAR,
        "We do not know what was withheld. FOIA requires the IRS to release any part of a "
        "record that can be separated from the exempt part, and to mark how much it deleted "
        "and under which exemption. When it denies records, it must try to estimate how much "
        "it withheld.",
        (c.FOIA_SEGREGABLE, c.FOIA_ESTIMATE_VOLUME),
        "Look for the exemption marked where text was blacked out. If the letter does not say "
        "what or how much was withheld, ask the IRS to say so.",
    ),
}

_RELEASED_OK = ItemRule(
    Flag.NO_ISSUE,
    "Released. TIGTA found this kind of information should not be withheld from the requester.",
    (c.REPORT_RESULTS,),
)
_RELEASED_IN_ERROR = "The error is the IRS's, not a ground for appeal."

#: What TIGTA found about each kind of item, released (TIGTA Rep. at 3-4).
RELEASED_RULES: dict[str, ItemRule] = {
    Item.REQUESTER_INFO: _RELEASED_OK,
    Item.EXAM_WORKPAPERS: _RELEASED_OK,
    Item.IRS_EMAILS: _RELEASED_OK,
    Item.OUTSIDE_SERVICES_INFO: _RELEASED_OK,
    Item.ASSET_LOCATOR_THIRD_PARTY: ItemRule(
        Flag.IRS_ERROR,
        "Information about other people from asset locator records should have been "
        "withheld; TIGTA found the IRS wrongly released it in five cases. " + _RELEASED_IN_ERROR,
        (c.REPORT_DIF_AND_ASSET_LOCATOR, c.FOIA_B7C),
    ),
    Item.DIF_SCORE_WORDS: ItemRule(
        Flag.NO_ISSUE,
        'Released. The words "DIF score" are not protected under exemption (b)(7)(E).',
        (c.REPORT_DIF_AND_ASSET_LOCATOR, c.FOIA_B7E),
    ),
    Item.DIF_DAS_REASON_CODE: ItemRule(
        Flag.NO_ISSUE,
        "Released. The DIF/DAS reason code is not protected under exemption (b)(7)(E).",
        (c.REPORT_DIF_AND_ASSET_LOCATOR, c.FOIA_B7E),
    ),
    Item.DIF_SCORE_OR_FORMULA: ItemRule(
        Flag.IRS_ERROR,
        "DIF scores and formulas reveal how returns are chosen for audit and should be "
        "withheld. " + _RELEASED_IN_ERROR,
        (c.REPORT_DIF_DEFINED, c.REPORT_DIF_AND_ASSET_LOCATOR),
    ),
    Item.FORM_CODE: ItemRule(
        Flag.IRS_ERROR,
        "The form code identifies the DIF formula, and TIGTA counted its release as an "
        "error. " + _RELEASED_IN_ERROR,
        (c.REPORT_DIF_DEFINED, c.REPORT_RESULTS),
    ),
    Item.CONFIDENTIAL_SOURCE: ItemRule(
        Flag.UNCLEAR,
        "TIGTA's report does not deal with a released confidential source. It was released, "
        "so there is nothing to appeal.",
        (),
    ),
    Item.OTHER: ItemRule(
        Flag.UNCLEAR,
        "We cannot judge this item from the answers. It was released, so there is nothing to "
        "appeal.",
        (),
    ),
    Item.NOT_SURE: ItemRule(
        Flag.UNCLEAR,
        "We do not know what this is. It was released, so there is nothing to appeal.",
        (),
    ),
}

_FLAG_STATUS = {
    Flag.LIKELY_PROPER: Status.MET,
    Flag.NO_ISSUE: Status.MET,
    Flag.LIKELY_IMPROPER: Status.NOT_MET,
    Flag.IRS_ERROR: Status.NOT_MET,
    Flag.WORTH_CHALLENGING: Status.UNCLEAR,
    Flag.UNCLEAR: Status.UNCLEAR,
}


def flag_item(item: str, side: str) -> ItemRule:
    """The flag for one item withheld or released; an unknown item is unclear, never a
    guess."""
    rules = WITHHELD_RULES if side == WITHHELD else RELEASED_RULES
    return rules.get(item, rules[Item.OTHER])


def _ordered(items: frozenset[str]) -> list[str]:
    known = [i for i in Item if i in items]
    unknown = sorted(i for i in items if i not in set(Item))
    return known + unknown


def item_findings(facts: Facts) -> tuple[tuple[Finding, ...], list[dict]]:
    """One finding per item withheld or released (TIGTA Rep. at 3-4), and the data rows."""
    findings: list[Finding] = []
    rows: list[dict] = []
    for side, items, field in (
        (WITHHELD, facts.items_withheld, "items_withheld"),
        (RELEASED, facts.items_released, "items_released"),
    ):
        for item in _ordered(items):
            rule = flag_item(item, side)
            label = ITEM_LABELS.get(item, item)
            text = f"{FLAG_LABELS[rule.flag]}. {rule.reason}"
            if rule.ask:
                text += f" {rule.ask}"
            findings.append(
                Finding(
                    f"{side}_{item}",
                    f"{side.capitalize()}: {label}",
                    _FLAG_STATUS[rule.flag],
                    text,
                    (field,),
                    rule.citations,
                )
            )
            rows.append(
                {
                    "item": str(item),
                    "label": label,
                    "withheld_or_released": side,
                    "flag": str(rule.flag),
                    "reason": rule.reason,
                    "ask": rule.ask if side == WITHHELD else "",
                    "citations": [cite.text for cite in rule.citations],
                }
            )
    return tuple(findings), rows


# ---------------------------------------------------------------------------
# 5. Consistent redactions
# ---------------------------------------------------------------------------


def redactions_consistent(facts: Facts) -> Finding:
    """TIGTA found information withheld in one place and released in another within the same
    case file in 13 cases; IRS management agreed redactions "should have been applied
    consistently" (TIGTA Rep. at 5)."""
    code, title = "consistent_redactions", "The same information was treated the same way"
    relied_on = ("inconsistent_redactions",)
    cites = (c.REPORT_OTHER_ERRORS,)
    answer = facts.inconsistent_redactions
    if answer is None:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "Not asked: the IRS did not release part of the records.",
            relied_on,
            (),
        )
    if answer == YesNo.YES:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The same kind of information was withheld in one place and released in another. "
            "TIGTA found this in 13 cases, and IRS managers agreed redactions (blacked-out "
            "parts) should be applied consistently. Ask the IRS to release the information "
            "everywhere it appears, as it already did elsewhere.",
            relied_on,
            cites,
        )
    if answer == YesNo.NO:
        return Finding(
            code,
            title,
            Status.MET,
            "The redactions look consistent.",
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "Compare the pages: look for the same information blacked out on one page and shown "
        "on another. TIGTA found this in 13 cases.",
        relied_on,
        cites,
    )


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


def closure_without_release_checked(facts: Facts) -> Finding:
    """TIGTA reviews "no responsive records" and "imperfect" closures for whether they were
    closed wrongly instead of releasing available records (TIGTA Rep. at 3 n.6). An imperfect
    request is one "not specific enough to process or too broad in scope" (at 2 n.5); a
    perfected request (one that describes the records specifically) can be filed."""
    code, title = "closure_check", "The closure without records was right"
    relied_on = ("irs_action", "refusal_reason")
    no_records = facts.irs_action == IrsAction.NO_RECORDS or (
        section_6103_refusal_applies(facts) and facts.refusal_reason == RefusalReason.NO_RECORDS
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
            "(one that describes the records specifically) can be filed.",
            relied_on,
            (c.REPORT_IMPERFECT, c.REPORT_CLOSURES, c.FOIA_REASONABLY_DESCRIBES),
        )
    return Finding(
        code,
        title,
        Status.NOT_APPLICABLE,
        'The IRS did not close the request as "no records" or "imperfect".',
        relied_on,
        (),
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


# ---------------------------------------------------------------------------
# 8. The appeal window
# ---------------------------------------------------------------------------


def appeal_deadline_date(letter_date: date) -> date:
    """5 U.S.C. § 552(a)(6)(A)(i)(III)(aa), as amended by the FOIA Improvement Act of 2016:
    the requester has "not less than 90 days" after an adverse determination to appeal. The
    earliest the window can close: the letter's date plus 90 calendar days."""
    return letter_date + timedelta(days=APPEAL_DAYS)


def appeal_within_90_days(facts: Facts, adverse: Finding) -> Finding:
    """The appeal window (see ``appeal_deadline_date``), measured against ``today``."""
    code, title = "appeal_window", "Still within the 90-day appeal period"
    relied_on = ("letter_date", "request_basis")
    cites = (c.FOIA_90_DAY_APPEAL,)
    if adverse.status == Status.NOT_MET:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "Nothing was withheld, so there is no appeal period to watch.",
            relied_on,
            (),
        )
    if facts.request_basis == RequestBasis.SECTION_6103:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "FOIA's 90-day appeal right is for FOIA requests. For a request made only under "
            "§ 6103, check the letter for any way to challenge the answer; a new request "
            "(which can also be made under FOIA) is always possible.",
            relied_on,
            cites,
        )
    if facts.letter_date is None:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "Enter the date of the IRS's letter to see the appeal deadline.",
            relied_on,
            cites,
        )
    deadline = appeal_deadline_date(facts.letter_date)
    basis_note = (
        " We do not know whether the request was made under FOIA; this period is FOIA's."
        if facts.request_basis != RequestBasis.FOIA
        else ""
    )
    if facts.today <= deadline:
        days_left = (deadline - facts.today).days
        return Finding(
            code,
            title,
            Status.MET,
            "The law gives at least 90 days after the letter to appeal. The letter is dated "
            f"{us_long_date(facts.letter_date)}, so the appeal is due by "
            f"{us_long_date(deadline)} ({days_left} days from today). Check the letter for the "
            "exact deadline and the address to send the appeal to." + basis_note,
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.NOT_MET,
        f"The 90 days after the letter of {us_long_date(facts.letter_date)} ended on "
        f"{us_long_date(deadline)}. Check the letter: if it gives a later date, use that. "
        "Otherwise the appeal is too late, but a new request for the same records can be "
        "made." + basis_note,
        relied_on,
        cites,
    )


# ---------------------------------------------------------------------------
# Path 2 result
# ---------------------------------------------------------------------------


_SHORT_STEPS = {
    ("b7_harm", Status.NOT_MET): (
        "Ask the IRS to say which of the six (b)(7) harms applies to each (b)(7) withholding."
    ),
    ("consistent_redactions", Status.NOT_MET): (
        "Ask the IRS to release the information consistently, as it already released it "
        "elsewhere in the file."
    ),
    ("consistent_redactions", Status.UNCLEAR): (
        "Compare the released pages for the same information blacked out in one place and "
        "shown in another."
    ),
}


def _determine_response(facts: Facts) -> Determination:
    adverse = adverse_determination(facts)
    b7 = b7_withholding_names_a_listed_harm(facts)
    exemptions = other_exemptions_cited(facts)
    items, rows = item_findings(facts)
    consistency = redactions_consistent(facts)
    refusal = section_6103_refusal_reason(facts)
    closure = closure_without_release_checked(facts)
    contact = irs_tried_to_contact_requester_first(facts)
    window = appeal_within_90_days(facts, adverse)
    findings = (adverse, b7, exemptions, *items, consistency, refusal, closure, contact, window)

    withheld_flags = {row["flag"] for row in rows if row["withheld_or_released"] == WITHHELD}
    strong = (
        Flag.LIKELY_IMPROPER in withheld_flags
        or b7.status == Status.NOT_MET
        or consistency.status == Status.NOT_MET
    )
    weak = (
        bool(withheld_flags & {Flag.WORTH_CHALLENGING, Flag.UNCLEAR})
        or adverse.status == Status.UNCLEAR
        or Status.UNCLEAR in (b7.status, exemptions.status, consistency.status)
        or closure.status == Status.UNCLEAR
        or contact.status in (Status.NOT_MET, Status.UNCLEAR)
        or refusal.status == Status.UNCLEAR
    )
    if adverse.status == Status.NOT_MET and not strong:
        weak = False
    deadline = (
        appeal_deadline_date(facts.letter_date)
        if facts.letter_date and window.status in (Status.MET, Status.NOT_MET)
        else None
    )
    by = f" by {us_long_date(deadline)}" if deadline else ""
    only_6103 = facts.request_basis == RequestBasis.SECTION_6103

    next_steps: list[str] = []
    if (strong or weak) and window.status == Status.NOT_MET:
        outcome = Outcome.DEADLINE_PASSED
        headline = (
            f"The 90-day appeal period ended on {us_long_date(deadline)}, so make a new "
            "request for the records (unless the letter gives a later appeal date)."
        )
        next_steps.append(
            "Check the letter for its appeal deadline; if it has passed, make a new request "
            "for the withheld records, using the points below."
        )
    elif strong:
        outcome = Outcome.APPEAL_RECOMMENDED
        act = "Challenge the IRS's answer" if only_6103 else f"Appeal{by}"
        headline = (
            f"{act}: the IRS likely withheld information it should have released or did not "
            "give a proper reason."
        )
    elif weak:
        outcome = Outcome.CONSIDER_APPEAL
        act = (
            "Consider challenging the IRS's answer or making a new request"
            if only_6103
            else f"Consider an appeal{by}"
        )
        headline = f"{act}: some of what the IRS did is worth questioning."
    else:
        outcome = Outcome.NO_ISSUE_FOUND
        headline = "We found no sign that the IRS got this wrong, so no appeal is needed."

    if outcome in (Outcome.APPEAL_RECOMMENDED, Outcome.CONSIDER_APPEAL) and only_6103:
        next_steps.append(
            "A request made only under § 6103 has no FOIA appeal. Ask the IRS office that "
            "answered to reconsider, or make a new request that also cites FOIA, so that "
            "FOIA's time limit and 90-day appeal apply."
        )
    if outcome in (Outcome.APPEAL_RECOMMENDED, Outcome.CONSIDER_APPEAL) and deadline:
        next_steps.append(
            f"Diary {us_long_date(deadline)}. Check the IRS's letter for the exact appeal "
            "deadline and the address to send the appeal to."
        )
    if outcome != Outcome.NO_ISSUE_FOUND:
        for finding in (b7, consistency, refusal, closure, contact):
            if finding.status in (Status.NOT_MET, Status.UNCLEAR):
                next_steps.append(
                    _SHORT_STEPS.get((finding.code, finding.status), finding.explanation)
                )
        for row in rows:
            rule = flag_item(row["item"], row["withheld_or_released"])
            if row["withheld_or_released"] == WITHHELD and rule.ask:
                next_steps.append(f"{row['label']}: {rule.ask}")
    if any(row["flag"] == Flag.IRS_ERROR for row in rows):
        next_steps.append(
            "Some information was released that the IRS should have withheld. That is the "
            "IRS's error, not a ground for appeal."
        )

    key_dates = []
    if facts.letter_date:
        key_dates.append(key_date("IRS letter", facts.letter_date))
    if deadline:
        key_dates.append(key_date("Appeal due (90 days after the letter)", deadline))
    key_dates.append(key_date("Today", facts.today))

    caveats = (
        "The 90-day period is the least the law allows; the letter may give a later date and "
        "says where to send the appeal.",
        "TIGTA's findings describe mistakes in cases it sampled; they do not bind the IRS. "
        + REPORT_CONTEXT["text"],
    )
    return Determination(
        outcome=str(outcome),
        headline=headline,
        findings=findings,
        next_steps=tuple(dict.fromkeys(next_steps)),
        caveats=caveats,
        data={
            "path": Path.REVIEW_RESPONSE.value,
            "route": None,
            "checklist": [],
            "missing": [],
            "not_confirmed": [],
            "response_due": None,
            "due_date_count": None,
            "items": rows,
            "appeal_deadline": deadline.isoformat() if deadline else None,
            "key_dates": key_dates,
            "report_context": REPORT_CONTEXT,
        },
    )


# ===========================================================================
# Entry point
# ===========================================================================


def determine(facts: Facts) -> Determination:
    """Screen a request being prepared, or the IRS's answer to one."""
    if facts.path == Path.PREPARE_REQUEST:
        return _determine_request(facts)
    if facts.path == Path.REVIEW_RESPONSE:
        return _determine_response(facts)
    raise ValueError(f"Unknown path: {facts.path!r}")

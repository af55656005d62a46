"""The answers (form field values), the labels the result shows, and the facts the
rules read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

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
    # Path 2, before an answer or after an appeal
    AWAITING_ANSWER = "awaiting_answer"  # the request or appeal is not yet overdue
    ANSWER_OVERDUE = "answer_overdue"  # FOIA's time limit passed with no answer
    COURT_REVIEW = "court_review"  # the appeal was decided against the requester


class Path(StrEnum):
    PREPARE_REQUEST = "prepare_request"
    REVIEW_RESPONSE = "review_response"
    NO_ANSWER = "no_answer"  # following up a request the IRS has not answered


class RecordsOwner(StrEnum):
    CLIENT = "client"
    CLIENT_BUSINESS = "client_business"
    #: A person who has died, or is legally incompetent, for whom the client is executor,
    #: administrator, trustee or guardian (I.R.C. § 6103(e)(2)-(3)).
    ESTATE_OR_WARD = "estate_or_ward"
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


class MatterStatus(StrEnum):
    """Whether the examination, collection or criminal matter the records are about is still
    open: (b)(7)(A) and I.R.C. § 6103(e)(7) turn on it."""

    OPEN = "open"
    CLOSED = "closed"
    NOT_KNOWN = "not_known"


class SignedBy(StrEnum):
    """Who signed the request the IRS answered, and with what authorization: without the
    taxpayer's written authorization the IRS must refuse the taxpayer's return information to
    anyone else (I.R.C. § 6103(a), (c), (e)(6); TIGTA Rep. at 5)."""

    CLIENT = "client"
    CLINIC_AUTHORIZED = "clinic_authorized"
    CLINIC_NOT_AUTHORIZED = "clinic_not_authorized"
    NOT_SURE = "not_sure"


class CollectionRight(StrEnum):
    """Whether a request for another taxpayer's information was about what the IRS did to
    collect from them, which the IRS must disclose on written request without their consent:
    a joint return's assessed deficiency, the spouses no longer married or living apart
    (I.R.C. § 6103(e)(8)); the trust fund recovery penalty, others found liable for it
    (§ 6103(e)(9))."""

    JOINT_DEBT = "joint_debt"
    TRUST_FUND_PENALTY = "trust_fund_penalty"
    NEITHER = "neither"
    NOT_SURE = "not_sure"


class SentTo(StrEnum):
    """Where an unanswered FOIA request was sent: the 20 working days start when the office
    that handles it receives it, and no later than ten days after an office designated to
    receive requests does (5 U.S.C. § 552(a)(6)(A))."""

    FOIA_OFFICE = "foia_office"
    OTHER_OFFICE = "other_office"
    NOT_SURE = "not_sure"


class AppealStatus(StrEnum):
    """Where a FOIA appeal of the IRS's letter stands."""

    NOT_YET = "not_yet"
    WAITING = "waiting"  # sent, no decision yet
    UPHELD = "upheld"  # decided: the IRS kept (some of) the withholding
    NOT_SURE = "not_sure"


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


EXEMPTION_LABELS = {
    Exemption.B3_6103: "(b)(3) with I.R.C. § 6103",
    Exemption.B5: "(b)(5)",
    Exemption.B6: "(b)(6)",
    Exemption.B7_NO_LETTER: "(b)(7), without a letter",
    Exemption.B7A: "(b)(7)(A)",
    Exemption.B7B: "(b)(7)(B)",
    Exemption.B7C: "(b)(7)(C)",
    Exemption.B7D: "(b)(7)(D)",
    Exemption.B7E: "(b)(7)(E)",
    Exemption.B7F: "(b)(7)(F)",
    Exemption.OTHER: "Another exemption",
    Exemption.NOT_SURE: "Not known",
}

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
        "would disclose techniques or procedures for law-enforcement investigations or "
        "prosecutions, or guidelines for them if that could risk circumvention of the law",
        c.FOIA_B7E,
    ),
    Exemption.B7F: ("(b)(7)(F)", "could endanger someone's life or physical safety", c.FOIA_B7F),
}


class Item(StrEnum):
    OWN_RETURN = "own_return"  # the client's own filed (or amended) return
    REQUESTER_INFO = "requester_info"
    EXAM_WORKPAPERS = "exam_workpapers"
    IRS_EMAILS = "irs_emails"
    OUTSIDE_SERVICES_INFO = "outside_services_info"
    ASSET_LOCATOR_THIRD_PARTY = "asset_locator_third_party"
    DIF_SCORE_WORDS = "dif_score_words"
    DIF_DAS_REASON_CODE = "dif_das_reason_code"
    DIF_SCORE_OR_FORMULA = "dif_score_or_formula"
    FORM_CODE = "form_code"
    OTHER_TAXPAYER_RETURN = "other_taxpayer_return"
    OTHER_PEOPLE_INFO = "other_people_info"
    CONFIDENTIAL_SOURCE = "confidential_source"
    OTHER = "other"
    NOT_SURE = "not_sure"  # withheld only: staff cannot tell what is behind a redaction


ITEM_LABELS = {
    Item.OWN_RETURN: "The client's own filed return or amended return",
    Item.REQUESTER_INFO: "Information about the client or the client's business",
    Item.EXAM_WORKPAPERS: "Examination workpapers",
    Item.IRS_EMAILS: "IRS e-mails",
    Item.OUTSIDE_SERVICES_INFO: ("Information about the client from outside information services"),
    Item.ASSET_LOCATOR_THIRD_PARTY: "Information about other people from asset locator records",
    Item.DIF_SCORE_WORDS: 'The words "DIF score"',
    Item.DIF_DAS_REASON_CODE: "The DIF/DAS reason code",
    Item.DIF_SCORE_OR_FORMULA: "The DIF score itself or its formula",
    Item.FORM_CODE: "The form code",
    Item.OTHER_TAXPAYER_RETURN: "Another taxpayer's return or tax information",
    Item.OTHER_PEOPLE_INFO: "Names or details of other people, such as witnesses or employees",
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
    #: The date the client signed and dated the Form 8821 on file; None when not known or not
    #: asked (26 C.F.R. § 301.6103(c)-1(b)(2): the IRS must receive it within 120 days).
    form_8821_signed: date | None = None
    third_party_consent: str | None = None
    #: The other taxpayer's consent names whoever sends the request and covers the records and
    #: years (26 C.F.R. § 301.6103(c)-1(b)(1)): yes, no or not sure; None when not asked.
    third_party_consent_covers: str | None = None
    #: The date the other taxpayer signed and dated the consent to the disclosure of their
    #: records; None when not known or not asked (the same 120 days: 26 C.F.R.
    #: § 301.6103(c)-1(b)(1)-(2)).
    third_party_consent_signed: date | None = None
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
    matter_status: str | None = None
    request_signed_by: str | None = None
    #: Another taxpayer's return was withheld: whether the request came with that taxpayer's
    #: signed consent or was about a joint return the client filed with them (I.R.C.
    #: § 6103(c), (e)(1)(B)): yes, no or not sure; None when not asked.
    other_taxpayer_consent_given: str | None = None
    #: Another taxpayer's return was withheld, without their consent: whether the request was
    #: about collection from them that § 6103(e)(8) or (e)(9) opens to the client (a
    #: ``CollectionRight``); None when not asked or not answered (then not known).
    other_taxpayer_collection_right: str | None = None
    #: (item, exemption marked on it) for each item withheld, as staff read the pages.
    item_exemptions: tuple[tuple[str, str], ...] = ()
    extension_notice: str | None = None
    sent_to: str | None = None
    #: The date on the IRS's notice of unusual circumstances, if staff gave it.
    extension_notice_date: date | None = None
    letter_appeal_deadline: date | None = None
    appeal_status: str | None = None
    appeal_received: date | None = None
    records_shown_to_exist: str | None = None
    appeal_extension_notice: str | None = None
    #: The records about the other taxpayer are about a joint return the client filed with
    #: them (I.R.C. § 6103(e)(1)(B)): yes, no or not sure; None when not asked.
    joint_return_records: str | None = None
    joint_collection_only: str | None = None
    penalty_others_only: str | None = None
    #: I.R.C. § 6103(e)(8) applies only to a deficiency assessed on the joint return that the
    #: IRS may still collect (§ 6502): yes, no or not sure; None when not asked.
    joint_deficiency_collectible: str | None = None
    # Path 3: whether the IRS stopped FOIA's clock to ask for information or about fees
    # (5 U.S.C. § 552(a)(6)(A)(ii)(I)-(II)), when it asked and when it received the reply.
    clock_paused: str | None = None
    pause_asked: date | None = None
    pause_reply_received: date | None = None

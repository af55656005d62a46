"""The IRS records request questionnaire: its pages, when each applies, and the facts it
hands to the rules."""

from datetime import date

from questionnaires.framework.registry import Questionnaire, Step, register
from questionnaires.framework.wording import us_long_date

from . import forms, rules
from .deadlines import deadlines

RETURNS_ONLY = [rules.RecordKind.RETURNS_TRANSCRIPTS]
OWN_RECORDS = (
    rules.RecordsOwner.CLIENT,
    rules.RecordsOwner.CLIENT_BUSINESS,
    rules.RecordsOwner.ESTATE_OR_WARD,
)
VALID_AUTHORIZATIONS = (rules.AuthorizationForm.FORM_2848, rules.AuthorizationForm.FORM_8821)


def _other_person_only(answers) -> bool:
    """Only records about another taxpayer (copies of returns aside)."""
    wanted = set(answers.get("records_wanted", [])) - {rules.RecordKind.RETURNS_TRANSCRIPTS}
    return wanted == {rules.RecordKind.ANOTHER_TAXPAYER}


# Path 1: preparing a request -----------------------------------------------------------


def preparing_a_request(answers):
    """Applies when staff are preparing a request."""
    return answers.get("path") == rules.Path.PREPARE_REQUEST


def preparing_a_records_request(answers):
    """Applies when staff are preparing a request for more than copies of returns or
    transcripts (those have their own IRS forms)."""
    return preparing_a_request(answers) and answers.get("records_wanted", []) != RETURNS_ONLY


def someone_other_than_the_taxpayer_asks(answers):
    """Applies when the clinic sends the request, the records are another person's, or we
    cannot tell (a signed authorization is then needed)."""
    if not preparing_a_records_request(answers):
        return False
    own_request = (
        answers.get("requester") == rules.Requester.CLIENT
        and answers.get("records_owner") in OWN_RECORDS
        and not _other_person_only(answers)
    )
    return not own_request


def authorization_on_file(answers):
    """Applies when a Form 2848 or Form 8821 is on file."""
    return (
        someone_other_than_the_taxpayer_asks(answers)
        and answers.get("authorization_form") in VALID_AUTHORIZATIONS
    )


def form_8821_on_file(answers):
    """Applies when a Form 8821 covering the request is on file: the IRS must receive it within
    120 days of its signing (26 C.F.R. § 301.6103(c)-1(b)(2))."""
    return (
        authorization_on_file(answers)
        and answers.get("authorization_form") == rules.AuthorizationForm.FORM_8821
        and answers.get("authorization_covers") == "yes"
    )


def asks_about_another_taxpayer_too(answers):
    """Applies when the request asks for records about another taxpayer as well as the
    client's own."""
    return (
        preparing_a_records_request(answers)
        and rules.RecordKind.ANOTHER_TAXPAYER in answers.get("records_wanted", [])
        and answers.get("records_owner") != rules.RecordsOwner.ANOTHER_PERSON
        and not _other_person_only(answers)
    )


def other_taxpayers_consent_on_file(answers):
    """Applies when the request asks about another taxpayer too, relying on their signed
    consent: the IRS must receive it within 120 days of its signing (26 C.F.R.
    § 301.6103(c)-1(b)(1)-(2))."""
    return asks_about_another_taxpayer_too(answers) and answers.get("third_party_consent") == "yes"


def asks_about_a_spouses_joint_debt(answers):
    """Applies when the request asks about another taxpayer, alone or with the client's own
    records, without a signed consent or authorization from them: a divorced or separated
    spouse on a joint return needs none for collection facts (I.R.C. § 6103(e)(8))."""
    if not preparing_a_records_request(answers):
        return False
    if rules.RecordKind.ANOTHER_TAXPAYER not in answers.get("records_wanted", []):
        return False
    no_consent = ("no", "not_sure")
    if _other_person_only(answers):
        return answers.get("authorization_form") in (
            rules.AuthorizationForm.NONE,
            rules.AuthorizationForm.NOT_SURE,
        )
    return answers.get("third_party_consent") in no_consent


def asks_about_another_taxpayer_without_consent(answers):
    """Applies when the request asks about another taxpayer without their signed consent:
    records about a joint return the client filed with them need none (I.R.C.
    § 6103(e)(1)(B))."""
    return asks_about_a_spouses_joint_debt(answers)


def asks_about_a_joint_debt_not_a_joint_return(answers):
    """Applies when the request asks about another taxpayer without their consent, and not
    (or not surely) about a joint return the client filed with them: a divorced or separated
    spouse needs no consent to learn how the IRS collected a joint deficiency (I.R.C.
    § 6103(e)(8))."""
    return (
        asks_about_a_spouses_joint_debt(answers) and answers.get("joint_return_records") != "yes"
    )


def asks_about_others_liable_for_the_penalty(answers):
    """Applies when the request asks about another taxpayer without their consent and it is
    not a spouse's joint debt: a person liable for the trust fund recovery penalty needs no
    consent to learn who else was found liable (I.R.C. § 6103(e)(9))."""
    return asks_about_a_joint_debt_not_a_joint_return(answers) and answers.get(
        "joint_collection_only"
    ) in ("no", "not_sure")


def a_joint_deficiency(answers):
    """Applies when the client wants only to know how the IRS collected a joint tax debt
    from a former or separated spouse: I.R.C. § 6103(e)(8) covers only a deficiency assessed
    on the joint return that the IRS can still collect."""
    joint_debt_only = answers.get("joint_collection_only") == "yes"
    return asks_about_a_joint_debt_not_a_joint_return(answers) and joint_debt_only


def preparing_a_request_for_the_clients_own_records(answers):
    """Applies when preparing a records request for the client's own (or the business's)
    records: whether the matter is open decides what the IRS may hold back."""
    return (
        preparing_a_records_request(answers)
        and answers.get("records_owner") != rules.RecordsOwner.ANOTHER_PERSON
        and not _other_person_only(answers)
    )


# Path 2: reviewing the IRS's answer --------------------------------------------------------

WITHHELD_ACTIONS = (
    rules.IrsAction.RELEASED_PART,
    rules.IrsAction.DENIED_ALL,
    rules.IrsAction.NOT_SURE,
)
RELEASED_ACTIONS = (
    rules.IrsAction.RELEASED_ALL,
    rules.IrsAction.RELEASED_PART,
    rules.IrsAction.NOT_SURE,
)


def reviewing_an_answer(answers):
    """Applies when staff are reviewing the IRS's answer."""
    return answers.get("path") == rules.Path.REVIEW_RESPONSE


def following_up_no_answer(answers):
    """Applies when staff are following up a request the IRS has not answered."""
    return answers.get("path") == rules.Path.NO_ANSWER


def the_request_was_sent_or_is_being_prepared(answers):
    """Applies when preparing a records request, or following up one the IRS has not
    answered (its due date runs from receipt)."""
    return preparing_a_records_request(answers) or following_up_no_answer(answers)


def the_request_is_already_with_the_irs(answers):
    """The date of receipt cannot be in the future when following up an unanswered request."""
    return {"already_sent": following_up_no_answer(answers)}


def a_foia_request_not_answered(answers):
    """Applies when following up an unanswered request not made only under § 6103: FOIA's
    clock may have been stopped while the IRS waited for information or about fees."""
    return (
        following_up_no_answer(answers)
        and answers.get("request_basis") != rules.RequestBasis.SECTION_6103
    )


def the_irs_stopped_the_clock(answers):
    """Applies when the IRS wrote to ask for information or about fees."""
    return a_foia_request_not_answered(answers) and answers.get("clock_paused") == "yes"


def the_request_received(answers):
    """The date the IRS received the request, so its letter's date can be checked against it."""
    return {"request_received": answers.get("request_received")}


def asking_which_law(answers):
    """Applies when reviewing an answer or following up an unanswered request: FOIA's time
    limits and appeal apply only to a FOIA request."""
    return reviewing_an_answer(answers) or following_up_no_answer(answers)


def withheld_items_named(answers) -> list[str]:
    """The items ticked as withheld, in the page's order, less "Not sure" and "None"."""
    ticked = set(answers.get("items_withheld") or [])
    return [
        item
        for item, _ in forms.WITHHELD_ITEM_CHOICES
        if item in ticked and item not in (rules.Item.NOT_SURE, forms.NONE)
    ]


def irs_withheld_named_items(answers):
    """Applies when the IRS withheld items staff can name: one row for each item ticked on
    "What was withheld" (not "Not sure"), giving the exemption marked on it."""
    return irs_withheld_something(answers) and bool(withheld_items_named(answers))


def the_withheld_items(answers):
    """One row for each item withheld."""
    return {"keys": withheld_items_named(answers)}


def another_taxpayers_return_withheld(answers):
    """Applies when the IRS withheld another taxpayer's return or return information: whether
    the request came with their consent or was about a joint return decides whether § 6103
    let the IRS give it (I.R.C. § 6103(c), (e)(1)(B))."""
    return irs_withheld_something(answers) and rules.Item.OTHER_TAXPAYER_RETURN in (
        answers.get("items_withheld") or []
    )


def other_taxpayers_return_withheld_without_consent(answers):
    """Applies when another taxpayer's return was withheld and the request did not (or may
    not) come with their consent or concern a joint return: whether it asked what the IRS did
    to collect from them decides whether § 6103(e)(8) or (e)(9) made the IRS disclose that."""
    return another_taxpayers_return_withheld(answers) and (
        answers.get("other_taxpayer_consent_given") != "yes"
    )


def an_appealable_foia_answer(answers):
    """Applies when the IRS's answer was adverse (withheld, no records, imperfect, or not
    sure) and the request was not made only under § 6103 (FOIA's appeal is for FOIA
    requests)."""
    return (
        reviewing_an_answer(answers)
        and answers.get("irs_action") in (*rules.ADVERSE_ACTIONS, rules.IrsAction.NOT_SURE)
        and answers.get("request_basis") != rules.RequestBasis.SECTION_6103
    )


def appeal_waiting(answers):
    """Applies when an appeal was sent and not yet decided."""
    return (
        an_appealable_foia_answer(answers)
        and answers.get("appeal_status") == rules.AppealStatus.WAITING
    )


def the_letter_date(answers):
    """The letter's date, so the appeal's date of receipt can be checked against it."""
    return {"letter_date": answers.get("letter_date")}


def irs_withheld_something(answers):
    """Applies when the IRS released part, withheld everything, or staff are not sure."""
    return reviewing_an_answer(answers) and answers.get("irs_action") in WITHHELD_ACTIONS


def irs_released_something(answers):
    """Applies when the IRS released everything or part, or staff are not sure."""
    return reviewing_an_answer(answers) and answers.get("irs_action") in RELEASED_ACTIONS


def irs_released_part(answers):
    """Applies when the IRS released part of the records, or staff are not sure what it did."""
    return reviewing_an_answer(answers) and answers.get("irs_action") in (
        rules.IrsAction.RELEASED_PART,
        rules.IrsAction.NOT_SURE,
    )


def section_6103_request_refused(answers):
    """Applies when a request made only under I.R.C. § 6103 was not answered in full, or the
    IRS withheld everything and staff are not sure which law the request was made under."""
    return reviewing_an_answer(answers) and rules.section_6103_request_refused(
        answers.get("request_basis"), answers.get("irs_action")
    )


def no_records_found(answers):
    """Applies when the IRS said it found no records (or refused a § 6103 request for that
    reason)."""
    if not reviewing_an_answer(answers):
        return False
    return answers.get("irs_action") == rules.IrsAction.NO_RECORDS or (
        section_6103_request_refused(answers)
        and answers.get("refusal_reason") == rules.RefusalReason.NO_RECORDS
    )


def closed_for_missing_items(answers):
    """Applies when the IRS closed the request as imperfect, or refused a § 6103 request for
    want of an authorization or other required details."""
    if not reviewing_an_answer(answers):
        return False
    return answers.get("irs_action") == rules.IrsAction.IMPERFECT or (
        section_6103_request_refused(answers)
        and answers.get("refusal_reason")
        in (rules.RefusalReason.NO_AUTHORIZATION, rules.RefusalReason.MISSING_DETAILS)
    )


STEPS = (
    Step("path", "What you need", forms.PathForm),
    # Path 1
    Step("records_wanted", "Records wanted", forms.RecordsWantedForm, preparing_a_request),
    Step("records_owner", "Whose records", forms.RecordsOwnerForm, preparing_a_records_request),
    Step("requester", "Who sends the request", forms.RequesterForm, preparing_a_records_request),
    Step(
        "authorization_form",
        "Authorization",
        forms.AuthorizationFormForm,
        someone_other_than_the_taxpayer_asks,
    ),
    Step(
        "authorization_covers",
        "What the authorization covers",
        forms.AuthorizationCoversForm,
        authorization_on_file,
    ),
    Step(
        "form_8821_signed",
        "When the Form 8821 was signed",
        forms.Form8821SignedForm,
        form_8821_on_file,
    ),
    Step(
        "third_party_consent",
        "The other taxpayer's consent",
        forms.ThirdPartyConsentForm,
        asks_about_another_taxpayer_too,
    ),
    Step(
        "third_party_consent_covers",
        "What the other taxpayer's consent covers",
        forms.ThirdPartyConsentCoversForm,
        other_taxpayers_consent_on_file,
    ),
    Step(
        "third_party_consent_signed",
        "When the other taxpayer signed the consent",
        forms.ThirdPartyConsentSignedForm,
        other_taxpayers_consent_on_file,
    ),
    Step(
        "joint_return_records",
        "A joint return",
        forms.JointReturnRecordsForm,
        asks_about_another_taxpayer_without_consent,
    ),
    Step(
        "joint_collection_only",
        "A spouse's joint tax debt",
        forms.JointCollectionOnlyForm,
        asks_about_a_joint_debt_not_a_joint_return,
    ),
    Step(
        "joint_deficiency_collectible",
        "The joint tax debt",
        forms.JointDeficiencyForm,
        a_joint_deficiency,
    ),
    Step(
        "penalty_others_only",
        "Others liable for the same penalty",
        forms.PenaltyOthersOnlyForm,
        asks_about_others_liable_for_the_penalty,
    ),
    Step(
        "records_description",
        "How the records are described",
        forms.RecordsDescriptionForm,
        preparing_a_records_request,
    ),
    Step(
        "request_includes",
        "What the request includes",
        forms.RequestIncludesForm,
        preparing_a_records_request,
    ),
    Step(
        "request_received",
        "When the IRS receives it",
        forms.RequestReceivedForm,
        the_request_was_sent_or_is_being_prepared,
        form_kwargs=the_request_is_already_with_the_irs,
    ),
    Step(
        "case_status",
        "Whether the matter is open",
        forms.CaseStatusForm,
        preparing_a_request_for_the_clients_own_records,
    ),
    # Path 2 (and path 3, following up an unanswered request: request_received,
    # request_basis, sent_to, extension_notice, clock_paused, pause_dates)
    Step("letter_date", "Dates on the IRS letter", forms.LetterDateForm, reviewing_an_answer),
    Step("request_basis", "Law the request used", forms.RequestBasisForm, asking_which_law),
    Step("sent_to", "Where the request went", forms.SentToForm, a_foia_request_not_answered),
    Step(
        "extension_notice",
        "Notice of more time",
        forms.ExtensionNoticeForm,
        following_up_no_answer,
        form_kwargs=the_request_received,
    ),
    Step(
        "clock_paused",
        "Letters asking for information or about fees",
        forms.ClockPausedForm,
        a_foia_request_not_answered,
    ),
    Step(
        "pause_dates",
        "When the clock stopped",
        forms.PauseDatesForm,
        the_irs_stopped_the_clock,
        form_kwargs=the_request_received,
    ),
    Step("irs_action", "What the IRS did", forms.IrsActionForm, reviewing_an_answer),
    Step(
        "exemptions_cited",
        "Exemptions cited",
        forms.ExemptionsCitedForm,
        irs_withheld_something,
    ),
    Step(
        "matter_status",
        "Whether the matter is still open",
        forms.MatterStatusForm,
        irs_withheld_something,
    ),
    Step(
        "request_signed_by",
        "Who signed the request",
        forms.RequestSignedByForm,
        irs_withheld_something,
    ),
    Step("items_withheld", "What was withheld", forms.ItemsWithheldForm, irs_withheld_something),
    Step(
        "item_exemptions",
        "The exemption on each item",
        forms.ItemExemptionFormSet,
        irs_withheld_named_items,
        form_kwargs=the_withheld_items,
    ),
    Step(
        "other_taxpayer_consent_given",
        "Another taxpayer's consent",
        forms.OtherTaxpayerConsentGivenForm,
        another_taxpayers_return_withheld,
    ),
    Step(
        "other_taxpayer_collection_right",
        "Collection from the other person",
        forms.OtherTaxpayerCollectionRightForm,
        other_taxpayers_return_withheld_without_consent,
    ),
    Step("items_released", "What was released", forms.ItemsReleasedForm, irs_released_something),
    Step(
        "inconsistent_redactions",
        "Consistent redactions",
        forms.InconsistentRedactionsForm,
        irs_released_part,
    ),
    Step(
        "refusal_reason",
        "Reason for refusing",
        forms.RefusalReasonForm,
        section_6103_request_refused,
    ),
    Step(
        "records_shown_to_exist",
        "Proof the records exist",
        forms.RecordsShownToExistForm,
        no_records_found,
    ),
    Step(
        "irs_tried_contact",
        "Contact before closing",
        forms.IrsTriedContactForm,
        closed_for_missing_items,
    ),
    Step("appeal_status", "Appeal", forms.AppealStatusForm, an_appealable_foia_answer),
    Step(
        "appeal_received",
        "When the IRS received the appeal",
        forms.AppealReceivedForm,
        appeal_waiting,
        form_kwargs=the_letter_date,
    ),
    Step(
        "appeal_extension_notice",
        "Notice of more time for the appeal",
        forms.AppealExtensionNoticeForm,
        appeal_waiting,
    ),
)


def _choices(answers, name) -> frozenset[str]:
    """A multi-select answer as a set, without "None of these"."""
    return frozenset(answers.get(name) or ()) - {forms.NONE}


def build_facts(answers, today: date) -> rules.Facts:
    """The rules' facts from the answers of the steps that apply; skipped steps give None
    (or an empty set)."""
    includes = answers.get("request_includes")
    return rules.Facts(
        path=answers.get("path", ""),
        today=today,
        records_owner=answers.get("records_owner"),
        requester=answers.get("requester"),
        authorization_form=answers.get("authorization_form"),
        authorization_covers=answers.get("authorization_covers"),
        form_8821_signed=answers.get("form_8821_signed"),
        third_party_consent=answers.get("third_party_consent"),
        third_party_consent_covers=answers.get("third_party_consent_covers") or None,
        third_party_consent_signed=answers.get("third_party_consent_signed"),
        records_wanted=_choices(answers, "records_wanted"),
        records_description=answers.get("records_description"),
        request_includes=None if includes is None else _choices(answers, "request_includes"),
        request_received=answers.get("request_received"),
        letter_date=answers.get("letter_date"),
        irs_action=answers.get("irs_action"),
        request_basis=answers.get("request_basis"),
        exemptions_cited=_choices(answers, "exemptions_cited"),
        items_withheld=_choices(answers, "items_withheld"),
        items_released=_choices(answers, "items_released"),
        inconsistent_redactions=answers.get("inconsistent_redactions"),
        refusal_reason=answers.get("refusal_reason"),
        irs_tried_contact=answers.get("irs_tried_contact"),
        matter_status=answers.get("matter_status") or answers.get("case_status") or None,
        request_signed_by=answers.get("request_signed_by") or None,
        other_taxpayer_consent_given=answers.get("other_taxpayer_consent_given") or None,
        other_taxpayer_collection_right=answers.get("other_taxpayer_collection_right") or None,
        item_exemptions=tuple(
            (row.get("item") or "", row.get("item_exemption") or rules.Exemption.NOT_SURE)
            for row in answers.get("item_exemptions") or []
        ),
        extension_notice=answers.get("extension_notice"),
        extension_notice_date=answers.get("extension_notice_date"),
        sent_to=answers.get("sent_to") or None,
        letter_appeal_deadline=answers.get("letter_appeal_deadline"),
        appeal_status=answers.get("appeal_status"),
        appeal_received=answers.get("appeal_received"),
        records_shown_to_exist=answers.get("records_shown_to_exist"),
        appeal_extension_notice=answers.get("appeal_extension_notice"),
        joint_return_records=answers.get("joint_return_records") or None,
        joint_collection_only=answers.get("joint_collection_only"),
        penalty_others_only=answers.get("penalty_others_only"),
        joint_deficiency_collectible=answers.get("joint_deficiency_collectible") or None,
        clock_paused=answers.get("clock_paused") or None,
        pause_asked=answers.get("pause_asked"),
        pause_reply_received=answers.get("pause_reply_received"),
    )


def thresholds(determination) -> list[tuple[str, str]]:
    """The day the IRS's answer is due and the last day to appeal."""
    data = determination.data
    found = []
    due = (data.get("due_date_count") or {}).get("due_text")
    if data.get("response_due") and due:
        found.append(
            (
                f"The IRS's answer is due by {due}, unless it takes more time in writing.",
                "response_due",
            )
        )
    if data.get("appeal_deadline"):
        last_day = us_long_date(date.fromisoformat(data["appeal_deadline"]))
        found.append(
            (
                f"The appeal is due by {last_day}: treat it as the day the IRS must receive it.",
                "appeal_window",
            )
        )
    return found


QUESTIONNAIRE = register(
    Questionnaire(
        slug="irs-records-request",
        title="IRS records requests (FOIA and I.R.C. § 6103)",
        summary=(
            "Prepare a request for a client's IRS records, review the IRS's answer and "
            "decide whether to appeal, or follow up a request it has not answered."
        ),
        jurisdiction="United States (federal)",
        law_as_of=date(2026, 11, 30),
        rules_version="2.3.0",
        steps=STEPS,
        build_facts=build_facts,
        determine=rules.determine,
        outcome_labels={
            rules.Outcome.READY: "Ready to send",
            rules.Outcome.INCOMPLETE: "Not ready: items missing",
            rules.Outcome.NEEDS_AUTHORIZATION: "Needs an authorization",
            rules.Outcome.USE_OTHER_CHANNEL: "Use Form 4506 or 4506-T",
            rules.Outcome.APPEAL_RECOMMENDED: "Appeal recommended",
            rules.Outcome.CONSIDER_APPEAL: "Consider an appeal",
            rules.Outcome.NO_ISSUE_FOUND: "No issue found",
            rules.Outcome.DEADLINE_PASSED: "Appeal deadline passed",
            rules.Outcome.AWAITING_ANSWER: "Answer not yet due",
            rules.Outcome.ANSWER_OVERDUE: "Answer overdue",
            rules.Outcome.COURT_REVIEW: "Court review available",
        },
        deadlines=deadlines,
        thresholds=thresholds,
    )
)

# The ``holidays`` library loads its United States calendar on first use, about 50 ms. Load
# it as the app starts, so that no client's first IRS result in a server process pays for it.
rules.legal_public_holidays(range(date.today().year, date.today().year + 1))

"""The IRS records request questionnaire: its pages, when each applies, and the facts it
hands to the rules."""

from datetime import date

from questionnaires.framework.registry import Questionnaire, Step, register

from . import forms, rules

RETURNS_ONLY = [rules.RecordKind.RETURNS_TRANSCRIPTS]
OWN_RECORDS = (rules.RecordsOwner.CLIENT, rules.RecordsOwner.CLIENT_BUSINESS)
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


def asks_about_another_taxpayer_too(answers):
    """Applies when the request asks for records about another taxpayer as well as the
    client's own."""
    return (
        preparing_a_records_request(answers)
        and rules.RecordKind.ANOTHER_TAXPAYER in answers.get("records_wanted", [])
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
        "third_party_consent",
        "The other taxpayer's consent",
        forms.ThirdPartyConsentForm,
        asks_about_another_taxpayer_too,
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
        preparing_a_records_request,
    ),
    # Path 2
    Step("letter_date", "Date of the IRS letter", forms.LetterDateForm, reviewing_an_answer),
    Step("request_basis", "Law the request used", forms.RequestBasisForm, reviewing_an_answer),
    Step("irs_action", "What the IRS did", forms.IrsActionForm, reviewing_an_answer),
    Step(
        "exemptions_cited",
        "Exemptions cited",
        forms.ExemptionsCitedForm,
        irs_withheld_something,
    ),
    Step("items_withheld", "What was withheld", forms.ItemsWithheldForm, irs_withheld_something),
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
        "irs_tried_contact",
        "Contact before closing",
        forms.IrsTriedContactForm,
        closed_for_missing_items,
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
        third_party_consent=answers.get("third_party_consent"),
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
    )


QUESTIONNAIRE = register(
    Questionnaire(
        slug="irs-records-request",
        title="IRS records requests (FOIA and I.R.C. § 6103)",
        summary=(
            "Prepare a request for a client's IRS records, or review the IRS's answer and "
            "decide whether to appeal."
        ),
        jurisdiction="United States (federal)",
        law_as_of=date(2023, 9, 11),
        rules_version="1.1.0",
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
        },
    )
)

# The ``holidays`` library loads its United States calendar on first use, about 50 ms. Load
# it as the app starts, so that no client's first IRS result in a server process pays for it.
rules.legal_public_holidays(range(date.today().year, date.today().year + 1))

"""A small questionnaire for the browser tests only, with one question of every kind the
framework offers (radios, checkboxes, a date, money, a whole number, short and long text,
repeated rows) and one branch, so the shared question templates are checked in every
state whatever the real questionnaires ask. Registered only while a test uses it."""

from __future__ import annotations

from datetime import date

from questionnaires.framework.determination import Citation, Determination, Finding, Status
from questionnaires.framework.forms import (
    YES_NO_NOT_SURE,
    CheckboxesField,
    LongTextField,
    MemorableDateField,
    MoneyField,
    RadiosField,
    RowForm,
    StepForm,
    TextField,
    WholeNumberField,
    row_formset,
)
from questionnaires.framework.registry import Questionnaire, Step

SLUG = "every-kind-of-question"


class AbroadForm(StepForm):
    abroad = RadiosField(
        label="Is the client working overseas now?",
        help_text="Count a posting of any length.",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client is working overseas now",
    )


class ReasonsForm(StepForm):
    reasons = CheckboxesField(
        label="Why is the client overseas?",
        help_text="Select all that apply.",
        choices=[("work", "Work"), ("aid", "Aid work"), ("study", "Study")],
        error_required="Select why the client is overseas",
    )


class DetailsForm(StepForm):
    page_hint = "Take these from the client's payslips."
    started = MemorableDateField(
        label="When did the posting start?",
        error_required="Enter the date the posting started",
    )
    pay = MoneyField(label="How much was the client paid?", error_required="Enter the pay")
    dependants = WholeNumberField(
        label="How many dependants does the client have?",
        error_required="Enter how many dependants the client has",
    )
    employer = TextField(label="Employer's name", required=False, max_length=100)


class AbsenceForm(RowForm):
    left = MemorableDateField(
        label="When did the client leave?", error_required="Enter the date the client left"
    )
    where = TextField(label="Where did the client go?", error_required="Enter where they went")


AbsencesFormSet = row_formset(AbsenceForm, row_noun="absence")


class AccountForm(StepForm):
    account = LongTextField(
        label="What happened, in the client's words?",
        help_text="Write down what the client says, as they say it.",
        error_required="Enter what happened",
    )


def applies_when_working_overseas(answers):
    """Applies when the client is working overseas now."""
    return answers.get("abroad") == "yes"


STEPS = (
    Step("abroad", "Working overseas", AbroadForm),
    Step("reasons", "Reasons", ReasonsForm, applies_when_working_overseas),
    Step("details", "The posting", DetailsForm),
    Step("absences", "Absences", AbsencesFormSet),
    Step("account", "The client's account", AccountForm),
)

CITATION = Citation("Sample Act 2001", "s 12", url="https://example.org/sample-act#s12")


def determine(answers) -> Determination:
    overseas = answers.get("abroad") == "yes"
    return Determination(
        outcome="covered" if overseas else "not_covered",
        headline="The client is covered." if overseas else "The client is not covered.",
        findings=(
            Finding(
                "overseas",
                "The client works overseas",
                Status.MET if overseas else Status.NOT_MET,
                "Staff said where the client works.",
                ("abroad", "reasons"),
                (CITATION,),
            ),
        ),
    )


QUESTIONNAIRE = Questionnaire(
    slug=SLUG,
    title="Every kind of question",
    summary="A questionnaire used only by the browser tests.",
    jurisdiction="Nowhere",
    law_as_of=date(2025, 7, 1),
    rules_version="0.0.1",
    steps=STEPS,
    build_facts=lambda answers, today: answers,
    determine=determine,
    outcome_labels={"covered": "Covered", "not_covered": "Not covered"},
)

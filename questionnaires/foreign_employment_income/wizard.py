"""The foreign employment income questionnaire: its pages, when each applies, and the
facts it hands to the rules."""

from datetime import date

from questionnaires.framework.registry import Questionnaire, Step, register

from . import forms, rules
from .models import rate_schedule_for


def from_2009_10(answers):
    """Applies when the income year is 2009-10 or later (s 23AG(1AA) limits the exemption
    to listed activities for foreign service from 1 July 2009)."""
    return answers.get("income_year", "") >= "2009-10"


def still_possible(answers):
    """Applies when the client may still be within the exemption: the work is not outside
    the 1 July 2009 list, the client was not a non-resident and not a contractor."""
    return (
        answers.get("australian_resident") != rules.YesNo.NO
        and answers.get("work_capacity") != rules.WorkCapacity.CONTRACTOR
        and answers.get("attributable_activity") != rules.Activity.NONE
    )


def residency_asked(answers):
    """Applies when the overseas work is not already outside the 1 July 2009 limit."""
    return answers.get("attributable_activity") != rules.Activity.NONE


def capacity_asked(answers):
    """Applies when the client was (or may have been) an Australian resident."""
    return residency_asked(answers) and answers.get("australian_resident") != rules.YesNo.NO


def in_the_rulings_class(answers):
    """Applies when the client was in the class of CR 2005/54 (AFP deployment to Nauru)."""
    return still_possible(answers) and answers.get("ruling_class_member") == "yes"


def progression_wanted(answers):
    """Applies when staff asked for the tax on other income ('with progression')."""
    return still_possible(answers) and answers.get("wants_progression") == "yes"


STEPS = (
    Step("income_year", "Income year", forms.IncomeYearForm),
    Step("activity", "What the overseas work was for", forms.ActivityForm, from_2009_10),
    Step("residency", "Residency", forms.ResidencyForm, residency_asked),
    Step("work_capacity", "Employee or office holder", forms.WorkCapacityForm, capacity_asked),
    Step("ruling_class", "Class Ruling CR 2005/54", forms.RulingClassForm, still_possible),
    Step("arrangement", "The ruling's arrangement", forms.ArrangementForm, in_the_rulings_class),
    Step(
        "service_period",
        "Period of overseas service",
        forms.ServicePeriodForm,
        still_possible,
    ),
    Step(
        "absences",
        "Absences from the overseas country",
        forms.AbsenceFormSet,
        still_possible,
    ),
    Step("left_early", "Leaving the posting early", forms.LeftEarlyForm, still_possible),
    Step("payments", "Payments received", forms.PaymentsForm, still_possible),
    Step("foreign_tax", "Tax in the other country", forms.ForeignTaxForm, still_possible),
    Step("progression", "Tax on other income", forms.ProgressionChoiceForm, still_possible),
    Step(
        "progression_amounts",
        "Amounts for the tax calculation",
        forms.ProgressionAmountsForm,
        progression_wanted,
    ),
)


def build_facts(answers, today: date) -> rules.Facts:
    income_year = answers.get("income_year", "")
    return rules.Facts(
        income_year=income_year,
        attributable_activity=answers.get("attributable_activity"),
        australian_resident=answers.get("australian_resident"),
        work_capacity=answers.get("work_capacity"),
        ruling_class_member=answers.get("ruling_class_member"),
        arrangement_as_described=answers.get("arrangement_as_described"),
        service_start=answers.get("service_start"),
        service_end=answers.get("service_end"),
        absences=tuple(
            rules.Absence(row["absence_start"], row["absence_end"], row["absence_kind"])
            for row in answers.get("absences", [])
        ),
        left_early_and_returned=answers.get("left_early_and_returned"),
        payments_received=frozenset(answers.get("payments_received", [])),
        payment_circumstances=frozenset(answers.get("payment_circumstances", [])),
        foreign_tax_reasons=frozenset(answers.get("foreign_tax_reasons", [])),
        other_assessable_income=answers.get("other_assessable_income"),
        other_deductions=answers.get("other_deductions"),
        exempt_foreign_income=answers.get("exempt_foreign_income"),
        exempt_income_expenses=answers.get("exempt_income_expenses"),
        rate_schedule=(
            rate_schedule_for(income_year) if answers.get("wants_progression") == "yes" else None
        ),
    )


QUESTIONNAIRE = register(
    Questionnaire(
        slug="foreign-employment-income",
        title="Foreign employment income exemption (s 23AG)",
        summary=(
            "Is an Australian resident's pay for overseas work exempt from Australian tax, "
            "payment by payment, and what tax is due on their other income?"
        ),
        jurisdiction="Australia (federal income tax)",
        law_as_of=date(2025, 7, 1),
        rules_version="1.1.0",
        steps=STEPS,
        build_facts=build_facts,
        determine=rules.determine,
        outcome_labels={
            "exempt": "Exempt",
            "partly_exempt": "Partly exempt",
            "not_exempt": "Not exempt",
            "not_applicable": "Not applicable: not a resident",
            "refer": "Refer for advice",
        },
    )
)

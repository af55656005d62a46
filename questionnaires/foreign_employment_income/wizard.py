"""The foreign employment income questionnaire: its pages, when each applies, and the
facts it hands to the rules."""

from datetime import date

from questionnaires.framework.registry import Questionnaire, Step, register

from . import forms, rules
from .deadlines import deadlines
from .models import income_years_with_rate_tables, rate_schedule_for


def from_2009_10(answers):
    """Applies when the income year is 2009-10 or later (s 23AG(1AA) limits the exemption
    to listed activities for pay for foreign service from 1 July 2009)."""
    return answers.get("income_year", "") >= "2009-10"


def never_resident(answers):
    """The client was not a resident at any time during the overseas service."""
    return (
        answers.get("australian_resident") == rules.YesNo.NO
        and answers.get("residency_change") == rules.ResidencyChange.NEVER
    )


def not_resident_throughout(answers):
    """Applies when the client was not a resident the whole time: asks whether they were one
    at any time (a part-year resident is not the same as a non-resident throughout)."""
    return answers.get("australian_resident") == rules.YesNo.NO


def capacity_asked(answers):
    """Applies when the client was (or may have been) a resident at some time during the
    overseas service."""
    return not never_resident(answers)


def outside_the_2009_limit(answers):
    """All the service from 1 July 2009 in work that is not a listed kind: the pay cannot
    be exempt, whatever the rest of the answers."""
    start = answers.get("service_start")
    return (
        answers.get("attributable_activity") == rules.Activity.NONE
        and start is not None
        and start >= rules.ACTIVITY_LIMIT_START
        and from_2009_10(answers)
    )


def still_possible(answers):
    """Applies when the client may still be within the exemption: not a non-resident
    throughout, not a contractor, and not all their service from 1 July 2009 in work
    outside the listed kinds."""
    return (
        not never_resident(answers)
        and answers.get("work_capacity") != rules.WorkCapacity.CONTRACTOR
        and not outside_the_2009_limit(answers)
    )


def in_the_rulings_class(answers):
    """Applies when the client was in the class of CR 2005/54 (AFP deployment to Nauru)."""
    return still_possible(answers) and answers.get("ruling_class_member") == "yes"


def service_has_ended(answers):
    """Applies when the overseas service has ended (a death can only be asked then)."""
    return still_possible(answers) and answers.get("service_ended") == "yes"


def rate_table_held(answers):
    """Applies when the tool holds the tax rates for the income year: the amounts for the
    progression calculation are asked only where they can be used. (The rates are looked up
    only once the page before has been answered.)"""
    return (
        still_possible(answers)
        and "foreign_tax_reasons" in answers
        and answers.get("income_year", "") in income_years_with_rate_tables()
    )


def progression_wanted(answers):
    """Applies when staff asked for the tax on other income ('with progression')."""
    return rate_table_held(answers) and answers.get("wants_progression") == "yes"


def the_income_year(answers):
    """The income year chosen, to check the service started by the end of it."""
    return {"income_year": answers.get("income_year", "")}


def the_service_period(answers):
    """The service dates, to check each absence lies inside them."""
    ended = answers.get("service_ended") == "yes"
    return {
        "service_start": answers.get("service_start"),
        "service_end": answers.get("service_end") if ended else None,
    }


STEPS = (
    Step("income_year", "Income year", forms.IncomeYearForm),
    Step("activity", "What the overseas work was for", forms.ActivityForm, from_2009_10),
    Step("residency", "Residency", forms.ResidencyForm),
    Step(
        "residency_change",
        "Resident for part of the time",
        forms.ResidencyChangeForm,
        not_resident_throughout,
    ),
    Step("work_capacity", "Employee or office holder", forms.WorkCapacityForm, capacity_asked),
    Step("ruling_class", "Class Ruling CR 2005/54", forms.RulingClassForm, still_possible),
    Step("arrangement", "The ruling's arrangement", forms.ArrangementForm, in_the_rulings_class),
    Step(
        "service_period",
        "Period of overseas service",
        forms.ServicePeriodForm,
        still_possible,
        form_kwargs=the_income_year,
    ),
    Step("death", "Death during the posting", forms.DeathForm, service_has_ended),
    Step(
        "absences",
        "Absences from the overseas country",
        forms.AbsenceFormSet,
        still_possible,
        form_kwargs=the_service_period,
    ),
    Step("left_early", "Leaving the posting early", forms.LeftEarlyForm, still_possible),
    Step("payments", "Payments received", forms.PaymentsForm, still_possible),
    Step("foreign_tax", "Tax in the other country", forms.ForeignTaxForm, still_possible),
    Step("progression", "Tax on other income", forms.ProgressionChoiceForm, rate_table_held),
    Step(
        "progression_amounts",
        "Amounts for the tax calculation",
        forms.ProgressionAmountsForm,
        progression_wanted,
    ),
)


def build_facts(answers, today: date) -> rules.Facts:
    income_year = answers.get("income_year", "")
    wants_progression = answers.get("wants_progression") == "yes"
    held = rate_schedule_for(income_year)
    schedule = held if wants_progression else None
    return rules.Facts(
        income_year=income_year,
        attributable_activity=answers.get("attributable_activity"),
        australian_resident=answers.get("australian_resident"),
        residency_change=answers.get("residency_change"),
        work_capacity=answers.get("work_capacity"),
        ruling_class_member=answers.get("ruling_class_member"),
        arrangement_as_described=answers.get("arrangement_as_described"),
        service_start=answers.get("service_start"),
        service_ended=answers.get("service_ended"),
        service_end=answers.get("service_end"),
        expected_service_end=answers.get("expected_service_end"),
        died_during_service=answers.get("died_during_service"),
        would_have_reached_91_days=answers.get("would_have_reached_91_days"),
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
        rate_schedule=schedule,
        rate_table_missing=held is None,
        today=today,
    )


def thresholds(determination) -> list[tuple[str, str]]:
    """The day the overseas service reaches 91 days."""
    day_91 = (determination.data.get("foreign_service") or {}).get("day_91_text")
    if not day_91:
        return []
    return [
        (
            f"The overseas service reaches 91 days on {day_91}: the 91-day test turns on "
            "the service continuing to that day.",
            "continuous_91_days",
        )
    ]


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
        rules_version="2.0.0",
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
        deadlines=deadlines,
        thresholds=thresholds,
    )
)

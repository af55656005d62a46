"""The s 23AG questionnaire through the Django test client: each branch and each outcome,
the para 86 example end to end, and the rate tables admins keep."""

from decimal import Decimal

import pytest
from django.urls import reverse

from questionnaires.foreign_employment_income.forms import INCOME_YEARS
from questionnaires.foreign_employment_income.models import (
    IncomeTaxRateBand,
    IncomeTaxRateTable,
    rate_schedule_for,
)
from tests.factories import Intake
from tests.foreign_employment_income.rates import ISSUE_RATE_SCHEDULES

pytestmark = pytest.mark.django_db

SLUG = "foreign-employment-income"

#: Daniel, CR 2005/54 para 86: 16 weeks in Nauru and 4 weeks' leave earned there.
DANIEL = {
    "client_reference": "DANIEL-86",
    "income_year": "2004-05",
    "australian_resident": "yes",
    "work_capacity": "employee",
    "ruling_class_member": "yes",
    "arrangement_as_described": "yes",
    "service_start": "2004-09-01",
    "service_ended": "yes",
    "service_end": "2005-01-19",
    "died_during_service": "no",
    "absences": [
        {
            "absence_start": "2004-12-23",
            "absence_end": "2005-01-19",
            "absence_kind": "foreign_recreation_leave",
        }
    ],
    "left_early_and_returned": "no",
    "payments_received": ["salary", "deployment_composite_allowance", "mission_allowance"],
    "foreign_tax_reasons": ["foreign_law_no_tax", "specific_agreement"],
    "wants_progression": "yes",
    "other_assessable_income": "60300",
    "other_deductions": "300",
    "exempt_foreign_income": "30100",
    "exempt_income_expenses": "100",
}

ALL_STEPS = [
    "client", "income_year", "residency", "work_capacity", "ruling_class", "arrangement",
    "service_period", "death", "absences", "left_early", "payments", "foreign_tax", "progression",
    "progression_amounts",
]  # fmt: skip


def test_para_86_example_end_to_end_to_the_cent(staff_client):
    intake = Intake(staff_client, SLUG)
    assert intake.answer_until_review(DANIEL) == ALL_STEPS
    record = intake.finish()
    assert record.outcome == "exempt"
    progression = record.determination["data"]["progression"]
    assert progression["notional_gross_taxable_income"] == "90000.00"
    assert progression["notional_gross_tax"] == "29362.00"
    assert progression["other_taxable_income"] == "60000.00"
    assert progression["tax_payable"] == "19574.67"
    html = staff_client.get(record.get_absolute_url()).content.decode()
    assert "$19,574.67" in html and "$29,362.00" in html
    assert "CR 2005/54, para 86" in html
    assert "Mission allowance" in html


def test_a_non_resident_ends_the_screening_early(staff_client):
    intake = Intake(staff_client, SLUG)
    answers = {**DANIEL, "australian_resident": "no", "residency_change": "never"}
    assert intake.answer_until_review(answers) == [
        "client", "income_year", "residency", "residency_change"
    ]  # fmt: skip
    assert intake.finish().outcome == "not_applicable"


def test_a_contractor_is_not_in_foreign_service(staff_client):
    intake = Intake(staff_client, SLUG)
    visited = intake.answer_until_review({**DANIEL, "work_capacity": "contractor"})
    assert visited[-1] == "work_capacity"
    assert intake.finish().outcome == "not_exempt"


#: A posting wholly in the 2009-10 income year, after the 1 July 2009 limit began.
SERVICE_2009_10 = {
    "income_year": "2009-10",
    "ruling_class_member": "no",
    "service_start": "2009-08-02",
    "service_end": "2009-12-19",
    "absences": [],
    "foreign_tax_reasons": ["taxed"],
}


#: A year whose rate table an admin has removed (2026-27, see ``without_the_table``): the
#: amounts are never asked.
NO_TABLE_YEAR = {
    **DANIEL,
    **SERVICE_2009_10,
    "income_year": "2026-27",
    "attributable_activity": "disciplined_force",
    "service_start": "2026-07-01",
    "service_end": "2026-11-20",
}


def test_from_2009_10_the_listed_activity_is_asked_and_the_dates_decide(staff_client):
    """Work outside the listed kinds ends the screening only once the dates show all the
    service was from 1 July 2009."""
    intake = Intake(staff_client, SLUG)
    answers = {**DANIEL, **SERVICE_2009_10, "attributable_activity": "none"}
    assert intake.answer_until_review(answers) == [
        "client", "income_year", "activity", "residency", "work_capacity", "ruling_class",
        "service_period",
    ]  # fmt: skip
    assert intake.finish().outcome == "not_exempt"


def test_service_straddling_1_july_2009_outside_the_list_is_partly_exempt(staff_client):
    answers = {**DANIEL, **SERVICE_2009_10, "attributable_activity": "none",
               "service_start": "2009-03-02", "wants_progression": "no"}  # fmt: skip
    record = Intake(staff_client, SLUG).complete(answers)
    assert record.outcome == "partly_exempt"
    assert record.determination["data"]["tests"]["s23ag_1aa"] == "unclear"
    finding = next(f for f in record.determination["findings"] if f["code"] == "s23ag_1aa")
    assert "the pay must be split" in finding["explanation"]


@pytest.mark.parametrize("activity", ["regulations", "not_sure"])
def test_an_activity_in_the_regulations_or_not_known_is_referred(staff_client, activity):
    answers = {**DANIEL, **SERVICE_2009_10, "attributable_activity": activity}
    record = Intake(staff_client, SLUG).complete(answers)
    assert record.outcome == "refer"


def test_pay_partly_exempt_when_a_payment_is_not_from_the_foreign_service(staff_client):
    answers = {**DANIEL, "payments_received": ["salary", "pre_deployment_composite_allowance"]}
    record = Intake(staff_client, SLUG).complete(answers)
    assert record.outcome == "partly_exempt"
    payments = {p["code"]: p["exempt"] for p in record.determination["data"]["payments"]}
    assert payments == {"salary": True, "pre_deployment_composite_allowance": False}


def test_no_foreign_tax_solely_because_nauru_has_none_denies_the_exemption(staff_client):
    answers = {**DANIEL, "foreign_tax_reasons": ["foreign_law_no_tax"]}
    assert Intake(staff_client, SLUG).complete(answers).outcome == "not_exempt"


def test_leave_earned_in_australia_that_breaks_the_91_days_is_referred(staff_client):
    answers = {
        **DANIEL,
        "service_start": "2004-09-01",
        "service_end": "2004-12-20",
        "absences": [
            {
                "absence_start": "2004-10-01",
                "absence_end": "2004-10-20",
                "absence_kind": "australian_accrued_leave",
            }
        ],
    }
    assert Intake(staff_client, SLUG).complete(answers).outcome == "refer"


def test_absences_can_be_added_one_row_at_a_time(staff_client):
    intake = Intake(staff_client, SLUG)
    while intake.step != "absences":
        intake.post(DANIEL)
    first = DANIEL["absences"][0]
    intake.post({"absences": [first]}, action="add_row")
    assert intake.step == "absences"
    html = staff_client.get(intake.url).content.decode()
    assert "Absence 2" in html and 'value="23"' in html
    intake.post({"absences": [first, {"absence_start": "2004-11-01", "absence_end":
                 "2004-11-02", "absence_kind": "training_briefing"}]})  # fmt: skip
    assert intake.step == "left_early"


def test_an_absence_that_ends_before_it_starts_is_refused_with_a_plain_message(staff_client):
    intake = Intake(staff_client, SLUG)
    while intake.step != "absences":
        intake.post(DANIEL)
    row = {**DANIEL["absences"][0], "absence_end": "2004-12-01"}
    response = intake.post({"absences": [row]})
    assert response.status_code == 200
    assert "Absence 1: The last day must not be before the first day" in response.content.decode()


def test_service_end_before_start_is_refused(staff_client):
    intake = Intake(staff_client, SLUG)
    while intake.step != "service_period":
        intake.post(DANIEL)
    response = intake.post({"service_start": "2005-01-19", "service_end": "2004-09-01"})
    assert "The end date must not be before the start date" in response.content.decode()


def test_turning_the_calculation_off_from_the_review_drops_the_amounts(staff_client):
    intake = Intake(staff_client, SLUG)
    intake.answer_until_review(DANIEL)
    intake.review()
    intake.url = intake.url.replace("/review/", "/progression/")
    assert intake.change({"wants_progression": "no"}) > 0
    assert intake.step == "review"
    assert "Exempt overseas pay" not in intake.review().content.decode()
    record = intake.finish()
    assert record.determination["data"]["progression"] is None
    assert "exempt_foreign_income" not in record.answers

    # And back on: the amounts page appears again, empty.
    second = Intake(staff_client, SLUG)
    second.answer_until_review({**DANIEL, "wants_progression": "no"})
    second.review()
    second.url = second.url.replace("/review/", "/progression/")
    second.post({"wants_progression": "yes"})
    assert second.step == "progression_amounts"


def test_changing_the_year_to_2009_10_brings_in_the_activity_page(staff_client):
    intake = Intake(staff_client, SLUG)
    intake.answer_until_review(DANIEL)
    intake.review()
    intake.url = intake.url.replace("/review/", "/income_year/")
    intake.post({"income_year": "2009-10"})
    assert intake.step == "activity"


def test_a_draft_resumes_where_it_was_left(staff_client):
    intake = Intake(staff_client, SLUG)
    for _ in range(4):
        intake.post(DANIEL)
    # The page on screen is saved with the draft: resuming opens the next one.
    intake.post(DANIEL, action="save_draft")
    response = staff_client.get(reverse("questionnaires:resume", args=[SLUG, intake.intake_id]))
    assert response.url.endswith("/arrangement/")


def test_every_year_the_issue_lists_is_seeded_with_its_rates():
    assert sorted(IncomeTaxRateTable.objects.values_list("income_year", flat=True)) == sorted(
        ISSUE_RATE_SCHEDULES
    )
    for year, expected in ISSUE_RATE_SCHEDULES.items():
        seeded = rate_schedule_for(year)
        assert seeded.bands == expected.bands, year
        assert seeded.medicare_levy_rate == expected.medicare_levy_rate, year
        assert seeded.source, year
    offered = {year for year, _ in INCOME_YEARS}
    assert offered == set(ISSUE_RATE_SCHEDULES), "every income year offered has a table"


@pytest.fixture
def without_the_table(db):
    """The 2026-27 table removed, as an admin may do with a year whose rates are in doubt."""
    IncomeTaxRateTable.objects.filter(income_year="2026-27").delete()
    assert rate_schedule_for("2026-27") is None


def test_a_year_with_no_table_says_so(staff_client, without_the_table):
    record = Intake(staff_client, SLUG).complete(NO_TABLE_YEAR)
    assert record.determination["data"]["progression"] is None
    progression = next(f for f in record.determination["findings"] if f["code"] == "progression")
    assert "2026-27" in progression["explanation"]
    assert "were not asked for" in progression["explanation"]


def test_an_admin_edit_to_a_rate_table_changes_the_calculation(staff_client):
    band = IncomeTaxRateBand.objects.get(table__income_year="2004-05", up_to=None)
    band.rate_percent = Decimal("50")
    band.save()
    record = Intake(staff_client, SLUG).complete(DANIEL)
    # 18,612 + 50% of 20,000 = 28,612, plus 1,350 Medicare levy = 29,962;
    # 29,962 / 90,000 x 60,000 = 19,974.67.
    assert record.determination["data"]["progression"]["tax_payable"] == "19974.67"


# --- added in review --------------------------------------------------------------------


def test_unsure_residency_is_referred_and_every_page_is_still_asked(staff_client):
    intake = Intake(staff_client, SLUG)
    assert intake.answer_until_review({**DANIEL, "australian_resident": "not_sure"}) == ALL_STEPS
    record = intake.finish()
    assert record.outcome == "refer"
    assert record.determination["data"]["progression_status"] == "provisional"
    html = staff_client.get(record.get_absolute_url()).content.decode()
    assert "Provisional:" in html


def test_outside_the_rulings_class_the_arrangement_page_is_skipped(staff_client):
    answers = {**DANIEL, "ruling_class_member": "no", "wants_progression": "no",
               "foreign_tax_reasons": ["taxed"]}  # fmt: skip
    intake = Intake(staff_client, SLUG)
    visited = intake.answer_until_review(answers)
    assert "arrangement" not in visited and "progression_amounts" not in visited
    record = intake.finish()
    assert record.outcome == "exempt"
    assert record.determination["data"]["ruling_binding"] is False
    assert "arrangement_as_described" not in record.answers


def test_aid_work_after_2009_is_exempt_with_the_activity_page(staff_client):
    answers = {
        **DANIEL,
        "income_year": "2023-24",
        "attributable_activity": "development_assistance",
        "ruling_class_member": "no",
        "service_start": "2023-08-01",
        "service_end": "2024-05-31",
        "absences": [],
        "payments_received": ["salary"],
        "foreign_tax_reasons": ["taxed"],
        "wants_progression": "no",
    }
    intake = Intake(staff_client, SLUG)
    visited = intake.answer_until_review(answers)
    assert visited[:3] == ["client", "income_year", "activity"]
    assert "arrangement" not in visited
    record = intake.finish()
    assert record.outcome == "exempt"
    assert record.determination["data"]["foreign_service"]["days"] == 305


def test_the_result_page_shows_the_binding_ruling_and_what_the_tax_leaves_out(staff_client):
    record = Intake(staff_client, SLUG).complete(DANIEL)
    html = staff_client.get(record.get_absolute_url()).content.decode()
    assert "binds the Commissioner for this client" in html
    assert "CR 2005/54, paras 7-9" in html
    assert "Not included: tax offsets, Medicare levy low-income reductions" in html
    assert "Days, counting the first and last day" in html


def test_separate_periods_are_listed_on_the_result_page(staff_client):
    answers = {
        **DANIEL,
        "service_start": "2005-01-01",
        "service_end": "2005-12-31",
        "absences": [
            {
                "absence_start": "2005-05-01",
                "absence_end": "2005-06-30",
                "absence_kind": "long_service_leave",
            }
        ],
        "wants_progression": "no",
    }
    record = Intake(staff_client, SLUG).complete(answers)
    assert record.outcome == "exempt"  # 120 days, then 184 days: each reaches 91
    html = staff_client.get(record.get_absolute_url()).content.decode()
    assert "1 January 2005 to 30 April 2005" in html
    assert "1 July 2005 to 31 December 2005" in html


def test_the_no_table_message_is_on_the_result_page(staff_client, without_the_table):
    intake = Intake(staff_client, SLUG)
    visited = intake.answer_until_review(NO_TABLE_YEAR)
    assert "progression" not in visited and "progression_amounts" not in visited
    record = intake.finish()
    assert record.determination["data"]["progression_status"] == "no_rate_table"
    html = staff_client.get(record.get_absolute_url()).content.decode()
    assert "no table of tax rates for the 2026-27 income year" in html


def test_the_seeded_tables_hold_the_issues_rates():
    def percents(year):
        table = IncomeTaxRateTable.objects.get(income_year=year)
        bands = [(band.up_to, band.rate_percent) for band in table.bands.all()]
        return table.medicare_levy_percent, bands

    levy, bands = percents("2004-05")
    assert levy == Decimal("1.5")
    assert bands == [
        (Decimal(6000), Decimal(0)),
        (Decimal(21600), Decimal(17)),
        (Decimal(58000), Decimal(30)),
        (Decimal(70000), Decimal(42)),
        (None, Decimal(47)),
    ]
    levy, bands = percents("2023-24")
    assert levy == Decimal(2) and bands[2] == (Decimal(120000), Decimal("32.5"))
    levy, bands = percents("2025-26")
    assert levy == Decimal(2) and bands[2:] == [
        (Decimal(135000), Decimal(30)),
        (Decimal(190000), Decimal(37)),
        (None, Decimal(45)),
    ]
    for year in ("2005-06", "2006-07", "2007-08", "2008-09"):
        assert percents(year)[0] == Decimal("1.5")
    assert percents("2013-14")[0] == Decimal("1.5") and percents("2014-15")[0] == Decimal(2)
    assert percents("2009-10")[1][3] == (Decimal(180000), Decimal(38))
    assert percents("2016-17")[1][2] == (Decimal(87000), Decimal("32.5"))
    assert (
        "Temporary Budget Repair Levy"
        in IncomeTaxRateTable.objects.get(income_year="2015-16").source
    )
    levy, bands = percents("2026-27")
    assert levy == Decimal(2) and bands[:2] == [
        (Decimal(18200), Decimal(0)),
        (Decimal(45000), Decimal(15)),
    ]


def test_an_admin_edit_to_the_medicare_levy_gives_the_exact_new_figure(staff_client):
    table = IncomeTaxRateTable.objects.get(income_year="2004-05")
    table.medicare_levy_percent = Decimal("2")
    table.save()
    record = Intake(staff_client, SLUG).complete(DANIEL)
    progression = record.determination["data"]["progression"]
    # 28,012 income tax + 2% of 90,000 = 29,812; 29,812 / 90,000 x 60,000 = 19,874.67.
    assert progression["notional_gross_tax"] == "29812.00"
    assert progression["tax_payable"] == "19874.67"


def test_a_deleted_table_means_no_calculation(staff_client):
    IncomeTaxRateTable.objects.filter(income_year="2004-05").delete()
    record = Intake(staff_client, SLUG).complete(DANIEL)
    assert record.determination["data"]["progression_status"] == "no_rate_table"
    assert record.outcome == "exempt"


def test_the_activity_page_describes_each_paragraph_of_s_23ag_1aa(staff_client):
    intake = Intake(staff_client, SLUG)
    while intake.step != "activity":
        intake.post({**DANIEL, "income_year": "2015-16"})
    html = staff_client.get(intake.url).content.decode()
    assert "prescribed institution" in html and "50-50(c) or (d)" in html
    assert "charitable" not in html
    assert "item 9.1.1 or 9.1.2" in html and "disciplined force" in html
    assert "Not sure" in html and "None of these" in html

"""Flow tests for the pages issue 14 adds (residency for part of the time, whether the
posting has ended, a death during the posting) and the cross-checks between answers."""

import pytest

from tests.factories import Intake
from tests.foreign_employment_income.test_wizard import DANIEL, SLUG

pytestmark = pytest.mark.django_db


def reach(intake, step, answers=DANIEL):
    while intake.step != step:
        intake.post(answers)


@pytest.mark.parametrize("change", ["stopped", "started", "not_sure"])
def test_a_part_year_resident_goes_on_and_is_referred(staff_client, change):
    answers = {**DANIEL, "australian_resident": "no", "residency_change": change,
               "wants_progression": "no"}  # fmt: skip
    intake = Intake(staff_client, SLUG)
    visited = intake.answer_until_review(answers)
    assert visited[2:5] == ["residency", "residency_change", "work_capacity"]
    assert intake.finish().outcome == "refer"


def test_a_resident_throughout_is_not_asked_about_part_years(staff_client):
    visited = Intake(staff_client, SLUG).answer_until_review(DANIEL)
    assert "residency_change" not in visited


def test_a_posting_not_ended_skips_the_death_page_and_is_measured_to_today(staff_client):
    answers = {**DANIEL, "service_ended": "no", "service_end": None,
               "expected_service_end": "2030-01-01", "absences": []}  # fmt: skip
    intake = Intake(staff_client, SLUG)
    visited = intake.answer_until_review(answers)
    assert "death" not in visited
    record = intake.finish()
    assert record.determination["data"]["foreign_service"]["ongoing"] is True
    assert "the posting has not ended" in record.determination["headline"]
    html = staff_client.get(record.get_absolute_url()).content.decode()
    assert "The posting has not ended: measured to" in html
    assert "The 91st day of the current continuous period" in html


def test_a_death_on_the_posting_before_91_days(staff_client):
    answers = {**DANIEL, "service_end": "2004-10-15", "absences": [],
               "died_during_service": "yes", "would_have_reached_91_days": "yes"}  # fmt: skip
    record = Intake(staff_client, SLUG).complete(answers)
    assert record.outcome == "exempt"
    html = staff_client.get(record.get_absolute_url()).content.decode()
    assert "s 23AG(1A)" in html


def test_the_death_page_asks_the_follow_up_only_with_a_reason(staff_client):
    intake = Intake(staff_client, SLUG)
    reach(intake, "death")
    response = intake.post({"died_during_service": "yes"})
    assert "Select whether the posting would have lasted 91 days" in response.content.decode()
    response = intake.post({"died_during_service": "no", "would_have_reached_91_days": "no"})
    assert "only asked if the client died" in response.content.decode()


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"service_start": "2005-07-01", "service_end": "2005-12-31"},
         "must have started by the end of the 2004-05 income year"),
        ({"service_end": None}, "Enter the date the overseas service ended"),
        ({"service_ended": "no"}, "Leave the end date empty if the service has not ended"),
        ({"expected_service_end": "2005-06-01"}, "Leave the planned end date empty"),
    ],
)  # fmt: skip
def test_the_service_dates_are_checked_against_each_other_and_the_year(
    staff_client, answers, message
):
    intake = Intake(staff_client, SLUG)
    reach(intake, "service_period")
    response = intake.post({**DANIEL, **answers})
    assert intake.step == "service_period"
    assert message in response.content.decode()


def test_absences_must_lie_inside_the_service(staff_client):
    intake = Intake(staff_client, SLUG)
    reach(intake, "absences")
    row = {**DANIEL["absences"][0], "absence_end": "2005-02-10"}
    response = intake.post({"absences": [row]})
    assert intake.step == "absences"
    assert "The absence must be within the overseas service" in response.content.decode()
    row = {**DANIEL["absences"][0], "absence_start": "2004-08-01"}
    response = intake.post({"absences": [row]})
    assert "check the first day away" in response.content.decode()


def test_taxed_there_and_not_sure_exclude_each_other(staff_client):
    intake = Intake(staff_client, SLUG)
    reach(intake, "foreign_tax")
    response = intake.post({"foreign_tax_reasons": ["taxed", "not_sure"]})
    assert intake.step == "foreign_tax"
    assert "Select either &#x27;It was taxed there&#x27; or &#x27;Not sure&#x27;" in (
        response.content.decode()
    )


def test_the_agreement_choice_says_it_is_not_a_double_tax_agreement(staff_client):
    intake = Intake(staff_client, SLUG)
    reach(intake, "foreign_tax")
    html = staff_client.get(intake.url).content.decode()
    assert "(not a double tax agreement)" in html


def test_service_ended_before_the_year_is_allowed_for_pay_received_late(staff_client):
    """Pay received in 2009-10 for service that ended on 30 June 2009 (CR 2005/54 para 73;
    practitioner pattern P3): the dates are accepted and the result says what it covers."""
    answers = {**DANIEL, "income_year": "2009-10", "attributable_activity": "none",
               "ruling_class_member": "no", "service_start": "2009-04-01",
               "service_end": "2009-06-30", "absences": [], "foreign_tax_reasons": ["taxed"],
               "wants_progression": "no"}  # fmt: skip
    record = Intake(staff_client, SLUG).complete(answers)
    assert record.outcome == "exempt"
    assert any("ended before the 2009-10 income year" in x
               for x in record.determination["caveats"])  # fmt: skip


def test_deductions_above_the_other_income_are_accepted_and_explained(staff_client):
    answers = {**DANIEL, "other_assessable_income": "10000", "other_deductions": "12000",
               "exempt_foreign_income": "30000", "exempt_income_expenses": "0"}  # fmt: skip
    record = Intake(staff_client, SLUG).complete(answers)
    assert record.determination["data"]["progression"]["tax_payable"] == "0.00"
    finding = next(f for f in record.determination["findings"] if f["code"] == "progression")
    assert "s 36-10(3)" in finding["explanation"]

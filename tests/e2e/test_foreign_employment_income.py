"""The s 23AG questionnaire in a real browser: the ruling's own para 86 example (an AFP
officer in Nauru, four weeks' leave earned there, the tax on other income "with
progression") through every page, with each page's error state, invalid dates and amounts,
a second absence added and removed, Back, and a change from the review that takes the
ruling's "arrangement" page out of play and its answer with it."""

import importlib
from datetime import date

import pytest
from django.apps import apps
from playwright.sync_api import expect

from questionnaires.models import CaseRecord
from tests.e2e.browsing import (
    check_accessibility,
    check_error_state,
    check_layout,
    check_pdf,
    check_question_page,
    check_result,
    check_step,
    choose,
    confirm_unused_answers,
    enter_date,
    expect_heading,
    find_in_case_list,
    press,
    question,
    sign_in,
    start_screening,
    type_into,
)
from tests.factories import make_user

TITLE = "Foreign employment income exemption (s 23AG)"
IN_THE_CLASS = (
    "Was the client deployed to Nauru with the Australian Federal Police's International "
    "Deployment Group?"
)
ARRANGEMENT = "Did the deployment follow the terms the ruling describes?"
START = "When did the overseas service start?"
END = "When did it end?"
FIRST_DAY = "First day away"
LAST_DAY = "Last day away"
PAYMENTS = "Which payments did the client receive for the overseas work?"
FOREIGN_TAX = "Was the pay taxed in the country where the client worked? If not, why not?"
INCOME = "Other assessable income (Australian salary, interest and so on)"
DEDUCTIONS = "Deductions against that income"
EXEMPT_PAY = "Exempt overseas pay"
EXPENSES = "Expenses directly related to the exempt overseas pay"


@pytest.fixture
def income_tax_rates(transactional_db):
    """The rate tables the migrations seed: every browser test flushes the database when it
    ends (the live server needs real transactions), so seed them again, whatever browser
    test ran before this one."""
    seeding = importlib.import_module("questionnaires.migrations.0002_seed_income_tax_rates")
    seeding.seed(apps, schema_editor=None)


def test_the_rulings_own_example_with_progression(page, browser_problems, income_tax_rates):
    make_user("casey")
    sign_in(page, "casey")
    start_screening(page, TITLE, "FEI-E2E-1", check_as="fei--client")

    check_step(page, "fei--income-year", "Which income year is the overseas pay for?")
    assert check_error_state(page, "fei--income-year") == ["Select the income year"]
    choose(page, "2004-05")
    press(page, "Continue")

    # 2004-05 is before the 1 July 2009 limit: no page about what the work was for.
    residency = (
        "Was the client an Australian resident for tax purposes the whole time they worked "
        "overseas?"
    )
    check_step(page, "fei--residency", residency)
    choose(page, "Yes")
    press(page, "Continue")

    check_step(page, "fei--work-capacity", "How did the client work overseas?")
    choose(page, "As an employee")
    press(page, "Continue")

    check_step(page, "fei--ruling-class", IN_THE_CLASS)
    choose(page, "Yes")
    press(page, "Continue")

    check_step(page, "fei--arrangement", ARRANGEMENT)
    choose(page, "Yes")
    press(page, "Continue")

    check_step(page, "fei--service-period", "Period of overseas service")
    assert check_error_state(page, "fei--service-period") == [
        "Enter the date the overseas service started",
        "Enter the date the overseas service ended",
    ]
    enter_date(page, START, date(2004, 9, 1))
    type_into(page, "Day", "31", within=question(page, END))
    type_into(page, "Month", "2", within=question(page, END))
    type_into(page, "Year", "2005", within=question(page, END))
    press(page, "Continue")
    assert check_error_state(page, "fei--service-period-not-a-date") == [
        "The date must be a real date"
    ]
    enter_date(page, END, date(2004, 1, 19))
    press(page, "Continue")
    assert check_error_state(page, "fei--service-period-end-before-start") == [
        "The end date must not be before the start date"
    ]
    enter_date(page, END, date(2005, 1, 19))
    press(page, "Continue")

    expect_heading(page, "Absences from the overseas country")
    check_question_page(page, "fei--absences")
    first = question(page, "Absence 1")
    enter_date(page, FIRST_DAY, date(2004, 12, 23), within=first)
    press(page, "Continue")
    assert check_error_state(page, "fei--absences") == [
        "Absence 1: Enter the last day of the absence",
        "Absence 1: Select why the client was away",
    ]
    enter_date(page, LAST_DAY, date(2005, 1, 19), within=first)
    choose(page, "Recreation leave earned during the overseas service", within=first)
    # A second absence, added by mistake and removed again.
    press(page, "Add another absence")
    second = question(page, "Absence 2")
    enter_date(page, FIRST_DAY, date(2004, 10, 1), within=second)
    enter_date(page, LAST_DAY, date(2004, 10, 3), within=second)
    choose(page, "Leave without pay or on reduced pay", within=second)
    check_layout(page, "fei--absences")
    choose(page, "Remove this absence", within=second)
    # Enter in a box continues, as Continue does; it does not add another absence.
    with page.expect_navigation():
        first.get_by_label("Year").last.press("Enter")

    left_early = (
        "Did the client leave the posting before finishing 91 days and later go back to it?"
    )
    check_step(page, "fei--left-early", left_early)
    choose(page, "No")
    press(page, "Continue")

    check_step(page, "fei--payments", "Payments received")
    press(page, "Back")
    expect_heading(page, left_early)
    expect(page.get_by_label("No", exact=True)).to_be_checked()
    press(page, "Continue")
    expect_heading(page, "Payments received")
    choose(page, "Salary or wages")
    choose(page, "Deployment composite allowance")
    choose(page, "Pay went into an Australian bank account")
    press(page, "Continue")

    check_step(page, "fei--foreign-tax", FOREIGN_TAX)
    choose(page, "Not taxed because that country does not tax wages (or has no income tax)")
    choose(
        page,
        "Not taxed because an agreement between Australia and that country exempts the "
        "client's pay (for Nauru, Article 11.4 of the Agreement)",
    )
    press(page, "Continue")

    progression = "Do you want to work out the tax on the client's other income?"
    check_step(page, "fei--progression", progression)
    choose(page, "Yes")
    press(page, "Continue")

    check_step(page, "fei--progression-amounts", "Amounts for the tax calculation")
    type_into(page, INCOME, "60,300")
    type_into(page, DEDUCTIONS, "-300")
    type_into(page, EXEMPT_PAY, "$30,100")
    type_into(page, EXPENSES, "30,200")
    press(page, "Continue")
    assert check_error_state(page, "fei--progression-amounts-invalid") == [
        "Enter an amount of 0 or more (no minus sign)",
        "The expenses must not be more than the pay",
    ]
    type_into(page, DEDUCTIONS, "300")
    type_into(page, EXPENSES, "100")
    press(page, "Continue")

    expect_heading(page, "Check your answers")
    check_accessibility(page, "fei--review")
    check_layout(page, "fei--review")
    review = page.get_by_role("main")
    for text in ("FEI-E2E-1", "1 September 2004", "19 January 2005", "23 December 2004"):
        expect(review).to_contain_text(text)
    expect(review).to_contain_text("$60,300.00")
    expect(review).to_contain_text(ARRANGEMENT)
    expect(review).not_to_contain_text("1 October 2004")  # the removed absence

    # The client was not in the ruling's class after all: the page about the ruling's
    # arrangement goes away, and its answer with it.
    page.get_by_role("link", name=f"Change {IN_THE_CLASS.lower()}").click()
    expect(question(page, IN_THE_CLASS).get_by_label("Yes")).to_be_checked()
    choose(page, "No")
    press(page, "Continue")
    confirm_unused_answers(page)
    expect_heading(page, "Check your answers")
    expect(review).not_to_contain_text(ARRANGEMENT)

    press(page, "Confirm and see the result")
    record = CaseRecord.objects.with_reference("FEI-E2E-1").get()
    assert record.outcome == "exempt"
    assert record.answers["ruling_class_member"] == "no"
    assert "arrangement_as_described" not in record.answers
    assert len(record.answers["absences"]) == 1
    check_result(page, "fei--result", record, "Tax on the client's other", "CR 2005/54, para 86")
    # The calculation of para 86, step by step, to the cent.
    calculation = page.get_by_role("table", name="Exemption with progression, step by step")
    for amount in ("$90,000.00", "$29,362.00", "$60,000.00", "$19,574.67"):
        expect(calculation).to_contain_text(amount)
    expect(page.get_by_role("main")).not_to_contain_text(ARRANGEMENT)
    check_pdf(page, record, browser_problems)

    find_in_case_list(page, record)

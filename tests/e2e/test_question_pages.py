"""Every kind of question page, with and without errors, in a real browser: a test-only
questionnaire (tests/e2e/sample_questionnaire.py) asks one of each, so the shared
templates are checked whatever the real questionnaires ask."""

import re
from datetime import date

from playwright.sync_api import expect

from questionnaires.models import CaseRecord
from tests.e2e.browsing import (
    check_accessibility,
    check_error_state,
    check_layout,
    check_question_page,
    choose,
    enter_date,
    expect_heading,
    key_choose,
    key_date,
    key_follow,
    key_press,
    key_tick,
    key_type,
    press,
    question,
    sign_in,
    type_into,
)
from tests.factories import make_user


def test_every_kind_of_question_with_its_errors(page, sample_questionnaire):
    make_user("casey")
    sign_in(page, "casey")
    page.get_by_role("link", name="Every kind of question").click()

    expect_heading(page, "Client reference (optional)")
    check_question_page(page, "sample--client")
    type_into(page, "Client reference (optional)", "SAMPLE-1")
    press(page, "Continue")

    expect_heading(page, "Is the client working overseas now?")
    check_question_page(page, "sample--radios")
    check_layout(page, "sample--radios")
    press(page, "Continue")
    assert check_error_state(page, "sample--radios") == [
        "Select whether the client is working overseas now"
    ]
    choose(page, "Yes")
    press(page, "Continue")

    expect_heading(page, "Why is the client overseas?")
    check_question_page(page, "sample--checkboxes")
    press(page, "Continue")
    check_error_state(page, "sample--checkboxes")
    choose(page, "Work")
    choose(page, "Aid work")
    press(page, "Continue")

    expect_heading(page, "The posting")
    expect(page.get_by_text("Take these from the client's payslips.")).to_be_visible()
    check_question_page(page, "sample--group")
    press(page, "Continue")
    assert check_error_state(page, "sample--group") == [
        "Enter the date the posting started",
        "Enter the pay",
        "Enter how many dependants the client has",
    ]
    enter_date(page, "When did the posting start?", date(2024, 3, 27))
    type_into(page, "How much was the client paid?", "-5")
    type_into(page, "How many dependants does the client have?", "two")
    press(page, "Continue")
    assert check_error_state(page, "sample--group-invalid") == [
        "Enter an amount of 0 or more (no minus sign)",
        "Enter a whole number, like 3",
    ]
    type_into(page, "How much was the client paid?", "1,250.50")
    type_into(page, "How many dependants does the client have?", "2")
    press(page, "Continue")

    expect_heading(page, "Absences")
    check_question_page(page, "sample--rows")
    first = question(page, "Absence 1")
    type_into(page, "Where did the client go?", "Fiji", within=first)
    press(page, "Continue")
    assert check_error_state(page, "sample--rows") == ["Absence 1: Enter the date the client left"]
    enter_date(page, "When did the client leave?", date(2024, 6, 1), within=first)
    press(page, "Add another absence")
    second = question(page, "Absence 2")
    enter_date(page, "When did the client leave?", date(2024, 8, 9), within=second)
    type_into(page, "Where did the client go?", "Samoa", within=second)
    check_layout(page, "sample--rows")
    press(page, "Continue")

    expect_heading(page, "What happened, in the client's words?")
    check_question_page(page, "sample--textarea")
    press(page, "Continue")
    check_error_state(page, "sample--textarea")
    type_into(page, "What happened, in the client's words?", "Posted to Suva.")
    press(page, "Continue")

    expect_heading(page, "Check your answers")
    check_accessibility(page, "sample--review")
    check_layout(page, "sample--review")
    review = page.get_by_role("main")
    for text in ("SAMPLE-1", "Work, Aid work", "27 March 2024", "$1,250.50", "Fiji", "Samoa"):
        expect(review).to_contain_text(text)

    # Change a branch: the client is not overseas, so "Why" no longer applies.
    page.get_by_role("link", name="Change is the client working overseas now?").click()
    expect(
        question(page, "Is the client working overseas now?").get_by_label("Yes")
    ).to_be_checked()
    choose(page, "No")
    press(page, "Continue")
    expect_heading(page, "Check your answers")
    expect(review).not_to_contain_text("Why is the client overseas?")
    expect(review).not_to_contain_text("Aid work")

    press(page, "Confirm and see the result")
    expect_heading(page, "Screening result: SAMPLE-1")
    expect(page.get_by_role("region", name="Not covered")).to_contain_text(
        "The client is not covered."
    )
    check_accessibility(page, "sample--result")
    expect(page.get_by_role("main")).not_to_contain_text("Aid work")
    record = CaseRecord.objects.get(client_reference="SAMPLE-1")
    assert "reasons" not in record.answers
    assert record.outcome == "not_covered"


def test_every_kind_of_question_with_the_keyboard_alone(page, sample_questionnaire):
    make_user("casey")
    sign_in(page, "casey")

    # The first Tab reaches the skip link, which takes the focus to the main content.
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    key_follow(page, "Every kind of question")
    expect_heading(page, "Client reference (optional)")
    key_type(page, "Client reference (optional)", "KEYS-1")
    key_press(page, "Continue")

    expect_heading(page, "Is the client working overseas now?")
    key_choose(page, "Is the client working overseas now?", "Not sure")
    key_press(page, "Continue")

    expect_heading(page, "The posting")
    key_date(page, "When did the posting start?", date(2024, 3, 27))
    key_type(page, "How much was the client paid?", "900")
    key_type(page, "How many dependants does the client have?", "0")
    key_press(page, "Continue")

    expect_heading(page, "Absences")
    key_press(page, "Continue")  # no absences: the empty row is left out

    expect_heading(page, "What happened, in the client's words?")
    key_press(page, "Back")
    expect_heading(page, "Absences")
    key_press(page, "Continue")
    key_type(page, "What happened, in the client's words?", "Not sure where they are.")
    key_press(page, "Continue")

    expect_heading(page, "Check your answers")
    key_follow(page, "Change is the client working overseas now?")
    key_choose(page, "Is the client working overseas now?", "Yes")
    key_press(page, "Continue")
    # The change brings the "why" question into play: it is asked before the review.
    expect_heading(page, "Why is the client overseas?")
    key_tick(page, "Study")
    key_press(page, "Continue")

    expect_heading(page, "Check your answers")
    expect(page.get_by_role("main")).to_contain_text("Study")
    key_press(page, "Confirm and see the result")
    expect_heading(page, "Screening result: KEYS-1")
    expect(page.get_by_role("region", name="Covered")).to_be_visible()

    key_follow(page, "Source 1")
    expect(page).to_have_url(re.compile(r"#source-1$"))
    expect(page.locator("#source-1")).to_contain_text("Sample Act 2001, s 12")

"""Intake integrity in a real browser (issue 16): two tabs on one intake, a change that
closes pages and changing it back, coming back after signing out, and the browser's own
Back button after a page shown with errors."""

import re

from django.test import Client
from playwright.sync_api import expect

from questionnaires.models import CaseRecord
from tests.e2e.browsing import (
    choose,
    confirm_unused_answers,
    expect_heading,
    press,
    sign_in,
    sign_out,
    start_screening,
    type_into,
)
from tests.factories import Intake, make_user

TITLE = "IRS records requests (FOIA and I.R.C. § 6103)"
SLUG = "irs-records-request"
SENDER = "Who will sign and send the request?"
AUTHORIZATION = "Is there a signed authorization on file from the person whose records these are?"
CLINIC_REQUEST = {
    "client_reference": "TABS-1",
    "path": "prepare_request",
    "records_wanted": ["workpapers"],
    "records_owner": "client",
    "requester": "clinic",
    "authorization_form": "form_2848",
    "authorization_covers": "yes",
    "records_description": "specific",
    "request_includes": ["signed", "identity", "fees"],
    "request_received": "2025-03-03",
}


def draft_at_review(user, answers=CLINIC_REQUEST) -> CaseRecord:
    """An intake answered up to "Check your answers" in another browser of ``user``."""
    other_browser = Client()
    other_browser.force_login(user)
    intake = Intake(other_browser, SLUG)
    intake.answer_until_review(answers)
    return CaseRecord.objects.get(pk=intake.intake_id)


def open_from_case_list(page, reference: str) -> None:
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Case records").click()
    page.get_by_role("link", name=reference).click()
    page.get_by_role("link", name="Continue this screening").click()


def test_a_confirm_in_one_tab_after_a_change_in_another_is_refused(context, page):
    user = make_user("casey")
    draft = draft_at_review(user)
    sign_in(page, "casey")
    open_from_case_list(page, "TABS-1")
    expect_heading(page, "Check your answers")

    other_tab = context.new_page()
    other_tab.goto(page.url)
    other_tab.get_by_role("link", name="Change client reference (optional)").click()
    type_into(other_tab, "Client reference (optional)", "TABS-1-CORRECTED")
    press(other_tab, "Continue")
    expect_heading(other_tab, "Check your answers")

    # The first tab still shows the old reference; its Confirm is refused.
    expect(page.get_by_role("main")).to_contain_text("TABS-1")
    press(page, "Confirm and see the result")
    expect_heading(page, "Check your answers")
    expect(page.get_by_role("status")).to_contain_text("no result was saved")
    expect(page.get_by_role("main")).to_contain_text("TABS-1-CORRECTED")
    assert CaseRecord.objects.get(pk=draft.pk).status == "draft"

    press(page, "Confirm and see the result")
    expect_heading(page, "Screening result: TABS-1-CORRECTED")
    other_tab.close()


def test_a_change_that_closes_pages_keeps_their_answers_and_changing_back_restores_them(page):
    user = make_user("casey")
    draft = draft_at_review(user)
    sign_in(page, "casey")
    open_from_case_list(page, "TABS-1")
    review = page.get_by_role("main")
    expect(review).to_contain_text("Yes, Form 2848")

    page.get_by_role("link", name=f"Change {SENDER.lower()}").click()
    choose(page, "The client")
    press(page, "Continue")
    expect(page.locator("#unused-answers")).to_contain_text("2 answers")
    confirm_unused_answers(page)
    expect_heading(page, "Check your answers")
    expect(review).not_to_contain_text(AUTHORIZATION)

    page.get_by_role("link", name=f"Change {SENDER.lower()}").click()
    choose(page, "The clinic, for the client")
    press(page, "Continue")
    # Not asked again blank: back to the review, the answers marked for checking.
    expect_heading(page, "Check your answers")
    expect(review).to_contain_text("Yes, Form 2848")
    expect(review).to_contain_text("Came back: check")

    press(page, "Confirm and see the result")
    record = CaseRecord.objects.get(pk=draft.pk)
    assert record.answers["authorization_form"] == "form_2848"
    assert record.answers["requester"] == "clinic"


def test_an_intake_survives_signing_out_and_is_on_the_case_list(page):
    make_user("casey")
    sign_in(page, "casey")
    start_screening(page, TITLE, "RESUME-1")
    choose(page, "Preparing a request for the client's IRS records")
    press(page, "Continue")
    expect_heading(page, "Which records do you want?")
    choose(page, "An examination (audit) or collection file")
    # Signed out without saving a draft (as the idle sign-out does).
    sign_out(page)

    sign_in(page, "casey")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Case records").click()
    row = page.get_by_role("row").filter(has_text="RESUME-1")
    expect(row).to_contain_text("Draft")
    page.get_by_role("link", name="RESUME-1").click()
    page.get_by_role("link", name="Continue this screening").click()
    # Back at the first page not yet sent, with no error shown before it is sent.
    expect_heading(page, "Which records do you want?")
    expect(page).not_to_have_title(re.compile(r"^Error: "))
    press(page, "Back")
    expect(page.get_by_label("Preparing a request for the client's IRS records")).to_be_checked()


def test_the_browsers_back_after_an_error_lands_on_a_page(page):
    make_user("casey")
    sign_in(page, "casey")
    start_screening(page, TITLE, "BACK-1")
    expect_heading(page, "What do you need help with?")
    press(page, "Continue")  # nothing chosen: shown again with its error
    expect(page).to_have_title(re.compile(r"^Error: "))
    choose(page, "Preparing a request for the client's IRS records")
    press(page, "Continue")
    expect_heading(page, "Which records do you want?")

    # The browser's Back: a page, not "Confirm Form Resubmission" (ERR_CACHE_MISS).
    response = page.go_back()
    assert response is not None and response.ok
    expect_heading(page, "What do you need help with?")
    expect(page.get_by_label("Preparing a request for the client's IRS records")).to_be_checked()
    assert "no-store" in response.headers["cache-control"]
    response = page.go_back()
    assert response is not None and response.ok
    expect(page.get_by_role("heading", level=1)).to_be_visible()

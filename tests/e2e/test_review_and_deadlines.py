"""Review and deadlines in a real browser (issue 21): the author sends a screening for
review; a supervisor returns it with comments (first without, to see the error); the
author reads them, amends and sends the new version; the supervisor approves it; then the
Deadlines page, where a deadline is marked done. axe finds nothing on each page."""

import re

from django.contrib.auth.models import Group
from playwright.sync_api import expect

from questionnaires.models import SUPERVISORS_GROUP, CaseRecord
from tests.e2e.browsing import (
    check_accessibility,
    check_error_state,
    check_layout,
    choose,
    expect_heading,
    press,
    sign_in,
    sign_out,
    type_into,
)
from tests.factories import make_user, screened_record
from tests.workflow.test_review import ANSWERS

COMMENTS = "Check the date the IRS received the request."


def nav(page, name):
    page.get_by_role("navigation", name="Main").get_by_role("link", name=name).click()


def open_queue(page):
    nav(page, "Home")
    page.get_by_role("link", name="Open the review queue").click()
    expect_heading(page, "Review queue")


def open_from_queue(page):
    open_queue(page)
    page.get_by_role("link", name=ANSWERS["client_reference"]).click()
    expect_heading(page, f"Screening result: {ANSWERS['client_reference']}")


def test_send_return_amend_approve_and_the_deadlines_page(page):
    author = make_user("casey")
    supervisor = make_user("sam")
    supervisor.groups.add(Group.objects.get_or_create(name=SUPERVISORS_GROUP)[0])
    first = screened_record(author, "irs-records-request", ANSWERS)

    # The author sends it for review.
    sign_in(page, "casey")
    page.goto(first.get_absolute_url())
    expect(page.get_by_role("heading", name="Review", exact=True)).to_be_visible()
    press(page, "Send for review")
    expect(page.get_by_role("status")).to_contain_text("Sent for review")
    expect(page.get_by_role("region", name="Waiting for a supervisor's review")).to_be_visible()
    check_accessibility(page, "review--sent")
    sign_out(page)

    # The supervisor returns it: first without comments, which are needed.
    sign_in(page, "sam")
    expect(page.get_by_text("1 screening waiting for review.")).to_be_visible()
    check_accessibility(page, "review--home")
    open_queue(page)
    expect(page.get_by_role("table")).to_contain_text("casey")
    check_accessibility(page, "review--queue")
    check_layout(page, "review--queue")
    open_from_queue(page)
    check_accessibility(page, "review--decision")
    choose(page, "Return it to the author for changes")
    press(page, "Save decision")
    messages = check_error_state(page, "review--decision")
    assert messages == ["Enter your comments: say what the author should change"]
    type_into(page, "Comments for the author", COMMENTS)
    press(page, "Save decision")
    expect_heading(page, "Review queue")
    expect(page.get_by_role("status")).to_contain_text("Returned to the author")
    expect(page.get_by_text("No screenings are waiting for review.")).to_be_visible()
    sign_out(page)

    # The author reads the comments, amends and sends the new version.
    sign_in(page, "casey")
    page.goto(first.get_absolute_url())
    banner = page.get_by_role("region", name=re.compile(r"^Returned for changes by sam"))
    expect(banner).to_contain_text(COMMENTS)
    check_accessibility(page, "review--returned")
    check_layout(page, "review--returned")
    press(page, "Amend this screening")
    expect_heading(page, "Check your answers")
    press(page, "Confirm and see the result")
    expect(page.get_by_role("term").filter(has_text="Corrects")).to_be_visible()
    press(page, "Send for review")
    sign_out(page)

    # The supervisor approves the new version: it is locked.
    sign_in(page, "sam")
    open_from_queue(page)
    choose(page, "Approve this screening")
    press(page, "Save decision")
    expect(page.get_by_role("status")).to_contain_text("Approved")
    second = CaseRecord.objects.get(amends=first)
    assert second.status == CaseRecord.Status.APPROVED
    page.goto(second.get_absolute_url())
    expect(page.get_by_role("region", name=re.compile(r"^Approved by sam"))).to_contain_text(
        "locked"
    )
    expect(page.get_by_role("button", name="Send for review")).to_have_count(0)
    history = page.get_by_role("table").filter(has_text="Approved by a supervisor")
    expect(history).to_contain_text("Sent for review")
    check_accessibility(page, "review--approved")

    # The Deadlines page: the IRS's answer was due weeks after March 2025, so overdue.
    nav(page, "Deadlines")
    expect_heading(page, "Deadlines")
    overdue = page.get_by_role("table", name="Deadlines that have passed and are not marked done")
    row = overdue.get_by_role("row").filter(has_text=second.short_id)
    expect(row).to_contain_text("Check the IRS has answered the request")
    expect(row).to_contain_text("Overdue")
    # The replaced version's deadline is not listed twice.
    expect(overdue.get_by_role("row").filter(has_text=first.short_id)).to_have_count(0)
    check_accessibility(page, "deadlines")
    check_layout(page, "deadlines")
    row.get_by_role("button", name=re.compile(r"^Mark done")).click()
    expect(page.get_by_role("status")).to_contain_text("Marked done")
    expect(page.get_by_text("No open deadlines from today on.")).to_be_visible()
    check_accessibility(page, "deadlines--done")

    # The private calendar address.
    page.get_by_role("link", name="get your private calendar address").click()
    expect_heading(page, "Your calendar address")
    check_accessibility(page, "calendar")
    press(page, "Make my calendar address")
    expect(page.locator("#calendar-url")).to_contain_text(re.compile(r"/calendar/.+\.ics$"))
    check_accessibility(page, "calendar--made")

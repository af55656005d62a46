"""IRS records requests in a real browser: preparing a request with the mouse (a draft
saved and resumed after signing out, Back, and a change that brings pages in and takes
them out again), and reviewing the IRS's answer with the keyboard alone."""

import re
from datetime import date, timedelta

from playwright.sync_api import expect

from questionnaires.models import CaseRecord
from tests.e2e.browsing import (
    check_accessibility,
    check_error_state,
    check_pdf,
    check_question_page,
    check_result,
    check_step,
    choose,
    confirm_unused_answers,
    enter_date,
    expect_heading,
    find_in_case_list,
    key_choose,
    key_date,
    key_follow,
    key_press,
    key_tick,
    key_type,
    open_finding,
    press,
    question,
    sign_in,
    sign_out,
    start_screening,
)
from tests.factories import make_user

TITLE = "IRS records requests (FOIA and I.R.C. § 6103)"
SENDER = "Who will sign and send the request?"
AUTHORIZATION = "Is there a signed authorization on file from the person whose records these are?"


def test_preparing_a_request(page, browser_problems):
    make_user("casey")
    sign_in(page, "casey")
    start_screening(page, TITLE, "IRS-E2E-1")

    check_step(page, "irs--path", "What do you need help with?")
    choose(page, "Preparing a request for the client's IRS records")
    press(page, "Continue")

    check_step(page, "irs--records-wanted", "Which records do you want?")
    choose(page, "An examination (audit) or collection file")
    choose(page, "Records about another taxpayer")
    press(page, "Continue")

    check_step(page, "irs--records-owner", "Whose records are they?")
    choose(page, "The client's own (as an individual)")
    press(page, "Continue")

    check_step(page, "irs--requester", SENDER)
    choose(page, "The client")
    press(page, "Continue")

    check_step(
        page,
        "irs--third-party-consent",
        "Has the other taxpayer signed a consent for their records to be given to you?",
    )
    choose(page, "Yes")
    press(page, "Continue")

    # The consent must name the sender, and reach the IRS within 120 days of its signing.
    # Both questions are optional (answers written before they existed still screen).
    expect_heading(
        page,
        "Does the other taxpayer's consent name whoever sends the request, and cover the "
        "records and years you are asking about?",
    )
    check_question_page(page, "irs--third-party-consent-covers")
    choose(page, "Yes")
    press(page, "Continue")
    consent_signed = "When did the other taxpayer sign and date their consent? (optional)"
    expect_heading(page, consent_signed)
    check_question_page(page, "irs--third-party-consent-signed")
    enter_date(page, consent_signed, date(2024, 10, 1))
    press(page, "Continue")

    check_step(page, "irs--records-description", "How does the request describe the records?")
    choose(page, "Specifically (for example, the examination file for the 2022 income tax year)")

    # Save a draft, sign out, sign back in and carry on where it was left.
    press(page, "Save and finish later")
    expect_heading(page, "Case records")
    expect(page.get_by_role("status")).to_contain_text("Draft saved")
    expect(page.get_by_role("row").filter(has_text="IRS-E2E-1")).to_contain_text("Draft")
    sign_out(page)
    sign_in(page, "casey")
    page.get_by_role("link", name="IRS-E2E-1").click()
    expect_heading(page, "Draft screening for IRS-E2E-1")
    page.get_by_role("link", name="Continue this screening").click()

    check_step(page, "irs--request-includes", "What will the request include?")
    press(page, "Back")
    expect_heading(page, "How does the request describe the records?")
    expect(
        page.get_by_label(
            "Specifically (for example, the examination file for the 2022 income tax year)"
        )
    ).to_be_checked()
    press(page, "Continue")

    expect_heading(page, "What will the request include?")
    choose(page, "It is in writing and signed")
    choose(page, "None of these")
    press(page, "Continue")
    # "None of these" cannot go with another answer; the message says how to fix it.
    assert check_error_state(page, "irs--request-includes-none") == [
        'Select "None of these" on its own, or untick it and select what the request '
        + "will include"
    ]
    choose(page, "None of these", checked=False)
    choose(page, "Proof of the requester's identity")
    choose(page, "A statement about paying fees")
    press(page, "Continue")

    check_step(page, "irs--request-received", "When did (or will) the IRS receive the request?")
    enter_date(page, "When did (or will) the IRS receive the request?", date(2024, 11, 25))
    press(page, "Continue")

    # An optional question (answers written before it existed still screen): no error state.
    expect_heading(
        page,
        "Is the examination, collection or criminal matter these records are about still open?",
    )
    check_question_page(page, "irs--case-status")
    choose(page, "Not sure")
    press(page, "Continue")

    expect_heading(page, "Check your answers")
    check_accessibility(page, "irs--review")
    review = page.get_by_role("main")
    expect(review).to_contain_text("November 25, 2024")
    expect(review).not_to_contain_text(AUTHORIZATION)

    # The clinic sends it instead: the authorization pages come into play.
    page.get_by_role("link", name=f"Change {SENDER.lower()}").click()
    expect(question(page, SENDER).get_by_label("The client", exact=True)).to_be_checked()
    choose(page, "The clinic, for the client")
    press(page, "Continue")
    check_step(page, "irs--authorization-form", AUTHORIZATION)
    choose(page, "Yes, Form 2848")
    press(page, "Continue")
    check_step(
        page,
        "irs--authorization-covers",
        "Does the authorization cover the tax matters and years you are asking about?",
    )
    choose(page, "Yes")
    press(page, "Continue")
    expect_heading(page, "Check your answers")
    expect(review).to_contain_text(AUTHORIZATION)
    expect(review).to_contain_text("Yes, Form 2848")

    # And back to the client: the authorization pages and their answers go away.
    page.get_by_role("link", name=f"Change {SENDER.lower()}").click()
    choose(page, "The client")
    press(page, "Continue")
    confirm_unused_answers(page)
    expect_heading(page, "Check your answers")
    expect(review).not_to_contain_text(AUTHORIZATION)
    expect(review).not_to_contain_text("Yes, Form 2848")

    press(page, "Confirm and see the result")
    record = CaseRecord.objects.with_reference("IRS-E2E-1").get()
    assert record.outcome == "ready"
    assert "authorization_form" not in record.answers
    assert "authorization_covers" not in record.answers
    check_result(
        page,
        "irs--result",
        record,
        "Which kind of request to make",
        "I.R.C. § 6103(e)",
    )
    expect(page.get_by_role("table", name="What the request needs")).to_be_visible()
    answers_given = page.locator("h2:has-text('Answers given') + dl.summary-list")
    expect(answers_given).not_to_contain_text(AUTHORIZATION)
    expect(answers_given).to_contain_text("The client")
    check_pdf(page, record, browser_problems)

    find_in_case_list(page, record)


def test_reviewing_the_irs_answer_with_the_keyboard_alone(page):
    make_user("casey")
    sign_in(page, "casey")
    letter = date.today() - timedelta(days=10)

    # The first Tab reaches the skip link, which takes the focus to the main content.
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    key_follow(page, TITLE)
    expect_heading(page, "Client reference (optional)")
    key_type(page, "Client reference (optional)", "IRS-E2E-KEYS")
    key_press(page, "Continue")

    check_step(page, "irs--path-keys", "What do you need help with?", keyboard=True)
    key_choose(
        page, "What do you need help with?", "Reviewing the IRS's answer to a records request"
    )
    key_press(page, "Continue")

    check_step(page, "irs--letter-date", "Dates on the IRS letter", keyboard=True)
    key_date(page, "What is the date on the IRS's letter?", letter)
    key_press(page, "Continue")

    basis = "Which law was the request made under?"
    check_step(page, "irs--request-basis", basis, keyboard=True)
    key_choose(page, basis, "Only I.R.C. § 6103(c) or (e)")
    key_press(page, "Continue")

    action = "What did the IRS do?"
    check_step(page, "irs--irs-action", action, keyboard=True)
    key_choose(page, action, "Released part and withheld the rest")
    key_press(page, "Continue")

    check_step(
        page, "irs--exemptions-cited", "Which exemptions does the letter cite?", keyboard=True
    )
    key_tick(page, "(b)(7)(E)")
    key_press(page, "Continue")

    matter = "Is the examination, collection or criminal matter the records are about still open?"
    check_step(page, "irs--matter-status", matter, keyboard=True)
    key_choose(page, matter, "Closed")
    key_press(page, "Continue")

    # Optional (answers written before it existed still screen): no error state to check.
    signed = "Who signed the request the IRS answered?"
    expect_heading(page, signed)
    check_question_page(page, "irs--request-signed-by")
    key_choose(page, signed, "The client")
    key_press(page, "Continue")

    check_step(
        page, "irs--items-withheld", "What did the IRS withhold or black out?", keyboard=True
    )
    key_tick(page, 'The words "DIF score"')
    key_press(page, "Continue")

    check_step(page, "irs--item-exemptions", "The exemption on each item", keyboard=True)
    key_choose(page, "Which exemption is marked on it?", "(b)(7)(E)")
    key_press(page, "Continue")

    check_step(page, "irs--items-released", "What did the IRS release?", keyboard=True)
    key_tick(page, "Information about the client or the client's business")
    key_press(page, "Continue")

    redactions = "Was the same kind of information blacked out in one place but shown in another?"
    check_step(page, "irs--inconsistent-redactions", redactions, keyboard=True)
    key_choose(page, redactions, "No")
    key_press(page, "Continue")

    reason = "What reason did the IRS give for refusing the request?"
    check_step(page, "irs--refusal-reason", reason, keyboard=True)
    key_choose(page, reason, "No valid authorization (such as Form 2848)")
    key_press(page, "Continue")

    contact = (
        "Did the IRS try to contact the requester about what was missing before closing "
        "the request?"
    )
    check_step(page, "irs--irs-tried-contact", contact, keyboard=True)
    key_choose(page, contact, "No")
    key_press(page, "Continue")

    expect_heading(page, "Check your answers")
    expect(page.get_by_role("main")).to_contain_text(f"{letter:%B} {letter.day}, {letter.year}")
    key_press(page, "Confirm and see the result")

    record = CaseRecord.objects.with_reference("IRS-E2E-KEYS").get()
    assert record.outcome == "appeal_recommended"
    expect_heading(page, "Screening result: IRS-E2E-KEYS")
    expect(page.get_by_role("region", name="Appeal recommended")).to_be_visible()
    check_accessibility(page, "irs--result-review")
    finding = open_finding(page, re.compile(r'^The words "DIF score" \(withheld\)'))
    expect(finding).to_contain_text("Likely improper")
    source = finding.get_by_role("link", name=re.compile(r"^Source \d+$")).first
    href = source.get_attribute("href")
    tab_target = source.get_attribute("aria-label")
    key_follow(page, tab_target)
    expect(page).to_have_url(re.compile(rf"{re.escape(href)}$"))
    expect(page.locator(href)).to_contain_text("TIGTA Rep. No. 2023-10-055")

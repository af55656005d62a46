"""The pages every questionnaire shares, in a real browser: sign-in, home, case list,
a draft, a result and its PDF. Each is checked with axe-core and photographed."""

import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from questionnaires.framework.determination import Determination
from tests.e2e.browsing import check_accessibility, check_layout, sign_in, sign_out, tab_to
from tests.factories import make_record, make_user
from tests.test_result_pdf import completed_record, words


def test_sign_in_page_and_its_error_state(page):
    make_user("casey")
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/login/\?next=/$"))
    expect(page).to_have_title("Sign in \N{EN DASH} Casework Guide")
    # The live server serves the static files: the stylesheet is applied.
    expect(page.locator(".site-header")).to_have_css("background-color", "rgb(11, 12, 12)")
    check_accessibility(page, "login")
    check_layout(page, "login")

    page.get_by_label("Username").fill("casey")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()

    expect(page).to_have_title("Error: Sign in \N{EN DASH} Casework Guide")
    summary = page.get_by_role("alert")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_attribute("href", "#id_username")
    check_accessibility(page, "login--error")


def test_home_and_case_list(page):
    user = make_user("casey")
    make_record(user, client_reference="CLINIC-0001")
    make_record(
        user, client_reference="CLINIC-0002", status="draft", determination=None, outcome=""
    )
    sign_in(page, "casey")

    expect(page.get_by_role("table")).to_contain_text("CLINIC-0001")
    check_accessibility(page, "home")
    check_layout(page, "home")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Case records").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Case records")
    table = page.get_by_role("table")
    expect(table).to_contain_text("CLINIC-0001")
    expect(table).to_contain_text("CLINIC-0002")
    check_accessibility(page, "case-list")
    check_layout(page, "case-list")
    # At 320 px the rows stack, each value after its column's label.
    size = page.viewport_size
    page.set_viewport_size({"width": 320, "height": 640})
    label = page.locator('td[data-label="Outcome"]').first.evaluate(
        "cell => getComputedStyle(cell, '::before').content"
    )
    assert label == '"Outcome: "'
    page.set_viewport_size(size)

    page.get_by_label("Status").select_option(label="Draft")
    page.get_by_role("button", name="Filter").click()
    expect(table).to_contain_text("CLINIC-0002")
    expect(table).not_to_contain_text("CLINIC-0001")

    page.get_by_role("link", name="CLINIC-0002").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Draft screening for CLINIC-0002")
    check_accessibility(page, "case-draft")

    sign_out(page)


def test_result_page_and_its_pdf(page, browser_problems):
    user = make_user("casey")
    record = completed_record(user)
    sign_in(page, "casey")

    page.goto(record.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text("Screening result: CLINIC-0042")
    determination = Determination.from_dict(record.determination)
    expect(page.get_by_role("region", name=record.outcome_label, exact=True)).to_contain_text(
        determination.headline
    )
    check_accessibility(page, "result")
    check_layout(page, "result")

    # What would change the result: the first changes listed, the rest folded in a
    # <details> that opens from the keyboard.
    expect(page.get_by_role("heading", name="What would change the result")).to_be_visible()
    expect(page.locator(".changes").first).to_contain_text("The overseas service reaches 91 days")
    more = page.locator("details.details")
    summary = more.locator("summary")
    expect(summary).to_contain_text("more changes that would move the result")
    expect(more.locator(".details__text")).to_be_hidden()
    summary.focus()
    page.keyboard.press("Enter")
    expect(more.locator(".details__text")).to_be_visible()
    check_accessibility(page, "result-changes-open")
    check_layout(page, "result-changes-open")

    link = page.get_by_role("link", name="Download PDF of this result")
    browser_problems.expected_downloads.add(link.evaluate("a => a.href"))
    with page.expect_download() as download:
        link.click()
    assert re.fullmatch(
        r"screening-clinic-0042-\d{4}-\d{2}-\d{2}\.pdf", download.value.suggested_filename
    )
    reader = PdfReader(io.BytesIO(download.value.path().read_bytes()))
    text = words(" ".join(p.extract_text() for p in reader.pages))
    for finding in determination.findings:
        assert words(finding.title) in text
    for citation in determination.citations:
        assert words(citation.text) in text


def test_the_accessibility_check_reports_a_violation_with_its_element(page):
    page.set_content(
        '<!DOCTYPE html><html lang="en"><title>Check</title>'
        '<main><h1>Check</h1><input type="text" id="unlabelled"></main></html>'
    )
    with pytest.raises(AssertionError, match=r"(?s)label.*#unlabelled"):
        check_accessibility(page, "axe-self-check")


def test_a_finding_opens_by_keyboard_and_a_source_opens_at_its_paragraph(page):
    user = make_user("casey")
    record = completed_record(user)
    sign_in(page, "casey")
    page.goto(record.get_absolute_url())

    # Every finding is folded, its title and status in view; Enter on its summary opens
    # the explanation, the answers it rests on and its sources.
    expect(page.get_by_role("heading", name="Why: the findings")).to_be_visible()
    findings = page.locator("details.finding")
    determination = Determination.from_dict(record.determination)
    expect(findings).to_have_count(len(determination.findings))
    finding = determination.findings[0]
    folded = page.locator(f"details#finding-{finding.code}")
    expect(folded.locator("summary")).to_have_text(f"{finding.title}: {finding.status.label}")
    expect(folded.get_by_text(finding.explanation)).to_be_hidden()
    expect(folded.get_by_text("Based on your answers:")).to_be_hidden()
    check_accessibility(page, "result-findings-closed")
    tab_to(page, folded.locator("summary"), limit=400)
    page.keyboard.press("Enter")
    expect(folded).to_have_attribute("open", "")
    expect(folded.get_by_text(finding.explanation)).to_be_visible()
    expect(folded.get_by_text("Based on your answers:")).to_be_visible()
    expect(folded.locator("li").first).to_be_visible()
    expect(folded.get_by_role("link", name=re.compile(r"^Source \d+$")).first).to_be_visible()
    # Every finding open: still accessible, and no sideways scrolling at 320 px.
    for index in range(findings.count()):
        summary = findings.nth(index).locator("summary")
        if findings.nth(index).get_attribute("open") is None:
            summary.focus()
            page.keyboard.press("Enter")
    expect(page.locator("details.finding:not([open])")).to_have_count(0)
    check_accessibility(page, "result-findings-open")
    check_layout(page, "result-findings-open")
    # Enter again closes it.
    folded.locator("summary").focus()
    page.keyboard.press("Enter")
    expect(folded.get_by_text(finding.explanation)).to_be_hidden()

    # A paragraph of CR 2005/54 in the Sources opens the ruling at that paragraph, here.
    link = page.locator('ol.sources a[href^="/sources/cr-2005-54/#para-"]').first
    expect(link).to_contain_text("CR 2005/54, para")
    expect(link).not_to_have_attribute("target", "_blank")
    anchor = link.get_attribute("href").split("#")[1]
    link.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/sources/cr-2005-54/#{anchor}$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Class Ruling CR 2005/54")
    expect(page.locator(f"#{anchor}")).to_be_in_viewport()
    expect(page.locator("#para-86")).to_contain_text("$19,574.67")
    check_accessibility(page, "source-cr-2005-54")
    check_layout(page, "source-cr-2005-54")


def test_a_note_on_an_authority_without_its_text_here(page):
    """A case the app does not hold opens a note: what was read of it and when, where to
    find it, and the rules that cite it; axe finds nothing, and it reflows at 320 px."""
    make_user("casey")
    sign_in(page, "casey")
    page.goto("/sources/notes/matter-of-m-a-c-o/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Matter of M-A-C-O-, 27 I&N Dec. 477 (BIA 2018)"
    )
    expect(page.get_by_role("main")).to_contain_text(
        "The full text of this authority is not held in this app."
    )
    expect(page.get_by_role("main")).to_contain_text("Read on 30 November 2026.")
    expect(page.locator("#cited-by ~ ul li").first).to_contain_text("cites it")
    check_accessibility(page, "note-matter-of-m-a-c-o")
    check_layout(page, "note-matter-of-m-a-c-o")

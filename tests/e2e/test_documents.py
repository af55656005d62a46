"""Drafted documents in a real browser: each of the seven document types is made from a
finished screening (its details form filled, an error first), downloaded as Word and as PDF
and opened (python-docx, pypdf), each checked for a fact the determination holds. axe-core
checks each new page."""

import re
from datetime import date
from importlib import import_module

import pytest
from django.apps import apps
from playwright.sync_api import expect

from questionnaires.framework.wording import us_long_date
from tests.documents.helpers import docx_text, pdf_text
from tests.documents.test_irs_documents import DIF_FILE, OWN_FILE
from tests.e2e.browsing import (
    check_accessibility,
    check_error_state,
    check_layout,
    choose,
    enter_date,
    expect_heading,
    press,
    sign_in,
    type_into,
)
from tests.factories import make_user, screened_record
from tests.foreign_employment_income.test_wizard import DANIEL
from tests.removal_protection.test_wizard import SEED

LETTER = "FOIA request letter"
CHECKLIST = "Checklist of what to attach"
APPEAL = "FOIA appeal"
ADVICE = "Advice letter to the client"
REFERRAL = "Referral note"
MEMO = "Case assessment memo"
OUTLINE = "Declaration outline"


def download(page, problems, link_name: str) -> bytes:
    link = page.get_by_role("link", name=link_name)
    problems.expected_downloads.add(link.evaluate("a => a.href"))
    with page.expect_download() as started:
        link.click()
    return started.value.path().read_bytes()


def open_details(page, title: str, name: str) -> None:
    """From the record page, follow "Make <title>"; axe checks the details page."""
    page.get_by_role("region", name="Documents").get_by_role("link", name=f"Make {title}").click()
    expect_heading(page, title)
    check_accessibility(page, name)


def make_with_an_error_first(page, name: str) -> None:
    """Send the empty details form: the error state is checked, then the form is filled."""
    press(page, "Make the document")
    check_error_state(page, f"{name}-errors")


def download_both(page, problems, slug: str, title: str) -> tuple[str, str]:
    """Back on the record page, the document is listed as made; download it as Word and as
    PDF and open both. Returns the DOCX's text (tables too) and the PDF's, spaces
    normalised."""
    expect(page.locator(f"#document-{slug}")).to_contain_text(re.compile(r"Made \d+ \w+ \d{4}"))
    word, _ = docx_text(download(page, problems, f"Download {title} as Word (DOCX)"))
    pdf = " ".join(pdf_text(download(page, problems, f"Download {title} as PDF")).split())
    return word, pdf


def test_make_download_and_open_the_irs_documents(page, browser_problems):
    """The prepare path's request letter and checklist; the review path's appeal."""
    user = make_user("dana")
    record = screened_record(user, "irs-records-request", OWN_FILE)
    sign_in(page, "dana")
    page.goto(record.get_absolute_url())
    documents = page.get_by_role("region", name="Documents")
    expect(documents).to_contain_text(LETTER)
    expect(documents).to_contain_text(CHECKLIST)
    check_accessibility(page, "documents--result-section")

    open_details(page, LETTER, "documents--details")
    check_layout(page, "documents--details")
    make_with_an_error_first(page, "documents--details")
    type_into(page, "The requester's full name", "Maria Example")
    box = page.get_by_label("The requester's postal address", exact=True)
    box.fill("12 Elm Street\nSpringfield, IL 62701")
    type_into(page, "Tax years or periods", "2021 and 2022")
    type_into(page, "Tax forms or kind of tax", "Form 1040")
    page.get_by_label("Describe the records asked for", exact=True).fill(
        "The complete examination file for the 2021 and 2022 audit."
    )
    type_into(page, "Fees the requester agrees to pay, up to", "50")
    choose(page, "Electronically (as files)")
    choose(page, "Yes")
    press(page, "Make the document")
    check_accessibility(page, "documents--made")
    word, pdf = download_both(page, browser_problems, "foia-request-letter", LETTER)
    assert "invoking I.R.C. § 6103(e)" in word
    assert "I declare under penalty of perjury that the foregoing is true and correct." in word
    assert "Maria Example" in pdf and "Form 1040" in pdf

    open_details(page, CHECKLIST, "documents--no-details")
    press(page, "Make the document")
    word, pdf = download_both(page, browser_problems, "foia-attachment-checklist", CHECKLIST)
    assert word.startswith("FOIA request: what to attach")
    assert "FOIA request: what to attach" in pdf

    appeal_record = screened_record(user, "irs-records-request", DIF_FILE)
    deadline = us_long_date(
        date.fromisoformat(appeal_record.determination["data"]["appeal_deadline"])
    )
    page.goto(appeal_record.get_absolute_url())
    open_details(page, APPEAL, "documents--appeal")
    make_with_an_error_first(page, "documents--appeal")
    type_into(page, "The requester's full name", "Maria Example")
    page.get_by_label("The requester's postal address", exact=True).fill(
        "12 Elm Street\nSpringfield, IL 62701"
    )
    type_into(page, "The IRS's number for the request", "F24123-0456")
    enter_date(page, "When was the request sent?", date(2024, 4, 3))
    page.get_by_label("Where the IRS letter says to send an appeal", exact=True).fill(
        "IRS Appeals\nFOIA Appeals Unit"
    )
    press(page, "Make the document")
    word, pdf = download_both(page, browser_problems, "foia-appeal", APPEAL)
    assert "Re: Freedom of Information Act appeal: request number F24123-0456" in word
    assert f"must reach the IRS by {deadline}" in word
    assert f"must reach the IRS by {deadline}" in pdf and "TIGTA Rep. No. 2023-10-055" in pdf


@pytest.fixture
def rate_tables(transactional_db):
    """The rate tables the migrations seed (2004-05 among them), for the tax "with
    progression": the live server's database is emptied after each browser test."""
    import_module("questionnaires.migrations.0002_seed_income_tax_rates").seed(apps, None)


def test_make_download_and_open_the_s23ag_documents(page, browser_problems, rate_tables):
    """The advice letter for an exempt result (CR 2005/54 para 86); the referral note for a
    result the questionnaire refers (leave in Australia breaks the 91 days)."""
    from tests.documents.test_foreign_employment_income_documents import BROKEN_SERVICE

    user = make_user("dana")
    record = screened_record(user, "foreign-employment-income", DANIEL)
    sign_in(page, "dana")
    page.goto(record.get_absolute_url())
    open_details(page, ADVICE, "documents--advice-letter")
    make_with_an_error_first(page, "documents--advice-letter")
    type_into(page, "The client's name, as the letter should address them", "Daniel Example")
    type_into(page, "Who signs the letter", "Sam Adviser")
    press(page, "Make the document")
    word, pdf = download_both(page, browser_problems, "advice-letter", ADVICE)
    assert record.determination["headline"] in word
    assert "Dear Daniel Example," in word
    assert "Tax payable on your other income | $19,574.67" in word
    assert "$19,574.67" in pdf and "$29,362.00" in pdf

    referred = screened_record(user, "foreign-employment-income", BROKEN_SERVICE)
    unclear = next(f for f in referred.determination["findings"] if f["status"] == "unclear")
    page.goto(referred.get_absolute_url())
    open_details(page, REFERRAL, "documents--referral-note")
    make_with_an_error_first(page, "documents--referral-note")
    type_into(page, "The client's name", "Daniel Example")
    type_into(page, "Who the client is referred to", "A registered tax agent")
    type_into(page, "Who signs the note", "Sam Adviser")
    press(page, "Make the document")
    word, pdf = download_both(page, browser_problems, "referral-note", REFERRAL)
    assert f"{unclear['title']}. {unclear['explanation']}" in word
    assert "To: A registered tax agent" in pdf and unclear["title"] in pdf


def test_make_download_and_open_the_removal_documents(page, browser_problems):
    """The seed (Barajas-Romero v. Lynch): the memo for the supervising lawyer and the
    outline of the client's declaration."""
    record = screened_record(make_user("dana"), "removal-protection", SEED)
    sign_in(page, "dana")
    page.goto(record.get_absolute_url())
    open_details(page, MEMO, "documents--assessment-memo")
    make_with_an_error_first(page, "documents--assessment-memo")
    type_into(page, "Who prepared the memo", "Pat Paralegal")
    type_into(page, "The supervising lawyer it is for", "Lee Lawyer")
    press(page, "Make the document")
    word, pdf = download_both(page, browser_problems, "assessment-memo", MEMO)
    assert record.determination["headline"] in word
    assert "To | Lee Lawyer" in word and "Country of return | Mexico" in word
    assert "Barajas-Romero v. Lynch, 846 F.3d 351" in pdf and "Lee Lawyer" in pdf

    open_details(page, OUTLINE, "documents--declaration-outline")
    press(page, "Make the document")
    word, pdf = download_both(page, browser_problems, "declaration-outline", OUTLINE)
    assert "1. What happened to the client" in word
    assert "Held for three days by four off-duty police who burned him." in word
    assert "Held for three days by four off-duty police who burned him." in pdf

"""Drafted documents in a real browser: from a finished IRS screening, make the FOIA request
letter (an error first), download it as Word and as PDF and open both, and make the
attachment checklist, which needs no details. axe-core checks each new page."""

import io
import re

import docx
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.documents.test_irs_documents import OWN_FILE
from tests.e2e.browsing import (
    check_accessibility,
    check_error_state,
    check_layout,
    choose,
    expect_heading,
    press,
    sign_in,
    type_into,
)
from tests.factories import make_user, screened_record

LETTER = "FOIA request letter"
CHECKLIST = "Checklist of what to attach"


def download(page, problems, link_name: str) -> bytes:
    link = page.get_by_role("link", name=link_name)
    problems.expected_downloads.add(link.evaluate("a => a.href"))
    with page.expect_download() as started:
        link.click()
    return started.value.path().read_bytes()


def test_make_download_and_open_a_request_letter(page, browser_problems):
    record = screened_record(make_user("dana"), "irs-records-request", OWN_FILE)
    sign_in(page, "dana")
    page.goto(record.get_absolute_url())
    documents = page.get_by_role("region", name="Documents")
    expect(documents).to_contain_text(LETTER)
    expect(documents).to_contain_text(CHECKLIST)
    check_accessibility(page, "documents--result-section")

    documents.get_by_role("link", name=f"Make {LETTER}").click()
    expect_heading(page, LETTER)
    check_accessibility(page, "documents--details")
    check_layout(page, "documents--details")
    press(page, "Make the document")
    check_error_state(page, "documents--details-errors")

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

    documents = page.get_by_role("region", name="Documents")
    expect(documents).to_contain_text(re.compile(r"Made \d+ \w+ \d{4}"))
    check_accessibility(page, "documents--made")

    word = docx.Document(
        io.BytesIO(download(page, browser_problems, f"Download {LETTER} as Word (DOCX)"))
    )
    text = "\n".join(p.text for p in word.paragraphs)
    assert "invoking I.R.C. § 6103(e)" in text
    assert "I declare under penalty of perjury that the foregoing is true and correct." in text

    pdf = PdfReader(io.BytesIO(download(page, browser_problems, f"Download {LETTER} as PDF")))
    pdf_text = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
    assert "Maria Example" in pdf_text and "Form 1040" in pdf_text

    page.get_by_role("region", name="Documents").get_by_role(
        "link", name=f"Make {CHECKLIST}"
    ).click()
    expect_heading(page, CHECKLIST)
    check_accessibility(page, "documents--no-details")
    press(page, "Make the document")
    checklist = docx.Document(
        io.BytesIO(download(page, browser_problems, f"Download {CHECKLIST} as Word (DOCX)"))
    )
    assert checklist.paragraphs[0].text == "FOIA request: what to attach"

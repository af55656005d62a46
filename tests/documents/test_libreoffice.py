"""Every drafted DOCX opens cleanly in LibreOffice: converted headless to PDF, with its text.

Needs ``libreoffice`` on the PATH (``make test`` installs Debian's libreoffice-writer-nogui).
Without it the test is skipped with the reason, except in CI (``CI=true``), where it fails,
as the browser tests do."""

import os
import shutil
import subprocess

import pytest

from tests.documents import test_foreign_employment_income_documents as income
from tests.documents import test_irs_documents as irs
from tests.documents import test_removal_protection_documents as removal
from tests.documents.helpers import download_url, make_document, pdf_text
from tests.factories import screened_record

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(scope="module")
def libreoffice():
    path = shutil.which("libreoffice") or shutil.which("soffice")
    if path is None:
        reason = "LibreOffice is not installed (libreoffice-writer-nogui)"
        if IN_CI:
            pytest.fail(f"CI cannot run the DOCX conversion test: {reason}", pytrace=False)
        pytest.skip(f"{reason} (run `make test`)")
    return path


def convert_to_pdf(libreoffice: str, docx: bytes, tmp_path) -> bytes:
    source = tmp_path / "draft.docx"
    source.write_bytes(docx)
    profile = tmp_path / "profile"  # its own profile: no clash with another LibreOffice
    subprocess.run(
        [
            libreoffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return (tmp_path / "draft.pdf").read_bytes()


DOCUMENTS = [
    ("irs-records-request", irs.OWN_FILE, irs.LETTER, irs.DETAILS, "invoking I.R.C. § 6103(e)"),
    ("irs-records-request", irs.OWN_FILE, irs.CHECKLIST, {}, "Answer due (20 working days)"),
    (
        "foreign-employment-income",
        income.DANIEL,
        income.LETTER,
        income.LETTER_DETAILS,
        "$19,574.67",
    ),
    ("irs-records-request", irs.DIF_FILE, irs.APPEAL, irs.APPEAL_DETAILS, "F24123-0456"),
    ("removal-protection", removal.SEED, removal.MEMO, removal.MEMO_DETAILS, "Lee Lawyer"),
    ("removal-protection", removal.SEED, removal.OUTLINE, {}, "Known from the screening"),
]


@pytest.mark.parametrize(("slug", "answers", "kind", "details", "expected"), DOCUMENTS)
def test_the_docx_converts_headless_with_its_text(
    libreoffice, staff_client, staff_user, tmp_path, slug, answers, kind, details, expected
):
    record = screened_record(staff_user, slug, answers)
    make_document(staff_client, record, kind, details)
    docx = staff_client.get(download_url(record, kind, "docx")).content
    text = " ".join(pdf_text(convert_to_pdf(libreoffice, docx, tmp_path)).split())
    assert expected in text

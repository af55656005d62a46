"""The result as a PDF: the same content as the result page, read back with pypdf."""

import io
import re
from datetime import date

import pytest
from django.urls import reverse
from pypdf import PdfReader

from questionnaires import pdf
from questionnaires.framework.determination import Citation, Determination, Finding, Status
from tests.factories import Intake, make_record

pytestmark = pytest.mark.django_db

LONG_CITATION = Citation(
    "Barajas-Romero v. Lynch, 846 F.3d 351",
    "360",
    "9th Cir. 2017",
    url="https://cdn.ca9.uscourts.gov/datastore/opinions/2017/01/18/13-72819.pdf",
)
DETERMINATION = Determination(
    outcome="likely_exempt",
    headline="The client's foreign pay is likely exempt from Australian income tax.",
    findings=(
        Finding(
            "residency",
            "The client was an Australian resident",
            Status.MET,
            "Staff said the client lived in Australia before the deployment.",
            ("resident",),
            (Citation("CR 2005/54", "para 45"), Citation("ITAA 1936", "s 23AG(1)")),
        ),
        Finding(
            "continuous_service",
            "Continuous foreign service of 91 days or more",
            Status.UNCLEAR,
            "The dates given leave the length of the service unclear.",
            ("deployment_start",),
            (Citation("CR 2005/54", "para 80"), Citation("ITAA 1936", "s 23AG(1)")),
        ),
        Finding(
            "nexus",
            "Persecution on account of a protected ground",
            Status.NOT_MET,
            "No protected ground was identified.",
            (),
            (LONG_CITATION,),
        ),
    ),
    next_steps=("Ask the client for their travel records.",),
    caveats=("Income from other sources is taxed with progression.",),
)
ANSWERS_IN_WORDS = [
    {
        "step": "residency",
        "field": "resident",
        "question": "Was the client a resident?",
        "answer": "Yes",
    },
    {
        "step": "service",
        "field": "deployment_start",
        "question": "When did the deployment start?",
        "answer": "3 March 2024",
    },
]


def completed_record(user, **fields):
    return make_record(
        user,
        **{
            "questionnaire": "hand-built",
            "client_reference": "CLINIC-0042",
            "determination": DETERMINATION.to_dict(),
            "outcome": DETERMINATION.outcome,
            "answers_in_words": ANSWERS_IN_WORDS,
            "rules_version": "2.3.1",
            "law_as_of": date(2025, 7, 1),
            **fields,
        },
    )


def words(text: str) -> str:
    """Text with every run of whitespace as one space: lines wrap where the page ends."""
    return " ".join(text.split())


def read_pdf(response) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(response.content))
    return reader, words(" ".join(page.extract_text() for page in reader.pages))


def test_pdf_holds_the_outcome_every_finding_and_every_citation(staff_client, staff_user):
    record = completed_record(staff_user)

    response = staff_client.get(reverse("questionnaires:case_pdf", args=[record.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    _, text = read_pdf(response)
    assert record.outcome_label in text
    assert words(DETERMINATION.headline) in text
    for finding in DETERMINATION.findings:
        assert finding.title in text
        assert finding.explanation in text
    for citation in DETERMINATION.citations:
        assert citation.text in text
    # The Sources list numbers each citation once, in order of first appearance.
    listed = " ".join(citation.text for citation in DETERMINATION.citations)
    assert f"Sources {listed}" in text
    assert text.count("ITAA 1936, s 23AG(1)") == 1


def test_pdf_holds_the_record_details_answers_and_notice(staff_client, staff_user):
    record = completed_record(staff_user)

    _, text = read_pdf(staff_client.get(reverse("questionnaires:case_pdf", args=[record.pk])))

    assert "Client reference CLINIC-0042" in text
    assert f"Screened by {staff_user.username}" in text
    assert f"Completed {record.completed_at:%-d %B %Y}" in text
    assert "Rules version 2.3.1" in text
    assert "Law stated as of 1 July 2025" in text
    assert "This is a screening aid, not legal advice." in text
    assert "Answers given" in text
    for answer in ANSWERS_IN_WORDS:
        assert f"{answer['question']} {answer['answer']}" in text
    assert "Ask the client for their travel records." in text
    assert "Income from other sources is taxed with progression." in text
    # The page's own controls are not in the PDF.
    assert "Download PDF" not in text
    assert "Back to case records" not in text


def test_pdf_pages_are_numbered_which_proves_its_stylesheet_was_loaded(staff_client, staff_user):
    record = completed_record(staff_user)

    reader, _ = read_pdf(staff_client.get(reverse("questionnaires:case_pdf", args=[record.pk])))

    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {total}" in words(page.extract_text())


def test_pdf_is_tagged_with_title_language_and_author(staff_client, staff_user):
    record = completed_record(staff_user)

    reader, _ = read_pdf(staff_client.get(reverse("questionnaires:case_pdf", args=[record.pk])))

    assert reader.metadata.title == "Screening result: CLINIC-0042 \N{EN DASH} hand-built"
    assert reader.metadata.author == staff_user.username
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # a tagged PDF, for screen readers


def test_pdf_is_an_uncached_download_named_after_the_reference(staff_client, staff_user):
    record = completed_record(staff_user, client_reference="Smith / 2025 #7")

    response = staff_client.get(reverse("questionnaires:case_pdf", args=[record.pk]))

    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert re.search(r'filename="screening-smith-2025-7-\d{4}-\d{2}-\d{2}\.pdf"', disposition)
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_result_page_links_to_its_pdf(staff_client, staff_user):
    record = completed_record(staff_user)

    html = staff_client.get(record.get_absolute_url()).content.decode()

    assert f'href="{reverse("questionnaires:case_pdf", args=[record.pk])}"' in html
    assert "Download PDF" in html


def test_pdf_of_someone_elses_record_is_not_found(staff_client, other_staff_user):
    record = completed_record(other_staff_user)

    response = staff_client.get(reverse("questionnaires:case_pdf", args=[record.pk]))

    assert response.status_code == 404


def test_supervisor_may_download_any_records_pdf(client, supervisor, staff_user):
    record = completed_record(staff_user)
    client.force_login(supervisor)

    response = client.get(reverse("questionnaires:case_pdf", args=[record.pk]))

    assert response.status_code == 200
    assert f"Screened by {staff_user.username}" in read_pdf(response)[1]


def test_draft_has_no_pdf(staff_client, staff_user):
    draft = completed_record(staff_user, status="draft", determination=None, outcome="")

    response = staff_client.get(reverse("questionnaires:case_pdf", args=[draft.pk]))

    assert response.status_code == 404
    assert "Download PDF" not in staff_client.get(draft.get_absolute_url()).content.decode()


def test_pdf_needs_a_signed_in_user(client, staff_user):
    record = completed_record(staff_user)

    response = client.get(reverse("questionnaires:case_pdf", args=[record.pk]))

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_pdf_fetches_only_static_files_from_disk(staff_client, staff_user, monkeypatch):
    fetched = []
    original = pdf.StaticFilesFetcher.fetch

    def spy(self, url, headers=None):
        response = original(self, url, headers)
        fetched.append((url, response.url))
        return response

    monkeypatch.setattr(pdf.StaticFilesFetcher, "fetch", spy)
    record = completed_record(staff_user)

    staff_client.get(reverse("questionnaires:case_pdf", args=[record.pk]))

    names = sorted(url.rsplit("/", 1)[1] for url, _ in fetched)
    assert names == ["app.css", "pdf.css", "print.css"]
    assert all(local.startswith("file://") for _, local in fetched)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/static/css/app.css.evil",
        "http://testserver/cases/",
        "http://testserver/static/../config/settings/base.py",
        "http://testserver/static/css/missing.css",
        "file:///etc/passwd",
    ],
)
def test_the_pdf_fetcher_refuses_anything_but_a_static_file(url):
    with pytest.raises(ValueError):
        pdf.StaticFilesFetcher().fetch(url)


def test_the_pdf_fetcher_reads_a_static_file_from_disk():
    response = pdf.StaticFilesFetcher().fetch("http://testserver/static/css/pdf.css")

    assert response.url.startswith("file://")
    assert b"counter(pages)" in response.read()
    assert response.content_type == "text/css"


IRS_REQUEST = {
    "client_reference": "IRS-PDF-1",
    "path": "prepare_request",
    "records_wanted": ["exam_collection_file"],
    "records_owner": "client",
    "requester": "client",
    "records_description": "specific",
    "request_includes": ["signed", "identity", "fees"],
    "request_received": "2024-11-25",
}


def test_pdf_of_a_real_screening_holds_its_result_and_tables(staff_client):
    record = Intake(staff_client, "irs-records-request").complete(IRS_REQUEST)

    _, text = read_pdf(staff_client.get(reverse("questionnaires:case_pdf", args=[record.pk])))

    determination = Determination.from_dict(record.determination)
    assert "Ready to send" in text
    for finding in determination.findings:
        assert words(finding.title) in text
    for citation in determination.citations:
        assert words(citation.text) in text
    assert "What the request needs" in text  # the questionnaire's own table
    assert "Client reference IRS-PDF-1" in text
    assert "Rules version 1.0.0" in text

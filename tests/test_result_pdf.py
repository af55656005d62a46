"""The result as a PDF: the same content as the result page, read back with pypdf."""

import io
import multiprocessing
import re
from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from bench.flows import FLOWS
from bench.pdf import longest_answers
from questionnaires import pdf
from questionnaires.framework.determination import Determination
from questionnaires.framework.registry import get as questionnaire
from questionnaires.models import CaseRecord, PdfRendering
from questionnaires.views import result_context
from tests.factories import Intake, make_record, screened_record
from tests.foreign_employment_income.test_wizard import DANIEL
from tests.irs_records_request.test_wizard import OWN_FILE

pytestmark = pytest.mark.django_db

#: The ruling's own example (CR 2005/54, para 86), screened through the wizard.
PARA_86_ANSWERS = {**DANIEL, "client_reference": "CLINIC-0042"}


def completed_record(user, **answers):
    """A completed s 23AG screening of the para 86 example by ``user``."""
    return screened_record(user, "foreign-employment-income", {**PARA_86_ANSWERS, **answers})


def words(text: str) -> str:
    """Text with every run of whitespace as one space (lines wrap where the page ends),
    and none after a hyphen (a line may break there)."""
    return re.sub(r"- ", "-", " ".join(text.split()))


def read_pdf(response) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(response.content))
    return reader, words(" ".join(page.extract_text() for page in reader.pages))


def pdf_text(client, record) -> str:
    return read_pdf(client.get(reverse("questionnaires:case_pdf", args=[record.pk])))[1]


def test_pdf_holds_the_outcome_every_finding_and_every_citation(staff_client, staff_user):
    record = completed_record(staff_user)
    determination = Determination.from_dict(record.determination)

    response = staff_client.get(reverse("questionnaires:case_pdf", args=[record.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    _, text = read_pdf(response)
    assert record.outcome_label in text
    assert words(determination.headline) in text
    for finding in determination.findings:
        assert words(finding.title) in text
        assert words(finding.explanation) in text
    for citation in determination.citations:
        assert words(citation.text) in text
    # The Sources list numbers each citation once, in order of first appearance.
    position = text.index("Sources ")
    for citation in determination.citations:
        position = text.index(words(citation.text), position)
    assert text.count("ITAA 1936 s 23AG(1)") == 1


def test_pdf_holds_the_questionnaires_own_tables(staff_client, staff_user):
    text = pdf_text(staff_client, completed_record(staff_user))

    # The para 86 calculation, step by step, to the cent.
    for amount in ("$90,000.00", "$29,362.00", "$60,000.00", "$19,574.67"):
        assert amount in text
    assert "Deployment composite allowance" in text
    assert "Mission allowance" in text


def test_pdf_holds_the_record_details_answers_and_notice(staff_client, staff_user):
    record = completed_record(staff_user)
    determination = Determination.from_dict(record.determination)
    screened = questionnaire("foreign-employment-income")

    text = pdf_text(staff_client, record)

    assert "Client reference CLINIC-0042" in text
    assert f"Screened by {staff_user.username}" in text
    assert f"Completed {record.completed_at:%-d %B %Y}" in text
    assert f"Rules version {screened.rules_version}" in text
    assert f"Law stated as of {screened.law_as_of:%-d %B %Y}" in text
    assert "This is a screening aid, not legal advice." in text
    assert "Answers given" in text
    # Each answer once at least: under a finding that rests on it, or with the others.
    for answer in record.answers_in_words:
        question, given = words(answer["question"]), words(answer["answer"])
        assert f"{question}: {given}" in text or f"{question} {given}" in text
    for step in determination.next_steps:
        assert words(step) in text
    for caveat in determination.caveats:
        assert words(caveat) in text
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

    assert reader.metadata.title == (
        "Screening result: CLINIC-0042 \N{EN DASH} Foreign employment income exemption (s 23AG)"
    )
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
    intake = Intake(staff_client, "foreign-employment-income")
    intake.post(PARA_86_ANSWERS)
    intake.post(PARA_86_ANSWERS, action="save_draft")
    draft = CaseRecord.objects.get(pk=intake.intake_id)

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

    # In this process: the view renders in a child process, whose fetches the spy misses.
    request = RequestFactory().get("/")
    pdf.write_pdf(pdf.result_html(result_context(record), request), "http://testserver/")

    names = sorted(url.rsplit("/", 1)[1] for url, _ in fetched)
    assert names == ["pdf.css"]  # its own stylesheet, not the screen's
    assert all(local.startswith("file://") for _, local in fetched)


def test_the_parent_warms_up_once_with_the_pdf_stylesheet_before_forking(monkeypatch):
    """The fonts and modules a PDF needs are loaded once in the parent process (a small page
    in the PDF's own stylesheet), so that each forked child inherits them."""
    fetched = []
    original = pdf.StaticFilesFetcher.fetch

    def spy(self, url, headers=None):
        fetched.append(url)  # in this process only: a child's list is its own copy
        return original(self, url, headers)

    monkeypatch.setattr(pdf.StaticFilesFetcher, "fetch", spy)
    pdf.warm_up.cache_clear()
    html = '<html lang="en"><title>T</title><link rel="stylesheet" href="/static/css/pdf.css">'

    first = pdf.write_pdf_within(html + "<p>One</p>", "http://testserver/", 30)
    second = pdf.write_pdf_within(html + "<p>Two</p>", "http://testserver/", 30)

    assert [url.rsplit("/", 1)[1] for url in fetched] == ["pdf.css"]
    assert pdf.warm_up.cache_info().misses == 1
    assert "One" in PdfReader(io.BytesIO(first)).pages[0].extract_text()
    assert "Two" in PdfReader(io.BytesIO(second)).pages[0].extract_text()


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


IRS_REQUEST = {**OWN_FILE, "client_reference": "IRS-PDF-1"}


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
    assert f"Rules version {record.rules_version}" in text


def test_pdf_of_a_record_with_every_text_answer_at_its_maximum_length(staff_client):
    """Every free-text answer of a protection screening at its longest (5,000-character
    narrative and all), rendered within the time limit: each answer is in the PDF whole."""
    screening = questionnaire("removal-protection")
    # With convictions, so that their details are asked (and kept) too.
    answers = longest_answers(
        screening,
        {
            **FLOWS["removal-protection"][0].answers,
            "has_convictions": "yes",
            "aggravated_felony": "no",
            "drug_trafficking": "no",
            "psc_review": "not_reviewed",
        },
    )
    record = Intake(staff_client, "removal-protection").complete(answers)

    response = staff_client.get(reverse("questionnaires:case_pdf", args=[record.pk]))

    assert response.status_code == 200
    reader, _ = read_pdf(response)
    # The text of every page without its header and footer, so an answer reads whole
    # across pages.
    header = re.escape(f"Client reference: {words(record.client_reference)}")
    footer = re.compile(
        header + r"\s*Casework Guide: a screening aid, not legal advice\s*Page \d+ of \d+"
    )
    text = words(" ".join(footer.sub(" ", words(page.extract_text())) for page in reader.pages))
    for name in ("harm_narrative", "conviction_details", "safe_area_reason", "country_of_return"):
        assert len(record.answers[name]) == screening_field(screening, name).max_length
        assert words(record.answers[name]) in text


def screening_field(screening, name):
    return next(
        step.form_class.base_fields[name]
        for step in screening.intake_steps
        if not step.is_formset and name in step.form_class.base_fields
    )


def test_a_pdf_that_takes_too_long_is_stopped_with_a_message(staff_client, staff_user, settings):
    record = completed_record(staff_user)
    settings.PDF_TIME_LIMIT = 0.01

    response = staff_client.get(reverse("questionnaires:case_pdf", args=[record.pk]))

    assert response.status_code == 503
    assert "This PDF took too long to make" in response.content.decode()
    assert multiprocessing.active_children() == []  # the rendering was killed
    assert not PdfRendering.objects.exists()  # and its slot freed


def test_one_pdf_at_a_time_per_user(staff_client, staff_user, other_staff_user):
    record = completed_record(staff_user)
    PdfRendering.objects.create(user=staff_user)  # another request's rendering under way

    response = staff_client.get(reverse("questionnaires:case_pdf", args=[record.pk]))

    assert response.status_code == 429
    assert "Your other PDF is still being made" in response.content.decode()
    # The other rendering's slot is left alone; other users are not held up.
    assert PdfRendering.objects.filter(user=staff_user).exists()
    PdfRendering.objects.create(user=other_staff_user)
    assert PdfRendering.objects.count() == 2


def test_a_slot_older_than_the_time_limit_is_taken_over(staff_client, staff_user, settings):
    record = completed_record(staff_user)
    PdfRendering.objects.create(user=staff_user)
    PdfRendering.objects.update(
        started_at=timezone.now() - timedelta(seconds=settings.PDF_TIME_LIMIT + 10)
    )

    response = staff_client.get(reverse("questionnaires:case_pdf", args=[record.pk]))

    assert response.status_code == 200
    assert not PdfRendering.objects.exists()


# The PDF for a busy reader (issue 19): a one-page summary, then the full findings as an
# appendix, with the client reference on every page.

APPENDIX = "Appendix: the full findings"


def typical_record(staff_client, slug: str) -> CaseRecord:
    """The questionnaire's typical screening (the first flow the benchmarks run), through
    the wizard, so that what would change the result is worked out as it is for staff."""
    answers = {**FLOWS[slug][0].answers, "client_reference": "CLINIC-0042"}
    return Intake(staff_client, slug).complete(answers)


def page_texts(client, record) -> list[str]:
    response = client.get(reverse("questionnaires:case_pdf", args=[record.pk]))
    assert response.status_code == 200
    return [words(page.extract_text()) for page in read_pdf(response)[0].pages]


@pytest.mark.parametrize("slug", list(FLOWS))
def test_the_first_page_summarises_the_result_and_the_appendix_follows(staff_client, slug):
    record = typical_record(staff_client, slug)
    determination = Determination.from_dict(record.determination)
    changes = record.determination["what_would_change"]["changes"]

    pages = page_texts(staff_client, record)

    summary = pages[0]
    assert "Screening result: CLINIC-0042" in summary
    assert record.outcome_label in summary
    assert words(determination.headline) in summary
    assert "This is a screening aid, not legal advice." in summary
    assert "What to do next" in summary
    for step in determination.next_steps:
        assert words(step) in summary
    # The first answers that would change the result, in brief; all of them in the appendix.
    assert changes, "the typical screening has answers that would change its result"
    assert "What would change the result" in summary
    for change in changes[: pdf.SUMMARY_CHANGES]:
        assert words(pdf.brief(change)) in summary
    # The summary is one page: the appendix starts the second, and the summary says
    # nothing of the findings' reasons.
    assert APPENDIX not in summary
    assert pages[1].startswith(APPENDIX)
    appendix = " ".join(pages[1:])
    for finding in determination.findings:
        assert words(finding.explanation) not in summary
        assert words(finding.title) in appendix
        assert words(finding.explanation) in appendix
    for change in changes:
        assert words(change["explanation"]) in appendix
    # "What to do next" is said once, in the summary.
    for step in determination.next_steps:
        assert words(step) not in appendix


@pytest.mark.parametrize(
    ("slug", "statuses"),
    [
        # Each form of protection, with its status.
        (
            "removal-protection",
            [
                "Asylum Unclear",
                "Withholding of removal Unclear",
                "Withholding under the Convention Against Torture Unclear",
                "Deferral under the Convention Against Torture Strong",
            ],
        ),
        # Each test that applies, with its status.
        (
            "foreign-employment-income",
            ["Australian resident for tax purposes Met", "foreign service) Met"],
        ),
        ("irs-records-request", ["Each test"]),
    ],
)
def test_the_summary_gives_each_protections_or_tests_status(staff_client, slug, statuses):
    record = typical_record(staff_client, slug)
    determination = Determination.from_dict(record.determination)

    summary = page_texts(staff_client, record)[0]

    for status in statuses:
        assert status in summary
    if slug != "removal-protection":
        for finding in determination.findings:
            shown = f"{words(finding.title)} {finding.status.label}" in summary
            assert shown == (finding.status != "not_applicable"), finding.title


def test_the_summary_lists_the_dates_the_result_sets(staff_client):
    record = typical_record(staff_client, "removal-protection")
    last_day = record.determination["data"]["asylum_deadline"]["last_day_to_file"]

    summary = page_texts(staff_client, record)[0]

    assert "Key dates" in summary
    due = timezone.datetime.fromisoformat(last_day)
    assert f"{due:%-d %B %Y} File the asylum application (one-year deadline)" in summary


@pytest.mark.parametrize("slug", list(FLOWS))
def test_every_page_carries_the_client_reference_and_its_number(staff_client, slug):
    record = typical_record(staff_client, slug)

    pages = page_texts(staff_client, record)

    assert len(pages) > 2
    for number, text in enumerate(pages, start=1):
        assert "Client reference: CLINIC-0042" in text
        assert f"Page {number} of {len(pages)}" in text


def test_the_header_reads_a_reference_with_any_characters_as_text(staff_client):
    """The header takes the reference from the page's text (CSS ``string-set``), never
    from a stylesheet the reference is written into, so quotes and braces stay text."""
    reference = 'O\'Brien "7" } @page { x \\ <b>'
    answers = {**PARA_86_ANSWERS, "client_reference": reference}
    record = Intake(staff_client, "foreign-employment-income").complete(answers)

    pages = page_texts(staff_client, record)

    for text in pages:
        assert f"Client reference: {reference}" in text


def test_a_record_without_a_reference_says_so_on_every_page(staff_client, staff_user):
    record = completed_record(staff_user, client_reference="")

    pages = page_texts(staff_client, record)

    assert all("Client reference: Not given" in text for text in pages)


def test_no_page_between_the_summary_and_the_last_is_left_half_empty(staff_client):
    """Nothing but the appendix forces a page break: a finding that does not fit goes on
    across the page instead of leaving the rest of it blank."""
    record = typical_record(staff_client, "removal-protection")
    response = staff_client.get(reverse("questionnaires:case_pdf", args=[record.pk]))
    reader, _ = read_pdf(response)

    # A full page of the appendix holds about 50 lines of text.
    lines = [len(page.extract_text().splitlines()) for page in reader.pages]
    assert len(lines) > 4
    assert all(count >= 35 for count in lines[1:-1]), lines


def test_the_appendix_lists_only_the_answers_no_finding_shows(staff_client, staff_user):
    record = completed_record(staff_user)
    findings, _ = pdf_findings(record)
    shown = {(a["field"], a["answer"]) for item in findings for a in item.based_on}

    text = " ".join(page_texts(staff_client, record)[1:])

    answers_given = text[text.rindex("Answers given") : text.index("Sources 1.")]
    assert "The answers each finding rests on are listed under it, above." in answers_given
    for answer in record.answers_in_words:
        listed = words(f"{answer['question']} {answer['answer']}") in answers_given
        assert listed == ((answer["field"], answer["answer"]) not in shown), answer
    # The client reference is read by no rule: it is listed with the others.
    assert "Client reference (optional) CLINIC-0042" in answers_given


def pdf_findings(record):
    context = result_context(record)
    return context["findings"], context["sources"]


def test_an_older_record_of_a_withdrawn_questionnaire_still_has_its_pdf(staff_client, staff_user):
    """No questionnaire to read dates from, no changes worked out (records completed
    before that existed): the summary gives each finding's status and leaves the rest out."""
    record = make_record(staff_user, questionnaire="withdrawn-questionnaire")

    pages = page_texts(staff_client, record)

    assert "Australian resident Unclear" in pages[0]
    assert "Key dates" not in pages[0]
    assert "What would change the result" not in " ".join(pages)
    assert pages[1].startswith(APPENDIX)


def structure_roles(reader) -> list[str]:
    """The roles of the PDF's tagged structure (what a screen reader reads), in order."""
    roles = []

    def walk(node):
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, list):
            for child in node:
                walk(child)
        elif isinstance(node, dict):
            if "/S" in node:
                roles.append(str(node["/S"]).lstrip("/"))
            if "/K" in node:
                walk(node["/K"])

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return roles


def test_the_summary_and_appendix_stay_tagged_headings_tables_and_lists(staff_client):
    record = typical_record(staff_client, "removal-protection")
    response = staff_client.get(reverse("questionnaires:case_pdf", args=[record.pk]))
    reader, _ = read_pdf(response)

    roles = structure_roles(reader)

    assert roles.count("H1") == 1
    # The outcome, the summary's sections, the appendix and its sections.
    assert roles.count("H2") >= 8
    assert roles.count("H3") == len(record.determination["findings"])
    assert {"Table", "TH", "TD", "L", "LI"} <= set(roles)

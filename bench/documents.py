"""CPU cost of a drafted document, DOCX and PDF, for each document type: the scenario its
tests use, and the same with every free-text answer and every detail at its maximum length
(the longest realistic record). A measuring script, not a test:

    .venv/bin/python -m bench.documents [--repeat N]

Each screening is run through the questionnaire's own forms and rules in a throw-away
SQLite database (``bench.pdf``'s helpers), then drafted as the download view drafts it. The
figure is CPU time (``time.process_time``) of the fastest of ``--repeat`` renderings: the
DOCX (python-docx), and the PDF rendered in this process (the view does the same work in a
time-limited child). See bench/README.md for the target and the figures.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from bench.pdf import longest_answers, screened_record, set_up_django, text_of_length

REFERRAL_DETAILS = {
    "client_name": "Daniel Example",
    "referred_to": "A tax agent",
    "signer_name": "Sam",
}

#: Issue 20's target, in seconds of CPU per document, for the longest realistic record.
TARGET = 0.5


def scenarios():
    """(slug, answers, document type, details) for each document type, from its tests."""
    from tests.documents import test_foreign_employment_income_documents as income
    from tests.documents import test_irs_documents as irs
    from tests.documents import test_removal_protection_documents as removal

    return [
        ("irs-records-request", irs.OWN_FILE, irs.LETTER, irs.DETAILS),
        ("irs-records-request", irs.OWN_FILE, irs.CHECKLIST, {}),
        ("irs-records-request", irs.DIF_FILE, irs.APPEAL, irs.APPEAL_DETAILS),
        ("foreign-employment-income", income.DANIEL, income.LETTER, income.LETTER_DETAILS),
        (
            "foreign-employment-income",
            income.BROKEN_SERVICE,
            income.REFERRAL,
            REFERRAL_DETAILS,
        ),
        ("removal-protection", removal.SEED, removal.MEMO, removal.MEMO_DETAILS),
        ("removal-protection", removal.SEED, removal.OUTLINE, {}),
    ]


def longest_details(document_type, details: dict) -> dict:
    """The details with every free-text field at its maximum length."""
    from questionnaires.framework.forms import TextField

    if document_type.details_form is None:
        return details
    longest = dict(details)
    for name, field in document_type.details_form.base_fields.items():
        if isinstance(field, TextField) and name in details and details[name]:
            longest[name] = text_of_length(field.max_length)
    return longest


def cleaned(document_type, details: dict) -> dict:
    """The details as the view stores them (the form's cleaned data, as JSON)."""
    import json

    from django.core.serializers.json import DjangoJSONEncoder

    if document_type.details_form is None:
        return {}
    form = document_type.details_form(data=details)
    if not form.is_valid():
        raise SystemExit(f"{document_type.slug}: details refused: {form.errors.as_text()}")
    return json.loads(json.dumps(form.cleaned_data, cls=DjangoJSONEncoder))


def cpu_seconds(record, document_type, details: dict, repeat: int) -> tuple[float, float]:
    """The least CPU time of ``repeat`` DOCX and PDF renderings."""
    from django.utils import timezone

    from questionnaires.documents.docx_writer import to_docx
    from questionnaires.documents.html_writer import to_html
    from questionnaires.documents.models import DraftDocument
    from questionnaires.documents.views import build_document
    from questionnaires.pdf import write_pdf

    now = timezone.now()
    document = DraftDocument(
        kind=document_type.slug,
        details=details,
        made_at=now,
        changed_at=now,
        record_version=record.version,
        rules_version=record.rules_version,
    )
    docx, pdf = [], []
    for _ in range(repeat):
        started = time.process_time()
        to_docx(build_document(record, document, document_type))
        docx.append(time.process_time() - started)
        started = time.process_time()
        write_pdf(to_html(build_document(record, document, document_type)), "http://bench/")
        pdf.append(time.process_time() - started)
    return min(docx), min(pdf)


def report(repeat: int) -> int:
    from questionnaires.documents import registry as documents
    from questionnaires.framework import registry

    met = True
    print(f"{'document':<52} {'DOCX s':>6} {'PDF s':>6}  target < {TARGET} s")
    for slug, answers, kind, details in scenarios():
        questionnaire = registry.get(slug)
        document_type = documents.get(slug, kind)
        longest = longest_answers(questionnaire, answers)
        rows = (
            ("scenario", answers, details, False),
            ("longest", longest, longest_details(document_type, details), True),
        )
        for label, screening, typed, checked in rows:
            record = screened_record(questionnaire, screening)
            docx, pdf = cpu_seconds(record, document_type, cleaned(document_type, typed), repeat)
            verdict = ""
            if checked:
                ok = max(docx, pdf) < TARGET
                met = met and ok
                verdict = "met" if ok else "NOT MET"
            print(f"  {kind + ', ' + label:<50} {docx:>6.3f} {pdf:>6.3f}  {verdict}")
    return 0 if met else 1


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="renderings per figure")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        set_up_django(Path(folder))
        return report(options.repeat)


if __name__ == "__main__":
    sys.exit(main())

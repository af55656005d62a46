"""CPU cost of a result's PDF: typical screenings, every text answer at its maximum length,
and how the cost grows with the text. A measuring script, not a test:

    .venv/bin/python -m bench.pdf [--repeat N]

Each screening is run through the questionnaire's own forms and rules (as ``manage.py
screen`` does) in a throw-away SQLite database, then its PDF is made as the PDF view makes
it (:func:`questionnaires.pdf.result_pdf`: the template, the user's rendering slot, a forked
child within the time limit). The figure is the CPU time of that request, the child's
included (the target applies to it), and of WeasyPrint alone in this process, each the
fastest of ``--repeat`` renderings, so other work on the machine inflates it less than wall
time would. See bench/README.md for the targets and the figures.
"""

from __future__ import annotations

import argparse
import copy
import io
import os
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

#: Targets of issue 17, in seconds of CPU per PDF.
TYPICAL_TARGET = 0.3
LONGEST_TARGET = 1.0

#: Filler for long answers: ordinary words, so lines break as they would in a narrative.
SENTENCE = (
    "The client said that officers came to the house at night, took him to the station "
    "and kept him there for three days without food. "
)


def text_of_length(length: int, *, unbroken: bool = False) -> str:
    """``length`` characters of narrative, or with ``unbroken`` one word with no space (a
    pasted code or link, which must wrap anywhere)."""
    if unbroken:
        return "x" * length
    return (SENTENCE * (length // len(SENTENCE) + 1))[:length].rstrip() or "x"


def longest_answers(questionnaire, answers: dict[str, Any], *, scale: float = 1.0, unbroken=False):
    """``answers`` with every free-text answer (also in repeated rows) at ``scale`` times
    its field's maximum length."""
    from questionnaires.framework.forms import TextField

    answers = copy.deepcopy(answers)
    for step in questionnaire.intake_steps:
        fields = (step.form_class.form if step.is_formset else step.form_class).base_fields
        for name, field in fields.items():
            if not isinstance(field, TextField):
                continue
            text = text_of_length(int(field.max_length * scale), unbroken=unbroken)
            if step.is_formset:
                for row in answers.get(step.name, []):
                    row[name] = text
            else:
                answers[name] = text
    return answers


def screened_record(questionnaire, answers: dict[str, Any]):
    """An unsaved, completed case record of ``answers``, as the wizard would save it: the
    determination and what would change it (which the PDF shows too)."""
    from django.contrib.auth import get_user_model

    from questionnaires.framework.screening import screen
    from questionnaires.framework.wizard import completed_record_fields
    from questionnaires.models import CaseRecord

    screening = screen(questionnaire, answers, date.today())
    fields = completed_record_fields(
        questionnaire,
        screening.state,
        screening.determination,
        what_would_change=screening.what_would_change,
    )
    return CaseRecord(
        questionnaire=questionnaire.slug, created_by=get_user_model()(username="bench"), **fields
    )


def request_cpu_seconds(record, repeat: int) -> tuple[float, int]:
    """The least CPU time of ``repeat`` requests for ``record``'s PDF, and its pages.

    What the PDF view spends (:func:`questionnaires.pdf.result_pdf`): the template, the
    user's rendering slot (two queries), and the forked child that renders within the time
    limit, whose CPU (user and system, so also the copying of the parent's memory as the
    child writes to it) ``RUSAGE_CHILDREN`` counts once the child has been waited for.
    """
    from django.contrib.auth import get_user_model
    from django.test import RequestFactory
    from pypdf import PdfReader

    from questionnaires.pdf import result_pdf
    from questionnaires.views import result_context

    request = RequestFactory().get("/")
    request.user, _ = get_user_model().objects.get_or_create(username="bench")
    timings = []
    for _ in range(repeat):
        started = time.process_time() + children_cpu_seconds()
        document = result_pdf(result_context(record), request)
        timings.append(time.process_time() + children_cpu_seconds() - started)
    return min(timings), len(PdfReader(io.BytesIO(document)).pages)


def engine_cpu_seconds(record, repeat: int) -> float:
    """The least CPU time of ``repeat`` renderings of ``record``'s PDF by WeasyPrint alone,
    in this process (:func:`questionnaires.pdf.write_pdf`, the garbage collector on)."""
    from django.test import RequestFactory

    from questionnaires.pdf import result_html, write_pdf
    from questionnaires.views import result_context

    html = result_html(result_context(record), RequestFactory().get("/"))
    timings = []
    for _ in range(repeat):
        started = time.process_time()
        write_pdf(html, "http://bench/")
        timings.append(time.process_time() - started)
    return min(timings)


def children_cpu_seconds() -> float:
    """CPU time, user and system, of this process's ended (and waited for) children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def set_up_django(folder: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench-pdf.sqlite3'}"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="renderings per figure")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        set_up_django(Path(folder))
        return report(options.repeat)


def report(repeat: int) -> int:
    from bench.flows import FLOWS
    from questionnaires.framework import registry

    rows = []  # (screening, label, record, target)
    for slug, flows in FLOWS.items():
        questionnaire = registry.get(slug)
        flow = flows[0]
        texts = [("typical: " + flow.name, flow.answers, TYPICAL_TARGET)]
        for scale in (0.25, 0.5, 1.0):
            texts.append(
                (
                    f"text at {scale:.0%} of max",
                    longest_answers(questionnaire, flow.answers, scale=scale),
                    LONGEST_TARGET if scale == 1.0 else None,
                )
            )
        texts.append(
            (
                "text at max, unbroken words",
                longest_answers(questionnaire, flow.answers, unbroken=True),
                LONGEST_TARGET,
            )
        )
        for label, answers, target in texts:
            rows.append((slug, label, screened_record(questionnaire, answers), target))
    # Every request first, as a server's worker makes them (it never renders a PDF itself,
    # only the warm-up page), then WeasyPrint alone in this process, for comparison.
    requests = [request_cpu_seconds(record, repeat) for _, _, record, _ in rows]
    engine = [engine_cpu_seconds(record, repeat) for _, _, record, _ in rows]

    met = True
    print(f"{'screening':<52} {'request':>7} {'engine':>6} {'pages':>5}  target (request)")
    for index, (slug, label, _, target) in enumerate(rows):
        if index == 0 or rows[index - 1][0] != slug:
            print(slug)
        seconds, pages = requests[index]
        verdict = ""
        if target is not None:
            verdict = f"< {target} s " + ("met" if seconds < target else "NOT MET")
            met = met and seconds < target
        print(f"  {label[:50]:<50} {seconds:>7.2f} {engine[index]:>6.2f} {pages:>5}  {verdict}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())

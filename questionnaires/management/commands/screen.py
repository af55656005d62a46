"""Run a screening without a browser.

    python manage.py screen <slug> --answers FILE.json [--format json|text] [--today DATE]
    python manage.py screen <slug> --schema

Answers use the forms' field names; multi-valued answers are JSON lists, dates ISO
(YYYY-MM-DD), money strings or numbers, repeated rows a list of objects under the step's
name. Bad input prints each field with its reason and exits with code 2. A question added
in a later rules version that the file leaves out is read as "not known", with a warning
(the result's ``answers_assumed``), so older files still screen.
"""

import datetime
import json
from pathlib import Path

from django import forms
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from questionnaires.framework import registry
from questionnaires.framework.screening import AnswersRejected, screen

MAX_ANSWERS_FILE_BYTES = 1_000_000
BAD_INPUT = 2


class Command(BaseCommand):
    help = "Run a screening from a JSON file of answers, or print a questionnaire's schema."

    def add_arguments(self, parser):
        parser.add_argument("slug", help="The questionnaire, e.g. foreign-employment-income")
        parser.add_argument("--answers", help="A JSON file of answers ('-' for standard input)")
        parser.add_argument("--schema", action="store_true", help="Print the questions")
        parser.add_argument("--format", choices=["json", "text"], default="json")
        parser.add_argument("--today", help="The date to screen as of (YYYY-MM-DD)")

    def handle(self, *args, slug, answers, schema, format, today, **options):
        try:
            questionnaire = registry.get(slug)
        except KeyError:
            known = ", ".join(q.slug for q in registry.all_questionnaires())
            raise CommandError(
                f"No questionnaire {slug!r}. Known: {known}", returncode=BAD_INPUT
            ) from None
        if schema:
            self.stdout.write(json.dumps(schema_of(questionnaire), indent=2))
            return
        if not answers:
            raise CommandError("Give --answers FILE.json or --schema", returncode=BAD_INPUT)
        as_of = self._today(today)
        given = self._read_answers(answers)

        try:
            document = screen(questionnaire, given, as_of).document()
        except AnswersRejected as rejected:
            self._fail(rejected.errors)
        if format == "json":
            self.stdout.write(json.dumps(document, indent=2, ensure_ascii=False))
        else:
            self.stdout.write(as_text(document))

    def _today(self, value):
        if not value:
            return timezone.localdate()
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise CommandError(
                "--today must be a date as YYYY-MM-DD", returncode=BAD_INPUT
            ) from None

    def _read_answers(self, path):
        try:
            if path == "-":
                import sys

                raw = sys.stdin.read(MAX_ANSWERS_FILE_BYTES + 1)
            else:
                file = Path(path)
                if file.stat().st_size > MAX_ANSWERS_FILE_BYTES:
                    raise CommandError(
                        f"The answers file is larger than {MAX_ANSWERS_FILE_BYTES:,} bytes",
                        returncode=BAD_INPUT,
                    )
                raw = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(
                f"Cannot read the answers file: {error}", returncode=BAD_INPUT
            ) from None
        if len(raw) > MAX_ANSWERS_FILE_BYTES:
            raise CommandError("The answers are too large", returncode=BAD_INPUT)
        try:
            given = json.loads(raw)
        except json.JSONDecodeError as error:
            raise CommandError(
                f"The answers file is not valid JSON: {error}", returncode=BAD_INPUT
            ) from None
        except (ValueError, RecursionError):
            # Valid JSON that Python refuses: a number thousands of digits long, or lists
            # or objects nested thousands deep.
            raise CommandError(
                "The answers file holds a number too long, or lists nested too deeply, to read",
                returncode=BAD_INPUT,
            ) from None
        if not isinstance(given, dict):
            raise CommandError(
                "The answers file must hold one JSON object of field names and answers",
                returncode=BAD_INPUT,
            )
        return given

    def _fail(self, errors):
        lines = "\n".join(f"  {error}" for error in errors)
        raise CommandError(f"The answers are not valid:\n{lines}", returncode=BAD_INPUT)


def schema_of(questionnaire: registry.Questionnaire) -> dict:
    def describe(name, field):
        entry = {
            "name": name,
            "question": str(field.label),
            "type": _field_type(field),
            "required": field.required,
        }
        if isinstance(field, forms.ChoiceField):
            entry["allowed_values"] = [value for value, _ in field.choices]
        return entry

    steps = []
    for step in questionnaire.intake_steps:
        applies = "always"
        if step.condition is not None:
            applies = (step.condition.__doc__ or step.condition.__name__).strip()
        if step.is_formset:
            fields = [
                {
                    "name": step.name,
                    "type": "list of rows",
                    "max_rows": step.form_class.max_num,
                    "row_fields": [
                        describe(n, f) for n, f in step.form_class.form.base_fields.items()
                    ],
                }
            ]
        else:
            fields = [describe(n, f) for n, f in step.form_class.base_fields.items()]
        entry = {"step": step.name, "title": step.title, "applies": applies, "fields": fields}
        if step.form_kwargs is not None:
            # Which of the fields (or rows) the page asks depends on earlier answers.
            entry["asks"] = (step.form_kwargs.__doc__ or step.form_kwargs.__name__).strip()
        steps.append(entry)
    return {
        "questionnaire": questionnaire.slug,
        "title": questionnaire.title,
        "rules_version": questionnaire.rules_version,
        "law_as_of": questionnaire.law_as_of.isoformat(),
        "steps": steps,
    }


def _field_type(field) -> str:
    if isinstance(field.widget, forms.MultiWidget):
        return "date (YYYY-MM-DD)"
    if isinstance(field, forms.MultipleChoiceField):
        return "list of choices"
    if isinstance(field, forms.ChoiceField):
        return "choice"
    if isinstance(field, forms.DecimalField):
        return "money"
    if isinstance(field, forms.IntegerField):
        return "whole number"
    return "text"


def as_text(document: dict) -> str:
    lines = [
        f"{document['questionnaire']} (rules {document['rules_version']}, "
        f"law as of {document['law_as_of']})",
        f"Outcome: {document['outcome']}",
        document["headline"],
        "",
        "Findings:",
    ]
    if document.get("answers_assumed"):
        lines[-1:-1] = [
            "Answers assumed:",
            *[f"- {each['warning']}" for each in document["answers_assumed"]],
            "",
        ]
    # What the result page shows beyond the findings (a questionnaire's tables and lists), as
    # the questionnaire words it: data["text_sections"] = [{"title": ..., "items": [...]}].
    for section in document["data"].get("text_sections") or ():
        if section["items"]:
            lines[-1:-1] = [f"{section['title']}:", *[f"- {i}" for i in section["items"]], ""]
    for finding in document["findings"]:
        lines.append(f"- [{finding['status']}] {finding['title']}: {finding['explanation']}")
        lines += [f"    Source: {citation}" for citation in finding["citations"]]
    if document["next_steps"]:
        lines += ["", "Next steps:", *[f"- {step}" for step in document["next_steps"]]]
    if document["what_would_change"] or document["thresholds"]:
        lines += ["", "What would change the result:"]
        for change in [*document["thresholds"], *document["what_would_change"]]:
            lines.append(f"- {change['explanation']}")
            lines += [f"    Source: {citation}" for citation in change["citations"]]
    if document["caveats"]:
        lines += ["", "Keep in mind:", *[f"- {caveat}" for caveat in document["caveats"]]]
    lines += ["", "A screening aid, not legal advice."]
    return "\n".join(lines) + "\n"

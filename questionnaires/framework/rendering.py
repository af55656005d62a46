"""Helpers for rendering question pages and results."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms

from .determination import Citation, Determination, Finding


@dataclass(frozen=True)
class ErrorLink:
    message: str
    target_id: str


def input_id(bound_field: forms.BoundField) -> str:
    """The id of the first input of a field: what an error summary link points at
    (the first radio or checkbox of a group, the day box of a date)."""
    widget = bound_field.field.widget
    if isinstance(widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
        return f"{bound_field.auto_id}_0"
    if isinstance(widget, forms.MultiWidget):
        return f"{bound_field.auto_id}{widget.widgets_names[0]}"
    return bound_field.auto_id


def _first_input_id(form: forms.BaseForm) -> str:
    """Where an error about the whole form points: its first visible input."""
    visible = form.visible_fields()
    return input_id(visible[0]) if visible else "main-content"


def error_summary(form: forms.BaseForm | forms.BaseFormSet) -> list[ErrorLink]:
    """Every error on the page, in page order, each linked to its field."""
    if not form.is_bound:
        return []
    if isinstance(form, forms.BaseFormSet):
        links = []
        first_id = ""
        for number, row in enumerate(form.forms, start=1):
            row_name = form.row_name(row, number)
            links += [
                ErrorLink(f"{row_name}: {link.message}", link.target_id)
                for link in error_summary(row)
            ]
            first_id = first_id or _first_input_id(row)
        links = [
            ErrorLink(str(message), first_id or "main-content")
            for message in form.non_form_errors()
        ] + links
        return links
    links = [ErrorLink(str(message), _first_input_id(form)) for message in form.non_field_errors()]
    for bound_field in form:
        links += [ErrorLink(str(message), input_id(bound_field)) for message in bound_field.errors]
    return links


@dataclass(frozen=True)
class NumberedFinding:
    finding: Finding
    source_numbers: list[int]
    based_on: list[dict]


def numbered_findings(
    determination: Determination, answers_in_words: list[dict]
) -> tuple[list[NumberedFinding], list[tuple[int, Citation]]]:
    """Findings with the numbers of their sources, and the numbered "Sources" list."""
    sources = list(enumerate(determination.citations, start=1))
    number_of = {citation.text: number for number, citation in sources}
    by_field: dict[str, list[dict]] = {}
    for answer in answers_in_words:
        by_field.setdefault(answer["field"], []).append(answer)
    findings = [
        NumberedFinding(
            finding=finding,
            source_numbers=[number_of[c.text] for c in finding.citations],
            based_on=[a for name in finding.relied_on for a in by_field.get(name, [])],
        )
        for finding in determination.findings
    ]
    return findings, sources

"""Answers: from validated step forms to the flat mapping the rules read, to JSON for the
case record, and to words for the "Check your answers" and result pages."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django import forms

from .forms import MemorableDateField
from .registry import Step


def step_answers(step: Step, form: forms.BaseForm | forms.BaseFormSet) -> dict[str, Any]:
    """The cleaned answers of one valid step, keyed by field name (a formset step gives its
    rows under the step's name)."""
    if step.is_formset:
        return {step.name: form.answers()}
    return form.answers()


def to_json(value: Any) -> Any:
    """A cleaned answer as JSON: dates ISO, money as a string, lists as lists."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_json(item) for item in value]
    return value


def from_json(step: Step, answers: dict[str, Any]) -> dict[str, Any]:
    """A step's answers as :func:`to_json` wrote them, as its form cleaned them again: dates
    as ``date``, money as ``Decimal``, a formset step's rows as dicts. A step with neither
    gets ``answers`` itself back: never change it in place."""
    if step.is_formset:
        decode = _decoders(step.form_class.form) or (lambda name, value: value)
        return {
            step.name: [
                {name: decode(name, value) for name, value in row.items()}
                for row in answers.get(step.name, [])
            ]
        }
    decode = _decoders(step.form_class)
    if decode is None:
        return answers
    return {name: decode(name, value) for name, value in answers.items()}


@functools.cache
def _decoders(form_class: type[forms.BaseForm]):
    dates = set()
    amounts = set()
    for name, field in form_class.base_fields.items():
        if isinstance(field, forms.DateField | MemorableDateField):
            dates.add(name)
        elif isinstance(field, forms.DecimalField):
            amounts.add(name)

    if not dates and not amounts:
        return None  # as JSON holds them

    def decode(name: str, value: Any) -> Any:
        if value is None:
            return None
        if name in dates:
            return datetime.date.fromisoformat(value)
        if name in amounts:
            return Decimal(value)
        return value

    return decode


@dataclass(frozen=True)
class AnswerInWords:
    step: str
    field: str
    question: str
    answer: str


def describe_step(step: Step, form: forms.BaseForm | forms.BaseFormSet) -> list[AnswerInWords]:
    """Each question of a valid step with its answer written out."""
    if step.is_formset:
        rows = form.kept_rows()
        noun = form.row_noun
        if not rows:
            return [AnswerInWords(step.name, step.name, step.title, f"No {noun}s")]
        return [
            AnswerInWords(
                step.name,
                step.name,
                form.row_name(row, number),
                "; ".join(
                    _describe_fields(
                        row.applying_fields().items(), row.cleaned_data, with_labels=True
                    )
                ),
            )
            for number, row in enumerate(rows, start=1)
        ]
    data = form.answers()
    return [
        AnswerInWords(step.name, name, str(field.label), _display(field, data.get(name)))
        for name, field in form.applying_fields().items()
    ]


def _describe_fields(fields: Iterable, row: dict, *, with_labels: bool) -> list[str]:
    parts = []
    for name, field in fields:
        # A hidden field says what the row is about, which its title already says.
        if name == "DELETE" or field.widget.is_hidden:
            continue
        text = _display(field, row.get(name))
        parts.append(f"{field.label}: {text}" if with_labels else text)
    return parts


def _display(field: forms.Field, value: Any) -> str:
    if hasattr(field, "display"):
        return field.display(value)
    if value in (None, ""):
        return "Not given"
    return str(value)

"""Answers given as JSON (``manage.py screen``) turned into the form data the wizard's
forms take, so a file of answers is validated by exactly the same forms and conditions."""

from __future__ import annotations

import re
from typing import Any

from django import forms

from .registry import Questionnaire, Step

ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class AnswerError(ValueError):
    """An answer that cannot be put to its question, with the field and the reason."""

    def __init__(self, field: str, reason: str):
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


def check_known_fields(questionnaire: Questionnaire, answers: dict[str, Any]) -> list[AnswerError]:
    known = {name for step in questionnaire.intake_steps for name in step.field_names()}
    return [
        AnswerError(name, "is not a question in this questionnaire (see --schema)")
        for name in answers
        if name not in known
    ]


def form_data(step: Step, answers: dict[str, Any]) -> dict[str, Any]:
    """The POST-style data for one step, under the same prefix the wizard uses."""
    if step.is_formset:
        rows = answers.get(step.name, [])
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise AnswerError(step.name, "must be a list of objects, one per row")
        data = {
            f"{step.name}-TOTAL_FORMS": str(len(rows)),
            f"{step.name}-INITIAL_FORMS": "0",
        }
        row_fields = step.form_class.form.base_fields
        for index, row in enumerate(rows):
            for name in row:
                if name not in row_fields:
                    raise AnswerError(f"{step.name}[{index}].{name}", "is not a field of this row")
            for name, field in row_fields.items():
                if name in row:
                    data.update(
                        _encode(field, f"{step.name}-{index}-{name}", row[name], label=name)
                    )
        return data
    data: dict[str, Any] = {}
    for name, field in step.form_class.base_fields.items():
        if name in answers:
            data.update(_encode(field, f"{step.name}-{name}", answers[name], label=name))
    return data


def _encode(field: forms.Field, key: str, value: Any, *, label: str) -> dict[str, Any]:
    if value is None:
        return {}
    if isinstance(field.widget, forms.MultiWidget):
        # Split into day, month and year; the form itself judges whether it is a real date.
        match = ISO_DATE.fullmatch(value) if isinstance(value, str) else None
        if match is None:
            raise AnswerError(label, "must be a date written as YYYY-MM-DD")
        year, month, day = match.groups()
        return {f"{key}_day": day, f"{key}_month": month, f"{key}_year": year}
    if isinstance(field, forms.MultipleChoiceField):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise AnswerError(label, "must be a list of choices")
        return {key: value}
    if isinstance(value, bool):
        return {key: "yes" if value else "no"}
    if not isinstance(value, str | int | float):
        raise AnswerError(label, "must be a single value (text or a number)")
    return {key: str(value)}

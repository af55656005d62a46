"""Deadlines a result computes: the dates someone must act by, read from a finished
record's determination (its JSON snapshot) by each questionnaire's ``deadlines`` hook.

Plain Python, no Django. The hooks read the snapshot defensively: rules change, old
snapshots lack newer keys, so a missing, empty or malformed date gives no deadline rather
than an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class DueDate:
    """One thing to do by one date. ``key`` names which of the result's dates it is (one
    per record); ``action`` is the questionnaire's own wording, never client text."""

    key: str
    action: str
    due: date


def result_data(determination: Any) -> Mapping:
    """The ``data`` of a determination snapshot, or an empty mapping if it has none."""
    if not isinstance(determination, Mapping):
        return {}
    data = determination.get("data")
    return data if isinstance(data, Mapping) else {}


def date_at(data: Mapping, *path: str) -> date | None:
    """The ISO date at ``path`` in nested mappings (``date_at(data, "a", "b")`` reads
    ``data["a"]["b"]``), or None if any step is missing or the value is not a date."""
    value: Any = data
    for key in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def no_deadlines(determination: Any) -> list[DueDate]:
    """The hook of a questionnaire whose results set no dates."""
    return []

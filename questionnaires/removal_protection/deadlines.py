"""The date a protection-from-removal result sets: the last day to file for asylum (one
year after the last arrival), where it is known and no application has been filed."""

from __future__ import annotations

from typing import Any

from questionnaires.framework.deadlines import DueDate, date_at, result_data


def deadlines(determination: Any) -> list[DueDate]:
    due = date_at(result_data(determination), "asylum_deadline", "last_day_to_file")
    if due is None:
        return []
    return [DueDate("asylum_filing", "File the asylum application (one-year deadline)", due)]

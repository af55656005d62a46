"""The date an s 23AG result sets: for a posting that has not ended and had not reached
91 days of continuous foreign service by the screening date, the 91st day, when staff
check that the service went on that long (the exemption depends on it)."""

from __future__ import annotations

from typing import Any

from questionnaires.framework.deadlines import DueDate, date_at, result_data


def deadlines(determination: Any) -> list[DueDate]:
    service = result_data(determination).get("foreign_service")
    if (
        not isinstance(service, dict)
        or service.get("reached_91_days_by_screening_date") is not False
    ):
        return []
    due = date_at(service, "day_91")
    if due is None:
        return []
    return [
        DueDate(
            "day_91",
            "Check the posting went on to its 91st day of foreign service",
            due,
        )
    ]

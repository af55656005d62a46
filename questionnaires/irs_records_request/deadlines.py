"""The dates an IRS records result sets: when the IRS's answer (or its decision on an
appeal) is due, and the last day to appeal."""

from __future__ import annotations

from typing import Any

from questionnaires.framework.deadlines import DueDate, date_at, result_data

#: Each date in the result's data that someone must act by, and what to do then.
ACTIONS = (
    ("response_due", "Check the IRS has answered the request; if not, follow up"),
    ("appeal_deadline", "Send the administrative appeal to the IRS"),
    ("appeal_decision_due", "Check the IRS has decided the appeal; if not, follow up"),
)


def deadlines(determination: Any) -> list[DueDate]:
    data = result_data(determination)
    return [
        DueDate(key, action, due)
        for key, action in ACTIONS
        if (due := date_at(data, key)) is not None
    ]

"""Small pieces every rule module shares: the yes / no / not sure answer and the helpers
for writing findings. Pure Python: no Django."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from .determination import Citation


class YesNo(StrEnum):
    """A yes-or-no question with an honest "Not sure"; rules treat "not sure" as unclear."""

    YES = "yes"
    NO = "no"
    NOT_SURE = "not_sure"


def join_words(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def unique_citations(*groups: Citation | tuple[Citation, ...]) -> tuple[Citation, ...]:
    """Citations in order of first appearance, each once (a finding lists a source once)."""
    flat: list[Citation] = []
    for group in groups:
        flat.extend(group if isinstance(group, tuple) else (group,))
    return tuple(dict.fromkeys(flat))


def long_date(value: date) -> str:
    """A date written out, as GOV.UK (and Australia) write it: "3 March 2025"."""
    return f"{value.day} {value:%B %Y}"


def us_long_date(value: date) -> str:
    """A date written out the United States way: "March 3, 2025"."""
    return f"{value:%B} {value.day}, {value.year}"

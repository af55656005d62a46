"""Measuring the period of foreign service: absences, and the one-sixth rule."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from questionnaires.framework.wording import long_date

from .answers import (
    COUNTING_ABSENCES,
    AbsenceKind,
)
from .facts import (
    Facts,
    inclusive_days,
)

# ---------------------------------------------------------------------------
# Measuring the period of foreign service (used by the ruling-class and 91-day tests)
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ServicePeriod:
    """The period of foreign service, day by day. ``breaks`` maps each day away that does
    not count as foreign service to the kind of absence."""

    start: date
    end: date
    days: int
    counting_absence_days: int
    breaks: dict[date, str]
    kinds: frozenset[str]
    ignored_absence_days: int
    #: Each day away that counts as foreign service, with its kind.
    counting: dict[date, str] = dataclasses.field(default_factory=dict)
    #: Days away at the start, before the client first arrived: not foreign service, so
    #: the period starts after them (leave taken then cannot have been earned by it).
    before_arrival_days: int = 0
    before_arrival_kinds: frozenset[str] = frozenset()

    def counting_kind(self, day: date) -> str | None:
        """The kind of absence that counts on ``day``, or None if the client was not away
        on it for such a reason."""
        return self.counting.get(day) if day not in self.breaks else None

    @property
    def absence_days(self) -> int:
        return len(self.breaks)

    @property
    def counted_days(self) -> int:
        return self.days - self.absence_days

    def segments(self, breaking_kinds: frozenset[str] | None = None) -> list[tuple[date, date]]:
        """Runs of days unbroken by absences of ``breaking_kinds`` (default: every
        absence that does not count)."""
        if breaking_kinds is None:
            return list(self._segments)
        breaking = (day for day, kind in self.breaks.items() if kind in breaking_kinds)
        return runs_between(self.start, self.end, breaking)

    @functools.cached_property
    def _segments(self) -> tuple[tuple[date, date], ...]:
        """The runs unbroken by any day away that does not count, found once."""
        return tuple(runs_between(self.start, self.end, self.breaks))

    @property
    def within_one_sixth(self) -> bool:
        """Whether the days away that do not count stay within one sixth of the days of
        foreign service at every day from the start (s 23AG(6A)(b), (6B)): exactly one
        sixth does not exceed it. True when nothing was away."""
        # Only a day away can tip the balance: check at each, in order, against the days
        # served before it.
        days_away = sorted(day for day in self.breaks if self.start <= day <= self.end)
        for absence, day in enumerate(days_away, start=1):
            service = (day - self.start).days - (absence - 1)
            if absence * 6 > service:
                return False
        return True


def runs_between(start: date, end: date, separators) -> list[tuple[date, date]]:
    """The runs of days from ``start`` to ``end`` (both included) between the
    ``separators`` (days; those outside the range are ignored), as (first day, last day)."""
    runs: list[tuple[date, date]] = []
    run_start = start
    for day in sorted(day for day in separators if start <= day <= end):
        if day > run_start:
            runs.append((run_start, day - timedelta(days=1)))
        run_start = day + timedelta(days=1)
    if run_start <= end:
        runs.append((run_start, end))
    return runs


ABSENCE_VALUES = frozenset(k.value for k in AbsenceKind)


class PeriodError(ValueError):
    """The dates given cannot be measured; the message says why."""


def measure_foreign_service(facts: Facts, until: date | None = None) -> ServicePeriod:
    """The period from the first to the last day of foreign service (or to ``until``, for
    a posting that has not ended), both days counted, with each absence classified as
    counting (s 23AG(6)) or not. Days away before the client first arrived are not part
    of it: the period starts on the first day actually served."""
    return _measure(facts.service_start, until or facts.service_end, tuple(facts.absences))


@functools.lru_cache(maxsize=256)
def _measure(service_start: date | None, end: date | None, absences: tuple) -> ServicePeriod:
    """:func:`measure_foreign_service` of the dates and absences it reads (the same ones
    are measured several times in one screening, and again for each answer changed)."""
    if service_start is None or end is None:
        raise PeriodError("We do not have both the start and end dates of the overseas service.")
    if end < service_start:
        raise PeriodError("The overseas service ends before it starts; check the dates.")
    counting: dict[date, str] = {}
    breaks: dict[date, str] = {}
    kinds: set[str] = set()
    ignored = 0
    for absence in absences:
        if absence.absence_start is None or absence.absence_end is None:
            raise PeriodError("An absence is missing its start or end date.")
        if absence.absence_end < absence.absence_start:
            raise PeriodError("An absence ends before it starts; check the dates.")
        kind = (
            AbsenceKind(absence.absence_kind)
            if absence.absence_kind in ABSENCE_VALUES
            else AbsenceKind.OTHER
        )
        kinds.add(kind)
        day = absence.absence_start
        while day <= absence.absence_end:
            if not service_start <= day <= end:
                ignored += 1
            elif kind in COUNTING_ABSENCES:
                counting.setdefault(day, kind)
            else:
                breaks.setdefault(day, kind)
            day += timedelta(days=1)
    before_arrival: set[str] = set()
    # Every day away recorded lies in the period, so the days away cover it all when there
    # are as many of them as days in it.
    if len(breaks.keys() | counting.keys()) == inclusive_days(service_start, end):
        # Away every day: nothing was served, so no day away counts as foreign service.
        breaks = {day: breaks.get(day) or counting[day] for day in _days(service_start, end)}
        counting = {}
        start = service_start
    else:
        start = next(
            day for day in _days(service_start, end) if day not in breaks and day not in counting
        )
        for day in _days(service_start, start - timedelta(days=1)):
            before_arrival.add(breaks.pop(day, None) or counting[day])
            counting.pop(day, None)
    return ServicePeriod(
        start=start,
        end=end,
        days=inclusive_days(start, end),
        counting_absence_days=len(set(counting) - set(breaks)),
        breaks=breaks,
        kinds=frozenset(kinds),
        ignored_absence_days=ignored,
        counting=counting,
        before_arrival_days=(start - service_start).days,
        before_arrival_kinds=frozenset(before_arrival),
    )


def _days(start: date, end: date):
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


def describe_runs(runs: list[tuple[date, date]]) -> str:
    return "; ".join(
        f"{long_date(a)} to {long_date(b)} ({inclusive_days(a, b)} days)" for a, b in runs
    )


@dataclass(frozen=True)
class JoinedPeriod:
    """Periods of foreign service that s 23AG(6A) would treat as one continuous period."""

    start: date
    end: date
    service_days: int
    absence_days: int

    @property
    def days(self) -> int:
        return inclusive_days(self.start, self.end)


def periods_joined_by_the_one_sixth_rule(period: ServicePeriod) -> list[JoinedPeriod]:
    """s 23AG(6A)-(6B) ITAA 1936 (as substituted by the Tax Laws Amendment (2005 Measures
    No. 5) Act 2005): "2 or more periods in which a person has been engaged in foreign
    service are together taken to constitute a continuous period of foreign service until"
    the end of the last of them or, if sooner, the time when "the person's total period of
    absence exceeds 1/6 of the person's total period of foreign service", both counted in days
    from the start of the first period.

    It is a running test: the absences are checked against the foreign service so far at
    every day, not only at the end. For each period of foreign service, the longest run of
    later periods it can be joined with; the rules use this only to see whether the answer
    turns on the rule, and refer rather than decide."""
    runs = period.segments()
    joined: list[JoinedPeriod] = []
    for first, (start, end) in enumerate(runs):
        service = inclusive_days(start, end)
        absence = 0
        for (_, previous_end), (next_start, next_end) in pairwise(runs[first:]):
            gap = (next_start - previous_end).days - 1
            # Foreign service does not grow during a gap, so the share of absence is highest
            # on its last day: the rule is broken during the gap if it is broken then.
            if (absence + gap) * 6 > service:
                break
            absence += gap
            service += inclusive_days(next_start, next_end)
            end = next_end
        joined.append(JoinedPeriod(start, end, service, absence))
    return joined

"""Measuring the period of foreign service: absences, and the one-sixth rule."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import NamedTuple

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


class Run(NamedTuple):
    """Consecutive days away of one kind: ``first`` to ``last``, both included."""

    first: date
    last: date
    kind: str

    @property
    def days(self) -> int:
        return inclusive_days(self.first, self.last)


ONE_DAY = timedelta(days=1)


def total_days(runs) -> int:
    """The days in ``runs`` (which do not overlap)."""
    return sum(run.days for run in runs)


def clipped(runs, start: date, end: date) -> tuple[Run, ...]:
    """The parts of ``runs`` from ``start`` to ``end`` (both included)."""
    return tuple(
        Run(max(run.first, start), min(run.last, end), run.kind)
        for run in runs
        if run.last >= start and run.first <= end
    )


def first_listed_wins(runs) -> tuple[Run, ...]:
    """Where runs overlap, each day goes to the first run listed that covers it (as one
    dictionary of days filled with ``setdefault`` would): the result, in date order, with
    no day in two runs. Work grows with the number of runs, not of days."""
    placed: list[Run] = []
    for first, last, kind in runs:
        added, day = [], first
        for taken in placed:
            if taken.last < day:
                continue
            if taken.first > last:
                break
            if taken.first > day:
                added.append(Run(day, taken.first - ONE_DAY, kind))
            day = taken.last + ONE_DAY
            if day > last:
                break
        if day <= last:
            added.append(Run(day, last, kind))
        placed = sorted(placed + added)
    return tuple(placed)


def covered(runs) -> tuple[Run, ...]:
    """The days of ``runs`` joined into the fewest runs, whatever their kinds (a run's
    kind is the first one's): where days away follow each other without a day between."""
    joined: list[Run] = []
    for run in sorted(runs):
        if joined and run.first <= joined[-1].last + ONE_DAY:
            if run.last > joined[-1].last:
                joined[-1] = joined[-1]._replace(last=run.last)
        else:
            joined.append(run)
    return tuple(joined)


def without(runs, removed) -> tuple[Run, ...]:
    """The days of ``runs`` that no run of ``removed`` covers."""
    holes = tuple(run._replace(kind=None) for run in removed)
    return tuple(run for run in first_listed_wins((*holes, *runs)) if run.kind is not None)


def covers(runs, day: date) -> bool:
    """Whether one of ``runs`` covers ``day``."""
    return any(run.first <= day <= run.last for run in runs)


@dataclass(frozen=True)
class ServicePeriod:
    """The period of foreign service, with its days away as runs. ``breaks`` are the runs
    of days away that do not count as foreign service, with the kind of absence."""

    start: date
    end: date
    days: int
    counting_absence_days: int
    breaks: tuple[Run, ...]
    kinds: frozenset[str]
    ignored_absence_days: int
    #: The runs of days away that count as foreign service, with their kind (some may lie
    #: under a break too: a day away is a break if any absence that does not count covers it).
    counting: tuple[Run, ...] = ()
    #: Days away at the start, before the client first arrived: not foreign service, so
    #: the period starts after them (leave taken then cannot have been earned by it).
    before_arrival_days: int = 0
    before_arrival_kinds: frozenset[str] = frozenset()

    def counting_kind(self, day: date) -> str | None:
        """The kind of absence that counts on ``day``, or None if the client was not away
        on it for such a reason."""
        if covers(self.breaks, day):
            return None
        return next((run.kind for run in self.counting if run.first <= day <= run.last), None)

    @functools.cached_property
    def counting_only(self) -> tuple[Run, ...]:
        """The runs of days away that count as foreign service, no break covering them."""
        return without(self.counting, self.breaks)

    @property
    def absence_days(self) -> int:
        return total_days(self.breaks)

    @property
    def counted_days(self) -> int:
        return self.days - self.absence_days

    @property
    def break_kinds(self) -> frozenset[str]:
        """The kinds of the days away that do not count."""
        return frozenset(run.kind for run in self.breaks)

    def segments(self, breaking_kinds: frozenset[str] | None = None) -> list[tuple[date, date]]:
        """Runs of days unbroken by absences of ``breaking_kinds`` (default: every
        absence that does not count)."""
        if breaking_kinds is None:
            return list(self._segments)
        breaking = [run for run in self.breaks if run.kind in breaking_kinds]
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
        # Only a day away can tip the balance, and within a run of days away the days of
        # service before it stay the same while the days away grow: the run's last day is
        # the one to check, against the days served before the run.
        away = 0
        for run in covered(clipped(self.breaks, self.start, self.end)):
            served = (run.first - self.start).days - away
            away += run.days
            if away * 6 > served:
                return False
        return True


def runs_between(start: date, end: date, separators) -> list[tuple[date, date]]:
    """The runs of days from ``start`` to ``end`` (both included) between the
    ``separators`` (runs of days; days outside the range are ignored), as (first day,
    last day)."""
    runs: list[tuple[date, date]] = []
    run_start = start
    for first, last, *_ in sorted(clipped(separators, start, end)):
        if first > run_start:
            runs.append((run_start, first - ONE_DAY))
        run_start = max(run_start, last + ONE_DAY)
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


def absence_run(absence) -> Run:
    """An absence as a run of days of its kind (an unknown kind is "other")."""
    if absence.absence_start is None or absence.absence_end is None:
        raise PeriodError("An absence is missing its start or end date.")
    if absence.absence_end < absence.absence_start:
        raise PeriodError("An absence ends before it starts; check the dates.")
    kind = (
        AbsenceKind(absence.absence_kind)
        if absence.absence_kind in ABSENCE_VALUES
        else AbsenceKind.OTHER
    )
    return Run(absence.absence_start, absence.absence_end, kind)


@functools.lru_cache(maxsize=256)
def _measure(service_start: date | None, end: date | None, absences: tuple) -> ServicePeriod:
    """:func:`measure_foreign_service` of the dates and absences it reads (the same ones
    are measured several times in one screening, and again for each answer changed).
    Where absences overlap, the first listed gives a day its kind; a day away is a break
    if an absence that does not count covers it."""
    if service_start is None or end is None:
        raise PeriodError("We do not have both the start and end dates of the overseas service.")
    if end < service_start:
        raise PeriodError("The overseas service ends before it starts; check the dates.")
    runs = [absence_run(absence) for absence in absences]
    inside = clipped(runs, service_start, end)
    ignored = total_days(runs) - total_days(inside)
    breaks = first_listed_wins(run for run in inside if run.kind not in COUNTING_ABSENCES)
    counting = first_listed_wins(run for run in inside if run.kind in COUNTING_ABSENCES)
    # A break gives a day its kind before a counting absence does.
    away = first_listed_wins((*breaks, *counting))
    if total_days(away) == inclusive_days(service_start, end):
        # Away every day: nothing was served, so no day away counts as foreign service.
        breaks, counting, start = away, (), service_start
    else:
        start = first_day_served(service_start, away)
        breaks = clipped(breaks, start, end)
        counting = clipped(counting, start, end)
    before_arrival = clipped(away, service_start, start - ONE_DAY)
    return ServicePeriod(
        start=start,
        end=end,
        days=inclusive_days(start, end),
        counting_absence_days=total_days(without(counting, breaks)),
        breaks=breaks,
        kinds=frozenset(run.kind for run in runs),
        ignored_absence_days=ignored,
        counting=counting,
        before_arrival_days=(start - service_start).days,
        before_arrival_kinds=frozenset(run.kind for run in before_arrival),
    )


def first_day_served(service_start: date, away) -> date:
    """The first day from ``service_start`` not away (``away``: runs in date order)."""
    first = covered(away)[:1]
    return first[0].last + ONE_DAY if first and first[0].first == service_start else service_start


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

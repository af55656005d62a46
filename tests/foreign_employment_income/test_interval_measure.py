"""The period of foreign service measured in runs of days gives what the day-by-day measure
gave: every figure, and the whole determination.

``day_by_day_oracle`` is the former implementation (one dictionary entry per day away),
kept as the reference. Hypothesis draws service periods (ended, or still running and
measured to the screening date) either side of the day the one-sixth rule applies from,
and lists of absences of every kind: overlapping, outside the period, at its start and
end, covering all of it."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from unittest import mock

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from questionnaires.foreign_employment_income.rules import (
    absences,
    class_ruling,
    determination,
    service,
)
from questionnaires.foreign_employment_income.rules.answers import AbsenceKind
from questionnaires.foreign_employment_income.rules.facts import (
    ONE_SIXTH_RULE_FROM,
    Absence,
    Facts,
)
from questionnaires.framework.wording import YesNo
from tests.foreign_employment_income import day_by_day_oracle as oracle
from tests.foreign_employment_income.test_rules import facts, period

KINDS = [*(str(k) for k in AbsenceKind), "an answer no longer offered"]
ANSWERS = st.sampled_from([None, YesNo.YES, YesNo.NO, YesNo.NOT_SURE])
#: Periods start within a year either side of the one-sixth rule.
FIRST_START = ONE_SIXTH_RULE_FROM - timedelta(days=365)


#: Lengths where the answer turns: one sixth (6 days served to 1 away), 91 days.
LENGTHS = st.one_of(
    st.sampled_from([1, 2, 5, 6, 7, 12, 18, 30, 85, 89, 90, 91, 92]), st.integers(1, 120)
)


@st.composite
def pieces_drawn(draw, start: date) -> tuple[int, tuple[Absence, ...]]:
    """A period built from consecutive pieces, each served or away, of lengths where the
    answer turns: its length in days and its absences."""
    absences, day = [], start
    for _ in range(draw(st.integers(1, 7))):
        length = draw(LENGTHS)
        kind = draw(st.one_of(st.none(), st.sampled_from(KINDS)))  # None: served
        if kind is not None:
            absences.append(Absence(day, day + timedelta(days=length - 1), kind))
        day += timedelta(days=length)
    return (day - start).days, tuple(absences)


@st.composite
def absences_drawn(draw, start: date, days: int):
    """Absences anywhere from a month before the period to a month after it, of any kind,
    with a few that start on its first day or end on its last."""
    drawn = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(KINDS))
        length = draw(LENGTHS)
        place = draw(st.sampled_from(["anywhere", "at the start", "at the end"]))
        if place == "at the start":
            first = start
        elif place == "at the end":
            first = start + timedelta(days=days - length)
        else:
            first = start + timedelta(days=draw(st.integers(-30, days + 30)))
        last = first + timedelta(days=length - 1)
        mistake = draw(st.integers(0, 49))
        if mistake == 49:  # an absence with no end date, or one that ends before it starts
            last = draw(st.sampled_from([None, first - timedelta(days=1)]))
        drawn.append(Absence(first, last, kind))
    return tuple(drawn)


@st.composite
def facts_drawn(draw) -> Facts:
    start = FIRST_START + timedelta(days=draw(st.integers(0, 730)))
    if draw(st.booleans()):
        days, pieces = draw(pieces_drawn(start))
    else:
        days, pieces = draw(st.one_of(st.integers(1, 120), st.integers(121, 1500))), ()
    end = start + timedelta(days=days - 1)
    ended = draw(ANSWERS)
    # The screening date: mostly on or after the end for an ended posting (before it, the
    # finding stops at the dates), anywhere for one still running.
    if ended in (None, YesNo.YES) and draw(st.integers(0, 9)):
        today = end + timedelta(days=draw(st.integers(0, 60)))
    else:
        today = start + timedelta(days=draw(st.integers(-5, days + 60)))
    return facts(
        income_year=draw(st.sampled_from(["2004-05", "2005-06", "2006-07", "2007-08", ""])),
        service_start=start,
        service_end=end,
        service_ended=ended,
        expected_service_end=draw(st.sampled_from([None, end, end + timedelta(days=40)])),
        absences=pieces + draw(absences_drawn(start, days)),
        died_during_service=draw(ANSWERS),
        would_have_reached_91_days=draw(ANSWERS),
        left_early_and_returned=draw(ANSWERS),
        today=today,
    )


def day_by_day(runs) -> dict[date, str]:
    """Runs of days as the oracle's dictionary of days."""
    days = {}
    for first, last, kind in runs:
        day = first
        while day <= last:
            assert day not in days, "runs overlap"
            days[day] = kind
            day += timedelta(days=1)
    return days


def plain(joined) -> list[tuple]:
    """Joined periods (the oracle's class or the rules') as plain tuples."""
    return [dataclasses.astuple(period) for period in joined]


def figures_of(period, continuity) -> dict:
    """Everything the findings read from a measured period, in the oracle's terms."""
    kinds = sorted(period.kinds)
    figures = {
        "start": period.start,
        "end": period.end,
        "days": period.days,
        "counting_absence_days": period.counting_absence_days,
        "absence_days": period.absence_days,
        "counted_days": period.counted_days,
        "kinds": period.kinds,
        "ignored_absence_days": period.ignored_absence_days,
        "before_arrival_days": period.before_arrival_days,
        "before_arrival_kinds": period.before_arrival_kinds,
        "segments": period.segments(),
        "segments by kind": [period.segments(frozenset(kinds[:n])) for n in range(len(kinds))],
        "within_one_sixth": period.within_one_sixth,
    }
    if continuity is None:
        return figures
    module = oracle if isinstance(continuity, oracle.Continuity) else service
    return {
        **figures,
        "joined": plain(module.periods_joined_by_the_one_sixth_rule(period)),
        "chains": plain(continuity.chains),
        "ongoing": continuity.ongoing,
        "joined_by_one_sixth_rule": continuity.joined_by_one_sixth_rule,
        "year": continuity.year,
        "relevant": plain(continuity.relevant),
        "cut off by the earlier rule": plain(continuity.cut_off_by_the_earlier_rule()),
        "day_91": continuity.day_91 if continuity.chains else None,
        "trailing_leave_days": module.trailing_leave_days(period),
        "trip_days": [module.trip_days(period, frozenset(kinds[n:])) for n in range(len(kinds))],
        "blocks": list(module.blocks_between(period, continuity.earlier_rule_breaks)),
    }


def measured(module, facts_: Facts):
    """The period and its continuity by ``module``, or the error that stops the measure."""
    try:
        period = module.measure_foreign_service(facts_)
    except module.PeriodError as error:
        period = str(error)
    try:
        continuity = module.assess_continuity(facts_)
    except module.PeriodError as error:
        return period, None, str(error)
    return period, continuity, None


def determined_by_the_oracle(facts_: Facts):
    """The whole determination with the day-by-day measure in place of the runs."""
    with (
        mock.patch.object(
            determination,
            "continuous_foreign_service_of_91_days",
            oracle.continuous_foreign_service_of_91_days,
        ),
        mock.patch.object(determination, "foreign_service_data", oracle.foreign_service_data),
        mock.patch.object(
            class_ruling,
            "continuous_foreign_service_of_91_days",
            oracle.continuous_foreign_service_of_91_days,
        ),
    ):
        return determination.determine(facts_)


#: Where the answer turns on one day, which random draws seldom hit: days away exactly one
#: sixth of the days served before them; days away starting on the 91st day.
ON_THE_LINE = [
    facts(**period(date(2006, 1, 1), (6, None), (1, "other"), (120, None))),
    facts(**period(date(2006, 1, 1), (90, None), (1, "other"), (10, None))),
    facts(**period(date(2006, 1, 1), (80, None), (20, "unpaid_leave"), (100, None))),
]


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts_drawn())
@example(ON_THE_LINE[0])
@example(ON_THE_LINE[1])
@example(ON_THE_LINE[2])
def test_runs_of_days_measure_what_the_days_one_by_one_did(facts_):
    old_period, old_continuity, old_error = measured(oracle, facts_)
    new_period, new_continuity, new_error = measured(service, facts_)
    assert new_error == old_error
    if isinstance(old_period, str):
        assert new_period == old_period
    else:
        assert day_by_day(new_period.breaks) == old_period.breaks
        assert day_by_day(new_period.counting) == old_period.counting
        assert figures_of(new_period, None) == figures_of(old_period, None)
    if old_continuity is not None:
        earlier = day_by_day(new_continuity.earlier_rule_breaks)
        assert set(earlier) == old_continuity.earlier_rule_breaks
        period = old_continuity.period
        every_day = list(oracle._days(period.start, period.end))
        assert [new_continuity.period.counting_kind(day) for day in every_day] == [
            period.counting_kind(day) for day in every_day
        ]
        assert figures_of(new_continuity.period, new_continuity) == figures_of(
            period, old_continuity
        )
    finding = service.continuous_foreign_service_of_91_days(facts_)
    assert finding == oracle.continuous_foreign_service_of_91_days(facts_)
    assert service.foreign_service_data(facts_, finding) == oracle.foreign_service_data(
        facts_, finding
    )
    assert determination.determine(facts_) == determined_by_the_oracle(facts_)


def test_the_oracle_stands_in_for_the_measure():
    """The whole determination by the oracle is the day-by-day one: with a measure that
    fails, the oracle's determination says so and the rules' does not."""
    facts_ = facts()
    oracle._continuity.cache_clear()
    failing = oracle.PeriodError("the oracle measured")
    with mock.patch.object(oracle, "_measure", side_effect=failing):
        assert "the oracle measured" in str(determined_by_the_oracle(facts_))
        assert "the oracle measured" not in str(determination.determine(facts_))


def test_the_worked_example_is_one_run_of_leave():
    """CR 2005/54 para 86: the four weeks of rotation leave are one run, not 28 days."""
    period = absences.measure_foreign_service(facts())
    assert period.counting == (
        absences.Run(date(2004, 11, 22), date(2004, 12, 19), AbsenceKind.CYCLICAL_LEAVE),
    )
    assert period.breaks == () and period.counting_absence_days == 28

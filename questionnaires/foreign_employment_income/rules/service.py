"""Steps 3 and 5: foreign service (s 23AG(7)) and a continuous period of 91 days (s 23AG(1))."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from datetime import date, timedelta

from questionnaires.foreign_employment_income import citations as c
from questionnaires.framework.determination import Citation, Finding, Status, reads
from questionnaires.framework.wording import YesNo, join_words, long_date

from .absences import (
    ONE_DAY,
    JoinedPeriod,
    PeriodError,
    Run,
    ServicePeriod,
    clipped,
    covered,
    covers,
    describe_runs,
    measure_foreign_service,
    periods_joined_by_the_one_sixth_rule,
    runs_between,
)
from .answers import (
    ABSENCE_KIND_LABELS,
    COUNTING_ABSENCES,
    TD_2012_8_ABSENCES,
    AbsenceKind,
    WorkCapacity,
)
from .facts import (
    DAYS_REQUIRED,
    DEATH_RULE_FROM,
    ONE_SIXTH_RULE_FROM,
    Facts,
    inclusive_days,
    income_year_start,
)

# ---------------------------------------------------------------------------
# 3. Foreign service
# ---------------------------------------------------------------------------


@reads(
    "work_capacity",
    decides="whether the client worked overseas as an employee or office holder",
    law=(c.S23AG_7,),
)
def engaged_in_foreign_service(facts: Facts) -> Finding:
    """s 23AG(7): "foreign service" is "service in a foreign country as the holder of an
    office or in the capacity of an employee"; an employee includes "a person employed by a
    government or an authority of a government or by an international organisation"
    (CR 2005/54 paras 47-50)."""
    relied_on = ("work_capacity",)
    title = "Working overseas as an employee or office holder (foreign service)"
    cites = (c.S23AG_7, c.CR_FOREIGN_SERVICE)
    answer = facts.work_capacity
    if answer in (WorkCapacity.EMPLOYEE, WorkCapacity.OFFICE_HOLDER):
        role = "an employee" if answer == WorkCapacity.EMPLOYEE else "the holder of an office"
        return Finding(
            "foreign_service",
            title,
            Status.MET,
            f"'Foreign service' means working in a foreign country as an employee or as the "
            f"holder of an office; government and international organisation staff count as "
            f"employees. The client worked overseas as {role}.",
            relied_on,
            cites,
        )
    if answer == WorkCapacity.CONTRACTOR:
        return Finding(
            "foreign_service",
            title,
            Status.NOT_MET,
            "'Foreign service' means working in a foreign country as an employee or as the "
            "holder of an office. A contractor or self-employed person is neither, so the "
            "client was not in foreign service.",
            relied_on,
            cites,
        )
    return Finding(
        "foreign_service",
        title,
        Status.UNCLEAR,
        "'Foreign service' means working in a foreign country as an employee or as the holder "
        "of an office. We do not know whether the client worked in either capacity.",
        relied_on,
        cites,
    )


# ---------------------------------------------------------------------------
# 5. A continuous period of foreign service of not less than 91 days
# ---------------------------------------------------------------------------


def service_has_ended(facts: Facts) -> bool:
    """Whether the answers say the overseas service has ended (no answer to the question,
    as in screenings made before it was asked, means the end date given is the end)."""
    return facts.service_ended in (None, YesNo.YES)


def continuous_periods(period: ServicePeriod) -> list[JoinedPeriod]:
    """The continuous periods of foreign service under s 23AG(6A)-(6B): from the first
    separate period, later ones join it until the days away come to more than one sixth of
    the days of foreign service; the next separate period starts a new continuous period."""
    runs = period.segments()
    joined = periods_joined_by_the_one_sixth_rule(period)
    chains: list[JoinedPeriod] = []
    index = 0
    while index < len(runs):
        chain = joined[index]
        chains.append(chain)
        index = next((i for i, run in enumerate(runs) if run[0] > chain.end), len(runs))
    return chains


def separate_periods(period: ServicePeriod) -> list[JoinedPeriod]:
    """Each separate period on its own, as continuous periods (no joining)."""
    return [JoinedPeriod(a, b, inclusive_days(a, b), 0) for a, b in period.segments()]


def trailing_leave_days(period: ServicePeriod) -> int:
    """Days away for a reason that counts (leave, illness, a work trip...) at the very end
    of the period, after the last day actually served: a temporary absence counts only
    within the scheduled period of the posting (TD 2012/8 para 1)."""
    last = covered(clipped(period.counting_only, period.start, period.end))[-1:]
    if not last or last[0].last != period.end:
        return 0
    return last[0].days


@dataclass(frozen=True)
class Continuity:
    """The measured period and the continuous periods found in it."""

    period: ServicePeriod
    chains: tuple[JoinedPeriod, ...]
    ongoing: bool
    joined_by_one_sixth_rule: bool
    #: Days away before the one-sixth rule applied: the earlier rule decided whether the
    #: periods either side of them joined, so the tool keeps them apart.
    earlier_rule_breaks: tuple[Run, ...] = ()
    #: The income year's first and last day, where known.
    year: tuple[date, date] | None = None

    @property
    def relevant(self) -> tuple[JoinedPeriod, ...]:
        """The continuous periods with service in the income year (pay for the others is
        another year's), or all of them where none has (pay received late)."""
        if self.year is None:
            return self.chains
        first, last = self.year
        inside = tuple(ch for ch in self.chains if ch.start <= last and ch.end >= first)
        return inside or self.chains

    def cut_off_by_the_earlier_rule(self) -> list[JoinedPeriod]:
        """Relevant periods short of 91 days that days away before the one-sixth rule cut
        off: whether they joined their neighbours turns on the earlier rule."""
        return [
            ch
            for ch in self.relevant
            if not self.qualifying(ch)
            and (
                covers(self.earlier_rule_breaks, ch.start - ONE_DAY)
                or covers(self.earlier_rule_breaks, ch.end + ONE_DAY)
            )
        ]

    def qualifying(self, chain: JoinedPeriod) -> bool:
        return chain.service_days >= DAYS_REQUIRED

    @property
    def current(self) -> JoinedPeriod:
        return self.chains[-1]

    @property
    def day_91(self) -> date:
        """The day the last continuous period reaches (or reached) its 91st day of foreign
        service, if no further day away breaks it."""
        chain = self.current
        if chain.service_days >= DAYS_REQUIRED:
            # The 91st day if none were away, put back a day for each day away up to it:
            # a run of days away that starts by then puts it back by all its days.
            day = chain.start + timedelta(days=DAYS_REQUIRED - 1)
            for away in covered(clipped(self.period.breaks, chain.start, self.period.end)):
                if away.first > day:
                    break
                day += timedelta(days=away.days)
            return day
        return chain.end + timedelta(days=DAYS_REQUIRED - chain.service_days)


def assess_continuity(facts: Facts) -> Continuity:
    """Measure the service (to the screening date if it has not ended) and find its
    continuous periods, joining separate periods by the one-sixth rule where it applies.
    Measured once per screening: several findings read it, and the answers they read are
    the key (:func:`_continuity`)."""
    return _continuity(
        facts.service_start,
        facts.service_end,
        facts.service_ended,
        facts.absences,
        facts.income_year,
        facts.today,
    )


@functools.lru_cache(maxsize=256)
def _continuity(service_start, service_end, service_ended, absences, income_year, today):
    """:func:`assess_continuity` of the answers it reads."""
    facts = Facts(
        service_start=service_start,
        service_end=service_end,
        service_ended=service_ended,
        absences=absences,
        income_year=income_year,
        today=today,
    )
    ongoing = not service_has_ended(facts)
    if ongoing and facts.today is None:
        raise PeriodError("We do not have the screening date to measure a posting still running.")
    if ongoing and facts.service_start is not None and facts.today < facts.service_start:
        raise PeriodError(
            f"{NOT_STARTED} (it starts on {long_date(facts.service_start)}): "
            "nothing can be exempt until the client has been in the overseas service for "
            f"{DAYS_REQUIRED} days. Screen again after the {DAYS_REQUIRED}st day, "
            f"{long_date(facts.service_start + timedelta(days=DAYS_REQUIRED - 1))}."
        )
    period = measure_foreign_service(facts, until=facts.today if ongoing else None)
    first = income_year_start(facts.income_year)
    year = (date(first, 7, 1), date(first + 1, 6, 30)) if first is not None else None
    if not period.segments():
        return Continuity(period, (), ongoing, False, year=year)
    earlier = clipped(period.breaks, period.start, ONE_SIXTH_RULE_FROM - ONE_DAY)
    chains: list[JoinedPeriod] = []
    for start, end in blocks_between(period, earlier):
        block = dataclasses.replace(
            period,
            start=start,
            end=end,
            breaks=clipped(period.breaks, start, end),
        )
        chains += continuous_periods(block) if block.breaks else separate_periods(block)
    joined = any(run.last >= ONE_SIXTH_RULE_FROM for run in period.breaks)
    return Continuity(period, tuple(chains), ongoing, joined, earlier, year)


def blocks_between(period: ServicePeriod, separators: tuple[Run, ...]):
    """The runs of days of ``period`` between the ``separators`` (days away before the
    one-sixth rule applied), as (first day, last day)."""
    return runs_between(period.start, period.end, separators)


def _with_kinds_as(facts: Facts, kinds: frozenset[str], kind: str) -> Facts:
    """The same facts with absences of ``kinds`` recorded as ``kind``: to see whether an
    answer turns on what they were."""
    return dataclasses.replace(
        facts,
        absences=tuple(
            dataclasses.replace(a, absence_kind=kind) if a.absence_kind in kinds else a
            for a in facts.absences
        ),
    )


def _status_if(facts: Facts, kinds: frozenset[str], kind: str) -> Status:
    """The 91-day status if the absences of ``kinds`` had been of ``kind``."""
    changed = _with_kinds_as(facts, kinds, kind)
    return judge_continuity(changed, assess_continuity(changed))[0]


def trip_days(period: ServicePeriod, kinds: frozenset[str]) -> int:
    """Days away of ``kinds`` within the period, as the absences of those kinds list them
    (a day that an absence that does not count also covers is still one of them)."""
    return sum(run.days for run in period.counting if run.kind in kinds)


#: Absences that count only if not excessive by comparison with the scheduled period of
#: the posting (TD 2012/8 para 1; CR 2005/54 para 64).
IF_NOT_EXCESSIVE = frozenset({AbsenceKind.WORK_TRIP, AbsenceKind.TRAINING_BRIEFING})


@reads(
    "service_start",
    "service_ended",
    "service_end",
    "expected_service_end",
    "absences",
    "left_early_and_returned",
    "died_during_service",
    "would_have_reached_91_days",
    decides="whether the 91-day test is met",
    law=(
        c.S23AG_1,
        c.S23AG_6,
    ),
)
def continuous_foreign_service_of_91_days(facts: Facts) -> Finding:
    """s 23AG(1): the person must have "been engaged in foreign service for a continuous
    period of not less than 91 days" (CR 2005/54 paras 43-44, 51-52). s 23AG(6) counts as
    foreign service recreation leave other than leave attributable to other service, long
    service or extended leave, or leave without pay or on reduced pay (paras 54-56); so are
    leave periods under a cyclical arrangement (paras 57-62; IT 2441) and training and
    briefing between postings if not excessive (para 64). In the Commissioner's view
    (TD 2012/8 para 1) so are temporary absences within the scheduled posting because of the
    person's own accident or illness, another person's accident, illness or death, work
    trips that are not excessive, and short breaks that are part of the normal working
    conditions.

    Days away that do not count are not foreign service. For foreign service from the 2005
    Act's assent, s 23AG(6A)-(6B) join the separate periods into one continuous period
    until the days away exceed one sixth of the days of foreign service (counted from the
    start); the tool applies that arithmetic, counting only days of foreign service toward
    the 91. For earlier service the former s 23AG(6A)-(6E) (an "absentee credit") and, for
    leave earned in Australia, the former s 23AG(6D) applied: where the answer turns on
    them the tool refers. s 23AG(1A): a person who died while engaged in foreign service
    that would otherwise have lasted 91 days is taken to have had 91 days (deaths from
    1 July 2004). A posting that has not ended is measured to the screening date, and the
    result says on which day the 91st day falls. Work trips and training count only if not
    excessive: where they are more than one sixth of the period (the Act's own measure of
    tolerable absence, used here as a working line) and the answer turns on them, it
    refers; so it does for absences at the very end that alone reach 91 days."""
    relied_on = (
        "service_start",
        "service_ended",
        "service_end",
        "expected_service_end",
        "absences",
        "left_early_and_returned",
        "died_during_service",
        "would_have_reached_91_days",
    )
    title = "A continuous period of at least 91 days overseas"
    base = (c.S23AG_1, c.CR_BASIC_TESTS, c.CR_91_DAYS)
    if (
        service_has_ended(facts)
        and facts.service_end is not None
        and facts.today is not None
        and facts.service_end > facts.today
    ):
        return Finding(
            "continuous_91_days",
            title,
            Status.UNCLEAR,
            f"The overseas service is recorded as having ended on {long_date(facts.service_end)}, "
            f"which is after the screening date ({long_date(facts.today)}). If the posting "
            "has not ended yet, answer that it has not and give the planned end date.",
            relied_on,
            base,
        )
    try:
        continuity = assess_continuity(facts)
    except PeriodError as error:
        return Finding("continuous_91_days", title, Status.UNCLEAR, str(error), relied_on, base)
    status, parts, cites = judge_continuity(facts, continuity)
    trips = frozenset(continuity.period.kinds & IF_NOT_EXCESSIVE)
    if (
        status == Status.MET
        and trips
        and _status_if(facts, trips, AbsenceKind.OTHER) != Status.MET
    ):
        days = trip_days(continuity.period, trips)
        needed = (
            "The test is met only if the work trips or training in Australia count, and they "
            "count only if they are not excessive compared with the length of the posting "
            f"(here {days} days of {continuity.period.days}). That is a judgement, not "
            "arithmetic. "
        )
        if 6 * days > continuity.period.days:
            status = Status.UNCLEAR
            parts.append(
                needed + "This tool refers it where the trips come to more than one sixth of "
                "the posting (its own working line, not a rule of law): get the posting's "
                "terms, the employer's reason for the trips, and advice."
            )
        else:
            parts.append(
                needed + "At under one sixth of the posting this tool treats them as not "
                "excessive (its own working line, not a rule of law); check the posting's "
                "terms and the employer's reason for the trips."
            )
    if status != Status.MET and AbsenceKind.NOT_SURE in continuity.period.kinds:
        generous = _status_if(
            facts, frozenset({AbsenceKind.NOT_SURE}), AbsenceKind.FOREIGN_RECREATION_LEAVE
        )
        if generous != status:
            status = Status.UNCLEAR
            parts.append(
                "We do not know what kind of absence one of the absences was, and the "
                "answer turns on it: find out from the client's leave record."
            )
    return Finding(
        "continuous_91_days",
        title,
        status,
        " ".join(parts),
        relied_on,
        tuple(dict.fromkeys(cites)),
    )


def judge_continuity(facts: Facts, continuity: Continuity) -> tuple[Status, list, list]:
    """The status, the explanation's sentences and the citations for the 91-day test."""
    period = continuity.period
    cites: list[Citation] = [c.S23AG_1, c.CR_BASIC_TESTS, c.CR_91_DAYS]
    if continuity.ongoing:
        opening = (
            "We do not know whether the posting has ended."
            if facts.service_ended == YesNo.NOT_SURE
            else "The posting has not ended."
        )
        parts = [
            f"{opening} Counting both the first day and the screening date, "
            f"the overseas service from {long_date(period.start)} to "
            f"{long_date(period.end)} is {period.days} days so far."
        ]
    else:
        parts = [
            f"Counting both the first and the last day, the overseas service from "
            f"{long_date(period.start)} to {long_date(period.end)} is {period.days} days."
        ]
    if period.before_arrival_days:
        parts.append(
            f"The first {period.before_arrival_days} days listed were spent away before the "
            "client first arrived, so they are not part of the overseas service: leave taken "
            "before the service began cannot have been earned by it."
        )
        cites += [c.S23AG_6, c.CR_TEMPORARY_ABSENCES]
    if period.ignored_absence_days:
        parts.append(
            f"{period.ignored_absence_days} days of absences fall outside those dates and "
            "were left out."
        )
    counting_kinds = period.kinds & COUNTING_ABSENCES
    if period.counting_absence_days:
        parts.append(
            f"{period.counting_absence_days} of those days were away for reasons that count as "
            "part of the overseas service ("
            + join_words([ABSENCE_KIND_LABELS[AbsenceKind(k)] for k in sorted(counting_kinds)])
            + ")."
        )
        cites += [c.S23AG_6, c.CR_TEMPORARY_ABSENCES, c.TR_96_15_ABSENCES]
        if AbsenceKind.CYCLICAL_LEAVE in counting_kinds:
            cites += [c.CR_CYCLICAL, c.IT_2441]
        if AbsenceKind.TRAINING_BRIEFING in counting_kinds:
            parts.append("Training and briefing days count only if they are not excessive.")
            cites.append(c.CR_TRAINING)
        if counting_kinds & TD_2012_8_ABSENCES:
            parts.append(
                "Absences for the client's own accident or illness, another person's "
                "accident, illness or death, work trips and short breaks count in the Tax "
                "Office's published view, if the terms of the posting allowed them and (for "
                "work trips) they were not excessive."
            )
            cites.append(c.TD_2012_8)

    def result(status: Status, *more: str):
        return status, parts + list(more), cites

    if not continuity.chains:
        return result(
            Status.NOT_MET,
            "The client was away for the whole period, so there was no foreign service.",
        )
    if period.breaks:
        kinds_away = sorted(period.break_kinds)
        parts.append(
            f"{period.absence_days} days were away for reasons that do not count "
            f"({join_words([ABSENCE_KIND_LABELS[AbsenceKind(k)] for k in kinds_away])}). "
            f"Those days are not foreign service. The separate periods are: "
            f"{describe_runs(period.segments())}."
        )
        cites += [c.S23AG_6, c.CR_TEMPORARY_ABSENCES, c.TR_96_15_ABSENCES]
        if AbsenceKind.AUSTRALIAN_ACCRUED_LEAVE in kinds_away:
            cites.append(c.CR_FURTHER_LEAVE)

    died = death_rule(facts, continuity)
    if died is not None:
        status, sentence = died
        cites += [c.S23AG_1A, c.ACT_2005_APPLICATION]
        return result(status, sentence)

    if period.breaks and continuity.joined_by_one_sixth_rule:
        parts.append(one_sixth_sentence(continuity))
        cites += [c.S23AG_6A_6B, c.ACT_2005_APPLICATION]
    elif period.breaks:
        cites.append(c.S23AG_6A_6B)

    trailing = trailing_leave_days(period)
    current = continuity.current
    if trailing and current.service_days >= DAYS_REQUIRED > current.service_days - trailing:
        cites.append(c.TD_2012_8)
        return result(
            Status.UNCLEAR,
            f"The period reaches {DAYS_REQUIRED} days only with the {trailing} days away at "
            "its end, after the client's last day of work overseas. Time away counts only if "
            "it is a temporary absence within the scheduled period of the posting; leave or "
            "sick leave after the posting ended (or from which the client never went back) "
            "does not lengthen it. Get the posting's terms to see when the posting was "
            "scheduled to end, and when it did end.",
        )
    if continuity.ongoing:
        return result(*ongoing_posting(facts, continuity))

    if period.days < DAYS_REQUIRED:
        return result(
            Status.NOT_MET,
            f"That is fewer than {DAYS_REQUIRED} days, so the test is not met.",
        )
    if facts.left_early_and_returned in (YesNo.YES, YesNo.NOT_SURE) and not facts.absences:
        cites += [c.CR_RETURN_TO_POSTING, c.TR_96_15_RETURN]
        return result(
            Status.UNCLEAR,
            "But the client left the posting before finishing 91 days and went back (or we "
            "are not sure), and no time away was listed, so we cannot measure the period. "
            "List the time away as an absence, with its dates and reason, from the client's "
            "leave record or travel records.",
        )
    relevant = continuity.relevant
    qualifying = [ch for ch in relevant if continuity.qualifying(ch)]
    if len(qualifying) == len(relevant):
        if continuity.joined_by_one_sixth_rule and len(relevant) == 1:
            return result(
                Status.MET,
                f"Joined by that rule, they are one continuous period with "
                f"{continuity.current.service_days} days of foreign service, so the test is met.",
            )
        if len(relevant) == 1:
            return result(
                Status.MET, f"That is a continuous period of at least {DAYS_REQUIRED} days."
            )
        return result(
            Status.MET,
            f"Each continuous period has at least {DAYS_REQUIRED} days of foreign service, so "
            "the test is met for each of them. The days away are not themselves foreign "
            "service.",
        )
    if continuity.cut_off_by_the_earlier_rule():
        return result(*earlier_joining_rule(facts, continuity, cites))
    if any(ch.days >= DAYS_REQUIRED for ch in relevant if ch not in qualifying):
        return result(
            Status.UNCLEAR,
            f"A continuous period spans {DAYS_REQUIRED} days or more only if the days away "
            "inside it are counted; the law counts days of foreign service, and whether days "
            "away count toward the 91 needs professional advice.",
        )
    if qualifying and period.start < ONE_SIXTH_RULE_FROM:
        cites.append(c.ACT_2005_APPLICATION)
        return result(
            Status.UNCLEAR,
            f"Some continuous periods reach {DAYS_REQUIRED} days and some do not. But the "
            "service began before the one-sixth rule applied: under the transitional rule "
            "(Sch 1 item 5(4) of the 2005 Act), if the client had an 'absentee credit' "
            "balance under the earlier rule just before then, the days of that period before "
            "then are added to the days of foreign service, which may join the periods. Get "
            "professional advice, with the posting's terms and the leave record.",
        )
    if qualifying:
        return result(Status.UNCLEAR, MIXED_PERIODS)
    return result(
        Status.NOT_MET,
        f"No continuous period reaches {DAYS_REQUIRED} days of foreign service, so the test "
        "is not met.",
    )


#: How the 91-day finding begins for a posting that starts after the screening date.
NOT_STARTED = "The posting has not started yet"

#: The sentence that ends the 91-day finding when the service splits into continuous periods
#: some of which reach 91 days: the pay can be split between them by the dates.
MIXED_PERIODS = (
    f"Some continuous periods reach {DAYS_REQUIRED} days and some do not. Pay for the "
    "longer periods is exempt under this test; pay for the shorter periods is not, so the "
    "pay must be split between the periods: get the pay records by period."
)


def one_sixth_sentence(continuity: Continuity) -> str:
    period = continuity.period
    chains = continuity.chains
    blocks = len(list(blocks_between(period, continuity.earlier_rule_breaks)))
    earlier = (
        f" The days away before {long_date(ONE_SIXTH_RULE_FROM)} fall before that rule applied, "
        "so the periods either side of them are kept apart."
        if continuity.earlier_rule_breaks
        else ""
    )
    held = (
        "Here the days away stay within one sixth all the way through"
        if len(chains) == blocks
        else (
            "Here the days away come to more than one sixth at some point, so the periods "
            f"form {len(chains)} separate continuous periods: "
            + describe_runs([(ch.start, ch.end) for ch in chains])
        )
    )
    return (
        "For service from the day the Tax Laws Amendment (2005 Measures No. 5) Act 2005 "
        "received the Royal Assent (taken here as 19 December 2005) the law joins separate "
        "periods into one continuous "
        "period until the days away, counted from the start, come to more than one sixth of "
        f"the days of foreign service (exactly one sixth is not more). Days away that do not "
        f"count: {period.absence_days}, against {period.counted_days} days of foreign "
        f"service. {held}.{earlier}"
    )


def earlier_joining_rule(facts: Facts, continuity: Continuity, cites: list) -> tuple:
    """Service with days away before the one-sixth rule applied: the earlier rule (an
    "absentee credit", former s 23AG(6A)-(6E)) and, for leave earned in Australia, the
    former s 23AG(6D) decided whether separate periods joined. The tool does not hold that
    text, so where the answer turns on it, it refers."""
    cites += [c.S23AG_6A_6E_BEFORE_2005, c.ACT_2005_APPLICATION, c.CR_RETURN_TO_POSTING]
    cites.append(c.TR_96_15_RETURN)
    long_runs = [ch for ch in continuity.chains if continuity.qualifying(ch)]
    sentences = [
        "Some days away fall before the rule that now joins separate periods (the one-sixth "
        "rule) applied, which was from the day the Tax Laws Amendment (2005 Measures No. 5) "
        "Act 2005 received the Royal Assent (taken here as 19 December 2005; check the date "
        "in the Act). An earlier rule (an 'absentee "
        "credit' built up by days of foreign service) decided then whether periods could be "
        "joined, and someone who went back to continue a posting could still qualify. This "
        "tool does not apply that earlier rule: get professional advice, with the posting's "
        "terms and the client's leave record."
    ]
    if long_runs:
        sentences.append(
            "Whatever that rule says, "
            + join_words(
                [
                    f"{long_date(ch.start)} to {long_date(ch.end)} ({ch.days} days)"
                    for ch in long_runs
                ]
            )
            + " on its own reaches 91 days, so pay for that period is exempt under this test; "
            "only pay for the other periods turns on the earlier rule."
        )
    if AbsenceKind.AUSTRALIAN_ACCRUED_LEAVE in continuity.period.kinds:
        sentences.append(
            "Leave earned in Australia did not always break the period under the former "
            "s 23AG(6D)."
        )
        cites += [c.CR_AUSTRALIAN_LEAVE, c.S23AG_6D]
    return (Status.UNCLEAR, *sentences)


def death_rule(facts: Facts, continuity: Continuity) -> tuple[Status, str] | None:
    """s 23AG(1A): taken to have 91 days if the person died while engaged in foreign
    service for a continuous period of less than 91 days, would otherwise have continued in
    it, and it would otherwise have lasted at least 91 days (deaths from 1 July 2004,
    Sch 1 item 5(1) of the 2005 Act). None when it does not come into play."""
    if facts.died_during_service != YesNo.YES or continuity.ongoing:
        return None
    if continuity.qualifying(continuity.current):
        return None
    death = continuity.period.end
    if death < DEATH_RULE_FROM:
        return (
            Status.NOT_MET,
            "The client died before the last period reached 91 days, but the rule that "
            "treats such a posting as 91 days applies only to deaths from 1 July 2004.",
        )
    earlier_ok = all(
        continuity.qualifying(ch) for ch in continuity.relevant if ch != continuity.current
    )
    rule = (
        f"The client died on {long_date(death)}, during the overseas service, before it "
        f"reached {DAYS_REQUIRED} days. The law treats such a posting as {DAYS_REQUIRED} days "
        "if the client would otherwise have stayed in it for at least that long."
    )
    answer = facts.would_have_reached_91_days
    if answer == YesNo.YES and not earlier_ok:
        return (
            Status.UNCLEAR,
            rule + " Here the posting would have lasted that long, so the last period counts "
            "as 91 days. " + MIXED_PERIODS,
        )
    if answer == YesNo.YES:
        return (
            Status.MET,
            rule + " Here the posting would have lasted that long, so the test is met.",
        )
    if answer == YesNo.NO:
        return (
            Status.NOT_MET,
            rule + " Here it would not have lasted that long, so the test is not met.",
        )
    return (
        Status.UNCLEAR,
        rule + " We do not know whether it would have lasted that long: check the posting's "
        "planned length in the deployment papers.",
    )


def ongoing_posting(facts: Facts, continuity: Continuity) -> tuple:
    """A posting still running at the screening date: the test is met once the current
    continuous period reaches 91 days of foreign service; until then the result is
    conditional on the date the 91st day falls on."""
    today = continuity.period.end
    day_91 = continuity.day_91
    earlier = [
        ch
        for ch in continuity.relevant
        if ch != continuity.current and not continuity.qualifying(ch)
    ]
    caution = (
        " Pay for service after the screening date stays within the exemption only if no "
        "absence that does not count breaks the period (more than one sixth, for service "
        "since the 2005 Act)."
    )
    split = (
        f" An earlier period of {earlier[0].service_days} days was cut off by days away and "
        "does not count toward the current one; pay for it is not exempt under this test."
        if earlier
        else ""
    )
    if facts.service_ended == YesNo.NOT_SURE:
        return (
            Status.UNCLEAR,
            "If the client was still in the "
            f"overseas service on {long_date(day_91)}, the {DAYS_REQUIRED}st day of the current "
            "continuous period, the test is met; if the posting ended before then, it is not. "
            "Find out when the posting ended (the employer's records or the client's travel "
            "records)." + split,
        )
    if continuity.qualifying(continuity.current):
        return (
            Status.MET if not earlier else Status.UNCLEAR,
            f"The {DAYS_REQUIRED}st day of the current continuous period was "
            f"{long_date(day_91)}, on or before the screening date, so the test is met for "
            "the service so far." + caution + split + (" " + MIXED_PERIODS if earlier else ""),
        )
    served = continuity.current.service_days
    planned = facts.expected_service_end
    plan = ""
    if planned is not None and planned < day_91:
        plan = (
            f" The posting is planned to end on {long_date(planned)}, before that day: as "
            "planned, it would not reach 91 days, and the pay would not be exempt."
        )
    elif planned is not None:
        plan = (
            f" The posting is planned to end on {long_date(planned)}, on or after that day, "
            "so it would reach 91 days if it runs as planned."
        )
    return (
        Status.UNCLEAR,
        f"By the screening date ({long_date(today)}) the client has {served} days of "
        f"foreign service in the current period. If the posting continues without a break "
        f"that does not count, the {DAYS_REQUIRED}st day will be {long_date(day_91)}; from "
        "then the test is met for the whole period, including pay already received. If the "
        f"posting ends before {long_date(day_91)}, the test is not met (unless the client dies "
        "while serving and the posting would otherwise have lasted 91 days). Screen again "
        "once the posting has ended or passed that day." + plan + split,
    )


def foreign_service_data(facts: Facts, finding: Finding) -> dict:
    """The ``foreign_service`` entry of the determination's data: the dates, the days
    counted (first and last day included), the separate periods, the one-sixth ratio and,
    for a posting still running, the day the 91st day falls on."""
    empty = {
        "start": facts.service_start.isoformat() if facts.service_start else None,
        "end": facts.service_end.isoformat() if facts.service_end else None,
        "days": None,
        "counted_days": None,
        "absence_days": None,
        "absence_ratio": None,
        "within_one_sixth": None,
        "one_sixth_rule_applied": None,
        "periods": [],
        "continuous_periods": [],
        "meets_91_days": None,
        "ongoing": not service_has_ended(facts),
        "measured_to": None,
        "day_91": None,
        "day_91_text": None,
        "measured_to_text": None,
        "reached_91_days_by_screening_date": None,
        "before_arrival_days": None,
    }
    try:
        continuity = assess_continuity(facts)
    except PeriodError:
        return empty
    period = continuity.period
    meets = {Status.MET: True, Status.NOT_MET: False}.get(finding.status)

    def rows(spans):
        return [
            {
                "start": a.isoformat(),
                "end": b.isoformat(),
                "days": inclusive_days(a, b),
                "text": f"{long_date(a)} to {long_date(b)}",
            }
            for a, b in spans
        ]

    day_91 = continuity.day_91 if continuity.chains else None
    return {
        **empty,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "days": period.days,
        "counted_days": period.counted_days,
        "absence_days": period.absence_days,
        "absence_ratio": f"{period.absence_days}/{period.counted_days}",
        "within_one_sixth": period.within_one_sixth,
        "one_sixth_rule_applied": continuity.joined_by_one_sixth_rule,
        "periods": rows(period.segments()),
        "continuous_periods": rows((ch.start, ch.end) for ch in continuity.chains),
        "meets_91_days": meets,
        "measured_to": period.end.isoformat(),
        "day_91": day_91.isoformat() if day_91 else None,
        "day_91_text": long_date(day_91) if day_91 else None,
        "measured_to_text": long_date(period.end),
        "reached_91_days_by_screening_date": (
            day_91 <= period.end if continuity.ongoing and day_91 else None
        ),
        "before_arrival_days": period.before_arrival_days,
    }

"""Steps 3 and 5: foreign service (s 23AG(7)) and a continuous period of 91 days (s 23AG(1))."""

from __future__ import annotations

from questionnaires.foreign_employment_income import citations as c
from questionnaires.framework.determination import Citation, Finding, Status
from questionnaires.framework.wording import YesNo, join_words, long_date

from .absences import (
    PeriodError,
    describe_runs,
    measure_foreign_service,
    periods_joined_by_the_one_sixth_rule,
)
from .answers import (
    ABSENCE_KIND_LABELS,
    COUNTING_ABSENCES,
    AbsenceKind,
    WorkCapacity,
)
from .facts import (
    DAYS_REQUIRED,
    Facts,
    inclusive_days,
)

# ---------------------------------------------------------------------------
# 3. Foreign service
# ---------------------------------------------------------------------------


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


def continuous_foreign_service_of_91_days(facts: Facts) -> Finding:
    """s 23AG(1): the person must have "been engaged in foreign service for a continuous
    period of not less than 91 days" (CR 2005/54 paras 43-44, 51-52). Under s 23AG(6)
    recreation leave is part of the foreign service unless it is attributable to other
    service, long service or extended leave, or leave without pay or on reduced pay (paras
    54-56); so are leave periods under a cyclical arrangement (paras 57-62; IT 2441) and
    training, briefing and debriefing in leave between postings if not excessive (para 64).

    This tool's reading: days away that do not count are not foreign service and break the
    period, so the days before and after are separate periods that must each reach 91 days
    (para 52). Where the answer could turn on returning to the posting (para 53; TR 96/15
    paras 9-16), on leave earned in Australia (para 66; s 23AG(6D)), or on the later
    one-sixth rule for joining periods (s 23AG(6A)-(6B)), it refers rather than decides."""
    relied_on = ("service_start", "service_end", "absences", "left_early_and_returned")
    title = "A continuous period of at least 91 days overseas"
    base = (c.S23AG_1, c.CR_BASIC_TESTS, c.CR_91_DAYS)
    try:
        period = measure_foreign_service(facts)
    except PeriodError as error:
        return Finding("continuous_91_days", title, Status.UNCLEAR, str(error), relied_on, base)

    parts = [
        f"Counting both the first and the last day, the overseas service from "
        f"{long_date(period.start)} to {long_date(period.end)} is {period.days} days."
    ]
    cites: list[Citation] = list(base)
    if period.ignored_absence_days:
        parts.append(
            f"{period.ignored_absence_days} days of absences fall outside those dates and "
            "were left out."
        )
    if period.counting_absence_days:
        parts.append(
            f"{period.counting_absence_days} of those days were away on leave that counts as "
            "part of the overseas service (recreation leave earned overseas, rotation leave, "
            "or training and briefing between postings)."
        )
        cites += [c.S23AG_6, c.CR_TEMPORARY_ABSENCES, c.TR_96_15_ABSENCES]
        if AbsenceKind.CYCLICAL_LEAVE in period.kinds:
            cites += [c.CR_CYCLICAL, c.IT_2441]
        if AbsenceKind.TRAINING_BRIEFING in period.kinds:
            parts.append("Training and briefing days count only if they are not excessive.")
            cites.append(c.CR_TRAINING)

    def finding(status: Status, *more: str) -> Finding:
        return Finding(
            "continuous_91_days",
            title,
            status,
            " ".join(parts + list(more)),
            relied_on,
            tuple(dict.fromkeys(cites)),
        )

    if period.days < DAYS_REQUIRED:
        return finding(
            Status.NOT_MET, f"That is fewer than {DAYS_REQUIRED} days, so the test is not met."
        )

    left_early = facts.left_early_and_returned in (YesNo.YES, YesNo.NOT_SURE)
    if not period.breaks:
        if left_early and not facts.absences:
            cites += [c.CR_RETURN_TO_POSTING, c.TR_96_15_RETURN]
            return finding(
                Status.UNCLEAR,
                "But the client left the posting before finishing 91 days and went back (or "
                "we are not sure), and no time away was listed, so we cannot measure the "
                "period. List the time away as an absence, or get professional advice: "
                "someone who returns to continue a posting may still qualify.",
            )
        return finding(
            Status.MET, f"That is a continuous period of at least {DAYS_REQUIRED} days."
        )

    kinds_away = sorted({period.breaks[d] for d in period.breaks})
    parts.append(
        f"{period.absence_days} days were away for reasons that do not count "
        f"({join_words([ABSENCE_KIND_LABELS[AbsenceKind(k)] for k in kinds_away])}). Those days "
        "are not foreign service, and they break the period: the days before and after are "
        f"separate periods, and each must reach {DAYS_REQUIRED} days on its own."
    )
    cites += [c.S23AG_6, c.CR_TEMPORARY_ABSENCES, c.TR_96_15_ABSENCES]
    if AbsenceKind.AUSTRALIAN_ACCRUED_LEAVE in kinds_away:
        cites.append(c.CR_FURTHER_LEAVE)
    runs = period.segments()
    if not runs:
        return finding(
            Status.NOT_MET,
            "The client was away for the whole period, so there was no foreign service.",
        )
    parts.append(f"The separate periods are: {describe_runs(runs)}.")

    # s 23AG(6A)-(6B): report the ratio, and whether the running one-sixth test holds.
    joined = periods_joined_by_the_one_sixth_rule(period)
    throughout = bool(joined) and joined[0].end == runs[-1][1]
    parts.append(
        f"Days away that do not count: {period.absence_days}, against {period.counted_days} "
        f"days of foreign service (a ratio of {period.absence_days}/{period.counted_days}). "
        "A later rule treats separate periods as one continuous period until the days away, "
        "counted from the start, come to more than one-sixth of the days of foreign service. "
        + (
            "Here they stay within one-sixth all the way through."
            if throughout
            else "Here they come to more than one-sixth at some point."
        )
    )
    cites.append(c.S23AG_6A_6B)

    if all(inclusive_days(a, b) >= DAYS_REQUIRED for a, b in runs):
        return finding(
            Status.MET,
            f"Each separate period is at least {DAYS_REQUIRED} days, so the test is met for "
            "each of them. The days away are not themselves foreign service.",
        )

    doubts: list[str] = []
    if AbsenceKind.NOT_SURE in period.kinds:
        doubts.append(
            "We do not know what kind of leave one of the absences was, and the answer may "
            "turn on it."
        )
    without_australian_leave = period.segments(
        frozenset(set(AbsenceKind) - COUNTING_ABSENCES - {AbsenceKind.AUSTRALIAN_ACCRUED_LEAVE})
    )
    if AbsenceKind.AUSTRALIAN_ACCRUED_LEAVE in period.kinds and all(
        inclusive_days(a, b) >= DAYS_REQUIRED for a, b in without_australian_leave
    ):
        doubts.append(
            "The period falls short only because of leave earned from work in Australia. In "
            "limited cases such leave may not break the period; that needs professional "
            "advice."
        )
        cites += [c.CR_AUSTRALIAN_LEAVE, c.S23AG_6D]
    if left_early:
        doubts.append(
            "The client left the posting early and went back to it (or we are not sure). "
            "Someone who returns to continue a posting may still qualify; that needs "
            "professional advice."
        )
        cites += [c.CR_RETURN_TO_POSTING, c.TR_96_15_RETURN]
    longest = max(joined, key=lambda j: j.days)
    if longest.absence_days and longest.days >= DAYS_REQUIRED:
        doubts.append(
            f"Under the one-sixth rule the periods from {long_date(longest.start)} to "
            f"{long_date(longest.end)} could count as one continuous period of "
            f"{longest.days} days ({longest.absence_days} days away against "
            f"{longest.service_days} days of foreign service). The answer turns on that rule; "
            "get professional advice."
        )
    if any(inclusive_days(a, b) >= DAYS_REQUIRED for a, b in runs):
        doubts.append(
            f"Some of the separate periods reach {DAYS_REQUIRED} days and some do not. Pay "
            "for the shorter periods is not exempt under this test, so the pay must be split "
            "between the periods."
        )
    if doubts:
        return finding(Status.UNCLEAR, *doubts)
    return finding(
        Status.NOT_MET,
        f"None of the separate periods reaches {DAYS_REQUIRED} days, even joined under the "
        "one-sixth rule, so the test is not met.",
    )


def foreign_service_data(facts: Facts, finding: Finding) -> dict:
    """The ``foreign_service`` entry of the determination's data: the dates, the days
    counted (first and last day included), the separate periods, and the one-sixth ratio."""
    empty = {
        "start": facts.service_start.isoformat() if facts.service_start else None,
        "end": facts.service_end.isoformat() if facts.service_end else None,
        "days": None,
        "counted_days": None,
        "absence_days": None,
        "absence_ratio": None,
        "within_one_sixth": None,
        "periods": [],
        "meets_91_days": None,
    }
    try:
        period = measure_foreign_service(facts)
    except PeriodError:
        return empty
    runs = period.segments()
    joined = periods_joined_by_the_one_sixth_rule(period)
    meets = {Status.MET: True, Status.NOT_MET: False}.get(finding.status)
    return {
        **empty,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "days": period.days,
        "counted_days": period.counted_days,
        "absence_days": period.absence_days,
        "absence_ratio": f"{period.absence_days}/{period.counted_days}",
        "within_one_sixth": bool(joined) and joined[0].end == runs[-1][1],
        "periods": [
            {
                "start": a.isoformat(),
                "end": b.isoformat(),
                "days": inclusive_days(a, b),
                "text": f"{long_date(a)} to {long_date(b)}",
            }
            for a, b in runs
        ],
        "meets_91_days": meets,
    }

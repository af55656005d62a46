"""Foreign employment income exemption: s 23AG of the Income Tax Assessment Act 1936.

The tests run in the order of the legal analysis in Class Ruling CR 2005/54 (paras 43-86):
income year and the s 23AG(1AA) activity limit, residency, foreign service, whether the
ruling itself binds the Commissioner, a continuous period of 91 days, foreign earnings from
that foreign service, the s 23AG(2) "solely" test, then exemption with progression.

Pure Python: no Django. The same facts always give the same determination.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from itertools import pairwise

from questionnaires.foreign_employment_income import citations as c
from questionnaires.framework.determination import Citation, Determination, Finding, Status
from questionnaires.framework.wording import YesNo, join_words, long_date

# ---------------------------------------------------------------------------
# Answers (form field values)
# ---------------------------------------------------------------------------


class Outcome(StrEnum):
    EXEMPT = "exempt"
    PARTLY_EXEMPT = "partly_exempt"
    NOT_EXEMPT = "not_exempt"
    NOT_APPLICABLE = "not_applicable"
    REFER = "refer"


class Activity(StrEnum):
    """What the foreign service was directly attributable to (s 23AG(1AA)(a)-(e))."""

    DEVELOPMENT_ASSISTANCE = "development_assistance"  # (a)
    PUBLIC_FUND = "public_fund"  # (b)
    EXEMPT_ENTITY = "exempt_entity"  # (c)
    DISCIPLINED_FORCE = "disciplined_force"  # (d)
    REGULATIONS = "regulations"  # (e)
    NONE = "none"
    NOT_SURE = "not_sure"


class WorkCapacity(StrEnum):
    EMPLOYEE = "employee"
    OFFICE_HOLDER = "office_holder"
    CONTRACTOR = "contractor"
    NOT_SURE = "not_sure"


class AbsenceKind(StrEnum):
    FOREIGN_RECREATION_LEAVE = "foreign_recreation_leave"
    CYCLICAL_LEAVE = "cyclical_leave"
    TRAINING_BRIEFING = "training_briefing"
    AUSTRALIAN_ACCRUED_LEAVE = "australian_accrued_leave"
    LONG_SERVICE_LEAVE = "long_service_leave"
    UNPAID_LEAVE = "unpaid_leave"
    OTHER = "other"
    NOT_SURE = "not_sure"


ABSENCE_KIND_LABELS = {
    AbsenceKind.FOREIGN_RECREATION_LEAVE: "recreation leave earned during the overseas service",
    AbsenceKind.CYCLICAL_LEAVE: "leave under a rotation (cyclical) arrangement",
    AbsenceKind.TRAINING_BRIEFING: (
        "training, briefing or debriefing during leave between postings"
    ),
    AbsenceKind.AUSTRALIAN_ACCRUED_LEAVE: (
        "recreation leave earned wholly or partly from work in Australia"
    ),
    AbsenceKind.LONG_SERVICE_LEAVE: "long service leave or other extended leave",
    AbsenceKind.UNPAID_LEAVE: "leave without pay or on reduced pay",
    AbsenceKind.OTHER: "another reason",
    AbsenceKind.NOT_SURE: "a kind of absence we are not sure of",
}

#: Absences that s 23AG(6) treats as part of the foreign service (paras 54-64).
COUNTING_ABSENCES = frozenset(
    {
        AbsenceKind.FOREIGN_RECREATION_LEAVE,
        AbsenceKind.CYCLICAL_LEAVE,
        AbsenceKind.TRAINING_BRIEFING,
    }
)


class Payment(StrEnum):
    SALARY = "salary"
    DEPLOYMENT_COMPOSITE_ALLOWANCE = "deployment_composite_allowance"
    PRE_DEPLOYMENT_COMPOSITE_ALLOWANCE = "pre_deployment_composite_allowance"
    TRANSFER_ALLOWANCE = "transfer_allowance"
    MOTOR_VEHICLE_ALLOWANCE = "motor_vehicle_allowance"
    EXTENDED_UNACCOMPANIED_SERVICE_ALLOWANCE = "extended_unaccompanied_service_allowance"
    MISSION_ALLOWANCE = "mission_allowance"
    COMMUNICATIONS_ALLOWANCE = "communications_allowance"
    MEALS_ACCOMMODATION_INCIDENTALS_ALLOWANCE = "meals_accommodation_incidentals_allowance"
    OTHER_SERVICE_ALLOWANCE = "other_service_allowance"
    BONUS_OR_COMMISSION = "bonus_or_commission"
    FOREIGN_RECREATION_LEAVE_PAY = "foreign_recreation_leave_pay"
    PENSION_OR_ANNUITY = "pension_or_annuity"
    TERMINATION_PAYMENT = "termination_payment"
    OTHER = "other"


class PaymentCircumstance(StrEnum):
    AUSTRALIAN_ACCOUNT = "australian_account"
    PAID_AFTER_RETURN = "paid_after_return"
    ADVANCE_BEFORE_SERVICE = "advance_before_service"


class ForeignTaxReason(StrEnum):
    """Why the pay was not taxed in the foreign country (or that it was)."""

    TAXED = "taxed"
    DOUBLE_TAX_AGREEMENT = "double_tax_agreement"  # s 23AG(2)(a)-(b)
    FOREIGN_LAW_NO_TAX = "foreign_law_no_tax"  # s 23AG(2)(c)-(d)
    PRIVILEGES_IMMUNITIES = "privileges_immunities"  # s 23AG(2)(e)-(g)
    SPECIFIC_AGREEMENT = "specific_agreement"  # e.g. Article 11.4 (Nauru)
    OTHER = "other"
    NOT_SURE = "not_sure"


#: Reasons listed in s 23AG(2)(a)-(g).
LISTED_REASONS = frozenset(
    {
        ForeignTaxReason.DOUBLE_TAX_AGREEMENT,
        ForeignTaxReason.FOREIGN_LAW_NO_TAX,
        ForeignTaxReason.PRIVILEGES_IMMUNITIES,
    }
)

#: Reasons for being exempt abroad that are not listed in s 23AG(2) (CR 2005/54 para 81).
UNLISTED_REASONS = frozenset({ForeignTaxReason.SPECIFIC_AGREEMENT, ForeignTaxReason.OTHER})


# ---------------------------------------------------------------------------
# Facts
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RateSchedule:
    """Resident income tax rates for one income year. Each band is (top, rate): the rate
    applies to income above the previous band's top up to this top; the last top is None.
    Rates are fractions (Decimal("0.17") is 17%)."""

    income_year: str
    bands: tuple[tuple[Decimal | None, Decimal], ...]
    medicare_levy_rate: Decimal
    source: str

    @property
    def is_complete(self) -> bool:
        """At least one band, the tops rising, and a top band with no upper limit: a table
        that leaves income untaxed above its last band is never used to guess."""
        tops = [top for top, _ in self.bands]
        if not tops or tops[-1] is not None or None in tops[:-1]:
            return False
        return all(a < b for a, b in pairwise(tops[:-1]))


@dataclass(frozen=True)
class Absence:
    """One absence from the foreign country during the period of foreign service."""

    absence_start: date | None
    absence_end: date | None
    absence_kind: str


@dataclass(frozen=True)
class Facts:
    income_year: str = ""
    attributable_activity: str | None = None
    australian_resident: str | None = None
    work_capacity: str | None = None
    ruling_class_member: str | None = None
    arrangement_as_described: str | None = None
    service_start: date | None = None
    service_end: date | None = None
    absences: tuple[Absence, ...] = ()
    left_early_and_returned: str | None = None
    payments_received: frozenset[str] = frozenset()
    payment_circumstances: frozenset[str] = frozenset()
    foreign_tax_reasons: frozenset[str] = frozenset()
    other_assessable_income: Decimal | None = None
    other_deductions: Decimal | None = None
    exempt_foreign_income: Decimal | None = None
    exempt_income_expenses: Decimal | None = None
    rate_schedule: RateSchedule | None = None


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

DAYS_REQUIRED = 91
ACTIVITY_LIMIT_FROM = 2009  # income years from 2009-10 (foreign service from 1 July 2009)
ACTIVITY_LIMIT_START = date(2009, 7, 1)
RULING_FROM = 2004  # CR 2005/54 applies from 1 July 2004 (para 11)
CENT = Decimal("0.01")


def format_money(value: Decimal) -> str:
    sign = "-" if value < 0 else ""
    return f"{sign}${abs(value):,.2f}"


def _money_str(value: Decimal) -> str:
    return str(value.quantize(CENT, rounding=ROUND_HALF_UP))


def income_year_start(income_year: str) -> int | None:
    """The calendar year an Australian income year starts in ("2004-05" -> 2004): income
    years run from 1 July to 30 June. None if the label is not a valid income year."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", (income_year or "").strip())
    if not match:
        return None
    start = int(match.group(1))
    if (start + 1) % 100 != int(match.group(2)):
        return None
    return start


def inclusive_days(start: date, end: date) -> int:
    """Days from start to end, counting both the first and the last day."""
    return (end - start).days + 1


# ---------------------------------------------------------------------------
# 1. Income year and s 23AG(1AA)
# ---------------------------------------------------------------------------

_ACTIVITY_CITATIONS = {
    Activity.DEVELOPMENT_ASSISTANCE: c.S23AG_1AA_A,
    Activity.PUBLIC_FUND: c.S23AG_1AA_B,
    Activity.EXEMPT_ENTITY: c.S23AG_1AA_C,
    Activity.DISCIPLINED_FORCE: c.S23AG_1AA_D,
    Activity.REGULATIONS: c.S23AG_1AA_E,
}

_ACTIVITY_WORDS = {
    Activity.DEVELOPMENT_ASSISTANCE: (
        "delivering Australian official development assistance (overseas aid)"
    ),
    Activity.PUBLIC_FUND: (
        "the employer running a public fund for international aid of a kind the law lists"
    ),
    Activity.EXEMPT_ENTITY: (
        "the activities of an employer that is exempt from tax as a prescribed institution "
        "located, or pursuing its objectives, outside Australia"
    ),
    Activity.DISCIPLINED_FORCE: (
        "deployment overseas by an Australian government as a member of a disciplined force "
        "(such as the police)"
    ),
}


def exemption_limited_to_listed_activities(facts: Facts) -> Finding:
    """s 23AG(1AA) ITAA 1936 (inserted by the Tax Laws Amendment (2009 Budget Measures
    No. 1) Act 2009): for foreign service on or after 1 July 2009 the exemption applies only
    if the continuous period of foreign service is directly attributable to (a) Australian
    official development assistance, (b) a public fund covered by item 9.1.1 or 9.1.2 of
    s 30-80(1) ITAA 1997, (c) the activities of an employer exempt as a prescribed
    institution under para 50-50(c) or (d) ITAA 1997, (d) deployment as a member of a
    disciplined force by an Australian government or authority, or (e) an activity
    specified in the regulations. The amending Act's application rule (Sch 1 item 2) leaves
    out pay for foreign service performed before 1 July 2009."""
    relied_on = ("income_year",)
    title = "Income year and kind of overseas work"
    start = income_year_start(facts.income_year)
    if start is None:
        return Finding(
            "s23ag_1aa",
            title,
            Status.UNCLEAR,
            "We could not read the income year. Australian income years run from 1 July to "
            '30 June; enter one like "2004-05".',
            relied_on,
            (c.S23AG_1AA,),
        )
    year_words = (
        f"The {facts.income_year} income year runs from 1 July {start} to 30 June {start + 1}."
    )
    if start < ACTIVITY_LIMIT_FROM:
        explanation = (
            f"{year_words} The extra limit on the kinds of work that can be exempt applies "
            "only from 1 July 2009, so it does not apply to this year."
        )
        if facts.service_end is not None and facts.service_end >= ACTIVITY_LIMIT_START:
            explanation += (
                " Service on or after 1 July 2009 falls under that limit; screen the "
                "2009-10 income year separately."
            )
        return Finding(
            "s23ag_1aa", title, Status.NOT_APPLICABLE, explanation, relied_on, (c.S23AG_1AA,)
        )
    relied_on = ("income_year", "attributable_activity")
    answer = facts.attributable_activity
    earlier_service = ""
    if facts.service_start is not None and facts.service_start < ACTIVITY_LIMIT_START:
        earlier_service = (
            " The service started before 1 July 2009: pay for the days before then is not "
            "affected by this limit."
        )
    if answer in _ACTIVITY_WORDS:
        return Finding(
            "s23ag_1aa",
            title,
            Status.MET,
            f"{year_words} From 1 July 2009, overseas pay can be exempt only for certain kinds "
            f"of work. The client's work was for {_ACTIVITY_WORDS[answer]}, which is one of "
            "them." + earlier_service,
            relied_on,
            (c.S23AG_1AA, _ACTIVITY_CITATIONS[Activity(answer)]),
        )
    if answer == Activity.NONE:
        return Finding(
            "s23ag_1aa",
            title,
            Status.NOT_MET,
            f"{year_words} From 1 July 2009, overseas pay can be exempt only for certain kinds "
            "of work (overseas aid, international aid funds, certain tax-exempt overseas "
            "institutions, disciplined forces such as the police, or work named in the "
            "regulations). The client's work was none of these, so the pay is not exempt. Pay "
            "for overseas service before 1 July 2009 is not affected by this limit.",
            relied_on,
            (c.S23AG_1AA,),
        )
    if answer == Activity.REGULATIONS:
        explanation = (
            f"{year_words} The client's work is said to be a kind named in the regulations. "
            "This tool does not hold those regulations, so someone needs to check them."
        )
        cites: tuple[Citation, ...] = (c.S23AG_1AA, c.S23AG_1AA_E)
    else:
        explanation = (
            f"{year_words} From 1 July 2009, overseas pay can be exempt only for certain kinds "
            "of work, and we do not know whether the client's work was one of them."
        )
        cites = (c.S23AG_1AA,)
    return Finding(
        "s23ag_1aa", title, Status.UNCLEAR, explanation + earlier_service, relied_on, cites
    )


# ---------------------------------------------------------------------------
# 2. Residency
# ---------------------------------------------------------------------------


def australian_resident(facts: Facts) -> Finding:
    """s 23AG(1): the exemption is for "a resident, being a natural person". Residency is
    decided for each income year on the person's circumstances (CR 2005/54 paras 45-46;
    IT 2650)."""
    relied_on = ("australian_resident",)
    title = "Australian resident for tax purposes"
    cites = (c.S23AG_1, c.CR_RESIDENCY, c.IT_2650)
    answer = facts.australian_resident
    if answer == YesNo.YES:
        return Finding(
            "residency",
            title,
            Status.MET,
            "The exemption is only for Australian residents for tax purposes. The client "
            "stayed a resident throughout the overseas service.",
            relied_on,
            cites,
        )
    if answer == YesNo.NO:
        return Finding(
            "residency",
            title,
            Status.NOT_MET,
            "The exemption is only for Australian residents for tax purposes. The client was "
            "not a resident, so this exemption does not apply at all.",
            relied_on,
            cites,
        )
    return Finding(
        "residency",
        title,
        Status.UNCLEAR,
        "The exemption is only for Australian residents for tax purposes. We do not know "
        "whether the client was one. Residency depends on the client's circumstances in "
        "each income year and needs a closer look.",
        relied_on,
        cites,
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

    @property
    def absence_days(self) -> int:
        return len(self.breaks)

    @property
    def counted_days(self) -> int:
        return self.days - self.absence_days

    def segments(self, breaking_kinds: frozenset[str] | None = None) -> list[tuple[date, date]]:
        """Runs of days unbroken by absences of ``breaking_kinds`` (default: every
        absence that does not count)."""
        breaking = {
            day
            for day, kind in self.breaks.items()
            if breaking_kinds is None or kind in breaking_kinds
        }
        runs: list[tuple[date, date]] = []
        run_start: date | None = None
        day = self.start
        while day <= self.end:
            if day in breaking:
                if run_start is not None:
                    runs.append((run_start, day - timedelta(days=1)))
                    run_start = None
            elif run_start is None:
                run_start = day
            day += timedelta(days=1)
        if run_start is not None:
            runs.append((run_start, self.end))
        return runs


_ABSENCE_VALUES = frozenset(k.value for k in AbsenceKind)


class PeriodError(ValueError):
    """The dates given cannot be measured; the message says why."""


def measure_foreign_service(facts: Facts) -> ServicePeriod:
    """The period from the first to the last day of foreign service, both days counted,
    with each absence classified as counting (s 23AG(6)) or not."""
    if facts.service_start is None or facts.service_end is None:
        raise PeriodError("We do not have both the start and end dates of the overseas service.")
    if facts.service_end < facts.service_start:
        raise PeriodError("The overseas service ends before it starts; check the dates.")
    counting: set[date] = set()
    breaks: dict[date, str] = {}
    kinds: set[str] = set()
    ignored = 0
    for absence in facts.absences:
        if absence.absence_start is None or absence.absence_end is None:
            raise PeriodError("An absence is missing its start or end date.")
        if absence.absence_end < absence.absence_start:
            raise PeriodError("An absence ends before it starts; check the dates.")
        kind = (
            AbsenceKind(absence.absence_kind)
            if absence.absence_kind in _ABSENCE_VALUES
            else AbsenceKind.OTHER
        )
        kinds.add(kind)
        day = absence.absence_start
        while day <= absence.absence_end:
            if not facts.service_start <= day <= facts.service_end:
                ignored += 1
            elif kind in COUNTING_ABSENCES:
                counting.add(day)
            else:
                breaks.setdefault(day, kind)
            day += timedelta(days=1)
    return ServicePeriod(
        start=facts.service_start,
        end=facts.service_end,
        days=inclusive_days(facts.service_start, facts.service_end),
        counting_absence_days=len(counting - set(breaks)),
        breaks=breaks,
        kinds=frozenset(kinds),
        ignored_absence_days=ignored,
    )


def _describe_runs(runs: list[tuple[date, date]]) -> str:
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


# ---------------------------------------------------------------------------
# 4. Whether CR 2005/54 binds the Commissioner for this client
# ---------------------------------------------------------------------------


def covered_by_class_ruling(facts: Facts) -> Finding:
    """CR 2005/54 paras 3-6: the class is AFP officers, s 69D secondees and s 40E special
    members deployed to Nauru with the International Deployment Group under the
    Australia-Nauru Agreement who stay Australian residents; it excludes those who use leave
    accrued wholly or partly in Australia and those whose deployment is suspended before 91
    days. Paras 7-9: it binds the Commissioner only if the arrangement is carried out as
    described in paras 12-35. Para 11: it applies from 1 July 2004 and only while the tax
    laws are not amended."""
    relied_on = ("ruling_class_member",)
    title = "Whether Class Ruling CR 2005/54 binds the Commissioner for this client"
    cites = (c.CR_CLASS, c.CR_QUALIFICATIONS)
    guidance = (
        " The same tests are still applied below, as guidance rather than as a binding ruling."
    )
    term = (
        "A class ruling is the Commissioner of Taxation's public statement of how the tax law "
        "applies to a described group of people. It binds the Commissioner (the head of the "
        "Tax Office) only for that group, and only if what was actually done matches the "
        "arrangement it describes. "
    )
    member = facts.ruling_class_member
    if member == YesNo.NO:
        return Finding(
            "ruling_class",
            title,
            Status.NOT_APPLICABLE,
            term + "CR 2005/54 describes Australian Federal Police staff deployed to Nauru "
            "with the International Deployment Group. The client is not one of them." + guidance,
            relied_on,
            cites,
        )
    if member != YesNo.YES:
        return Finding(
            "ruling_class",
            title,
            Status.UNCLEAR,
            term
            + "We do not know whether the client is one of the Australian Federal Police staff "
            "deployed to Nauru that the ruling covers, so we cannot say it binds the "
            "Commissioner." + guidance,
            relied_on,
            cites,
        )

    relied_on = (
        "ruling_class_member",
        "arrangement_as_described",
        "income_year",
        "australian_resident",
        "service_start",
        "service_end",
        "absences",
        "left_early_and_returned",
    )
    fails: list[str] = []
    doubts: list[str] = []
    extra: list[Citation] = []
    start = income_year_start(facts.income_year)
    if start is not None and start < RULING_FROM:
        fails.append("the ruling applies only from 1 July 2004")
        extra.append(c.CR_DATE_OF_EFFECT)
    elif start is not None and start >= ACTIVITY_LIMIT_FROM:
        doubts.append(
            "the ruling applies only while the tax law is unchanged, and s 23AG was amended "
            "from 1 July 2009"
        )
        extra.append(c.CR_DATE_OF_EFFECT)
    elif start is None:
        doubts.append("we could not read the income year")
    if facts.arrangement_as_described == YesNo.NO:
        fails.append("the deployment was not carried out as the ruling describes it")
        extra.append(c.CR_ARRANGEMENT)
    elif facts.arrangement_as_described != YesNo.YES:
        doubts.append("we do not know whether the deployment was carried out as described")
        extra.append(c.CR_ARRANGEMENT)
    if facts.australian_resident == YesNo.NO:
        fails.append("the client did not stay an Australian resident")
    elif facts.australian_resident != YesNo.YES:
        doubts.append("we do not know whether the client stayed an Australian resident")
    if any(a.absence_kind == AbsenceKind.AUSTRALIAN_ACCRUED_LEAVE for a in facts.absences):
        fails.append(
            "the client used leave earned from work in Australia, and the ruling leaves such "
            "people out"
        )
        extra.append(c.CR_AUSTRALIAN_LEAVE)
    if any(a.absence_kind == AbsenceKind.NOT_SURE for a in facts.absences):
        doubts.append("we do not know what kind of leave one of the absences was")
    continuity = continuous_foreign_service_of_91_days(facts)
    if continuity.status == Status.NOT_MET:
        fails.append(
            "the deployment did not reach a continuous 91 days, and the ruling leaves out "
            "deployments cut short before then"
        )
    elif continuity.status == Status.UNCLEAR:
        doubts.append("it is not clear that the deployment reached a continuous 91 days")
    cites = cites + tuple(dict.fromkeys(extra))

    if fails:
        return Finding(
            "ruling_class",
            title,
            Status.NOT_MET,
            term + "The client is in the group of AFP staff the ruling describes, but the ruling "
            f"does not bind the Commissioner for them because {join_words(fails)}." + guidance,
            relied_on,
            cites,
        )
    if doubts:
        return Finding(
            "ruling_class",
            title,
            Status.UNCLEAR,
            term
            + "The client is in the group of AFP staff the ruling describes, but we cannot say "
            f"the ruling binds the Commissioner because {join_words(doubts)}." + guidance,
            relied_on,
            cites,
        )
    return Finding(
        "ruling_class",
        title,
        Status.MET,
        term
        + "The client is one of the AFP staff deployed to Nauru that the ruling covers, and the "
        "deployment was carried out as the ruling describes. So the ruling binds the "
        "Commissioner for this client. It has no binding effect if what was actually done "
        "turns out to be materially different from what it describes.",
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
    parts.append(f"The separate periods are: {_describe_runs(runs)}.")

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


# ---------------------------------------------------------------------------
# 6. Foreign earnings derived from that foreign service
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PaymentRule:
    label: str
    from_foreign_service: bool | None
    reason: str
    citations: tuple[Citation, ...]


_FROM_SERVICE = "It is pay for the overseas service, so it counts as foreign earnings."
_PARA_21_ALLOWANCE = (
    "It is one of the allowances paid for the deployment, so it counts as foreign earnings "
    "from the overseas service."
)

PAYMENT_RULES: dict[str, PaymentRule] = {
    Payment.SALARY: PaymentRule(
        "Salary or wages for the overseas work",
        True,
        _FROM_SERVICE,
        (c.CR_RULING, c.CR_FOREIGN_EARNINGS),
    ),
    Payment.DEPLOYMENT_COMPOSITE_ALLOWANCE: PaymentRule(
        "Deployment composite allowance",
        True,
        "It is paid during the posting and the leave taken within it, so it counts as "
        "foreign earnings from the overseas service.",
        (c.CR_ALLOWANCES, c.CR_RULING),
    ),
    Payment.PRE_DEPLOYMENT_COMPOSITE_ALLOWANCE: PaymentRule(
        "Pre-deployment composite allowance",
        False,
        "It is paid for training in Australia before the posting, not for the overseas service.",
        (c.CR_NOT_EXEMPT_ALLOWANCES, c.CR_PRE_DEPLOYMENT),
    ),
    Payment.TRANSFER_ALLOWANCE: PaymentRule(
        "Transfer allowance",
        False,
        "It pays back costs before the posting starts and after it ends, not for the "
        "overseas service.",
        (c.CR_NOT_EXEMPT_ALLOWANCES, c.CR_TRANSFER),
    ),
    Payment.MOTOR_VEHICLE_ALLOWANCE: PaymentRule(
        "Motor vehicle allowance during deployment",
        True,
        _PARA_21_ALLOWANCE,
        (c.CR_ALLOWANCES, c.CR_RULING),
    ),
    Payment.EXTENDED_UNACCOMPANIED_SERVICE_ALLOWANCE: PaymentRule(
        "Extended unaccompanied overseas service allowance",
        True,
        _PARA_21_ALLOWANCE,
        (c.CR_ALLOWANCES, c.CR_RULING),
    ),
    Payment.MISSION_ALLOWANCE: PaymentRule(
        "Mission allowance", True, _PARA_21_ALLOWANCE, (c.CR_ALLOWANCES, c.CR_RULING)
    ),
    Payment.COMMUNICATIONS_ALLOWANCE: PaymentRule(
        "Telephone or communications allowance during the posting",
        True,
        _PARA_21_ALLOWANCE,
        (c.CR_ALLOWANCES, c.CR_RULING),
    ),
    Payment.MEALS_ACCOMMODATION_INCIDENTALS_ALLOWANCE: PaymentRule(
        "Meals, accommodation and incidentals allowance",
        True,
        _PARA_21_ALLOWANCE,
        (c.CR_ALLOWANCES, c.CR_RULING),
    ),
    Payment.OTHER_SERVICE_ALLOWANCE: PaymentRule(
        "Another allowance paid because of the overseas work",
        True,
        "Allowances paid because of the overseas service count as foreign earnings from it.",
        (c.S23AG_7, c.CR_FOREIGN_EARNINGS, c.CR_FROM_THAT_SERVICE),
    ),
    Payment.BONUS_OR_COMMISSION: PaymentRule(
        "Bonus or commission for the overseas work",
        True,
        "Bonuses and commission earned by the overseas service count as foreign earnings.",
        (c.S23AG_7, c.CR_FOREIGN_EARNINGS, c.CR_FROM_THAT_SERVICE),
    ),
    Payment.FOREIGN_RECREATION_LEAVE_PAY: PaymentRule(
        "Pay for recreation leave earned during the overseas service",
        True,
        "Pay for leave earned during the overseas service counts as foreign earnings from "
        "it, even if the leave is taken after the service ends.",
        (c.CR_RULING, c.CR_LEAVE_PAY),
    ),
    Payment.PENSION_OR_ANNUITY: PaymentRule(
        "Pension or annuity",
        False,
        "Pensions and annuities are left out of the meaning of foreign earnings.",
        (c.S23AG_7, c.CR_EXCLUSIONS),
    ),
    Payment.TERMINATION_PAYMENT: PaymentRule(
        "Termination payment",
        False,
        "Termination payments are left out of the meaning of foreign earnings.",
        (c.S23AG_7, c.CR_EXCLUSIONS),
    ),
    Payment.OTHER: PaymentRule(
        "Another payment",
        None,
        "We cannot tell from the answers whether this payment was earned by the overseas "
        "service; it needs checking.",
        (c.S23AG_7, c.CR_FROM_THAT_SERVICE),
    ),
}

_CIRCUMSTANCE_NOTES = {
    PaymentCircumstance.AUSTRALIAN_ACCOUNT: (
        "Pay put into an Australian bank account is still foreign earnings.",
        c.CR_AUSTRALIAN_ACCOUNT,
    ),
    PaymentCircumstance.PAID_AFTER_RETURN: (
        "Allowances and leave pay for the overseas service are still foreign earnings when "
        "paid after the client came back.",
        c.CR_PAID_AFTER_RETURN,
    ),
    PaymentCircumstance.ADVANCE_BEFORE_SERVICE: (
        "An advance paid before the service, against pay for it, is still foreign earnings "
        "from the service.",
        c.CR_PAID_AFTER_RETURN,
    ),
}


def _payment_codes(facts: Facts) -> list[str]:
    """The payments in a fixed order (the order of ``Payment``), unknown codes as "other"."""
    codes = {p if p in PAYMENT_RULES else Payment.OTHER for p in facts.payments_received}
    return [p for p in Payment if p in codes]


def foreign_earnings_from_that_foreign_service(facts: Facts) -> Finding:
    """s 23AG(7): "foreign earnings" means income consisting of earnings, salary, wages,
    commission, bonuses or allowances, but not pensions, annuities, termination payments and
    similar amounts (CR 2005/54 paras 67-70). s 23AG(1): only foreign earnings derived "from
    that foreign service" are exempt: they must be derived as a result of the foreign
    service (paras 72-74), so the pre-deployment composite allowance and the transfer
    allowance are not (paras 37, 75-76). A resident's foreign pay is otherwise assessable
    (ITAA 1997 s 6-5(2)); exempt income is not assessable (s 6-15(2); s 11-15 lists
    s 23AG)."""
    relied_on = ("payments_received", "payment_circumstances")
    title = "Foreign earnings from the overseas service"
    cites: list[Citation] = [
        c.S6_5_2,
        c.S6_15_2,
        c.S11_15,
        c.CR_ASSESSABLE,
        c.S23AG_7,
        c.CR_FOREIGN_EARNINGS,
    ]
    codes = _payment_codes(facts)
    if not codes:
        return Finding(
            "foreign_earnings",
            title,
            Status.UNCLEAR,
            "No payments were entered, so we cannot say which pay is exempt.",
            relied_on,
            tuple(cites),
        )
    lines = []
    for code in codes:
        rule = PAYMENT_RULES[code]
        verdict = {True: "counts", False: "does not count", None: "unclear"}[
            rule.from_foreign_service
        ]
        lines.append(f"{rule.label}: {verdict}.")
        cites.extend(rule.citations)
    notes = []
    for circumstance in PaymentCircumstance:
        if circumstance in facts.payment_circumstances:
            note, citation = _CIRCUMSTANCE_NOTES[circumstance]
            notes.append(note)
            cites.append(citation)
    intro = (
        "Only 'foreign earnings' (salary, wages, bonuses, commission and allowances) earned by "
        "the overseas service can be exempt. "
    )
    explanation = intro + " ".join(lines + notes)
    verdicts = [PAYMENT_RULES[code].from_foreign_service for code in codes]
    if None in verdicts:
        status = Status.UNCLEAR
    elif True in verdicts:
        status = Status.MET
    else:
        status = Status.NOT_MET
        explanation += " None of the payments is foreign earnings from the overseas service."
    return Finding(
        "foreign_earnings", title, status, explanation, relied_on, tuple(dict.fromkeys(cites))
    )


# ---------------------------------------------------------------------------
# 7. s 23AG(2): not exempt where exempt abroad solely for listed reasons
# ---------------------------------------------------------------------------


_REASON_VALUES = frozenset(r.value for r in ForeignTaxReason)


def exempt_abroad_solely_for_listed_reasons(facts: Facts) -> Finding:
    """s 23AG(2): s 23AG(1) does not apply to foreign earnings that are exempt from tax in
    the foreign country *solely* because of (a)-(b) a double tax agreement or a law giving
    effect to one, (c)-(d) a foreign law that generally exempts, or does not tax, employment
    or personal services income, or (e)-(g) a law or international agreement on the
    privileges and immunities of diplomats, consuls or people connected with international
    organisations (CR 2005/54 para 77). Nauru has no income tax (para 80, (2)(d)), so "unless
    the income is also exempt from taxation in Nauru for another reason that is not listed in
    subsection 23AG(2)" the exemption is lost (para 81); Article 11.4 of the Australia-Nauru
    Agreement is such a reason, so the exemption stands (paras 35, 82-83).

    Modelled exactly, on the reasons the pay was not taxed abroad:
    - a reason outside the list (a specific agreement, or another reason) means the pay is
      not exempt abroad *solely* for listed reasons: s 23AG(2) does not apply;
    - pay taxed abroad, with no reason given for any untaxed pay: s 23AG(2) does not apply;
    - "not sure" (and no unlisted reason): unclear;
    - only listed reasons: s 23AG(2) takes away the exemption, unless some of the pay was
      taxed abroad too, in which case the answer turns on which pay is which: unclear."""
    relied_on = ("foreign_tax_reasons",)
    title = "Why the pay was not taxed overseas (the 'solely' rule)"
    answers = {ForeignTaxReason(r) for r in facts.foreign_tax_reasons if r in _REASON_VALUES}
    cites: list[Citation] = [c.S23AG_2_A_B, c.S23AG_2_C_D, c.S23AG_2_E_G, c.CR_SOLELY]
    rule = (
        "Australia does not exempt overseas pay that was free of foreign tax solely because "
        "of a double tax agreement (a tax treaty), a foreign law that does not tax wages, or "
        "diplomatic or international organisation privileges."
    )
    if ForeignTaxReason.FOREIGN_LAW_NO_TAX in answers:
        cites.append(c.CR_NAURU_NO_TAX)
    taxed = ForeignTaxReason.TAXED in answers
    reasons = answers - {ForeignTaxReason.TAXED}
    unlisted = reasons & UNLISTED_REASONS
    if not answers:
        status = Status.UNCLEAR
        explanation = " We do not know whether or why the pay was taxed overseas."
    elif ForeignTaxReason.SPECIFIC_AGREEMENT in unlisted:
        cites.append(c.CR_NAURU_AGREEMENT)
        status = Status.MET
        explanation = (
            " Here a specific agreement between Australia and that country also exempts the "
            "client's pay, so it is not free of foreign tax solely for those reasons. This "
            "rule does not take away the exemption."
        )
    elif unlisted:
        cites.append(c.CR_OTHER_REASON)
        status = Status.MET
        explanation = (
            " Here the pay was also free of tax there for another reason that is not on that "
            "list, so it is not free of foreign tax solely for those reasons and this rule "
            "does not take away the exemption. Check that the other reason really is "
            "different from the three listed."
        )
    elif not reasons:
        status = Status.MET
        explanation = " The client's pay was taxed overseas, so this rule does not apply."
    elif ForeignTaxReason.NOT_SURE in reasons:
        status = Status.UNCLEAR
        explanation = (
            " We do not know all the reasons the pay was not taxed overseas, so we cannot "
            "tell whether it was solely for those reasons."
        )
    elif taxed:
        status = Status.UNCLEAR
        explanation = (
            " Some of the client's pay was taxed overseas and some was free of tax only for "
            "those reasons. The untaxed part is not exempt; someone needs to work out which "
            "pay is which."
        )
    else:
        status = Status.NOT_MET
        explanation = (
            " The client's pay was free of foreign tax only for those reasons, so it is not "
            "exempt in Australia."
        )
    return Finding(
        "foreign_tax_solely", title, status, rule + explanation, relied_on, tuple(cites)
    )


# ---------------------------------------------------------------------------
# 8. Exemption with progression
# ---------------------------------------------------------------------------

PROGRESSION_EXCLUSIONS = (
    "The tax figure does not include tax offsets, Medicare levy low-income reductions or the "
    "Medicare levy surcharge."
)


def income_tax_on(taxable_income: Decimal, schedule: RateSchedule) -> Decimal:
    """Resident income tax on a taxable income under the year's rate schedule."""
    tax = Decimal(0)
    previous = Decimal(0)
    for top, rate in schedule.bands:
        upper = taxable_income if top is None else min(taxable_income, top)
        if upper > previous:
            tax += (upper - previous) * rate
        if top is None or taxable_income <= top:
            break
        previous = top
    return tax


def medicare_levy_on(taxable_income: Decimal, schedule: RateSchedule) -> Decimal:
    return max(taxable_income, Decimal(0)) * schedule.medicare_levy_rate


@dataclass(frozen=True)
class Progression:
    income_year: str
    rates_source: str
    notional_gross_taxable_income: Decimal
    income_tax: Decimal
    medicare_levy: Decimal
    notional_gross_tax: Decimal
    other_taxable_income: Decimal
    tax_payable: Decimal

    def to_data(self) -> dict:
        return {
            "income_year": self.income_year,
            "rates_source": self.rates_source,
            "notional_gross_taxable_income": _money_str(self.notional_gross_taxable_income),
            "income_tax": _money_str(self.income_tax),
            "medicare_levy": _money_str(self.medicare_levy),
            "notional_gross_tax": _money_str(self.notional_gross_tax),
            "other_taxable_income": _money_str(self.other_taxable_income),
            "tax_payable": _money_str(self.tax_payable),
        }


def tax_with_progression(facts: Facts, schedule: RateSchedule) -> Progression:
    """CR 2005/54 para 86: tax payable = notional gross tax / notional gross taxable income x
    other taxable income, where notional gross taxable income = (other assessable income -
    deductions) + (exempt foreign income - related expenses) and notional gross tax is the
    income tax and Medicare levy on it. Rounded to the cent, half up."""
    zero = Decimal(0)
    other = (facts.other_assessable_income or zero) - (facts.other_deductions or zero)
    exempt = (facts.exempt_foreign_income or zero) - (facts.exempt_income_expenses or zero)
    notional_income = other + exempt
    income_tax = income_tax_on(notional_income, schedule).quantize(CENT, ROUND_HALF_UP)
    levy = medicare_levy_on(notional_income, schedule).quantize(CENT, ROUND_HALF_UP)
    notional_tax = income_tax + levy
    if notional_income <= 0 or other <= 0:
        payable = zero.quantize(CENT)
    else:
        payable = (notional_tax * other / notional_income).quantize(CENT, ROUND_HALF_UP)
    return Progression(
        income_year=schedule.income_year,
        rates_source=schedule.source,
        notional_gross_taxable_income=notional_income,
        income_tax=income_tax,
        medicare_levy=levy,
        notional_gross_tax=notional_tax,
        other_taxable_income=other,
        tax_payable=payable,
    )


class ProgressionStatus(StrEnum):
    """What became of the progression calculation (``data["progression_status"]``)."""

    NOT_ASKED = "not_asked"
    NOT_APPLICABLE = "not_applicable"
    NO_RATE_TABLE = "no_rate_table"
    INCOMPLETE_RATE_TABLE = "incomplete_rate_table"
    CALCULATED = "calculated"
    PROVISIONAL = "provisional"


def exemption_with_progression(
    facts: Facts, outcome: str
) -> tuple[Finding, Progression | None, ProgressionStatus]:
    """s 23AG(3): exempt foreign earnings are still taken into account in working out the tax
    on the person's other income: the other income is taxed at the notional average rate on
    the exempt and other income together (CR 2005/54 paras 84-86). Where it is not yet
    settled that any pay is exempt (outcome "refer"), the calculation is shown as
    provisional. A year without a complete rate table is reported, never guessed."""
    relied_on = (
        "other_assessable_income",
        "other_deductions",
        "exempt_foreign_income",
        "exempt_income_expenses",
    )
    title = "Tax on the client's other income ('exemption with progression')"
    cites = (c.S23AG_3, c.CR_PROGRESSION, c.CR_PROGRESSION_EXAMPLE)

    def finding(status: Status, explanation: str, names=relied_on) -> Finding:
        return Finding("progression", title, status, explanation, names, cites)

    if facts.other_assessable_income is None:
        return (
            finding(Status.NOT_APPLICABLE, "The calculation was not asked for.", ()),
            None,
            ProgressionStatus.NOT_ASKED,
        )
    if outcome not in (Outcome.EXEMPT, Outcome.PARTLY_EXEMPT, Outcome.REFER):
        return (
            finding(
                Status.NOT_APPLICABLE,
                "The calculation applies only where some foreign pay is exempt, which it is "
                "not here. The overseas pay is taxed as ordinary income instead.",
            ),
            None,
            ProgressionStatus.NOT_APPLICABLE,
        )
    schedule = facts.rate_schedule
    if schedule is None or schedule.income_year != facts.income_year.strip():
        return (
            finding(
                Status.UNCLEAR,
                f"There is no table of tax rates for the {facts.income_year} income year in "
                "this tool, so we have not worked out the tax rather than guess. An "
                "administrator can add the rates.",
            ),
            None,
            ProgressionStatus.NO_RATE_TABLE,
        )
    if not schedule.is_complete:
        return (
            finding(
                Status.UNCLEAR,
                f"The table of tax rates for the {facts.income_year} income year is "
                "incomplete (it needs rising band tops and a top band with no upper limit), "
                "so we have not worked out the tax rather than guess. An administrator needs "
                "to fix the table.",
            ),
            None,
            ProgressionStatus.INCOMPLETE_RATE_TABLE,
        )
    result = tax_with_progression(facts, schedule)
    provisional = outcome == Outcome.REFER
    explanation = ""
    if provisional:
        explanation = (
            "It is not yet settled that any of the overseas pay is exempt, so this is worked "
            "out only in case it is. "
        )
    explanation += (
        "Exempt pay is still counted when working out the tax rate on the client's other "
        "income. The other income is taxed at the average rate that would apply to all the "
        "income together. "
        f"Step 1: the notional gross taxable income (other income less its deductions, plus "
        f"exempt pay less its expenses) is {format_money(result.notional_gross_taxable_income)}. "
        f"Step 2: the notional gross tax (income tax of {format_money(result.income_tax)} "
        f"plus Medicare levy of {format_money(result.medicare_levy)} on that amount, at "
        f"{schedule.income_year} resident rates) is {format_money(result.notional_gross_tax)}. "
        f"Step 3: the other taxable income is {format_money(result.other_taxable_income)}. "
        f"Step 4: tax payable is {format_money(result.notional_gross_tax)} / "
        f"{format_money(result.notional_gross_taxable_income)} x "
        f"{format_money(result.other_taxable_income)} = {format_money(result.tax_payable)}, "
        "rounded to the cent. "
    )
    if result.other_taxable_income <= 0 or result.notional_gross_taxable_income <= 0:
        explanation += "There is no other taxable income, so no tax is payable on it. "
    if outcome != Outcome.EXEMPT:
        explanation += "Only the exempt pay should be entered as exempt foreign income. "
    explanation += PROGRESSION_EXCLUSIONS + f" Rates source: {schedule.source}."
    return (
        finding(Status.UNCLEAR if provisional else Status.MET, explanation),
        result,
        ProgressionStatus.PROVISIONAL if provisional else ProgressionStatus.CALCULATED,
    )


# ---------------------------------------------------------------------------
# Putting it together
# ---------------------------------------------------------------------------

_REFER_REASONS = {
    "s23ag_1aa": (
        "it is not clear that the overseas work is a kind that can still be exempt from "
        "1 July 2009"
    ),
    "residency": "it is not clear that the client was an Australian resident for tax purposes",
    "foreign_service": "it is not clear that the client worked overseas as an employee",
    "continuous_91_days": (
        "whether the overseas service is a continuous period of 91 days needs professional "
        "judgement"
    ),
    "foreign_earnings": "at least one payment needs checking",
    "foreign_tax_solely": "it is not clear why the pay was not taxed overseas",
}

_NOT_MET_REASONS = {
    "s23ag_1aa": "the overseas work is not a kind that can be exempt from 1 July 2009",
    "foreign_service": "the client did not work overseas as an employee or office holder",
    "continuous_91_days": "the overseas service was not a continuous period of 91 days",
    "foreign_earnings": "none of the payments is foreign earnings from the overseas service",
    "foreign_tax_solely": (
        "the pay was free of foreign tax solely for reasons that rule out the exemption"
    ),
}


def _payment_rows(facts: Facts, blocked: bool, undecided: bool) -> list[dict]:
    rows = []
    for code in _payment_codes(facts):
        rule = PAYMENT_RULES[code]
        exempt: bool | None
        if rule.from_foreign_service is False:
            exempt, reason = False, f"Not exempt. {rule.reason}"
        elif blocked:
            exempt = False
            reason = "Not exempt: the conditions for the exemption are not met (see findings)."
        elif rule.from_foreign_service is None or undecided:
            exempt = None
            reason = (
                f"Needs checking. {rule.reason}"
                if rule.from_foreign_service is None
                else "Would be exempt, but other conditions need checking first."
            )
        else:
            exempt, reason = True, f"Exempt. {rule.reason}"
        rows.append({"code": str(code), "label": rule.label, "exempt": exempt, "reason": reason})
    return rows


def determine(facts: Facts) -> Determination:
    """Apply s 23AG to the facts and return the determination."""
    activity = exemption_limited_to_listed_activities(facts)
    residency = australian_resident(facts)
    service = engaged_in_foreign_service(facts)
    ruling = covered_by_class_ruling(facts)
    continuity = continuous_foreign_service_of_91_days(facts)
    earnings = foreign_earnings_from_that_foreign_service(facts)
    solely = exempt_abroad_solely_for_listed_reasons(facts)

    deciding = {f.code: f for f in (activity, residency, service, continuity, earnings, solely)}
    not_met = [code for code, f in deciding.items() if f.status == Status.NOT_MET]
    unclear = [code for code, f in deciding.items() if f.status == Status.UNCLEAR]
    blocked = bool(not_met)
    rows = _payment_rows(facts, blocked=blocked, undecided=bool(unclear))

    if residency.status == Status.NOT_MET:
        outcome = Outcome.NOT_APPLICABLE
        headline = (
            "The exemption does not apply, because the client was not an Australian resident "
            "for tax purposes."
        )
    elif not_met:
        outcome = Outcome.NOT_EXEMPT
        headline = (
            "The client's overseas pay is not exempt from Australian tax, because "
            f"{_NOT_MET_REASONS[not_met[0]]}."
        )
    elif unclear:
        outcome = Outcome.REFER
        headline = (
            "Get professional advice before deciding whether the client's overseas pay is "
            f"exempt: {_REFER_REASONS[unclear[0]]}."
        )
    else:
        # Every deciding test is met, so at least one payment is exempt.
        if all(row["exempt"] for row in rows):
            outcome = Outcome.EXEMPT
            headline = (
                "The client's overseas pay is exempt from Australian tax under section 23AG."
            )
        else:
            outcome = Outcome.PARTLY_EXEMPT
            headline = (
                "Some of the client's overseas pay is exempt from Australian tax under "
                "section 23AG, and some is not."
            )

    progression_finding, progression, progression_status = exemption_with_progression(
        facts, outcome
    )
    findings = (
        activity,
        residency,
        service,
        ruling,
        continuity,
        earnings,
        solely,
        progression_finding,
    )
    binding = ruling.status == Status.MET

    next_steps: list[str] = []
    if outcome == Outcome.REFER:
        next_steps += [
            f"Get advice from a registered tax agent or the Tax Office: {_REFER_REASONS[code]}."
            for code in unclear
        ]
    elif outcome == Outcome.NOT_APPLICABLE:
        next_steps.append(
            "Confirm the client's residency for the income year (Taxation Ruling IT 2650 "
            "explains the tests). This exemption is only for residents, so work out how the "
            "client is taxed as a non-resident separately."
        )
    elif outcome == Outcome.NOT_EXEMPT:
        next_steps.append(
            "Include the overseas pay in the client's assessable income (the income that is "
            "taxed) for the year."
        )
    else:
        next_steps.append(
            "Leave the exempt pay out of the client's assessable income (the income that is "
            "taxed), but still report it, because it raises the tax rate on their other "
            "income ('exemption with progression')."
        )
        if outcome == Outcome.PARTLY_EXEMPT:
            next_steps.append(
                "Include the payments marked 'Not exempt' in the table in assessable income."
            )
    if binding:
        next_steps.append(
            "Keep records showing the deployment was carried out as CR 2005/54 describes "
            "(paras 12 to 35): the ruling binds the Commissioner only on that arrangement."
        )
    caveats = [
        "This applies section 23AG as Class Ruling CR 2005/54 states it from 1 July 2004, "
        "with the limit to listed kinds of work from 1 July 2009 added. The later one-sixth "
        "rule for joining periods (s 23AG(6A)-(6B)) is reported but not applied. Check for "
        "later changes to the law.",
    ]
    if ruling.status == Status.UNCLEAR:
        caveats.append(
            "We could not confirm that CR 2005/54 binds the Commissioner for this client; "
            "until that is confirmed, treat its tests as guidance only."
        )
    elif not binding:
        caveats.append(
            "CR 2005/54 does not bind the Commissioner for this client; its tests are used "
            "here as guidance only."
        )
    if progression is not None:
        caveats.append(PROGRESSION_EXCLUSIONS)

    data = {
        "income_year": facts.income_year,
        "tests": {f.code: str(f.status) for f in findings},
        "payments": rows,
        "foreign_service": foreign_service_data(facts, continuity),
        "progression_status": str(progression_status),
        "progression": (
            {
                **progression.to_data(),
                "provisional": progression_status == ProgressionStatus.PROVISIONAL,
            }
            if progression
            else None
        ),
        "ruling_binding": binding,
    }
    return Determination(
        outcome=str(outcome),
        headline=headline,
        findings=findings,
        next_steps=tuple(next_steps),
        caveats=tuple(caveats),
        data=data,
    )

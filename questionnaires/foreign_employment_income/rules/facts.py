"""The facts the rules decide on, and small helpers for dates and money."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

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
    residency_change: str | None = None
    work_capacity: str | None = None
    ruling_class_member: str | None = None
    arrangement_as_described: str | None = None
    service_start: date | None = None
    service_ended: str | None = None
    service_end: date | None = None
    expected_service_end: date | None = None
    died_during_service: str | None = None
    would_have_reached_91_days: str | None = None
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
    #: True when the tool holds no rate table for the income year, so the amounts for the
    #: progression calculation were not asked for.
    rate_table_missing: bool = False
    #: The screening date: where the law counts time to a date not yet reached.
    today: date | None = None


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

DAYS_REQUIRED = 91
ACTIVITY_LIMIT_FROM = 2009  # income years from 2009-10 (foreign service from 1 July 2009)
ACTIVITY_LIMIT_START = date(2009, 7, 1)
RULING_FROM = 2004  # CR 2005/54 applies from 1 July 2004 (para 11)
#: s 23AG(1A) (death before 91 days) applies to deaths on or after 1 July 2004 (Tax Laws
#: Amendment (2005 Measures No. 5) Act 2005, Sch 1 item 5(1)).
DEATH_RULE_FROM = date(2004, 7, 1)
#: The one-sixth rule (s 23AG(6A)-(6B) as substituted by the 2005 Act) applies to foreign
#: service performed on or after the day that Act received the Royal Assent (Sch 1 item
#: 5(3)), in December 2005. The tool applies it only from 19 December 2005, the latest
#: day the assent can have fallen on as far as this tool has checked, and refers earlier
#: service where the rule matters, so that it never applies the rule too early.
ONE_SIXTH_RULE_FROM = date(2005, 12, 19)
CENT = Decimal("0.01")
#: The foreign income tax offset (ITAA 1997 Div 770) applies to income years starting on
#: or after 1 July 2008; before then the foreign tax credit rules of former Divs 18, 18A
#: and 19 of ITAA 1936 did.
FOREIGN_INCOME_TAX_OFFSET_FROM = 2008


def format_money(value: Decimal) -> str:
    sign = "-" if value < 0 else ""
    return f"{sign}${abs(value):,.2f}"


def money_str(value: Decimal) -> str:
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

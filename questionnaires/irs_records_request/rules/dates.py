"""Dates and deadlines: FOIA's 20 working days for an answer (5 U.S.C. § 552(a)(6)(A)(i))
and the 90-day appeal window (§ 552(a)(6)(A)(i)(III)(aa)), counted with the federal legal
public holidays."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, timedelta

import holidays

from questionnaires.framework.determination import Finding, Status, reads
from questionnaires.framework.wording import join_words, us_long_date
from questionnaires.irs_records_request import citations as c

from .facts import AppealStatus, Facts, RequestBasis
from .route import Route

WORKING_DAYS_TO_RESPOND = 20
APPEAL_DAYS = 90


# ---------------------------------------------------------------------------
# 5. The date the answer is due
# ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def legal_public_holidays(years: range) -> holidays.HolidayBase:
    """The federal legal public holidays, with their observed days, from the ``holidays``
    library (United States, "public" category, no state). Built once per range of years and
    never expanded afterwards, so the cached calendar is read-only.

    Choices, checked against ``holidays`` 0.109:
    - Juneteenth National Independence Day (June 19) is included from 2021 on, as the
      library does; in 2021 it was observed on Friday June 18.
    - Saturday holidays are observed on the Friday before (which can fall in the previous
      year: New Year's Day 2022 was observed on Friday December 31, 2021); Sunday holidays on
      the Monday after.
    - Inauguration Day is not included: the library lists it only for the District of
      Columbia, and it is a holiday only for federal workers in the Washington area, not a
      legal public holiday for the whole government.
    - One-off closures by executive order (the library's "government" category, such as
      Christmas Eve in some years) are not legal public holidays and are not skipped; see
      ``closures_by_executive_order``.
    """
    return holidays.country_holidays(
        "US", years=years, categories=(holidays.PUBLIC,), observed=True, expand=False
    )


@functools.lru_cache(maxsize=64)
def closures_by_executive_order(years: range) -> tuple[tuple[date, str], ...]:
    """Days the federal government closed by executive order that are not legal public
    holidays (the ``holidays`` library's US "government" category, less the legal public
    holidays): Christmas Eve in some years, national days of mourning. The statute skips only
    "legal public holidays", so the count does not skip these; the result names them."""
    government = holidays.country_holidays(
        "US", years=years, categories=(holidays.GOVERNMENT,), observed=True, expand=False
    )
    public = legal_public_holidays(years)
    return tuple(sorted((day, name) for day, name in government.items() if day not in public))


def is_working_day(day: date) -> bool:
    """Not a Saturday, a Sunday or a legal public holiday (5 U.S.C. § 552(a)(6)(A)(i))."""
    return day.weekday() < 5 and day not in legal_public_holidays(range(day.year, day.year + 1))


def next_working_day(day: date) -> date:
    """The first working day after ``day``."""
    day += timedelta(days=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


@dataclass(frozen=True)
class DueDate:
    """The 20-working-day count: the day of receipt, day 1 of the count, the due date, the
    holidays skipped, the executive-order closures counted, and (when the request arrives on a
    weekend or holiday) the date if the IRS treats it as received on the next working day."""

    received: date
    first_counted_day: date
    due: date
    holidays_skipped: tuple[tuple[date, str], ...]
    closures_counted: tuple[tuple[date, str], ...]
    due_if_received_next_working_day: date | None


def foia_response_due_date(
    received: date, working_days: int = WORKING_DAYS_TO_RESPOND
) -> tuple[date, list[tuple[date, str]]]:
    """5 U.S.C. § 552(a)(6)(A)(i): the agency shall determine within 20 days "(excepting
    Saturdays, Sundays, and legal public holidays) after the receipt of any such request".

    How the day of receipt counts: it is day 0 and is never counted, even when it is a
    working day, because the 20 days run "after the receipt". Day 1 is the first working day
    after the day of receipt; the due date is the 20th working day. A request received on a
    Saturday, Sunday or holiday therefore starts its count on the next working day as day 1.
    Returns the due date and the legal public holidays skipped on the way. ``working_days``
    counts other FOIA periods the same way: 30 after an extension for unusual circumstances
    (§ 552(a)(6)(B)(i)), 20 for a decision on an appeal (§ 552(a)(6)(A)(ii)).
    """
    calendar = legal_public_holidays(range(received.year, received.year + 2))
    day, counted, skipped = received, 0, []
    while counted < working_days:
        day += timedelta(days=1)
        if day.weekday() >= 5:
            continue
        if day in calendar:
            skipped.append((day, calendar[day]))
            continue
        counted += 1
    return day, skipped


@dataclass(frozen=True)
class PausedCount:
    """The count with the IRS's pause taken out: the working days used before the pause, the
    due date (None while the IRS still waits for the reply: the clock is stopped), and whether
    the pause stopped the clock at all (``tolled``: False when the IRS asked after its 20
    working days had run out, or after the count was complete)."""

    used_before_pause: int
    due: date | None
    tolled: bool = True


def foia_due_date_with_a_pause(
    received: date,
    working_days: int,
    asked: date,
    replied: date | None,
    tollable: int = WORKING_DAYS_TO_RESPOND,
) -> PausedCount:
    """5 U.S.C. § 552(a)(6)(A)(ii)(I)-(II) (the sentences after clause (ii)): "The 20-day
    period shall not be tolled by the agency except" that it may make one request for
    information it reasonably needs and toll "the 20-day period while it is awaiting such
    information", or toll it "if necessary to clarify with the requester issues regarding
    fee assessment"; "the agency's receipt of the requester's response ... ends the tolling
    period."

    The working days from the day the IRS asked to the day it received the reply, both
    included, are not counted: counting neither end gives the IRS the later date, so the
    answer is never said to be overdue a day early. Days are otherwise counted as
    ``foia_response_due_date`` counts them.

    Only "the 20-day period" can be tolled: the pause stops the clock only if the IRS asked
    while some of its first ``tollable`` (20) working days were left, that is on or before
    the 20th working day (or on a weekend or holiday before it). A pause asked for later,
    during the up to 10 more working days a notice of unusual circumstances gives
    (§ 552(a)(6)(B)(i)), or after the count was complete, changes nothing. ``working_days``
    is 20, or 30 with such a notice; the 10 more days then follow the paused 20."""
    day, counted, used_before = received, 0, 0
    tolled = False
    while counted < working_days:
        day += timedelta(days=1)
        if not is_working_day(day):
            continue
        if day >= asked and (tolled or counted < tollable):
            tolled = True
            if replied is None:
                return PausedCount(used_before, None, tolled)
            if day <= replied:
                continue
        elif not tolled:
            used_before += 1
        counted += 1
    return PausedCount(used_before, day, tolled)


def due_date_details(received: date) -> DueDate:
    """Everything the result shows about the count (see ``foia_response_due_date``)."""
    due, skipped = foia_response_due_date(received)
    years = range(received.year, received.year + 2)
    closures = tuple(
        (day, name)
        for day, name in closures_by_executive_order(years)
        if received < day <= due and day.weekday() < 5
    )
    alternative = None
    if not is_working_day(received):
        alternative = foia_response_due_date(next_working_day(received))[0]
    return DueDate(
        received=received,
        first_counted_day=next_working_day(received),
        due=due,
        holidays_skipped=tuple(skipped),
        closures_counted=closures,
        due_if_received_next_working_day=alternative,
    )


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _day_kind(day: date) -> str:
    """ "a Saturday", "a Sunday" or the holiday's name."""
    if day.weekday() >= 5:
        return f"a {day:%A}"
    return legal_public_holidays(range(day.year, day.year + 1))[day]


@reads("request_received", decides="when the IRS's answer is due", law=(c.FOIA_20_WORKING_DAYS,))
def response_due_within_20_working_days(facts: Facts, route: Route) -> Finding:
    """5 U.S.C. § 552(a)(6)(A)(i): 20 working days after receipt (see
    ``foia_response_due_date`` for how the day of receipt counts). The 20 days start when the
    request reaches the office that handles it, and no later than ten days after it reaches
    an office designated to receive requests (§ 552(a)(6)(A), the sentence after clause (ii)).
    In "unusual circumstances" the IRS may extend the limit by written notice, by no more
    than ten working days (§ 552(a)(6)(B)(i)). The limit is FOIA's: only a FOIA request
    carries it, so the due date is given for a FOIA request (the route recommended)."""
    code, title = "response_due", "When the IRS's answer is due"
    relied_on = ("request_received",)
    cites = (c.FOIA_20_WORKING_DAYS, c.FOIA_20_DAYS_COMMENCE, c.FOIA_UNUSUAL_CIRCUMSTANCES)
    if facts.request_received is None:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "Enter the date the IRS received (or will receive) the request to see when the "
            "answer is due.",
            relied_on,
            (c.FOIA_20_WORKING_DAYS,),
        )
    details = due_date_details(facts.request_received)
    text = (
        f"The answer is due by {us_long_date(details.due)}. Under FOIA the IRS must decide "
        "within 20 working days after it receives the request. Working days leave out "
        "Saturdays, Sundays and legal public holidays (the federal holidays set by law). The "
        f"day of receipt, {us_long_date(details.received)}, is not counted; day 1 is "
        f"{us_long_date(details.first_counted_day)}."
    )
    if details.holidays_skipped:
        names = [f"{name} ({us_long_date(day)})" for day, name in details.holidays_skipped]
        text += f" The count skips {join_words(names)}."
    if details.due_if_received_next_working_day:
        text += (
            f" The request arrives on {_day_kind(details.received)}. If the IRS treats it as "
            f"received on the next working day, {us_long_date(details.first_counted_day)}, "
            f"its due date is {us_long_date(details.due_if_received_next_working_day)}."
        )
    if details.closures_counted:
        names = [f"{name} ({us_long_date(day)})" for day, name in details.closures_counted]
        count = len(details.closures_counted)
        text += (
            " By executive order, federal offices were also closed (for all or part of the "
            f"day) on {join_words(names)}. "
            + (
                "That is not a legal public holiday, so it is counted; if the IRS does not "
                "count it, its date is one working day later."
                if count == 1
                else "Those are not legal public holidays, so they are counted; if the IRS "
                f"does not count them, its date is up to {count} working days later."
            )
        )
    text += (
        " The count starts when the request reaches the IRS office that handles it (and no "
        "later than ten days after it reaches any IRS office designated to receive requests). "
        'The IRS may add up to 10 more working days in "unusual circumstances" if it says so '
        "in writing."
    )
    if not route.is_foia:
        text = (
            "If it is sent as a FOIA request, as recommended (a request made only under § 6103 "
            "has no time limit): " + lower_first(text)
        )
    if facts.today > details.due:
        text += (
            f" That date has passed (today is {us_long_date(facts.today)}). If there is no "
            "answer yet, contact the IRS office handling the request."
        )
    return Finding(code, title, Status.MET, text, relied_on, cites)


# ---------------------------------------------------------------------------
# 8. The appeal window
# ---------------------------------------------------------------------------


def appeal_deadline_date(letter_date: date) -> date:
    """5 U.S.C. § 552(a)(6)(A)(i)(III)(aa), as amended by the FOIA Improvement Act of 2016:
    the requester has "not less than 90 days" after an adverse determination to appeal. The
    earliest the window can close: the letter's date plus 90 calendar days."""
    return letter_date + timedelta(days=APPEAL_DAYS)


def appeal_deadline(facts: Facts) -> date | None:
    """The date to appeal by: the letter's own date when it gives one later than the 90 days
    (the statute sets only the least the agency may allow), else the 90th day."""
    if facts.letter_date is None:
        return None
    floor = appeal_deadline_date(facts.letter_date)
    given = facts.letter_appeal_deadline
    return given if given and given > floor else floor


def last_working_day_by(day: date) -> date:
    """``day`` itself if it is a working day, else the working day before it."""
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


def _deadline_notes(facts: Facts, deadline: date) -> str:
    """Which date applies, posting or receipt, and sending early when the last day is not a
    working day."""
    floor = appeal_deadline_date(facts.letter_date)
    notes = ""
    given = facts.letter_appeal_deadline
    if given and given < floor:
        notes += (
            f" The letter gives {us_long_date(given)}, earlier than the law allows: the law "
            f"gives at least 90 days, so {us_long_date(floor)} applies. To avoid a dispute, send "
            f"the appeal by {us_long_date(given)} if you can."
        )
    if deadline > floor:
        notes += (
            f" The letter gives {us_long_date(deadline)}, later than the 90 days the law "
            f"requires at least ({us_long_date(floor)}), so that date applies."
        )
    notes += (
        " FOIA does not say whether the appeal must be posted or received by then: unless the "
        "letter says a postmark is enough, treat it as the date the IRS must receive the "
        "appeal, and keep proof of sending and of delivery."
    )
    if deadline == facts.today:
        notes += (
            " Today is the last day: send the appeal today, by a way that proves when it was "
            "sent and received (the letter says which ways the IRS accepts)."
        )
    elif not is_working_day(deadline):
        send_by = last_working_day_by(deadline)
        notes += (
            f" {us_long_date(deadline)} is {_day_kind(deadline)}. Do not count on an extra "
            f"day: send the appeal so that it arrives by {us_long_date(send_by)}."
        )
    return notes


def _which_date_applied(facts: Facts, deadline: date) -> str:
    """Which date ended the time to appeal: the letter's own date, when staff entered one
    later than the 90 days; the 90 days, when the letter's date was earlier; and, when staff
    gave no date from the letter, a reminder that a later one would govern (the statute sets
    only the least the agency may allow, 5 U.S.C. § 552(a)(6)(A)(i)(III)(aa))."""
    given = facts.letter_appeal_deadline
    floor = appeal_deadline_date(facts.letter_date)
    if given is None:
        return (
            " If the letter gives a later date to appeal by, that date applies: enter it to check."
        )
    if deadline == given and given > floor:
        return (
            f" That is the letter's own date, which applied because it is later than the 90 "
            f"days the law requires at least ({us_long_date(floor)})."
        )
    if given < floor:
        return (
            f" The letter gives {us_long_date(given)}, earlier than the law allows, so the "
            "law's 90 days applied."
        )
    return " The letter gives the same date."


def _appeal_sent(facts: Facts, deadline: date, relied_on: tuple, cites: tuple) -> Finding:
    """An appeal has been sent: it was in time if the IRS received it by the deadline; if it
    arrived later, whether the IRS accepted it decides what comes next."""
    code, title = "appeal_window", "Still within the 90-day appeal period"
    received = facts.appeal_received
    if received and received > deadline:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            f"The appeal reached the IRS on {us_long_date(received)}, after the time to appeal "
            f"ended on {us_long_date(deadline)}. The IRS may refuse a late appeal, and a court "
            "may then treat the client as not having appealed. Ask IRS Appeals whether it "
            "accepted the appeal, make a new request for the same records now, and talk to a "
            "lawyer before going to court.",
            (*relied_on, "appeal_received"),
            cites,
        )
    return Finding(
        code,
        title,
        Status.NOT_APPLICABLE,
        "An appeal has been sent"
        + (f" and reached the IRS on {us_long_date(received)}, in time" if received else "")
        + ". What matters now is the IRS's decision on it (see below).",
        (*relied_on, "appeal_received"),
        cites,
    )


def missed_by_a_day_off(deadline: date, today: date) -> bool:
    """The last day fell on a weekend or holiday and today is the next working day at the
    latest: too late by the statute, but worth sending at once."""
    return not is_working_day(deadline) and deadline < today <= next_working_day(deadline)


#: 26 C.F.R. § 601.702(c)(10)(i) still says an appeal must be "postmarked within 35 days";
#: the statute's "not less than 90 days" (2016) governs.
REGULATION_OUT_OF_DATE = (
    " The IRS's FOIA regulation still says 35 days (26 C.F.R. § 601.702(c)(10)(i)); it was "
    "written before the law changed in 2016, and the law's 90 days apply."
)


@reads(
    "letter_date",
    "letter_appeal_deadline",
    "request_basis",
    "appeal_received",
    decides="the last day to appeal",
    law=(c.FOIA_90_DAY_APPEAL,),
)
def appeal_within_90_days(facts: Facts, adverse: Finding) -> Finding:
    """The appeal window (see ``appeal_deadline_date`` and ``appeal_deadline``), measured
    against ``today``."""
    code, title = "appeal_window", "Still within the 90-day appeal period"
    relied_on = ("letter_date", "letter_appeal_deadline", "request_basis")
    cites = (c.FOIA_90_DAY_APPEAL, c.REG_APPEAL_35_DAYS)
    if adverse.status in (Status.NOT_MET, Status.NOT_APPLICABLE):
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "There is no adverse decision, so there is no appeal period to watch.",
            relied_on,
            (),
        )
    if facts.request_basis == RequestBasis.SECTION_6103:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "FOIA's 90-day appeal right is for FOIA requests. For a request made only under "
            "§ 6103, check the letter for any way to challenge the answer; a new FOIA request "
            "that names § 6103 can always be made.",
            relied_on,
            cites,
        )
    if facts.letter_date is None:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "Enter the date of the IRS's letter to see the appeal deadline.",
            relied_on,
            cites,
        )
    if facts.letter_date > facts.today:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            f"The letter's date, {us_long_date(facts.letter_date)}, is after today "
            f"({us_long_date(facts.today)}). Check the date on the letter: the appeal period "
            "runs from it.",
            relied_on,
            cites,
        )
    deadline = appeal_deadline(facts)
    if facts.appeal_status in (AppealStatus.WAITING, AppealStatus.UPHELD):
        return _appeal_sent(facts, deadline, relied_on, cites)
    basis_note = (
        " We do not know whether the request was made under FOIA; this period is FOIA's."
        if facts.request_basis != RequestBasis.FOIA
        else ""
    )
    if facts.today <= deadline:
        days_left = (deadline - facts.today).days
        return Finding(
            code,
            title,
            Status.MET,
            "The law gives at least 90 days after the letter to appeal. The letter is dated "
            f"{us_long_date(facts.letter_date)}, so the appeal is due by "
            f"{us_long_date(deadline)} ({days_left} days from today)."
            + _deadline_notes(facts, deadline)
            + REGULATION_OUT_OF_DATE
            + basis_note,
            relied_on,
            cites,
        )
    late_by_a_weekend = ""
    if missed_by_a_day_off(deadline, facts.today):
        late_by_a_weekend = (
            f" {us_long_date(deadline)} was {_day_kind(deadline)}, and FOIA does not move the "
            "date to the next working day. Send the appeal today anyway, explaining the "
            "dates (the IRS may accept it), and make the new request at once as well."
        )
    return Finding(
        code,
        title,
        Status.NOT_MET,
        f"The time to appeal the letter of {us_long_date(facts.letter_date)} ended on "
        f"{us_long_date(deadline)}." + _which_date_applied(facts, deadline) + " The appeal is "
        "too late, but a new request for the same records can be made."
        + late_by_a_weekend
        + basis_note,
        relied_on,
        cites,
    )

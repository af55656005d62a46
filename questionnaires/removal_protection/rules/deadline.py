"""The one-year asylum deadline (8 U.S.C. § 1158(a)(2)(B)-(E); 8 C.F.R.
§ 1208.4(a)(2)(ii), (a)(4)-(5)), counted from the last arrival to the screening date, with the
carry-over of a last day that falls on a weekend or legal holiday."""

from __future__ import annotations

import functools
from datetime import date, timedelta

from questionnaires.framework.determination import Finding, Status, reads
from questionnaires.framework.wording import YesNo, join_words, us_long_date
from questionnaires.removal_protection import citations as c

from .answers import DeadlineException, Facts, Proceeding
from .bars import asylum_closed_by_reinstated_order, reinstatement_not_confirmed


def one_year_after(arrival: date) -> date:
    """The anniversary of the last arrival: the arrival day is day zero, so an application
    filed on the anniversary is on time. A 29 February arrival is given 28 February, the
    safe reading (the law does not say which day ends that year)."""
    try:
        return arrival.replace(year=arrival.year + 1)
    except ValueError:
        return arrival.replace(year=arrival.year + 1, day=28)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday (Monday 0) of a month; n = -1 for the last."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


@functools.cache
def federal_holidays(year: int) -> frozenset[date]:
    """The federal legal holidays of a year, with the Friday or Monday on which one falling
    on a Saturday or Sunday is observed (both count here, so a last day is never cut short)."""
    fixed = [date(year, 1, 1), date(year, 6, 19), date(year, 7, 4), date(year, 11, 11)]
    fixed.append(date(year, 12, 25))
    days = set(fixed) | {
        _nth_weekday(year, 1, 0, 3),  # Birthday of Martin Luther King, Jr.
        _nth_weekday(year, 2, 0, 3),  # Washington's Birthday
        _nth_weekday(year, 5, 0, -1),  # Memorial Day
        _nth_weekday(year, 9, 0, 1),  # Labor Day
        _nth_weekday(year, 10, 0, 2),  # Columbus Day
        _nth_weekday(year, 11, 3, 4),  # Thanksgiving Day
    }
    for day in fixed:
        if day.weekday() == 5:
            days.add(day - timedelta(days=1))
        elif day.weekday() == 6:
            days.add(day + timedelta(days=1))
    return frozenset(days)


#: The day the one-year deadline took effect: "The 1-year period shall be calculated from the
#: date of the alien's last arrival in the United States or April 1, 1997, whichever is
#: later" (8 C.F.R. § 1208.4(a)(2)(ii)); section 208(a)(2) "prohibits certain aliens from
#: filing for asylum on or after April 1, 1997" (§ 1208.4(a)), so an application filed
#: before that day is outside the deadline altogether.
DEADLINE_IN_FORCE = date(1997, 4, 1)


def year_starts(arrival: date) -> date:
    """The day the year is counted from: the last arrival, or April 1, 1997 for a client who
    last arrived before it (8 C.F.R. § 1208.4(a)(2)(ii), "whichever is later")."""
    return max(arrival, DEADLINE_IN_FORCE)


def _since(arrival: date) -> str:
    """The day the year ran from, in words."""
    if arrival >= DEADLINE_IN_FORCE:
        return f"the last arrival on {us_long_date(arrival)}"
    return (
        f"April 1, 1997 (the client last arrived on {us_long_date(arrival)}, before the "
        "deadline took effect, so the year runs from that day)"
    )


def last_day_to_file(arrival: date) -> date:
    """The anniversary carried past a Saturday, Sunday or federal legal holiday to the next
    working day: "When the last day of the period so computed falls on a Saturday, Sunday, or
    legal holiday, the period shall run until the end of the next day that is not" one
    (8 C.F.R. § 1208.4(a)(2)(ii)). The year runs from the last arrival or April 1, 1997,
    whichever is later (the same paragraph). A 29 February
    arrival carries from 1 March, the later reading, for deciding whether a filing was late;
    staff are told the earlier date to file by."""
    arrival = year_starts(arrival)
    last = one_year_after(arrival)
    if arrival.month == 2 and arrival.day == 29:
        last = last + timedelta(days=1)
    while last.weekday() >= 5 or last in federal_holidays(last.year):
        last += timedelta(days=1)
    return last


def days_from_screening(days: int) -> str:
    """How far a last day is from the screening date, in words: "today" for none."""
    if days == 0:
        return "today, the screening date"
    return f"{days} {'day' if days == 1 else 'days'} from the screening date"


def _leap_day_doubt(arrival: date, day: date) -> bool:
    """A filing (or screening) date that is late on the 28 February reading of a 29 February
    arrival but on time on the 1 March reading: the law is open."""
    arrival = year_starts(arrival)
    return arrival.month == 2 and arrival.day == 29 and one_year_after(arrival) < day


#: Added where the case is before an immigration judge and nothing is filed yet.
COURT_DATE = (
    " The case is in removal proceedings: the immigration judge may set an earlier date to "
    "file, and an application not filed by that date can be treated as given up. Check the "
    "hearing notice and file by whichever date comes first."
)


def in_court(facts: Facts) -> bool:
    """The case is in removal proceedings and no application is filed yet: the immigration
    judge "may set and extend time limits for the filing of applications", and one not filed
    in time "shall be deemed waived" (8 C.F.R. § 1003.31(c))."""
    return facts.proceeding_type == Proceeding.REMOVAL_PROCEEDINGS and (
        facts.asylum_filed != YesNo.YES
    )


DEADLINE_RELIED_ON = (
    "proceeding_type",
    "last_arrival_date",
    "asylum_filed",
    "asylum_filed_date",
    "unaccompanied_child",
    "client_under_18_now",
    "parent_available_since_arrival",
    "lawful_status_now",
    "under_18_when_filed",
    "lawful_status_when_filed",
    "deadline_exception",
)


def _past_deadline(facts: Facts, why: str, child: bool = False) -> tuple[Status, str]:
    """The year has run: only an exception can save the application (8 U.S.C.
    § 1158(a)(2)(D); 8 C.F.R. § 1208.4(a)(4)-(5)), and then it must be filed within a
    reasonable period of the changed or extraordinary circumstances. For a client who came
    as an unaccompanied child (``child``) the exemption in (E) is still to be weighed, so
    the words do not conclude that asylum is barred."""
    if facts.deadline_exception == DeadlineException.CHANGED:
        return (
            Status.UNCLEAR,
            f"{why} The client relies on changed circumstances that materially affect the "
            "claim: that can excuse the delay if the application is filed within a "
            "reasonable period after the change. A lawyer must judge whether it was.",
        )
    if facts.deadline_exception == DeadlineException.EXTRAORDINARY:
        return (
            Status.UNCLEAR,
            f"{why} The client relies on extraordinary circumstances (for example, serious "
            "illness or a legal disability) that caused the delay: that can excuse it if the "
            "application is filed within a reasonable period. A lawyer must judge it.",
        )
    if facts.deadline_exception == DeadlineException.NONE and child:
        return (
            Status.NOT_MET,
            f"{why} No changed or extraordinary circumstances are claimed, so without the "
            "child exemption asylum would be barred. Withholding of removal and the "
            "Convention Against Torture have no deadline.",
        )
    if facts.deadline_exception == DeadlineException.NONE:
        return (
            Status.NOT_MET,
            f"{why} No changed or extraordinary circumstances explain the delay, so asylum "
            "is barred. Withholding of removal and the Convention Against Torture have no "
            "deadline.",
        )
    if child:
        return (
            Status.UNCLEAR,
            f"{why} Without the child exemption, asylum is barred unless changed or "
            "extraordinary circumstances explain the delay; it is not known whether any do.",
        )
    return (
        Status.UNCLEAR,
        f"{why} Asylum is barred unless changed or extraordinary circumstances explain the "
        "delay; it is not known whether any do.",
    )


def eighteen_years_before(day: date) -> date:
    """The same day 18 years earlier (28 February for 29 February): a person who had
    arrived by then cannot be under 18 on ``day``."""
    try:
        return day.replace(year=day.year - 18)
    except ValueError:
        return day.replace(year=day.year - 18, day=28)


def arrived_18_years_before(arrival: date | None, day: date | None) -> bool:
    """The last arrival was 18 years or more before ``day``: nobody born by the arrival can
    be under 18 on ``day``."""
    return arrival is not None and day is not None and arrival <= eighteen_years_before(day)


def child_answers_disagree(facts: Facts) -> str | None:
    """Answers about the client's age that cannot all be true, in words (None when they
    agree). The forms refuse these; the rules check again, since the facts can come from
    elsewhere, and never pick the favourable half of a contradiction."""
    today = facts.today or date.today()
    if facts.client_under_18_now != YesNo.YES:
        under_18_then_but_arrived_long_before = (
            facts.under_18_when_filed == YesNo.YES
            and facts.asylum_filed == YesNo.YES
            and arrived_18_years_before(facts.last_arrival_date, facts.asylum_filed_date)
        )
        if under_18_then_but_arrived_long_before:
            return (
                "the client is said to have been under 18 when the application was filed "
                f"({us_long_date(facts.asylum_filed_date)}), but last arrived on "
                f"{us_long_date(facts.last_arrival_date)}, 18 years or more before that"
            )
        return None
    if arrived_18_years_before(facts.last_arrival_date, today):
        return (
            "the client is said to be under 18 today, but last arrived on "
            f"{us_long_date(facts.last_arrival_date)}, 18 years or more ago"
        )
    if facts.asylum_filed == YesNo.YES and facts.under_18_when_filed == YesNo.NO:
        return (
            "the client is said to be under 18 today, but 18 or older on the day the "
            "application was filed"
        )
    return None


def still_an_unaccompanied_child(facts: Facts) -> bool | None:
    """6 U.S.C. § 279(g)(2), the definition 8 U.S.C. § 1158(a)(2)(E) points to: a child who
    "has no lawful immigration status in the United States", "has not attained 18 years of
    age", and has no parent or legal guardian in the United States "available to provide
    care and physical custody". True where every part holds on the screening date (and no
    parent or guardian has been available since arrival); False where one part fails; None
    where one is not known, or the answers about the client's age disagree."""
    parts = (
        facts.client_under_18_now,
        facts.parent_available_since_arrival,
        facts.lawful_status_now,
    )
    if (
        facts.client_under_18_now == YesNo.NO
        or facts.parent_available_since_arrival == YesNo.YES
        or facts.lawful_status_now == YesNo.YES
    ):
        return False
    if child_answers_disagree(facts):
        return None
    if parts == (YesNo.YES, YesNo.NO, YesNo.NO):
        return True
    return None


def _under_18_when_filed(facts: Facts) -> str:
    """Under 18 on the filing day: known from being under 18 today, or from the answer
    about the filing day."""
    if facts.client_under_18_now == YesNo.YES:
        return YesNo.YES
    return facts.under_18_when_filed or YesNo.NOT_SURE


def child_when_filed(facts: Facts) -> bool | None:
    """Whether the client was still an unaccompanied child on the day the application was
    filed: the one-year rule is about when the application is filed (8 U.S.C.
    § 1158(a)(2)(B)), and (E) exempts an application filed by an unaccompanied child, one
    who "has no lawful immigration status in the United States" (6 U.S.C. § 279(g)(2)) on
    that day. Under 18 then, from :func:`_under_18_when_filed`; no parent or guardian then,
    from none since arrival; no lawful status then, only from the answer about the filing
    day (no status today says nothing about it: a child who came on a visa may have lost
    status after filing). True where all hold; False where the client was 18 or older, or
    had lawful status, when filing; None otherwise, and where the answers disagree."""
    if child_answers_disagree(facts):
        return None
    if _under_18_when_filed(facts) == YesNo.NO or facts.lawful_status_when_filed == YesNo.YES:
        return False
    if (
        _under_18_when_filed(facts),
        facts.parent_available_since_arrival,
        facts.lawful_status_when_filed,
    ) == (YesNo.YES, YesNo.NO, YesNo.NO):
        return True
    return None


def _no_longer_a_child(facts: Facts) -> str:
    """Which part of the definition no longer holds, in words."""
    reasons = []
    if facts.client_under_18_now == YesNo.NO:
        reasons.append("has turned 18")
    if facts.parent_available_since_arrival == YesNo.YES:
        reasons.append("has had a parent or legal guardian in the United States to care for them")
    if facts.lawful_status_now == YesNo.YES:
        reasons.append("has lawful immigration status")
    return join_words(reasons)


def _not_known_on_filing_day(facts: Facts) -> list[str]:
    """The parts of the definition not known for the filing day, in words."""
    unknown = []
    if _under_18_when_filed(facts) != YesNo.YES:
        unknown.append("whether the client was under 18")
    if facts.lawful_status_when_filed != YesNo.NO:
        unknown.append("whether the client had lawful immigration status (such as a visa)")
    if facts.parent_available_since_arrival != YesNo.NO:
        unknown.append(
            "whether a parent or legal guardian in the United States was available to care "
            "for the client"
        )
    return unknown


#: The conclusion that leads a deadline finding left open by the child exemption.
CHILD_MAY_BE_EXEMPT = (
    "Asylum may still be open, even if the year has run: the client came as an "
    "unaccompanied child, and the one-year deadline does not apply to an unaccompanied "
    "child. Whether it applies here is not yet clear."
)


def unaccompanied_child_exempt(facts: Facts, text: str) -> tuple[Status, str]:
    """8 U.S.C. § 1158(a)(2)(E): the one-year deadline "shall not apply to an unaccompanied
    alien child (as defined in section 279(g) of title 6)". A client who is one on the
    screening date, and has been since arrival, is exempt: file while that lasts. An
    application filed when the client was one is exempt; whether the client was one on the
    filing day turns on age, carers and lawful status on that day (:func:`child_when_filed`).
    One who has turned 18 (or been cared for by a parent or guardian here, or has lawful
    status) no longer fits the present-tense definition, and no holding on whether the
    exemption survives was found: Matter of M-A-C-O- decides only who hears an application
    filed after 18. Being an unaccompanied minor during the year after arrival is also a
    "legal disability", an extraordinary circumstance (8 C.F.R. § 1208.4(a)(5)(ii)); so is
    keeping lawful status until a reasonable period before filing ((a)(5)(iv))."""
    child = still_an_unaccompanied_child(facts)
    filed = facts.asylum_filed == YesNo.YES
    filed_on = facts.asylum_filed_date if filed else None
    on_the_day = f"on {us_long_date(filed_on)}" if filed_on is not None else ""
    then = child_when_filed(facts) if filed else None
    lead = f"{CHILD_MAY_BE_EXEMPT} {text}".rstrip() if text else CHILD_MAY_BE_EXEMPT
    disagree = child_answers_disagree(facts)
    if disagree:
        return (
            Status.UNCLEAR,
            f"{lead} But the answers disagree: {disagree}. Check the client's date of "
            "birth against the dates, and correct the answers; until then it cannot be told "
            "whether the exemption applies.",
        )
    if then:
        since = []
        if facts.client_under_18_now == YesNo.NO:
            since.append("the client has turned 18")
        if facts.lawful_status_now == YesNo.YES:
            since.append("the client has gained lawful status")
        return (
            Status.MET,
            f"The application was filed{' ' + on_the_day if on_the_day else ''} when the "
            "client was still an unaccompanied child: under 18, with no lawful status, and "
            "no parent or legal guardian in the United States available to care for them. "
            "The one-year deadline does not apply to an application filed by an "
            "unaccompanied child, so it is not late"
            + (f", although {join_words(since)} since" if since else "")
            + ". Keep proof of the date of birth and of the client's status on the filing day.",
        )
    if child and not filed:
        return (
            Status.MET,
            "The client is still an unaccompanied child: under 18, with no lawful status, "
            "and no parent or legal guardian in the United States available to care for "
            "them since arriving. The one-year deadline does not apply to an unaccompanied "
            "child. File while the client is still under 18: whether the exemption lasts "
            "after that is unsettled.",
        )
    disability = (
        " Being an unaccompanied minor during the year after arrival is also an "
        "extraordinary circumstance that can excuse a delay, if the application follows "
        "within a reasonable time."
    )
    if YesNo.YES in (facts.lawful_status_now, facts.lawful_status_when_filed):
        disability += (
            " So is keeping lawful status (or Temporary Protected Status, or parole) until a "
            "reasonable time before filing."
        )
    disability += (
        " Have a lawyer argue each; the application is filed, so do not file it again."
        if filed
        else " File as soon as possible, and have a lawyer argue each."
    )
    definition = (
        "The law exempts an unaccompanied child from the deadline, and defines one in the "
        "present tense (under 18, no lawful status, no parent or legal guardian here "
        "available to care for them)."
    )
    day = (
        f"the day the application was filed ({us_long_date(filed_on)})"
        if filed_on
        else ("the day the application was filed")
    )
    if then is False and _under_18_when_filed(facts) == YesNo.NO:
        return (
            Status.UNCLEAR,
            f"{lead} The client was 18 or older when the application was filed"
            f"{' (' + on_the_day + ')' if on_the_day else ''}. {definition} Whether one who "
            "files after 18 keeps the exemption is unsettled (the Board has decided only "
            "that an immigration judge, not the asylum office, first hears such an "
            "application)." + disability,
        )
    if then is False:
        # Conclusion first (R8-24, R8-04): the exemption fails on the filing-day status;
        # what stays open is the exceptions, for a lawyer.
        dates = f" {text}" if text else ""
        return (
            Status.UNCLEAR,
            "The child exemption does not apply: the client had lawful immigration status "
            f"on {day}, so was not an unaccompanied child then (the definition requires no "
            "lawful status, and the exemption covers an application filed by an "
            f"unaccompanied child).{dates} Asylum may still be open through these exceptions, "
            "for a lawyer to argue (even where none was claimed)."
            + disability.replace(" is also an extraordinary", " is an extraordinary", 1),
        )
    if filed:
        unknown = _not_known_on_filing_day(facts)
        return (
            Status.UNCLEAR,
            f"{lead} The deadline did not apply to the application if, on {day}, the client "
            "was under 18, had no lawful immigration status, and had no parent or legal "
            "guardian in the United States available to care for them. Not yet known: "
            f"{join_words(unknown)} on that day. Find out: the client's date of birth, and "
            "any visa or other status the client held then." + disability,
        )
    if child is False:
        return (
            Status.UNCLEAR,
            f"{lead} The client {_no_longer_a_child(facts)}. {definition} Whether a client "
            "who no longer fits it keeps the exemption is unsettled (the Board has decided "
            "only that an immigration judge, not the asylum office, first hears an "
            "application filed after 18)." + disability,
        )
    return (
        Status.UNCLEAR,
        f"{lead} The deadline does not apply to one who is still under 18, with no lawful "
        "status and no parent or legal guardian in the United States available to care for "
        "them; it is not known whether the client still is. Find out the client's date of "
        "birth, status and who cares for them." + disability,
    )


def filed_within_the_year_on_the_dates(facts: Facts) -> bool:
    """The application was filed on or after the last arrival and by the last day of the
    year (8 C.F.R. § 1208.4(a)(2)(ii)), with no doubt over a 29 February arrival: the
    deadline is met on the dates alone, whatever the client's age or status that day, so
    the filing-day questions decide nothing (R8-23)."""
    arrival, filed_on = facts.last_arrival_date, facts.asylum_filed_date
    if facts.asylum_filed != YesNo.YES or arrival is None or filed_on is None:
        return False
    return arrival <= filed_on <= last_day_to_file(arrival) and not _leap_day_doubt(
        arrival, filed_on
    )


def filed_before_last_arrival(facts: Facts) -> bool:
    """The application is dated before the last arrival: filed on an earlier stay, with
    travel since (R8-02b)."""
    return (
        facts.asylum_filed == YesNo.YES
        and facts.asylum_filed_date is not None
        and facts.last_arrival_date is not None
        and facts.asylum_filed_date < facts.last_arrival_date
    )


def _deadline_status(facts: Facts, today: date) -> tuple[Status, str]:
    child = facts.unaccompanied_child == YesNo.YES
    status, text = _deadline_by_dates(facts, today, child)
    if filed_before_last_arrival(facts) and facts.last_arrival_date <= today:
        # Neither late nor on time by the last arrival; the child exemption, too, holds
        # only if that application still stands (R8-02, R8-02b).
        if child:
            text += (
                " The client came as an unaccompanied child: if the application was filed "
                "while still one and it still stands, the deadline does not apply to it."
            )
        return status, text
    if status == Status.NOT_MET and facts.unaccompanied_child == YesNo.NOT_SURE:
        return (
            Status.UNCLEAR,
            f"{text} But it is not known whether the client came as an unaccompanied child "
            "(under 18, with no parent or legal guardian in the United States to care for "
            "them): the deadline does not apply to one. Find out before treating asylum as "
            "barred.",
        )
    if not child or status == Status.NOT_APPLICABLE:
        return status, text
    if status == Status.MET and facts.asylum_filed == YesNo.YES:
        return status, text
    if status == Status.MET:
        exempt, words = unaccompanied_child_exempt(facts, "")
        if exempt == Status.MET:
            return exempt, words
        arrival = facts.last_arrival_date
        by = f", by {us_long_date(file_by(arrival))}," if arrival is not None else ""
        if still_an_unaccompanied_child(facts) is False:
            where = (
                ", with the immigration court (an immigration judge, not the asylum office, "
                "first hears an application filed after 18: Matter of M-A-C-O-)"
                if facts.client_under_18_now == YesNo.NO and in_court(facts)
                else ""
            )
            return (
                Status.MET,
                f"The client came as an unaccompanied child but {_no_longer_a_child(facts)}, "
                "so is probably no longer one, and the exemption from the deadline may not "
                f"hold. File within the year{by.rstrip(',')}{where}.",
            )
        return (
            Status.MET,
            "The client came as an unaccompanied child, and the one-year deadline does not "
            "apply to one who is still under 18, with no lawful status and no parent or legal "
            f"guardian here available to care for them. File within the year anyway{by} in "
            "case that status is questioned.",
        )
    return unaccompanied_child_exempt(facts, text)


def _deadline_by_dates(facts: Facts, today: date, child: bool = False) -> tuple[Status, str]:
    arrival = facts.last_arrival_date
    if arrival is None:
        return (
            Status.UNCLEAR,
            "The date the client last arrived in the United States is not known, so it "
            "cannot be told whether the one-year deadline has passed. Find out the date.",
        )
    if arrival > today:
        return (
            Status.UNCLEAR,
            f"The date of last arrival ({us_long_date(arrival)}) is after the screening date. "
            "Check the date.",
        )
    deadline = last_day_to_file(arrival)
    filed_on = facts.asylum_filed_date if facts.asylum_filed == YesNo.YES else None
    if filed_on is not None and filed_on < arrival:
        # R8-02b: both dates can be true. USCIS, "What if I want or need to travel after
        # I've applied for asylum?" (read with the search tool 2026-11-30): "Advance
        # parole ... allows certain aliens to return to the United States without a visa
        # after traveling abroad. An asylum applicant who leaves the United States without
        # first obtaining advance parole shall be presumed to have abandoned his or her
        # asylum application." Whether the filing was timely is counted from the arrival
        # before it, which is not asked: left unclear, for a lawyer. In removal
        # proceedings, practitioner commentary (Jason Dzubow, ILW blog, "Advance Parole:
        # Overseas Travel for Asylum Seekers", read with the search tool 2026-11-30):
        # "People who are in removal proceedings (i.e., in Immigration Court) cannot leave
        # the U.S. and return, even if they have AP ... if you leave, you are considered to
        # have deported yourself." Commentary, not authority: said as a risk to check.
        court = (
            " The case is in removal proceedings now. If it already was when the client "
            "left, leaving may have ended that case even with advance parole, so the earlier "
            "application may be gone and a new one may be needed."
            if facts.proceeding_type == Proceeding.REMOVAL_PROCEEDINGS
            else ""
        )
        return (
            Status.UNCLEAR,
            f"Not yet clear: the application was filed on {us_long_date(filed_on)}, before "
            f"the client's last arrival on {us_long_date(arrival)}. Both dates can be true "
            "(for example, the client filed, travelled on advance parole and came back while "
            "the application was pending), so the deadline cannot be counted from the last "
            "arrival. A lawyer should check: whether the client left with advance parole (an "
            "applicant who leaves without it is presumed to have abandoned the application), "
            "whether the application is still pending, and whether it was filed within a "
            "year of the arrival before it." + court + " If the filing date was entered by "
            "mistake, correct it.",
        )
    if filed_on is not None and filed_on < DEADLINE_IN_FORCE:
        return (
            Status.MET,
            f"The application was filed on {us_long_date(filed_on)}, before the one-year "
            "deadline took effect on April 1, 1997: the deadline does not apply to it.",
        )
    if filed_on is not None and filed_on <= deadline and _leap_day_doubt(arrival, filed_on):
        return (
            Status.UNCLEAR,
            f"The client arrived on 29 February and filed on {us_long_date(filed_on)}. The law "
            "does not say whether that year ends on 28 February or 1 March: on the first "
            "reading the filing is late. A lawyer must decide it and, in the alternative, "
            "argue an exception.",
        )
    if filed_on is not None and filed_on <= deadline:
        return (
            Status.MET,
            f"The application was filed on {us_long_date(filed_on)}, within a year of "
            f"{_since(arrival)}.",
        )
    if filed_on is not None:
        return _past_deadline(
            facts,
            f"The application was filed on {us_long_date(filed_on)}, more than a year after "
            f"{_since(arrival)}. The year ran out on {us_long_date(deadline)}.",
            child,
        )
    if today <= deadline:
        safe_day = one_year_after(year_starts(arrival))
        carried = (
            f" The anniversary, {us_long_date(safe_day)}, falls on a weekend or legal "
            f"holiday, so the last day carries to {us_long_date(deadline)}."
            if safe_day != deadline and not _leap_day_doubt(arrival, deadline)
            else ""
        )
        if safe_day < today and _leap_day_doubt(arrival, today):
            return (
                Status.UNCLEAR,
                f"The client arrived on 29 February. On one reading the year ran out on "
                f"{us_long_date(safe_day)}; on the other it runs to {us_long_date(deadline)}. "
                "File today, and have a lawyer argue the later date or an exception.",
            )
        days_left = (file_by(arrival) - today).days
        if facts.asylum_filed == YesNo.YES:
            return (
                Status.MET,
                f"The client has filed, and the year since the last arrival has not yet run "
                f"(it runs out on {us_long_date(deadline)}).",
            )
        if days_left == 0:
            urgent = " Today is the last day to file: file today."
        elif days_left < 31:
            urgent = " File now: that is under a month away."
        else:
            urgent = ""
        return (
            Status.MET,
            f"The client last arrived on {us_long_date(arrival)}. The asylum application "
            f"must be filed by {us_long_date(file_by(arrival))} "
            f"({days_from_screening(days_left)}).{carried}{urgent}"
            + (COURT_DATE if in_court(facts) else ""),
        )
    if facts.asylum_filed == YesNo.YES:
        return (
            Status.UNCLEAR,
            f"The client has filed, but the filing date is not known, and the year from "
            f"{_since(arrival)} ran out on {us_long_date(deadline)}. Find the filing date on "
            "the receipt notice.",
        )
    if facts.asylum_filed != YesNo.NO:
        return (
            Status.UNCLEAR,
            f"The year from {_since(arrival)} ran out on {us_long_date(deadline)}, and it is "
            "not known whether an application was filed in time. Find out: a receipt notice, "
            "the immigration court record, or a records request.",
        )
    return _past_deadline(
        facts,
        f"The year from {_since(arrival)} ran out on "
        f"{us_long_date(deadline)}, and no application is known to have been filed.",
        child,
    )


@reads(
    "last_arrival_date",
    "asylum_filed",
    "asylum_filed_date",
    "unaccompanied_child",
    "client_under_18_now",
    "parent_available_since_arrival",
    "lawful_status_now",
    "under_18_when_filed",
    "lawful_status_when_filed",
    "deadline_exception",
    "proceeding_type",
    decides="whether asylum was or can be applied for in time",
    law=(c.ONE_YEAR_DEADLINE,),
)
def asylum_filed_within_one_year(facts: Facts) -> Finding:
    """8 U.S.C. § 1158(a)(2)(B): asylum is open only to a person who applies "within 1 year
    after the date of the alien's arrival", counted here from the last arrival to the
    screening date; (D) and 8 C.F.R. § 1208.4(a)(4)-(5): changed circumstances materially
    affecting eligibility, or extraordinary circumstances relating to the delay, excuse it if
    the application follows within a reasonable period. Unaccompanied children are exempt
    ((E), and :func:`unaccompanied_child_exempt`). The
    deadline does not apply to withholding of removal or to the Convention Against Torture."""
    code = "asylum_filing_deadline"
    title = "Asylum applied for within a year of arrival (or an exception)"
    cites = (
        c.ONE_YEAR_DEADLINE,
        c.DEADLINE_EXCEPTIONS,
        c.CHANGED_CIRCUMSTANCES,
        c.EXTRAORDINARY_CIRCUMSTANCES,
    )
    if asylum_closed_by_reinstated_order(facts):
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "Not asked: it is not known whether the client was ever removed before. If an "
            "earlier order is reinstated, asylum is closed and the filing deadline does not "
            "matter; if not, answer the questions about arrival and filing."
            if reinstatement_not_confirmed(facts)
            else "Asylum is closed by the reinstated order, so the filing deadline does not "
            "matter.",
            DEADLINE_RELIED_ON,
            (c.ONE_YEAR_DEADLINE,),
        )
    today = facts.today or date.today()
    status, text = _deadline_status(facts, today)
    if facts.last_arrival_date is not None:
        cites = (*cites, c.LAST_DAY_CARRIED)
    if (
        facts.asylum_filed == YesNo.YES
        and facts.asylum_filed_date is not None
        and facts.asylum_filed_date < DEADLINE_IN_FORCE
    ):
        cites = (*cites, c.DEADLINE_TOOK_EFFECT)
    if facts.unaccompanied_child == YesNo.YES:
        cites = (*cites, c.UNACCOMPANIED_CHILDREN, c.UAC_DEFINED)
        if status == Status.UNCLEAR:
            cites = (*cites, c.UNACCOMPANIED_MINOR_DISABILITY)
        if still_an_unaccompanied_child(facts) is False or (
            facts.asylum_filed == YesNo.YES and _under_18_when_filed(facts) == YesNo.NO
        ):
            cites = (*cites, c.M_A_C_O)
        if status == Status.UNCLEAR and YesNo.YES in (
            facts.lawful_status_now,
            facts.lawful_status_when_filed,
        ):
            cites = (*cites, c.LAWFUL_STATUS_EXTRAORDINARY)
    if COURT_DATE in text:
        cites = (*cites, c.COURT_FILING_DEADLINE)
    return Finding(code, title, status, text, DEADLINE_RELIED_ON, cites)


def asylum_deadline_date(facts: Facts) -> date | None:
    """The day to file for asylum by, where it is known and no filing has met it: the last
    day of the year from the last arrival, carried past a weekend or legal holiday as 8
    C.F.R. § 1208.4(a)(2)(ii) carries it (for a 29 February arrival, the earlier reading).
    None for a client who is still an unaccompanied child (no deadline); one who may no
    longer be is given the date, to file by in case the exemption does not hold."""
    if facts.last_arrival_date is None or still_an_unaccompanied_child(facts):
        return None
    if facts.asylum_filed == YesNo.YES:
        return None
    return file_by(facts.last_arrival_date)


def file_by(arrival: date) -> date:
    """The day to tell staff to file by: the last day, or for a 29 February arrival the
    earlier reading (28 February)."""
    arrival = year_starts(arrival)
    if arrival.month == 2 and arrival.day == 29:
        return one_year_after(arrival)
    return last_day_to_file(arrival)

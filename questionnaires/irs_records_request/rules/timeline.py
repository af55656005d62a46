"""Before an answer and after an appeal: FOIA's time limits when the IRS has not answered a
request (5 U.S.C. § 552(a)(6)(A)(i), (B)) or an appeal (§ 552(a)(6)(A)(ii)), what a missed
limit allows (§ 552(a)(6)(C)(i)), help short of court (§ 552(a)(6)(B)(ii)) and court review
(§ 552(a)(4)(B))."""

from __future__ import annotations

from datetime import date, timedelta

from questionnaires.framework.determination import Finding, Status, reads
from questionnaires.framework.wording import YesNo, us_long_date
from questionnaires.irs_records_request import citations as c

from .dates import (
    WORKING_DAYS_TO_RESPOND,
    foia_due_date_with_a_pause,
    foia_response_due_date,
    is_working_day,
    next_working_day,
)
from .facts import AppealStatus, Facts, RequestBasis, SentTo

EXTENDED_WORKING_DAYS = 30  # 20, plus no more than 10 in unusual circumstances
APPEAL_DECISION_WORKING_DAYS = 20
#: The 20 working days start no later than ten days after an office designated to receive
#: requests receives the request (5 U.S.C. § 552(a)(6)(A), the sentence after clause (ii)).
OFFICE_DAYS = 10

HELP_SHORT_OF_COURT = (
    "Before going to court, ask for help: the IRS's FOIA Public Liaison helps settle "
    "disputes with the IRS, and the Office of Government Information Services (OGIS, at the "
    "National Archives) offers free mediation."
)
HELP_CITATIONS = (c.FOIA_PUBLIC_LIAISON_OGIS, c.FOIA_DISPUTE_RESOLUTION)

OVERDUE = (
    "Because the IRS missed FOIA's time limit, the requester is treated as having used up the "
    'IRS\'s own review ("constructive exhaustion") and may ask a federal district court to '
    "order the records released, without waiting. The court may still give the IRS more time "
    "in exceptional circumstances, and counts against the client any refusal of a reasonable "
    "offer by the IRS to narrow the request or agree another time frame. Having missed the "
    "time limit, the IRS generally may not charge search fees. "
)
OVERDUE_CITATIONS = (
    c.FOIA_CONSTRUCTIVE_EXHAUSTION,
    c.FOIA_COURT_REVIEW,
    c.FOIA_REFUSED_ALTERNATIVE,
    c.FOIA_NO_SEARCH_FEES_WHEN_LATE,
)


@reads(
    "request_basis",
    "request_received",
    "sent_to",
    "extension_notice",
    "extension_notice_date",
    "clock_paused",
    "pause_asked",
    "pause_reply_received",
    decides="whether the IRS still has time to answer",
    law=(
        c.FOIA_20_WORKING_DAYS,
        c.FOIA_UNUSUAL_CIRCUMSTANCES,
    ),
)
def request_answer_due(facts: Facts) -> tuple[Finding, date | None]:
    """The IRS has not answered. FOIA: a determination within 20 working days after receipt
    (5 U.S.C. § 552(a)(6)(A)(i)); by written notice of "unusual circumstances", no more than
    ten working days more (§ 552(a)(6)(B)(i)). Missing the limit is "constructive
    exhaustion": the requester "shall be deemed to have exhausted his administrative
    remedies" (§ 552(a)(6)(C)(i)) and may sue (§ 552(a)(4)(B)). The IRS may stop the clock
    once to ask for information, and as needed to clarify fees, until it receives the reply,
    but only within the 20 working days (§ 552(a)(6)(A)(ii)(I)-(II)); see
    ``foia_due_date_with_a_pause``. A request that reached another office first starts its
    count later (see ``_answer_due_when_sent_elsewhere``). Returns the finding and the date
    the answer is due (None when no FOIA limit applies, the date is not known, or the clock
    is stopped)."""
    code, title = "answer_due", "The IRS still has time to answer"
    relied_on = ("request_basis", "request_received", "extension_notice")
    cites = (c.FOIA_20_WORKING_DAYS, c.FOIA_UNUSUAL_CIRCUMSTANCES)
    if facts.request_basis == RequestBasis.SECTION_6103:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "A request made only under § 6103 has no time limit for the answer, and no FOIA "
            "appeal or court review. Ask the IRS office when it will answer. If the answer "
            "is taking too long, send a new FOIA request that names § 6103 as the law that "
            "lets the IRS give the client's information: that request carries FOIA's limits.",
            relied_on,
            (c.FOIA_20_WORKING_DAYS,),
        ), None
    if facts.request_received is None:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "Enter the date the IRS received the request to see when the answer is due.",
            relied_on,
            cites,
        ), None
    basis_note = (
        ""
        if facts.request_basis == RequestBasis.FOIA
        else " This limit is FOIA's: it applies only if the request was made under FOIA. If "
        "it was made only under § 6103, there is no time limit: send a FOIA request now."
    )
    # A request that arrives on a weekend or holiday may be logged on the next working day:
    # count from then, so that "overdue" is never said a day early.
    received = facts.request_received
    if not is_working_day(received):
        received = next_working_day(received)
    extension = facts.extension_notice
    pause = _pause(facts)
    if facts.sent_to in (SentTo.OTHER_OFFICE, SentTo.NOT_SURE):
        return _answer_due_when_sent_elsewhere(facts, received, pause, basis_note)
    if pause is not None:
        return _answer_due_after_a_pause(facts, received, pause, basis_note)
    due = foia_response_due_date(received)[0]
    extended = foia_response_due_date(received, EXTENDED_WORKING_DAYS)[0]
    deadline = extended if extension == YesNo.YES else due
    counted = (
        f"The IRS received the request on {us_long_date(facts.request_received)}. Its answer "
        f"was due within 20 working days, by {us_long_date(due)}"
    )
    notice_date = facts.extension_notice_date
    if extension == YesNo.YES and notice_date and notice_date > due:
        return _extension_notice_too_late(
            facts, counted + ".", due, extended, notice_date, basis_note, relied_on, cites
        )
    if extension == YesNo.YES:
        counted += (
            ". It sent a written notice of unusual circumstances, which can add no more than "
            f"10 working days: the latest date is {us_long_date(extended)}."
            + ("" if notice_date else _notice_counts_only_if_timely(due))
        )
    else:
        counted += "."
    if facts.today <= deadline:
        text = counted + (
            f" That date has not passed (today is {us_long_date(facts.today)}). Diary it."
        )
        return Finding(code, title, Status.MET, text + basis_note, relied_on, cites), deadline
    if extension in (YesNo.NOT_SURE, None) and facts.today <= extended:
        text = counted + (
            " That date has passed. If the IRS sent a written notice of unusual circumstances, "
            f"it has until {us_long_date(extended)}; check the file for one. If it did not, "
            "the answer is overdue. " + OVERDUE + HELP_SHORT_OF_COURT
        )
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            text + basis_note,
            relied_on,
            (*cites, *OVERDUE_CITATIONS, *HELP_CITATIONS),
        ), extended
    if facts.clock_paused == YesNo.NOT_SURE:
        text = counted + (
            f" That date has passed (today is {us_long_date(facts.today)}). The answer is "
            "overdue unless the IRS stopped the clock: "
            + _PAUSE_NOT_KNOWN
            + OVERDUE
            + HELP_SHORT_OF_COURT
        )
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            text + basis_note,
            (*relied_on, "clock_paused"),
            (*cites, c.FOIA_TOLLING, *OVERDUE_CITATIONS, *HELP_CITATIONS),
        ), deadline
    text = counted + (
        f" The answer is overdue (today is {us_long_date(facts.today)})"
        + _unless_paused(facts)
        + ". "
        + OVERDUE
        + HELP_SHORT_OF_COURT
        + ANSWERED_LATE
    )
    return Finding(
        code,
        title,
        Status.NOT_MET,
        text + basis_note,
        relied_on,
        (*cites, *OVERDUE_CITATIONS, *HELP_CITATIONS),
    ), deadline


_PAUSE_NOT_KNOWN = (
    "FOIA lets it do so once to ask for information it needs, and as needed to clarify fees, "
    "until it receives the reply, but only within its 20 working days. Check the file for "
    "such a letter and the date the IRS received the reply, and enter both to see the date. "
    "If there was none, the answer is overdue. "
)
ANSWERED_LATE = (
    " If the IRS answers before you go to court, the client must then appeal that answer "
    "first: review it with this tool."
)


def _unless_paused(facts: Facts) -> str:
    """The reminder to add a pause, unless staff said there was none or gave its dates."""
    if facts.clock_paused == YesNo.NO or _pause(facts) is not None:
        return ""
    return (
        ", unless the IRS asked for information it needed or to clarify fees: its time "
        "stops while it waits for the reply, so add the days it waited"
    )


def _notice_counts_only_if_timely(due: date) -> str:
    return (
        f" The notice counts only if the IRS sent it by {us_long_date(due)}, before its 20 "
        "working days ran out: check its date."
    )


def _extension_notice_too_late(
    facts: Facts,
    counted: str,
    due: date,
    extended: date,
    notice_date: date,
    basis_note: str,
    relied_on: tuple[str, ...],
    cites: tuple,
) -> tuple[Finding, date]:
    """A notice of unusual circumstances dated after the 20 working days ran out (with any
    pause left out: ``counted`` says how they were counted). The time limits "may be
    extended by written notice" (5 U.S.C. § 552(a)(6)(B)(i)), and the fee rules speak of "a
    timely written notice" (§ 552(a)(4)(A)(viii)(II)(aa)): a limit that has already run out
    is arguably not extended, so the answer is arguably overdue from the 20th working day.
    Unclear, never "not due yet", until the latest date the notice could give has also
    passed: then the answer is overdue on either reading."""
    code, title = "answer_due", "The IRS still has time to answer"
    relied_on = (*relied_on, "extension_notice_date")
    text = counted + (
        f" Its notice of unusual circumstances is dated {us_long_date(notice_date)}, after "
        "that date had passed. FOIA lets the IRS extend its time by written notice, and its "
        "fee rules speak of a timely notice: a notice sent after the time ran out arguably "
        "extends nothing, so the answer has arguably been overdue since "
        f"{us_long_date(due)}. If the notice does count, the latest date is "
        f"{us_long_date(extended)}."
    )
    citations = (
        *cites,
        c.FOIA_NO_SEARCH_FEES_WHEN_LATE,
        *OVERDUE_CITATIONS,
        *HELP_CITATIONS,
    )
    if facts.today > extended:
        text += (
            f" That date has passed too (today is {us_long_date(facts.today)}): the answer is "
            "overdue either way. " + OVERDUE + HELP_SHORT_OF_COURT + ANSWERED_LATE
        )
        return Finding(
            code, title, Status.NOT_MET, text + basis_note, relied_on, citations
        ), extended
    text += " " + OVERDUE + HELP_SHORT_OF_COURT
    return Finding(code, title, Status.UNCLEAR, text + basis_note, relied_on, citations), due


def _pause(facts: Facts) -> tuple[date, date | None] | None:
    """The IRS's pause (the day it asked, the day it received the reply or None), when staff
    said it paused and gave the day it asked."""
    if facts.clock_paused != YesNo.YES or facts.pause_asked is None:
        return None
    return facts.pause_asked, facts.pause_reply_received


_PAUSE_ANSWERS = ("clock_paused", "pause_asked", "pause_reply_received")


def _answer_due_after_a_pause(
    facts: Facts, received: date, pause: tuple[date, date | None], basis_note: str
) -> tuple[Finding, date | None]:
    """The request's due date when the IRS stopped FOIA's clock to ask for information or
    about fees (5 U.S.C. § 552(a)(6)(A)(ii)(I)-(II)): only "the 20-day period" can be tolled,
    so a pause asked for after the 20 working days ran out gives no more time. With a
    written notice of unusual circumstances sent before the (paused) 20 working days ran
    out, up to 10 working days more (§ 552(a)(6)(B)(i)); a later notice is arguably too late
    (see ``_extension_notice_too_late``)."""
    code, title = "answer_due", "The IRS still has time to answer"
    relied_on = ("request_basis", "request_received", "extension_notice", *_PAUSE_ANSWERS)
    cites = (c.FOIA_20_WORKING_DAYS, c.FOIA_TOLLING, c.FOIA_UNUSUAL_CIRCUMSTANCES)
    asked, replied = pause
    extension = facts.extension_notice
    notice_date = facts.extension_notice_date
    plain = foia_due_date_with_a_pause(received, WORKING_DAYS_TO_RESPOND, asked, replied)
    extended = foia_due_date_with_a_pause(received, EXTENDED_WORKING_DAYS, asked, replied)
    counted = (
        f"The IRS received the request on {us_long_date(facts.request_received)}. On "
        f"{us_long_date(asked)} it wrote to ask for information it needed, or about fees: "
        "FOIA stops its 20 working days while it waits for the reply, and the clock starts "
        "again when the IRS receives the reply."
    )
    if not plain.tolled:
        during_extension = (
            extension == YesNo.YES
            and extended.due is not None
            and asked <= extended.due
            and not (notice_date and notice_date > plain.due)
        )
        counted += (
            " FOIA lets the IRS stop only those 20 working days, and it asked after they had "
            "run out"
            + (
                ", during the 10 more working days its notice of unusual circumstances gave it"
                if during_extension
                else ""
            )
            + ", so the pause gives it no more time."
        )
    else:
        counted += f" {plain.used_before_pause} of the 20 working days had passed by then."
    once = (
        " FOIA allows one such pause to ask for information, and more only to clarify fees; "
        "we counted this one. If the IRS paused again about fees, add those days."
        if plain.tolled
        else ""
    )
    if plain.due is None:
        left = WORKING_DAYS_TO_RESPOND - plain.used_before_pause
        text = counted + (
            " The IRS has not yet received the reply, so the clock is stopped. Once it "
            f"receives the reply it has {left} more working days"
            + (
                f" ({left + EXTENDED_WORKING_DAYS - WORKING_DAYS_TO_RESPOND} with its "
                "written notice of unusual circumstances)"
                if extension == YesNo.YES
                else ""
            )
            + ". Send the reply now, by a way that proves when it arrived."
        )
        return Finding(code, title, Status.MET, text + once + basis_note, relied_on, cites), None
    if replied:
        counted += f" It received the reply on {us_long_date(replied)}."
    counted += (
        f" Its answer was due by {us_long_date(plain.due)}"
        if not plain.tolled
        else f" Leaving out the days it waited, its answer was due by {us_long_date(plain.due)}"
    )
    if extension == YesNo.YES and notice_date and notice_date > plain.due:
        return _extension_notice_too_late(
            facts,
            counted + ".",
            plain.due,
            extended.due,
            notice_date,
            basis_note,
            relied_on,
            cites,
        )
    deadline = extended.due if extension == YesNo.YES else plain.due
    if extension == YesNo.YES:
        counted += (
            ". Its written notice of unusual circumstances can add no more than 10 working "
            f"days: the latest date is {us_long_date(extended.due)}."
            + ("" if notice_date else _notice_counts_only_if_timely(plain.due))
        )
    else:
        counted += "."
    if facts.today <= deadline:
        text = counted + (
            f" That date has not passed (today is {us_long_date(facts.today)}). Diary it."
        )
        return Finding(
            code, title, Status.MET, text + once + basis_note, relied_on, cites
        ), deadline
    if extension in (YesNo.NOT_SURE, None) and facts.today <= extended.due:
        text = counted + (
            " That date has passed. If the IRS sent a written notice of unusual circumstances, "
            f"it has until {us_long_date(extended.due)}; check the file for one. If it did "
            "not, the answer is overdue. " + OVERDUE + HELP_SHORT_OF_COURT
        )
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            text + once + basis_note,
            relied_on,
            (*cites, *OVERDUE_CITATIONS, *HELP_CITATIONS),
        ), extended.due
    text = counted + (
        f" The answer is overdue (today is {us_long_date(facts.today)}). "
        + OVERDUE
        + HELP_SHORT_OF_COURT
        + ANSWERED_LATE
    )
    return Finding(
        code,
        title,
        Status.NOT_MET,
        text + once + basis_note,
        relied_on,
        (*cites, *OVERDUE_CITATIONS, *HELP_CITATIONS),
    ), deadline


def _due_dates(
    start: date, pause: tuple[date, date | None] | None
) -> tuple[date | None, date | None]:
    """The 20- and 30-working-day dates counted from ``start``, leaving out the IRS's pause
    within the 20 days (None while the clock is stopped)."""
    if pause is None:
        return (
            foia_response_due_date(start)[0],
            foia_response_due_date(start, EXTENDED_WORKING_DAYS)[0],
        )
    asked, replied = pause
    return (
        foia_due_date_with_a_pause(start, WORKING_DAYS_TO_RESPOND, asked, replied).due,
        foia_due_date_with_a_pause(start, EXTENDED_WORKING_DAYS, asked, replied).due,
    )


def _answer_due_when_sent_elsewhere(
    facts: Facts, received: date, pause: tuple[date, date | None] | None, basis_note: str
) -> tuple[Finding, date | None]:
    """The request went (or may have gone) to an IRS office other than the FOIA office.
    "The 20-day period under clause (i) shall commence on the date on which the request is
    first received by the appropriate component of the agency, but in any event not later
    than ten days after the request is first received by any component of the agency that
    is designated in the agency's regulations ... to receive requests" (5 U.S.C.
    § 552(a)(6)(A), the sentence after clause (ii)); the IRS transfers a misdirected request
    and its time limits "commence when the transfer is received by the designated office"
    (26 C.F.R. § 601.702(c)(4)(i)(C)).

    So on these answers the due date is a range: counted from the day the first office got
    the request at the earliest; counted from ten days later at the latest, if that office is
    one designated to receive requests (if it is not, there is no upper bound). A notice of
    more time that is "Not sure" widens the range to the 30-working-day date. Met (not due
    yet) only before the earliest date; unclear inside the range, with the latest date and
    what would decide it (the FOIA office's date of receipt on its acknowledgment letter);
    not met after the latest date, with the caveat for an office not designated."""
    code, title = "answer_due", "The IRS still has time to answer"
    relied_on = ("request_basis", "request_received", "sent_to", "extension_notice")
    cites = (
        c.FOIA_20_WORKING_DAYS,
        c.FOIA_20_DAYS_COMMENCE,
        c.REG_MISDIRECTED_REQUEST,
        c.FOIA_UNUSUAL_CIRCUMSTANCES,
    )
    if pause is not None:
        relied_on = (*relied_on, *_PAUSE_ANSWERS)
        cites = (*cites, c.FOIA_TOLLING)
    if facts.extension_notice_date:
        relied_on = (*relied_on, "extension_notice_date")
    extension = facts.extension_notice
    notice_date = facts.extension_notice_date
    later_start = received + timedelta(days=OFFICE_DAYS)
    due, extended = _due_dates(received, pause)
    late_due, late_extended = _due_dates(later_start, pause)
    first = (
        "The request went (or may have gone) to an IRS office other than its FOIA office, "
        f"and an IRS office received it on {us_long_date(facts.request_received)}. FOIA's 20 "
        "working days start when the office that handles FOIA requests receives it, and no "
        "later than 10 days after an office the IRS designates to receive requests does. "
        "The IRS's acknowledgment letter gives the date its FOIA office received it."
    )
    if pause is not None:
        first += (
            f" The IRS wrote on {us_long_date(pause[0])} to ask for information or about "
            "fees; the dates below leave out the days it waited for the reply, within its 20 "
            "working days (FOIA lets it stop only those)."
        )
    if due is None:
        text = first + (
            " The IRS has not yet received the reply, so its clock is stopped. Send the reply "
            "now, by a way that proves when it arrived."
        )
        return Finding(code, title, Status.MET, text + basis_note, relied_on, cites), None
    with_notice = {
        YesNo.YES: "with the IRS's written notice of unusual circumstances",
        YesNo.NO: "",
    }.get(extension, "if the IRS sent a written notice of unusual circumstances")
    counts = f" Counted from {us_long_date(facts.request_received)}, the answer is due by " + (
        f"{us_long_date(due)}"
        + (f", or by {us_long_date(extended)} {with_notice}" if with_notice else "")
        + "."
    )
    if late_due is None:
        counts += (
            f" Counted from 10 days later ({us_long_date(later_start)}), the IRS's clock is "
            "stopped until it receives the reply."
        )
    else:
        counts += (
            f" Counted from 10 days later ({us_long_date(later_start)}), it is due by "
            f"{us_long_date(late_due)}"
            + (f", or by {us_long_date(late_extended)} {with_notice}" if with_notice else "")
            + "."
        )
    notice_late = extension == YesNo.YES and notice_date is not None and notice_date > due
    if notice_late:
        counts += (
            f" The IRS's notice is dated {us_long_date(notice_date)}: if its count started on "
            f"{us_long_date(facts.request_received)}, the notice came after its 20 working days "
            "ran out and arguably gives it no more time."
        )
    elif extension == YesNo.YES and notice_date is None:
        counts += (
            " The notice counts only if the IRS sent it before its 20 working days ran out: "
            "check its date."
        )
    if extension == YesNo.NO:
        earliest, latest = due, late_due
    elif extension == YesNo.YES and not notice_late:
        earliest, latest = extended, late_extended
    else:
        earliest, latest = due, late_extended
    text = first + counts
    today = us_long_date(facts.today)
    if facts.today <= earliest:
        text += (
            f" Neither date has passed (today is {today}). Diary {us_long_date(earliest)}, and "
            "enter the FOIA office's date of receipt as the date received to see the IRS's own "
            "date."
        )
        return Finding(code, title, Status.MET, text + basis_note, relied_on, cites), earliest
    decides = "when the FOIA office received the request" + (
        ""
        if extension == YesNo.NO
        else ", and whether the IRS sent a written notice giving itself more time"
        if extension in (YesNo.NOT_SURE, None)
        else ", and whether the IRS's notice came in time"
    )
    if late_due is None or facts.today <= latest:
        text += (
            f" {us_long_date(earliest)} has passed (today is {today}), but the answer may not "
            f"be overdue yet: that depends on {decides}. If the office that first received "
            "the request is one the IRS designates to receive requests, "
            + (
                "the IRS's clock may still be stopped"
                if late_due is None
                else f"the answer is due by {us_long_date(latest)} at the latest"
            )
            + "; if it is not, the count started only when the FOIA office received it. "
            "Check the date on the IRS's acknowledgment letter and enter it as the date "
            "received."
            + (" Check the file for a notice." if extension in (YesNo.NOT_SURE, None) else "")
        )
        return Finding(
            code, title, Status.UNCLEAR, text + basis_note, relied_on, cites
        ), latest if late_due is not None else earliest
    if facts.clock_paused == YesNo.NOT_SURE:
        text += (
            f" Both dates have passed (today is {today}). The answer is overdue unless the "
            "IRS stopped the clock, or the office that first received the request is not one "
            "the IRS designates to receive requests (then the count started only when the "
            "FOIA office received it: check the IRS's acknowledgment letter). "
            + _PAUSE_NOT_KNOWN
            + OVERDUE
            + HELP_SHORT_OF_COURT
        )
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            text + basis_note,
            (*relied_on, "clock_paused"),
            (*cites, c.FOIA_TOLLING, *OVERDUE_CITATIONS, *HELP_CITATIONS),
        ), latest
    text += (
        f" Both dates have passed (today is {today}): the answer is overdue"
        + _unless_paused(facts)
        + ". If the office that first received the request is not one the IRS designates to "
        "receive requests, the count started only when the FOIA office received it: check "
        "the date on the IRS's acknowledgment letter. "
        + OVERDUE
        + HELP_SHORT_OF_COURT
        + ANSWERED_LATE
    )
    return Finding(
        code,
        title,
        Status.NOT_MET,
        text + basis_note,
        relied_on,
        (*cites, *OVERDUE_CITATIONS, *HELP_CITATIONS),
    ), latest


@reads(
    "appeal_status",
    "appeal_received",
    "appeal_extension_notice",
    decides="whether the appeal is decided in time",
    law=(c.FOIA_APPEAL_20_DAYS,),
)
def appeal_decided_in_time(facts: Facts) -> tuple[Finding, date | None]:
    """After an appeal: the agency decides it "within twenty days (excepting Saturdays,
    Sundays, and legal public holidays) after the receipt of such appeal" and, if it upholds
    the denial, tells the requester of court review (5 U.S.C. § 552(a)(6)(A)(ii); unusual
    circumstances may add up to ten working days, § 552(a)(6)(B)(i)). A missed limit is
    constructive exhaustion (§ 552(a)(6)(C)(i)); a denial upheld can be taken to the district
    court (§ 552(a)(4)(B)). Returns the finding and the date the decision is due."""
    code, title = "appeal_decision", "The appeal is decided in time"
    relied_on = ("appeal_status", "appeal_received", "appeal_extension_notice")
    cites = (c.FOIA_APPEAL_20_DAYS,)
    status = facts.appeal_status
    if status in (None, AppealStatus.NOT_YET):
        return Finding(
            code, title, Status.NOT_APPLICABLE, "No appeal has been sent yet.", relied_on, ()
        ), None
    if status == AppealStatus.NOT_SURE:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "We do not know whether an appeal was sent. Check the file: if one was, the IRS "
            "must decide it within 20 working days of receiving it.",
            relied_on,
            cites,
        ), None
    if status == AppealStatus.UPHELD:
        return Finding(
            code,
            title,
            Status.MET,
            "The IRS decided the appeal and kept some or all of the withholding. The next "
            "step is a federal district court, which can order the IRS to release records "
            "it withheld wrongly; its decision letter must tell you about court review. Talk "
            "to a lawyer about filing. " + HELP_SHORT_OF_COURT,
            relied_on,
            (*cites, c.FOIA_COURT_REVIEW, *HELP_CITATIONS),
        ), None
    if facts.appeal_received is None:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "Enter the date the IRS received the appeal to see when its decision is due.",
            relied_on,
            cites,
        ), None
    # As for a request: an appeal that arrives on a weekend or holiday may be logged on the
    # next working day; count from then, so that "overdue" is never said a day early.
    received = facts.appeal_received
    if not is_working_day(received):
        received = next_working_day(received)
    due = foia_response_due_date(received, APPEAL_DECISION_WORKING_DAYS)[0]
    extended = foia_response_due_date(received, EXTENDED_WORKING_DAYS)[0]
    extension = facts.appeal_extension_notice
    deadline = extended if extension == YesNo.YES else due
    counted = (
        f"The IRS received the appeal on {us_long_date(facts.appeal_received)}. It must "
        f"decide within 20 working days, by {us_long_date(due)}; a written notice of unusual "
        f"circumstances can add no more than 10 working days, to {us_long_date(extended)}."
    )
    if facts.today <= deadline:
        text = counted + f" Diary {us_long_date(deadline)}."
        return Finding(code, title, Status.MET, text, relied_on, cites), deadline
    if extension in (YesNo.NOT_SURE, None) and facts.today <= extended:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            counted
            + " The 20 working days have passed. Check the file for a written notice giving the "
            f"IRS more time: with one, it has until {us_long_date(extended)}; without one, the "
            "decision is overdue and the client may go to court. " + HELP_SHORT_OF_COURT,
            relied_on,
            (*cites, c.FOIA_UNUSUAL_CIRCUMSTANCES, *OVERDUE_CITATIONS, *HELP_CITATIONS),
        ), extended
    return Finding(
        code,
        title,
        Status.NOT_MET,
        counted
        + f" The decision is overdue (today is {us_long_date(facts.today)}). "
        + OVERDUE
        + HELP_SHORT_OF_COURT,
        relied_on,
        (*cites, c.FOIA_UNUSUAL_CIRCUMSTANCES, *OVERDUE_CITATIONS, *HELP_CITATIONS),
    ), deadline

"""Round 4 of the practitioner's fact patterns (/work/adversarial/15-r4.md), the ones about
when the IRS's answer is due: R4-2, R4-3, R4-4 and R4-13. One test per pattern, run on the
reviewer's own answers through ``manage.py screen``, with the result the law supports, then
the rule behind it and the edge cases around it.

The law applied, as read in the U.S. Code (5 U.S.C. § 552(a)(6)(A)-(B)) and in 26 C.F.R.
§ 601.702(c)(4)(i)(C), (c)(7), (c)(9)(ii) and (c)(11)(i):
- "The 20-day period shall not be tolled by the agency except" once while it awaits
  information it asked for, or to clarify fees (§ 552(a)(6)(A)(ii)(I)-(II)): only the 20
  days can be paused, not the 10 more a notice of unusual circumstances gives.
- The limits "may be extended by written notice", by no more than ten working days
  (§ 552(a)(6)(B)(i)); the fee rules speak of "a timely written notice"
  (§ 552(a)(4)(A)(viii)(II)(aa)), so a notice after the 20 days ran out is arguably late.
- The 20 days "shall commence on the date on which the request is first received by the
  appropriate component ..., but in any event not later than ten days after the request is
  first received by any component ... designated ... to receive requests" (§ 552(a)(6)(A),
  the sentence after clause (ii)); a misdirected request's time limits "commence when the
  transfer is received by the designated office" (26 C.F.R. § 601.702(c)(4)(i)(C))."""

import json
from datetime import date
from io import StringIO

from django.core.management import call_command

from questionnaires.framework.determination import Status
from questionnaires.framework.wording import YesNo
from questionnaires.irs_records_request import citations as c
from questionnaires.irs_records_request.rules import Facts, Outcome, Path, determine
from questionnaires.irs_records_request.rules.dates import (
    foia_due_date_with_a_pause,
    foia_response_due_date,
)
from questionnaires.irs_records_request.rules.timeline import request_answer_due

SLUG = "irs-records-request"
RECEIVED = date(2026, 10, 1)  # a Thursday; day 20 is October 30 (Columbus Day skipped)


def screen(tmp_path, answers: dict, today: str) -> dict:
    """``manage.py screen`` on the reviewer's answers, as JSON."""
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    out = StringIO()
    call_command(
        "screen", SLUG, "--answers", str(path), "--today", today, "--format", "json", stdout=out
    )
    return json.loads(out.getvalue())


def unanswered(**overrides) -> Facts:
    """A FOIA request the IRS received on Thursday October 1, 2026 and has not answered."""
    base = {
        "path": Path.NO_ANSWER,
        "today": date(2026, 11, 30),
        "request_basis": "foia",
        "request_received": RECEIVED,
        "sent_to": "foia_office",
    }
    base.update(overrides)
    return Facts(**base)


def test_the_counts_the_patterns_rest_on():
    """Checked by hand: from October 1, 2026, day 20 is October 30 (Columbus Day, October
    12, skipped) and day 30 is November 16 (Veterans Day, November 11, skipped); from October
    11 (ten days later), day 20 is November 9 and day 30 November 24."""
    assert foia_response_due_date(RECEIVED)[0] == date(2026, 10, 30)
    assert foia_response_due_date(RECEIVED, 30)[0] == date(2026, 11, 16)
    assert foia_response_due_date(date(2026, 10, 11))[0] == date(2026, 11, 9)
    assert foia_response_due_date(date(2026, 10, 11), 30)[0] == date(2026, 11, 24)


# ---------------------------------------------------------------------------
# R4-2: a pause asked after day 20, during a timely extension
# ---------------------------------------------------------------------------

P02 = {
    "path": "no_answer",
    "request_received": "2026-10-01",
    "request_basis": "foia",
    "sent_to": "foia_office",
    "extension_notice": "yes",
    "extension_notice_date": "2026-10-20",
    "clock_paused": "yes",
    "pause_asked": "2026-11-03",
    "pause_reply_received": "2026-11-20",
}


def test_r4_02_a_pause_asked_during_the_extension_gives_no_more_time(tmp_path):
    """R4-2 (break, fixed). Only "the 20-day period" may be tolled (§ 552(a)(6)(A)(ii)): the
    IRS asked on November 3, working day 23, during the ten days its timely notice of
    October 20 gave it. The pause tolls nothing; the answer was due by November 16, 2026, so
    on November 30 it is overdue (constructive exhaustion, § 552(a)(6)(C)(i)). The tool said
    "not due yet: December 4", counting the 13 paused days."""
    document = screen(tmp_path, P02, "2026-11-30")
    assert document["outcome"] == "answer_overdue"
    assert document["data"]["response_due"] == "2026-11-16"
    assert "November 16, 2026" in document["headline"]
    finding = document["findings"][0]
    assert finding["status"] == "not_met"
    assert "asked after they had run out" in finding["explanation"]
    assert "during the 10 more working days its notice" in finding["explanation"]
    assert "December 4" not in json.dumps(document)
    assert "we counted this one" not in finding["explanation"]


def test_r4_02_only_the_first_20_working_days_can_be_paused():
    asked_late = foia_due_date_with_a_pause(RECEIVED, 30, date(2026, 11, 3), date(2026, 11, 20))
    assert asked_late.due == date(2026, 11, 16) and not asked_late.tolled
    # Asked on day 20 itself (Friday October 30): the 20 days had not yet run out.
    on_day_20 = foia_due_date_with_a_pause(RECEIVED, 20, date(2026, 10, 30), date(2026, 11, 5))
    assert on_day_20.tolled and on_day_20.used_before_pause == 19
    assert on_day_20.due == date(2026, 11, 6)  # day 20 is the first working day after the reply
    with_notice = foia_due_date_with_a_pause(RECEIVED, 30, date(2026, 10, 30), date(2026, 11, 5))
    assert with_notice.due == date(2026, 11, 23)  # then 10 more, Veterans Day skipped
    # Asked on Saturday October 31, the day after day 20: too late to pause.
    weekend = foia_due_date_with_a_pause(RECEIVED, 20, date(2026, 10, 31), date(2026, 11, 5))
    assert weekend.due == date(2026, 10, 30) and not weekend.tolled
    # Asked on Saturday October 24, with day 20 still ahead: the pause counts.
    early = foia_due_date_with_a_pause(RECEIVED, 20, date(2026, 10, 24), date(2026, 10, 27))
    assert early.tolled and early.used_before_pause == 15
    assert early.due == date(2026, 11, 3)  # 5 more working days from October 28


def test_r4_02_a_pause_asked_during_the_extension_never_stops_the_clock():
    """With no reply yet, a pause asked after day 20 still tolls nothing: the answer is not
    "stopped until the reply", it is due by the 30th working day."""
    facts = unanswered(
        today=date(2026, 11, 10),
        extension_notice=YesNo.YES,
        extension_notice_date=date(2026, 10, 20),
        clock_paused=YesNo.YES,
        pause_asked=date(2026, 11, 3),
    )
    finding, due = request_answer_due(facts)
    assert due == date(2026, 11, 16)
    assert finding.status == Status.MET
    result = determine(facts)
    assert "clock is stopped" not in result.headline
    assert result.data["response_due"] == "2026-11-16"


def test_r4_02_a_pause_within_the_20_days_still_adds_the_days_waited():
    """The fix does not take away a lawful pause: asked on October 8 (day 5), reply received
    October 13, the 20 days end November 4 and the extension November 19."""
    facts = unanswered(
        today=date(2026, 11, 12),
        extension_notice=YesNo.YES,
        extension_notice_date=date(2026, 10, 20),
        clock_paused=YesNo.YES,
        pause_asked=date(2026, 10, 8),
        pause_reply_received=date(2026, 10, 13),
    )
    finding, due = request_answer_due(facts)
    assert finding.status == Status.MET and due == date(2026, 11, 19)
    assert "4 of the 20 working days had passed by then" in finding.explanation


# ---------------------------------------------------------------------------
# R4-3: an extension notice dated after the paused 20 working days
# ---------------------------------------------------------------------------

P03 = {
    "path": "no_answer",
    "request_received": "2026-10-01",
    "request_basis": "foia",
    "sent_to": "foia_office",
    "extension_notice": "yes",
    "extension_notice_date": "2026-11-09",
    "clock_paused": "yes",
    "pause_asked": "2026-10-08",
    "pause_reply_received": "2026-10-13",
}


def test_r4_03_a_notice_after_the_paused_due_date_is_arguably_too_late(tmp_path):
    """R4-3 (break, fixed). With the pause left out the 20 working days ended November 4,
    2026; the notice of November 9 came after, so it arguably extends nothing
    (§ 552(a)(6)(B)(i); "timely written notice", § 552(a)(4)(A)(viii)(II)(aa)). On November
    12: unclear, arguably overdue since November 4; November 19 if the notice counts. Never
    "not due yet"."""
    document = screen(tmp_path, P03, "2026-11-12")
    assert document["outcome"] == "awaiting_answer"
    assert "not due yet" not in document["headline"]
    assert "arguably overdue since November 4, 2026" in document["headline"]
    assert document["data"]["response_due"] == "2026-11-04"
    finding = document["findings"][0]
    assert finding["status"] == "unclear"
    assert (
        "If the notice does count, the latest date is November 19, 2026"
        in (finding["explanation"])
    )
    assert "extension_notice_date" in finding["relied_on"]


def test_r4_03_the_rule_returns_the_paused_20_day_date():
    facts = unanswered(
        today=date(2026, 11, 12),
        extension_notice=YesNo.YES,
        extension_notice_date=date(2026, 11, 9),
        clock_paused=YesNo.YES,
        pause_asked=date(2026, 10, 8),
        pause_reply_received=date(2026, 10, 13),
    )
    plain = foia_due_date_with_a_pause(RECEIVED, 20, date(2026, 10, 8), date(2026, 10, 13))
    finding, due = request_answer_due(facts)
    assert finding.status == Status.UNCLEAR
    assert due == plain.due == date(2026, 11, 4)
    # A notice dated on the paused 20th day is in time: met, due by the 30th.
    timely = request_answer_due(
        unanswered(
            today=date(2026, 11, 12),
            extension_notice=YesNo.YES,
            extension_notice_date=date(2026, 11, 4),
            clock_paused=YesNo.YES,
            pause_asked=date(2026, 10, 8),
            pause_reply_received=date(2026, 10, 13),
        )
    )
    assert timely[0].status == Status.MET and timely[1] == date(2026, 11, 19)


def test_r4_03_once_the_latest_date_has_passed_the_answer_is_overdue_either_way(tmp_path):
    """After November 19 the answer is overdue whether or not the late notice counts: not
    met, due "by" November 19 (true on both readings)."""
    document = screen(tmp_path, P03, "2026-11-20")
    assert document["outcome"] == "answer_overdue"
    assert document["data"]["response_due"] == "2026-11-19"
    assert "overdue either way" in document["findings"][0]["explanation"]
    # The same holds without a pause (R3-10's notice of November 3, after October 30).
    result = determine(
        unanswered(
            today=date(2026, 11, 17),
            extension_notice=YesNo.YES,
            extension_notice_date=date(2026, 11, 3),
        )
    )
    assert result.outcome == Outcome.ANSWER_OVERDUE
    assert result.data["response_due"] == "2026-11-16"


def test_r4_03_an_undated_notice_with_a_pause_says_by_when_it_had_to_come():
    finding, due = request_answer_due(
        unanswered(
            today=date(2026, 11, 12),
            extension_notice=YesNo.YES,
            clock_paused=YesNo.YES,
            pause_asked=date(2026, 10, 8),
            pause_reply_received=date(2026, 10, 13),
        )
    )
    assert due == date(2026, 11, 19)
    assert "counts only if the IRS sent it by November 4, 2026" in finding.explanation


# ---------------------------------------------------------------------------
# R4-4: sent to another office, extension notice "Not sure"
# ---------------------------------------------------------------------------

P04 = {
    "path": "no_answer",
    "request_received": "2026-10-01",
    "request_basis": "foia",
    "sent_to": "other_office",
    "extension_notice": "not_sure",
    "clock_paused": "no",
}


def test_r4_04_another_office_and_a_notice_not_known_is_unclear_until_the_latest_date(tmp_path):
    """R4-4 (break, fixed). The 20 days began when the FOIA office received the request, and
    no later than ten days after a designated office did (§ 552(a)(6)(A); 26 C.F.R.
    § 601.702(c)(4)(i)(C)); with a notice of unusual circumstances (not known) 30 working
    days from October 11 end November 24, 2026. From November 17 to 24 the answer is
    unclear, never "overdue (it was due by October 30)"."""
    for today in ("2026-11-17", "2026-11-20", "2026-11-24"):
        document = screen(tmp_path, P04, today)
        assert document["outcome"] == "awaiting_answer", today
        assert document["data"]["response_due"] == "2026-11-24"
        assert "October 30" not in document["headline"]
        assert "acknowledgment letter" in document["headline"]
        assert "notice giving the IRS more time" in document["headline"]
        finding = document["findings"][0]
        assert finding["status"] == "unclear"
        assert "5 U.S.C. § 552(a)(6)(A)" in finding["citations"]
        assert "26 C.F.R. § 601.702(c)(4)(i)(C)" in finding["citations"]
        assert "sent_to" in finding["relied_on"]
    assert "designated to receive requests" in document["data"]["response_due_reason"]


def test_r4_04_after_the_latest_date_overdue_with_the_designated_office_caveat(tmp_path):
    document = screen(tmp_path, P04, "2026-11-25")
    assert document["outcome"] == "answer_overdue"
    assert document["data"]["response_due"] == "2026-11-24"
    assert "November 24, 2026 at the latest" in document["headline"]
    assert "not one the IRS designates to receive FOIA requests" in document["headline"]
    assert "October 30" not in document["headline"]


def test_r4_04_before_the_earliest_date_not_due_yet_without_a_single_date(tmp_path):
    """Before October 30 the answer is not due on any count, but October 30 is only the
    earliest date: the headline says "not due before", the reason says "earliest"."""
    document = screen(tmp_path, P04, "2026-10-20")
    assert document["outcome"] == "awaiting_answer"
    assert document["data"]["response_due"] == "2026-10-30"
    assert "not due before October 30, 2026" in document["headline"]
    assert "earliest" in document["data"]["response_due_reason"]
    assert any("acknowledgment letter" in step for step in document["next_steps"])
    labels = [entry["label"] for entry in document["data"]["key_dates"]]
    assert "Answer due, at the earliest (sent to another office first)" in labels
    assert "Answer due" not in labels


def test_r4_04_the_range_follows_the_extension_answer():
    """No notice: from October 30 to November 9. A notice: from November 16 to November 24.
    "Not sure" where it went counts like another office."""
    for sent_to in ("other_office", "not_sure"):
        no_notice = {"sent_to": sent_to, "extension_notice": YesNo.NO, "clock_paused": YesNo.NO}
        finding, due = request_answer_due(unanswered(today=date(2026, 11, 9), **no_notice))
        assert (finding.status, due) == (Status.UNCLEAR, date(2026, 11, 9))
        finding, due = request_answer_due(unanswered(today=date(2026, 11, 10), **no_notice))
        assert (finding.status, due) == (Status.NOT_MET, date(2026, 11, 9))
        notice = {"sent_to": sent_to, "extension_notice": YesNo.YES, "clock_paused": YesNo.NO}
        finding, due = request_answer_due(unanswered(today=date(2026, 11, 16), **notice))
        assert (finding.status, due) == (Status.MET, date(2026, 11, 16))
        finding, due = request_answer_due(unanswered(today=date(2026, 11, 17), **notice))
        assert (finding.status, due) == (Status.UNCLEAR, date(2026, 11, 24))
        assert c.FOIA_20_DAYS_COMMENCE in finding.citations


def test_r4_04_a_notice_after_the_first_count_may_still_be_in_time():
    """A notice of November 3 is after October 30 but before November 9: if the FOIA office
    had the request only on October 11, the notice came in time. Unclear up to November 24,
    never "arguably overdue since October 30" as if the count surely began October 1."""
    facts = unanswered(
        today=date(2026, 11, 18),
        sent_to="other_office",
        extension_notice=YesNo.YES,
        extension_notice_date=date(2026, 11, 3),
        clock_paused=YesNo.NO,
    )
    result = determine(facts)
    assert result.findings[0].status == Status.UNCLEAR
    assert result.data["response_due"] == "2026-11-24"
    assert "arguably overdue since" not in result.headline
    assert "whether the IRS's notice came in time" in result.findings[0].explanation


def test_r4_04_a_pause_is_left_out_of_both_counts():
    """Another office, and a pause from October 8 to October 13 (reply received): counted
    from October 1 the 20 days end November 4; from October 11 the pause falls before the
    count, which then starts October 14 and ends November 10 (Veterans Day skipped)."""
    facts = unanswered(
        today=date(2026, 11, 5),
        sent_to="other_office",
        extension_notice=YesNo.NO,
        clock_paused=YesNo.YES,
        pause_asked=date(2026, 10, 8),
        pause_reply_received=date(2026, 10, 13),
    )
    finding, due = request_answer_due(facts)
    assert finding.status == Status.UNCLEAR
    assert due == date(2026, 11, 10)
    assert "November 4, 2026" in finding.explanation
    assert c.FOIA_TOLLING in finding.citations


def test_r4_04_a_pause_that_may_still_stop_the_later_count_names_no_latest_date():
    """Asked on November 2 (day 21 counted from October 1, too late to pause; day 15 counted
    from October 11, in time) with no reply yet: overdue since October 30 on the first count,
    clock stopped on the second. Unclear, and no date is given as the latest."""
    facts = unanswered(
        today=date(2026, 11, 5),
        sent_to="other_office",
        extension_notice=YesNo.NO,
        clock_paused=YesNo.YES,
        pause_asked=date(2026, 11, 2),
    )
    finding, due = request_answer_due(facts)
    assert finding.status == Status.UNCLEAR and due == date(2026, 10, 30)
    assert "the IRS's clock may still be stopped" in finding.explanation
    result = determine(facts)
    assert result.outcome == Outcome.AWAITING_ANSWER
    assert "its clock may still be stopped" in result.headline
    assert "at the latest" not in result.headline
    assert "earliest" in result.data["response_due_reason"]


# ---------------------------------------------------------------------------
# R4-13: the letter's own later appeal date fell on a Sunday
# ---------------------------------------------------------------------------

P13 = {
    "path": "review_response",
    "letter_date": "2026-08-20",
    "letter_appeal_deadline": "2026-11-29",
    "request_basis": "foia",
    "irs_action": "denied_all",
    "exemptions_cited": ["b7a"],
    "matter_status": "closed",
    "request_signed_by": "client",
    "items_withheld": ["exam_workpapers"],
    "item_exemptions": [{"item": "exam_workpapers", "item_exemption": "b7a"}],
    "appeal_status": "not_yet",
}


def test_r4_13_the_letters_own_date_is_named_as_the_date_that_applied(tmp_path):
    """R4-13 (minor, fixed). The letter's November 29 is later than the 90 days (November
    18), so it governs (§ 552(a)(6)(A)(i)(III)(aa): "not less than 90 days"). Staff entered
    it, so the result no longer says "if the letter gives a later date than you entered";
    it says the letter's own date applied. The outcome is unchanged: no FOIA rollover to the
    next working day."""
    document = screen(tmp_path, P13, "2026-11-30")
    assert document["outcome"] == "deadline_passed"
    assert document["data"]["appeal_deadline"] == "2026-11-29"
    window = next(f for f in document["findings"] if f["code"] == "appeal_window")
    assert window["status"] == "not_met"
    assert "than you entered" not in window["explanation"]
    assert "That is the letter's own date" in window["explanation"]
    assert "November 18, 2026" in window["explanation"]
    assert "unless the letter gives a later appeal date" not in document["headline"]
    assert not any("Check the letter for its appeal deadline" in s for s in document["next_steps"])


def test_r4_13_without_the_letters_date_the_reminder_stays(tmp_path):
    answers = {key: value for key, value in P13.items() if key != "letter_appeal_deadline"}
    document = screen(tmp_path, answers, "2026-12-01")
    window = next(f for f in document["findings"] if f["code"] == "appeal_window")
    assert window["status"] == "not_met"
    assert (
        "If the letter gives a later date to appeal by, that date applies"
        in (window["explanation"])
    )
    assert any("Check the letter for its appeal deadline" in s for s in document["next_steps"])
    # A letter date earlier than the law allows: the 90 days applied, and the result says so.
    earlier = dict(P13, letter_appeal_deadline="2026-10-30")
    document = screen(tmp_path, earlier, "2026-12-01")
    window = next(f for f in document["findings"] if f["code"] == "appeal_window")
    assert "earlier than the law allows, so the law's 90 days applied" in window["explanation"]
    assert document["data"]["appeal_deadline"] == "2026-11-18"


def test_r4_04_both_counts_passed_and_a_pause_not_known_names_what_is_left():
    """Another office, no notice, and "Not sure" whether the IRS paused: on November 12 both
    counts (October 30 from October 1, November 9 from October 11) have run out, so what is
    left unknown is a pause (or an office not designated). The headline says so; it never
    says "not yet due" with a latest date that has already passed."""
    facts = unanswered(
        today=date(2026, 11, 12),
        sent_to="other_office",
        extension_notice=YesNo.NO,
        clock_paused=YesNo.NOT_SURE,
    )
    finding, due = request_answer_due(facts)
    assert finding.status == Status.UNCLEAR and due == date(2026, 11, 9)
    result = determine(facts)
    assert result.outcome == Outcome.AWAITING_ANSWER
    assert "not yet due" not in result.headline
    assert "due by November 9, 2026 at the latest and is overdue" in result.headline
    assert "unless the IRS stopped the clock" in result.headline
    assert "not one the IRS designates" in result.headline
    assert "latest" in result.data["response_due_reason"]


def test_r4_04_overdue_on_a_request_maybe_not_under_foia_keeps_the_office_caveat():
    """Law "Not sure", sent to another office, no notice, no pause: after November 9 (the
    latest date) the answer is overdue only if the request was under FOIA and the first office
    was a designated one; the headline names both conditions."""
    facts = unanswered(
        today=date(2026, 11, 12),
        request_basis="not_sure",
        sent_to="other_office",
        extension_notice=YesNo.NO,
        clock_paused=YesNo.NO,
    )
    result = determine(facts)
    assert result.findings[0].status == Status.NOT_MET
    assert result.outcome == Outcome.AWAITING_ANSWER
    assert "Check whether the request was made under FOIA" in result.headline
    assert "November 9, 2026 at the latest" in result.headline
    assert "not one the IRS designates" in result.headline

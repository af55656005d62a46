"""Unit tests, one per branch, for the rules issue 15 added: the unanswered request and the
appeal's decision (``timeline``), (b)(7)(A) against the matter's status, (b)(3) with
§ 6103, foreseeable harm, each withheld item under its exemption, and the appeal date the
letter gives."""

from datetime import date

import pytest

from questionnaires.framework.determination import Status
from questionnaires.framework.wording import YesNo
from questionnaires.irs_records_request import citations as c
from questionnaires.irs_records_request.rules import (
    AppealStatus,
    Exemption,
    Facts,
    Flag,
    IrsAction,
    Item,
    MatterStatus,
    Outcome,
    Path,
    RequestBasis,
    determine,
)
from questionnaires.irs_records_request.rules.dates import appeal_deadline
from questionnaires.irs_records_request.rules.exemption_b3 import (
    b3_withholds_only_what_6103_protects,
)
from questionnaires.irs_records_request.rules.exemption_b7 import (
    b7a_enforcement_proceedings_still_open,
)
from questionnaires.irs_records_request.rules.exemptions_other import (
    discretionary_withholding_meets_foreseeable_harm,
)
from questionnaires.irs_records_request.rules.items import judge_withheld_item
from questionnaires.irs_records_request.rules.timeline import (
    appeal_decided_in_time,
    request_answer_due,
)

TODAY = date(2025, 3, 1)


def unanswered(**overrides) -> Facts:
    """A FOIA request the IRS received on January 2, 2025 (due January 31), not answered."""
    base = {
        "path": Path.NO_ANSWER,
        "today": TODAY,
        "request_basis": RequestBasis.FOIA,
        "request_received": date(2025, 1, 2),
        "extension_notice": YesNo.NO,
    }
    base.update(overrides)
    return Facts(**base)


def letter(**overrides) -> Facts:
    """A FOIA letter of January 2, 2025 that withheld workpapers under (b)(7)(A)."""
    base = {
        "path": Path.REVIEW_RESPONSE,
        "today": TODAY,
        "letter_date": date(2025, 1, 2),
        "request_basis": RequestBasis.FOIA,
        "irs_action": IrsAction.RELEASED_PART,
        "exemptions_cited": frozenset({Exemption.B7A}),
        "items_withheld": frozenset({Item.EXAM_WORKPAPERS}),
        "item_exemptions": ((Item.EXAM_WORKPAPERS, Exemption.B7A),),
        "inconsistent_redactions": YesNo.NO,
        "appeal_status": AppealStatus.NOT_YET,
        "request_signed_by": "client",
    }
    base.update(overrides)
    return Facts(**base)


# ---------------------------------------------------------------------------
# The IRS has not answered
# ---------------------------------------------------------------------------


def test_a_6103_only_request_has_no_time_limit_and_no_due_date():
    finding, due = request_answer_due(unanswered(request_basis=RequestBasis.SECTION_6103))
    assert finding.status == Status.NOT_APPLICABLE and due is None
    result = determine(unanswered(request_basis=RequestBasis.SECTION_6103))
    assert result.outcome == Outcome.AWAITING_ANSWER
    assert result.data["response_due"] is None
    assert "§ 6103" in result.data["response_due_reason"]


def test_no_receipt_date_is_unclear():
    finding, due = request_answer_due(unanswered(request_received=None))
    assert finding.status == Status.UNCLEAR and due is None


def test_not_yet_due_is_awaiting_the_answer():
    result = determine(unanswered(today=date(2025, 1, 20)))
    assert result.outcome == Outcome.AWAITING_ANSWER
    assert result.data["response_due"] == "2025-01-31"
    assert result.data["path"] == "no_answer" and result.data["stage"] == "request"


def test_past_the_20_days_with_an_extension_not_known_is_unclear_with_the_later_date():
    finding, due = request_answer_due(
        unanswered(today=date(2025, 2, 5), extension_notice=YesNo.NOT_SURE)
    )
    assert finding.status == Status.UNCLEAR
    assert due == date(2025, 2, 14)  # 30 working days; MLK Day skipped
    assert "check the file for one" in finding.explanation


def test_past_every_limit_is_overdue_with_constructive_exhaustion():
    result = determine(unanswered())
    assert result.outcome == Outcome.ANSWER_OVERDUE
    finding = result.finding("answer_due")
    assert finding.status == Status.NOT_MET
    assert c.FOIA_CONSTRUCTIVE_EXHAUSTION in finding.citations
    assert result.data["response_due"] == "2025-01-31"


def test_unknown_law_says_the_limit_is_foias():
    finding, _ = request_answer_due(unanswered(request_basis=RequestBasis.NOT_SURE))
    assert "This limit is FOIA's" in finding.explanation


# ---------------------------------------------------------------------------
# After the appeal
# ---------------------------------------------------------------------------


def test_no_appeal_yet_does_not_apply():
    finding, due = appeal_decided_in_time(letter())
    assert finding.status == Status.NOT_APPLICABLE and due is None


def test_not_sure_whether_an_appeal_was_sent_is_unclear():
    finding, _ = appeal_decided_in_time(letter(appeal_status=AppealStatus.NOT_SURE))
    assert finding.status == Status.UNCLEAR


def test_an_upheld_appeal_points_to_court_review():
    result = determine(letter(appeal_status=AppealStatus.UPHELD))
    assert result.outcome == Outcome.COURT_REVIEW
    assert c.FOIA_COURT_REVIEW in result.finding("appeal_decision").citations
    assert result.data["stage"] == "appeal"


def test_an_appeal_waiting_without_its_receipt_date_is_unclear():
    finding, due = appeal_decided_in_time(letter(appeal_status=AppealStatus.WAITING))
    assert finding.status == Status.UNCLEAR and due is None


def test_an_appeal_not_yet_due_is_awaited():
    facts = letter(appeal_status=AppealStatus.WAITING, appeal_received=date(2025, 2, 20))
    result = determine(facts)
    assert result.outcome == Outcome.AWAITING_ANSWER
    assert result.data["appeal_decision_due"] == "2025-03-20"


# ---------------------------------------------------------------------------
# (b)(7)(A) and (b)(3) against the matter's status; foreseeable harm
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "matter", "status"),
    [
        (frozenset({Exemption.B7E}), MatterStatus.CLOSED, Status.NOT_APPLICABLE),
        (frozenset({Exemption.NOT_SURE}), MatterStatus.CLOSED, Status.UNCLEAR),
        (frozenset({Exemption.B7A}), MatterStatus.OPEN, Status.MET),
        (frozenset({Exemption.B7A}), MatterStatus.CLOSED, Status.NOT_MET),
        (frozenset({Exemption.B7A}), MatterStatus.NOT_KNOWN, Status.UNCLEAR),
    ],
)
def test_b7a_against_the_matters_status(cited, matter, status):
    # The item is marked with the exemption the letter cites.
    marks = ((Item.EXAM_WORKPAPERS, next(iter(cited))),)
    finding = b7a_enforcement_proceedings_still_open(
        letter(exemptions_cited=cited, matter_status=matter, item_exemptions=marks)
    )
    assert finding.status == status


@pytest.mark.parametrize(
    ("cited", "matter", "marks", "status"),
    [
        (frozenset({Exemption.B7A}), MatterStatus.CLOSED, (), Status.NOT_APPLICABLE),
        (frozenset({Exemption.B3_6103}), MatterStatus.OPEN, (), Status.MET),
        (frozenset({Exemption.B3_6103}), MatterStatus.CLOSED, (), Status.UNCLEAR),
        (frozenset({Exemption.B3_6103}), MatterStatus.NOT_KNOWN, (), Status.UNCLEAR),
        (
            frozenset({Exemption.B3_6103}),
            MatterStatus.CLOSED,
            ((Item.FORM_CODE, Exemption.B3_6103),),
            Status.MET,
        ),
    ],
)
def test_b3_with_6103_against_the_matters_status(cited, matter, marks, status):
    facts = letter(exemptions_cited=cited, matter_status=matter, item_exemptions=marks)
    assert b3_withholds_only_what_6103_protects(facts).status == status


def test_foreseeable_harm_applies_to_discretionary_exemptions_only():
    assert (
        discretionary_withholding_meets_foreseeable_harm(letter()).status == Status.NOT_APPLICABLE
    )
    finding = discretionary_withholding_meets_foreseeable_harm(
        letter(exemptions_cited=frozenset({Exemption.B7E}))
    )
    assert finding.status == Status.UNCLEAR and "(b)(7)(E)" in finding.explanation


def test_foreseeable_harm_alone_is_not_a_reason_to_appeal():
    facts = letter(
        exemptions_cited=frozenset({Exemption.B7E}),
        items_withheld=frozenset({Item.DIF_SCORE_OR_FORMULA}),
        item_exemptions=((Item.DIF_SCORE_OR_FORMULA, Exemption.B7E),),
    )
    assert determine(facts).outcome == Outcome.NO_ISSUE_FOUND


def test_other_exemptions_not_sure_is_unclear_and_points_to_the_marks():
    result = determine(letter(exemptions_cited=frozenset({Exemption.NOT_SURE})))
    finding = result.finding("other_exemptions")
    assert finding.status == Status.UNCLEAR
    assert c.FOIA_SEGREGABLE in finding.citations


# ---------------------------------------------------------------------------
# Each withheld item under the exemption marked on it
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "exemption", "matter", "flag"),
    [
        (Item.OUTSIDE_SERVICES_INFO, Exemption.B7C, MatterStatus.OPEN, Flag.LIKELY_IMPROPER),
        (Item.EXAM_WORKPAPERS, Exemption.B6, MatterStatus.CLOSED, Flag.WORTH_CHALLENGING),
        (Item.IRS_EMAILS, Exemption.B7A, MatterStatus.CLOSED, Flag.LIKELY_IMPROPER),
        (Item.IRS_EMAILS, Exemption.B7A, MatterStatus.OPEN, Flag.LIKELY_PROPER),
        (Item.IRS_EMAILS, Exemption.B7A, MatterStatus.NOT_KNOWN, Flag.UNCLEAR),
        (Item.IRS_EMAILS, Exemption.B3_6103, MatterStatus.OPEN, Flag.LIKELY_PROPER),
        (Item.EXAM_WORKPAPERS, Exemption.B3_6103, MatterStatus.CLOSED, Flag.WORTH_CHALLENGING),
        (Item.EXAM_WORKPAPERS, Exemption.B3_6103, MatterStatus.OPEN, Flag.LIKELY_PROPER),
        (Item.DIF_SCORE_WORDS, Exemption.B7A, MatterStatus.OPEN, Flag.LIKELY_IMPROPER),
        (Item.ASSET_LOCATOR_THIRD_PARTY, Exemption.B7C, MatterStatus.OPEN, Flag.LIKELY_PROPER),
        (Item.REQUESTER_INFO, None, MatterStatus.OPEN, Flag.WORTH_CHALLENGING),
    ],
)
def test_each_withheld_item_is_judged_under_its_exemption(item, exemption, matter, flag):
    rule = judge_withheld_item(item, exemption, letter(matter_status=matter))
    assert rule.flag == flag


def test_the_item_row_records_the_exemption_marked_on_it():
    result = determine(letter(matter_status=MatterStatus.CLOSED))
    row = result.data["items"][0]
    assert (row["exemption"], row["flag"], row["status"]) == (
        Exemption.B7A,
        "likely_improper",
        "not_met",
    )


# ---------------------------------------------------------------------------
# The appeal date the letter gives
# ---------------------------------------------------------------------------


def test_a_later_appeal_date_in_the_letter_is_used_an_earlier_one_is_not():
    later = letter(letter_appeal_deadline=date(2025, 5, 1))
    assert appeal_deadline(later) == date(2025, 5, 1)
    earlier = letter(letter_appeal_deadline=date(2025, 3, 1))
    assert appeal_deadline(earlier) == date(2025, 4, 2)
    assert appeal_deadline(letter(letter_date=None)) is None


def test_a_deadline_on_a_day_off_missed_by_one_day_is_still_worth_sending():
    from questionnaires.irs_records_request.rules.dates import missed_by_a_day_off

    saturday = date(2026, 11, 28)
    assert missed_by_a_day_off(saturday, date(2026, 11, 30))  # Monday
    assert not missed_by_a_day_off(saturday, date(2026, 12, 1))  # Tuesday: too late
    assert not missed_by_a_day_off(saturday, date(2026, 11, 27))  # not yet passed
    assert not missed_by_a_day_off(date(2026, 11, 27), date(2026, 11, 30))  # a Friday


# ---------------------------------------------------------------------------
# The IRS stopped the clock to ask for information or about fees
# (5 U.S.C. § 552(a)(6)(A)(ii)(I)-(II))
# ---------------------------------------------------------------------------


def paused(**overrides) -> Facts:
    """The request of January 2, 2025; on Friday January 10 (5 working days used) the IRS
    wrote to ask for information, and it received the reply on Wednesday January 22."""
    base = {
        "clock_paused": YesNo.YES,
        "pause_asked": date(2025, 1, 10),
        "pause_reply_received": date(2025, 1, 22),
    }
    base.update(overrides)
    return unanswered(**base)


def test_the_days_the_irs_waited_for_the_reply_are_not_counted():
    # 5 working days before the pause; 15 more from January 23 (Presidents Day is later).
    finding, due = request_answer_due(paused(today=date(2025, 2, 10)))
    assert due == date(2025, 2, 12)
    assert finding.status == Status.MET
    assert "5 of the 20 working days had passed by then" in finding.explanation
    assert c.FOIA_TOLLING in finding.citations
    result = determine(paused(today=date(2025, 2, 10)))
    assert result.outcome == Outcome.AWAITING_ANSWER
    assert result.data["response_due"] == "2025-02-12"
    labels = [row["label"] for row in result.data["key_dates"]]
    assert "IRS stopped the clock (not counted)" in labels
    assert "IRS received the reply (not counted)" in labels


def test_past_the_paused_date_is_overdue():
    result = determine(paused())
    assert result.outcome == Outcome.ANSWER_OVERDUE
    assert result.data["response_due"] == "2025-02-12"


def test_a_pause_and_an_extension_notice_add_up():
    # 30 working days less the pause: Presidents Day (February 17) skipped.
    _, due = request_answer_due(paused(extension_notice=YesNo.YES, today=date(2025, 2, 20)))
    assert due == date(2025, 2, 27)


def test_no_reply_yet_stops_the_clock_with_no_due_date():
    facts = paused(pause_reply_received=None)
    finding, due = request_answer_due(facts)
    assert due is None and finding.status == Status.MET
    assert "it has 15 more working days" in finding.explanation
    result = determine(facts)
    assert result.outcome == Outcome.AWAITING_ANSWER
    assert result.data["response_due"] is None
    assert "clock is stopped" in result.headline
    assert "has not received the reply" in result.data["response_due_reason"]


def test_a_pause_asked_for_after_the_20_days_gives_no_more_time():
    finding, due = request_answer_due(
        paused(pause_asked=date(2025, 2, 5), pause_reply_received=date(2025, 2, 20))
    )
    assert due == date(2025, 1, 31)
    assert finding.status == Status.NOT_MET
    assert "the pause gives it no more time" in finding.explanation


def test_not_sure_whether_the_irs_paused_is_unclear_never_overdue():
    finding, due = request_answer_due(unanswered(clock_paused=YesNo.NOT_SURE))
    assert finding.status == Status.UNCLEAR
    assert due == date(2025, 1, 31)
    result = determine(unanswered(clock_paused=YesNo.NOT_SURE))
    assert result.outcome == Outcome.AWAITING_ANSWER
    assert "unless the IRS stopped the clock" in result.headline


def test_no_pause_is_plainly_overdue():
    finding, _ = request_answer_due(unanswered(clock_paused=YesNo.NO))
    assert finding.status == Status.NOT_MET
    assert "unless the IRS asked for information" not in finding.explanation
    # Not answered (an older intake): overdue, with the reminder to check for a pause.
    finding, _ = request_answer_due(unanswered())
    assert "unless the IRS asked for information" in finding.explanation

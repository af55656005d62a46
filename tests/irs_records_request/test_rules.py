"""Rule tests for IRS records requests (FOIA and I.R.C. § 6103; TIGTA Rep. No. 2023-10-055)."""

import dataclasses
import json
import pathlib
import re
import subprocess
import sys
from datetime import date

import pytest

from questionnaires.framework.determination import Citation, Determination, Status
from questionnaires.framework.wording import us_long_date
from questionnaires.irs_records_request import citations as c
from questionnaires.irs_records_request.rules import (
    AppealStatus,
    AuthorizationForm,
    Description,
    Exemption,
    Facts,
    Flag,
    IrsAction,
    Item,
    MatterStatus,
    Outcome,
    Path,
    RecordKind,
    RecordsOwner,
    RefusalReason,
    RequestBasis,
    Requester,
    RequestPart,
    YesNo,
    appeal_deadline_date,
    determine,
    due_date_details,
    foia_response_due_date,
    legal_public_holidays,
    section_6103_request_refused,
)

ROOT = pathlib.Path(__file__).resolve().parents[2]
TODAY = date(2025, 3, 1)
ALL_PARTS = frozenset({RequestPart.SIGNED, RequestPart.IDENTITY, RequestPart.FEES})
EXAM_FILE = frozenset({RecordKind.EXAM_COLLECTION_FILE})


def request(**overrides) -> Facts:
    """The client asks for the client's own examination file: a complete request."""
    base = {
        "path": Path.PREPARE_REQUEST,
        "today": TODAY,
        "records_owner": RecordsOwner.CLIENT,
        "requester": Requester.CLIENT,
        "records_wanted": EXAM_FILE,
        "records_description": Description.SPECIFIC,
        "request_includes": ALL_PARTS,
        "request_received": date(2025, 3, 10),
    }
    base.update(overrides)
    return Facts(**base)


def clinic(**overrides) -> Facts:
    """The clinic asks for the client's file with a Form 2848 that covers it."""
    base = {
        "requester": Requester.CLINIC,
        "authorization_form": AuthorizationForm.FORM_2848,
        "authorization_covers": YesNo.YES,
    }
    base.update(overrides)
    return request(**base)


LETTER = date(2025, 1, 2)  # appeal window closes April 2, 2025


def response(**overrides) -> Facts:
    """A FOIA letter that released part of the records, citing (b)(7)(E)."""
    base = {
        "path": Path.REVIEW_RESPONSE,
        "today": TODAY,
        "letter_date": LETTER,
        "irs_action": IrsAction.RELEASED_PART,
        "request_basis": RequestBasis.FOIA,
        "exemptions_cited": frozenset({Exemption.B7E}),
        "items_withheld": frozenset({Item.FORM_CODE}),
        "items_released": frozenset({Item.REQUESTER_INFO}),
        "inconsistent_redactions": YesNo.NO,
        "request_signed_by": "client",
    }
    base.update(overrides)
    return Facts(**base)


def item_row(result: Determination, item: str, side: str) -> dict:
    return next(
        row
        for row in result.data["items"]
        if row["item"] == item and row["withheld_or_released"] == side
    )


# ---------------------------------------------------------------------------
# Path 1: the route
# ---------------------------------------------------------------------------


def test_only_returns_or_transcripts_use_the_irs_forms():
    result = determine(request(records_wanted=frozenset({RecordKind.RETURNS_TRANSCRIPTS})))
    assert "The taxpayer whose returns they are" in result.next_steps[0]
    assert result.data["key_dates"] == [] and result.data["due_date_count"] is None
    assert result.outcome == Outcome.USE_OTHER_CHANNEL
    assert "Form 4506" in result.headline and "Form 4506-T" in result.headline
    assert result.data["route"]["code"] == "other_channel"
    assert "FOIA request is not needed" in result.data["route"]["reason"]
    assert [f.code for f in result.findings] == ["route"]
    assert result.data["checklist"] == [] and result.data["response_due"] is None


def test_transcripts_with_other_records_are_not_sent_to_the_forms():
    wanted = frozenset({RecordKind.RETURNS_TRANSCRIPTS, RecordKind.EXAM_COLLECTION_FILE})
    result = determine(request(records_wanted=wanted))
    assert result.outcome == Outcome.READY
    assert "Form 4506-T" in result.finding("route").explanation


def test_client_asking_for_own_exam_file_is_a_foia_request_naming_6103e():
    """Issue 15, point 1: FOIA invoking § 6103(e) keeps FOIA's deadline, appeal and court
    review; the trade-off is explained."""
    result = determine(request())
    route = result.data["route"]
    assert route["request"] == "foia_6103" and route["is_foia"] is True
    assert route["authority"] == "6103(e)"
    assert "keeps FOIA's 20-working-day limit, the appeal and court review" in route["reason"]
    assert route["trade_off"] and "trade-off" in route["trade_off"]
    cites = result.finding("route").citations
    assert {c.IRC_6103E, c.IRC_6103E7, c.FOIA_COURT_REVIEW, c.FOIA_90_DAY_APPEAL} <= set(cites)
    assert result.data["response_due"] == "2025-04-07"
    assert "FOIA request that names" in result.headline


def test_clinic_with_form_2848_names_the_attorney_in_fact_6103e6():
    """Issue 15, point 8: a Form 2848 representative receives information as the taxpayer's
    attorney in fact (§ 6103(e)(6))."""
    result = determine(clinic(records_wanted=frozenset({RecordKind.WORKPAPERS})))
    assert result.data["route"]["request"] == "foia_6103"
    assert result.data["route"]["authority"] == "6103(e)(6)"
    assert c.IRC_6103E6 in result.finding("route").citations
    assert "attorney in fact (§ 6103(e)(6))" in result.finding("authorization").explanation


def test_clinic_with_form_8821_names_the_designee_6103c():
    result = determine(clinic(authorization_form=AuthorizationForm.FORM_8821))
    assert result.data["route"]["authority"] == "6103(c)"
    # The code `manage.py screen` has always given a designee's request.
    assert result.data["route"]["code"] == "6103c"
    assert c.IRC_6103C in result.finding("route").citations


def test_clinic_without_a_known_authorization_is_told_which_part_of_6103_fits_which_form():
    result = determine(clinic(authorization_form=AuthorizationForm.NOT_SURE))
    assert result.data["route"]["authority"] is None
    assert "§ 6103(e)(6) for the attorney in fact on a Form 2848" in result.data["route"]["reason"]


def test_irs_emails_go_under_foia():
    result = determine(request(records_wanted=EXAM_FILE | {RecordKind.IRS_EMAILS}))
    assert result.data["route"]["code"] == "foia"
    assert c.FOIA in result.finding("route").citations


def test_another_persons_records_go_under_6103c():
    facts = request(
        records_owner=RecordsOwner.ANOTHER_PERSON,
        authorization_form=AuthorizationForm.FORM_8821,
        authorization_covers=YesNo.YES,
        form_8821_signed=date(2025, 2, 3),
    )
    result = determine(facts)
    assert result.data["route"]["request"] == "foia_6103"
    assert result.data["route"]["authority"] == "6103(c)"
    assert result.outcome == Outcome.READY


def test_only_another_taxpayers_records_go_under_6103c_with_their_authorization():
    facts = request(
        records_wanted=frozenset({RecordKind.ANOTHER_TAXPAYER}),
        authorization_form=AuthorizationForm.NONE,
    )
    result = determine(facts)
    assert result.data["route"]["authority"] == "6103(c)"
    assert result.finding("other_taxpayer_consent").status == Status.NOT_APPLICABLE
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION


def test_unknown_owner_leaves_the_route_open_and_the_request_incomplete():
    result = determine(request(records_owner=RecordsOwner.NOT_SURE))
    assert result.finding("route").status == Status.UNCLEAR
    assert result.data["route"]["code"] is None
    assert result.outcome == Outcome.INCOMPLETE
    assert "whose records" in result.headline


def test_no_records_chosen_is_unclear():
    result = determine(request(records_wanted=frozenset()))
    assert result.finding("route").status == Status.UNCLEAR
    assert result.outcome == Outcome.INCOMPLETE


# ---------------------------------------------------------------------------
# Path 1: authorization
# ---------------------------------------------------------------------------


def test_client_sending_own_request_needs_no_authorization():
    result = determine(request())
    assert result.finding("authorization").status == Status.NOT_APPLICABLE
    assert not any("authorization" in row["item"] for row in result.data["checklist"])


def test_clinic_with_form_2848_covering_the_matters_is_ready():
    result = determine(clinic())
    assert result.finding("authorization").status == Status.MET
    assert result.outcome == Outcome.READY
    assert c.REPORT_OTHER_ERRORS in result.finding("authorization").citations
    assert c.REG_AUTHORIZATION_WITH_REQUEST in result.finding("authorization").citations
    assert c.REG_REQUEST_CONTENTS in result.finding("formalities").citations
    assert "say which category of requester you are" in result.finding("formalities").explanation


def test_form_8821_works_but_does_not_make_the_clinic_a_representative():
    result = determine(clinic(authorization_form=AuthorizationForm.FORM_8821))
    finding = result.finding("authorization")
    assert finding.status == Status.MET
    assert "they may not act for the client" in finding.explanation
    assert "designee (§ 6103(c))" in finding.explanation
    assert "may not pass it on without the client's permission" in finding.explanation


def test_clinic_without_authorization_needs_one():
    result = determine(clinic(authorization_form=AuthorizationForm.NONE))
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert result.finding("authorization").status == Status.NOT_MET


def test_another_persons_records_without_authorization_must_be_refused():
    facts = request(
        records_owner=RecordsOwner.ANOTHER_PERSON, authorization_form=AuthorizationForm.NONE
    )
    result = determine(facts)
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert "must refuse" in result.headline
    finding = result.finding("authorization")
    assert finding.status == Status.NOT_MET
    assert {c.IRC_6103, c.FOIA_B3} <= set(finding.citations)


def test_authorization_that_does_not_cover_the_periods_is_not_enough():
    result = determine(clinic(authorization_covers=YesNo.NO))
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert result.finding("authorization").status == Status.NOT_MET


@pytest.mark.parametrize(
    "overrides",
    [
        {"authorization_form": AuthorizationForm.NOT_SURE},
        {"authorization_covers": YesNo.NOT_SURE},
        {"authorization_covers": None},
    ],
)
def test_not_sure_about_authorization_is_unclear_not_no(overrides):
    result = determine(clinic(**overrides))
    assert result.finding("authorization").status == Status.UNCLEAR
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert "confirm" in result.headline


def test_unknown_sender_without_authorization_is_unclear():
    result = determine(request(requester=Requester.NOT_SURE))
    assert result.finding("authorization").status == Status.UNCLEAR
    assert "who sends the request, or whose records they are" in (
        result.finding("authorization").explanation
    )


def test_clinic_without_authorization_needs_one_even_when_the_owner_is_unknown():
    facts = clinic(records_owner=RecordsOwner.NOT_SURE, authorization_form=AuthorizationForm.NONE)
    result = determine(facts)
    assert result.data["route"]["code"] is None
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert result.finding("route").explanation in result.next_steps


def test_unconfirmed_authorization_with_unknown_owner_is_incomplete():
    facts = clinic(
        records_owner=RecordsOwner.NOT_SURE, authorization_form=AuthorizationForm.NOT_SURE
    )
    assert determine(facts).outcome == Outcome.INCOMPLETE


def test_needs_authorization_also_lists_what_else_is_missing():
    facts = clinic(
        authorization_form=AuthorizationForm.NONE,
        records_description=Description.BROAD_OR_VAGUE,
        request_includes=frozenset({RequestPart.SIGNED, RequestPart.NOT_SURE}),
    )
    result = determine(facts)
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert (
        "Also add what the request is missing: records described specifically enough to find."
        in result.next_steps
    )
    assert (
        "Also confirm: the requester's identity and a statement about fees." in result.next_steps
    )
    assert result.data["missing"] == [
        "Records described specifically enough to find",
        "A valid authorization (Form 2848 or Form 8821) covering the matters and periods",
    ]
    assert result.data["not_confirmed"] == [
        "The requester's identity",
        "A statement about fees",
    ]
    assert not any(step.startswith("Diary") for step in result.next_steps)


def test_only_a_ready_request_gets_a_diary_date():
    ready = determine(clinic())
    assert "Diary April 7, 2025: if there is no answer by then, contact the IRS office" in (
        " ".join(ready.next_steps)
    )
    incomplete = determine(request(records_description=Description.BROAD_OR_VAGUE))
    assert not any(step.startswith("Diary") for step in incomplete.next_steps)
    assert incomplete.data["response_due"] == "2025-04-07"


@pytest.mark.parametrize(
    ("consent", "status", "outcome"),
    [
        (YesNo.YES, Status.MET, Outcome.READY),
        (YesNo.NO, Status.NOT_MET, Outcome.NEEDS_AUTHORIZATION),
        (YesNo.NOT_SURE, Status.UNCLEAR, Outcome.NEEDS_AUTHORIZATION),
    ],
)
def test_records_about_another_taxpayer_need_that_taxpayers_consent(consent, status, outcome):
    wanted = EXAM_FILE | {RecordKind.ANOTHER_TAXPAYER}
    result = determine(
        request(
            records_wanted=wanted,
            third_party_consent=consent,
            third_party_consent_covers=YesNo.YES,
            third_party_consent_signed=date(2025, 2, 1),
        )
    )
    assert result.finding("other_taxpayer_consent").status == status
    assert result.outcome == outcome


# ---------------------------------------------------------------------------
# Path 1: description and formalities
# ---------------------------------------------------------------------------


def test_broad_description_makes_the_request_incomplete():
    result = determine(request(records_description=Description.BROAD_OR_VAGUE))
    assert result.outcome == Outcome.INCOMPLETE
    finding = result.finding("description")
    assert finding.status == Status.NOT_MET
    assert finding.citations == (
        c.FOIA_REASONABLY_DESCRIBES,
        c.REG_REASONABLE_DESCRIPTION,
        c.REPORT_IMPERFECT,
    )
    assert "missing: records described specifically" in result.headline


def test_not_sure_about_description_is_unconfirmed_not_missing():
    result = determine(request(records_description=Description.NOT_SURE))
    assert result.outcome == Outcome.INCOMPLETE
    assert result.finding("description").status == Status.UNCLEAR
    row = result.data["checklist"][1]
    assert row == {"item": "Records described specifically enough to find", "present": None}
    assert "not confirmed" in result.headline


def test_missing_fee_statement_makes_the_request_incomplete():
    parts = frozenset({RequestPart.SIGNED, RequestPart.IDENTITY})
    result = determine(request(request_includes=parts))
    assert result.outcome == Outcome.INCOMPLETE
    assert result.finding("formalities").status == Status.NOT_MET
    assert {"item": "A statement about fees", "present": False} in result.data["checklist"]


def test_not_sure_marks_unchecked_parts_unknown():
    parts = frozenset({RequestPart.SIGNED, RequestPart.NOT_SURE})
    result = determine(request(request_includes=parts))
    assert result.finding("formalities").status == Status.UNCLEAR
    present = {row["item"]: row["present"] for row in result.data["checklist"]}
    assert present["In writing and signed"] is True
    assert present["The requester's identity"] is None
    assert present["A statement about fees"] is None


def test_unanswered_formalities_are_unknown():
    result = determine(request(request_includes=None))
    assert result.finding("formalities").status == Status.UNCLEAR
    assert result.outcome == Outcome.INCOMPLETE


def test_complete_request_is_ready_with_its_checklist_and_due_date():
    result = determine(clinic())
    assert result.outcome == Outcome.READY
    assert all(row["present"] is True for row in result.data["checklist"])
    assert [row["item"] for row in result.data["checklist"]] == [
        "In writing and signed",
        "Records described specifically enough to find",
        "The requester's identity",
        "A valid authorization (Form 2848 or Form 8821) covering the matters and periods",
        "A statement about fees",
    ]
    assert result.data["response_due"] == "2025-04-07"
    assert "April 7, 2025" in result.headline


# ---------------------------------------------------------------------------
# Path 1: the date the answer is due (20 working days)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "due"),
    [
        # No holidays: four working weeks, whatever the weekday.
        (date(2025, 3, 7), date(2025, 4, 4)),  # Friday
        (date(2025, 3, 8), date(2025, 4, 4)),  # Saturday: counting starts Monday
        (date(2025, 3, 9), date(2025, 4, 4)),  # Sunday
        (date(2025, 3, 10), date(2025, 4, 7)),  # Monday
        # Thanksgiving (Thursday November 28, 2024); Christmas Eve is not skipped.
        (date(2024, 11, 25), date(2024, 12, 24)),
        # Christmas, New Year's Day and Martin Luther King Jr. Day across the year end.
        (date(2024, 12, 20), date(2025, 1, 22)),
        # Saturday Christmas 2021 and New Year 2022, observed Fridays December 24 and 31.
        (date(2021, 12, 23), date(2022, 1, 25)),
        (date(2021, 12, 30), date(2022, 1, 31)),
        # Veterans Day on Saturday November 11, 2023, observed Friday November 10.
        (date(2023, 11, 9), date(2023, 12, 11)),
        # Juneteenth 2021, observed Friday June 18; July 4 observed Monday July 5.
        (date(2021, 6, 17), date(2021, 7, 19)),
        # Before 2021 June 19 is a working day; July 4, 2020 observed Friday July 3.
        (date(2020, 6, 18), date(2020, 7, 17)),
        # Inauguration Day (January 20, 2021) is a working day; Presidents Day is not.
        (date(2021, 1, 19), date(2021, 2, 17)),
        # Juneteenth on a weekday (Thursday June 19, 2025) and Independence Day (Friday).
        (date(2025, 6, 18), date(2025, 7, 18)),
        # Christmas 2022 and New Year's Day 2023 fell on Sundays: observed Mondays
        # December 26 and January 2; then Martin Luther King Jr. Day.
        (date(2022, 12, 22), date(2023, 1, 24)),
        # Year ends: received the last working day of the year.
        (date(2023, 12, 29), date(2024, 1, 30)),
        (date(2026, 12, 31), date(2027, 2, 1)),
        # Received on a holiday: Thanksgiving 2024; New Year's Day observed December 31, 2021.
        (date(2024, 11, 28), date(2024, 12, 27)),
        (date(2021, 12, 31), date(2022, 1, 31)),
    ],
)
def test_response_due_20_working_days_after_receipt(received, due):
    assert foia_response_due_date(received)[0] == due
    result = determine(request(request_received=received))
    assert result.data["response_due"] == due.isoformat()
    assert us_long_date(due) in result.finding("response_due").explanation


def test_response_due_names_the_holidays_it_skips():
    _due, skipped = foia_response_due_date(date(2021, 12, 23))
    assert [d for d, _ in skipped] == [date(2021, 12, 24), date(2021, 12, 31), date(2022, 1, 17)]
    text = determine(request(request_received=date(2021, 12, 23))).finding("response_due")
    assert "New Year's Day (observed) (December 31, 2021)" in text.explanation
    assert text.citations == (
        c.FOIA_20_WORKING_DAYS,
        c.FOIA_20_DAYS_COMMENCE,
        c.FOIA_UNUSUAL_CIRCUMSTANCES,
    )


def test_holiday_calendar_choices():
    calendar = legal_public_holidays(range(2020, 2026))
    assert date(2025, 6, 19) in calendar  # Juneteenth on a Thursday
    assert date(2022, 12, 26) in calendar  # Christmas 2022 (Sunday) observed Monday
    assert date(2023, 1, 2) in calendar  # New Year's Day 2023 (Sunday) observed Monday
    assert date(2021, 6, 18) in calendar  # Juneteenth 2021 observed
    assert date(2020, 6, 19) not in calendar  # before the holiday existed
    assert date(2021, 1, 20) not in calendar  # Inauguration Day
    assert date(2024, 12, 24) not in calendar  # one-off executive-order closure
    assert date(2023, 11, 10) in calendar  # Veterans Day observed on Friday


def test_weekend_receipt_gives_the_date_if_the_irs_counts_from_monday():
    result = determine(request(request_received=date(2025, 3, 8)))
    text = result.finding("response_due").explanation
    assert "The request arrives on a Saturday." in text
    assert (
        "If the IRS treats it as received on the next working day, March 10, 2025, its due "
        "date is April 7, 2025." in text
    )
    assert result.data["due_date_count"]["due_if_received_next_working_day"] == "2025-04-07"
    weekday = determine(request(request_received=date(2025, 3, 7)))
    assert "arrives on" not in weekday.finding("response_due").explanation
    assert weekday.data["due_date_count"]["due_if_received_next_working_day"] is None


def test_day_of_receipt_is_not_counted():
    """Received Monday March 10, 2025: day 1 is Tuesday, day 20 is Monday April 7."""
    result = determine(request(request_received=date(2025, 3, 10)))
    count = result.data["due_date_count"]
    assert count["receipt_day_counted"] is False
    assert (count["received"], count["first_counted_day"], count["due"]) == (
        "2025-03-10",
        "2025-03-11",
        "2025-04-07",
    )
    assert count["working_days"] == 20
    text = result.finding("response_due").explanation
    assert text.startswith("The answer is due by April 7, 2025.")
    assert "The day of receipt, March 10, 2025, is not counted; day 1 is March 11, 2025." in text


@pytest.mark.parametrize(
    ("received", "kind", "first", "alternative"),
    [
        (date(2024, 11, 28), "Thanksgiving Day", date(2024, 11, 29), date(2024, 12, 30)),
        (
            date(2025, 6, 19),
            "Juneteenth National Independence Day",
            date(2025, 6, 20),
            date(2025, 7, 21),
        ),
        (date(2021, 12, 31), "New Year's Day (observed)", date(2022, 1, 3), date(2022, 2, 1)),
        (date(2025, 3, 9), "a Sunday", date(2025, 3, 10), date(2025, 4, 7)),
    ],
)
def test_receipt_on_a_holiday_or_weekend(received, kind, first, alternative):
    details = due_date_details(received)
    assert details.first_counted_day == first
    assert details.due_if_received_next_working_day == alternative
    text = determine(request(request_received=received)).finding("response_due").explanation
    assert f"The request arrives on {kind}." in text


def test_closures_by_executive_order_are_counted_and_named():
    result = determine(request(request_received=date(2024, 12, 20)))
    closures = result.data["due_date_count"]["closures_counted"]
    assert [(row["date"], row["name"]) for row in closures] == [
        ("2024-12-24", "Christmas Eve"),
        ("2025-01-09", "National Day of Mourning for former President Jimmy Carter"),
    ]
    assert result.data["response_due"] == "2025-01-22"
    text = result.finding("response_due").explanation
    assert "Christmas Eve (December 24, 2024)" in text
    assert "up to 2 working days later" in text
    one = determine(request(request_received=date(2024, 11, 25))).finding("response_due")
    assert "its date is one working day later" in one.explanation
    none = determine(request(request_received=date(2025, 3, 10)))
    assert none.data["due_date_count"]["closures_counted"] == []
    assert "executive order" not in none.finding("response_due").explanation


def test_calendar_is_built_once_and_never_expanded():
    years = range(2025, 2026)
    calendar = legal_public_holidays(years)
    assert legal_public_holidays(range(2025, 2026)) is calendar
    assert date(2030, 1, 1) not in calendar
    assert set(calendar.years) == {2025}


def test_due_date_in_the_past_is_said():
    facts = request(request_received=date(2025, 1, 6), today=date(2025, 3, 1))
    text = determine(facts).finding("response_due").explanation
    assert "That date has passed (today is March 1, 2025)." in text
    future = determine(request(request_received=date(2025, 3, 10), today=date(2025, 3, 1)))
    assert "has passed" not in future.finding("response_due").explanation


def test_every_request_route_is_a_foia_request_so_its_due_date_is_foias():
    """Issue 15, point 1: no FOIA due date for a request that is not a FOIA request."""
    for facts in (request(), clinic(), request(records_wanted=frozenset({RecordKind.IRS_EMAILS}))):
        result = determine(facts)
        assert result.data["route"]["is_foia"] is True
        assert result.data["response_due"] is not None
        assert result.data["response_due_reason"] == ""


def test_returns_only_has_no_foia_due_date_and_says_why():
    result = determine(request(records_wanted=frozenset({RecordKind.RETURNS_TRANSCRIPTS})))
    assert result.data["response_due"] is None
    assert result.data["response_due_reason"].startswith("Not a FOIA request")


def test_unknown_route_gives_the_due_date_only_as_a_foia_date():
    result = determine(request(records_owner=RecordsOwner.NOT_SURE))
    assert result.data["route"]["is_foia"] is False
    assert result.finding("response_due").explanation.startswith(
        "If it is sent as a FOIA request, as recommended"
    )
    assert "if the request is sent under FOIA" in result.data["response_due_reason"]


def test_no_receipt_date_gives_no_due_date_but_does_not_block_the_request():
    result = determine(request(request_received=None))
    assert result.finding("response_due").status == Status.UNCLEAR
    assert result.data["response_due"] is None
    assert result.data["key_dates"] == []
    assert result.outcome == Outcome.READY


def test_key_dates_for_a_request():
    result = determine(request(request_received=date(2024, 11, 25)))
    assert result.data["key_dates"] == [
        {
            "label": "Request received (not counted)",
            "date": "2024-11-25",
            "text": "November 25, 2024",
        },
        {
            "label": "Day 1 of the 20 working days",
            "date": "2024-11-26",
            "text": "November 26, 2024",
        },
        {
            "label": "Answer due (20 working days)",
            "date": "2024-12-24",
            "text": "December 24, 2024",
        },
    ]


# ---------------------------------------------------------------------------
# Path 2: item flags (TIGTA Rep. at 3-4)
# ---------------------------------------------------------------------------

WITHHELD_FLAGS = {
    Item.OWN_RETURN: Flag.LIKELY_IMPROPER,
    Item.REQUESTER_INFO: Flag.WORTH_CHALLENGING,
    Item.EXAM_WORKPAPERS: Flag.WORTH_CHALLENGING,
    Item.IRS_EMAILS: Flag.WORTH_CHALLENGING,
    Item.OUTSIDE_SERVICES_INFO: Flag.WORTH_CHALLENGING,
    Item.ASSET_LOCATOR_THIRD_PARTY: Flag.LIKELY_PROPER,
    Item.DIF_SCORE_WORDS: Flag.LIKELY_IMPROPER,
    Item.DIF_DAS_REASON_CODE: Flag.LIKELY_IMPROPER,
    Item.DIF_SCORE_OR_FORMULA: Flag.LIKELY_PROPER,
    Item.FORM_CODE: Flag.LIKELY_PROPER,
    Item.OTHER_TAXPAYER_RETURN: Flag.LIKELY_PROPER,
    Item.OTHER_PEOPLE_INFO: Flag.LIKELY_PROPER,
    Item.CONFIDENTIAL_SOURCE: Flag.LIKELY_PROPER,
    Item.OTHER: Flag.UNCLEAR,
    Item.NOT_SURE: Flag.UNCLEAR,
}

RELEASED_FLAGS = {
    Item.OWN_RETURN: Flag.NO_ISSUE,
    Item.REQUESTER_INFO: Flag.NO_ISSUE,
    Item.EXAM_WORKPAPERS: Flag.NO_ISSUE,
    Item.IRS_EMAILS: Flag.NO_ISSUE,
    Item.OUTSIDE_SERVICES_INFO: Flag.NO_ISSUE,
    Item.ASSET_LOCATOR_THIRD_PARTY: Flag.IRS_ERROR,
    Item.DIF_SCORE_WORDS: Flag.NO_ISSUE,
    Item.DIF_DAS_REASON_CODE: Flag.NO_ISSUE,
    Item.DIF_SCORE_OR_FORMULA: Flag.IRS_ERROR,
    Item.FORM_CODE: Flag.IRS_ERROR,
    Item.OTHER_TAXPAYER_RETURN: Flag.IRS_ERROR,
    Item.OTHER_PEOPLE_INFO: Flag.UNCLEAR,
    Item.CONFIDENTIAL_SOURCE: Flag.UNCLEAR,
    Item.OTHER: Flag.UNCLEAR,
    Item.NOT_SURE: Flag.UNCLEAR,
}


@pytest.mark.parametrize(("item", "flag"), WITHHELD_FLAGS.items())
def test_withheld_item_flag(item, flag):
    # Another taxpayer's return: the request came without their consent and did not ask what
    # the IRS collected from them (both asked separately).
    result = determine(
        response(
            items_withheld=frozenset({item}),
            other_taxpayer_consent_given=YesNo.NO,
            other_taxpayer_collection_right="neither",
        )
    )
    assert item_row(result, item, "withheld")["flag"] == flag


@pytest.mark.parametrize(("item", "flag"), RELEASED_FLAGS.items())
def test_released_item_flag(item, flag):
    result = determine(response(items_released=frozenset({item})))
    assert item_row(result, item, "released")["flag"] == flag


def test_every_item_has_a_flag_both_ways():
    assert set(WITHHELD_FLAGS) == set(Item) == set(RELEASED_FLAGS)


def test_dif_score_words_withheld_are_likely_improper_with_page_4():
    result = determine(response(items_withheld=frozenset({Item.DIF_SCORE_WORDS})))
    row = item_row(result, Item.DIF_SCORE_WORDS, "withheld")
    assert row["citations"] == [
        "TIGTA Rep. No. 2023-10-055, at 4",
        "TIGTA Rep. No. 2023-10-055, at 3 n.8",
        "5 U.S.C. § 552(b)(7)(E)",
    ]
    finding = result.finding("withheld_dif_score_words")
    assert finding.status == Status.NOT_MET
    assert finding.title == 'The words "DIF score" (withheld): the withholding is justified'
    assert finding.relied_on == ("items_withheld", "item_exemptions", "request_signed_by")
    assert result.outcome == Outcome.APPEAL_RECOMMENDED


def test_dif_score_and_form_code_withheld_are_proper_because_they_reveal_audit_selection():
    withheld = frozenset({Item.DIF_SCORE_OR_FORMULA, Item.FORM_CODE})
    result = determine(response(items_withheld=withheld))
    assert (
        "chooses returns for audit"
        in item_row(result, Item.DIF_SCORE_OR_FORMULA, "withheld")["reason"]
    )
    assert (
        "TIGTA Rep. No. 2023-10-055, at 4 n.11"
        in item_row(result, Item.FORM_CODE, "withheld")["citations"]
    )
    assert result.outcome == Outcome.NO_ISSUE_FOUND


def test_workpapers_withheld_are_worth_challenging_with_what_to_ask():
    result = determine(response(items_withheld=frozenset({Item.EXAM_WORKPAPERS})))
    row = item_row(result, Item.EXAM_WORKPAPERS, "withheld")
    assert row["citations"] == ["TIGTA Rep. No. 2023-10-055, at 3"]
    assert result.outcome == Outcome.CONSIDER_APPEAL
    assert row["ask"].startswith("Ask the IRS to release the workpapers")
    assert f"Examination workpapers: {row['ask']}" in result.next_steps


def test_asset_locator_information_released_is_the_irs_error_not_a_ground_of_appeal():
    result = determine(response(items_released=frozenset({Item.ASSET_LOCATOR_THIRD_PARTY})))
    row = item_row(result, Item.ASSET_LOCATOR_THIRD_PARTY, "released")
    assert row["flag"] == "irs_error" and row["status"] == "not_applicable"
    assert (
        "not a ground for appeal"
        in result.finding("released_asset_locator_third_party").explanation
    )
    assert "5 U.S.C. § 552(b)(7)(C)" in row["citations"]
    assert result.outcome == Outcome.NO_ISSUE_FOUND
    assert result.headline.startswith("Nothing here to appeal, but the IRS released")
    assert "no sign that the IRS got this wrong" not in result.headline
    step = result.next_steps[0]
    assert "I.R.C. § 7213(a)(3)" in step and "disclosure office" in step
    assert (
        "5 U.S.C. § 552(b)(7)(C)" in row["citations"] and "I.R.C. § 7213(a)(3)" in row["citations"]
    )


def test_unknown_item_code_is_unclear_never_a_guess():
    result = determine(response(items_withheld=frozenset({"mystery"})))
    row = item_row(result, "mystery", "withheld")
    assert row["flag"] == Flag.UNCLEAR
    assert result.outcome == Outcome.CONSIDER_APPEAL


def test_released_unclear_items_do_not_call_for_an_appeal():
    result = determine(response(items_released=frozenset({Item.OTHER})))
    assert result.outcome == Outcome.NO_ISSUE_FOUND
    assert "some released items could not be judged" in result.headline


# ---------------------------------------------------------------------------
# Path 2: exemptions
# ---------------------------------------------------------------------------


def test_b7_without_a_named_harm_is_not_enough():
    result = determine(response(exemptions_cited=frozenset({Exemption.B7_NO_LETTER})))
    finding = result.finding("b7_harm")
    assert finding.status == Status.NOT_MET
    assert "six listed harms" in finding.explanation
    assert finding.citations == (c.FOIA_B7, c.REPORT_BACKGROUND)
    assert result.outcome == Outcome.APPEAL_RECOMMENDED


def test_b7_naming_a_harm_is_met():
    result = determine(response(exemptions_cited=frozenset({Exemption.B7C, Exemption.B7E})))
    finding = result.finding("b7_harm")
    assert finding.status == Status.MET
    assert c.FOIA_B7C in finding.citations and c.FOIA_B7E in finding.citations


def test_no_b7_is_not_applicable():
    result = determine(response(exemptions_cited=frozenset({Exemption.B5})))
    assert result.finding("b7_harm").status == Status.NOT_APPLICABLE


def test_b3_with_6103_states_what_it_can_and_cannot_withhold():
    """Issue 15, point 2: § 6103(e)(7) impairment; § 6103(b)(2) selection standards."""
    result = determine(response(exemptions_cited=frozenset({Exemption.B3_6103})))
    finding = result.finding("b3_6103")
    assert "should not keep the client's own information" not in finding.explanation
    assert "would seriously impair federal tax administration (§ 6103(e)(7))" in (
        finding.explanation
    )
    assert "such as DIF scores" in finding.explanation and "(§ 6103(b)(2))" in (
        finding.explanation
    )
    assert {c.FOIA_B3, c.IRC_6103E7, c.IRC_6103B2_SELECTION_STANDARDS} <= set(finding.citations)
    assert finding.status == Status.UNCLEAR  # the matter's status is not known
    assert result.finding("other_exemptions").status == Status.NOT_APPLICABLE


def test_b5_and_b6_are_explained_with_their_statute():
    result = determine(response(exemptions_cited=frozenset({Exemption.B5, Exemption.B6})))
    finding = result.finding("other_exemptions")
    assert finding.citations == (c.FOIA_B5, c.FOIA_B6, c.FCC_V_ATT, c.REPORT_OTHER_ERRORS)
    assert "did not review" not in finding.explanation
    assert "found seven more cases" in finding.explanation


@pytest.mark.parametrize("exemption", [Exemption.OTHER, Exemption.NOT_SURE])
def test_other_or_unknown_exemption_is_unclear(exemption):
    result = determine(response(exemptions_cited=frozenset({exemption})))
    assert result.finding("other_exemptions").status == Status.UNCLEAR
    assert result.outcome == Outcome.CONSIDER_APPEAL


# ---------------------------------------------------------------------------
# Path 2: consistency, closures, § 6103 refusals
# ---------------------------------------------------------------------------


def test_inconsistent_redactions_call_for_an_appeal():
    result = determine(response(inconsistent_redactions=YesNo.YES))
    finding = result.finding("consistent_redactions")
    assert finding.status == Status.NOT_MET
    assert finding.citations == (c.REPORT_OTHER_ERRORS,)
    assert result.outcome == Outcome.APPEAL_RECOMMENDED
    assert any("release the information consistently" in step for step in result.next_steps)


def test_not_sure_about_inconsistent_redactions_is_unclear():
    result = determine(response(inconsistent_redactions=YesNo.NOT_SURE))
    assert result.finding("consistent_redactions").status == Status.UNCLEAR
    assert result.outcome == Outcome.CONSIDER_APPEAL


def test_no_records_answer_suggests_checking_the_search():
    facts = response(
        irs_action=IrsAction.NO_RECORDS,
        exemptions_cited=frozenset(),
        items_withheld=frozenset(),
        items_released=frozenset(),
        inconsistent_redactions=None,
    )
    result = determine(facts)
    finding = result.finding("closure_check")
    assert finding.status == Status.UNCLEAR
    assert c.REPORT_CLOSURES in finding.citations
    assert "Check the search" in finding.explanation
    assert result.finding("consistent_redactions").status == Status.NOT_APPLICABLE
    assert result.outcome == Outcome.CONSIDER_APPEAL


@pytest.mark.parametrize(
    ("contacted", "status"),
    [(YesNo.YES, Status.MET), (YesNo.NO, Status.NOT_MET), (YesNo.NOT_SURE, Status.UNCLEAR)],
)
def test_imperfect_closure_checks_whether_the_irs_tried_to_contact_first(contacted, status):
    facts = response(
        irs_action=IrsAction.IMPERFECT,
        exemptions_cited=frozenset(),
        items_withheld=frozenset(),
        items_released=frozenset(),
        inconsistent_redactions=None,
        irs_tried_contact=contacted,
    )
    result = determine(facts)
    contact = result.finding("contact_first")
    assert contact.status == status
    assert contact.citations[0].text == (
        "IRM 11.3.41.3.2(1) (Dec. 8, 2022, as cited in TIGTA Rep. No. 2023-10-055, at 5 n.15)"
    )
    closure = result.finding("closure_check")
    assert "perfected request" in closure.explanation
    assert "within 35 days of the IRS's letter" in closure.explanation
    assert c.REG_DEFICIENT_REQUEST in closure.citations
    assert result.outcome == Outcome.CONSIDER_APPEAL


def test_6103_refusal_for_no_authorization_has_no_foia_appeal_window():
    facts = response(
        request_basis=RequestBasis.SECTION_6103,
        irs_action=IrsAction.DENIED_ALL,
        exemptions_cited=frozenset(),
        items_withheld=frozenset(),
        items_released=frozenset(),
        inconsistent_redactions=None,
        refusal_reason=RefusalReason.NO_AUTHORIZATION,
        irs_tried_contact=YesNo.NO,
    )
    result = determine(facts)
    refusal = result.finding("section_6103_refusal")
    assert refusal.status == Status.UNCLEAR
    assert "Form 2848" in refusal.explanation
    assert result.finding("contact_first").status == Status.NOT_MET
    assert result.finding("appeal_window").status == Status.NOT_APPLICABLE
    assert result.data["appeal_deadline"] is None
    assert result.outcome == Outcome.CONSIDER_APPEAL
    assert result.headline.startswith("Consider challenging the IRS's answer")
    assert result.finding("adverse_determination").citations == ()


def test_6103_refusal_for_no_records_checks_the_search():
    facts = response(
        request_basis=RequestBasis.SECTION_6103,
        irs_action=IrsAction.DENIED_ALL,
        refusal_reason=RefusalReason.NO_RECORDS,
        items_withheld=frozenset(),
    )
    result = determine(facts)
    assert result.finding("closure_check").status == Status.UNCLEAR
    assert result.finding("contact_first").status == Status.NOT_APPLICABLE


def test_foia_request_has_no_6103_refusal_finding():
    result = determine(response())
    assert result.finding("section_6103_refusal").status == Status.NOT_APPLICABLE


# ---------------------------------------------------------------------------
# Path 2: outcomes and the 90-day appeal window
# ---------------------------------------------------------------------------


def test_appeal_deadline_is_90_calendar_days_after_the_letter():
    assert appeal_deadline_date(date(2025, 1, 2)) == date(2025, 4, 2)
    assert appeal_deadline_date(date(2024, 12, 1)) == date(2025, 3, 1)  # across year end
    assert appeal_deadline_date(date(2024, 1, 1)) == date(2024, 3, 31)  # leap year


@pytest.mark.parametrize(
    ("today", "status", "outcome"),
    [
        (date(2025, 4, 1), Status.MET, Outcome.APPEAL_RECOMMENDED),
        (date(2025, 4, 2), Status.MET, Outcome.APPEAL_RECOMMENDED),  # the last day
        (date(2025, 4, 3), Status.NOT_MET, Outcome.DEADLINE_PASSED),
    ],
)
def test_appeal_window_around_today(today, status, outcome):
    facts = response(today=today, items_withheld=frozenset({Item.DIF_SCORE_WORDS}))
    result = determine(facts)
    assert result.finding("appeal_window").status == status
    assert result.outcome == outcome
    assert result.data["appeal_deadline"] == "2025-04-02"


def test_letter_dated_after_the_screening_date_gives_no_deadline():
    """Issue 15, point 9: a letter dated after today is an error, never a deadline."""
    facts = response(today=date(2024, 12, 31), items_withheld=frozenset({Item.DIF_SCORE_WORDS}))
    result = determine(facts)
    window = result.finding("appeal_window")
    assert window.status == Status.UNCLEAR
    assert "is after today" in window.explanation
    assert result.data["appeal_deadline"] is None
    assert "is after today" in result.data["appeal_deadline_reason"]
    assert result.outcome == Outcome.APPEAL_RECOMMENDED
    assert " by " not in result.headline.split(":")[0]


def test_deadline_passed_says_a_new_request_can_be_made():
    facts = response(today=date(2025, 6, 1), items_withheld=frozenset({Item.EXAM_WORKPAPERS}))
    result = determine(facts)
    assert result.outcome == Outcome.DEADLINE_PASSED
    assert "April 2, 2025" in result.headline
    assert "new request" in result.headline
    assert (
        "new request for the same records can be made"
        in result.finding("appeal_window").explanation
    )


def test_passed_deadline_with_nothing_to_challenge_is_no_issue():
    result = determine(
        response(today=date(2025, 6, 1), exemptions_cited=frozenset({Exemption.B7D}))
    )
    assert result.outcome == Outcome.NO_ISSUE_FOUND


def test_open_window_tells_staff_to_check_the_letter():
    result = determine(response(items_withheld=frozenset({Item.IRS_EMAILS})))
    window = result.finding("appeal_window")
    assert "April 2, 2025 (32 days from today)" in window.explanation
    assert "treat it as the date the IRS must receive the appeal" in window.explanation
    assert window.citations == (c.FOIA_90_DAY_APPEAL, c.REG_APPEAL_35_DAYS)
    # The regulation's 35 days are named as out of date, never used as the deadline.
    assert "still says 35 days (26 C.F.R. § 601.702(c)(10)(i))" in window.explanation
    assert "the law's 90 days apply" in window.explanation
    assert "by April 2, 2025" in result.headline


def test_unknown_request_basis_keeps_the_foia_window_with_a_note():
    result = determine(response(request_basis=RequestBasis.NOT_SURE))
    assert "this period is FOIA's" in result.finding("appeal_window").explanation


def test_missing_letter_date_leaves_the_window_unclear():
    facts = response(letter_date=None, items_withheld=frozenset({Item.DIF_SCORE_WORDS}))
    result = determine(facts)
    assert result.finding("appeal_window").status == Status.UNCLEAR
    assert result.outcome == Outcome.APPEAL_RECOMMENDED
    assert result.data["appeal_deadline"] is None


def test_released_everything_is_no_issue_with_no_window():
    facts = response(
        irs_action=IrsAction.RELEASED_ALL,
        exemptions_cited=frozenset(),
        items_withheld=frozenset(),
        inconsistent_redactions=None,
    )
    result = determine(facts)
    assert result.finding("adverse_determination").status == Status.NOT_MET
    assert result.finding("appeal_window").status == Status.NOT_APPLICABLE
    assert result.outcome == Outcome.NO_ISSUE_FOUND
    assert result.data["appeal_deadline"] is None


def test_unknown_irs_action_is_unclear():
    result = determine(response(irs_action=IrsAction.NOT_SURE))
    assert result.finding("adverse_determination").status == Status.UNCLEAR
    assert result.outcome == Outcome.CONSIDER_APPEAL


def test_key_dates_for_a_response():
    result = determine(response())
    assert result.data["key_dates"] == [
        {"label": "IRS letter", "date": "2025-01-02", "text": "January 2, 2025"},
        {
            "label": "Appeal due",
            "date": "2025-04-02",
            "text": "April 2, 2025",
        },
        {"label": "Today", "date": "2025-03-01", "text": "March 1, 2025"},
    ]


# ---------------------------------------------------------------------------
# The seed's own cases (TIGTA Rep. at 3-5)
# ---------------------------------------------------------------------------


def test_seed_dif_indicators_file():
    """Page 4: "DIF Score" and the DIF/DAS reason code withheld under (b)(7)(E); page 3: the
    form code and third-party asset-locator information released."""
    facts = response(
        exemptions_cited=frozenset({Exemption.B7E, Exemption.B7C}),
        items_withheld=frozenset({Item.DIF_SCORE_WORDS, Item.DIF_DAS_REASON_CODE}),
        items_released=frozenset({Item.FORM_CODE, Item.ASSET_LOCATOR_THIRD_PARTY}),
    )
    result = determine(facts)
    flags = {(row["item"], row["flag"]) for row in result.data["items"]}
    assert flags == {
        (Item.DIF_SCORE_WORDS, Flag.LIKELY_IMPROPER),
        (Item.DIF_DAS_REASON_CODE, Flag.LIKELY_IMPROPER),
        (Item.FORM_CODE, Flag.IRS_ERROR),
        (Item.ASSET_LOCATOR_THIRD_PARTY, Flag.IRS_ERROR),
    }
    assert result.outcome == Outcome.APPEAL_RECOMMENDED


def test_seed_improper_redactions_file():
    """Page 3: requester information, workpapers, e-mails and outside-service information
    wrongly redacted; page 5: the same information withheld and released in one file."""
    facts = response(
        exemptions_cited=frozenset({Exemption.B7A, Exemption.B3_6103}),
        items_withheld=frozenset(
            {
                Item.REQUESTER_INFO,
                Item.EXAM_WORKPAPERS,
                Item.IRS_EMAILS,
                Item.OUTSIDE_SERVICES_INFO,
            }
        ),
        items_released=frozenset(),
        inconsistent_redactions=YesNo.YES,
    )
    result = determine(facts)
    assert {row["flag"] for row in result.data["items"]} == {Flag.WORTH_CHALLENGING}
    assert result.outcome == Outcome.APPEAL_RECOMMENDED


def test_report_context_figures_with_pages():
    context = determine(response()).data["report_context"]
    assert (context["sampled"], context["errors"], context["error_rate_percent"]) == (83, 18, 22)
    assert (context["projected"], context["projected_low"], context["projected_high"]) == (
        506,
        366,
        647,
    )
    assert context["citations"] == [
        "TIGTA Rep. No. 2023-10-055, Highlights",
        "TIGTA Rep. No. 2023-10-055, at 3",
        "TIGTA Rep. No. 2023-10-055, at 5",
        "TIGTA Rep. No. 2023-10-055, at 5 n.16",
    ]
    assert determine(request()).data["report_context"] == context


# ---------------------------------------------------------------------------
# Contract: JSON data, relied_on names, citations, determinism
# ---------------------------------------------------------------------------

SAMPLES = [
    request(),
    clinic(),
    request(records_wanted=frozenset({RecordKind.RETURNS_TRANSCRIPTS})),
    request(records_owner=RecordsOwner.ANOTHER_PERSON, authorization_form="none"),
    request(records_description=Description.NOT_SURE, request_includes=None),
    request(records_wanted=EXAM_FILE | {RecordKind.ANOTHER_TAXPAYER}, third_party_consent="no"),
    response(),
    response(
        items_withheld=frozenset(Item),
        items_released=frozenset(Item),
        exemptions_cited=frozenset(Exemption),
        inconsistent_redactions=YesNo.YES,
    ),
    response(irs_action=IrsAction.IMPERFECT, irs_tried_contact=YesNo.NO),
    response(
        request_basis=RequestBasis.SECTION_6103, refusal_reason=RefusalReason.MISSING_DETAILS
    ),
    response(today=date(2026, 1, 1), items_withheld=frozenset({Item.DIF_SCORE_WORDS})),
    response(items_withheld=frozenset({Item.NOT_SURE})),
    response(request_basis=RequestBasis.NOT_SURE, irs_action=IrsAction.DENIED_ALL),
    request(request_received=date(2024, 12, 21)),
    clinic(records_owner=RecordsOwner.NOT_SURE, authorization_form=AuthorizationForm.NONE),
    Facts(
        path=Path.NO_ANSWER,
        today=TODAY,
        request_basis=RequestBasis.FOIA,
        request_received=date(2025, 1, 2),
        extension_notice=YesNo.NO,
    ),
    Facts(
        path=Path.NO_ANSWER,
        today=TODAY,
        request_basis=RequestBasis.FOIA,
        request_received=date(2025, 2, 25),
        extension_notice=YesNo.NOT_SURE,
    ),
    response(appeal_status=AppealStatus.UPHELD),
    response(appeal_status=AppealStatus.WAITING, appeal_received=date(2025, 2, 20)),
]

ALLOWED_CITATIONS = {v for v in vars(c).values() if isinstance(v, Citation)}
FACT_FIELDS = {f.name for f in dataclasses.fields(Facts)}


@pytest.mark.parametrize("facts", SAMPLES)
def test_contract(facts):
    result = determine(facts)
    snapshot = json.loads(json.dumps(result.to_dict()))
    assert Determination.from_dict(snapshot) == result
    assert set(result.data) == {
        "path",
        "stage",
        "response_due_reason",
        "appeal_deadline_reason",
        "appeal_decision_due",
        "route",
        "checklist",
        "missing",
        "not_confirmed",
        "response_due",
        "due_date_count",
        "items",
        "appeal_deadline",
        "key_dates",
        "report_context",
        "matter_status",
        "form_8821_last_day",
        "third_party_consent_last_day",
    }
    for finding in result.findings:
        assert set(finding.relied_on) <= FACT_FIELDS
        assert set(finding.citations) <= ALLOWED_CITATIONS
    assert determine(facts) == result
    assert result.headline.endswith(".")


def test_every_outcome_is_reachable():
    outcomes = {determine(facts).outcome for facts in SAMPLES}
    outcomes.add(determine(response(items_withheld=frozenset({Item.IRS_EMAILS}))).outcome)
    assert outcomes == set(Outcome)


def test_unknown_path_is_an_error():
    with pytest.raises(ValueError, match="Unknown path"):
        determine(Facts(path="other", today=TODAY))


# ---------------------------------------------------------------------------
# Path 2: "not sure" answers, what to ask, § 6103-only requests
# ---------------------------------------------------------------------------


def test_not_sure_what_was_withheld_is_unclear_and_worth_a_look():
    result = determine(response(items_withheld=frozenset({Item.NOT_SURE})))
    row = item_row(result, Item.NOT_SURE, "withheld")
    assert row["flag"] == Flag.UNCLEAR
    assert row["label"] == "Not sure what was withheld"
    assert row["citations"] == [
        "5 U.S.C. § 552(b) (flush language after para. (9))",
        "5 U.S.C. § 552(a)(6)(F)",
    ]
    assert "ask the IRS to say so" in row["ask"]
    assert result.outcome == Outcome.CONSIDER_APPEAL


def test_each_item_row_says_what_to_ask_only_where_there_is_something_to_ask():
    facts = response(
        items_withheld=frozenset(
            {
                Item.DIF_SCORE_WORDS,
                Item.REQUESTER_INFO,
                Item.FORM_CODE,
                Item.ASSET_LOCATOR_THIRD_PARTY,
            }
        ),
        items_released=frozenset({Item.EXAM_WORKPAPERS, Item.DIF_SCORE_OR_FORMULA}),
    )
    result = determine(facts)
    asks = {(row["item"], row["withheld_or_released"]): row["ask"] for row in result.data["items"]}
    assert asks[(Item.DIF_SCORE_WORDS, "withheld")].startswith(
        'Ask the IRS to release the words "DIF score"'
    )
    assert asks[(Item.REQUESTER_INFO, "withheld")].startswith("Ask the IRS to release")
    assert asks[(Item.FORM_CODE, "withheld")] == ""
    assert asks[(Item.ASSET_LOCATOR_THIRD_PARTY, "withheld")] == ""
    assert asks[(Item.EXAM_WORKPAPERS, "released")] == ""
    assert asks[(Item.DIF_SCORE_OR_FORMULA, "released")] == ""
    assert set(result.data["items"][0]) == {
        "item",
        "label",
        "withheld_or_released",
        "flag",
        "status",
        "exemption",
        "exemption_label",
        "reason",
        "ask",
        "citations",
    }


def test_asset_locator_withheld_points_out_the_clients_own_information():
    row = item_row(
        determine(response(items_withheld=frozenset({Item.ASSET_LOCATOR_THIRD_PARTY}))),
        Item.ASSET_LOCATOR_THIRD_PARTY,
        "withheld",
    )
    assert row["flag"] == Flag.LIKELY_PROPER
    assert "about the client rather than other people, ask for it" in row["reason"]


@pytest.mark.parametrize(
    ("basis", "action", "applies"),
    [
        (RequestBasis.SECTION_6103, IrsAction.RELEASED_PART, True),
        (RequestBasis.SECTION_6103, IrsAction.NO_RECORDS, True),
        (RequestBasis.SECTION_6103, IrsAction.RELEASED_ALL, False),
        (RequestBasis.NOT_SURE, IrsAction.DENIED_ALL, True),
        (RequestBasis.NOT_SURE, IrsAction.RELEASED_PART, False),
        (RequestBasis.FOIA, IrsAction.DENIED_ALL, False),
    ],
)
def test_when_a_section_6103_refusal_is_looked_at(basis, action, applies):
    assert section_6103_request_refused(basis, action) is applies
    facts = response(
        request_basis=basis, irs_action=action, refusal_reason=RefusalReason.NO_AUTHORIZATION
    )
    status = determine(facts).finding("section_6103_refusal").status
    assert (status != Status.NOT_APPLICABLE) is applies


def test_not_sure_of_the_law_with_everything_withheld_asks_about_the_refusal():
    facts = response(
        request_basis=RequestBasis.NOT_SURE,
        irs_action=IrsAction.DENIED_ALL,
        items_withheld=frozenset(),
        items_released=frozenset(),
        inconsistent_redactions=None,
        refusal_reason=RefusalReason.NO_RECORDS,
    )
    result = determine(facts)
    refusal = result.finding("section_6103_refusal")
    assert refusal.status == Status.UNCLEAR
    assert refusal.explanation.startswith("We do not know whether the request was made under")
    assert result.finding("closure_check").status == Status.UNCLEAR
    assert result.finding("appeal_window").status == Status.MET  # FOIA's window, with a note
    assert result.outcome == Outcome.CONSIDER_APPEAL


def test_section_6103_only_request_is_told_how_to_get_foia_rights():
    facts = response(
        request_basis=RequestBasis.SECTION_6103,
        items_withheld=frozenset({Item.DIF_DAS_REASON_CODE}),
        refusal_reason=RefusalReason.OTHER,
    )
    result = determine(facts)
    assert result.outcome == Outcome.APPEAL_RECOMMENDED
    assert result.headline.startswith("Challenge the IRS's answer")
    assert any("has no FOIA appeal" in step for step in result.next_steps)
    assert result.data["appeal_deadline"] is None


def test_contact_first_quotes_the_manual_as_the_report_does():
    facts = response(irs_action=IrsAction.IMPERFECT, irs_tried_contact=YesNo.NO)
    text = determine(facts).finding("contact_first").explanation
    assert (
        '"should make sufficient effort to contact the requester and ask for the missing' in text
    )


def test_due_date_finding_explains_when_the_count_starts_and_the_extension():
    text = determine(request()).finding("response_due").explanation
    assert "no later than ten days after it reaches any IRS office designated" in text
    assert 'up to 10 more working days in "unusual circumstances"' in text


def test_rule_module_imports_nothing_from_django():
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'django' or name.startswith('django.'):\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import questionnaires.irs_records_request.rules\n"
        "import questionnaires.irs_records_request.citations\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr


def test_route_warns_what_an_open_matter_lets_the_irs_hold_back():
    """Issue 15, point 3: § 6103(e)(7) and (b)(7)(A) while the matter is open; a criminal
    investigation needs a lawyer first."""
    finding = determine(request()).finding("route")
    assert "§ 6103(e)(7) lets it refuse return information" in finding.explanation
    assert "talk to a lawyer before sending any request" in finding.explanation
    assert {c.IRC_6103E7, c.FOIA_B7A} <= set(finding.citations)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 25]


@pytest.mark.parametrize("facts", SAMPLES)
def test_no_sentence_is_said_twice_in_the_next_steps_or_a_finding(facts):
    """Issue 15, point 9: no repeated sentences in the advice."""
    result = determine(facts)
    steps = [sentence for step in result.next_steps for sentence in _sentences(step)]
    assert len(steps) == len(set(steps))
    for finding in result.findings:
        sentences = _sentences(finding.explanation)
        assert len(sentences) == len(set(sentences)), finding.code


# ---------------------------------------------------------------------------
# Preparing a request: whether the matter is open decides what to expect
# ---------------------------------------------------------------------------


def test_an_open_matter_says_what_the_irs_may_hold_back():
    result = determine(request(matter_status=MatterStatus.OPEN))
    finding = result.finding("matter_open")
    assert finding.status == Status.MET
    assert "expect the IRS to hold back parts of the file" in finding.explanation
    assert {c.IRC_6103E7, c.FOIA_B7A} <= set(finding.citations)
    assert result.outcome == Outcome.READY  # an open matter does not stop the request
    assert result.data["matter_status"] == "open"
    # Said once: the route no longer repeats the open-matter paragraph.
    assert "If the examination, collection or criminal matter is still open" not in (
        result.finding("route").explanation
    )


def test_a_closed_matter_makes_b7a_a_ground_of_appeal():
    finding = determine(request(matter_status=MatterStatus.CLOSED)).finding("matter_open")
    assert finding.status == Status.NOT_MET
    assert "strong ground of appeal" in finding.explanation
    assert "unless another proceeding is still open or expected" in finding.explanation


def test_not_sure_whether_the_matter_is_open_is_unclear_and_a_next_step():
    result = determine(request(matter_status=MatterStatus.NOT_KNOWN))
    assert result.finding("matter_open").status == Status.UNCLEAR
    assert result.outcome == Outcome.READY
    assert any("Find out whether the examination" in step for step in result.next_steps)


def test_not_answered_keeps_the_conditional_open_matter_paragraph():
    result = determine(request())
    assert "matter_open" not in {finding.code for finding in result.findings}
    assert "If the examination, collection or criminal matter is still open" in (
        result.finding("route").explanation
    )
    assert result.data["matter_status"] is None


# ---------------------------------------------------------------------------
# I.R.C. § 6103(e)(8): only an assessed deficiency the IRS can still collect
# ---------------------------------------------------------------------------


def joint_debt(**overrides) -> Facts:
    """The client asks, alone, how the IRS collected the joint debt from a former spouse."""
    base = {
        "records_wanted": frozenset({RecordKind.ANOTHER_TAXPAYER}),
        "records_owner": RecordsOwner.ANOTHER_PERSON,
        "authorization_form": AuthorizationForm.NONE,
        "joint_collection_only": YesNo.YES,
        "joint_deficiency_collectible": YesNo.YES,
    }
    base.update(overrides)
    return request(**base)


def test_an_assessed_collectible_joint_deficiency_needs_no_consent():
    result = determine(joint_debt())
    assert result.outcome == Outcome.READY
    assert result.data["route"]["authority"] == "6103(e)(8)"
    assert result.finding("authorization").status == Status.NOT_APPLICABLE


def test_no_collectible_joint_deficiency_needs_the_other_spouses_consent():
    result = determine(joint_debt(joint_deficiency_collectible=YesNo.NO))
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert result.data["route"]["authority"] == "6103(c)"
    authorization = result.finding("authorization")
    assert authorization.status == Status.NOT_MET
    assert authorization.explanation.startswith("§ 6103(e)(8) does not help here")
    # Alongside the client's own file, the consent finding says the same.
    consent = determine(
        request(
            records_wanted=frozenset(
                {RecordKind.EXAM_COLLECTION_FILE, RecordKind.ANOTHER_TAXPAYER}
            ),
            third_party_consent=YesNo.NO,
            joint_collection_only=YesNo.YES,
            joint_deficiency_collectible=YesNo.NO,
        )
    ).finding("other_taxpayer_consent")
    assert consent.status == Status.NOT_MET
    assert "§ 6103(e)(8) does not help here" in consent.explanation


def test_not_sure_of_the_joint_deficiency_is_unclear_not_yes():
    result = determine(joint_debt(joint_deficiency_collectible=YesNo.NOT_SURE))
    authorization = result.finding("authorization")
    assert authorization.status == Status.UNCLEAR
    assert "can still collect it" in authorization.explanation
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert result.headline.startswith("Before sending the request, check that the IRS assessed")
    assert "§ 6103(e)(8) gives the client" in authorization.explanation
    consent = determine(
        request(
            records_wanted=frozenset(
                {RecordKind.EXAM_COLLECTION_FILE, RecordKind.ANOTHER_TAXPAYER}
            ),
            third_party_consent=YesNo.NO,
            joint_collection_only=YesNo.YES,
            joint_deficiency_collectible=YesNo.NOT_SURE,
        )
    ).finding("other_taxpayer_consent")
    assert consent.status == Status.UNCLEAR


def test_the_clinic_asking_under_6103e8_is_told_to_use_a_form_2848():
    finding = determine(joint_debt(requester=Requester.CLINIC)).finding("authorization")
    assert finding.status == Status.UNCLEAR
    assert "§ 6103(e)(6) lets the client's attorney in fact receive" in finding.explanation
    assert "use a Form 2848 or have the client sign the request" in finding.explanation
    assert c.IRC_6103E6 in finding.citations


# ---------------------------------------------------------------------------
# Who else § 6103(e) lets ask: estates, guardians, joint filers, a business's signers
# ---------------------------------------------------------------------------


def test_another_persons_records_name_the_estate_and_the_guardian():
    finding = determine(
        request(
            records_wanted=frozenset({RecordKind.EXAM_COLLECTION_FILE}),
            records_owner=RecordsOwner.ANOTHER_PERSON,
            authorization_form=AuthorizationForm.NONE,
        )
    ).finding("authorization")
    assert finding.status == Status.NOT_MET
    assert "the executor or administrator of the estate may ask" in finding.explanation
    assert {c.IRC_6103E3, c.IRC_6103E2} <= set(finding.citations)


def test_records_about_another_taxpayer_may_be_a_joint_return():
    finding = determine(
        request(
            records_wanted=frozenset(
                {RecordKind.EXAM_COLLECTION_FILE, RecordKind.ANOTHER_TAXPAYER}
            ),
            third_party_consent=YesNo.NO,
            joint_collection_only=YesNo.NO,
            penalty_others_only=YesNo.NO,
        )
    ).finding("other_taxpayer_consent")
    assert finding.status == Status.NOT_MET
    assert "either spouse may get a joint return" in finding.explanation
    assert c.IRC_6103E1B in finding.citations


def test_a_business_needs_its_own_signer_and_authorization():
    own = determine(request(records_owner=RecordsOwner.CLIENT_BUSINESS)).finding("route")
    assert "a shareholder of record owning 1 percent or more" in own.explanation
    assert c.IRC_6103E1D in own.citations
    finding = determine(clinic(records_owner=RecordsOwner.CLIENT_BUSINESS)).finding(
        "authorization"
    )
    assert "a form the client signed as an individual does not cover them" in (finding.explanation)


def test_not_sure_whether_the_records_are_a_joint_return_is_unclear_not_refused():
    facts = request(
        records_wanted=frozenset({RecordKind.EXAM_COLLECTION_FILE, RecordKind.ANOTHER_TAXPAYER}),
        third_party_consent=YesNo.NO,
        joint_return_records=YesNo.NOT_SURE,
        joint_collection_only=YesNo.NO,
        penalty_others_only=YesNo.NO,
    )
    consent = determine(facts).finding("other_taxpayer_consent")
    assert consent.status == Status.UNCLEAR
    assert "we do not know whether these records are about a joint return" in consent.explanation
    assert determine(facts).headline.startswith("Before sending the request, check whether")
    alone = determine(
        request(
            records_wanted=frozenset({RecordKind.ANOTHER_TAXPAYER}),
            records_owner=RecordsOwner.ANOTHER_PERSON,
            authorization_form=AuthorizationForm.NONE,
            joint_return_records=YesNo.NOT_SURE,
            joint_collection_only=YesNo.NO,
            penalty_others_only=YesNo.NO,
        )
    ).finding("authorization")
    assert alone.status == Status.UNCLEAR


# ---------------------------------------------------------------------------
# 26 C.F.R. § 301.6103(c)-1(b)(2): the IRS must receive a Form 8821 within 120 days of its
# signing (the request is received March 10, 2025; today is March 1, 2025)
# ---------------------------------------------------------------------------


def with_8821(signed: date | None, **overrides) -> Facts:
    return clinic(
        authorization_form=AuthorizationForm.FORM_8821, form_8821_signed=signed, **overrides
    )


def test_a_form_8821_arriving_on_its_120th_day_is_in_time():
    result = determine(with_8821(date(2024, 11, 10)))
    timing = result.finding("form_8821_timing")
    assert timing.status == Status.MET
    assert "must receive it by March 10, 2025 (120 days later)" in timing.explanation
    assert timing.citations == (c.REG_CONSENT_120_DAYS,)
    assert result.outcome == Outcome.READY
    assert result.data["form_8821_last_day"] == "2025-03-10"
    assert {
        "label": "Last day the IRS can receive the Form 8821",
        "date": "2025-03-10",
        "text": "March 10, 2025",
    } in result.data["key_dates"]


def test_a_form_8821_arriving_a_day_late_is_not_acted_on():
    result = determine(with_8821(date(2024, 11, 9)))
    timing = result.finding("form_8821_timing")
    assert timing.status == Status.NOT_MET
    assert "reaches the IRS on March 10, 2025, after that" in timing.explanation
    assert "sign and date a new Form 8821" in timing.explanation
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert timing.explanation in result.next_steps
    assert result.data["response_due"] is None


def test_a_form_8821_whose_120_days_have_passed_is_stale_whenever_it_is_sent():
    result = determine(with_8821(date(2024, 10, 1), request_received=None))
    timing = result.finding("form_8821_timing")
    assert timing.status == Status.NOT_MET
    assert "January 29, 2025 (120 days later). That day has passed." in timing.explanation
    assert result.data["form_8821_last_day"] == "2025-01-29"


def test_a_form_8821_signing_date_not_known_is_unclear():
    result = determine(with_8821(None))
    timing = result.finding("form_8821_timing")
    assert timing.status == Status.UNCLEAR
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert result.data["form_8821_last_day"] is None


def test_a_form_8821_signed_before_the_rule_began_is_unclear():
    timing = determine(with_8821(date(2009, 10, 18))).finding("form_8821_timing")
    assert timing.status == Status.UNCLEAR
    assert "before October 19, 2009" in timing.explanation


@pytest.mark.parametrize(
    "overrides",
    [
        {"authorization_form": AuthorizationForm.FORM_2848},
        {"authorization_form": AuthorizationForm.FORM_8821, "authorization_covers": YesNo.NO},
    ],
)
def test_the_120_days_are_checked_only_for_a_covering_form_8821(overrides):
    result = determine(clinic(form_8821_signed=date(2020, 1, 1), **overrides))
    assert "form_8821_timing" not in {finding.code for finding in result.findings}


def test_a_form_8821_the_irs_received_in_time_stays_in_time_after_its_120_days():
    """The request (with the form) reached the IRS on day 30; the 120 days have since run out,
    but the receipt, not today, is what the regulation measures."""
    facts = with_8821(date(2024, 10, 1), request_received=date(2024, 10, 31))
    assert facts.today > date(2025, 1, 29)
    timing = determine(facts).finding("form_8821_timing")
    assert timing.status == Status.MET
    assert "The IRS received the request, with a copy of the form, on October 31, 2024" in (
        timing.explanation
    )
    assert "Send it in time" not in timing.explanation


# ---------------------------------------------------------------------------
# The other taxpayer's consent is a § 6103(c) consent signed by the taxpayer the records are
# about (26 C.F.R. § 301.6103(c)-1(b)(1)): the same 120 days ((b)(2)). The request is received
# March 10, 2025; today is March 1, 2025.
# ---------------------------------------------------------------------------


def with_consent(signed: date | None, **overrides) -> Facts:
    given = {
        "records_wanted": EXAM_FILE | {RecordKind.ANOTHER_TAXPAYER},
        "third_party_consent": YesNo.YES,
        "third_party_consent_covers": YesNo.YES,
        "third_party_consent_signed": signed,
    }
    return request(**{**given, **overrides})


def test_the_other_taxpayers_consent_arriving_on_its_120th_day_is_in_time():
    result = determine(with_consent(date(2024, 11, 10)))
    timing = result.finding("other_taxpayer_consent_timing")
    assert timing.status == Status.MET
    assert "The other taxpayer signed the consent on November 10, 2024" in timing.explanation
    assert "must receive it by March 10, 2025 (120 days later)" in timing.explanation
    assert timing.citations == (c.REG_CONSENT_120_DAYS,)
    assert timing.relied_on == ("third_party_consent_signed", "request_received")
    assert result.outcome == Outcome.READY
    assert result.data["third_party_consent_last_day"] == "2025-03-10"
    assert result.data["form_8821_last_day"] is None
    assert {
        "label": "Last day the IRS can receive the other taxpayer's consent",
        "date": "2025-03-10",
        "text": "March 10, 2025",
    } in result.data["key_dates"]


def test_the_other_taxpayers_consent_arriving_a_day_late_is_not_acted_on():
    result = determine(with_consent(date(2024, 11, 9)))
    timing = result.finding("other_taxpayer_consent_timing")
    assert timing.status == Status.NOT_MET
    assert "reaches the IRS on March 10, 2025, after that" in timing.explanation
    assert "ask the other taxpayer to sign and date a new consent" in timing.explanation
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert "more than 120 days after they signed it" in result.headline
    assert timing.explanation in result.next_steps
    assert result.data["response_due"] is None
    # The consent itself is on file: only its timing fails.
    assert result.finding("other_taxpayer_consent").status == Status.MET


def test_the_other_taxpayers_consent_whose_120_days_have_passed_is_stale():
    result = determine(with_consent(date(2024, 10, 1), request_received=None))
    timing = result.finding("other_taxpayer_consent_timing")
    assert timing.status == Status.NOT_MET
    assert "January 29, 2025 (120 days later). That day has passed." in timing.explanation


def test_the_other_taxpayers_consent_signing_date_not_known_is_unclear():
    """Not known is unclear, never in time: the result says what decides it."""
    result = determine(with_consent(None))
    timing = result.finding("other_taxpayer_consent_timing")
    assert timing.status == Status.UNCLEAR
    assert "Check the date the other taxpayer signed and dated the consent" in (timing.explanation)
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert "check when the other taxpayer signed their consent" in result.headline
    assert result.data["third_party_consent_last_day"] is None


def test_the_other_taxpayers_consent_signed_before_the_rule_began_is_unclear():
    timing = determine(with_consent(date(2009, 10, 18))).finding("other_taxpayer_consent_timing")
    assert timing.status == Status.UNCLEAR
    assert "before October 19, 2009" in timing.explanation


def test_the_other_taxpayers_consent_the_irs_received_in_time_stays_in_time():
    facts = with_consent(date(2024, 10, 1), request_received=date(2024, 10, 31))
    timing = determine(facts).finding("other_taxpayer_consent_timing")
    assert timing.status == Status.MET
    assert "with a copy of the consent, on October 31, 2024" in timing.explanation


@pytest.mark.parametrize(
    "overrides",
    [
        # No consent relied on: none given, or records about a joint return (§ 6103(e)(1)(B)).
        {"third_party_consent": YesNo.NO, "joint_return_records": YesNo.YES},
        {"third_party_consent": YesNo.NOT_SURE},
        # Only the client's own records.
        {"records_wanted": EXAM_FILE},
    ],
)
def test_the_consents_120_days_are_checked_only_when_the_consent_is_relied_on(overrides):
    result = determine(with_consent(date(2020, 1, 1), **overrides))
    assert "other_taxpayer_consent_timing" not in {finding.code for finding in result.findings}
    assert result.data["third_party_consent_last_day"] is None


def test_a_form_8821_for_another_persons_records_is_signed_by_that_person():
    """The Form 8821 for another person's records is theirs to sign (§ 301.6103(c)-1(b)(1)):
    the finding does not say the client signed it."""
    result = determine(
        with_8821(
            date(2024, 11, 9),
            records_owner=RecordsOwner.ANOTHER_PERSON,
        )
    )
    timing = result.finding("form_8821_timing")
    assert timing.status == Status.NOT_MET
    assert timing.explanation.startswith("The other person signed the Form 8821")
    assert "have the other person sign and date a new Form 8821" in timing.explanation


@pytest.mark.parametrize(
    ("covers", "status", "outcome"),
    [
        (YesNo.YES, Status.MET, Outcome.READY),
        (YesNo.NO, Status.NOT_MET, Outcome.NEEDS_AUTHORIZATION),
        (YesNo.NOT_SURE, Status.UNCLEAR, Outcome.NEEDS_AUTHORIZATION),
        (None, Status.UNCLEAR, Outcome.NEEDS_AUTHORIZATION),
    ],
)
def test_the_other_taxpayers_consent_must_name_the_sender_and_cover_the_request(
    covers, status, outcome
):
    """26 C.F.R. § 301.6103(c)-1(b)(1): the consent names the designee, the information and
    the years; not sure (or not asked) is unclear, never covered."""
    result = determine(with_consent(date(2025, 2, 1), third_party_consent_covers=covers))
    consent = result.finding("other_taxpayer_consent")
    assert consent.status == status
    assert result.outcome == outcome
    if covers != YesNo.YES:
        assert c.REG_CONSENT_SIGNED_BY_TAXPAYER in consent.citations
    # The 120 days are checked whatever the answer on coverage.
    assert result.finding("other_taxpayer_consent_timing").status == Status.MET


def test_the_route_names_6103c_for_the_other_taxpayers_records():
    route = determine(with_consent(date(2025, 2, 1))).finding("route")
    assert "For the other taxpayer's records, also name § 6103(c)" in route.explanation
    assert c.IRC_6103C in route.citations
    own_only = determine(request()).finding("route")
    assert "also name § 6103(c)" not in own_only.explanation


@pytest.mark.parametrize("facts", SAMPLES)
def test_every_result_says_what_to_check_for_later_changes(facts):
    """The IRM's DIF guidance, later TIGTA reviews and the Form 8821 instructions could not be
    read in full: every result says so and what to check (the law is dated)."""
    caveats = " ".join(determine(facts).caveats)
    assert "check the current IRM 11.3.41 on IRS.gov" in caveats
    assert "IRM 11.3.13 (October 6, 2025)" in caveats
    assert "check tigta.gov" in caveats
    assert "Form 8821 instructions" in caveats


def test_a_consent_not_checked_for_coverage_or_date_says_to_check_both():
    result = determine(with_consent(None, third_party_consent_covers=YesNo.NOT_SURE))
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert result.headline.startswith("Before sending the request, check the other taxpayer's")
    assert "and when they signed it" in result.headline
    refused = determine(with_consent(date(2025, 2, 1), third_party_consent_covers=YesNo.NO))
    assert refused.headline.startswith(
        "Do not send the request yet: the other taxpayer's consent does not name"
    )

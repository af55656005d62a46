"""The IRS records request questionnaire through the wizard (Django test client)."""

import html
from datetime import date, timedelta

import pytest

from questionnaires.framework.encoding import form_data
from questionnaires.framework.forms import screening_as_of
from questionnaires.irs_records_request.wizard import QUESTIONNAIRE
from tests.factories import Intake

SLUG = "irs-records-request"

OWN_FILE = {
    "client_reference": "IRS-1",
    "path": "prepare_request",
    "records_wanted": ["exam_collection_file"],
    "records_owner": "client",
    "requester": "client",
    "records_description": "specific",
    "request_includes": ["signed", "identity", "fees"],
    "request_received": "2024-11-25",
}

PREPARE_STEPS = [
    "client",
    "path",
    "records_wanted",
    "records_owner",
    "requester",
    "records_description",
    "request_includes",
    "request_received",
    "case_status",
]


def recent(days_ago: int) -> str:
    return (date.today() - timedelta(days=days_ago)).isoformat()


NAMED_ITEMS = [
    "requester_info",
    "exam_workpapers",
    "irs_emails",
    "outside_services_info",
    "asset_locator_third_party",
    "dif_score_words",
    "dif_das_reason_code",
    "dif_score_or_formula",
    "form_code",
    "confidential_source",
    "other",
]


def marked(exemption: str) -> list[dict]:
    """The exemption marked on every item that could be withheld: the page keeps the rows
    for the items actually ticked and drops the rest."""
    return [{"item": item, "item_exemption": exemption} for item in NAMED_ITEMS]


PART_RELEASED = {
    "path": "review_response",
    "letter_date": recent(10),
    "request_basis": "foia",
    "irs_action": "released_part",
    "exemptions_cited": ["b7e"],
    "matter_status": "not_known",
    "request_signed_by": "client",
    "items_withheld": ["dif_score_words", "form_code"],
    "item_exemptions": marked("b7e"),
    "items_released": ["requester_info"],
    "inconsistent_redactions": "no",
    "appeal_status": "not_yet",
}

REVIEW_STEPS = ["client", "path", "letter_date", "request_basis", "irs_action"]


@pytest.fixture
def intake(staff_client):
    return Intake(staff_client, SLUG)


def page(response) -> str:
    return html.unescape(response.content.decode())


def go_to(intake: Intake, step: str) -> None:
    intake.url = intake.url.rstrip("/").rsplit("/", 1)[0] + f"/{step}/"


# ---------------------------------------------------------------------------
# Path 1: preparing a request
# ---------------------------------------------------------------------------


def test_client_asking_for_own_file_is_ready(intake):
    assert intake.answer_until_review(OWN_FILE) == PREPARE_STEPS
    record = intake.finish()
    assert record.outcome == "ready"
    assert record.client_reference == "IRS-1"
    data = record.determination["data"]
    assert data["route"]["request"] == "foia_6103"
    assert data["route"]["authority"] == "6103(e)"
    assert data["response_due"] == "2024-12-24"
    assert record.answers["request_received"] == "2024-11-25"


def test_returns_only_skips_the_request_questions(intake):
    answers = {**OWN_FILE, "records_wanted": ["returns_transcripts"]}
    assert intake.answer_until_review(answers) == ["client", "path", "records_wanted"]
    record = intake.finish()
    assert record.outcome == "use_other_channel"
    assert "Form 4506-T" in record.determination["headline"]


def test_clinic_with_form_2848_answers_the_authorization_pages(intake):
    answers = {
        **OWN_FILE,
        "requester": "clinic",
        "authorization_form": "form_2848",
        "authorization_covers": "yes",
    }
    visited = intake.answer_until_review(answers)
    assert visited == [
        *PREPARE_STEPS[:5],
        "authorization_form",
        "authorization_covers",
        *PREPARE_STEPS[5:],
    ]
    record = intake.finish()
    assert record.outcome == "ready"
    assert record.determination["data"]["route"]["request"] == "foia_6103"
    assert record.determination["data"]["route"]["authority"] == "6103(e)(6)"


def test_another_persons_records_without_authorization(intake):
    answers = {**OWN_FILE, "records_owner": "another_person", "authorization_form": "none"}
    visited = intake.answer_until_review(answers)
    assert "authorization_form" in visited and "authorization_covers" not in visited
    record = intake.finish()
    assert record.outcome == "needs_authorization"
    finding = next(f for f in record.determination["findings"] if f["code"] == "authorization")
    assert finding["status"] == "not_met"


def test_records_about_another_taxpayer_ask_for_their_consent(intake):
    answers = {
        **OWN_FILE,
        "records_wanted": ["exam_collection_file", "another_taxpayer"],
        "third_party_consent": "yes",
        "third_party_consent_covers": "yes",
        "third_party_consent_signed": "2024-10-01",
        "records_description": "broad_or_vague",
    }
    visited = intake.answer_until_review(answers)
    assert "third_party_consent" in visited and "authorization_form" not in visited
    record = intake.finish()
    assert record.outcome == "incomplete"


def test_none_of_these_with_another_choice_is_refused(intake):
    intake.answer_until_review(OWN_FILE)
    go_to(intake, "request_includes")
    response = intake.post({"request_includes": ["signed", "none"]})
    assert response.status_code == 200
    assert 'Select "None of these" on its own' in page(response)


def test_none_of_these_means_every_part_is_missing(intake):
    record = intake.complete({**OWN_FILE, "request_includes": ["none"]})
    assert record.outcome == "incomplete"
    checklist = record.determination["data"]["checklist"]
    assert {row["item"]: row["present"] for row in checklist}["A statement about fees"] is False


def test_unanswered_question_shows_how_to_fix_it(intake):
    intake.post({"client_reference": ""})
    response = intake.post({})
    assert intake.step == "path"
    assert "Select whether you are preparing a request or reviewing an answer" in page(response)


def test_changing_the_sender_from_the_review_brings_in_the_authorization(intake):
    intake.answer_until_review(OWN_FILE)
    assert intake.review().status_code == 200
    go_to(intake, "requester")
    intake.post({"requester": "clinic"})
    assert intake.step == "authorization_form"
    intake.post({"authorization_form": "form_8821"})
    assert intake.step == "authorization_covers"
    intake.post({"authorization_covers": "not_sure"})
    assert intake.step == "review"
    record = intake.finish()
    assert record.outcome == "needs_authorization"


def test_changing_to_returns_only_drops_the_later_answers(intake):
    intake.answer_until_review(OWN_FILE)
    assert intake.review().status_code == 200
    go_to(intake, "records_wanted")
    assert intake.change({"records_wanted": ["returns_transcripts"]}) > 0
    assert intake.step == "review"
    record = intake.finish()
    assert record.outcome == "use_other_channel"
    assert "records_owner" not in record.answers


def test_result_page_shows_the_checklist_and_due_date(intake, staff_client):
    record = intake.complete(OWN_FILE)
    html = staff_client.get(record.get_absolute_url()).content.decode()
    assert "What the request needs" in html
    assert "December 24, 2024" in html
    assert "TIGTA Rep. No. 2023-10-055, at 2 n.5" in html
    assert "Ready to send" in html


# ---------------------------------------------------------------------------
# Path 2: reviewing the IRS's answer
# ---------------------------------------------------------------------------


def test_part_released_with_dif_words_withheld_recommends_an_appeal(intake, staff_client):
    visited = intake.answer_until_review(PART_RELEASED)
    assert visited == [
        *REVIEW_STEPS,
        "exemptions_cited",
        "matter_status",
        "request_signed_by",
        "items_withheld",
        "item_exemptions",
        "items_released",
        "inconsistent_redactions",
        "appeal_status",
    ]
    record = intake.finish()
    assert record.outcome == "appeal_recommended"
    assert [row["item"] for row in record.answers["item_exemptions"]] == [
        "dif_score_words",
        "form_code",
    ]
    flags = {row["item"]: row["flag"] for row in record.determination["data"]["items"]}
    assert flags == {
        "dif_score_words": "likely_improper",
        "form_code": "likely_proper",
        "requester_info": "no_issue",
    }
    html = staff_client.get(record.get_absolute_url()).content.decode()
    assert "What the IRS withheld or released" in html
    assert '<strong class="tag tag--likely_improper">Likely improper</strong>' in html


def test_everything_released_asks_only_what_was_released(intake):
    answers = {**PART_RELEASED, "irs_action": "released_all", "items_released": ["none"]}
    assert intake.answer_until_review(answers) == [*REVIEW_STEPS, "items_released"]
    assert intake.finish().outcome == "no_issue_found"


def test_imperfect_closure_asks_whether_the_irs_tried_to_contact(intake):
    answers = {**PART_RELEASED, "irs_action": "imperfect", "irs_tried_contact": "no"}
    assert intake.answer_until_review(answers) == [
        *REVIEW_STEPS,
        "irs_tried_contact",
        "appeal_status",
    ]
    record = intake.finish()
    assert record.outcome == "consider_appeal"


def test_6103_refusal_asks_the_reason(intake):
    answers = {
        **PART_RELEASED,
        "request_basis": "section_6103",
        "irs_action": "denied_all",
        "exemptions_cited": ["not_sure"],
        "items_withheld": ["exam_workpapers"],
        "refusal_reason": "missing_details",
        "irs_tried_contact": "not_sure",
    }
    visited = intake.answer_until_review(answers)
    assert visited == [
        *REVIEW_STEPS,
        "exemptions_cited",
        "matter_status",
        "request_signed_by",
        "items_withheld",
        "item_exemptions",
        "refusal_reason",
        "irs_tried_contact",
    ]
    record = intake.finish()
    assert record.outcome == "consider_appeal"
    assert record.determination["data"]["appeal_deadline"] is None
    assert "§ 6103" in record.determination["data"]["appeal_deadline_reason"]


def test_old_letter_means_the_deadline_has_passed(intake):
    answers = {**PART_RELEASED, "letter_date": recent(120)}
    record = intake.complete(answers)
    assert record.outcome == "deadline_passed"
    assert "new request" in record.determination["headline"]


def test_letter_within_90_days_shows_the_deadline(intake):
    record = intake.complete({**PART_RELEASED, "letter_date": recent(90)})
    assert record.outcome == "appeal_recommended"
    assert record.determination["data"]["appeal_deadline"] == date.today().isoformat()


def test_bad_letter_date_is_refused_with_its_message(intake):
    intake.post({"client_reference": ""})
    intake.post({"path": "review_response"})
    response = intake.post({"letter_date": "2025-02-30"})
    assert response.status_code == 200
    assert "The date must be a real date" in page(response)


# ---------------------------------------------------------------------------
# Dates, flags and "not sure" answers through the wizard
# ---------------------------------------------------------------------------


def test_receipt_on_juneteenth_counts_from_the_next_working_day(intake, staff_client):
    record = intake.complete({**OWN_FILE, "request_received": "2025-06-19"})
    assert record.outcome == "ready"
    count = record.determination["data"]["due_date_count"]
    assert count["first_counted_day"] == "2025-06-20"
    assert count["due"] == "2025-07-18"
    assert count["due_if_received_next_working_day"] == "2025-07-21"
    assert [h["name"] for h in count["holidays_skipped"]] == ["Independence Day"]
    html = page(staff_client.get(record.get_absolute_url()))
    assert "Days the 20 working days do not count" in html
    assert "Independence Day, July 4, 2025" in html
    assert "July 18, 2025" in html


def test_year_end_receipt_skips_christmas_and_new_year_observed(intake):
    record = intake.complete({**OWN_FILE, "request_received": "2022-12-22"})
    count = record.determination["data"]["due_date_count"]
    assert [h["date"] for h in count["holidays_skipped"]] == [
        "2022-12-26",
        "2023-01-02",
        "2023-01-16",
    ]
    assert record.determination["data"]["response_due"] == "2023-01-24"


def test_clinic_without_authorization_and_unknown_owner_needs_authorization(intake):
    answers = {
        **OWN_FILE,
        "records_owner": "not_sure",
        "requester": "clinic",
        "authorization_form": "none",
    }
    visited = intake.answer_until_review(answers)
    assert "authorization_form" in visited and "authorization_covers" not in visited
    assert intake.finish().outcome == "needs_authorization"


def test_released_asset_locator_information_is_flagged_as_the_irs_error(intake, staff_client):
    answers = {
        **PART_RELEASED,
        "items_withheld": ["exam_workpapers"],
        "items_released": ["asset_locator_third_party"],
    }
    record = intake.complete(answers)
    assert record.outcome == "consider_appeal"
    rows = {row["item"]: row for row in record.determination["data"]["items"]}
    assert rows["asset_locator_third_party"]["flag"] == "irs_error"
    assert rows["exam_workpapers"]["flag"] == "worth_challenging"
    html = page(staff_client.get(record.get_absolute_url()))
    assert '<strong class="tag tag--irs_error">IRS error, not a ground for appeal</strong>' in html
    assert '<strong class="tag tag--worth_challenging">Worth challenging</strong>' in html
    assert "Ask the IRS to release the workpapers" in html


def test_not_sure_what_was_withheld_is_accepted(intake):
    record = intake.complete({**PART_RELEASED, "items_withheld": ["not_sure"]})
    assert record.outcome == "consider_appeal"
    rows = record.determination["data"]["items"]
    assert {(row["item"], row["flag"]) for row in rows} == {
        ("not_sure", "unclear"),
        ("requester_info", "no_issue"),
    }


def test_not_sure_of_the_law_and_everything_withheld_asks_the_refusal_reason(intake):
    answers = {
        **PART_RELEASED,
        "request_basis": "not_sure",
        "irs_action": "denied_all",
        "exemptions_cited": ["b3_6103"],
        "items_withheld": ["requester_info"],
        "refusal_reason": "no_authorization",
        "irs_tried_contact": "yes",
    }
    visited = intake.answer_until_review(answers)
    assert visited == [
        *REVIEW_STEPS,
        "exemptions_cited",
        "matter_status",
        "request_signed_by",
        "items_withheld",
        "item_exemptions",
        "refusal_reason",
        "irs_tried_contact",
        "appeal_status",
    ]
    record = intake.finish()
    assert record.outcome == "consider_appeal"
    contact = next(f for f in record.determination["findings"] if f["code"] == "contact_first")
    assert contact["status"] == "met"


def test_not_sure_of_the_law_with_part_released_does_not_ask_the_refusal_reason(intake):
    visited = intake.answer_until_review({**PART_RELEASED, "request_basis": "not_sure"})
    assert "refusal_reason" not in visited


def test_changing_the_law_from_the_review_brings_in_then_drops_the_refusal_reason(intake):
    answers = {**PART_RELEASED, "irs_action": "denied_all", "items_withheld": ["form_code"]}
    assert "refusal_reason" not in intake.answer_until_review(answers)
    assert intake.review().status_code == 200
    go_to(intake, "request_basis")
    assert intake.change({"request_basis": "section_6103"}) > 0
    assert intake.step == "refusal_reason"
    intake.post({"refusal_reason": "other"})
    assert intake.step == "review"
    assert "Reason for refusing" in page(intake.review())
    go_to(intake, "request_basis")
    assert intake.change({"request_basis": "foia"}) > 0
    # The appeal question set aside under section 6103 comes back with its answer.
    assert intake.step == "review"
    review = page(intake.review())
    assert "Reason for refusing" not in review
    assert "Came back: check" in review
    record = intake.finish()
    assert "refusal_reason" not in record.answers
    refusal = next(
        f for f in record.determination["findings"] if f["code"] == "section_6103_refusal"
    )
    assert refusal["status"] == "not_applicable"
    assert record.outcome == "no_issue_found"


# ---------------------------------------------------------------------------
# Issue 15: the unanswered request, the appeal, the matter's status, each item's exemption
# ---------------------------------------------------------------------------

NO_ANSWER = {
    "path": "no_answer",
    "request_received": recent(60),
    "request_basis": "foia",
    "extension_notice": "no",
}


def test_following_up_an_unanswered_request_asks_only_what_the_deadline_needs(intake):
    visited = intake.answer_until_review(NO_ANSWER)
    assert visited == [
        "client",
        "path",
        "request_received",
        "request_basis",
        "sent_to",
        "extension_notice",
        "clock_paused",
    ]
    record = intake.finish()
    assert record.outcome == "answer_overdue"
    assert record.determination["data"]["response_due"] is not None


def test_an_unanswered_request_cannot_have_been_received_in_the_future(intake):
    intake.post({"client_reference": ""})
    intake.post({"path": "no_answer"})
    response = intake.post({"request_received": (date.today() + timedelta(days=3)).isoformat()})
    assert response.status_code == 200
    assert "must be today or in the past" in page(response)


def test_a_request_being_prepared_may_be_received_in_the_future(intake):
    answers = {**OWN_FILE, "request_received": (date.today() + timedelta(days=3)).isoformat()}
    assert intake.complete(answers).outcome == "ready"


def test_the_letters_appeal_date_must_come_after_the_letter(intake):
    intake.post({"client_reference": ""})
    intake.post({"path": "review_response"})
    response = intake.post({"letter_date": recent(10), "letter_appeal_deadline": recent(20)})
    assert response.status_code == 200
    assert "The appeal date must be after the letter's date" in page(response)


def test_a_letter_dated_in_the_future_is_refused_at_the_field(intake):
    intake.post({"client_reference": ""})
    intake.post({"path": "review_response"})
    response = intake.post({"letter_date": (date.today() + timedelta(days=5)).isoformat()})
    assert response.status_code == 200
    assert "The date on the letter must be today or in the past" in page(response)


def test_the_letters_later_appeal_date_is_used(intake):
    later = (date.today() + timedelta(days=200)).isoformat()
    record = intake.complete(
        {**PART_RELEASED, "letter_date": recent(100), "letter_appeal_deadline": later}
    )
    assert record.outcome == "appeal_recommended"
    assert record.determination["data"]["appeal_deadline"] == later


def test_an_appeal_waiting_asks_when_the_irs_received_it(intake):
    answers = {
        **PART_RELEASED,
        "appeal_status": "waiting",
        "appeal_received": recent(5),
        "appeal_extension_notice": "not_sure",
    }
    visited = intake.answer_until_review(answers)
    assert visited[-3:] == ["appeal_status", "appeal_received", "appeal_extension_notice"]
    record = intake.finish()
    assert record.outcome == "awaiting_answer"
    assert record.determination["data"]["appeal_decision_due"] is not None


def test_an_appeal_cannot_be_received_before_the_letter(intake):
    answers = {**PART_RELEASED, "appeal_status": "waiting", "appeal_extension_notice": "no"}
    intake.answer_until_review({**answers, "appeal_received": recent(5)})
    go_to(intake, "appeal_received")
    response = intake.post({"appeal_received": recent(30)})
    assert response.status_code == 200
    assert "cannot have been received before the letter's date" in page(response)


def test_an_upheld_appeal_points_to_the_court(intake):
    record = intake.complete({**PART_RELEASED, "appeal_status": "upheld"})
    assert record.outcome == "court_review"


def test_each_withheld_item_gets_its_own_exemption_row(intake):
    answers = {
        **PART_RELEASED,
        "exemptions_cited": ["b6", "b7c"],
        "matter_status": "closed",
        "items_withheld": ["requester_info", "exam_workpapers"],
        "item_exemptions": [
            {"item": "exam_workpapers", "item_exemption": "not_sure"},
            {"item": "requester_info", "item_exemption": "b6"},
        ],
        "items_released": ["none"],
    }
    intake.answer_until_review(answers)
    go_to(intake, "item_exemptions")
    html = page(intake.review())
    assert "Information about the client or the client's business" in html
    assert "Examination workpapers" in html
    intake.answer_until_review(answers)
    record = intake.finish()
    flags = {row["item"]: row["flag"] for row in record.determination["data"]["items"]}
    assert flags == {"requester_info": "likely_improper", "exam_workpapers": "worth_challenging"}
    assert record.outcome == "appeal_recommended"


def test_an_item_row_without_its_exemption_is_refused(intake):
    intake.answer_until_review(PART_RELEASED)
    go_to(intake, "item_exemptions")
    response = intake.post({"item_exemptions": [{"item": "dif_score_words"}]})
    assert response.status_code == 200
    assert "Select the exemption marked on this item" in page(response)


def test_not_sure_what_was_withheld_asks_no_exemption_rows(intake):
    visited = intake.answer_until_review({**PART_RELEASED, "items_withheld": ["not_sure"]})
    assert "item_exemptions" not in visited and "matter_status" in visited


def test_no_records_asks_whether_the_client_can_prove_they_exist(intake):
    answers = {
        **PART_RELEASED,
        "irs_action": "no_records",
        "records_shown_to_exist": "yes",
    }
    visited = intake.answer_until_review(answers)
    assert "records_shown_to_exist" in visited and "items_withheld" not in visited
    assert intake.finish().outcome == "appeal_recommended"


def test_a_spouses_joint_debt_is_asked_when_there_is_no_consent(intake):
    answers = {
        **OWN_FILE,
        "records_wanted": ["exam_collection_file", "another_taxpayer"],
        "third_party_consent": "no",
        "joint_collection_only": "yes",
        "joint_deficiency_collectible": "yes",
    }
    visited = intake.answer_until_review(answers)
    assert "joint_collection_only" in visited
    assert intake.finish().outcome == "ready"


def test_a_signed_consent_does_not_ask_about_a_spouses_joint_debt(intake):
    answers = {
        **OWN_FILE,
        "records_wanted": ["exam_collection_file", "another_taxpayer"],
        "third_party_consent": "yes",
        "third_party_consent_covers": "yes",
    }
    assert "joint_collection_only" not in intake.answer_until_review(answers)


def test_result_page_shows_each_items_exemption_and_why_no_date_is_given(intake, staff_client):
    answers = {
        **PART_RELEASED,
        "request_basis": "section_6103",
        "irs_action": "denied_all",
        "items_withheld": ["requester_info"],
        "item_exemptions": [{"item": "requester_info", "item_exemption": "b7c"}],
        "refusal_reason": "other",
    }
    record = intake.complete(answers)
    html = page(staff_client.get(record.get_absolute_url()))
    assert "Exemption marked" in html and "(b)(7)(C)" in html
    assert "No appeal date: The request was made only under § 6103" in html
    assert html.count("3,423") == 1  # the report's figures are said once


def test_result_page_for_an_unanswered_request(intake, staff_client):
    record = intake.complete(NO_ANSWER)
    html = page(staff_client.get(record.get_absolute_url()))
    assert "Answer overdue" in html
    assert "FOIA Public Liaison" in html


# ---------------------------------------------------------------------------
# Whether the matter is open (preparing), the IRS's pause, the joint deficiency
# ---------------------------------------------------------------------------


def test_preparing_asks_whether_the_matter_is_open_and_uses_it(intake):
    record = intake.complete({**OWN_FILE, "case_status": "open"})
    assert record.outcome == "ready"
    data = record.determination["data"]
    assert data["matter_status"] == "open"
    codes = [finding["code"] for finding in record.determination["findings"]]
    assert "matter_open" in codes


def test_the_matter_question_offers_not_sure_and_may_be_left_blank(intake):
    record = intake.complete({**OWN_FILE, "case_status": "not_known"})
    finding = next(f for f in record.determination["findings"] if f["code"] == "matter_open")
    assert finding["status"] == "unclear"
    blank = Intake(intake.client, SLUG).complete(OWN_FILE)
    assert blank.determination["data"]["matter_status"] is None


def test_another_persons_records_do_not_ask_whether_the_matter_is_open(intake):
    answers = {
        **OWN_FILE,
        "records_wanted": ["another_taxpayer"],
        "records_owner": "another_person",
        "authorization_form": "form_8821",
        "authorization_covers": "yes",
    }
    assert "case_status" not in intake.answer_until_review(answers)


def test_a_pause_asks_its_dates_and_moves_the_due_date(intake):
    answers = {
        **NO_ANSWER,
        "request_received": recent(60),
        "clock_paused": "yes",
        "pause_asked": recent(55),
        "pause_reply_received": recent(5),
    }
    visited = intake.answer_until_review(answers)
    assert visited[-2:] == ["clock_paused", "pause_dates"]
    record = intake.finish()
    assert record.outcome == "awaiting_answer"
    due = date.fromisoformat(record.determination["data"]["response_due"])
    assert due > date.today()


def test_no_reply_yet_leaves_the_clock_stopped(intake):
    answers = {**NO_ANSWER, "clock_paused": "yes", "pause_asked": recent(50)}
    record = intake.complete(answers)
    assert record.outcome == "awaiting_answer"
    assert record.determination["data"]["response_due"] is None


def test_the_pause_dates_are_checked_against_each_other_and_the_screening_date(intake):
    intake.post({"client_reference": ""})
    intake.post({"path": "no_answer"})
    intake.post({"request_received": recent(30)})
    intake.post({"request_basis": "foia"})
    intake.post({})  # where it was sent: optional
    intake.post({"extension_notice": "no"})
    intake.post({"clock_paused": "yes"})
    response = intake.post({"pause_asked": recent(40)})
    assert "before it received it" in page(response)
    response = intake.post({"pause_asked": recent(20), "pause_reply_received": recent(25)})
    assert "cannot have arrived before the IRS's letter" in page(response)
    future = (date.today() + timedelta(days=2)).isoformat()
    response = intake.post({"pause_asked": recent(20), "pause_reply_received": future})
    assert "must be today or in the past" in page(response)


def test_a_6103_only_request_is_not_asked_about_a_pause(intake):
    answers = {**NO_ANSWER, "request_basis": "section_6103"}
    assert "clock_paused" not in intake.answer_until_review(answers)


def test_the_joint_debt_asks_whether_the_deficiency_can_still_be_collected(intake):
    answers = {
        **OWN_FILE,
        "records_wanted": ["another_taxpayer"],
        "records_owner": "another_person",
        "authorization_form": "none",
        "joint_collection_only": "yes",
        "joint_deficiency_collectible": "no",
    }
    visited = intake.answer_until_review(answers)
    assert "joint_deficiency_collectible" in visited
    assert "penalty_others_only" not in visited
    assert intake.finish().outcome == "needs_authorization"


# ---------------------------------------------------------------------------
# Round 3: an estate or ward, a joint return, where the request went, the notice's date,
# who signed the request answered
# ---------------------------------------------------------------------------


def test_an_executor_is_not_asked_for_an_authorization(intake):
    answers = {**OWN_FILE, "records_owner": "estate_or_ward"}
    visited = intake.answer_until_review(answers)
    assert "authorization_form" not in visited
    record = intake.finish()
    assert record.outcome == "incomplete"
    assert record.determination["data"]["route"]["authority"] == "6103(e)(2)-(3)"


def test_a_joint_return_is_asked_before_the_joint_debt(intake):
    answers = {
        **OWN_FILE,
        "records_wanted": ["exam_collection_file", "another_taxpayer"],
        "third_party_consent": "no",
        "joint_return_records": "yes",
    }
    visited = intake.answer_until_review(answers)
    assert "joint_return_records" in visited
    assert "joint_collection_only" not in visited
    assert intake.finish().outcome == "ready"


def test_where_the_request_went_is_asked_and_used(intake):
    answers = {**NO_ANSWER, "request_received": recent(30), "sent_to": "other_office"}
    visited = intake.answer_until_review(answers)
    assert "sent_to" in visited
    record = intake.finish()
    assert record.determination["data"]["path"] == "no_answer"


def test_the_notices_date_is_checked(intake):
    intake.post({"client_reference": ""})
    intake.post({"path": "no_answer"})
    intake.post({"request_received": recent(30)})
    intake.post({"request_basis": "foia"})
    intake.post({})  # where it was sent: optional
    response = intake.post({"extension_notice": "no", "extension_notice_date": recent(5)})
    assert 'Give the notice\'s date only if you answered "Yes"' in page(response)
    response = intake.post({"extension_notice": "yes", "extension_notice_date": recent(40)})
    assert "cannot be dated before the IRS received the request" in page(response)
    future = (date.today() + timedelta(days=2)).isoformat()
    response = intake.post({"extension_notice": "yes", "extension_notice_date": future})
    assert "must be today or in the past" in page(response)


def test_who_signed_the_request_is_asked_when_something_was_withheld(intake):
    answers = {**PART_RELEASED, "request_signed_by": "clinic_not_authorized"}
    visited = intake.answer_until_review(answers)
    assert visited[visited.index("matter_status") + 1] == "request_signed_by"
    record = intake.finish()
    assert record.answers["request_signed_by"] == "clinic_not_authorized"


CLINIC_WITH_8821 = {
    **OWN_FILE,
    "requester": "clinic",
    "authorization_form": "form_8821",
    "authorization_covers": "yes",
    "request_received": (date.today() + timedelta(days=3)).isoformat(),
}


def test_a_form_8821_asks_when_it_was_signed_and_diaries_the_last_day(intake):
    answers = {**CLINIC_WITH_8821, "form_8821_signed": recent(30)}
    visited = intake.answer_until_review(answers)
    assert visited == [
        *PREPARE_STEPS[:5],
        "authorization_form",
        "authorization_covers",
        "form_8821_signed",
        *PREPARE_STEPS[5:],
    ]
    record = intake.finish()
    assert record.outcome == "ready"
    last_day = (date.today() - timedelta(days=30) + timedelta(days=120)).isoformat()
    assert record.determination["data"]["form_8821_last_day"] == last_day
    assert any(row["date"] == last_day for row in record.determination["data"]["key_dates"])


def test_a_form_8821_signed_too_long_ago_is_not_ready(intake):
    record = intake.complete({**CLINIC_WITH_8821, "form_8821_signed": recent(200)})
    assert record.outcome == "needs_authorization"
    assert "more than 120 days" in record.determination["headline"]


def test_the_form_8821_date_may_be_left_blank_and_is_then_unclear(intake):
    record = intake.complete(CLINIC_WITH_8821)
    assert record.answers["form_8821_signed"] is None  # the page was shown and left blank
    assert record.outcome == "needs_authorization"
    assert "check when the client signed the Form 8821" in record.determination["headline"]
    assert record.determination["data"]["form_8821_last_day"] is None


def test_a_form_8821_signed_in_the_future_is_refused_at_the_field(intake):
    go_to_signed = {**CLINIC_WITH_8821, "form_8821_signed": recent(-2)}
    intake.post({"client_reference": ""})
    for step in ("path", "records_wanted", "records_owner", "requester"):
        intake.post({step: go_to_signed[step]})
    intake.post({"authorization_form": "form_8821"})
    intake.post({"authorization_covers": "yes"})
    assert intake.step == "form_8821_signed"
    response = intake.post({"form_8821_signed": go_to_signed["form_8821_signed"]})
    assert response.status_code == 200
    assert "must be today or in the past" in page(response)


def test_a_form_2848_is_not_asked_when_it_was_signed(intake):
    answers = {**CLINIC_WITH_8821, "authorization_form": "form_2848"}
    assert "form_8821_signed" not in intake.answer_until_review(answers)


# The other taxpayer's consent is a § 6103(c) consent: the IRS must receive it within 120 days
# of its signing (26 C.F.R. § 301.6103(c)-1(b)(1)-(2)).
WITH_CONSENT = {
    **OWN_FILE,
    "records_wanted": ["exam_collection_file", "another_taxpayer"],
    "third_party_consent": "yes",
    "third_party_consent_covers": "yes",
    "request_received": (date.today() + timedelta(days=3)).isoformat(),
}


def test_the_other_taxpayers_consent_asks_when_it_was_signed_and_diaries_the_last_day(intake):
    visited = intake.answer_until_review(
        {**WITH_CONSENT, "third_party_consent_signed": recent(10)}
    )
    at = visited.index("third_party_consent")
    assert visited[at + 1 : at + 3] == ["third_party_consent_covers", "third_party_consent_signed"]
    record = intake.finish()
    assert record.outcome == "ready"
    last_day = (date.today() - timedelta(days=10) + timedelta(days=120)).isoformat()
    data = record.determination["data"]
    assert data["third_party_consent_last_day"] == last_day
    assert data["form_8821_last_day"] is None
    assert any(row["date"] == last_day for row in data["key_dates"])
    codes = [f["code"] for f in record.determination["findings"]]
    assert (
        codes.index("other_taxpayer_consent_timing") == codes.index("other_taxpayer_consent") + 1
    )


def test_no_consent_is_not_asked_when_it_was_signed(intake):
    answers = {**WITH_CONSENT, "third_party_consent": "no", "joint_return_records": "yes"}
    assert "third_party_consent_signed" not in intake.answer_until_review(answers)


def test_the_other_taxpayers_consent_signed_too_long_ago_is_not_ready(intake):
    record = intake.complete({**WITH_CONSENT, "third_party_consent_signed": recent(130)})
    assert record.outcome == "needs_authorization"
    assert "more than 120 days after they signed it" in record.determination["headline"]
    assert record.determination["data"]["response_due"] is None


def test_the_other_taxpayers_consent_date_left_blank_is_unclear(intake):
    record = intake.complete(WITH_CONSENT)
    assert record.answers["third_party_consent_signed"] is None
    assert record.outcome == "needs_authorization"
    assert (
        "check when the other taxpayer signed their consent" in (record.determination["headline"])
    )
    assert record.determination["data"]["third_party_consent_last_day"] is None


def test_the_other_taxpayers_consent_signed_in_the_future_is_refused_at_the_field(intake):
    intake.post({"client_reference": ""})
    for step in ("path", "records_wanted", "records_owner", "requester"):
        intake.post({step: WITH_CONSENT[step]})
    intake.post({"third_party_consent": "yes"})
    intake.post({"third_party_consent_covers": "yes"})
    assert intake.step == "third_party_consent_signed"
    response = intake.post({"third_party_consent_signed": recent(-2)})
    assert response.status_code == 200
    assert "must be today or in the past" in page(response)


def test_a_consent_that_does_not_cover_the_request_is_not_ready(intake):
    answers = {**WITH_CONSENT, "third_party_consent_covers": "no"}
    record = intake.complete({**answers, "third_party_consent_signed": recent(10)})
    assert record.outcome == "needs_authorization"
    consent = next(
        f for f in record.determination["findings"] if f["code"] == "other_taxpayer_consent"
    )
    assert consent["status"] == "not_met"


# Another taxpayer's return withheld: whether the request came with their consent or was about
# a joint return decides whether § 6103 let the IRS give it (I.R.C. § 6103(c), (e)(1)(B)).
OTHER_RETURN_WITHHELD = {
    **PART_RELEASED,
    "client_reference": "IRS-1",
    "exemptions_cited": ["b3_6103"],
    "matter_status": "closed",
    "items_withheld": ["other_taxpayer_return"],
    "item_exemptions": [{"item": "other_taxpayer_return", "item_exemption": "b3_6103"}],
}


def test_another_taxpayers_return_withheld_asks_whether_they_consented(intake):
    answers = {**OTHER_RETURN_WITHHELD, "other_taxpayer_consent_given": "yes"}
    visited = intake.answer_until_review(answers)
    assert visited[visited.index("item_exemptions") + 1] == "other_taxpayer_consent_given"
    record = intake.finish()
    assert record.outcome in ("appeal_recommended", "consider_appeal")
    row = next(
        r for r in record.determination["data"]["items"] if r["item"] == "other_taxpayer_return"
    )
    assert row["flag"] == "worth_challenging"


def test_another_taxpayers_return_not_consented_is_likely_proper(intake):
    answers = {
        **OTHER_RETURN_WITHHELD,
        "other_taxpayer_consent_given": "no",
        "other_taxpayer_collection_right": "neither",
    }
    visited = intake.answer_until_review(answers)
    assert (
        visited[visited.index("other_taxpayer_consent_given") + 1]
        == "other_taxpayer_collection_right"
    )
    record = intake.finish()
    row = next(
        r for r in record.determination["data"]["items"] if r["item"] == "other_taxpayer_return"
    )
    assert row["flag"] == "likely_proper"


def test_a_trust_fund_penalty_request_for_others_collection_is_worth_challenging(intake):
    """I.R.C. § 6103(e)(9): the IRS "shall disclose in writing" who else it found liable for
    the penalty and what it collected from them, consent or not."""
    record = intake.complete(
        {
            **OTHER_RETURN_WITHHELD,
            "other_taxpayer_consent_given": "no",
            "other_taxpayer_collection_right": "trust_fund_penalty",
        }
    )
    row = next(
        r for r in record.determination["data"]["items"] if r["item"] == "other_taxpayer_return"
    )
    assert row["flag"] == "worth_challenging"
    assert record.outcome == "consider_appeal"


def test_the_collection_question_is_not_asked_after_a_consent(intake):
    answers = {**OTHER_RETURN_WITHHELD, "other_taxpayer_consent_given": "yes"}
    assert "other_taxpayer_collection_right" not in intake.answer_until_review(answers)


def test_the_consent_question_is_not_asked_without_another_taxpayers_return(intake):
    assert "other_taxpayer_consent_given" not in intake.answer_until_review(PART_RELEASED)


@pytest.mark.parametrize(
    ("step_name", "answers", "earlier", "field"),
    [
        ("form_8821_signed", {}, {}, "form_8821_signed"),
        ("third_party_consent_signed", {}, {}, "third_party_consent_signed"),
        ("request_received", {}, {"path": "no_answer"}, "request_received"),
        ("letter_date", {}, {}, "letter_date"),
        ("extension_notice", {"extension_notice": "yes"}, {}, "extension_notice_date"),
        ("pause_dates", {}, {}, "pause_asked"),
        ("pause_dates", {"pause_asked": "2020-01-02"}, {}, "pause_reply_received"),
        ("appeal_received", {}, {}, "appeal_received"),
    ],
)
def test_every_irs_date_that_has_happened_is_refused_in_the_future(
    step_name, answers, earlier, field
):
    """Each date of something that has happened is checked against the screening date
    (``refused_as_future``), and only that error is given for it."""

    step = QUESTIONNAIRE.step(step_name)
    given = {**answers, field: "2026-12-01"}
    with screening_as_of(date(2026, 11, 30)):
        form = step.bind(form_data(step, given), earlier)
        assert not form.is_valid()
        assert form.errors[field] == [
            error for error in form.errors[field] if "today or in the past" in error
        ]
        assert len(form.errors[field]) == 1
    with screening_as_of(date(2026, 12, 1)):
        form = step.bind(form_data(step, given), earlier)
        form.is_valid()
        assert field not in form.errors


def test_the_new_consent_questions_may_be_left_blank_and_are_then_not_known(intake):
    """Optional, so that answers written before they existed still screen; blank is not
    known (unclear), never yes."""
    record = intake.complete({**WITH_CONSENT, "third_party_consent_covers": ""})
    assert record.answers["third_party_consent_covers"] in ("", None)
    assert record.outcome == "needs_authorization"
    consent = next(
        f for f in record.determination["findings"] if f["code"] == "other_taxpayer_consent"
    )
    assert consent["status"] == "unclear"


def test_the_other_taxpayers_consent_on_review_may_be_left_blank(intake):
    record = intake.complete({**OTHER_RETURN_WITHHELD, "other_taxpayer_consent_given": ""})
    row = next(
        r for r in record.determination["data"]["items"] if r["item"] == "other_taxpayer_return"
    )
    assert row["flag"] == "unclear"

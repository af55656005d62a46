"""``manage.py screen irs-records-request``: JSON and text output, --today, --schema, bad
input."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.irs_records_request import test_wizard as wizard

SLUG = "irs-records-request"

REQUEST = {
    "path": "prepare_request",
    "records_wanted": ["exam_collection_file", "irs_emails"],
    "records_owner": "client",
    "requester": "clinic",
    "authorization_form": "form_2848",
    "authorization_covers": "yes",
    "records_description": "specific",
    "request_includes": ["signed", "identity", "fees"],
    "request_received": "2024-12-20",
}

RESPONSE = {
    "path": "review_response",
    "letter_date": "2025-01-02",
    "request_basis": "foia",
    "irs_action": "released_part",
    "exemptions_cited": ["b7"],
    "matter_status": "open",
    "request_signed_by": "client",
    "items_withheld": ["exam_workpapers", "dif_das_reason_code"],
    "item_exemptions": wizard.marked("b7"),
    "items_released": ["asset_locator_third_party"],
    "inconsistent_redactions": "not_sure",
    "appeal_status": "not_yet",
}


def screen(tmp_path, answers, *args) -> str:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    out = StringIO()
    call_command("screen", SLUG, "--answers", str(path), *args, stdout=out)
    return out.getvalue()


def test_request_as_json_with_the_due_date_across_the_holidays(tmp_path):
    document = json.loads(screen(tmp_path, REQUEST, "--today", "2024-12-01"))
    assert set(document) == {
        "questionnaire",
        "rules_version",
        "law_as_of",
        "outcome",
        "headline",
        "findings",
        "next_steps",
        "caveats",
        "data",
        "what_would_change",
        "thresholds",
    }
    assert document["questionnaire"] == SLUG
    assert document["outcome"] == "ready"
    assert document["data"]["route"]["code"] == "foia"
    # Christmas, New Year's Day and Martin Luther King Jr. Day are skipped.
    assert document["data"]["response_due"] == "2025-01-22"
    due = next(f for f in document["findings"] if f["code"] == "response_due")
    assert due["citations"] == [
        "5 U.S.C. § 552(a)(6)(A)(i)",
        "5 U.S.C. § 552(a)(6)(A)",
        "5 U.S.C. § 552(a)(6)(B)(i)",
    ]
    assert due["relied_on"] == ["request_received"]


@pytest.mark.parametrize(
    ("today", "outcome"),
    [("2025-04-02", "appeal_recommended"), ("2025-04-03", "deadline_passed")],
)
def test_today_decides_whether_the_appeal_window_is_open(tmp_path, today, outcome):
    document = json.loads(screen(tmp_path, RESPONSE, "--today", today))
    assert document["outcome"] == outcome
    assert document["data"]["appeal_deadline"] == "2025-04-02"
    flags = {row["item"]: row["flag"] for row in document["data"]["items"]}
    assert flags == {
        "exam_workpapers": "worth_challenging",
        "dif_das_reason_code": "likely_improper",
        "asset_locator_third_party": "irs_error",
    }


def test_text_format(tmp_path):
    text = screen(tmp_path, REQUEST, "--today", "2024-12-01", "--format", "text")
    assert "Outcome: ready" in text
    assert "January 22, 2025" in text
    assert "Source: 5 U.S.C. § 552(a)(6)(A)(i)" in text


def test_schema_lists_the_steps_and_when_they_apply():
    out = StringIO()
    call_command("screen", SLUG, "--schema", stdout=out)
    schema = json.loads(out.getvalue())
    steps = {step["step"]: step for step in schema["steps"]}
    assert steps["authorization_form"]["applies"].startswith("Applies when the clinic sends")
    assert steps["items_withheld"]["fields"][0]["type"] == "list of choices"
    assert "dif_score_words" in steps["items_withheld"]["fields"][0]["allowed_values"]
    assert steps["letter_date"]["fields"][0]["type"] == "date (YYYY-MM-DD)"


@pytest.mark.parametrize(
    ("answers", "args", "message"),
    [
        ({**RESPONSE, "favourite_colour": "blue"}, (), "favourite_colour"),
        ({**RESPONSE, "irs_action": "shrugged"}, (), "Select what the IRS did"),
        ({**RESPONSE, "letter_date": "02/01/2025"}, (), "YYYY-MM-DD"),
        ({**RESPONSE, "items_withheld": ["none", "form_code"]}, (), "None of these"),
        (RESPONSE, ("--today", "tomorrow"), "--today"),
    ],
)
def test_bad_input_is_refused_with_exit_code_2(tmp_path, answers, args, message):
    with pytest.raises(CommandError, match=message) as error:
        screen(tmp_path, answers, *args)
    assert error.value.returncode == 2


# ---------------------------------------------------------------------------
# Every outcome, and due dates across holidays, through the command
# ---------------------------------------------------------------------------

OWN_FILE = {
    **{name: answer for name, answer in wizard.OWN_FILE.items() if name != "client_reference"},
    "request_received": "2025-03-10",
}


@pytest.mark.parametrize(
    ("answers", "outcome"),
    [
        (OWN_FILE, "ready"),
        ({**OWN_FILE, "records_wanted": ["returns_transcripts"]}, "use_other_channel"),
        (
            {**OWN_FILE, "records_owner": "another_person", "authorization_form": "none"},
            "needs_authorization",
        ),
        ({**OWN_FILE, "request_includes": ["signed", "not_sure"]}, "incomplete"),
        (RESPONSE, "appeal_recommended"),
        (
            {**RESPONSE, "exemptions_cited": ["b7e"], "items_withheld": ["irs_emails"]},
            "consider_appeal",
        ),
        (
            {
                **RESPONSE,
                "exemptions_cited": ["b7e"],
                "items_withheld": ["dif_score_or_formula"],
                "inconsistent_redactions": "no",
            },
            "no_issue_found",
        ),
    ],
)
def test_each_outcome(tmp_path, answers, outcome):
    document = json.loads(screen(tmp_path, answers, "--today", "2025-03-01"))
    assert document["outcome"] == outcome


def test_incomplete_request_lists_what_is_missing(tmp_path):
    answers = {**OWN_FILE, "records_description": "broad_or_vague", "request_includes": ["none"]}
    document = json.loads(screen(tmp_path, answers, "--today", "2025-03-01"))
    assert document["outcome"] == "incomplete"
    assert document["data"]["missing"] == [
        "In writing and signed",
        "Records described specifically enough to find",
        "The requester's identity",
        "A statement about fees",
    ]
    assert document["headline"].startswith("The request is not ready yet; missing: in writing")


@pytest.mark.parametrize(
    ("received", "due", "skipped"),
    [
        ("2025-06-18", "2025-07-18", ["2025-06-19", "2025-07-04"]),  # Juneteenth, July 4
        ("2024-11-25", "2024-12-24", ["2024-11-28"]),  # Thanksgiving
        ("2021-12-23", "2022-01-25", ["2021-12-24", "2021-12-31", "2022-01-17"]),  # observed
        ("2023-12-29", "2024-01-30", ["2024-01-01", "2024-01-15"]),  # year end
    ],
)
def test_due_date_across_weekends_holidays_and_year_ends(tmp_path, received, due, skipped):
    answers = {**OWN_FILE, "request_received": received}
    document = json.loads(screen(tmp_path, answers, "--today", "2021-01-01"))
    assert document["data"]["response_due"] == due
    count = document["data"]["due_date_count"]
    assert [h["date"] for h in count["holidays_skipped"]] == skipped
    assert count["receipt_day_counted"] is False


def test_not_sure_is_offered_for_what_was_withheld_only(tmp_path):
    out = StringIO()
    call_command("screen", SLUG, "--schema", stdout=out)
    steps = {step["step"]: step for step in json.loads(out.getvalue())["steps"]}
    assert "not_sure" in steps["items_withheld"]["fields"][0]["allowed_values"]
    assert "not_sure" not in steps["items_released"]["fields"][0]["allowed_values"]
    assert "not sure which law" in steps["refusal_reason"]["applies"]
    with pytest.raises(CommandError) as error:
        screen(tmp_path, {**RESPONSE, "items_released": ["not_sure"]})
    assert error.value.returncode == 2


def test_dates_are_checked_against_the_screening_date_not_the_clock(tmp_path):
    """A letter after --today is an error at the field; one before it is accepted, even if
    it is after the real date (issue 15, point 9)."""
    answers = {**RESPONSE, "letter_date": "2030-01-02"}
    document = json.loads(screen(tmp_path, answers, "--today", "2030-03-01"))
    assert document["data"]["appeal_deadline"] == "2030-04-02"
    with pytest.raises(CommandError, match="must be today or in the past") as error:
        screen(tmp_path, answers, "--today", "2030-01-01")
    assert error.value.returncode == 2


def test_an_unanswered_request_can_be_followed_up_as_of_a_later_date(tmp_path):
    answers = {
        "path": "no_answer",
        "request_received": "2026-12-01",
        "request_basis": "foia",
        "extension_notice": "yes",
    }
    document = json.loads(screen(tmp_path, answers, "--today", "2027-01-20"))
    assert document["outcome"] == "answer_overdue"
    assert document["data"]["response_due"] == "2027-01-14"


def test_a_pause_for_information_moves_the_json_due_date(tmp_path):
    """The IRS stopped FOIA's clock (5 U.S.C. § 552(a)(6)(A)(ii)(I)-(II)): the days it waited
    are not counted; the pause's dates are checked against --today."""
    answers = {
        "path": "no_answer",
        "request_received": "2025-01-02",
        "request_basis": "foia",
        "extension_notice": "no",
        "clock_paused": "yes",
        "pause_asked": "2025-01-10",
        "pause_reply_received": "2025-01-22",
    }
    document = json.loads(screen(tmp_path, answers, "--today", "2025-02-10"))
    assert document["outcome"] == "awaiting_answer"
    assert document["data"]["response_due"] == "2025-02-12"
    finding = document["findings"][0]
    assert "5 U.S.C. § 552(a)(6)(A)(ii)(I)-(II)" in finding["citations"]
    assert {"clock_paused", "pause_asked", "pause_reply_received"} <= set(finding["relied_on"])
    with pytest.raises(CommandError, match="today or in the past"):
        screen(tmp_path, answers, "--today", "2025-01-20")
    # Answers written before these questions existed still screen, with the same keys.
    older = {key: answers[key] for key in list(answers)[:4]}
    document = json.loads(screen(tmp_path, older, "--today", "2025-03-01"))
    assert document["outcome"] == "answer_overdue"
    assert document["data"]["matter_status"] is None


def test_the_matter_status_when_preparing_is_in_the_json(tmp_path):
    document = json.loads(screen(tmp_path, {**REQUEST, "case_status": "closed"}))
    assert document["data"]["matter_status"] == "closed"
    assert document["data"]["route"]["code"] == "foia"
    matter = next(f for f in document["findings"] if f["code"] == "matter_open")
    assert matter["status"] == "not_met"
    schema = StringIO()
    call_command("screen", SLUG, "--schema", stdout=schema)
    steps = {step["step"]: step for step in json.loads(schema.getvalue())["steps"]}
    assert steps["case_status"]["fields"][0]["required"] is False
    assert steps["clock_paused"]["fields"][0]["allowed_values"] == ["yes", "no", "not_sure"]

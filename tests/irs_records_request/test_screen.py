"""``manage.py screen irs-records-request``: JSON and text output, --today, --schema, bad
input."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

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
    "items_withheld": ["exam_workpapers", "dif_das_reason_code"],
    "items_released": ["asset_locator_third_party"],
    "inconsistent_redactions": "not_sure",
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
    }
    assert document["questionnaire"] == SLUG
    assert document["outcome"] == "ready"
    assert document["data"]["route"]["code"] == "foia"
    # Christmas, New Year's Day and Martin Luther King Jr. Day are skipped.
    assert document["data"]["response_due"] == "2025-01-22"
    due = next(f for f in document["findings"] if f["code"] == "response_due")
    assert due["citations"] == ["5 U.S.C., § 552(a)(6)(A)(i)"]
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
    assert "Source: 5 U.S.C., § 552(a)(6)(A)(i)" in text


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

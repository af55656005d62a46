"""``manage.py screen``: the same forms and conditions as the wizard, a stable JSON
contract, and exit code 2 with a plain reason for bad input."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

SLUG = "irs-records-request"
ANSWERS = {
    "path": "prepare_request",
    "records_wanted": ["workpapers"],
    "records_owner": "client",
    "requester": "client",
    "records_description": "specific",
    "request_includes": ["signed", "identity", "fees"],
    "request_received": "2025-03-03",
}


def screen(tmp_path, answers, *options):
    path = tmp_path / "answers.json"
    path.write_text(answers if isinstance(answers, str) else json.dumps(answers))
    out = io.StringIO()
    call_command("screen", SLUG, "--answers", str(path), *options, stdout=out)
    return out.getvalue()


def bad_input(tmp_path, answers, *options) -> str:
    with pytest.raises(CommandError) as raised:
        screen(tmp_path, answers, *options)
    assert raised.value.returncode == 2
    return str(raised.value)


def test_the_json_contract(tmp_path):
    document = json.loads(screen(tmp_path, ANSWERS, "--today", "2025-03-10"))
    assert list(document) == [
        "questionnaire", "rules_version", "law_as_of", "outcome", "headline",
        "findings", "next_steps", "caveats", "data", "what_would_change", "thresholds",
    ]  # fmt: skip
    assert document["questionnaire"] == SLUG
    # Each answer that would change the result: what it is now, what it would be, and the
    # outcome and statuses then.
    assert document["what_would_change"]
    for change in document["what_would_change"]:
        assert list(change)[:6] == ["question", "now", "then", "outcome", "changes", "explanation"]
        assert isinstance(change["changes"], dict)
    finding = document["findings"][0]
    assert set(finding) == {"code", "status", "title", "explanation", "relied_on", "citations"}
    assert all(isinstance(c, str) for f in document["findings"] for c in f["citations"])


def test_the_same_answers_give_the_same_result(tmp_path):
    assert screen(tmp_path, ANSWERS, "--today", "2025-03-10") == screen(
        tmp_path, ANSWERS, "--today", "2025-03-10"
    )


def test_text_format_leads_with_the_outcome(tmp_path):
    text = screen(tmp_path, ANSWERS, "--format", "text", "--today", "2025-03-10")
    assert "Outcome: ready" in text and "not legal advice" in text


def test_answers_of_steps_that_do_not_apply_are_ignored(tmp_path):
    extra = {**ANSWERS, "letter_date": "2025-01-01"}
    assert json.loads(screen(tmp_path, extra))["outcome"] == "ready"


def test_schema_lists_steps_fields_and_when_they_apply():
    out = io.StringIO()
    call_command("screen", SLUG, "--schema", stdout=out)
    schema = json.loads(out.getvalue())
    steps = {step["step"]: step for step in schema["steps"]}
    assert steps["client"]["applies"] == "always"
    assert steps["letter_date"]["applies"].startswith("Applies when")
    path_field = steps["path"]["fields"][0]
    assert path_field["type"] == "choice" and "prepare_request" in path_field["allowed_values"]


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "must hold one JSON object"),
        ({**ANSWERS, "colour": "blue"}, "colour: is not a question in this questionnaire"),
        ({**ANSWERS, "records_wanted": "workpapers"}, "records_wanted: must be a list of choices"),
        ({**ANSWERS, "request_received": "3 March"}, "request_received: must be a date"),
        ({**ANSWERS, "request_received": "2025-02-30"}, "The date must be a real date"),
        ({**ANSWERS, "records_owner": {"x": 1}}, "records_owner: must be a single value"),
        ({"path": "prepare_request"}, "records_wanted:"),
        ({**ANSWERS, "path": "sideways"}, "path:"),
    ],
)
def test_bad_answers_name_the_field_and_exit_2(tmp_path, answers, reason):
    assert reason in bad_input(tmp_path, answers)


def test_a_huge_file_is_refused(tmp_path):
    assert "larger than" in bad_input(tmp_path, '{"x": "' + "a" * 1_100_000 + '"}')


def test_unknown_questionnaire_and_bad_today_exit_2(tmp_path):
    with pytest.raises(CommandError) as raised:
        call_command("screen", "no-such", "--schema")
    assert raised.value.returncode == 2 and "Known:" in str(raised.value)
    assert "--today" in bad_input(tmp_path, ANSWERS, "--today", "yesterday")

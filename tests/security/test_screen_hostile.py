"""``manage.py screen`` given hostile answers: malformed JSON, unknown fields, wrong types,
absurd numbers, deep nesting, a huge file. Always exit code 2 with a plain reason, never a
traceback. (The everyday bad-input cases are in tests/framework/test_screen_command.py.)"""

import io
import json
import sys

import pytest
from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from questionnaires.framework import registry
from questionnaires.management.commands.screen import MAX_ANSWERS_FILE_BYTES
from tests.framework.test_screen_command import ANSWERS
from tests.security.production import manage

SLUGS = [q.slug for q in registry.all_questionnaires()]
SLUG = "irs-records-request"
#: Valid answers that reach every question the hostile cases below replace.
VALID = ANSWERS


def valid_with(**answers) -> str:
    return json.dumps({**VALID, **answers})


# The s 23AG questionnaire reads from the database which income years have a rate table
# (through a cache that another test may have cleared), so every screening may query it.
pytestmark = pytest.mark.django_db

HOSTILE = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def screen(tmp_path, text: str, slug: str = SLUG) -> str:
    path = tmp_path / "answers.json"
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    call_command("screen", slug, "--answers", str(path), stdout=out)
    return out.getvalue()


def refused(tmp_path, text: str, slug: str = SLUG) -> str:
    with pytest.raises(CommandError) as raised:
        screen(tmp_path, text, slug)
    assert raised.value.returncode == 2
    return str(raised.value)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "not valid JSON"),
        ("\ufeff{}", "not valid JSON"),
        ('{"path": "prepare_request",}', "not valid JSON"),
        ("null", "must hold one JSON object"),
        ('"a string"', "must hold one JSON object"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"path": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        ('{"path": ' + "9" * 5000 + "}", "number too long"),
        ('{"path": NaN}', "path:"),
        ('{"records_wanted": [1e999]}', "records_wanted: must be a list of choices"),
        ('{"request_received": ["2025-01-01"]}', "request_received: must be a date"),
        (valid_with(request_received="2025-02-30"), "The date must be a real date"),
        (valid_with(request_received="9999-12-31"), "The year must be before"),
        (valid_with(request_received="0001-01-01"), "The year must be 1900 or later"),
        ('{"path": {"nested": {"deeper": 1}}}', "path: must be a single value"),
        ('{"": 1, "__proto__": 2}', "is not a question in this questionnaire"),
        ('{"client_reference": "bad\\u0000ref"}', "control characters"),
        ('{"client_reference": "' + "x" * 101 + '"}', "100 characters or fewer"),
    ],
)
def test_hostile_answers_are_refused_with_a_reason(tmp_path, text, reason):
    assert reason in refused(tmp_path, text)


def test_absurd_money_and_too_many_rows_are_refused(tmp_path):
    slug = "foreign-employment-income"
    schema = io.StringIO()
    call_command("screen", slug, "--schema", stdout=schema)
    steps = {step["step"]: step for step in json.loads(schema.getvalue())["steps"]}
    row = {"absence_start": "2004-12-23", "absence_end": "2005-01-19"}
    assert steps["absences"]["fields"][0]["max_rows"] == 30
    text = json.dumps({"absences": [row] * 31, "other_assessable_income": "-1e9"})
    reason = refused(tmp_path, text, slug)
    assert "absences" in reason and "remove some" in reason
    reason = refused(tmp_path, json.dumps({"absences": [[1]]}), slug)
    assert "absences: must be a list of objects" in reason


def test_a_file_that_is_not_text_is_refused(tmp_path):
    path = tmp_path / "answers.json"
    path.write_bytes(b"\xff\xfe\x00{")
    with pytest.raises(CommandError) as raised:
        call_command("screen", SLUG, "--answers", str(path), stdout=io.StringIO())
    assert raised.value.returncode == 2 and "Cannot read the answers file" in str(raised.value)


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(CommandError) as raised:
        call_command("screen", SLUG, "--answers", str(tmp_path / "none.json"))
    assert raised.value.returncode == 2 and "Cannot read the answers file" in str(raised.value)


def test_huge_input_on_standard_input_is_refused(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("{" + " " * MAX_ANSWERS_FILE_BYTES + "}"))
    with pytest.raises(CommandError) as raised:
        call_command("screen", SLUG, "--answers", "-", stdout=io.StringIO())
    assert raised.value.returncode == 2 and "too large" in str(raised.value)


# Any JSON at all ---------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


def field_names(slug: str) -> list[str]:
    return [name for step in registry.get(slug).intake_steps for name in step.field_names()]


@pytest.mark.parametrize("slug", SLUGS)
@HOSTILE
@given(data=st.data())
def test_any_json_answers_give_a_result_or_exit_2(tmp_path, slug, data):
    names = st.one_of(st.sampled_from(field_names(slug)), st.text(max_size=10))
    answers = data.draw(st.dictionaries(names, json_values, max_size=8), label="answers")
    try:
        document = json.loads(screen(tmp_path, json.dumps(answers), slug))
    except CommandError as error:
        assert error.returncode == 2
        assert str(error).strip()
    else:
        assert document["questionnaire"] == slug and document["outcome"]


@HOSTILE
@given(text=st.text(max_size=200))
def test_any_text_at_all_gives_a_result_or_exit_2(tmp_path, text):
    try:
        screen(tmp_path, text)
    except CommandError as error:
        assert error.returncode == 2


# As staff run it: exit code 2 and one line of reason, no traceback ---------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"colour": "blue"}', "colour: is not a question"),
        ('{"records_wanted": "workpapers"}', "records_wanted: must be a list of choices"),
        ('{"x": "' + "a" * (MAX_ANSWERS_FILE_BYTES + 1) + '"}', "larger than"),
    ],
    ids=["malformed", "deep", "unknown field", "wrong type", "huge"],
)
def test_the_command_line_exits_2_without_a_traceback(tmp_path, content, reason):
    path = tmp_path / "answers.json"
    path.write_text(content)
    result = manage("screen", SLUG, "--answers", str(path), DJANGO_DEBUG="false")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert result.stderr.startswith("CommandError: ") and reason in result.stderr

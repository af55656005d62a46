"""Hypothesis strategies for hostile form posts, and the wizard positions to post them at."""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass

from django import forms
from django.contrib.auth import SESSION_KEY
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import strategies as st

from bench.flows import FLOWS
from questionnaires.framework import registry
from questionnaires.framework.encoding import form_data
from questionnaires.framework.screening import walk_data
from questionnaires.framework.wizard import ISSUED_KEY, REVIEW
from questionnaires.models import CaseRecord
from tests.factories import Intake, page_fields

ACTIONS = ["continue", "back", "save_draft", "add_row"]

# Values ------------------------------------------------------------------------------------

any_text = st.text(st.characters(codec="utf-8"), max_size=40)
control_characters = st.text(
    st.characters(codec="utf-8", max_codepoint=31), min_size=1, max_size=6
)
long_text = st.builds(
    lambda char, size: char * size, st.sampled_from("a9 \n<é"), st.integers(200, 20_000)
)
odd_numbers = st.sampled_from(
    [
        "NaN", "sNaN", "-sNaN", "Infinity", "-Infinity", "1e999999", "-1e-999999", "1E+3",
        "-0", "-1", "0x10", "١٢٣", "1,000,000,000", "$-5", "100000000.01", "0.001",
        "99999999999999999999999", "9" * 5000, " ", "", "\x00", "None", "[]", "{}",
    ]
)  # fmt: skip
numbers = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    odd_numbers,
)
scalar = st.one_of(any_text, control_characters, long_text, numbers)


def values_for(field: forms.Field | None):
    """Hostile values, with the field's own valid choices mixed in so some posts pass."""
    options = [scalar]
    if isinstance(field, forms.ChoiceField) and field.choices:
        options.insert(0, st.sampled_from([str(value) for value, _ in field.choices]))
    one = st.one_of(*options)
    # Several values for one name (a list where one is expected, or the reverse).
    return st.one_of(one, st.lists(one, min_size=0, max_size=3))


def field_keys(prefix: str, name: str, field: forms.Field) -> list[str]:
    if isinstance(field.widget, forms.MultiWidget):
        return [f"{prefix}-{name}_{part}" for part in ("day", "month", "year")]
    return [f"{prefix}-{name}"]


@st.composite
def hostile_post(draw, step) -> dict:
    """A POST for ``step``: its own field names with hostile values (some left out), a
    forged or missing management form for a repeated question, stray fields, an odd
    action, now and then a file."""
    data: dict = {}

    def put(key, field):
        if draw(st.integers(0, 5)) > 0:  # now and then leave a field out
            data[key] = draw(values_for(field))

    prefix = step.name
    if step.is_formset:
        management = st.one_of(st.integers(-3, 40).map(str), st.sampled_from(["1000000"]), scalar)
        for key in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS"):
            if draw(st.booleans()):
                data[f"{prefix}-{key}"] = draw(management)
        rows = draw(st.lists(st.sampled_from([0, 1, 2, 3, 29, 30, 31, 1000]), max_size=4))
        for row in rows:
            for name, field in step.form_class.form.base_fields.items():
                for key in field_keys(f"{prefix}-{row}", name, field):
                    put(key, field)
            put(f"{prefix}-{row}-DELETE", None)
    else:
        for name, field in step.form_class.base_fields.items():
            for key in field_keys(prefix, name, field):
                put(key, field)
    data.update(draw(st.dictionaries(any_text.filter(bool), values_for(None), max_size=3)))
    action = draw(st.one_of(st.none(), st.sampled_from(ACTIONS), any_text))
    if action is not None:
        data["wizard_action"] = action
    if draw(st.integers(0, 9)) == 0:
        data[f"{prefix}-upload"] = SimpleUploadedFile("a.txt", b"\x00\xff" * 100)
    return data


# Positions in the wizard ---------------------------------------------------------------------


@dataclass
class Position:
    """The wizard's stored state (its record's ``wizard_state``) just before ``step`` is
    answered."""

    slug: str
    step: str
    storage: dict


_positions: dict[str, list[Position]] = {}


def positions(client, slug: str) -> list[Position]:
    """One position per step of the questionnaire (and one at its review), reached by
    driving the benchmark's flows through the wizard; computed once per test run."""
    if slug not in _positions:
        found: dict[str, Position] = {}
        for flow in FLOWS[slug]:
            intake = Intake(client, slug)
            answers = {"client_reference": "", **flow.answers}
            for _ in range(60):
                client.get(intake.url)
                record = CaseRecord.objects.filter(pk=intake.intake_id).first()
                storage = copy.deepcopy(record.wizard_state) if record else {}
                found.setdefault(intake.step, Position(slug, intake.step, storage))
                if intake.step == REVIEW:
                    break
                assert intake.post(answers).status_code == 302
        _positions[slug] = list(found.values())
    return _positions[slug]


def place(client, position: Position) -> str:
    """A fresh intake of the client's user at ``position``; its step URL."""
    start = client.get(reverse("questionnaires:start", args=[position.slug])).url
    intake = uuid.UUID(start.rstrip("/").rsplit("/", 2)[1])
    if position.storage:
        CaseRecord.objects.create(
            pk=intake,
            questionnaire=position.slug,
            created_by_id=client.session[SESSION_KEY],
            wizard_state=copy.deepcopy(position.storage),
            version=1,
        )
        # As the wizard does when it creates the record: the intake is started.
        session = client.session
        session[ISSUED_KEY] = [i for i in session[ISSUED_KEY] if i != str(intake)]
        session.save()
    return reverse("questionnaires:step", args=[position.slug, intake, position.step])


def with_page_fields(client, url: str, post: dict) -> dict:
    """``post`` with the hidden fields of the page at ``url`` (its fingerprint), as a
    browser sends them, unless the post brings its own."""
    response = client.get(url)
    fields = page_fields(response.content.decode()) if response.status_code == 200 else {}
    return {**fields, **post}


# What must always hold -------------------------------------------------------------------------


def assert_handled(response):
    """Never a server error; a page with an error on it, a redirect within the app, or a
    client error (bad request, forbidden, not found, method not allowed)."""
    status = response.status_code
    assert status in (200, 302, 400, 403, 404, 405), status
    if status == 200:
        assert "<title>Error: " in response.content.decode()
    if status == 302:
        assert response.url.startswith("/") and not response.url.startswith("//")


def assert_opens(response):
    """A page opened with GET: shown, or a redirect to the page to show."""
    assert response.status_code in (200, 302), response.status_code


def assert_answers_valid(record: CaseRecord):
    """A stored record's answers pass the same forms and conditions again."""
    questionnaire = registry.get(record.questionnaire)
    answers = {"client_reference": record.client_reference, **record.answers}

    state = walk_data(
        questionnaire.intake_steps,
        {
            step.name: form_data(step, answers)
            for step in questionnaire.intake_steps
            if any(name in answers for name in step.field_names())
        },
    )
    assert not state.invalid, {name: form.errors for name, form in state.invalid.items()}
    if record.is_complete:
        assert state.complete

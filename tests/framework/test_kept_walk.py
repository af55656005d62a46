"""The kept walk (what the wizard runs on each request) gives exactly what a full walk
gives: the same steps apply, with the same answers, the same first step needing an
answer and the same answers in words, on random answers for every questionnaire, also
when the results it keeps came from other answers."""

from datetime import date, timedelta

import pytest
from django import forms
from django.utils.datastructures import MultiValueDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.flows import FLOWS
from questionnaires.framework import registry
from questionnaires.framework.answers import to_json
from questionnaires.framework.encoding import form_data
from questionnaires.framework.forms import (
    YES_NO,
    MemorableDateField,
    MoneyField,
    RadiosField,
    StepForm,
    TextField,
)
from questionnaires.framework.registry import Step
from questionnaires.framework.screening import walk, walk_data, walk_kept

SLUGS = sorted(q.slug for q in registry.all_questionnaires() if q.slug in FLOWS)

TEXTS = ["", "x", "A short answer", "\x01"]
AMOUNTS = ["", "0", "1250.50", "60300", "-1", "12.345", "lots"]


def as_lists(data: dict) -> dict[str, list[str]]:
    """Form data as the wizard stores it: every key with a list of values."""
    return {key: value if isinstance(value, list) else [str(value)] for key, value in data.items()}


def field_values(draw, field: forms.Field, key: str) -> dict[str, list[str]]:
    """Random posted values for one field: valid, empty or wrong."""
    if isinstance(field, MemorableDateField):
        if draw(st.booleans()):
            return {}
        day = draw(st.dates(date(1899, 12, 1), date.today() + timedelta(days=400)))
        parts = {"day": str(day.day), "month": str(day.month), "year": str(day.year)}
        if draw(st.integers(0, 9)) == 0:
            parts["day"] = "31"  # not always a real date
        return {f"{key}_{part}": [value] for part, value in parts.items()}
    if isinstance(field, forms.MultipleChoiceField):
        values = [value for value, _ in field.choices]
        return {key: draw(st.lists(st.sampled_from(values), unique=True, max_size=3))}
    if isinstance(field, forms.ChoiceField):
        values = [value for value, _ in field.choices] + ["", "forged"]
        return {key: [draw(st.sampled_from(values))]}
    if isinstance(field, MoneyField):
        return {key: [draw(st.sampled_from(AMOUNTS))]}
    return {key: [draw(st.sampled_from(TEXTS))]}


@st.composite
def answer_sets(draw, slug: str) -> dict[str, dict]:
    """Form data by step: a benchmark flow's answers, with random steps left out and
    random fields given other values (rows of repeated questions included)."""
    questionnaire = registry.get(slug)
    flow = draw(st.sampled_from(FLOWS[slug]))
    answers = {"client_reference": "P-1", **flow.answers}
    data_by_step = {}
    for step in questionnaire.intake_steps:
        choice = draw(st.sampled_from(["flow", "flow", "flow", "none", "random"]))
        if choice == "none":
            continue
        data = as_lists(form_data(step, answers))
        if choice == "random":
            if step.is_formset:
                rows = draw(st.integers(0, 2))
                index = draw(st.integers(0, max(rows - 1, 0)))
                data[f"{step.name}-TOTAL_FORMS"] = [str(max(rows, 1))]
                for name, field in step.form_class.form.base_fields.items():
                    if name != step.form_class.key_field and draw(st.booleans()):
                        data.update(field_values(draw, field, f"{step.name}-{index}-{name}"))
            else:
                fields = step.form_class.base_fields
                for name in draw(st.lists(st.sampled_from(list(fields)), max_size=3)):
                    key = f"{step.name}-{name}"
                    data = {k: v for k, v in data.items() if not k.startswith(key)}
                    data.update(field_values(draw, fields[name], key))
        data_by_step[step.name] = data
    return data_by_step


def full_walk(steps, data_by_step):
    return walk_data(steps, {name: MultiValueDict(d) for name, d in data_by_step.items()})


def kept_walk(steps, data_by_step, kept):
    def bound_form(step, answers_before):
        return step.bind(MultiValueDict(data_by_step[step.name]), answers_before)

    return walk_kept(steps, lambda step: data_by_step.get(step.name), bound_form, kept)


def assert_same(kept, full):
    assert kept.applicable_names == full.applicable_names
    assert kept.answers == full.answers
    assert kept.answers_before == full.answers_before
    assert kept.first_needing_answer == full.first_needing_answer
    assert kept.in_words() == full.in_words()


@pytest.mark.django_db
@pytest.mark.parametrize("slug", SLUGS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_kept_walk_gives_what_a_full_walk_gives(slug, data):
    steps = registry.get(slug).intake_steps
    earlier = data.draw(answer_sets(slug), label="earlier answers")
    later = data.draw(answer_sets(slug), label="later answers")
    first = kept_walk(steps, earlier, {})
    assert_same(first, full_walk(steps, earlier))
    # The next request: the results kept from other answers are used only where they fit.
    assert_same(kept_walk(steps, later, first.kept), full_walk(steps, later))
    # The same answers again: nothing is validated again, and nothing differs.
    again = kept_walk(steps, later, kept_walk(steps, later, first.kept).kept)
    assert again.forms == {} and again.invalid == {}
    assert_same(again, full_walk(steps, later))


@pytest.mark.django_db
@pytest.mark.parametrize("slug", SLUGS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_walk_resumed_after_one_step_changed_gives_what_a_full_walk_gives(slug, data):
    """What a POST does: the walk before the page was sent, resumed at that page once
    only its data has changed (the page may apply or not, be answered or not, before or
    after the change)."""
    steps = registry.get(slug).intake_steps
    earlier = data.draw(answer_sets(slug), label="earlier answers")
    other = data.draw(answer_sets(slug), label="other answers")
    before = kept_walk(steps, earlier, {})
    name = data.draw(st.sampled_from(before.applicable_names), label="page sent")
    changed = {**earlier}
    if name in other:
        changed[name] = other[name]
    else:
        changed.pop(name, None)

    def bound_form(step, answers_before):
        return step.bind(MultiValueDict(changed[step.name]), answers_before)

    resumed = walk_kept(
        steps, lambda step: changed.get(step.name), bound_form, before.kept, resume=(before, name)
    )
    full = full_walk(steps, changed)
    assert_same(resumed, full)
    assert resumed.digests_before == kept_walk(steps, changed, {}).digests_before
    assert resumed.answers_as_json() == to_json(full.answers)


class ResidentForm(StepForm):
    resident = RadiosField(label="Resident?", choices=YES_NO, error_required="Select")


class AmountForm(StepForm):
    amount = MoneyField(label="Amount", required=False)
    since = MemorableDateField(label="Since", error_required="Enter the date", required=False)

    def __init__(self, *args, cap=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.cap = cap

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        if self.cap is not None and amount is not None and amount > self.cap:
            raise forms.ValidationError("Too much")
        return amount


class NoteForm(StepForm):
    note = TextField(label="Note", required=False)


def cap_for_residents(answers):
    return {"cap": 100 if answers.get("resident") == "yes" else None}


STEPS = (
    Step("resident", "Resident", ResidentForm),
    Step("amount", "Amount", AmountForm, form_kwargs=cap_for_residents),
    Step("note", "Note", NoteForm),
)


def test_a_changed_argument_validates_a_step_again_with_unchanged_data():
    data = {
        "resident": {"resident-resident": ["no"]},
        "amount": {"amount-amount": ["500"], "amount-since_day": ["1"]},
        "note": {"note-note": ["kept"]},
    }
    data["amount"].update({"amount-since_month": ["2"], "amount-since_year": ["2020"]})
    first = kept_walk(STEPS, data, {})
    assert first.complete and first.answers["since"] == date(2020, 2, 1)
    data["resident"] = {"resident-resident": ["yes"]}
    second = kept_walk(STEPS, data, first.kept)
    # The amount's data did not change but its cap did: it is validated again, and fails.
    assert set(second.invalid) == {"amount"} and second.first_needing_answer == "amount"
    # The note's inputs did not change: its kept result is used.
    assert "note" not in second.forms and second.answers["note"] == "kept"
    assert_same(second, full_walk(STEPS, data))


def test_the_digest_of_the_answers_before_a_step_follows_them():
    data = {"resident": {"resident-resident": ["no"]}, "amount": {}, "note": {}}
    first = kept_walk(STEPS, data, {})
    data["resident"] = {"resident-resident": ["yes"]}
    second = kept_walk(STEPS, data, first.kept)
    assert first.digests_before["resident"] == second.digests_before["resident"]
    assert first.digests_before["note"] != second.digests_before["note"]
    # A full walk over the same steps agrees on what applies.
    assert second.applicable_names == walk(STEPS, lambda step, before: None).applicable_names

"""The work each wizard request does besides queries, pinned like the query counts: how
many step forms it builds (only the page's own, and a step whose data changed: the
results of the others are kept with the intake), and that building one neither copies the
choice lists nor deep-copies its fields, while no two forms share what one may change."""

import copy

import pytest
from django import forms

from bench.flows import FLOWS
from questionnaires.framework import registry
from questionnaires.framework.forms import (
    YES_NO,
    YES_NO_NOT_SURE,
    CheckboxesField,
    MemorableDateField,
    MoneyField,
    RadiosField,
    StepForm,
    TextField,
)
from questionnaires.framework.wizard import QuestionnaireWizard
from tests.factories import Intake

SLUG = "irs-records-request"


class ChoicesForm(StepForm):
    answer = RadiosField(label="Answer?", choices=YES_NO, error_required="Select an answer")
    several = CheckboxesField(
        label="Which?", choices=YES_NO_NOT_SURE, error_required="Select which"
    )


def test_forms_share_the_choice_lists_but_not_the_fields():
    first, second = ChoicesForm(), ChoicesForm()
    for name in ("answer", "several"):
        assert first.fields[name] is not second.fields[name]
        assert first.fields[name].choices is second.fields[name].choices
        assert first.fields[name].widget is not second.fields[name].widget
        assert first.fields[name].widget.choices is second.fields[name].widget.choices


def test_one_form_can_still_be_given_other_choices():
    first, second = ChoicesForm(), ChoicesForm()
    first.fields["answer"].choices = [("maybe", "Maybe")]
    first.fields["answer"].widget.attrs["class"] = "narrow"
    assert ChoicesForm(data={"answer": "maybe"}).errors["answer"] == ["Select an answer"]
    assert [value for value, _ in second.fields["answer"].widget.choices] == ["yes", "no"]
    assert "class" not in second.fields["answer"].widget.attrs
    assert ChoicesForm(data={"answer": "yes", "several": ["no"]}).is_valid()


class EveryKindForm(StepForm):
    answer = RadiosField(label="Answer?", choices=YES_NO, error_required="Select an answer")
    amount = MoneyField(label="Amount", error_required="Enter the amount")
    since = MemorableDateField(label="Since when?", error_required="Enter the date")
    note = TextField(label="Note", required=False)
    plain = forms.ChoiceField(choices=[("a", "A")], required=False)


def test_building_a_form_deep_copies_none_of_its_fields(monkeypatch):
    copies = []
    deepcopy = copy.deepcopy

    def recording(value, memo=None):
        if isinstance(value, forms.Field | forms.Widget):
            copies.append(value)
        return deepcopy(value, memo)

    monkeypatch.setattr(copy, "deepcopy", recording)
    for question in registry.all_questionnaires():
        for step in question.intake_steps:
            form_class = step.form_class.form if step.is_formset else step.form_class
            form_class(prefix=step.name)
    assert copies == []
    # A field whose copy is not Django's plain one is still deep-copied.
    EveryKindForm()
    assert [type(value) for value in copies] == [forms.ChoiceField, forms.Select]


def test_form_instances_share_no_state_they_may_change():
    first, second = EveryKindForm(data={}), EveryKindForm(data={"answer": "yes"})
    first.fields["answer"].choices = [("maybe", "Maybe")]
    first.fields["amount"].widget.attrs["class"] = "narrow"
    first.fields["amount"].error_messages["required"] = "Changed"
    first.fields["note"].validators.append(lambda value: None)
    first.fields["since"].widget.widgets[0].attrs["class"] = "wide"
    first.fields["since"].fields[0].required = True
    first.fields["plain"].choices = [("b", "B")]
    assert first.errors["amount"] == ["Changed"] and "answer" in first.errors
    assert "answer" not in second.errors and second.errors["amount"] == ["Enter the amount"]
    fresh = EveryKindForm()
    assert [value for value, _ in fresh.fields["answer"].widget.choices] == ["yes", "no"]
    assert "class" not in fresh.fields["amount"].widget.attrs
    assert fresh.fields["amount"].widget.attrs["inputmode"] == "decimal"
    assert len(fresh.fields["note"].validators) == len(
        EveryKindForm.base_fields["note"].validators
    )
    assert fresh.fields["since"].widget.widgets[0].attrs["class"] == "input-w2"
    assert not fresh.fields["since"].fields[0].required
    assert fresh.fields["plain"].choices == [("a", "A")]
    # The widget renders the field it belongs to, not the class's.
    assert fresh.fields["answer"].widget is not EveryKindForm.base_fields["answer"].widget
    assert EveryKindForm(
        data={
            "answer": "no",
            "amount": "5",
            "since_day": "1",
            "since_month": "2",
            "since_year": "2020",
        }
    ).is_valid()


@pytest.fixture
def forms_built(monkeypatch):
    built = []
    original = QuestionnaireWizard.get_form

    def counting(self, step=None, data=None, files=None, answers_before=None):
        built.append(step)
        return original(self, step, data, files, answers_before)

    monkeypatch.setattr(QuestionnaireWizard, "get_form", counting)
    return built


@pytest.fixture
def intake_at_third_step(staff_client):
    answers = {"client_reference": "FB-1", **FLOWS[SLUG][0].answers}
    intake = Intake(staff_client, SLUG)
    intake.post(answers)
    intake.post(answers)
    return intake, answers


def test_a_step_get_builds_only_its_own_form(intake_at_third_step, forms_built):
    intake, _ = intake_at_third_step
    third = intake.step
    intake.client.get(intake.url)
    # The answered steps' results are kept with the intake: none is validated again.
    assert forms_built == [third]


def test_a_step_post_validates_only_the_step_sent(intake_at_third_step, forms_built):
    intake, answers = intake_at_third_step
    third = intake.step
    fields = intake.page()
    forms_built.clear()
    intake.post(answers, fields=fields)
    # The posted form, then the step once its data is stored (the walk's own validation);
    # no earlier step.
    assert forms_built == [third, third]


def test_a_late_page_builds_no_more_forms_than_an_early_one(staff_client, forms_built):
    flow = max(FLOWS["removal-protection"], key=lambda f: len(f.answers))
    answers = {"client_reference": "FB-3", **flow.answers}
    intake = Intake(staff_client, flow.slug)
    visited = []
    while intake.step != "review":
        fields = intake.page()
        forms_built.clear()
        step = intake.step
        intake.post(answers, fields=fields)
        visited.append(step)
        assert forms_built == [step, step], step
    assert len(visited) > 14


def test_keyed_rows_are_not_validated_again_on_later_pages(staff_client, forms_built):
    """A keyed formset rearranges its data; its kept result must still be recognised."""
    flow = next(f for f in FLOWS["removal-protection"] if f.answers.get("ground_details"))
    answers = {"client_reference": "FB-2", **flow.answers}
    intake = Intake(staff_client, flow.slug)
    while intake.step != "future_risk":
        intake.post(answers)
    fields = intake.page()
    forms_built.clear()
    intake.post(answers, fields=fields)
    assert "ground_details" not in forms_built

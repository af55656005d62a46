"""The work each wizard request does besides queries, pinned like the query counts: how
many step forms it builds (only the page's own, and a step whose data changed: the
results of the others are kept with the intake), and that building one does not copy the
choice lists."""

import pytest

from bench.flows import FLOWS
from questionnaires.framework.forms import (
    YES_NO,
    YES_NO_NOT_SURE,
    CheckboxesField,
    RadiosField,
    StepForm,
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

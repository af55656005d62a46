import dataclasses
import datetime

import pytest

from questionnaires.framework import registry
from questionnaires.framework.forms import RadiosField, StepForm
from questionnaires.framework.registry import Questionnaire, Step


class FirstForm(StepForm):
    answer = RadiosField(label="A?", choices=[("yes", "Yes")], error_required="Select")


class ClashingForm(StepForm):
    answer = RadiosField(label="Again?", choices=[("yes", "Yes")], error_required="Select")


def declare(*steps):
    return Questionnaire(
        slug="under-test",
        title="Under test",
        summary="",
        jurisdiction="",
        law_as_of=datetime.date(2025, 1, 1),
        rules_version="0",
        steps=steps,
        build_facts=lambda answers, today: answers,
        determine=lambda facts: None,
    )


def test_answer_names_must_be_unique_across_steps():
    with pytest.raises(ValueError, match="answer name 'answer' is used by steps"):
        declare(Step("one", "One", FirstForm), Step("two", "Two", ClashingForm))


def test_step_names_must_be_unique():
    with pytest.raises(ValueError, match="step names must be unique"):
        declare(Step("one", "One", FirstForm), Step("one", "Again", FirstForm))


def test_every_intake_starts_with_the_client_reference_page():
    questionnaire = declare(Step("one", "One", FirstForm))
    assert questionnaire.step_names == ["client", "one"]


def test_the_three_questionnaires_are_registered_by_their_packages():
    slugs = {q.slug for q in registry.all_questionnaires()}
    assert {"foreign-employment-income", "removal-protection", "irs-records-request"} <= slugs


def test_registered_questionnaires_declare_what_the_result_page_shows():
    for questionnaire in registry.all_questionnaires():
        assert questionnaire.title and questionnaire.summary and questionnaire.jurisdiction
        assert questionnaire.rules_version
        assert isinstance(questionnaire.law_as_of, datetime.date)
        for step in questionnaire.steps:
            if step.condition is not None:
                assert (step.condition.__doc__ or "").startswith("Applies when"), step.name


@pytest.mark.parametrize(
    ("name", "assumed"),
    [("answer", "not_sure"), ("no_such_question", "yes")],
    ids=["not-a-choice", "not-a-question"],
)
def test_an_added_question_must_have_its_assumed_answer_as_a_choice(name, assumed):
    """An answers file that leaves out an added question is read with its "not known"
    answer: that must be one of the question's choices, or the file could never screen."""
    with pytest.raises(ValueError, match="added question"):
        dataclasses.replace(
            declare(Step("one", "One", FirstForm)),
            added_questions={name: registry.AddedQuestion("2.0", assumed)},
        )


def test_an_added_question_with_a_choice_to_assume_is_accepted():
    questionnaire = dataclasses.replace(
        declare(Step("one", "One", FirstForm)),
        added_questions={"answer": registry.AddedQuestion("2.0", "yes")},
    )
    assert questionnaire.added_questions["answer"].added_in == "2.0"

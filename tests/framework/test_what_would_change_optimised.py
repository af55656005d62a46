"""The optimised what-would-change (the walk before the changed page gone through once per
page; each legal test remembered by the facts it read) gives exactly what the
straightforward one gives: the same changes, in the same order, with the same count of
runs, on every flow of the load benchmark; and every determination along the way is the
one the rules give without remembering."""

import contextlib

import pytest

from bench.flows import FLOWS
from questionnaires.framework import determination, registry
from questionnaires.framework import what_would_change as module
from questionnaires.framework.encoding import form_data
from questionnaires.framework.screening import determine, walk_data

pytestmark = pytest.mark.django_db


def straightforward_answers_after(questionnaire, state, by_step, changed, own, before=None):
    """The answers after a change, every step walked from the first for each change (the
    code before the optimisation)."""
    answers, unanswered, kept_steps = {}, [], []
    for step in questionnaire.intake_steps:
        if not step.applies(answers):
            continue
        if step is changed:
            answers.update(own)
            kept_steps.append(step.name)
            continue
        kept = by_step.get(step.name)
        earlier = state.answers_before.get(step.name)
        if kept is None or earlier is None or step.kwargs_for(answers) != step.kwargs_for(earlier):
            unanswered.append(step)
            continue
        answers.update(kept)
        kept_steps.append(step.name)
    return answers, tuple(unanswered), kept_steps


def changes(questionnaire, state, result, today):
    found = module.what_would_change(questionnaire, state, result, today)
    return found.changes, found.reruns, found.capped


@pytest.mark.parametrize("slug", sorted(FLOWS))
def test_optimised_gives_the_straightforward_list(slug, monkeypatch):
    from django.utils import timezone

    today = timezone.localdate()
    questionnaire = registry.get(slug)
    for flow in FLOWS[slug]:
        data = {step.name: form_data(step, flow.answers) for step in questionnaire.intake_steps}
        state = walk_data(questionnaire.intake_steps, data)
        assert state.complete, flow.name
        result = determine(questionnaire, state.answers, today)
        optimised = changes(questionnaire, state, result, today)
        with monkeypatch.context() as patched:
            patched.setattr(module, "_answers_after", straightforward_answers_after)
            patched.setattr(module, "tests_remembered", contextlib.nullcontext)
            straightforward = changes(questionnaire, state, result, today)
        assert optimised[0], flow.name  # each flow has changes that matter
        assert optimised == straightforward, flow.name


@pytest.mark.parametrize("slug", sorted(FLOWS))
def test_remembered_tests_give_the_rules_own_determinations(slug):
    from django.utils import timezone

    today = timezone.localdate()
    questionnaire = registry.get(slug)
    for flow in FLOWS[slug]:
        data = {step.name: form_data(step, flow.answers) for step in questionnaire.intake_steps}
        state = walk_data(questionnaire.intake_steps, data)
        answer_sets = [state.answers] + [v.answers for v in module.variants(questionnaire, state)]
        plain = [determine(questionnaire, answers, today) for answers in answer_sets]
        with determination.tests_remembered():
            remembered = [determine(questionnaire, answers, today) for answers in answer_sets]
            # Again, now that every test is remembered.
            again = [determine(questionnaire, answers, today) for answers in answer_sets]
        assert remembered == plain, flow.name
        assert again == plain, flow.name


def test_a_remembered_test_runs_again_when_a_field_it_read_changes():
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Facts:
        colour: str
        size: str
        unread: str = ""

    runs = []

    @determination.reads("colour", "size", decides="whether it fits")
    def fits(facts):
        runs.append(facts.colour)
        status = determination.Status.MET
        if facts.colour == "red":  # reads size only for red
            status = determination.Status.MET if facts.size == "big" else "not_met"
        return determination.Finding("fits", "Fits", status, "", ("colour",), ())

    with determination.tests_remembered():
        first = fits(Facts("red", "big"))
        assert fits(Facts("red", "big", unread="x")) is first
        assert fits(Facts("red", "small")).status == "not_met"
        assert fits(Facts("blue", "small")).status == determination.Status.MET
        assert fits(Facts("blue", "big")).status == determination.Status.MET
    assert runs == ["red", "red", "blue"]
    assert first.relied_on == ("colour",)


def test_a_test_sees_the_facts_class_behind_the_recorder():
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Facts:
        colour: str

    @determination.reads("colour", decides="whether it is facts")
    def is_facts(facts):
        status = determination.Status.MET if isinstance(facts, Facts) else "not_met"
        return determination.Finding("facts", "Facts", status, facts.colour)

    with determination.tests_remembered():
        assert is_facts(Facts("red")).status == determination.Status.MET

"""Running a screening: which steps apply, which are answered, and the hand-off to the
rules. The wizard and ``manage.py screen`` both go through :func:`walk`, so they apply the
same forms and the same conditions."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django import forms

from .answers import AnswerInWords, describe_step, step_answers
from .determination import Determination
from .encoding import AnswerError, check_known_fields, form_data
from .forms import screening_as_of
from .registry import Questionnaire, Step

BoundStep = forms.BaseForm | forms.BaseFormSet


@dataclass
class Walk:
    """The state of an intake: the steps that apply given the answers so far, in order;
    the answers of those that are validly answered; and the first that still needs one."""

    applicable: list[Step] = field(default_factory=list)
    answers: dict[str, Any] = field(default_factory=dict)
    #: For each step that applies, the answers of the steps before it (what its condition
    #: and its form's extra arguments saw).
    answers_before: dict[str, dict[str, Any]] = field(default_factory=dict)
    forms: dict[str, BoundStep] = field(default_factory=dict)
    invalid: dict[str, BoundStep] = field(default_factory=dict)
    first_needing_answer: str | None = None

    @property
    def complete(self) -> bool:
        return self.first_needing_answer is None

    @property
    def applicable_names(self) -> list[str]:
        return [step.name for step in self.applicable]

    def in_words(self) -> list[tuple[Step, list[AnswerInWords]]]:
        return [
            (step, describe_step(step, self.forms[step.name]))
            for step in self.applicable
            if step.name in self.forms
        ]


def walk(
    steps: tuple[Step, ...], bound_form: Callable[[Step, dict[str, Any]], BoundStep | None]
) -> Walk:
    """Go through ``steps`` in order. A step applies if its condition holds on the answers
    of the steps before it; ``bound_form(step, answers_before)`` gives the step's form bound
    to its answers, or None where it has none. Answers of steps that do not apply are never
    read.
    """
    result = Walk()
    for step in steps:
        if not step.applies(result.answers):
            continue
        result.applicable.append(step)
        before = result.answers_before[step.name] = dict(result.answers)
        form = bound_form(step, before)
        if form is not None and form.is_valid():
            result.forms[step.name] = form
            result.answers.update(step_answers(step, form))
            continue
        if form is not None:
            result.invalid[step.name] = form
        if result.first_needing_answer is None:
            result.first_needing_answer = step.name
    return result


def walk_data(steps: tuple[Step, ...], data_by_step: Mapping[str, Any]) -> Walk:
    """:func:`walk` over form data given per step name (a step with none is unanswered):
    how ``manage.py screen`` and the checks of stored answers run a screening."""

    def bound_form(step: Step, answers_before: dict[str, Any]) -> BoundStep | None:
        data = data_by_step.get(step.name)
        return None if data is None else step.bind(data, answers_before)

    return walk(steps, bound_form)


class AnswersRejected(ValueError):
    """Answers that cannot be screened: every field that failed, each with its reason."""

    def __init__(self, errors: list[AnswerError]):
        super().__init__("; ".join(str(error) for error in errors))
        self.errors = errors


@dataclass
class Screening:
    """Answers given as JSON, screened: the walk through the steps and the determination."""

    questionnaire: Questionnaire
    state: Walk
    determination: Determination

    def document(self) -> dict:
        return result_document(self.questionnaire, self.determination)


def screen(questionnaire: Questionnaire, given: Mapping[str, Any], as_of: date) -> Screening:
    """Screen answers given as JSON (field names, ISO dates, lists; see ``encoding``) as of
    ``as_of``, through the wizard's own forms and conditions: ``manage.py screen`` and the
    API. Raises :class:`AnswersRejected` with every failing field, never the first only."""
    errors = check_known_fields(questionnaire, given)
    data = {}
    for step in questionnaire.intake_steps:
        try:
            data[step.name] = form_data(step, given)
        except AnswerError as error:
            errors.append(error)
    if errors:
        raise AnswersRejected(errors)
    with screening_as_of(as_of):
        state = walk_data(questionnaire.intake_steps, data)
    if state.invalid:
        raise AnswersRejected(
            [error for form in state.invalid.values() for error in form_errors(form)]
        )
    return Screening(questionnaire, state, determine(questionnaire, state.answers, as_of))


def form_errors(form: BoundStep) -> list[AnswerError]:
    """Each error of an invalid step, named by its field (a row's field as
    ``step[index].field``)."""
    if isinstance(form, forms.BaseFormSet):
        errors = [AnswerError(form.prefix, str(error)) for error in form.non_form_errors()]
        for index, row in enumerate(form.forms):
            # A row about something named (one per protected reason) says which.
            about = f" ({row.row_title})" if getattr(row, "row_title", "") else ""
            errors += [
                AnswerError(f"{form.prefix}[{index}].{name}{about}", str(error))
                for name, messages in row.errors.items()
                for error in messages
            ]
        return errors
    return [
        AnswerError(name if name != "__all__" else form.prefix, str(error))
        for name, messages in form.errors.items()
        for error in messages
    ]


def determine(questionnaire: Questionnaire, answers: dict[str, Any], today: date) -> Determination:
    """Hand the answers to the questionnaire's rule module."""
    facts = questionnaire.build_facts(answers, today)
    return questionnaire.determine(facts)


def result_document(questionnaire: Questionnaire, determination: Determination) -> dict:
    """The stable JSON contract of a screening's result (``manage.py screen``)."""
    snapshot = determination.to_dict()
    return {
        "questionnaire": questionnaire.slug,
        "rules_version": questionnaire.rules_version,
        "law_as_of": questionnaire.law_as_of.isoformat(),
        "outcome": snapshot["outcome"],
        "headline": snapshot["headline"],
        "findings": [
            {
                "code": f.code,
                "status": str(f.status),
                "title": f.title,
                "explanation": f.explanation,
                "relied_on": list(f.relied_on),
                "citations": [c.text for c in f.citations],
            }
            for f in determination.findings
        ],
        "next_steps": snapshot["next_steps"],
        "caveats": snapshot["caveats"],
        "data": snapshot["data"],
    }

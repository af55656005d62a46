"""The questionnaire registry: what each questionnaire declares, and where the app finds it.

A questionnaire is a package under ``questionnaires/`` whose ``wizard`` module calls
:func:`register`. The app imports every such module at start-up (``apps.py``), so adding
a questionnaire means adding one package; nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django import forms

from .deadlines import DueDate, no_deadlines
from .determination import Determination
from .forms import ClientReferenceForm

#: The answers of the steps that apply, keyed by field name (a formset step's rows are
#: keyed by the step's name). Conditions and fact builders read nothing else.
Answers = Mapping[str, Any]


@dataclass(frozen=True)
class Step:
    """One page of a questionnaire.

    ``condition`` decides whether the step applies. It sees only the answers of the
    steps before it (a skipped or unanswered step contributes nothing), so it must read
    them with a default: ``lambda answers: answers.get("resident") == "yes"``.
    """

    name: str
    title: str
    form_class: type[forms.BaseForm] | type[forms.BaseFormSet]
    condition: Callable[[Answers], bool] | None = None
    #: Extra keyword arguments for the step's form, from the answers of the steps before
    #: it (formtools' ``get_form_kwargs``): ``lambda answers: {"keys": ...}`` lets a page
    #: ask about exactly what an earlier page chose.
    form_kwargs: Callable[[Answers], dict[str, Any]] | None = None

    @property
    def is_formset(self) -> bool:
        return issubclass(self.form_class, forms.BaseFormSet)

    @property
    def rows_can_be_added(self) -> bool:
        """A repeated question whose rows staff add ("Add another"), not fixed ones."""
        return self.is_formset and not getattr(self.form_class, "fixed_rows", False)

    def applies(self, answers: Answers) -> bool:
        return self.condition is None or bool(self.condition(answers))

    def kwargs_for(self, answers: Answers) -> dict[str, Any]:
        """The form's extra keyword arguments, given the answers before this step."""
        return {} if self.form_kwargs is None else self.form_kwargs(answers)

    def bind(self, data, answers: Answers):
        """The step's form bound to ``data`` (under the wizard's prefix, the step's name)."""
        return self.form_class(data=data, prefix=self.name, **self.kwargs_for(answers))

    def field_names(self) -> list[str]:
        if self.is_formset:
            return [self.name]
        return list(self.form_class.base_fields)


@dataclass(frozen=True)
class AddedQuestion:
    """A question added in a rules version: an answers file made before it (``manage.py
    screen``, the API) cannot answer it. Absent from such a file, it is read as ``assumed``,
    which must be the question's "Not sure" (or "not known") choice, so the finding it
    decides comes out unclear instead of the file being refused; the result says so."""

    added_in: str
    assumed: str


@dataclass(frozen=True)
class Questionnaire:
    """Everything the platform needs to run one questionnaire."""

    slug: str
    title: str
    summary: str
    jurisdiction: str
    law_as_of: date
    rules_version: str
    steps: tuple[Step, ...]
    #: Builds the rule module's frozen facts from the answers; ``today`` is the date the
    #: screening is run (the real date in the wizard, ``--today`` in ``manage.py screen``).
    build_facts: Callable[[Answers, date], Any]
    determine: Callable[[Any], Determination]
    #: Labels for the codes in ``Determination.outcome``, for lists and filters.
    outcome_labels: Mapping[str, str] = field(default_factory=dict)
    #: The dates a finished record's result says someone must act by, read from its
    #: determination snapshot (``record.determination``) defensively: a missing or
    #: malformed key gives no deadline (see ``framework/deadlines.py``).
    deadlines: Callable[[Any], list[DueDate]] = no_deadlines
    #: Statuses besides the tests' that a change of answer is judged by (each form of
    #: protection's): ``determination -> {code: (label, status)}``.
    extra_statuses: Callable[[Determination], Mapping[str, tuple[str, str]]] | None = None
    #: Thresholds the result turns on, reported directly (the day the 91st day falls, the
    #: last day to file): ``determination -> [(sentence, code of the test it belongs to)]``.
    thresholds: Callable[[Determination], list[tuple[str, str]]] | None = None
    #: Questions added after the first rules version, by answer name: an answers file that
    #: leaves one out is screened with its "not known" answer and a warning (see
    #: :class:`AddedQuestion`), never in the wizard, where every page is asked.
    added_questions: Mapping[str, AddedQuestion] = field(default_factory=dict)

    def __post_init__(self):
        names = [step.name for step in self.intake_steps]
        if len(set(names)) != len(names):
            raise ValueError(f"{self.slug}: step names must be unique")
        seen: dict[str, str] = {}
        for step in self.intake_steps:
            for name in step.field_names():
                if name in seen:
                    raise ValueError(
                        f"{self.slug}: answer name {name!r} is used by steps "
                        f"{seen[name]!r} and {step.name!r}; answer names must be unique"
                    )
                seen[name] = step.name
        for name, added in self.added_questions.items():
            step = self.step(seen[name]) if name in seen else None
            field_ = None if step is None or step.is_formset else step.form_class.base_fields[name]
            choices = [value for value, _ in getattr(field_, "choices", ())]
            if added.assumed not in choices:
                raise ValueError(
                    f"{self.slug}: added question {name!r} must be a question with the "
                    f"choice {added.assumed!r} (its 'not known' answer)"
                )

    @property
    def intake_steps(self) -> tuple[Step, ...]:
        """The pages staff go through: the client reference, then the questionnaire's own."""
        return (CLIENT_STEP, *self.steps)

    def step(self, name: str) -> Step:
        for step in self.intake_steps:
            if step.name == name:
                return step
        raise KeyError(name)

    @property
    def step_names(self) -> list[str]:
        return [step.name for step in self.intake_steps]

    def outcome_label(self, code: str) -> str:
        return self.outcome_labels.get(code, code.replace("_", " ").capitalize())


CLIENT_STEP = Step("client", "Client reference", ClientReferenceForm)

_registry: dict[str, Questionnaire] = {}


def register(questionnaire: Questionnaire) -> Questionnaire:
    if questionnaire.slug in _registry:
        raise ValueError(f"A questionnaire with slug {questionnaire.slug!r} is registered already")
    _registry[questionnaire.slug] = questionnaire
    return questionnaire


def get(slug: str) -> Questionnaire:
    """The questionnaire with this slug (KeyError if there is none)."""
    return _registry[slug]


def all_questionnaires() -> list[Questionnaire]:
    return sorted(_registry.values(), key=lambda q: q.title)

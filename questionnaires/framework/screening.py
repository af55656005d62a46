"""Running a screening: which steps apply, which are answered, and the hand-off to the
rules. The wizard and ``manage.py screen`` both go through :func:`walk`, so they apply the
same forms and the same conditions."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import inspect
import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import django
from django import forms

from . import answers as answers_module
from . import forms as forms_module
from . import registry
from .answers import AnswerInWords, describe_step, from_json, step_answers, to_json
from .determination import Determination
from .encoding import AnswerError, check_known_fields, form_data
from .forms import screening_as_of, screening_date
from .registry import Questionnaire, Step

BoundStep = forms.BaseForm | forms.BaseFormSet


@dataclass
class Walk:
    """The state of an intake: the steps that apply given the answers so far, in order;
    the answers of those that are validly answered; and the first that still needs one."""

    applicable: list[Step] = field(default_factory=list)
    applicable_names: list[str] = field(default_factory=list)
    answers: dict[str, Any] = field(default_factory=dict)
    #: For each step that applies, the answers of the steps before it (what its condition
    #: and its form's extra arguments saw).
    answers_before: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The forms validated by this walk (a kept walk validates only the steps whose data
    #: or extra arguments changed; the others' results are taken from what was kept).
    forms: dict[str, BoundStep] = field(default_factory=dict)
    invalid: dict[str, BoundStep] = field(default_factory=dict)
    first_needing_answer: str | None = None
    #: A kept walk only: each step's result, to keep for the next walk (:func:`walk_kept`),
    #: and for each step that applies a digest of the answers before it.
    kept: dict[str, dict] = field(default_factory=dict)
    digests_before: dict[str, str] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return self.first_needing_answer is None

    def in_words(self) -> list[tuple[Step, list[AnswerInWords]]]:
        """Each validly answered step that applies, with its answers written out."""
        described = []
        for step in self.applicable:
            entry = self.kept.get(step.name)
            if entry is not None and entry["answers"] is not None:
                words = [AnswerInWords(step.name, *each) for each in entry["words"]]
                described.append((step, words))
            elif step.name in self.forms:
                described.append((step, describe_step(step, self.forms[step.name])))
        return described

    def answers_as_json(self) -> dict[str, Any]:
        """The answers as JSON (:func:`to_json`), from each step's kept result where the
        walk kept one (it holds them as JSON already), else from its form."""
        merged = {}
        for step in self.applicable:
            entry = self.kept.get(step.name)
            if entry is not None and entry["answers"] is not None:
                merged.update(entry["answers"])
            elif step.name in self.forms:
                merged.update(to_json(step_answers(step, self.forms[step.name])))
        return merged

    def answer_counts(self) -> dict[str, int]:
        """How many answers each validly answered step that applies has (as in words)."""
        counts = {}
        for step in self.applicable:
            entry = self.kept.get(step.name)
            if entry is not None and entry["answers"] is not None:
                counts[step.name] = len(entry["words"])
            elif step.name in self.forms:
                counts[step.name] = len(describe_step(step, self.forms[step.name]))
        return counts


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
        result.applicable_names.append(step.name)
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


def digest(value: Any) -> str:
    """A short digest of answers or form data: equal values give equal digests. A value
    JSON cannot hold is written with ``repr``: at worst a kept result is not recognised
    and the step is validated again."""
    text = json.dumps(to_json(value), sort_keys=True, separators=(",", ":"), default=repr)
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def walk_kept(
    steps: tuple[Step, ...],
    step_data: Callable[[Step], Mapping | None],
    bound_form: Callable[[Step, dict[str, Any]], BoundStep | None],
    kept: Mapping[str, dict],
    *,
    resume: tuple[Walk, str] | None = None,
) -> Walk:
    """:func:`walk`, validating only the steps whose inputs changed since the results in
    ``kept`` (a previous walk's :attr:`Walk.kept`).

    ``resume=(previous, name)`` takes ``previous`` (a kept walk of this request, before only
    step ``name``'s data changed) as it was up to that step and walks on from it: nothing
    before a step reads its data (conditions and form arguments see the answers before
    it), so the steps before it apply and are answered as they were. A page sent thus costs
    the steps from it to the end, not every step before it as well.

    A step's form sees nothing but its own data and the extra arguments its
    ``form_kwargs`` gives (formtools' ``get_form_kwargs``), so its result (valid or not,
    its answers and their words) is kept under a digest of those two: while they are the
    same, the result is taken as kept instead of validating the form again. Conditions
    and ``form_kwargs`` are run on every walk, on the same answers :func:`walk` gives
    them, so the same data gives the same steps and answers (``tests/framework/
    test_kept_walk.py`` checks it on random answers for every questionnaire). Keep the
    results only together with the basis they were made on (:func:`walk_basis`).
    """
    result, chain, start = Walk(), "", 0
    if resume is not None and resume[1] in resume[0].answers_before:
        result, chain, start = _prefix(steps, *resume)
    for step in steps[start:]:
        if not step.applies(result.answers):
            continue
        result.applicable.append(step)
        result.applicable_names.append(step.name)
        before = result.answers_before[step.name] = dict(result.answers)
        result.digests_before[step.name] = chain
        data = step_data(step)
        entry = None
        if data is not None:
            key = _inputs_digest(step, data, before)
            entry = kept.get(step.name)
            if entry is None or entry["key"] != key:
                entry = _validated(step, bound_form(step, before), key, result)
            result.kept[step.name] = entry
        if entry is None or entry["answers"] is None:
            if result.first_needing_answer is None:
                result.first_needing_answer = step.name
            continue
        result.answers.update(from_json(step, entry["answers"]))
        chain = _chained(chain, step.name, entry["digest"])
    return result


def _prefix(steps: tuple[Step, ...], previous: Walk, name: str) -> tuple[Walk, str, int]:
    """``previous`` as it was just before step ``name`` (which applied in it): the walk so
    far, the digest chain and the position of the step in ``steps``."""
    position = previous.applicable_names.index(name)
    names = previous.applicable_names[:position]
    result = Walk(
        applicable=previous.applicable[:position],
        applicable_names=names,
        answers=dict(previous.answers_before[name]),
        answers_before={each: previous.answers_before[each] for each in names},
        forms={each: previous.forms[each] for each in names if each in previous.forms},
        invalid={each: previous.invalid[each] for each in names if each in previous.invalid},
        kept={each: previous.kept[each] for each in names if each in previous.kept},
        digests_before={each: previous.digests_before[each] for each in names},
    )
    first = previous.first_needing_answer
    if first is not None and first in names:
        result.first_needing_answer = first
    index = next(i for i, step in enumerate(steps) if step.name == name)
    return result, previous.digests_before[name], index


def _inputs_digest(step: Step, data: Mapping, answers_before: dict[str, Any]) -> str:
    """A digest of what a step's form judges: its data and the extra arguments its
    ``form_kwargs`` gives. The data is written as Python writes it (lists of strings by
    key, in the order stored): the same data stored again in another order is merely
    validated again."""
    text = repr(data)
    if step.form_kwargs is not None:
        text += digest(step.kwargs_for(answers_before))
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def _chained(chain: str, name: str, answers_digest: str) -> str:
    """The digest of the answers before the next step, from the one before this step and
    this step's answers."""
    return hashlib.blake2b(f"{chain}|{name}|{answers_digest}".encode(), digest_size=16).hexdigest()


def _validated(step: Step, form: BoundStep, key: str, result: Walk) -> dict:
    """Validate a step's form: its result as kept by :func:`walk_kept`."""
    if not form.is_valid():
        result.invalid[step.name] = form
        return {"key": key, "answers": None}
    result.forms[step.name] = form
    answers = to_json(step_answers(step, form))
    return {
        "key": key,
        "answers": answers,
        "digest": digest(answers),
        "words": [[a.field, a.question, a.answer] for a in describe_step(step, form)],
    }


def walk_basis(questionnaire: Questionnaire) -> str:
    """What kept walk results depend on besides the data: the code of the questionnaire's
    forms and conditions, of the framework and of Django (another deployment may validate
    differently), and the date the forms check "not after today" against. Results kept
    on another basis are not used."""
    return digest([_code_digest(questionnaire.slug), screening_date()])


@functools.cache
def _code_digest(slug: str) -> str:
    questionnaire = registry.get(slug)
    parts: set[Any] = {forms_module, answers_module, sys.modules[__name__]}
    for step in questionnaire.intake_steps:
        parts.update({step.form_class, step.condition, step.form_kwargs})
        parts.add(getattr(step.form_class, "form", None))
    files = set()
    for part in parts - {None}:
        with contextlib.suppress(TypeError, OSError):
            files.add(inspect.getfile(part))
    code = hashlib.blake2b(django.get_version().encode(), digest_size=16)
    for name in sorted(files):
        code.update(Path(name).read_bytes())
    return code.hexdigest()


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
    """Answers given as JSON, screened: the walk through the steps, the determination and
    what would change it."""

    questionnaire: Questionnaire
    state: Walk
    determination: Determination
    as_of: date
    #: Questions added in a later rules version that the answers left out, read as "not
    #: known" (:func:`assumed_answers`); empty when the answers answer them all.
    assumed: list[dict] = field(default_factory=list)

    @functools.cached_property
    def what_would_change(self) -> dict:
        # Imported here: what_would_change builds on this module.
        from .what_would_change import explain

        return explain(self.questionnaire, self.state, self.determination, self.as_of)

    def document(self) -> dict:
        document = result_document(self.questionnaire, self.determination)
        document["what_would_change"] = self.what_would_change["changes"]
        document["thresholds"] = self.what_would_change["thresholds"]
        if self.assumed:
            # Only when some were assumed, so a complete file's result keeps its keys.
            document["answers_assumed"] = self.assumed
        return document


def screen(
    questionnaire: Questionnaire,
    given: Mapping[str, Any],
    as_of: date,
    *,
    assume_added: bool = True,
) -> Screening:
    """Screen answers given as JSON (field names, ISO dates, lists; see ``encoding``) as of
    ``as_of``, through the wizard's own forms and conditions: ``manage.py screen`` and the
    API. Raises :class:`AnswersRejected` with every failing field, never the first only.

    A question the questionnaire declares added in a later rules version
    (``Questionnaire.added_questions``) and the answers leave out is read as its "not
    known" answer, so an answers file made before it still screens, with the findings it
    decides unclear, and the result lists it under ``answers_assumed`` (only where its page
    applies). ``assume_added=False`` refuses such a file instead (a record to be kept must
    hold only answers someone gave)."""
    errors = check_known_fields(questionnaire, given)
    left_out = {}
    if assume_added:
        left_out = {
            name: added
            for name, added in questionnaire.added_questions.items()
            if name not in given
        }
        given = {**given, **{name: added.assumed for name, added in left_out.items()}}
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
    return Screening(
        questionnaire,
        state,
        determine(questionnaire, state.answers, as_of),
        as_of,
        assumed_answers(questionnaire, state, left_out),
    )


def assumed_answers(
    questionnaire: Questionnaire, state: Walk, left_out: Mapping[str, registry.AddedQuestion]
) -> list[dict]:
    """Each added question left out whose page applies, with the answer it was read as and
    a warning in words (a left-out question whose page does not apply is not asked, so
    nothing was assumed)."""
    assumed = []
    for step in questionnaire.intake_steps:
        if step.name not in state.forms or step.is_formset:
            continue
        # The bound form's fields: a question its page drops for these answers is not asked.
        for name, field_ in state.forms[step.name].fields.items():
            if name not in left_out:
                continue
            added = left_out[name]
            label = dict(field_.choices).get(added.assumed, added.assumed)
            assumed.append(
                {
                    "field": name,
                    "question": str(field_.label),
                    "assumed": added.assumed,
                    "added_in": added.added_in,
                    "warning": (
                        f"The answers do not answer '{field_.label}' (a question added in "
                        f"rules {added.added_in}). It was read as '{label}', so what it "
                        "decides is left unclear: answer it to complete the result."
                    ),
                }
            )
    return assumed


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

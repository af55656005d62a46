"""What would change the result: the screening run again with one answer changed.

Once a screening is complete, each answered choice question (radios; for checkboxes, each
option ticked or unticked, "Not sure" on its own, and a "Not sure" replaced by each
option) is set in turn to each of its other values and the rules run again. Pages that
the change would bring into play count as unanswered, as do answers on the same page that
the change makes invalid (an end date once the service "has not ended"), and pages it
takes out of play are dropped: the rules already treat a missing answer as unclear, never
as yes or no. A change is kept when it moves the outcome, or the status of a test or of a
form of protection.

A questionnaire may also report its thresholds directly (the 91st day, the last day to
file): ``Questionnaire.thresholds(determination)`` gives them as sentences, each with the
code of the test it belongs to, whose citations it takes.

The cost is bounded: at most :data:`MAX_RERUNS` runs of the rules per screening.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django import forms

from .answers import step_answers, to_json
from .determination import Determination, Status, tests_remembered
from .encoding import form_data
from .forms import NOT_SURE, screening_as_of
from .memo import reads_made_once
from .registry import CLIENT_STEP, Questionnaire, Step
from .screening import Walk, determine

logger = logging.getLogger(__name__)

#: The most times the rules are run again for one screening.
MAX_RERUNS = 120
#: The most statuses (and citations) named in one change's sentence.
MOST_NAMED = 3


@dataclass(frozen=True)
class Variant:
    """One answer set to another value, and the answers of the whole screening then."""

    step: Step
    name: str
    label: str
    now: Any
    then: Any
    now_words: str
    then_words: str
    answers: dict[str, Any]
    #: Pages that would then apply but have no answer yet.
    unanswered_steps: tuple[Step, ...]
    #: For checkboxes: the options the change would tick, and those it would untick.
    ticked: tuple[str, ...] = ()
    unticked: tuple[str, ...] = ()
    #: How many answered pages would still apply, and how many would not.
    kept_count: int = 0
    dropped_count: int = 0

    @property
    def another_route(self) -> bool:
        """The change takes out of play more answered pages than it keeps (another kind of
        help asked for, say): another screening, not one fact changed."""
        return self.dropped_count > self.kept_count


@dataclass
class Changes:
    """The changes that matter, most decisive first, and what finding them cost."""

    changes: list[dict] = field(default_factory=list)
    reruns: int = 0
    capped: bool = False


def tracked_statuses(questionnaire: Questionnaire, determination: Determination) -> dict:
    """The statuses a change is judged by: each test's, then any the questionnaire adds
    (a form of protection's), as ``{code: (label, status)}``."""
    statuses = {f.code: (f.title, str(f.status)) for f in determination.findings}
    if questionnaire.extra_statuses is not None:
        statuses.update(questionnaire.extra_statuses(determination))
    return statuses


def what_would_change(
    questionnaire: Questionnaire,
    state: Walk,
    determination: Determination,
    today: date,
    max_reruns: int = MAX_RERUNS,
) -> Changes:
    """The single-answer changes that would move the result of a complete screening. Of
    the other values of one question that give the same result, one is listed and the
    rest named with it (``also``)."""
    result = Changes()
    base = tracked_statuses(questionnaire, determination)
    kept: dict[tuple, dict] = {}
    with screening_as_of(today), reads_made_once(), tests_remembered():
        for variant in variants(questionnaire, state):
            if variant.another_route:
                continue
            if result.reruns >= max_reruns:
                result.capped = True
                break
            result.reruns += 1
            then = determine(questionnaire, variant.answers, today)
            statuses = tracked_statuses(questionnaire, then)
            # A test only one of the two results has (a row for an item added) is not a
            # change of status: the change shows in the tests both have, or the outcome.
            moved = {
                code: status
                for code, (_, status) in statuses.items()
                if code in base and base[code][1] != status
            }
            if then.outcome == determination.outcome and not moved:
                continue
            same = (variant.name, then.outcome, tuple(sorted(moved.items())))
            if same in kept:
                kept[same]["also"].append(to_json(variant.then))
                kept[same]["also_words"].append(variant.then_words)
                continue
            kept[same] = describe(
                questionnaire, variant, then, moved, statuses, determination.outcome
            )
    result.changes = sorted(kept.values(), key=_decisiveness)
    return result


def _decisiveness(change: dict) -> tuple:
    """ "Not sure" answers first (what finding them out could do), then changes of the
    outcome, then those that move the most statuses; otherwise in question order."""
    return (not change["now_not_sure"], not change["outcome_changes"], -len(change["changes"]))


def describe(
    questionnaire: Questionnaire,
    variant: Variant,
    then: Determination,
    moved: dict[str, str],
    statuses: dict,
    outcome_before: str,
) -> dict:
    """One change as stored and shown: the ``manage.py screen`` keys first (``question``,
    ``now``, ``then``, ``outcome``, ``changes``, ``explanation``), then what the page needs."""
    moved_words = [
        f"{statuses[code][0]}: {status_words(status)}" for code, status in moved.items()
    ]
    if len(moved_words) > MOST_NAMED:
        more = len(moved_words) - MOST_NAMED
        moved_words[MOST_NAMED:] = [f"and {more} other{'s' if more > 1 else ''}"]
    if variant.ticked and not variant.unticked and len(variant.ticked) == 1:
        condition = f"If “{variant.ticked[0]}” were also ticked for “{variant.label}”"
    elif variant.unticked and not variant.ticked and len(variant.unticked) == 1:
        condition = f"If “{variant.unticked[0]}” were not ticked for “{variant.label}”"
    else:
        condition = (
            f"If the answer to “{variant.label}” were “{variant.then_words}” "
            f"instead of “{variant.now_words}”"
        )
    sentence = f"{condition}, the result would be “{questionnaire.outcome_label(then.outcome)}”"
    if moved_words:
        sentence += " (" + "; ".join(moved_words) + ")"
    sentence += "."
    if variant.unanswered_steps:
        titles = ", ".join(f"“{step.title}”" for step in variant.unanswered_steps)
        sentence += f" The questions on {titles} would then need answers."
    cited = [
        citation.text
        for finding in then.findings
        if finding.code in moved
        for citation in finding.citations
    ]
    return {
        "question": variant.name,
        "now": to_json(variant.now),
        "then": to_json(variant.then),
        "outcome": then.outcome,
        "changes": moved,
        "explanation": sentence,
        "question_text": variant.label,
        "now_words": variant.now_words,
        "then_words": variant.then_words,
        "outcome_label": questionnaire.outcome_label(then.outcome),
        "outcome_changes": then.outcome != outcome_before,
        "now_not_sure": _is_not_sure(variant.now),
        "citations": list(dict.fromkeys(cited))[:MOST_NAMED],
        "also": [],
        "also_words": [],
    }


_STATUSES = {str(status) for status in Status}


def status_words(status: str) -> str:
    """A test's status in words ("not met"); another status code as it reads."""
    if status in _STATUSES:
        return Status(status).label.lower()
    return status.replace("_", " ")


def _is_not_sure(value) -> bool:
    values = value if isinstance(value, list | tuple | set | frozenset) else [value]
    return any(v == NOT_SURE for v in values)


def variants(questionnaire: Questionnaire, state: Walk) -> Iterator[Variant]:
    """Every other value of every answered choice question, as whole answers."""
    by_step = {
        step.name: step_answers(step, state.forms[step.name])
        for step in state.applicable
        if step.name in state.forms
    }
    for step in state.applicable:
        form = state.forms.get(step.name)
        if step.is_formset or form is None or step is CLIENT_STEP:
            continue
        # The pages before this one apply and keep their answers whatever it answers: gone
        # through once for all its changes (:func:`_walk_to`).
        before = None
        for name, field_ in form.applying_fields().items():
            if not isinstance(field_, forms.ChoiceField):
                continue
            now = by_step[step.name].get(name)
            labels = {value: str(label) for value, label in field_.choices}
            multiple = isinstance(field_, forms.MultipleChoiceField)
            now_words = field_.display(now)
            for then in other_values(field_, now):
                own = _step_answers_with(step, state, by_step[step.name], name, then)
                if own is None:
                    continue
                if before is None:
                    before = _walk_to(questionnaire, state, by_step, step)
                answers, unanswered, kept = _answers_after(
                    questionnaire, state, by_step, step, own, before
                )
                yield Variant(
                    step=step,
                    name=name,
                    label=str(field_.label),
                    now=now,
                    then=then,
                    now_words=now_words,
                    then_words=field_.display(then),
                    answers=answers,
                    unanswered_steps=unanswered,
                    ticked=tuple(labels[v] for v in then if v not in now) if multiple else (),
                    unticked=tuple(labels[v] for v in now if v not in then) if multiple else (),
                    kept_count=len(kept),
                    dropped_count=len(by_step) - len(kept),
                )


def other_values(field_: forms.ChoiceField, now) -> Iterator:
    """The other answers to a choice question: for radios each other choice; for
    checkboxes each option ticked or unticked, "Not sure" on its own, and a "Not sure"
    replaced by each option."""
    values = [value for value, _ in field_.choices if value != ""]
    if not isinstance(field_, forms.MultipleChoiceField):
        yield from (value for value in values if value != now)
        return
    current = list(now or [])
    candidates = [[v for v in values if (v in current) != (v == option)] for option in values]
    if NOT_SURE in values:
        candidates.append([NOT_SURE])
    if NOT_SURE in current:
        known = [v for v in current if v != NOT_SURE]
        candidates += [
            [v for v in values if v in known or v == option]
            for option in values
            if option != NOT_SURE and option not in known
        ]
    seen = {frozenset(current)}
    for candidate in candidates:
        if candidate and frozenset(candidate) not in seen:
            seen.add(frozenset(candidate))
            yield candidate


def _step_answers_with(step: Step, state: Walk, own: dict, name: str, then) -> dict | None:
    """The page's answers with one changed, checked by the page's own form: answers the
    change makes invalid count as unanswered; None if the change itself is refused (an
    option that cannot be ticked with another)."""
    changed = to_json({**own, name: then})
    form = step.bind(form_data(step, changed), state.answers_before.get(step.name, {}))
    if form.is_valid():
        return step_answers(step, form)
    if name in form.errors or form.non_field_errors():
        return None
    return {key: value for key, value in form.answers().items() if key not in form.errors}


@dataclass(frozen=True)
class _Before:
    """:func:`_answers_after` gone through up to the changed step (not included): where it
    starts, and the answers, unanswered pages and kept pages by then."""

    index: int
    answers: dict[str, Any]
    unanswered: tuple[Step, ...]
    kept_steps: tuple[str, ...]


def _walk_to(questionnaire: Questionnaire, state: Walk, by_step: dict, changed: Step) -> _Before:
    """The walk of :func:`_answers_after` over the steps before ``changed``: it does not
    depend on the change, so it is the same for every change of that page."""
    answers: dict[str, Any] = {}
    unanswered: list[Step] = []
    kept_steps: list[str] = []
    steps = questionnaire.intake_steps
    index = 0
    while index < len(steps) and steps[index] is not changed:
        _walk_step(steps[index], state, by_step, answers, unanswered, kept_steps)
        index += 1
    return _Before(index, answers, tuple(unanswered), tuple(kept_steps))


def _walk_step(
    step: Step,
    state: Walk,
    by_step: dict,
    answers: dict[str, Any],
    unanswered: list[Step],
    kept_steps: list[str],
) -> None:
    """One step of :func:`_answers_after` other than the one changed."""
    if not step.applies(answers):
        return
    kept = by_step.get(step.name)
    before = state.answers_before.get(step.name)
    if kept is None or before is None or step.kwargs_for(answers) != step.kwargs_for(before):
        unanswered.append(step)
        return
    answers.update(kept)
    kept_steps.append(step.name)


def _answers_after(
    questionnaire: Questionnaire,
    state: Walk,
    by_step: dict,
    changed: Step,
    own: dict,
    before: _Before | None = None,
) -> tuple[dict, tuple[Step, ...], list[str]]:
    """The answers of the steps that would apply after the change: earlier answers kept
    where the page still applies and asks the same; new or changed pages unanswered.
    ``before``: the walk up to the changed step, if already gone through."""
    if before is None:
        before = _walk_to(questionnaire, state, by_step, changed)
    answers = dict(before.answers)
    unanswered = list(before.unanswered)
    kept_steps = list(before.kept_steps)
    for step in questionnaire.intake_steps[before.index :]:
        if step is changed:
            if step.applies(answers):
                answers.update(own)
                kept_steps.append(step.name)
            continue
        _walk_step(step, state, by_step, answers, unanswered, kept_steps)
    return answers, tuple(unanswered), kept_steps


def thresholds(questionnaire: Questionnaire, determination: Determination) -> list[dict]:
    """The thresholds the result turns on, as the questionnaire reports them, each with
    the citations of the test it belongs to."""
    if questionnaire.thresholds is None:
        return []
    found = []
    for sentence, code in questionnaire.thresholds(determination):
        try:
            cited = [citation.text for citation in determination.finding(code).citations]
        except KeyError:
            cited = []
        found.append({"explanation": sentence, "test": code, "citations": cited[:MOST_NAMED]})
    return found


def explain(
    questionnaire: Questionnaire, state: Walk, determination: Determination, today: date
) -> dict:
    """What is stored with a completed record: the changes that would move the result,
    the thresholds, and what finding them cost (runs of the rules). The result itself is
    never lost to a failure here: that is logged (the kind of error only, no answers) and
    recorded as ``failed``."""
    try:
        found = what_would_change(questionnaire, state, determination, today)
        found_thresholds = thresholds(questionnaire, determination)
    except Exception as error:
        logger.error(
            "What would change the result failed for %s: %s",
            questionnaire.slug,
            type(error).__name__,
        )
        return {"changes": [], "thresholds": [], "reruns": 0, "capped": False, "failed": True}
    return {
        "changes": found.changes,
        "thresholds": found_thresholds,
        "reruns": found.reruns,
        "capped": found.capped,
        "failed": False,
    }

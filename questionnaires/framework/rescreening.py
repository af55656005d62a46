"""Running completed records' stored answers through the rules as they are now, to see which
results a new rules version would change. Nothing is written: a record keeps its result
until staff amend it (which makes a new version, screened under the current rules).

Each record is screened as of the date it was completed, so a change shows what the rules
changed, not what the passing of time changed (a deadline that has since run)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone

from questionnaires.models import CaseRecord

from .determination import Determination, Status
from .encoding import AnswerError, form_data
from .forms import screening_as_of
from .registry import Questionnaire
from .screening import determine, walk_data


@dataclass(frozen=True)
class StatusChange:
    """A finding whose status differs (``None``: the finding is not in that result)."""

    code: str
    title: str
    before: Status | None
    after: Status | None

    @property
    def before_label(self) -> str:
        return self.before.label if self.before else "Not in the result"

    @property
    def after_label(self) -> str:
        return self.after.label if self.after else "Not in the result"


@dataclass
class Rescreening:
    """One record's stored result beside what the current rules give for its answers."""

    questionnaire: Questionnaire
    record: CaseRecord
    screened_as_of: date
    before: Determination
    after: Determination | None = None
    #: Pages the current questionnaire asks that the stored answers do not answer (new or
    #: changed questions): the record cannot be re-screened until it is amended.
    needs_answers: list[str] = field(default_factory=list)

    @property
    def outcome_before(self) -> str:
        return self.questionnaire.outcome_label(self.before.outcome)

    @property
    def outcome_after(self) -> str:
        return self.questionnaire.outcome_label(self.after.outcome) if self.after else ""

    @property
    def outcome_changed(self) -> bool:
        return self.after is not None and self.after.outcome != self.before.outcome

    @property
    def status_changes(self) -> list[StatusChange]:
        if self.after is None:
            return []
        before = {finding.code: finding for finding in self.before.findings}
        after = {finding.code: finding for finding in self.after.findings}
        changes = []
        for code in [*before, *(code for code in after if code not in before)]:
            old, new = before.get(code), after.get(code)
            if old is None or new is None or old.status != new.status:
                changes.append(
                    StatusChange(
                        code=code,
                        title=(new or old).title,
                        before=old.status if old else None,
                        after=new.status if new else None,
                    )
                )
        return changes

    @property
    def changed(self) -> bool:
        return bool(self.needs_answers) or self.outcome_changed or bool(self.status_changes)


def screening_day(record: CaseRecord) -> date:
    """The date the record was screened as of: the day it was completed, in local time."""
    return timezone.localtime(record.completed_at).date()


def rescreen(questionnaire: Questionnaire, record: CaseRecord) -> Rescreening:
    """The record's stored answers through the questionnaire's forms and rules as they are
    now, as of the record's own screening date."""
    as_of = screening_day(record)
    result = Rescreening(
        questionnaire=questionnaire,
        record=record,
        screened_as_of=as_of,
        before=Determination.from_dict(record.determination),
    )
    answers = {"client_reference": record.client_reference, **record.answers}
    data = {}
    for step in questionnaire.intake_steps:
        try:
            data[step.name] = form_data(step, answers)
        except AnswerError:
            # A stored answer the current question no longer takes (its type changed).
            data[step.name] = {}
    with screening_as_of(as_of):
        state = walk_data(questionnaire.intake_steps, data)
    if not state.complete:
        result.needs_answers = [
            step.title
            for step in state.applicable
            if step.name not in state.forms  # unanswered or no longer valid
        ]
        return result
    result.after = determine(questionnaire, state.answers, as_of)
    return result


def changed_results(questionnaire: Questionnaire, records) -> list[Rescreening]:
    """Of ``records`` (completed, of this questionnaire), those whose outcome or any
    finding's status the current rules would change, or that need new answers first."""
    completed = records.filter(questionnaire=questionnaire.slug).complete()
    rescreenings = (
        rescreen(questionnaire, record)
        for record in completed.order_by("completed_at").iterator(chunk_size=200)
        if record.determination  # the result is encrypted: not filtered in SQL
    )
    return [rescreening for rescreening in rescreenings if rescreening.changed]

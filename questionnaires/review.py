"""Review and sign-off: the author of a finished record sends it to a supervisor, who
approves it or returns it with comments. Each change of status is made under a row lock
on the record, only from the status it was read in, and audited.

    completed ──send──▶ in review ──approve──▶ approved (locked: amend makes a new version)
    returned  ──send──▶     │
        ▲                   └──return (with comments)──▶ returned
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from .audit import AuditEvent, record_event
from .models import CaseRecord, Review


class TransitionRefused(Exception):
    """The record is not in a status this change may be made from, or the user may not
    make it. The message says why, for the user."""


def _locked(record: CaseRecord) -> CaseRecord:
    return CaseRecord.objects.select_for_update().get(pk=record.pk)


def _set_status(record: CaseRecord, status: str) -> None:
    record.status = status
    record.updated_at = timezone.now()
    CaseRecord.objects.filter(pk=record.pk).update(status=status, updated_at=record.updated_at)


def send_for_review(record: CaseRecord, user) -> CaseRecord:
    with transaction.atomic():
        record = _locked(record)
        if record.created_by_id != user.pk:
            raise TransitionRefused("Only the person who did this screening can send it.")
        if not record.may_send_for_review(user):
            raise TransitionRefused(
                f"This screening is {record.get_status_display().lower()}: "
                "it cannot be sent for review now."
            )
        _set_status(record, CaseRecord.Status.IN_REVIEW)
        record_event(user, AuditEvent.Action.SENT_FOR_REVIEW, record)
    return record


def decide(record: CaseRecord, user, decision: str, comments: str) -> Review:
    """Approve the record or return it for changes, with the reviewer's comments (needed
    to return it; the form asks for them)."""
    with transaction.atomic():
        record = _locked(record)
        if record.created_by_id == user.pk:
            raise TransitionRefused(
                "You cannot review your own screening: ask another supervisor."
            )
        if not record.may_review(user):
            raise TransitionRefused(
                f"This screening is {record.get_status_display().lower()}, "
                "not waiting for review: nothing was changed."
            )
        review = Review(record=record, reviewer=user, decision=decision, comments=comments)
        review.full_clean()
        review.save()
        if decision == Review.Decision.APPROVED:
            _set_status(record, CaseRecord.Status.APPROVED)
            record_event(user, AuditEvent.Action.APPROVED, record)
        else:
            _set_status(record, CaseRecord.Status.RETURNED)
            record_event(user, AuditEvent.Action.RETURNED, record)
    return review


#: The events that make up a record's history on its page (not views or exports).
HISTORY_ACTIONS = (
    AuditEvent.Action.CREATED,
    AuditEvent.Action.COMPLETED,
    AuditEvent.Action.AMENDED,
    AuditEvent.Action.SENT_FOR_REVIEW,
    AuditEvent.Action.APPROVED,
    AuditEvent.Action.RETURNED,
    AuditEvent.Action.DEADLINE_DONE,
)


def history(record: CaseRecord):
    """The record's history, oldest first: who created, finished, sent, reviewed or
    amended it, and marked its deadlines done."""
    return (
        AuditEvent.objects.filter(record_id=record.pk, action__in=HISTORY_ACTIONS)
        .select_related("user")
        .order_by("at", "id")
    )

"""The audit trail: who created, viewed, changed, completed, resumed, amended, exported or
deleted which case record, and when; purges by count.

Events are append-only: the model refuses to change or delete a saved event, and Django
admin shows them read-only. An event names the record by its id, not a foreign key, so it
outlives the record; it holds no client data (no reference, answer or result).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.db import models
from django.utils import timezone


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise TypeError("Audit events are append-only: they cannot be changed")

    def delete(self):
        raise TypeError("Audit events are append-only: they cannot be deleted")


class AuditEvent(models.Model):
    class Action(models.TextChoices):
        CREATED = "created", "Created"
        VIEWED = "viewed", "Viewed"
        CHANGED = "changed", "Changed"
        COMPLETED = "completed", "Completed (result saved)"
        RESUMED = "resumed", "Resumed"
        AMENDED = "amended", "Amended (a new version started)"
        EXPORTED_PDF = "exported_pdf", "Exported as PDF"
        EXPORTED_CSV = "exported_csv", "Exported as CSV"
        DELETED = "deleted", "Deleted"
        PURGED = "purged", "Purged"

    at = models.DateTimeField("when", default=timezone.now, editable=False)
    # PROTECT: staff accounts with a history are deactivated, not deleted, so every event
    # stays attributable. Empty for the purge command, which no one signs in to run.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="audit_events",
        editable=False,
    )
    action = models.CharField(max_length=20, choices=Action, editable=False)
    record_id = models.UUIDField("case record", null=True, blank=True, editable=False)
    questionnaire = models.SlugField(max_length=64, blank=True, editable=False)
    count = models.PositiveIntegerField(
        null=True, blank=True, editable=False, help_text="Records purged."
    )

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["record_id", "-at"], name="audit_record_recent"),
            models.Index(fields=["-at"], name="audit_recent"),
        ]

    def __str__(self):
        subject = (
            f"record {str(self.record_id)[:8]}" if self.record_id else f"{self.count} records"
        )
        return f"{self.get_action_display()}: {subject}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise TypeError("Audit events are append-only: they cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError("Audit events are append-only: they cannot be deleted")


def record_event(user, action: str, record=None) -> AuditEvent:
    """Note that ``user`` did ``action`` to the case record ``record``."""
    return AuditEvent.objects.create(
        user=_signed_in(user),
        action=action,
        record_id=record.pk if record is not None else None,
        questionnaire=record.questionnaire if record is not None else "",
    )


def record_events(user, action: str, records: Iterable) -> None:
    """The same action on several records (a CSV export, a bulk delete), in one query."""
    AuditEvent.objects.bulk_create(
        AuditEvent(
            user=_signed_in(user),
            action=action,
            record_id=record.pk,
            questionnaire=record.questionnaire,
        )
        for record in records
    )


def record_purge(count: int) -> AuditEvent:
    return AuditEvent.objects.create(action=AuditEvent.Action.PURGED, count=count)


def _signed_in(user):
    return user if user is not None and user.is_authenticated else None

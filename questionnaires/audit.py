"""The audit trail: who created, viewed, changed, completed, resumed, amended, exported or
deleted which case record, and when; drafted documents made, changed or downloaded;
purges by count; sign-ins, sign-outs, failed sign-ins, lockouts and unlocks; changes to
accounts, groups and permissions; deletions of sign-in records; case list views and
searches (the filter, never the search term); API tokens created and revoked, and every
API request (by which token; refused ones too).

Events are append-only: the model refuses to change or delete a saved event, Django admin
shows them read-only, and on PostgreSQL a trigger refuses UPDATE and DELETE on the table
(migration 0008). An event names the record by its id, not a foreign key, so it outlives
the record; it holds no client data (no reference, answer, result or search term).

Tamper-evident: each event carries the SHA-256 of its own content and of the event before
it (:func:`event_hash`), appended one at a time under a lock, so an event changed, removed
or inserted afterwards breaks the chain from there on; ``manage.py verify_audit_trail``
finds the first break.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
from collections.abc import Iterable
from datetime import UTC

from django.conf import settings
from django.db import connection, models, transaction
from django.utils import timezone

#: The hash the first event is chained to.
GENESIS = "0" * 64
#: Any fixed number: the PostgreSQL advisory lock that appends to the chain one at a time.
CHAIN_LOCK = 7_404_017

#: The request being served, for events raised by signals (who, from which address).
current_request: contextvars.ContextVar = contextvars.ContextVar("audit_request", default=None)


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
        DOCUMENT_MADE = "document_made", "Document made"
        DOCUMENT_CHANGED = "document_changed", "Document's details changed"
        DOCUMENT_DOWNLOADED = "document_downloaded", "Document downloaded"
        DELETED = "deleted", "Deleted"
        PURGED = "purged", "Purged"
        LISTED = "listed", "Listed case records"
        SEARCHED = "searched", "Searched case records"
        RESCREENED = "rescreened", "Re-screened under the current rules (nothing changed)"
        SIGNED_IN = "signed_in", "Signed in"
        SIGNED_OUT = "signed_out", "Signed out"
        SIGN_IN_FAILED = "sign_in_failed", "Failed sign-in"
        TWO_FACTOR_ENROLLED = "two_factor_enrolled", "Two-factor sign-in set up"
        TWO_FACTOR_RESET = "two_factor_reset", "Two-factor sign-in reset"
        LOCKED_OUT = "locked_out", "Account locked"
        UNLOCKED = "unlocked", "Account unlocked"
        SIGN_IN_RECORDS_DELETED = "sign_in_records_deleted", "Sign-in records deleted"
        ACCOUNT_CREATED = "account_created", "Account created"
        ACCOUNT_CHANGED = "account_changed", "Account changed"
        ACCOUNT_DELETED = "account_deleted", "Account deleted"
        GROUPS_CHANGED = "groups_changed", "Group membership changed"
        PERMISSIONS_CHANGED = "permissions_changed", "Permissions changed"
        GROUP_CHANGED = "group_changed", "Group created, renamed or deleted"
        SENT_FOR_REVIEW = "sent_for_review", "Sent for review"
        APPROVED = "approved", "Approved by a supervisor"
        RETURNED = "returned", "Returned for changes"
        DEADLINE_DONE = "deadline_done", "Deadline marked done"
        CALENDAR_FEED_CREATED = "calendar_feed_created", "Calendar feed address made"
        CALENDAR_FEED_REVOKED = "calendar_feed_revoked", "Calendar feed address revoked"
        CALENDAR_FEED_READ = "calendar_feed_read", "Calendar feed read"
        API_TOKEN_CREATED = "api_token_created", "API token created"
        API_TOKEN_REVOKED = "api_token_revoked", "API token revoked"
        API_REFUSED = "api_refused", "API request refused (no usable token)"
        API_QUESTIONNAIRES_READ = "api_questionnaires_read", "Questionnaires read through the API"
        SCREENED = "screened", "Screened through the API (not saved)"

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
    action = models.CharField(max_length=40, choices=Action, editable=False)
    record_id = models.UUIDField("case record", null=True, blank=True, editable=False)
    questionnaire = models.SlugField(max_length=64, blank=True, editable=False)
    count = models.PositiveIntegerField(
        null=True, blank=True, editable=False, help_text="Records purged or deleted."
    )
    detail = models.JSONField(
        default=dict,
        blank=True,
        editable=False,
        help_text="What else the event names: an account, a group, a filter, an address.",
    )
    previous_hash = models.CharField(max_length=64, editable=False)
    hash = models.CharField(max_length=64, editable=False, unique=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["record_id", "-at"], name="audit_record_recent"),
            models.Index(fields=["-at"], name="audit_recent"),
        ]

    def __str__(self):
        if self.record_id:
            subject = f"record {str(self.record_id)[:8]}"
        elif self.count is not None:
            subject = f"{self.count} records"
        else:
            subject = self.detail.get("account") or self.detail.get("group") or "—"
        return f"{self.get_action_display()}: {subject}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise TypeError("Audit events are append-only: they cannot be changed")
        if not self.hash:
            raise TypeError("Audit events are appended with append_events(), which chains them")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError("Audit events are append-only: they cannot be deleted")


def event_hash(event: AuditEvent, previous_hash: str) -> str:
    """The SHA-256 of the event's content and the hash of the event before it."""
    content = {
        "previous": previous_hash,
        "at": event.at.astimezone(UTC).isoformat(),
        "user": event.user_id,
        "action": event.action,
        "record_id": str(event.record_id) if event.record_id else None,
        "questionnaire": event.questionnaire,
        "count": event.count,
        "detail": event.detail,
    }
    encoded = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()


def append_events(events: list[AuditEvent]) -> list[AuditEvent]:
    """Chain ``events`` after the last event and save them, one writer at a time: on
    PostgreSQL under an advisory lock held to the end of the transaction; on SQLite the
    IMMEDIATE transaction already holds the database's write lock."""
    if not events:
        return events
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CHAIN_LOCK])
        last = AuditEvent.objects.order_by("-id").values_list("hash", flat=True).first()
        previous = last or GENESIS
        for event in events:
            event.previous_hash = previous
            event.hash = previous = event_hash(event, previous)
        if len(events) == 1:
            events[0].save()
        else:
            AuditEvent.objects.bulk_create(events)
    return events


def first_break(batch_size: int = 2000) -> tuple[AuditEvent | None, str]:
    """The first event whose hash or link does not hold, with what is wrong, or (None, "")
    when the whole chain holds. Reads the trail in id order, a batch at a time."""
    previous = GENESIS
    last_id = 0
    while True:
        batch = list(AuditEvent.objects.filter(id__gt=last_id).order_by("id")[:batch_size])
        if not batch:
            return None, ""
        for event in batch:
            if event.previous_hash != previous:
                return event, "it is not linked to the event before it (one was removed or added)"
            if event_hash(event, previous) != event.hash:
                return event, "its content does not match its hash (it was changed)"
            previous = event.hash
        last_id = batch[-1].id


def record_event(user, action: str, record=None, *, count=None, **detail) -> AuditEvent:
    """Note that ``user`` did ``action`` (to the case record ``record``, or to ``count``
    things), with ``detail`` naming anything else (never client data)."""
    return append_events(
        [
            AuditEvent(
                user=_signed_in(user),
                action=action,
                record_id=record.pk if record is not None else None,
                questionnaire=record.questionnaire if record is not None else "",
                count=count,
                detail=detail,
            )
        ]
    )[0]


def record_events(user, action: str, records: Iterable) -> None:
    """The same action on several records (a CSV export, a bulk delete), in one query."""
    append_events(
        [
            AuditEvent(
                user=_signed_in(user),
                action=action,
                record_id=record.pk,
                questionnaire=record.questionnaire,
            )
            for record in records
        ]
    )


def record_purge(count: int) -> AuditEvent:
    return append_events([AuditEvent(action=AuditEvent.Action.PURGED, count=count)])[0]


def record_list_view(request, action: str, filters: dict) -> AuditEvent:
    """A case list shown (``listed``) or searched (``searched``): the filter's names and
    values, never a search term (it may be a client reference)."""
    return record_event(
        request.user,
        action,
        filters={str(name)[:50]: str(value)[:100] for name, value in filters.items()},
    )


def record_by_current_user(action: str, **detail) -> AuditEvent:
    """An event raised by a signal: by whoever is signed in to the request being served
    (none for a management command), with the request's address."""
    request = current_request.get()
    user = getattr(request, "user", None) if request is not None else None
    if request is not None:
        from .client_address import client_address

        detail.setdefault("address", client_address(request))
    return record_event(user, action, **detail)


def _signed_in(user):
    return user if user is not None and user.is_authenticated else None


CSV_COLUMNS = ["id", "at", "user", "action", "record_id", "questionnaire", "count", "detail"]
CSV_COLUMNS += ["previous_hash", "hash"]


def write_csv(events: Iterable[AuditEvent], out) -> None:
    """The events as CSV for an auditor, hashes included, so the chain can be checked
    outside the app. Free text (account names, filters) cannot start a spreadsheet formula."""
    import csv

    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for event in events:
        writer.writerow(
            [
                event.pk,
                event.at.isoformat(),
                csv_safe(event.user.get_username()) if event.user else "",
                event.action,
                event.record_id or "",
                event.questionnaire,
                "" if event.count is None else event.count,
                csv_safe(json.dumps(event.detail, sort_keys=True, ensure_ascii=False))
                if event.detail
                else "",
                event.previous_hash,
                event.hash,
            ]
        )


def csv_safe(text: str) -> str:
    """Stop a spreadsheet from running a formula typed into free text."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text

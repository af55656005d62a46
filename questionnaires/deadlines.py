"""Deadlines on finished records, and each user's private calendar feed of them.

A finished record's deadlines come from its questionnaire's ``deadlines`` hook, made once
when the record is finished (``record_deadlines``; ``manage.py record_deadlines`` for
records finished before deadlines existed). The calendar feed (iCalendar, made with the
``icalendar`` library) names each deadline by its action and the record's short id only:
never the client reference, answers or result, which a calendar service would keep.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from .audit import AuditEvent, record_event
from .framework import registry
from .models import CalendarFeed, CaseRecord, Deadline


def record_deadlines(record: CaseRecord) -> list[Deadline]:
    """Make the deadlines of a finished record that it does not have yet (safe to run
    again). A record of an unknown questionnaire, or without a result, has none."""
    if not record.is_complete:
        return []
    try:
        questionnaire = registry.get(record.questionnaire)
    except KeyError:
        return []
    existing = set(Deadline.objects.filter(record=record).values_list("key", flat=True))
    wanted = [
        Deadline(record=record, key=due.key, action=due.action[:200], due=due.due)
        for due in questionnaire.deadlines(record.determination)
        if due.key not in existing
    ]
    # A record made at the same moment elsewhere is not made twice.
    return Deadline.objects.bulk_create(wanted, ignore_conflicts=True)


def open_deadlines(user):
    """The open deadlines on records ``user`` may see (a supervisor: everyone's), the
    earliest first, so overdue ones come before the rest."""
    return (
        Deadline.objects.visible_to(user)
        .open()
        .select_related("record", "record__created_by")
        .order_by("due", "id")
    )


def mark_done(deadline: Deadline, user) -> bool:
    """Mark a deadline done by ``user``; False if it was done already (nothing changes)."""
    with transaction.atomic():
        done = Deadline.objects.filter(pk=deadline.pk, done_at__isnull=True).update(
            done_at=timezone.now(), done_by=user
        )
        if done:
            record_event(
                user, AuditEvent.Action.DEADLINE_DONE, deadline.record, deadline=deadline.key
            )
    return bool(done)


# The calendar feed -------------------------------------------------------------------------


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_calendar_feed(user) -> str:
    """A new secret feed address for ``user`` (any earlier one stops working); returns
    the secret, which is stored only as its hash, so it is shown this once."""
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        CalendarFeed.objects.update_or_create(
            user=user, defaults={"token_hash": token_hash(token)}
        )
        record_event(user, AuditEvent.Action.CALENDAR_FEED_CREATED)
    return token


def revoke_calendar_feed(user) -> bool:
    with transaction.atomic():
        deleted, _ = CalendarFeed.objects.filter(user=user).delete()
        if deleted:
            record_event(user, AuditEvent.Action.CALENDAR_FEED_REVOKED)
    return bool(deleted)


def feed_owner(token: str):
    """The active user whose feed this secret opens, or None."""
    if not token or len(token) > 100:
        return None
    feed = (
        CalendarFeed.objects.select_related("user")
        .filter(token_hash=token_hash(token), user__is_active=True)
        .first()
    )
    return feed.user if feed else None


def calendar(user, base_url: str) -> bytes:
    """The user's open deadlines as an iCalendar file: one all-day event each, named by
    what must be done and the record's short id, with a link to the record (which asks
    for sign-in). No client reference, answer or result."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Casework Guide//Deadlines//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Casework Guide deadlines")
    stamp = timezone.now()
    for deadline in open_deadlines(user):
        record = deadline.record
        event = Event()
        event.add("uid", f"deadline-{deadline.pk}@casework-guide")
        event.add("dtstamp", stamp)
        event.add("dtstart", deadline.due)
        event.add("dtend", deadline.due + timedelta(days=1))
        event.add("summary", f"{deadline.action} (record {record.short_id})")
        event.add(
            "description",
            f"{record.questionnaire_title}, record {record.short_id}. "
            "Open the record in Casework Guide (sign-in needed) to see it.",
        )
        event.add("url", base_url + reverse("questionnaires:case", kwargs={"pk": record.pk}))
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal.to_ical()

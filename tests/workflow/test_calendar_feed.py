"""The private calendar feed of deadlines (issue 21, part 2): made and revoked by its
user, opened by the secret in its address (stored only hashed), valid iCalendar that the
``icalendar`` library parses, one event per open deadline named by the action and the
record's short id, never the client reference or any answer."""

import hashlib
import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from questionnaires.audit import AuditEvent
from questionnaires.models import CalendarFeed
from tests.factories import make_irs_record, make_record

pytestmark = pytest.mark.django_db

CALENDAR = reverse("questionnaires:calendar")
NEXT_MONTH = (timezone.localdate() + timedelta(days=30)).isoformat()
SECRET_URL = re.compile(r'<p class="secret-url" id="calendar-url">([^<]+)</p>')


def make_feed(client) -> str:
    """Make (or replace) the signed-in user's feed; its address, as the page shows it."""
    response = client.post(CALENDAR, {"action": "create"})
    assert response.status_code == 200
    (url,) = SECRET_URL.findall(response.content.decode())
    return url.replace("http://testserver", "")


@pytest.fixture
def records(staff_user, other_staff_user):
    mine = make_irs_record(staff_user, client_reference="SMITH-J-1987", response_due=NEXT_MONTH)
    theirs = make_irs_record(other_staff_user, client_reference="OTHER-9", response_due=NEXT_MONTH)
    return mine, theirs


def test_the_feed_is_valid_icalendar_with_the_users_open_deadlines(staff_user, records):
    mine, theirs = records
    client = Client()
    client.force_login(staff_user)
    url = make_feed(client)

    anonymous = Client()  # a calendar service: no session
    response = anonymous.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "no-store" in response["Cache-Control"]
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["VERSION"]) == "2.0"
    events = calendar.walk("VEVENT")
    deadline = mine.deadlines.get()
    assert len(events) == 1
    (event,) = events
    assert event["DTSTART"].dt == deadline.due
    assert event["DTEND"].dt == deadline.due + timedelta(days=1)
    assert str(event["SUMMARY"]) == f"{deadline.action} (record {mine.short_id})"
    assert str(event["URL"]).endswith(mine.get_absolute_url())
    assert str(event["UID"]) == f"deadline-{deadline.pk}@casework-guide"

    # No client data: not the reference, not the other user's record.
    body = response.content.decode()
    assert "SMITH" not in body and "REF-" not in body
    assert "OTHER-9" not in body and str(theirs.pk) not in body

    read = AuditEvent.objects.filter(action=AuditEvent.Action.CALENDAR_FEED_READ).get()
    assert read.user == staff_user and read.detail == {"address": "127.0.0.1"}


def test_done_deadlines_leave_the_feed(staff_client, staff_user, records):
    url = make_feed(staff_client)
    records[0].deadlines.update(done_at=timezone.now(), done_by=staff_user)
    assert Calendar.from_ical(Client().get(url).content).walk("VEVENT") == []


def test_a_supervisors_feed_has_everyones_deadlines_without_client_text(supervisor, records):
    client = Client()
    client.force_login(supervisor)
    response = Client().get(make_feed(client))
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert sorted(str(e["URL"]).rsplit("/cases/", 1)[1] for e in events) == sorted(
        f"{r.pk}/" for r in records
    )
    assert "SMITH" not in response.content.decode()


def test_the_secret_is_stored_only_hashed_and_shown_once(staff_client, staff_user):
    url = make_feed(staff_client)
    token = url.rsplit("/", 1)[1].removesuffix(".ics")
    feed = CalendarFeed.objects.get(user=staff_user)
    assert feed.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in feed.token_hash
    page = staff_client.get(CALENDAR).content.decode()
    assert token not in page and "Revoke the address" in page
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.CALENDAR_FEED_CREATED, user=staff_user
    ).exists()


def test_revoking_ends_the_address(staff_client, staff_user, records):
    url = make_feed(staff_client)
    assert Client().get(url).status_code == 200
    response = staff_client.post(CALENDAR, {"action": "revoke"})
    assert response.status_code == 302
    assert Client().get(url).status_code == 404
    assert not CalendarFeed.objects.exists()
    assert AuditEvent.objects.filter(action=AuditEvent.Action.CALENDAR_FEED_REVOKED).exists()
    assert "Make my calendar address" in staff_client.get(CALENDAR).content.decode()


def test_a_new_address_ends_the_old_one(staff_client, records):
    old = make_feed(staff_client)
    new = make_feed(staff_client)
    assert old != new
    assert Client().get(old).status_code == 404
    assert Client().get(new).status_code == 200


@pytest.mark.parametrize("token", ["nothing", "x" * 200, "%00", "a.b"])
def test_a_wrong_secret_is_not_found(token):
    assert Client().get(f"/calendar/{token}.ics").status_code == 404


def test_a_deactivated_account_has_no_feed(staff_client, staff_user, records):
    url = make_feed(staff_client)
    staff_user.is_active = False
    staff_user.save()
    assert Client().get(url).status_code == 404


def test_the_calendar_page_needs_sign_in(client):
    response = client.get(CALENDAR)
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_the_feed_of_a_user_without_deadlines_is_an_empty_calendar(staff_client, staff_user):
    make_record(staff_user)
    calendar = Calendar.from_ical(Client().get(make_feed(staff_client)).content)
    assert calendar.walk("VEVENT") == []

"""Sessions: signed out after the idle time (DJANGO_SESSION_IDLE_MINUTES, default 30); an
intake is saved to its draft record page by page, so signing out, or being signed out,
loses no work and leaves no answer in the session."""

import time

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.urls import reverse

from questionnaires.middleware import LAST_SEEN, REFRESH_SECONDS
from questionnaires.models import CaseRecord
from tests.factories import PASSWORD, Intake
from tests.security.production import production_settings

pytestmark = pytest.mark.django_db

HOME = "/"
SLUG = "irs-records-request"


def set_last_seen(client, seconds_ago: int):
    session = client.session
    session[LAST_SEEN] = int(time.time()) - seconds_ago
    session.save()


def stored_expiry(client):
    return Session.objects.get(session_key=client.session.session_key).expire_date


def test_the_idle_time_is_thirty_minutes_unless_configured():
    assert production_settings("SESSION_COOKIE_AGE") == {"SESSION_COOKIE_AGE": 30 * 60}
    configured = production_settings("SESSION_COOKIE_AGE", DJANGO_SESSION_IDLE_MINUTES="10")
    assert configured == {"SESSION_COOKIE_AGE": 10 * 60}


def test_signing_in_notes_the_time(client, staff_user):
    client.post(reverse("login"), {"username": "staff", "password": PASSWORD})
    assert abs(client.session[LAST_SEEN] - time.time()) < 60


def test_staff_idle_longer_than_the_limit_are_signed_out(staff_client):
    set_last_seen(staff_client, settings.SESSION_COOKIE_AGE + 60)
    response = staff_client.get(HOME)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    # Signed out for good, not just for one request.
    assert staff_client.get(HOME).status_code == 302


def test_activity_keeps_the_session_alive_and_moves_its_expiry(staff_client):
    set_last_seen(staff_client, settings.SESSION_COOKIE_AGE - 60)
    before = stored_expiry(staff_client)
    assert staff_client.get(HOME).status_code == 200
    assert abs(staff_client.session[LAST_SEEN] - time.time()) < 60
    assert stored_expiry(staff_client) > before


def test_requests_within_a_minute_do_not_rewrite_the_session(staff_client):
    set_last_seen(staff_client, REFRESH_SECONDS // 2)
    seen = staff_client.session[LAST_SEEN]
    before = stored_expiry(staff_client)
    assert staff_client.get(HOME).status_code == 200
    assert staff_client.session[LAST_SEEN] == seen
    assert stored_expiry(staff_client) == before


def start_answering(client) -> Intake:
    """An intake with the client page answered and the next page typed but not sent on."""
    intake = Intake(client, SLUG)
    intake.post({"client_reference": "KEPT-REF-7"})
    intake.post({"path": "prepare_request"}, action="back")
    assert "KEPT-REF-7" in client.get(intake.url).content.decode()
    return intake


def assert_intake_kept(client, intake):
    """After signing in again the intake is on the case list and opens where it was,
    with what was typed; the session itself holds no answer."""
    assert "KEPT-REF-7" in client.get(reverse("questionnaires:case_list")).content.decode()
    response = client.get(reverse("questionnaires:resume", args=[SLUG, intake.intake_id]))
    assert response.status_code == 302
    assert "KEPT-REF-7" in client.get(intake.url).content.decode()
    path_page = client.get(intake.url.replace("/client/", "/path/")).content.decode()
    assert 'value="prepare_request" checked' in path_page
    session = Session.objects.get(session_key=client.session.session_key).get_decoded()
    assert "KEPT-REF-7" not in str(session) and "prepare_request" not in str(session)
    assert CaseRecord.objects.get().status == CaseRecord.Status.DRAFT


def test_signing_out_keeps_the_intake_on_its_draft(client, staff_user):
    client.post(reverse("login"), {"username": "staff", "password": PASSWORD})
    intake = start_answering(client)

    assert client.post(reverse("logout")).status_code == 302
    assert client.get(intake.url).status_code == 302  # signed out
    client.post(reverse("login"), {"username": "staff", "password": PASSWORD})

    assert_intake_kept(client, intake)


def test_an_idle_sign_out_keeps_the_intake_on_its_draft(client, staff_user):
    client.post(reverse("login"), {"username": "staff", "password": PASSWORD})
    intake = start_answering(client)

    set_last_seen(client, settings.SESSION_COOKIE_AGE + 60)
    assert client.get(intake.url).status_code == 302
    client.post(reverse("login"), {"username": "staff", "password": PASSWORD})

    assert_intake_kept(client, intake)


def test_pages_for_signed_in_staff_are_never_cached(staff_client):
    response = staff_client.get(HOME)
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]

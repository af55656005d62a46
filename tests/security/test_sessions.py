"""Sessions: signed out after the idle time (DJANGO_SESSION_IDLE_MINUTES, default 30); an
intake is saved to its draft record page by page, so signing out, or being signed out,
loses no work and leaves no answer in the session."""

import time

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core import signing
from django.urls import reverse

from questionnaires.middleware import LAST_SEEN, REFRESH_SECONDS, SEEN_COOKIE, SEEN_SALT
from questionnaires.models import CaseRecord
from tests.factories import PASSWORD, Intake
from tests.security.production import production_settings

pytestmark = pytest.mark.django_db

HOME = "/"
SLUG = "irs-records-request"


def set_last_seen(client, seconds_ago: int, *, in_session: int | None = None):
    """The last request ``seconds_ago`` (the signed cookie's exact time), and the session's
    own, refreshed at most once a minute, ``in_session`` seconds ago (default the same)."""
    session = client.session
    now = int(time.time())
    session[LAST_SEEN] = now - (seconds_ago if in_session is None else in_session)
    session.save()
    value = f"{session.session_key}:{now - seconds_ago}"
    client.cookies[SEEN_COOKIE] = signing.get_cookie_signer(salt=SEEN_COOKIE + SEEN_SALT).sign(
        value
    )


def stored_expiry(client):
    return Session.objects.get(session_key=client.session.session_key).expire_date


def test_the_idle_time_is_thirty_minutes_unless_configured():
    names = ("SESSION_IDLE_SECONDS", "SESSION_COOKIE_AGE")
    # The session row lives a minute longer: it never ends a session before the idle time.
    assert production_settings(*names) == {names[0]: 30 * 60, names[1]: 31 * 60}
    configured = production_settings(*names, DJANGO_SESSION_IDLE_MINUTES="10")
    assert configured == {names[0]: 10 * 60, names[1]: 11 * 60}


def test_the_sign_out_is_exact_though_the_session_is_refreshed_once_a_minute(staff_client):
    idle = settings.SESSION_IDLE_SECONDS
    # The last request 10 s inside the idle time; the session's own time 50 s older.
    set_last_seen(staff_client, idle - 10, in_session=idle + 40)
    assert staff_client.get(HOME).status_code == 200
    # The last request 2 s past it (the session's own time older still): signed out.
    set_last_seen(staff_client, idle + 2, in_session=idle + 50)
    assert staff_client.get(HOME).status_code == 302


def test_the_last_seen_cookie_is_signed_and_bound_to_the_session(staff_client):
    idle = settings.SESSION_IDLE_SECONDS
    set_last_seen(staff_client, idle + 5)
    # A forged or another session's cookie does not keep a session alive.
    staff_client.cookies[SEEN_COOKIE] = f"{staff_client.session.session_key}:{int(time.time())}"
    assert staff_client.get(HOME).status_code == 302


def test_signing_in_notes_the_time(client, staff_user):
    client.post(reverse("login"), {"username": "staff", "password": PASSWORD})
    assert abs(client.session[LAST_SEEN] - time.time()) < 60


def test_staff_idle_longer_than_the_limit_are_signed_out(staff_client):
    set_last_seen(staff_client, settings.SESSION_IDLE_SECONDS + 60)
    response = staff_client.get(HOME)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    # Signed out for good, not just for one request.
    assert staff_client.get(HOME).status_code == 302


def test_activity_keeps_the_session_alive_and_moves_its_expiry(staff_client):
    set_last_seen(staff_client, settings.SESSION_IDLE_SECONDS - 60)
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

    set_last_seen(client, settings.SESSION_IDLE_SECONDS + 60)
    assert client.get(intake.url).status_code == 302
    client.post(reverse("login"), {"username": "staff", "password": PASSWORD})

    assert_intake_kept(client, intake)


def test_pages_for_signed_in_staff_are_never_cached(staff_client):
    response = staff_client.get(HOME)
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]

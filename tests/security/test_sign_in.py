"""Signing in: failed attempts are counted per account (django-axes) and lock it after
``AXES_FAILURE_LIMIT`` failures for ``AXES_COOLOFF_TIME``; an administrator unlocks it by
deleting the access attempt in Django admin."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.urls import reverse

from tests.factories import PASSWORD
from tests.security.production import production_settings

pytestmark = pytest.mark.django_db

LOGIN = "/login/"


def sign_in(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password})


def signed_in(client) -> bool:
    return client.get(reverse("questionnaires:home")).status_code == 200


def fail_until_locked(client, username):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, username, "wrong-password")
    return response


def test_five_failures_lock_for_thirty_minutes_unless_configured():
    names = ("AXES_FAILURE_LIMIT", "AXES_COOLOFF_TIME")
    assert production_settings(*names) == {names[0]: 5, names[1]: 30 * 60}
    configured = production_settings(
        *names, DJANGO_LOGIN_FAILURE_LIMIT="10", DJANGO_LOGIN_LOCKOUT_MINUTES="60"
    )
    assert configured == {names[0]: 10, names[1]: 60 * 60}


def test_a_failed_sign_in_says_so_and_a_right_one_signs_in(client, staff_user):
    response = sign_in(client, "staff", "wrong-password")
    assert response.status_code == 200
    assert "Error: Sign in" in response.content.decode()
    assert not signed_in(client)
    assert sign_in(client, "staff", PASSWORD).status_code == 302
    assert signed_in(client)


def test_failures_below_the_limit_do_not_lock(client, staff_user):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "staff", "wrong-password").status_code == 200
    assert sign_in(client, "staff", PASSWORD).status_code == 302


def test_a_success_resets_the_count(client, staff_user):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "staff", "wrong-password")
    sign_in(client, "staff", PASSWORD)
    client.post(reverse("logout"))
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "staff", "wrong-password")
    assert sign_in(client, "staff", PASSWORD).status_code == 302


def test_repeated_failures_lock_the_account_even_with_the_right_password(client, staff_user):
    response = fail_until_locked(client, "staff")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Sign-in locked" in html and "30 minutes" in html
    assert "ask an administrator to unlock" in html

    response = sign_in(client, "staff", PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)


def test_the_lock_is_on_the_account_not_the_browser(client, staff_user, other_staff_user):
    from django.test import Client

    fail_until_locked(client, "staff")
    # From another browser and address the account stays locked ...
    elsewhere = Client(REMOTE_ADDR="203.0.113.9")
    assert sign_in(elsewhere, "staff", PASSWORD).status_code == 429
    # ... and other accounts are unaffected, from any other address.
    assert sign_in(elsewhere, "other-staff", PASSWORD).status_code == 302


def test_one_address_cannot_try_many_accounts(client, staff_user, other_staff_user):
    """Failures are counted per client address as well: one address trying a password on
    many accounts is locked out, whichever account it tries next."""
    from django.test import Client

    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"guess-{number}", "wrong-password")
    assert sign_in(client, "other-staff", PASSWORD).status_code == 429
    # Other addresses, and the accounts tried, are not locked by it.
    assert sign_in(Client(REMOTE_ADDR="203.0.113.9"), "other-staff", PASSWORD).status_code == 302


def test_behind_a_proxy_the_address_is_the_clients_from_the_proxy_header(
    client, staff_user, settings
):
    from django.test import Client

    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    proxy = "10.0.0.10"
    for number in range(settings.AXES_FAILURE_LIMIT):
        Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7").post(
            LOGIN, {"username": f"guess-{number}", "password": "wrong"}
        )
    # The proxy's other clients sign in; the address that failed is locked, even when it
    # forges an earlier entry in the header (only the entry the proxy added counts).
    other_client = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="192.0.2.44")
    assert sign_in(other_client, "staff", PASSWORD).status_code == 302
    same = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="192.0.2.1, 198.51.100.7")
    assert sign_in(same, "staff", PASSWORD).status_code == 429


def test_admin_sign_in_is_locked_too(client, admin_user):
    # Admin signs in on the app's page: the same lock applies.
    fail_until_locked(client, "admin")
    assert client.get("/admin/").status_code == 302
    assert sign_in(client, "admin", "password").status_code == 429


def test_an_administrator_unlocks_the_account_in_admin(client, admin_client, staff_user):
    fail_until_locked(client, "staff")
    attempt = AccessAttempt.objects.get(username="staff")

    changelist = reverse("admin:axes_accessattempt_changelist")
    assert "staff" in admin_client.get(changelist).content.decode()
    response = admin_client.post(
        changelist,
        {"action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="staff").exists()

    assert sign_in(client, "staff", PASSWORD).status_code == 302
    assert signed_in(client)

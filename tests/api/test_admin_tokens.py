"""API tokens in Django admin: created for a user and shown once, stored as a hash,
revoked for good, never edited or deleted; each creation and revocation audited."""

import hashlib
import re

import pytest
from django.urls import reverse

from questionnaires.api.tokens import ApiToken
from questionnaires.audit import AuditEvent

pytestmark = pytest.mark.django_db

ADD = reverse("admin:questionnaires_apitoken_add")
LIST = reverse("admin:questionnaires_apitoken_changelist")
QUESTIONNAIRES = "/api/v1/questionnaires/"


def create_in_admin(admin_client, user, name="LegalServer, Smith Clinic") -> str:
    response = admin_client.post(ADD, {"user": user.pk, "name": name})
    assert response.status_code == 200
    html = response.content.decode()
    assert "shown only once" in html
    return re.search(r'id="api-token" type="text" readonly value="([^"]+)"', html).group(1)


def test_a_token_created_in_admin_is_shown_once_and_stored_as_a_hash(
    admin_client, admin_user, staff_user, client
):
    key = create_in_admin(admin_client, staff_user)
    token = ApiToken.objects.get()
    assert token.user == staff_user and token.name == "LegalServer, Smith Clinic"
    assert token.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert key.startswith(token.shown) and len(key) > len(token.shown) + 30

    # Never shown again: not on the token's page, not in the list.
    for url in (LIST, reverse("admin:questionnaires_apitoken_change", args=[token.pk])):
        page = admin_client.get(url).content.decode()
        assert token.shown in page and key not in page

    # It works, as the user it was made for.
    response = client.get(QUESTIONNAIRES, headers={"Authorization": f"Bearer {key}"})
    assert response.status_code == 200
    assert AuditEvent.objects.filter(action="api_questionnaires_read").get().user == staff_user

    created = AuditEvent.objects.get(action=AuditEvent.Action.API_TOKEN_CREATED)
    assert created.user == admin_user
    assert created.detail["account"] == "staff" and created.detail["token"] == token.shown
    assert key not in str(created.detail)


def test_a_revoked_token_stops_working_and_the_revocation_is_recorded(
    admin_client, admin_user, staff_user, client
):
    key = create_in_admin(admin_client, staff_user)
    token = ApiToken.objects.get()
    response = admin_client.post(
        LIST, {"action": "revoke", "_selected_action": [token.pk]}, follow=True
    )
    assert "1 API token(s) revoked" in response.content.decode()
    token.refresh_from_db()
    assert token.is_revoked
    assert (
        client.get(QUESTIONNAIRES, headers={"Authorization": f"Bearer {key}"}).status_code == 401
    )
    revoked = AuditEvent.objects.get(action=AuditEvent.Action.API_TOKEN_REVOKED)
    assert revoked.user == admin_user and revoked.detail["token"] == token.shown

    # Revoking again changes nothing and records nothing.
    admin_client.post(LIST, {"action": "revoke", "_selected_action": [token.pk]})
    assert AuditEvent.objects.filter(action=AuditEvent.Action.API_TOKEN_REVOKED).count() == 1


def test_a_token_cannot_be_edited_or_deleted(admin_client, staff_user, other_staff_user):
    create_in_admin(admin_client, staff_user)
    token = ApiToken.objects.get()
    change = reverse("admin:questionnaires_apitoken_change", args=[token.pk])
    admin_client.post(change, {"user": other_staff_user.pk, "name": "Renamed"})
    token.refresh_from_db()
    assert token.user == staff_user and token.name == "LegalServer, Smith Clinic"
    delete = reverse("admin:questionnaires_apitoken_delete", args=[token.pk])
    assert admin_client.post(delete, {"post": "yes"}).status_code == 403
    assert ApiToken.objects.filter(pk=token.pk).exists()


def test_staff_without_admin_access_cannot_create_tokens(staff_client, staff_user):
    response = staff_client.post(ADD, {"user": staff_user.pk, "name": "mine"})
    assert response.status_code == 302 and not ApiToken.objects.exists()

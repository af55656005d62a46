"""A finished record is a record (issue 16, point 8): its answers and result are read-only
in admin, and a correction is a new version linked to the old one, started from "Amend"
on the record's page; both are kept and both audited."""

import pytest
from django.test import Client
from django.urls import reverse

from questionnaires.audit import AuditEvent
from questionnaires.models import CaseRecord
from tests.factories import Intake

pytestmark = pytest.mark.django_db

SLUG = "irs-records-request"
ANSWERS = {
    "client_reference": "LITC-8",
    "path": "prepare_request",
    "records_wanted": ["workpapers"],
    "records_owner": "client",
    "requester": "client",
    "records_description": "specific",
    "request_includes": ["signed", "identity", "fees"],
    "request_received": "2025-03-03",
}


@pytest.fixture
def finished(staff_client):
    return Intake(staff_client, SLUG).complete(ANSWERS)


def test_admin_shows_a_finished_record_read_only(admin_client, finished):
    url = reverse("admin:questionnaires_caserecord_change", args=[finished.pk])
    html = admin_client.get(url).content.decode()
    assert 'name="client_reference"' not in html and "LITC-8" in html
    response = admin_client.post(url, {"client_reference": "CHANGED"})
    assert response.status_code == 403
    again = CaseRecord.objects.get(pk=finished.pk)
    assert again.client_reference == "LITC-8" and again.answers == finished.answers
    assert again.determination == finished.determination


def test_amend_starts_a_new_version_and_keeps_the_old(staff_client, staff_user, finished):
    page = staff_client.get(finished.get_absolute_url()).content.decode()
    amend_url = reverse("questionnaires:case_amend", args=[finished.pk])
    assert f'action="{amend_url}"' in page
    assert staff_client.get(amend_url).status_code == 405

    response = staff_client.post(amend_url)
    draft = CaseRecord.objects.get(amends=finished)
    assert response.url == reverse("questionnaires:resume", args=[SLUG, draft.pk])
    assert draft.status == "draft" and draft.created_by == staff_user
    # Sent again, the same amendment opens: no second draft.
    assert staff_client.post(amend_url).url == response.url
    # Every answer is there: the draft opens on "Check your answers".
    review_url = staff_client.get(response.url).url
    assert review_url.endswith("/review/")
    intake = Intake(staff_client, SLUG, url=review_url)
    assert "LITC-8" in intake.review().content.decode()

    intake.url = review_url.replace("/review/", "/request_received/")
    intake.post({"request_received": "2025-03-10"})
    assert intake.step == "review"
    amended = intake.finish()

    assert amended.pk == draft.pk and amended.is_complete and amended.amends_id == finished.pk
    assert amended.answers["request_received"] == "2025-03-10"
    old = CaseRecord.objects.get(pk=finished.pk)
    assert old.is_complete and old.answers["request_received"] == "2025-03-03"
    assert old.determination == finished.determination

    events = AuditEvent.objects.filter(action__in=["amended", "created"]).order_by("at", "id")
    assert [(e.action, e.record_id) for e in events][-2:] == [
        ("amended", finished.pk),
        ("created", draft.pk),
    ]
    new_page = staff_client.get(amended.get_absolute_url()).content.decode()
    assert "Corrects" in new_page and finished.get_absolute_url() in new_page
    old_page = staff_client.get(finished.get_absolute_url()).content.decode()
    assert "Corrected by" in old_page and amended.get_absolute_url() in old_page


def test_another_users_record_cannot_be_amended(finished, other_staff_user):
    stranger = Client()
    stranger.force_login(other_staff_user)
    response = stranger.post(reverse("questionnaires:case_amend", args=[finished.pk]))
    assert response.status_code == 404
    assert not CaseRecord.objects.filter(amends=finished).exists()


def test_a_draft_cannot_be_amended(staff_client):
    intake = Intake(staff_client, SLUG)
    intake.post(ANSWERS)
    response = staff_client.post(reverse("questionnaires:case_amend", args=[intake.intake_id]))
    assert response.status_code == 404


def test_the_retention_purge_may_delete_an_amended_record(staff_client, finished):
    staff_client.post(reverse("questionnaires:case_amend", args=[finished.pk]))
    amendment = CaseRecord.objects.get(amends=finished)
    finished.delete()
    assert CaseRecord.objects.get(pk=amendment.pk).amends is None

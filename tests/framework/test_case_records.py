import csv
import io
from datetime import timedelta

import pytest
from django.contrib.admin.sites import site
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from questionnaires.models import CaseRecord
from tests.factories import Intake, make_record, make_user

pytestmark = pytest.mark.django_db


def test_record_ids_are_random_uuids(staff_user):
    first, second = make_record(staff_user), make_record(staff_user)
    assert first.pk.version == 4 and first.pk != second.pk


def test_home_lists_the_users_own_recent_records_newest_first(staff_client, staff_user):
    older = make_record(staff_user, client_reference="OLDER")
    newer = make_record(staff_user, client_reference="NEWER")
    CaseRecord.objects.filter(pk=older.pk).update(updated_at=timezone.now() - timedelta(days=1))
    make_record(make_user("someone-else"), client_reference="NOT-MINE")
    html = staff_client.get(reverse("questionnaires:home")).content.decode()
    assert html.index("NEWER") < html.index("OLDER")
    assert "NOT-MINE" not in html
    assert newer.get_absolute_url() in html


def test_staff_see_only_their_own_records(staff_client, staff_user, other_staff_user):
    theirs = make_record(other_staff_user, client_reference="THEIRS")
    make_record(staff_user, client_reference="MINE")
    html = staff_client.get(reverse("questionnaires:case_list")).content.decode()
    assert "MINE" in html and "THEIRS" not in html
    assert staff_client.get(theirs.get_absolute_url()).status_code == 404


def test_supervisors_see_every_record(client, supervisor, other_staff_user):
    theirs = make_record(other_staff_user, client_reference="THEIRS")
    client.force_login(supervisor)
    assert "THEIRS" in client.get(reverse("questionnaires:case_list")).content.decode()
    assert client.get(theirs.get_absolute_url()).status_code == 200


def test_case_list_filters_by_status_and_questionnaire(staff_client, staff_user):
    make_record(staff_user, client_reference="DONE")
    make_record(staff_user, client_reference="DRAFTED", status=CaseRecord.Status.DRAFT)
    url = reverse("questionnaires:case_list")
    html = staff_client.get(url, {"status": "draft"}).content.decode()
    assert "DRAFTED" in html and "DONE" not in html
    html = staff_client.get(url, {"questionnaire": "irs-records-request"}).content.decode()
    assert "DRAFTED" not in html and "DONE" not in html


def test_result_page_renders_from_the_snapshot(staff_client, staff_user):
    record = make_record(staff_user)
    html = staff_client.get(record.get_absolute_url()).content.decode()
    assert "Get advice before relying on this." in html
    assert "Based on your answers:" in html and "Resident?: <strong>Not sure</strong>" in html
    assert '<a href="#source-1" aria-label="Source 1">[1]</a>' in html
    # The ruling's paragraph is linked to its text in the app (tests/framework/test_sources.py).
    assert (
        '<li id="source-1"><a href="/sources/cr-2005-54/#para-45">CR 2005/54, para 45'
        '<span class="visually-hidden"> (the text in this app)</span></a></li>'
    ) in html
    assert "not legal advice" in html
    assert "Rules version" in html and "1 July 2025" in html


def test_a_draft_offers_to_continue(staff_client, staff_user):
    draft = make_record(staff_user, status=CaseRecord.Status.DRAFT, determination=None)
    html = staff_client.get(draft.get_absolute_url()).content.decode()
    assert "Continue this screening" in html
    assert reverse("questionnaires:resume", args=[draft.questionnaire, draft.pk]) in html


def test_purge_deletes_old_records_and_stale_drafts_and_reports_counts(staff_user):
    old = make_record(staff_user)
    recent = make_record(staff_user)
    stale_draft = make_record(staff_user, status=CaseRecord.Status.DRAFT)
    fresh_draft = make_record(staff_user, status=CaseRecord.Status.DRAFT)
    long_ago = timezone.now() - timedelta(days=400)
    CaseRecord.objects.filter(pk=old.pk).update(created_at=long_ago)
    CaseRecord.objects.filter(pk=stale_draft.pk).update(updated_at=long_ago)
    out = io.StringIO()
    call_command("purge_case_records", "--days", "365", "--draft-days", "90", stdout=out)
    assert "Deleted 1 completed case record(s)" in out.getvalue()
    assert ", 1 draft(s)" in out.getvalue()
    remaining = set(CaseRecord.objects.values_list("pk", flat=True))
    assert remaining == {recent.pk, fresh_draft.pk}


def test_purge_deletes_expired_sessions(client, staff_user):
    from django.contrib.sessions.models import Session

    client.force_login(staff_user)
    intake = Intake(client, "irs-records-request")
    intake.post({"client_reference": "ABANDONED"})
    abandoned = Session.objects.get()
    # The answers are in the encrypted draft record, not the session.
    assert "ABANDONED" not in str(abandoned.get_decoded())
    assert CaseRecord.objects.get(pk=intake.intake_id).client_reference == "ABANDONED"
    Session.objects.filter(pk=abandoned.pk).update(expire_date=timezone.now() - timedelta(1))
    other = Client()
    other.force_login(staff_user)  # a live session stays

    out = io.StringIO()
    call_command("purge_case_records", stdout=out)

    assert "and 1 expired session(s)" in out.getvalue()
    assert list(Session.objects.values_list("pk", flat=True)) == [other.session.session_key]


def test_purge_dry_run_deletes_nothing(staff_user):
    record = make_record(staff_user)
    CaseRecord.objects.filter(pk=record.pk).update(created_at=timezone.now() - timedelta(days=9))
    out = io.StringIO()
    call_command("purge_case_records", "--days", "1", "--dry-run", stdout=out)
    assert "Would delete 1 completed" in out.getvalue()
    assert CaseRecord.objects.filter(pk=record.pk).exists()


def test_local_admin_is_created_once_with_a_random_password(django_user_model):
    first, second = io.StringIO(), io.StringIO()
    call_command("create_local_admin", stdout=first)
    call_command("create_local_admin", stdout=second)
    password = first.getvalue().split("password: ")[1].split()[0]
    assert len(password) >= 16
    assert django_user_model.objects.get(username="admin").check_password(password)
    assert "exists already" in second.getvalue()
    assert django_user_model.objects.filter(is_superuser=True).count() == 1


@pytest.fixture
def admin_client_with_records(admin_client, admin_user, staff_user):
    make_record(staff_user, client_reference="=HYPERLINK(evil)")
    make_record(admin_user, client_reference="ADMIN-REF", status=CaseRecord.Status.DRAFT)
    return admin_client


def test_admin_lists_filters_and_searches_case_records(admin_client_with_records):
    url = reverse("admin:questionnaires_caserecord_changelist")
    html = admin_client_with_records.get(url).content.decode()
    assert "ADMIN-REF" in html and "By questionnaire" in html and "By outcome" in html
    # The reference is encrypted: the search is by the exact reference, any case.
    html = admin_client_with_records.get(url, {"q": "admin-ref"}, follow=True).content.decode()
    assert "ADMIN-REF" in html and "HYPERLINK" not in html
    html = admin_client_with_records.get(url, {"q": "ADMIN"}, follow=True).content.decode()
    assert "ADMIN-REF" not in html
    html = admin_client_with_records.get(url, {"outcome": "refer"}).content.decode()
    assert "HYPERLINK" in html


def test_admin_shows_answers_and_result_readably(admin_client, staff_user):
    record = make_record(staff_user)
    url = reverse("admin:questionnaires_caserecord_change", args=[record.pk])
    html = admin_client.get(url).content.decode()
    assert "<td>Resident?</td><td>Not sure</td>" in html
    assert "Get advice before relying on this." in html and "CR 2005/54, para 45" in html


def test_admin_exports_csv_without_letting_a_spreadsheet_run_formulas(
    admin_client_with_records,
):
    url = reverse("admin:questionnaires_caserecord_changelist")
    ids = [str(pk) for pk in CaseRecord.objects.values_list("pk", flat=True)]
    response = admin_client_with_records.post(
        url, {"action": "export_csv", "_selected_action": ids}
    )
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert {row["client_reference"] for row in rows} == {"'=HYPERLINK(evil)", "ADMIN-REF"}


def test_records_cannot_be_added_by_hand_in_admin(admin_client):
    assert admin_client.get(reverse("admin:questionnaires_caserecord_add")).status_code == 403
    assert site._registry[CaseRecord].has_add_permission(None) is False


def test_the_supervisors_group_exists_after_migrating():
    from django.contrib.auth.models import Group

    assert Group.objects.filter(name="supervisors").exists()

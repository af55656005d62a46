"""The audit trail: an event for each thing done to a case record, by whom, when and from
which questionnaire; purges by count; append-only, and read-only in Django admin."""

import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from bench.flows import FLOWS
from questionnaires.audit import AuditEvent, record_event
from questionnaires.models import CaseRecord
from tests.factories import Intake, make_record

pytestmark = pytest.mark.django_db

SLUG = "irs-records-request"
ANSWERS = {"client_reference": "AUDIT-REF", **FLOWS[SLUG][0].answers}
Action = AuditEvent.Action


#: What is done to case records (the trail also holds sign-ins, account changes and case
#: list views: tests/security/test_audit_access.py).
RECORD_ACTIONS = [
    Action.CREATED,
    Action.VIEWED,
    Action.CHANGED,
    Action.COMPLETED,
    Action.RESUMED,
    Action.EXPORTED_PDF,
    Action.EXPORTED_CSV,
    Action.DELETED,
    Action.PURGED,
]


def events(**filters) -> list[tuple]:
    return list(
        AuditEvent.objects.filter(action__in=RECORD_ACTIONS, **filters)
        .order_by("at", "id")
        .values_list("user__username", "action", "record_id", "questionnaire", "count")
    )


def save_draft(client) -> Intake:
    intake = Intake(client, SLUG)
    intake.post(ANSWERS)
    intake.post(ANSWERS, action="save_draft")
    return intake


# From the wizard ------------------------------------------------------------------------------


def test_saving_a_draft_records_created_then_changed(staff_client):
    intake = save_draft(staff_client)
    record = CaseRecord.objects.get()
    # The first page sent creates the record; each page sent after it is one change.
    assert events() == [
        ("staff", Action.CREATED, record.pk, SLUG, None),
        ("staff", Action.CHANGED, record.pk, SLUG, None),
    ]

    # Picked up again from the case list and saved again.
    response = staff_client.get(reverse("questionnaires:resume", args=[SLUG, intake.intake_id]))
    Intake(staff_client, SLUG, url=response.url).post(ANSWERS, action="save_draft")
    assert [e[1] for e in events()] == [
        Action.CREATED,
        Action.CHANGED,
        Action.RESUMED,
        Action.CHANGED,
    ]


def test_opening_a_draft_from_the_case_list_records_resumed(staff_client, staff_user):
    intake = save_draft(staff_client)
    record = CaseRecord.objects.get()
    other_browser = Client()
    other_browser.force_login(staff_user)
    resume = reverse("questionnaires:resume", args=[SLUG, record.pk])
    assert other_browser.get(resume).status_code == 302
    assert events(action=Action.RESUMED) == [("staff", Action.RESUMED, record.pk, SLUG, None)]
    assert intake.intake_id == str(record.pk)


def test_completing_a_draft_records_one_change_per_page_sent_then_completed(
    staff_client, staff_user
):
    save_draft(staff_client)
    record = CaseRecord.objects.get()
    browser = Client()
    browser.force_login(staff_user)
    response = browser.get(reverse("questionnaires:resume", args=[SLUG, record.pk]))
    visited = Intake(browser, SLUG, url=response.url).answer_until_review(ANSWERS)
    Intake(browser, SLUG, url=response.url.rsplit("/", 2)[0] + "/review/").finish()
    assert [e[1] for e in events()] == [
        Action.CREATED,
        Action.CHANGED,
        Action.RESUMED,
        *[Action.CHANGED] * len(visited),
        Action.COMPLETED,
    ]
    assert CaseRecord.objects.get().is_complete


def test_completing_a_new_intake_records_created_changes_then_completed(staff_client):
    intake = Intake(staff_client, SLUG)
    visited = intake.answer_until_review(ANSWERS)
    record = intake.finish()
    assert events() == [
        ("staff", Action.CREATED, record.pk, SLUG, None),
        *[("staff", Action.CHANGED, record.pk, SLUG, None)] * (len(visited) - 1),
        ("staff", Action.COMPLETED, record.pk, SLUG, None),
    ]


def test_opening_pages_and_the_review_records_nothing(staff_client):
    intake = Intake(staff_client, SLUG)
    intake.answer_until_review(ANSWERS)
    before = events()
    staff_client.get(intake.url)
    staff_client.get(intake.url.replace("/review/", "/client/"))
    assert events() == before


# From the case pages --------------------------------------------------------------------------


def test_opening_a_record_records_viewed(staff_client, staff_user):
    record = make_record(staff_user)
    draft = make_record(staff_user, status=CaseRecord.Status.DRAFT)
    staff_client.get(record.get_absolute_url())
    staff_client.get(draft.get_absolute_url())
    assert events() == [
        ("staff", Action.VIEWED, record.pk, record.questionnaire, None),
        ("staff", Action.VIEWED, draft.pk, draft.questionnaire, None),
    ]


def test_a_supervisor_opening_someone_elses_record_is_recorded(client, supervisor, staff_user):
    record = make_record(staff_user)
    client.force_login(supervisor)
    client.get(record.get_absolute_url())
    assert events() == [("supervisor", Action.VIEWED, record.pk, record.questionnaire, None)]


def test_a_refused_record_records_nothing(staff_client, other_staff_user):
    record = make_record(other_staff_user)
    assert staff_client.get(record.get_absolute_url()).status_code == 404
    assert (
        staff_client.get(reverse("questionnaires:case_pdf", args=[record.pk])).status_code == 404
    )
    assert events() == []


def test_downloading_the_pdf_records_exported_pdf(staff_client, staff_user):
    record = make_record(staff_user)
    response = staff_client.get(reverse("questionnaires:case_pdf", args=[record.pk]))
    assert response.status_code == 200
    assert events() == [("staff", Action.EXPORTED_PDF, record.pk, record.questionnaire, None)]


# From Django admin -----------------------------------------------------------------------------

CHANGELIST = reverse("admin:questionnaires_caserecord_changelist")


def test_csv_export_records_exported_csv_for_each_record(admin_client, staff_user):
    first, second = make_record(staff_user), make_record(staff_user)
    admin_client.post(
        CHANGELIST, {"action": "export_csv", "_selected_action": [first.pk, second.pk]}
    )
    assert sorted(events()) == sorted(
        [
            ("admin", Action.EXPORTED_CSV, first.pk, first.questionnaire, None),
            ("admin", Action.EXPORTED_CSV, second.pk, second.questionnaire, None),
        ]
    )


def test_viewing_in_admin_is_recorded_and_a_record_cannot_be_changed_there(
    admin_client, staff_user
):
    record = make_record(staff_user)
    url = reverse("admin:questionnaires_caserecord_change", args=[record.pk])
    admin_client.get(url)
    response = admin_client.post(url, {"client_reference": "NEW-REF"})
    assert response.status_code == 403
    assert CaseRecord.objects.get(pk=record.pk).client_reference == "REF-1"
    assert [e[:3] for e in events()] == [("admin", Action.VIEWED, record.pk)]


def test_deleting_in_admin_is_recorded_and_outlives_the_record(admin_client, staff_user):
    one, two, three = make_record(staff_user), make_record(staff_user), make_record(staff_user)
    url = reverse("admin:questionnaires_caserecord_delete", args=[one.pk])
    assert admin_client.post(url, {"post": "yes"}).status_code == 302
    admin_client.post(
        CHANGELIST,
        {"action": "delete_selected", "_selected_action": [two.pk, three.pk], "post": "yes"},
    )
    assert not CaseRecord.objects.exists()
    deleted = events(action=Action.DELETED)
    assert {e[2] for e in deleted} == {one.pk, two.pk, three.pk}
    assert {e[0] for e in deleted} == {"admin"}


# The purge command ----------------------------------------------------------------------------


def test_a_purge_is_recorded_by_count(staff_user):
    old = make_record(staff_user)
    make_record(staff_user)
    CaseRecord.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=400))
    call_command("purge_case_records", "--days", "365", stdout=io.StringIO())
    assert events() == [(None, Action.PURGED, None, "", 1)]
    call_command("purge_case_records", "--days", "365", "--dry-run", stdout=io.StringIO())
    assert len(events()) == 1


# The trail itself ---------------------------------------------------------------------------


def test_an_event_holds_no_client_data():
    fields = {field.name for field in AuditEvent._meta.get_fields()}
    assert fields == {
        "id",
        "at",
        "user",
        "action",
        "record_id",
        "questionnaire",
        "count",
        "detail",  # account names, group names, filters, addresses: tests/security
        "previous_hash",
        "hash",
    }


def test_events_cannot_be_changed_or_deleted(staff_user):
    event = record_event(staff_user, Action.VIEWED)
    event.action = Action.DELETED
    with pytest.raises(TypeError, match="append-only"):
        event.save()
    with pytest.raises(TypeError, match="append-only"):
        event.delete()
    with pytest.raises(TypeError, match="append-only"):
        AuditEvent.objects.filter(pk=event.pk).update(action=Action.DELETED)
    with pytest.raises(TypeError, match="append-only"):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.get(pk=event.pk).action == Action.VIEWED


def test_admin_shows_the_trail_read_only_with_filters(admin_client, staff_user):
    record = make_record(staff_user)
    event = record_event(staff_user, Action.VIEWED, record)
    changelist = reverse("admin:questionnaires_auditevent_changelist")
    html = admin_client.get(changelist).content.decode()
    assert "By user" in html and "By action" in html and "By when" in html
    assert str(record.pk) in html

    assert (
        admin_client.get(changelist, {"action__exact": "deleted"}).context["cl"].result_count == 0
    )
    assert admin_client.get(changelist, {"user__id__exact": staff_user.pk}).status_code == 200
    found = admin_client.get(changelist, {"q": str(record.pk)}).context["cl"].result_count
    assert found == 1
    assert admin_client.get(changelist, {"q": "not-a-uuid"}).status_code == 200

    change = reverse("admin:questionnaires_auditevent_change", args=[event.pk])
    page = admin_client.get(change)
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    assert admin_client.post(change, {"action": "deleted"}).status_code == 403
    delete = reverse("admin:questionnaires_auditevent_delete", args=[event.pk])
    assert admin_client.post(delete, {"post": "yes"}).status_code == 403
    add = reverse("admin:questionnaires_auditevent_add")
    assert admin_client.get(add).status_code == 403
    assert AuditEvent.objects.get(pk=event.pk).action == Action.VIEWED


def test_staff_may_be_given_the_trail_to_read(client, staff_user):
    staff_user.is_staff = True
    staff_user.save()
    staff_user.user_permissions.add(Permission.objects.get(codename="view_auditevent"))
    client.force_login(staff_user)
    assert client.get(reverse("admin:questionnaires_auditevent_changelist")).status_code == 200


def test_an_account_with_a_history_cannot_be_deleted(staff_user):
    from django.db.models import ProtectedError

    record_event(staff_user, Action.VIEWED)
    with pytest.raises(ProtectedError):
        staff_user.delete()


def test_admin_history_keeps_no_client_reference_after_deletion(admin_client, staff_user):
    from django.contrib.admin.models import LogEntry

    record = make_record(staff_user, client_reference="GONE-REF")
    delete = reverse("admin:questionnaires_caserecord_delete", args=[record.pk])
    admin_client.post(delete, {"post": "yes"})
    assert not CaseRecord.objects.exists()
    assert not LogEntry.objects.filter(object_repr__contains="GONE-REF").exists()
    assert [e[1] for e in events()] == [Action.DELETED]

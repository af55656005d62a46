"""The audit trail beyond case records: sign-ins, sign-outs, failed sign-ins, lockouts and
unlocks; changes to accounts, groups and permissions; deletions of sign-in records; case
list views and searches (the filter, never the term). And the trail proving itself: the
hash chain, its verification, PostgreSQL's refusal to change a row, the CSV export."""

import csv
import io
import threading
from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessLog
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, connections
from django.urls import reverse
from django.utils import timezone

from questionnaires.audit import GENESIS, AuditEvent, record_event
from questionnaires.models import SUPERVISORS_GROUP
from tests.factories import PASSWORD, make_record, make_user
from tests.security.test_sign_in import fail_until_locked, sign_in

pytestmark = pytest.mark.django_db
Action = AuditEvent.Action


def last(action) -> AuditEvent:
    return AuditEvent.objects.filter(action=action).order_by("-id").first()


def details(action) -> list[dict]:
    return [e.detail for e in AuditEvent.objects.filter(action=action).order_by("id")]


# Signing in and out ---------------------------------------------------------------------------


def test_signing_in_and_out_is_recorded_with_the_address(client, staff_user):
    sign_in(client, "staff", PASSWORD)
    client.post(reverse("logout"))

    signed_in, signed_out = last(Action.SIGNED_IN), last(Action.SIGNED_OUT)
    assert signed_in.user == staff_user and signed_in.detail == {"address": "127.0.0.1"}
    assert signed_out.user == staff_user and signed_out.id > signed_in.id


def test_a_failed_sign_in_names_the_account_tried_never_the_password(client, staff_user):
    sign_in(client, "staff", "the-wrong-secret")

    event = last(Action.SIGN_IN_FAILED)
    assert event.user is None
    assert event.detail == {"account": "staff", "address": "127.0.0.1"}
    assert "the-wrong-secret" not in str(event.detail)


def test_a_lockout_and_its_lifting_in_admin_are_recorded(client, admin_client, staff_user):
    fail_until_locked(client, "staff")
    assert last(Action.LOCKED_OUT).detail["account"] == "staff"

    attempt = AccessAttempt.objects.get(username="staff")
    admin_client.post(
        reverse("admin:axes_accessattempt_changelist"),
        {"action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"},
    )

    unlocked = last(Action.UNLOCKED)
    assert unlocked.user.username == "admin" and unlocked.detail["account"] == "staff"
    deleted = last(Action.SIGN_IN_RECORDS_DELETED)
    assert deleted.count == 1 and deleted.detail["accounts"] == ["staff"]


def test_deleting_sign_in_history_in_admin_is_recorded(client, admin_client, staff_user):
    sign_in(client, "staff", PASSWORD)
    logs = list(AccessLog.objects.values_list("pk", flat=True))
    assert logs

    admin_client.post(
        reverse("admin:axes_accesslog_changelist"),
        {"action": "delete_selected", "_selected_action": logs, "post": "yes"},
    )

    assert not AccessLog.objects.exists()
    event = last(Action.SIGN_IN_RECORDS_DELETED)
    assert event.user.username == "admin"
    assert event.count == len(logs) and event.detail["kind"] == "access logs"
    assert not AuditEvent.objects.filter(action=Action.UNLOCKED).exists()


# Accounts, groups, permissions ----------------------------------------------------------------


def test_adding_someone_to_supervisors_in_admin_is_recorded(admin_client, staff_user):
    supervisors = Group.objects.get(name=SUPERVISORS_GROUP)
    change = reverse("admin:auth_user_change", args=[staff_user.pk])
    form = admin_client.get(change).context["adminform"].form
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and name not in ("password", "last_login", "date_joined")
    }
    data.update(
        groups=[supervisors.pk],
        user_permissions=[],
        is_active="on",
        date_joined_0=f"{staff_user.date_joined:%Y-%m-%d}",
        date_joined_1=f"{staff_user.date_joined:%H:%M:%S}",
    )
    response = admin_client.post(change, data)
    assert response.status_code == 302, response.context["adminform"].form.errors

    event = last(Action.GROUPS_CHANGED)
    assert event.user.username == "admin"
    assert event.detail["account"] == "staff"
    assert event.detail["groups"] == [SUPERVISORS_GROUP]
    assert event.detail["change"] == "added"
    assert event.detail["address"] == "127.0.0.1"


def test_group_membership_from_either_side_and_clearing_are_recorded(staff_user):
    supervisors = Group.objects.get(name=SUPERVISORS_GROUP)
    supervisors.user_set.add(staff_user)
    staff_user.groups.remove(supervisors)
    staff_user.groups.add(supervisors)
    staff_user.groups.clear()

    assert details(Action.GROUPS_CHANGED) == [
        {"change": "added", "group": SUPERVISORS_GROUP, "accounts": ["staff"]},
        {"change": "removed", "account": "staff", "groups": [SUPERVISORS_GROUP]},
        {"change": "added", "account": "staff", "groups": [SUPERVISORS_GROUP]},
        {"change": "cleared", "account": "staff", "groups": [SUPERVISORS_GROUP]},
    ]
    # Outside a request (a shell, a command), no one is named.
    assert last(Action.GROUPS_CHANGED).user is None


def test_permission_changes_are_recorded(staff_user):
    view = Permission.objects.get(codename="view_caserecord")
    staff_user.user_permissions.add(view)
    Group.objects.get(name=SUPERVISORS_GROUP).permissions.add(view)

    assert details(Action.PERMISSIONS_CHANGED) == [
        {"change": "added", "account": "staff", "permissions": ["questionnaires.view_caserecord"]},
        {
            "change": "added",
            "group": SUPERVISORS_GROUP,
            "permissions": ["questionnaires.view_caserecord"],
        },
    ]


def test_accounts_created_changed_and_deleted_are_recorded():
    user = make_user("newcomer")
    user.is_staff = True
    user.set_password("another-long-password-7")
    user.save()
    user.save()  # nothing changed: nothing recorded
    user.delete()

    assert details(Action.ACCOUNT_CREATED) == [{"account": "newcomer"}]
    assert details(Action.ACCOUNT_CHANGED) == [
        {"account": "newcomer", "fields": ["is_staff", "password"]}
    ]
    assert details(Action.ACCOUNT_DELETED) == [{"account": "newcomer"}]


def test_a_sign_in_updating_last_login_is_no_account_change(client, staff_user):
    sign_in(client, "staff", PASSWORD)
    assert not AuditEvent.objects.filter(action=Action.ACCOUNT_CHANGED).exists()


def test_groups_created_and_deleted_are_recorded():
    group = Group.objects.create(name="reviewers")
    group.delete()
    changes = [d["change"] for d in details(Action.GROUP_CHANGED) if d["group"] == "reviewers"]
    assert changes == ["created", "deleted"]


# Case lists and searches ----------------------------------------------------------------------


def test_the_case_list_is_recorded_with_its_filter(staff_client, staff_user):
    staff_client.get(reverse("questionnaires:case_list"), {"status": "draft", "x": "junk"})

    event = last(Action.LISTED)
    assert event.user == staff_user
    assert event.detail == {"filters": {"status": "draft", "page": "1"}}


def test_an_admin_search_is_recorded_without_its_term(admin_client, staff_user):
    make_record(staff_user, client_reference="SECRET-CLIENT-7")
    changelist = reverse("admin:questionnaires_caserecord_changelist")

    admin_client.post(
        changelist, {"q": "SECRET-CLIENT-7", "status__exact": "complete"}, follow=True
    )
    admin_client.get(changelist)

    searched = last(Action.SEARCHED)
    assert searched.detail == {"filters": {"place": "admin", "status__exact": "complete"}}
    assert last(Action.LISTED).detail == {"filters": {"place": "admin"}}
    for event in AuditEvent.objects.all():
        assert "SECRET-CLIENT-7" not in str(event.detail)


# The chain ------------------------------------------------------------------------------------


def test_each_event_is_chained_to_the_one_before(staff_user):
    first = record_event(staff_user, Action.VIEWED)
    second = record_event(staff_user, Action.LISTED, filters={"page": "1"})
    assert second.previous_hash == first.hash
    assert len(second.hash) == 64 and second.hash != first.hash
    assert AuditEvent.objects.order_by("id").first().previous_hash == GENESIS


def verify() -> str:
    out = io.StringIO()
    call_command("verify_audit_trail", stdout=out)
    return out.getvalue()


def tamper(sql: str, params) -> None:
    """What someone with the database's password could do (not the app: its model refuses,
    and on PostgreSQL the trigger does)."""
    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL refuses to change audit rows (tested below)")
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


@pytest.fixture
def trail(staff_user):
    return [record_event(staff_user, Action.VIEWED, count=n) for n in range(5)]


def test_verify_passes_an_intact_trail(trail):
    assert "The audit trail holds" in verify()


def test_verify_reports_a_changed_event(trail):
    tamper("UPDATE questionnaires_auditevent SET action = 'listed' WHERE id = %s", [trail[2].pk])
    with pytest.raises(CommandError, match=f"broken at event {trail[2].pk} .*was changed"):
        verify()


def test_verify_reports_a_removed_event(trail):
    tamper("DELETE FROM questionnaires_auditevent WHERE id = %s", [trail[1].pk])
    with pytest.raises(CommandError, match=f"broken at event {trail[2].pk} .*removed"):
        verify()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger is PostgreSQL's")
def test_postgresql_refuses_to_update_or_delete_audit_rows(trail):
    from django.db import DatabaseError, transaction

    for sql in (
        "UPDATE questionnaires_auditevent SET action = 'listed' WHERE id = %s",
        "DELETE FROM questionnaires_auditevent WHERE id = %s",
    ):
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, [trail[0].pk])
    assert AuditEvent.objects.filter(pk=trail[0].pk, action=Action.VIEWED).exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="threads need a server database")
@pytest.mark.django_db(transaction=True)
def test_events_appended_at_once_from_many_connections_keep_one_chain():
    user = make_user("busy")

    def append_many():
        try:
            for _ in range(10):
                record_event(user, Action.VIEWED)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=append_many) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert AuditEvent.objects.filter(action=Action.VIEWED).count() == 40
    assert "The audit trail holds" in verify()


# Export ---------------------------------------------------------------------------------------


def export(start, end, path) -> list[dict]:
    call_command("export_audit_trail", "--from", f"{start}", "--to", f"{end}", "--output", path)
    with open(path, newline="", encoding="utf-8") as exported:
        return list(csv.DictReader(exported))


def test_the_trail_for_a_period_exports_as_csv(staff_user, tmp_path):
    first = record_event(staff_user, Action.VIEWED)
    second = record_event(staff_user, Action.LISTED, filters={"page": "1"})
    today = timezone.localdate()
    path = str(tmp_path / "audit.csv")

    rows = export(today, today, path)

    assert [int(row["id"]) for row in rows][-2:] == [first.pk, second.pk]
    assert rows[-1]["user"] == "staff" and rows[-1]["action"] == "listed"
    assert rows[-1]["detail"] == '{"filters": {"page": "1"}}'
    assert rows[-1]["hash"] == second.hash and rows[-1]["previous_hash"] == first.hash
    # Another period holds none of them.
    assert export(today + timedelta(days=1), today + timedelta(days=2), path) == []


def test_admin_exports_the_selected_events_as_csv(admin_client, staff_user):
    events = [record_event(staff_user, Action.VIEWED) for _ in range(3)]
    response = admin_client.post(
        reverse("admin:questionnaires_auditevent_changelist"),
        {"action": "export_csv", "_selected_action": [e.pk for e in events]},
    )
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [row["hash"] for row in rows] == [e.hash for e in events]

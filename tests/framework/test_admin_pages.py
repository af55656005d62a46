"""What administrators read in Django admin: labels, not codes, and plain words about what
Django's "staff status" means (issue 21, part 6)."""

import pytest
from django.contrib.auth import get_user_model

from questionnaires.audit import AuditEvent
from tests.factories import make_record, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(client):
    user = make_user("ada", is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


def test_a_case_record_shows_its_questionnaire_and_outcome_by_name(client, administrator):
    record = make_record(administrator, client_reference="CLINIC-0001")
    page = client.get(f"/admin/questionnaires/caserecord/{record.pk}/change/")
    assert page.status_code == 200
    html = page.content.decode()
    assert record.questionnaire_title in html
    assert record.outcome_label in html
    assert record.outcome_label != record.outcome
    assert f'<div class="readonly">{record.outcome}</div>' not in html


def test_the_audit_trail_names_the_questionnaire(client, administrator):
    record = make_record(administrator, client_reference="CLINIC-0001")
    client.get(f"/admin/questionnaires/caserecord/{record.pk}/change/")
    assert AuditEvent.objects.filter(action=AuditEvent.Action.VIEWED).exists()
    html = client.get("/admin/questionnaires/auditevent/").content.decode()
    assert record.questionnaire_title in html
    assert f">{record.questionnaire}<" not in html


def test_adding_an_account_says_clinic_staff_need_no_admin_access(client, administrator):
    html = client.get("/admin/auth/user/add/").content.decode()
    assert "Clinic staff and supervisors need only a username and a password" in html


def test_an_account_page_calls_staff_status_admin_site_access(client, administrator):
    someone = make_user("casey")
    html = client.get(f"/admin/auth/user/{someone.pk}/change/").content.decode()
    assert "Admin site access" in html
    assert "Clinic staff and supervisors do not need it" in html


def test_the_account_list_shows_admin_access_not_staff_status(client, administrator):
    make_user("casey")
    html = client.get("/admin/auth/user/").content.decode()
    assert "Admin site access" in html
    assert "Staff status" not in html.split("<table")[1]


def test_adding_an_account_still_creates_a_plain_staff_member(client, administrator):
    response = client.post(
        "/admin/auth/user/add/",
        {
            "username": "robin",
            "usable_password": "true",
            "password1": "a long and unusual passphrase 42",
            "password2": "a long and unusual passphrase 42",
            "_save": "Save",
        },
    )
    assert response.status_code == 302
    robin = get_user_model().objects.get(username="robin")
    assert not robin.is_staff and not robin.is_superuser


def test_deadlines_are_listed_read_only_and_only_for_records_one_may_see(
    client, administrator, staff_user, other_staff_user
):
    from questionnaires.models import Deadline

    mine = make_record(staff_user, client_reference="MINE")
    theirs = make_record(other_staff_user, client_reference="THEIRS")
    Deadline.objects.create(record=mine, key="a", action="File the appeal", due="2026-12-01")
    Deadline.objects.create(record=theirs, key="a", action="Sue", due="2026-12-02")

    html = client.get("/admin/questionnaires/deadline/").content.decode()
    assert "File the appeal" in html and "Sue" in html
    assert "/admin/questionnaires/deadline/add/" not in html

    staff_user.is_staff = True
    staff_user.save()
    from django.contrib.auth.models import Permission

    staff_user.user_permissions.add(Permission.objects.get(codename="view_deadline"))
    client.force_login(staff_user)
    html = client.get("/admin/questionnaires/deadline/").content.decode()
    assert "File the appeal" in html and "Sue" not in html

"""Who may open what.

Every URL but the sign-in pages needs a signed-in, active account; static files are
served by whitenoise before the URL configuration is consulted. Clinic staff (any active
account) see their own case records; members of the "supervisors" group, and superusers,
see every record. Another user's record answers exactly as a record that does not exist:
404 in the app (page, PDF, wizard); in Django admin, which only ``is_staff`` accounts
enter, the same rule holds and admin answers as it does for a missing object.
"""

import csv
import io
import uuid

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from questionnaires.models import CaseRecord
from tests.factories import make_record, make_user
from tests.security.url_walk import all_urls

pytestmark = pytest.mark.django_db

URLS = all_urls()
#: Open to anyone: the sign-in pages, the app's and admin's, and the load balancer's probes,
#: which show no data (tests/security/test_outages.py), and the calendar feed, opened by the
#: secret in its address (tests/test_calendar_feed.py). (Signing out needs no exception: a
#: signed-out visitor who posts to it lands on the sign-in page all the same.)
OPEN = {"login", "admin:login", "healthz", "readyz", "questionnaires:calendar_feed"}
#: The API (questionnaires/api) answers in JSON, to a token only: a session opens nothing there
#: (tests/api). Its OpenAPI document and its JSON "not found" show no data.
API_OPEN = {"api:openapi", "api:not_found"}
API = [url for url in URLS if url.name.startswith("api:") and url.name not in API_OPEN]
PROTECTED = [url for url in URLS if url.name not in OPEN and not url.name.startswith("api:")]


def test_the_walk_covers_the_whole_url_configuration():
    names = {url.name for url in URLS}
    assert names >= OPEN
    assert {
        "questionnaires:home",
        "questionnaires:case",
        "questionnaires:case_pdf",
        "questionnaires:step",
        "admin:index",
        "admin:questionnaires_caserecord_changelist",
        "admin:questionnaires_auditevent_changelist",
        "admin:axes_accessattempt_changelist",
        "api:questionnaires",
        "api:screen",
        "api:records",
        "api:record",
    } <= names
    # Every step of every questionnaire, and its review page.
    assert sum(url.name == "questionnaires:step" for url in URLS) > 40


def assert_sent_to_sign_in(response, url):
    """Redirected to sign in (the app's page, or admin's own for some admin pages) and
    back to the page afterwards."""
    assert response.status_code == 302, f"{url.path} answered {response.status_code}"
    sign_in, _, query = response.url.partition("?")
    assert sign_in in (reverse("login"), reverse("admin:login")), f"{url.path} -> {response.url}"
    assert query.startswith("next="), f"{url.path} -> {response.url}"


@pytest.mark.parametrize("url", PROTECTED, ids=lambda url: url.path)
def test_every_url_sends_a_signed_out_visitor_to_sign_in(client, url):
    assert_sent_to_sign_in(client.get(url.path), url)
    assert_sent_to_sign_in(client.post(url.path, {"anything": "1"}), url)


@pytest.mark.parametrize("url", PROTECTED, ids=lambda url: url.path)
def test_every_url_refuses_an_inactive_account(client, url):
    client.force_login(make_user("inactive", is_active=False, is_staff=True, is_superuser=True))
    assert_sent_to_sign_in(client.get(url.path), url)
    assert_sent_to_sign_in(client.post(url.path, {"anything": "1"}), url)


@pytest.mark.parametrize("url", API, ids=lambda url: url.path)
def test_every_api_url_refuses_a_request_without_a_token(client, url):
    """401 to the method the address answers (405 to any other), signed in or not."""
    for signed_in in (False, True):
        if signed_in:
            client.force_login(make_user("admin-in-browser", is_staff=True, is_superuser=True))
        answers = {client.get(url.path).status_code, client.post(url.path, {}).status_code}
        assert answers == {401, 405}, f"{url.path} answered {answers}"


def test_an_account_deactivated_while_signed_in_is_signed_out(staff_client, staff_user):
    home = reverse("questionnaires:home")
    assert staff_client.get(home).status_code == 200
    staff_user.is_active = False
    staff_user.save()
    assert staff_client.get(home).status_code == 302


def test_the_sign_in_pages_are_open(client):
    assert client.get(reverse("login")).status_code == 200
    # Admin signs in through the app's own page (tests/security/test_two_factor.py).
    response = client.get(reverse("admin:login"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_a_url_that_does_not_exist_reveals_nothing_to_a_signed_out_visitor(client):
    assert client.get("/no-such-page/").status_code == 404


# Another user's case record: 404, never 403 -------------------------------------------------

CASE_URLS = sorted(
    {url.name for url in URLS if url.name.startswith("questionnaires:case")}
    - {"questionnaires:case_list"}
)


def test_every_case_record_url_is_checked():
    assert {"questionnaires:case", "questionnaires:case_pdf"} <= set(CASE_URLS)


#: Case URLs that act on the record (POST only), and what they answer its author: found,
#: though only a supervisor reviews (403).
POSTED = {
    "questionnaires:case_amend": 302,
    "questionnaires:case_send_for_review": 302,
    "questionnaires:case_review": 403,
}
#: ...and a supervisor, on someone else's record: found, but only its author sends it for
#: review (403); a review posted without a decision is shown again with its error (200).
SUPERVISOR_POSTED = {
    **POSTED,
    "questionnaires:case_send_for_review": 403,
    "questionnaires:case_review": 200,
}


def open_case_url(client, name, pk):
    method = client.post if name in POSTED else client.get
    return method(reverse(name, args=[pk])).status_code


@pytest.mark.parametrize("name", CASE_URLS)
def test_another_users_record_is_not_found(name, staff_client, staff_user, other_staff_user):
    theirs = make_record(other_staff_user)
    mine = make_record(staff_user)
    assert open_case_url(staff_client, name, theirs.pk) == 404
    assert open_case_url(staff_client, name, uuid.uuid4()) == 404
    assert open_case_url(staff_client, name, mine.pk) == POSTED.get(name, 200)


@pytest.mark.parametrize("name", CASE_URLS)
def test_a_supervisor_opens_any_record(name, client, supervisor, other_staff_user):
    theirs = make_record(other_staff_user)
    client.force_login(supervisor)
    assert open_case_url(client, name, theirs.pk) == SUPERVISOR_POSTED.get(name, 200)


@pytest.mark.parametrize("status", [CaseRecord.Status.DRAFT, CaseRecord.Status.COMPLETE])
def test_another_users_intake_is_not_found_in_the_wizard(
    status, staff_client, supervisor, other_staff_user
):
    """Only the person who started an intake continues it, supervisors included."""
    theirs = make_record(other_staff_user, status=status)
    slug = theirs.questionnaire
    urls = [
        reverse("questionnaires:resume", args=[slug, theirs.pk]),
        reverse("questionnaires:step", args=[slug, theirs.pk, "client"]),
        reverse("questionnaires:step", args=[slug, theirs.pk, "review"]),
    ]
    for client in (staff_client, supervisor_client(supervisor)):
        for url in urls:
            assert client.get(url).status_code == 404, url
            assert client.post(url, {"client-client_reference": "X"}).status_code == 404, url
    theirs.refresh_from_db()
    assert theirs.client_reference == "REF-1" and theirs.status == status


def test_an_intake_id_of_another_questionnaire_is_not_found(staff_client, staff_user):
    mine = make_record(staff_user, status=CaseRecord.Status.DRAFT)
    other_slug = "irs-records-request"
    assert mine.questionnaire != other_slug
    url = reverse("questionnaires:resume", args=[other_slug, mine.pk])
    assert staff_client.get(url).status_code == 404


def supervisor_client(supervisor):
    from django.test import Client

    client = Client()
    client.force_login(supervisor)
    return client


# Django admin -------------------------------------------------------------------------------


@pytest.fixture
def admin_clerk(db):
    """A staff account that may use the case records admin but is not a supervisor."""
    user = make_user("clerk", is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="questionnaires",
            codename__in=["view_caserecord", "change_caserecord", "delete_caserecord"],
        )
    )
    return user


@pytest.fixture
def clerk_client(client, admin_clerk):
    client.force_login(admin_clerk)
    return client


def test_admin_lists_only_the_clerks_own_records(clerk_client, admin_clerk, other_staff_user):
    make_record(admin_clerk, client_reference="CLERKS-OWN")
    make_record(other_staff_user, client_reference="SOMEONE-ELSES")
    html = clerk_client.get(reverse("admin:questionnaires_caserecord_changelist")).content
    assert b"CLERKS-OWN" in html and b"SOMEONE-ELSES" not in html


def test_admin_filters_offer_only_what_the_clerk_may_see(
    clerk_client, admin_clerk, other_staff_user
):
    make_record(admin_clerk, outcome="exempt")
    make_record(other_staff_user, outcome="refer")
    response = clerk_client.get(reverse("admin:questionnaires_caserecord_changelist"))
    filters = {spec.title: spec for spec in response.context["cl"].filter_specs}

    # Only the authors of records the clerk sees: only the clerk, so no filter to show.
    assert "created by" not in filters
    assert "other-staff" not in response.content.decode()
    outcomes = [code for code, _ in filters["outcome"].lookup_choices]
    assert outcomes == ["exempt"]


def test_admin_answers_for_another_users_record_as_for_a_missing_one(
    clerk_client, other_staff_user
):
    theirs = make_record(other_staff_user, client_reference="SOMEONE-ELSES")
    for view in ("change", "delete", "history"):
        name = f"admin:questionnaires_caserecord_{view}"
        response = clerk_client.get(reverse(name, args=[theirs.pk]))
        missing = clerk_client.get(reverse(name, args=[uuid.uuid4()]))
        assert response.status_code == missing.status_code == 302
        assert response.url == missing.url == reverse("admin:index")
        assert b"SOMEONE-ELSES" not in response.content
    theirs.refresh_from_db()
    assert theirs.client_reference == "SOMEONE-ELSES"


def test_admin_csv_export_leaves_out_another_users_records(
    clerk_client, admin_clerk, other_staff_user
):
    mine = make_record(admin_clerk, client_reference="CLERKS-OWN")
    theirs = make_record(other_staff_user, client_reference="SOMEONE-ELSES")
    response = clerk_client.post(
        reverse("admin:questionnaires_caserecord_changelist"),
        {"action": "export_csv", "_selected_action": [str(mine.pk), str(theirs.pk)]},
    )
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [row["id"] for row in rows] == [str(mine.pk)]


def test_admin_bulk_delete_leaves_another_users_records(clerk_client, other_staff_user):
    theirs = make_record(other_staff_user)
    clerk_client.post(
        reverse("admin:questionnaires_caserecord_changelist"),
        {"action": "delete_selected", "_selected_action": [str(theirs.pk)], "post": "yes"},
    )
    assert CaseRecord.objects.filter(pk=theirs.pk).exists()


def test_a_supervisor_in_admin_sees_and_exports_every_record(client, supervisor, other_staff_user):
    supervisor.is_staff = True
    supervisor.save()
    supervisor.user_permissions.add(Permission.objects.get(codename="view_caserecord"))
    theirs = make_record(other_staff_user, client_reference="SOMEONE-ELSES")
    client.force_login(supervisor)
    html = client.get(reverse("admin:questionnaires_caserecord_changelist")).content
    assert b"SOMEONE-ELSES" in html
    response = client.post(
        reverse("admin:questionnaires_caserecord_changelist"),
        {"action": "export_csv", "_selected_action": [str(theirs.pk)]},
    )
    assert str(theirs.pk) in response.content.decode()


def test_clinic_staff_without_is_staff_cannot_enter_admin(staff_client):
    response = staff_client.get(reverse("admin:index"))
    assert response.status_code == 302 and response.url.startswith(reverse("admin:login"))


def test_staff_without_the_permission_cannot_see_the_audit_trail(clerk_client):
    url = reverse("admin:questionnaires_auditevent_changelist")
    assert clerk_client.get(url).status_code == 403

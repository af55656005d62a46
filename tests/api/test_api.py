"""The API at HTTP level: tokens and nothing else, the same screening as ``manage.py
screen``, saved records, who sees which record, bounds, and the audit trail."""

import datetime
import io
import json
import secrets

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from bench.flows import FLOWS
from questionnaires.audit import AuditEvent
from questionnaires.framework import registry
from questionnaires.management.commands.screen import MAX_ANSWERS_FILE_BYTES, schema_of
from questionnaires.models import CaseRecord
from tests.api.conftest import make_token
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db

QUESTIONNAIRES = "/api/v1/questionnaires/"
RECORDS = "/api/v1/records/"
SLUG = "irs-records-request"
SCREEN = f"/api/v1/questionnaires/{SLUG}/screen/"
ANSWERS = {
    "path": "prepare_request",
    "records_wanted": ["workpapers"],
    "records_owner": "client",
    "requester": "client",
    "records_description": "specific",
    "request_includes": ["signed", "identity", "fees"],
    "request_received": "2025-03-03",
}
REFERENCE = "API-CLIENT-7731"


def command_output(tmp_path, slug, answers, today) -> str:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers))
    out = io.StringIO()
    call_command("screen", slug, "--answers", str(path), "--today", today, stdout=out)
    return out.getvalue()


def command_errors(tmp_path, slug, answers) -> list[str]:
    from django.core.management import CommandError

    with pytest.raises(CommandError) as raised:
        command_output(tmp_path, slug, answers, "2025-03-10")
    return [line.strip() for line in str(raised.value).splitlines()[1:]]


def save(api, key, answers=None, slug=SLUG):
    body = {"answers": {"client_reference": REFERENCE, **(answers or ANSWERS)}, "save": True}
    response = api.post(f"/api/v1/questionnaires/{slug}/screen/", key, body)
    assert response.status_code == 201, response.content
    return CaseRecord.objects.get(pk=response.json()["record"]["id"])


def api_events():
    return AuditEvent.objects.filter(detail__via="api").order_by("id")


# Tokens, and nothing else --------------------------------------------------------------------

ADDRESSES = [
    ("get", QUESTIONNAIRES),
    ("get", f"{QUESTIONNAIRES}{SLUG}/"),
    ("post", SCREEN),
    ("get", RECORDS),
    ("get", f"{RECORDS}00000000-0000-4000-8000-000000000000/"),
]


@pytest.mark.parametrize(("method", "path"), ADDRESSES)
def test_without_a_usable_token_every_address_answers_401(api, staff_user, method, path):
    revoked, revoked_key = make_token(staff_user, "old")
    revoked.revoke()
    inactive_user = make_user("left-the-clinic", is_active=False)
    _, inactive_key = make_token(inactive_user)
    for key in (None, "cgapi_not-a-real-token", "Basic abc", revoked_key, inactive_key):
        response = getattr(api, method)(path, key) if method == "get" else api.post(path, key, {})
        assert response.status_code == 401, key
        assert response["WWW-Authenticate"].startswith("Bearer")
        assert "token" in response.json()["detail"]
    refused = AuditEvent.objects.filter(action=AuditEvent.Action.API_REFUSED)
    assert refused.count() == 5 and all(event.user is None for event in refused)


def test_the_scheme_must_be_bearer(client, staff_key):
    response = client.get(QUESTIONNAIRES, headers={"Authorization": f"Token {staff_key}"})
    assert response.status_code == 401


def test_a_signed_in_session_does_not_open_the_api_even_with_its_csrf_token(staff_client):
    assert staff_client.get(QUESTIONNAIRES).status_code == 401
    csrf_client = staff_client
    csrf_client.handler.enforce_csrf_checks = True
    response = csrf_client.post(SCREEN, {"answers": ANSWERS}, content_type="application/json")
    assert response.status_code == 401
    assert not CaseRecord.objects.exists()


def test_a_token_opens_no_html_page(client, staff_key):
    for url in ("/", "/cases/", reverse("admin:index")):
        response = client.get(url, headers={"Authorization": f"Bearer {staff_key}"})
        assert response.status_code == 302 and "/login/" in response.url, url


def test_two_factor_sign_in_guards_the_pages_not_the_api(client, staff_user, settings):
    """A password-only session (second factor not given) is sent to the code page on
    every HTML page; the same browser's API request with a token is answered."""
    settings.REQUIRE_2FA = True
    _, key = make_token(staff_user)
    client.post(reverse("login"), {"username": "staff", "password": PASSWORD})
    page = client.get("/cases/")
    assert page.status_code == 302 and "/login/set-up-code/" in page.url
    assert (
        client.get(QUESTIONNAIRES, headers={"Authorization": f"Bearer {key}"}).status_code == 200
    )


def test_a_token_records_when_it_was_last_used(api, staff_user):
    token, key = make_token(staff_user)
    assert token.last_used_at is None
    api.get(QUESTIONNAIRES, key)
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_only_a_hash_of_the_token_is_stored(staff_user):
    token, key = make_token(staff_user)
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM questionnaires_apitoken")
        row = " ".join(str(value) for value in cursor.fetchone())
    assert key not in row and key[len(token.shown) :] not in row


# Questionnaires ------------------------------------------------------------------------------


def test_the_questionnaires_and_their_schemas_are_those_of_manage_py_screen(api, staff_key):
    listed = api.get(QUESTIONNAIRES, staff_key).json()["questionnaires"]
    assert [q["slug"] for q in listed] == [q.slug for q in registry.all_questionnaires()]
    for entry in listed:
        schema = api.get(entry["schema_url"], staff_key)
        assert schema.status_code == 200
        assert schema.json() == json.loads(json.dumps(schema_of(registry.get(entry["slug"]))))


def test_an_unknown_questionnaire_is_a_json_404(api, staff_key):
    for response in (
        api.get(f"{QUESTIONNAIRES}no-such-thing/", staff_key),
        api.post(f"{QUESTIONNAIRES}no-such-thing/screen/", staff_key, {"answers": {}}),
    ):
        assert response.status_code == 404 and "questionnaire" in response.json()["detail"]


# Screening -----------------------------------------------------------------------------------

SAMPLES = [(slug, flow) for slug, flows in FLOWS.items() for flow in flows]


@pytest.mark.parametrize(
    ("slug", "flow"), SAMPLES, ids=[f"{slug}:{flow.name}" for slug, flow in SAMPLES]
)
def test_the_api_screens_as_manage_py_screen_does(tmp_path, api, staff_key, slug, flow):
    today = datetime.date.today().isoformat()
    response = api.post(
        f"/api/v1/questionnaires/{slug}/screen/",
        staff_key,
        {"answers": flow.answers, "today": today},
    )
    assert response.status_code == 200, response.content
    assert response.json() == json.loads(command_output(tmp_path, slug, flow.answers, today))
    assert not CaseRecord.objects.exists()


def test_bad_answers_give_each_field_and_reason_as_the_command_does(tmp_path, api, staff_key):
    answers = {**ANSWERS, "request_received": "3 March", "favourite_colour": "blue"}
    del answers["requester"]
    response = api.post(SCREEN, staff_key, {"answers": answers})
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert [f"{e['field']}: {e['reason']}" for e in errors] == command_errors(
        tmp_path, SLUG, answers
    )
    assert {e["field"] for e in errors} == {"favourite_colour", "request_received"}

    # The forms' own checks (a required answer missing) come back the same way.
    del answers["favourite_colour"]
    answers["request_received"] = "2025-03-03"
    response = api.post(SCREEN, staff_key, {"answers": answers})
    assert response.status_code == 400
    assert [f"{e['field']}: {e['reason']}" for e in response.json()["errors"]] == command_errors(
        tmp_path, SLUG, answers
    )
    assert response.json()["errors"][0]["field"] == "requester"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("not json", "body"),
        ("[1, 2]", "body"),
        ('{"answers": [1]}', "answers"),
        ("{}", "answers"),
        ('{"answers": {}, "save": "yes"}', "save"),
        ('{"answers": {}, "today": "10/03/2025"}', "today"),
        ('{"answers": {}, "today": "0001-01-01"}', "today"),
        ('{"answers": {}, "today": "2025-02-30"}', "today"),
        ('{"answers": {}, "extra": 1}', "extra"),
        ('{"answers": {"client_reference": "\\ud800"}}', "answers"),
        ("[" * 100_000 + "]" * 100_000, "body"),
        ('{"answers": {"path": 1' + "0" * 10_000 + "}}", "body"),
        (b"\xff\xfe", "body"),
    ],
)
def test_a_malformed_request_is_a_400_naming_the_field(client, staff_key, body, field):
    response = client.post(
        SCREEN,
        body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {staff_key}"},
    )
    assert response.status_code == 400
    assert field in [error["field"] for error in response.json()["errors"]]


def test_answers_larger_than_the_command_accepts_are_refused_unread(client, staff_key):
    body = json.dumps({"answers": {"records_description": "x" * MAX_ANSWERS_FILE_BYTES}})
    response = client.post(
        SCREEN,
        body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {staff_key}"},
    )
    assert response.status_code == 413


def test_too_many_requests_in_a_minute_are_refused(api, staff_key, settings):
    settings.API_REQUESTS_PER_MINUTE = 2
    assert api.get(QUESTIONNAIRES, staff_key).status_code == 200
    assert api.get(QUESTIONNAIRES, staff_key).status_code == 200
    refused = api.get(QUESTIONNAIRES, staff_key)
    assert refused.status_code == 429 and 1 <= int(refused["Retry-After"]) <= 60


def test_guessing_tokens_is_as_slow_as_using_one(client, settings):
    """Requests without a usable token are counted per address, and audited within the
    limit only, so guessing cannot fill the audit trail."""
    settings.API_REQUESTS_PER_MINUTE = 2
    address = f"2001:db8::{secrets.token_hex(2)}"  # Its own count, whatever ran before.
    answers = [
        client.get(
            QUESTIONNAIRES,
            headers={"Authorization": f"Bearer cgapi_guess-{n}"},
            REMOTE_ADDR=address,
        ).status_code
        for n in range(4)
    ]
    assert answers == [401, 401, 429, 429]
    assert AuditEvent.objects.filter(action=AuditEvent.Action.API_REFUSED).count() == 2


# Saving --------------------------------------------------------------------------------------


def test_a_saved_screening_is_a_completed_record_as_the_wizard_makes_it(api, staff_user):
    _, key = make_token(staff_user)
    body = {"answers": {"client_reference": REFERENCE, **ANSWERS}, "save": True}
    response = api.post(SCREEN, key, body)
    assert response.status_code == 201
    document = response.json()
    record = CaseRecord.objects.get(pk=document["record"]["id"])
    assert response["Location"] == document["record"]["url"] == f"{RECORDS}{record.pk}/"
    questionnaire = registry.get(SLUG)
    assert record.created_by == staff_user and record.status == CaseRecord.Status.COMPLETE
    assert record.client_reference == REFERENCE
    # The reference is kept apart, as the wizard does; optional questions left blank are
    # kept as blank answers, as the wizard keeps them.
    answered = {name: value for name, value in record.answers.items() if value != ""}
    assert answered == ANSWERS
    in_words = next(a for a in record.answers_in_words if a["field"] == "client_reference")
    assert in_words["answer"] == REFERENCE
    assert record.outcome == document["outcome"] == record.determination["outcome"]
    assert record.rules_version == questionnaire.rules_version
    assert record.law_as_of == questionnaire.law_as_of
    assert record.completed_at is not None and record.wizard_state == {}

    # Read back, the record carries the same result.
    read = api.get(document["record"]["url"], key).json()
    assert read["result"] == {k: v for k, v in document.items() if k != "record"}
    assert read["answers"] == record.answers and read["client_reference"] == REFERENCE

    # Client data is encrypted at rest, as for any record.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT client_reference, answers, answers_in_words, determination "
            "FROM questionnaires_caserecord"
        )
        raw = " ".join(str(value) for value in cursor.fetchone())
    assert REFERENCE not in raw and "workpapers" not in raw


def test_a_saved_screening_is_as_of_today(api, staff_key):
    body = {"answers": ANSWERS, "save": True, "today": "2025-03-10"}
    response = api.post(SCREEN, staff_key, body)
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "today"
    assert not CaseRecord.objects.exists()


def test_invalid_answers_are_never_saved(api, staff_key):
    response = api.post(SCREEN, staff_key, {"answers": {"path": "nonsense"}, "save": True})
    assert response.status_code == 400 and not CaseRecord.objects.exists()


# Who sees which record -----------------------------------------------------------------------


def test_staff_read_their_own_records_only_and_supervisors_read_all(
    api, staff_user, other_staff_user, supervisor
):
    _, mine = make_token(staff_user)
    _, theirs = make_token(other_staff_user)
    _, supervisors = make_token(supervisor)
    own = save(api, mine)
    other = save(api, theirs)

    assert api.get(f"{RECORDS}{own.pk}/", mine).status_code == 200
    refused = api.get(f"{RECORDS}{other.pk}/", mine)
    assert refused.status_code == 404 and REFERENCE not in refused.content.decode()
    assert [r["id"] for r in api.get(RECORDS, mine).json()["records"]] == [str(own.pk)]

    listed = api.get(RECORDS, supervisors).json()
    assert listed["count"] == 2 and {r["id"] for r in listed["records"]} == {
        str(own.pk),
        str(other.pk),
    }
    assert api.get(f"{RECORDS}{other.pk}/", supervisors).json()["created_by"] == "other-staff"


def test_records_are_filtered_and_paged(api, staff_user):
    _, key = make_token(staff_user)
    save(api, key)
    assert api.get(RECORDS, key, questionnaire=SLUG, status="complete").json()["count"] == 1
    assert api.get(RECORDS, key, status="draft").json()["count"] == 0
    bad = api.get(RECORDS, key, status="lost", page="x")
    assert bad.status_code == 400
    assert {e["field"] for e in bad.json()["errors"]} == {"status", "page"}
    assert api.get(RECORDS, key, page="2").status_code == 404


def test_a_record_address_that_is_not_an_id_is_a_404(api, staff_key):
    assert api.get(f"{RECORDS}not-a-uuid/", staff_key).status_code == 404


def test_other_api_addresses_answer_json(api, client, staff_key):
    missing = api.get("/api/v2/anything", staff_key)
    assert missing.status_code == 404 and missing["Content-Type"] == "application/json"
    wrong_method = client.post("/api/v1/openapi.json")
    assert wrong_method.status_code == 405 and wrong_method["Allow"] == "GET"
    put = client.put(QUESTIONNAIRES, headers={"Authorization": f"Bearer {staff_key}"})
    assert put.status_code == 405 and put["Allow"] == "GET"


# The audit trail -----------------------------------------------------------------------------


def test_every_request_is_audited_with_its_token_and_never_client_data(api, staff_user):
    token, key = make_token(staff_user)
    api.get(QUESTIONNAIRES, key)
    api.get(f"{QUESTIONNAIRES}{SLUG}/", key)
    api.post(SCREEN, key, {"answers": {"client_reference": REFERENCE, **ANSWERS}})
    api.post(SCREEN, key, {"answers": {"client_reference": REFERENCE, "path": "?"}})
    record = save(api, key)
    api.get(RECORDS, key)
    api.get(f"{RECORDS}{record.pk}/", key)

    events = list(api_events())
    assert [(e.action, e.record_id) for e in events] == [
        (AuditEvent.Action.API_QUESTIONNAIRES_READ, None),
        (AuditEvent.Action.API_QUESTIONNAIRES_READ, None),
        (AuditEvent.Action.SCREENED, None),
        (AuditEvent.Action.SCREENED, None),
        (AuditEvent.Action.CREATED, record.pk),
        (AuditEvent.Action.COMPLETED, record.pk),
        (AuditEvent.Action.LISTED, None),
        (AuditEvent.Action.VIEWED, record.pk),
    ]
    assert all(e.user == staff_user and e.detail["token"] == token.shown for e in events)
    assert events[3].detail["refused"] == 1
    trail = json.dumps([e.detail for e in events])
    for client_data in (REFERENCE, "workpapers", "2025-03-03", record.outcome):
        assert client_data not in trail


def test_no_client_data_reaches_the_logs(api, staff_key, caplog):
    caplog.set_level("DEBUG")
    api.post(SCREEN, staff_key, {"answers": {"client_reference": REFERENCE, "path": "?"}})
    save(api, staff_key)
    api.get(RECORDS, staff_key)
    assert caplog.records and REFERENCE not in caplog.text and "workpapers" not in caplog.text


def test_an_answers_file_missing_a_later_question_screens_but_is_never_saved(api, staff_key):
    """A question added in a later rules version and left out is read as "Not sure" for a
    screening (with answers_assumed), but a kept record holds only answers someone gave."""
    from tests.removal_protection.patterns import REVIEW_BASELINE

    answers = {k: v for k, v in REVIEW_BASELINE.items() if k != "last_entry_manner"}
    url = "/api/v1/questionnaires/removal-protection/screen/"
    body = {"answers": answers, "today": "2026-11-30"}
    screened = api.post(url, staff_key, body)
    assert screened.status_code == 200
    assert [a["field"] for a in screened.json()["answers_assumed"]] == ["last_entry_manner"]
    refused = api.post(url, staff_key, {"answers": answers, "save": True})
    assert refused.status_code == 400 and not CaseRecord.objects.exists()

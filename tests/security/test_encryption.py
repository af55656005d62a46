"""Client data encrypted at rest: every write path, the raw columns, key rotation, search
by the reference's keyed hash, and no answers in session rows."""

import io
import json

import pytest
from cryptography.fernet import Fernet, InvalidToken
from django.contrib.sessions.backends.db import SessionStore
from django.core.exceptions import FieldError
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models import F
from django.urls import reverse

from questionnaires.encryption import CASE_RECORD_ENCRYPTED_COLUMNS, reference_hash
from questionnaires.models import CaseRecord
from tests.factories import Intake, make_record, make_user
from tests.security.production import manage

SECRET = "CONFIDENTIAL-7Q"


def raw_columns(record) -> dict:
    """The record's encrypted columns as the database holds them."""
    columns = ", ".join(connection.ops.quote_name(c) for c in CASE_RECORD_ENCRYPTED_COLUMNS)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {columns} FROM questionnaires_caserecord WHERE id = %s",
            [CaseRecord._meta.pk.get_db_prep_value(record.pk, connection)],
        )
        return dict(zip(CASE_RECORD_ENCRYPTED_COLUMNS, cursor.fetchone(), strict=True))


def secret_record(user):
    return make_record(
        user,
        client_reference=SECRET,
        answers={"narrative": f"{SECRET} fled in 2019"},
        answers_in_words=[{"question": "What happened?", "answer": f"{SECRET} story"}],
        wizard_state={"step_data": {"about": {"narrative": [SECRET]}}},
        determination={"headline": f"For {SECRET}"},
    )


def assert_no_plaintext(record):
    for column, value in raw_columns(record).items():
        assert value is not None, column
        assert SECRET not in value and "fled" not in value, column
        Fernet(settings_key()).decrypt(value.encode())  # a token of the current key


def settings_key():
    from django.conf import settings

    return settings.FIELD_ENCRYPTION_KEYS[0]


@pytest.mark.django_db
def test_every_encrypted_column_holds_a_token_not_the_client_data(staff_user):
    record = secret_record(staff_user)
    assert_no_plaintext(record)
    again = CaseRecord.objects.get(pk=record.pk)
    assert again.client_reference == SECRET
    assert again.answers == {"narrative": f"{SECRET} fled in 2019"}
    assert again.answers_in_words[0]["answer"] == f"{SECRET} story"
    assert again.wizard_state == {"step_data": {"about": {"narrative": [SECRET]}}}
    assert again.determination == {"headline": f"For {SECRET}"}
    assert again.client_reference_hash == reference_hash(SECRET)
    assert SECRET.casefold() not in again.client_reference_hash


@pytest.mark.django_db
def test_values_written_by_queryset_update_are_encrypted_and_hashed(staff_user):
    record = make_record(staff_user, client_reference="OLD")
    written = CaseRecord.objects.filter(pk=record.pk, version=record.version).update(
        client_reference=SECRET,
        answers={"narrative": f"{SECRET} fled"},
        answers_in_words=[SECRET],
        wizard_state={"extra": SECRET},
        determination={"headline": SECRET},
        version=F("version") + 1,
    )
    assert written == 1
    assert_no_plaintext(record)
    assert CaseRecord.objects.with_reference(SECRET).get().pk == record.pk
    assert not CaseRecord.objects.with_reference("OLD").exists()


@pytest.mark.django_db
def test_the_wizard_saves_its_draft_encrypted_on_create_and_on_update(client, staff_user):
    client.force_login(staff_user)
    intake = Intake(client, "irs-records-request")
    first_page = intake.url
    intake.post({"client_reference": "FIRST"})  # creates the record
    intake.url = first_page
    intake.post({"client_reference": SECRET})  # the compare-and-set update()
    record = CaseRecord.objects.get(pk=intake.intake_id)
    assert record.version == 2
    assert record.client_reference == SECRET
    assert CaseRecord.objects.with_reference(SECRET).get().pk == record.pk
    assert SECRET in json.dumps(record.wizard_state)
    for column, value in raw_columns(record).items():
        assert value is None or SECRET not in value, column


@pytest.mark.django_db
def test_the_session_row_holds_intake_ids_not_answers(client, staff_user):
    client.force_login(staff_user)
    intake = Intake(client, "irs-records-request")
    intake.post({"client_reference": SECRET})
    with connection.cursor() as cursor:
        cursor.execute("SELECT session_data FROM django_session")
        (raw,) = cursor.fetchone()
    decoded = SessionStore().decode(raw)
    assert SECRET not in raw and SECRET not in json.dumps(decoded, default=str)
    answer_keys = {k for k in decoded if not k.startswith("_")}
    assert answer_keys <= {"issued_intakes"}, answer_keys


@pytest.mark.django_db
def test_a_lookup_on_an_encrypted_value_is_refused_not_silently_empty(staff_user):
    with pytest.raises(FieldError):
        list(CaseRecord.objects.filter(client_reference=SECRET))


@pytest.mark.django_db
def test_rotation_re_encrypts_every_row_so_the_new_key_alone_reads_them(settings, staff_user):
    key_a, key_b = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [key_a]
    records = [secret_record(staff_user) for _ in range(3)]
    settings.FIELD_ENCRYPTION_KEYS = [key_b, key_a]
    out = io.StringIO()
    call_command("rotate_encryption_keys", "--batch-size", "2", stdout=out)
    assert "Re-encrypted 3 case record(s)" in out.getvalue()

    again = io.StringIO()
    call_command("rotate_encryption_keys", stdout=again)
    assert "Re-encrypted 0 case record(s)" in again.getvalue()  # idempotent

    settings.FIELD_ENCRYPTION_KEYS = [key_b]
    for record in records:
        assert CaseRecord.objects.get(pk=record.pk).answers == {
            "narrative": f"{SECRET} fled in 2019"
        }
        for column, value in raw_columns(record).items():
            with pytest.raises(InvalidToken):
                Fernet(key_a).decrypt(value.encode())
            assert SECRET in Fernet(key_b).decrypt(value.encode()).decode(), column


@pytest.mark.django_db
def test_without_the_key_a_value_is_unreadable_not_shown_as_text(settings, staff_user):
    record = secret_record(staff_user)
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    with pytest.raises(InvalidToken):
        CaseRecord.objects.get(pk=record.pk)


@pytest.mark.django_db
def test_case_list_search_finds_the_exact_reference_trimmed_and_case_folded(
    staff_client, staff_user
):
    found = make_record(staff_user, client_reference="AB-12")
    make_record(staff_user, client_reference="AB-123")
    response = staff_client.post(
        reverse("questionnaires:case_list"), {"reference": " ab-12 "}, follow=True
    )
    assert response.status_code == 200
    assert [r.pk for r in response.context["page"].object_list] == [found.pk]
    listed = staff_client.get(reverse("questionnaires:case_list"))
    assert len(listed.context["page"].object_list) == 2


@pytest.mark.django_db
def test_case_list_search_finds_only_records_the_user_may_see(staff_client, other_staff_user):
    make_record(other_staff_user, client_reference="AB-12")
    response = staff_client.post(
        reverse("questionnaires:case_list"), {"reference": "AB-12"}, follow=True
    )
    assert list(response.context["page"].object_list) == []


@pytest.mark.django_db
def test_admin_search_finds_the_exact_reference(client, staff_user):
    admin = make_user("root", is_staff=True, is_superuser=True)
    found = make_record(staff_user, client_reference="AB-12")
    make_record(staff_user, client_reference="XY-99")
    client.force_login(admin)
    changelist = reverse("admin:questionnaires_caserecord_changelist")
    response = client.post(changelist, {"q": "ab-12"}, follow=True)
    assert response.status_code == 200
    assert [r.pk for r in response.context["cl"].result_list] == [found.pk]


@pytest.mark.parametrize("name", ["DJANGO_FIELD_ENCRYPTION_KEYS", "DJANGO_SEARCH_HASH_KEY"])
def test_production_refuses_to_start_without_the_keys(name):
    result = manage("check", **{name: ""})
    assert result.returncode != 0
    assert f"{name} is not set" in result.stderr


@pytest.mark.django_db(transaction=True)
def test_the_migration_encrypts_existing_rows_and_reverses(staff_user):
    before, after = (
        ("questionnaires", "0011_seed_income_tax_rates_2026_27"),
        ("questionnaires", "0013_encrypt_existing_client_data"),
    )
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    executor.loader.build_graph()
    OldRecord = executor.loader.project_state(before).apps.get_model(
        "questionnaires", "CaseRecord"
    )
    old = OldRecord.objects.create(
        questionnaire="irs-records-request",
        client_reference=f" {SECRET} ",
        answers={"narrative": f"{SECRET} fled in 2019"},
        answers_in_words=[SECRET],
        wizard_state={"extra": SECRET},
        determination={"headline": SECRET},
        created_by_id=staff_user.pk,
    )
    try:
        executor = MigrationExecutor(connection)
        executor.migrate([after])
        executor.loader.build_graph()
        # The model as it was at 0013: later migrations add columns.
        Record = executor.loader.project_state(after).apps.get_model(
            "questionnaires", "CaseRecord"
        )
        record = Record.objects.get(pk=old.pk)
        assert record.answers == {"narrative": f"{SECRET} fled in 2019"}
        assert record.determination == {"headline": SECRET}
        assert Record.objects.get(client_reference_hash=reference_hash(SECRET)).pk == old.pk
        assert_no_plaintext(record)

        executor = MigrationExecutor(connection)
        executor.migrate([before])
        executor.loader.build_graph()
        apps = executor.loader.project_state(before).apps
        back = apps.get_model("questionnaires", "CaseRecord").objects.get(pk=old.pk)
        assert back.answers == {"narrative": f"{SECRET} fled in 2019"}
        assert back.client_reference == f" {SECRET} "
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db
def test_rotation_recomputes_search_hashes_after_the_search_key_changes(settings, staff_user):
    record = make_record(staff_user, client_reference="AB-12")
    settings.SEARCH_HASH_KEY = "a-new-search-key-" + "z" * 40
    assert not CaseRecord.objects.with_reference("AB-12").exists()
    out = io.StringIO()
    call_command("rotate_encryption_keys", stdout=out)
    assert "Recomputed the search hashes of 1 case record(s)" in out.getvalue()
    assert CaseRecord.objects.with_reference("ab-12").get().pk == record.pk

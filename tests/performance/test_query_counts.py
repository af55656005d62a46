"""The database queries behind each kind of page, pinned: a wizard step (GET and POST),
the "Check your answers" page and the result page. Query counts are deterministic where
times are not, so a change that adds a query per request (a lazy foreign key, a lookup in
a form or a condition, a session write on a plain GET) fails here before it shows in
``bench/run``. Each registered questionnaire is driven with its first benchmark flow
(``bench/flows.py``); the home page is the benchmark's baseline."""

import pytest
from django.db import connection

from bench.flows import FLOWS
from questionnaires.framework import registry
from tests.factories import Intake

SLUGS = [q.slug for q in registry.all_questionnaires() if q.slug in FLOWS]

# Every request of a signed-in user: the session, then the user.
SIGNED_IN = 2
# An audit event, chained to the last (questionnaires/audit.py): its transaction (here a
# savepoint and its release), on PostgreSQL the chain's lock, the last event's hash, the
# insert.
AUDIT_EVENT = 4 + (connection.vendor == "postgresql")


@pytest.fixture(params=SLUGS)
def intake_at_third_step(request, staff_client):
    """An intake with the client page and the first question answered."""
    flow = FLOWS[request.param][0]
    answers = {"client_reference": "QC-1", **flow.answers}
    intake = Intake(staff_client, request.param)
    intake.post(answers)
    intake.post(answers)
    return intake, answers


def test_home_page(staff_client, django_assert_num_queries):
    # + the user's ten most recent case records, their next open deadlines, and whether
    # they are a supervisor (who is told how many screenings wait for review).
    with django_assert_num_queries(SIGNED_IN + 3):
        assert staff_client.get("/").status_code == 200


@pytest.mark.parametrize("slug", SLUGS)
def test_first_page_of_a_new_intake_reads_no_record(slug, staff_client, django_assert_num_queries):
    intake = Intake(staff_client, slug)
    # The session says the intake has no record yet: nothing but the session and user.
    with django_assert_num_queries(SIGNED_IN):
        fields = intake.page()
    # In one transaction (a savepoint and its release), no record looked up: the record
    # created (in its own savepoint), the audit event, then the session saved (in its own
    # savepoint), which no longer lists the intake as not started.
    transaction, created, session_saved = 2, 3, 3
    with django_assert_num_queries(
        SIGNED_IN + transaction + created + AUDIT_EVENT + session_saved
    ):
        response = intake.post({"client_reference": "QC-2"}, fields=fields)
    assert response.status_code == 302


def test_a_late_step_costs_the_queries_of_an_early_one(staff_client, django_assert_num_queries):
    flow = max(FLOWS["removal-protection"], key=lambda f: len(f.answers))
    answers = {"client_reference": "QC-3", **flow.answers}
    intake = Intake(staff_client, flow.slug)
    visited = intake.answer_until_review(answers)
    assert len(visited) > 14
    last = Intake(staff_client, flow.slug, url=intake.url.replace("review", visited[-1]))
    assert last.step == "country_conditions"
    # As at the third step (below): the page reads the record once, and its POST writes it
    # once, with its audit event.
    with django_assert_num_queries(SIGNED_IN + 1):
        fields = last.page()
    with django_assert_num_queries(SIGNED_IN + 1 + 3 + AUDIT_EVENT):
        last.post({**answers, "country_conditions": ["not_sure"]}, fields=fields)


def test_step_get_reads_and_never_writes(intake_at_third_step, django_assert_num_queries):
    intake, _ = intake_at_third_step
    # + the intake's case record, which holds its answers. No write.
    with django_assert_num_queries(SIGNED_IN + 1):
        response = intake.client.get(intake.url)
    assert response.status_code == 200


def test_step_post_writes_the_record_once(intake_at_third_step, django_assert_num_queries):
    intake, answers = intake_at_third_step
    step = intake.step
    fields = intake.page()
    # In one transaction (a savepoint and its release): the case record, locked; its
    # update, made only on the version read; the audit event, chained to the last. No
    # session write.
    with django_assert_num_queries(SIGNED_IN + 1 + 3 + AUDIT_EVENT):
        response = intake.post(answers, fields=fields)
    assert response.status_code == 302
    assert intake.step != step


def test_review_page(intake_at_third_step, django_assert_num_queries):
    intake, answers = intake_at_third_step
    intake.answer_until_review(answers)
    # The first visit notes in the record that staff are reviewing (one update) ...
    with django_assert_num_queries(SIGNED_IN + 1 + 1):
        assert intake.review().status_code == 200
    # ... a second visit only reads.
    with django_assert_num_queries(SIGNED_IN + 1):
        assert intake.review().status_code == 200


def test_result_page(intake_at_third_step, django_assert_num_queries):
    intake, answers = intake_at_third_step
    record = intake.complete(answers)
    # + whether the user is a supervisor, then the record with its author (and the record
    # it corrects) in one query, the audit trail's "viewed" event, and the later versions
    # that correct it; its history, supervisors' comments and deadlines; and the record's
    # drafted documents when its result calls for any.
    from questionnaires.documents.views import offered_documents

    documents = 1 if offered_documents(record) else 0
    with django_assert_num_queries(SIGNED_IN + 3 + AUDIT_EVENT + 3 + documents):
        response = intake.client.get(record.get_absolute_url())
    assert response.status_code == 200
    assert response.context["record"].pk == record.pk

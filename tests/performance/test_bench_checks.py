"""The benchmark's own checks (``bench/runner.py``): the "nothing lost" comparison of what
the simulated staff saw saved with what the database holds must notice a missing, wrong
or unexpected record; the latency figures must be the plain percentiles; and the
benchmark's answers must still fit the questionnaires."""

import uuid

import pytest

from bench.flows import FLOWS
from bench.runner import percentile, statistics, verify
from questionnaires.framework import registry
from questionnaires.framework.encoding import form_data
from questionnaires.framework.screening import walk_data
from questionnaires.framework.wizard import REVIEW
from questionnaires.models import CaseRecord
from tests.factories import Intake

SLUG = "irs-records-request"
FLOW = FLOWS[SLUG][0]


def registry_slugs() -> set[str]:
    return {q.slug for q in registry.all_questionnaires()}


def completed_entry(record, reference):
    return {
        "id": str(record.pk),
        "slug": SLUG,
        "flow": FLOW.name,
        "user": "staff",
        "reference": reference,
        "answers": FLOW.answers,
    }


@pytest.fixture
def completed(staff_client):
    record = Intake(staff_client, SLUG).complete({"client_reference": "LT-1", **FLOW.answers})
    return record, completed_entry(record, "LT-1")


def ledger(completed=(), drafts=(), pending=None):
    return {"completed": list(completed), "drafts": list(drafts), "pending": pending or {}}


def test_a_stored_screening_counts_as_stored(completed):
    _, entry = completed
    result = verify(ledger([entry]))
    assert result["problems"] == []
    assert result["stored"] == 1


def test_a_screening_missing_from_the_database_is_named(completed):
    _, entry = completed
    lost = {**entry, "id": str(uuid.uuid4())}
    result = verify(ledger([entry, lost]))
    assert result["stored"] == 1
    assert result["problems"] == [
        f"Completed screening {lost['id']} ({FLOW.name}) is not in the database"
    ]


def test_a_record_with_another_outcome_or_answers_is_not_stored(completed):
    record, entry = completed
    record.outcome = "incomplete"
    record.answers = {**record.answers, "requester": "clinic"}
    record.save()
    result = verify(ledger([entry]))
    assert result["stored"] == 0
    assert "has outcome 'incomplete', expected 'ready'" in result["problems"][0]
    assert "has other answers than were given" in result["problems"][0]


def test_a_record_nobody_saw_saved_is_a_problem_unless_cut_off_by_the_stop(completed):
    record, _ = completed
    assert "no user saw it saved" in verify(ledger())["problems"][0]
    result = verify(ledger(pending={str(record.pk): "complete"}))
    assert result["problems"] == []
    assert result["in_flight_at_stop"] == 1


def test_drafts_left_must_be_drafts(staff_client):
    intake = Intake(staff_client, SLUG)
    intake.post({"client_reference": "LT-2"})
    intake.post(FLOW.answers, action="save_draft")
    draft = {"id": intake.intake_id, "user": "staff", "reference": "LT-2", "left": True}
    assert verify(ledger(drafts=[draft]))["drafts_stored"] == 1
    CaseRecord.objects.filter(pk=intake.intake_id).delete()
    result = verify(ledger(drafts=[draft]))
    assert result["drafts_stored"] == 0
    assert result["problems"] == [
        f"Saved draft {intake.intake_id} is not stored as saved (missing)"
    ]


def test_percentiles_are_nearest_rank():
    values = [float(v) for v in range(1, 101)]
    assert (percentile(values, 50), percentile(values, 95), percentile(values, 99)) == (
        50.0,
        95.0,
        99.0,
    )
    assert percentile([7.0], 95) == 7.0


def test_step_figures_combine_step_gets_and_posts_only():
    rows = [
        ["step GET · q", 10.0, True, 0, 0, "a"],
        ["step POST · q", 30.0, True, 0, 0, "a"],
        ["step POST · q", 20.0, False, 0, 0, "b"],
        ["review GET · q", 500.0, True, 0, 0, ""],
        ["home", 8.0, True, 0, 0, ""],
    ]
    stats = statistics({"requests": rows})
    assert stats["steps"] == {
        "requests": 3,
        "failures": 1,
        "median_ms": 20.0,
        "p95_ms": 30.0,
        "p99_ms": 30.0,
        "max_ms": 30.0,
    }
    assert stats["home"]["median_ms"] == 8.0
    assert stats["total_failures"] == 1


@pytest.mark.parametrize(
    "flow",
    [flow for slug, flows in FLOWS.items() if slug in registry_slugs() for flow in flows],
    ids=lambda flow: f"{flow.slug}: {flow.name}",
)
def test_every_benchmark_flow_is_accepted_by_its_questionnaire(flow, db):
    """The benchmark's answers still fit the forms (update bench/flows.py when a
    questionnaire's questions change)."""
    questionnaire = registry.get(flow.slug)
    data = {step.name: form_data(step, flow.answers) for step in questionnaire.intake_steps}
    state = walk_data(questionnaire.intake_steps, data)
    errors = {name: form.errors for name, form in state.invalid.items()}
    assert state.complete, f"{flow.name}: stops at {state.first_needing_answer}: {errors}"


def rows_added_one_by_one(flow) -> list[tuple[str, list]]:
    """The "Add another" posts the benchmark makes for a flow: (step, rows so far)."""
    questionnaire = registry.get(flow.slug)
    return [
        (step.name, flow.answers[step.name][:count])
        for step in questionnaire.steps
        if step.rows_can_be_added
        for count in range(1, len(flow.answers.get(step.name) or ()))
    ]


@pytest.mark.parametrize(
    "flow",
    [
        flow
        for slug, flows in FLOWS.items()
        if slug in registry_slugs()
        for flow in flows
        if rows_added_one_by_one(flow)
    ],
    ids=lambda flow: f"{flow.slug}: {flow.name}",
)
def test_the_benchmarks_add_another_posts_add_a_row(flow, staff_client):
    intake = Intake(staff_client, flow.slug)
    answers = {"client_reference": "LT-3", **flow.answers}
    while intake.step != REVIEW:
        here = intake.url
        for rows in [rows for name, rows in rows_added_one_by_one(flow) if name == intake.step]:
            response = intake.post({intake.step: rows}, action="add_row")
            # The same page again, with a row more (followed, as a browser does).
            assert (response.status_code, intake.url) == (200, here)
        assert intake.post(answers).status_code == 302, intake.step


def test_the_benchmark_turns_off_only_the_second_factor():
    """Simulated staff have no authenticator app: the runner says so explicitly, and
    production's other settings stay (README: bench)."""
    from argparse import Namespace

    from bench.runner import bench_env

    env = bench_env(Namespace(two_servers=False), "sqlite:////tmp/bench.sqlite3", "secret")
    assert env["DJANGO_REQUIRE_2FA"] == "false"
    assert env["DJANGO_DEBUG"] == "false"
    assert env["DJANGO_SETTINGS_MODULE"] == "config.settings.base"

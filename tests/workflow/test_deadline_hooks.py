"""Each questionnaire's ``deadlines`` hook reads a finished record's determination snapshot
defensively: a date that is there becomes a deadline; a key missing, empty or malformed
(rules change, and old snapshots lack newer keys) gives none, never an error."""

from datetime import date

import pytest

from questionnaires.foreign_employment_income.deadlines import deadlines as fei_deadlines
from questionnaires.framework.deadlines import DueDate, date_at, no_deadlines, result_data
from questionnaires.irs_records_request.deadlines import deadlines as irs_deadlines
from questionnaires.removal_protection.deadlines import deadlines as removal_deadlines

MALFORMED_SNAPSHOTS = [None, "text", [], {}, {"data": None}, {"data": []}, {"data": {}}]


def snapshot(**data) -> dict:
    return {"outcome": "x", "headline": "x", "findings": [], "data": data}


@pytest.mark.parametrize("hook", [irs_deadlines, removal_deadlines, fei_deadlines, no_deadlines])
@pytest.mark.parametrize("determination", MALFORMED_SNAPSHOTS)
def test_no_data_no_deadline(hook, determination):
    assert hook(determination) == []


def test_irs_every_date_to_act_by():
    found = irs_deadlines(
        snapshot(
            response_due="2026-04-01",
            appeal_deadline="2026-06-30",
            appeal_decision_due="2026-07-29",
            key_dates=[{"date": "2026-01-01"}],
        )
    )
    assert [(d.key, d.due) for d in found] == [
        ("response_due", date(2026, 4, 1)),
        ("appeal_deadline", date(2026, 6, 30)),
        ("appeal_decision_due", date(2026, 7, 29)),
    ]
    assert all(d.action for d in found)


@pytest.mark.parametrize(
    "data",
    [
        {"response_due": None, "appeal_deadline": None},
        {"response_due": "", "appeal_deadline": "soon"},
        {"response_due": "2026-02-30", "appeal_deadline": 20260101},
        {"response_due": {"date": "2026-01-01"}},
        {"due_date": "2026-01-01"},  # a key the hook does not know
    ],
)
def test_irs_missing_or_malformed_dates_give_no_deadline(data):
    assert irs_deadlines(snapshot(**data)) == []


def test_irs_only_the_dates_there():
    found = irs_deadlines(snapshot(response_due=None, appeal_deadline="2026-06-30"))
    assert [d.key for d in found] == ["appeal_deadline"]


def test_removal_the_one_year_asylum_filing_date():
    found = removal_deadlines(
        snapshot(asylum_deadline={"status": "met", "last_day_to_file": "2027-03-14"})
    )
    assert found == [
        DueDate(
            "asylum_filing", "File the asylum application (one-year deadline)", date(2027, 3, 14)
        )
    ]


@pytest.mark.parametrize(
    "data",
    [
        {"asylum_deadline": {"status": "not_applicable", "last_day_to_file": None}},
        {"asylum_deadline": {"status": "met"}},
        {"asylum_deadline": "2027-03-14"},
        {"asylum_deadline": None},
        {"relief": {}},
    ],
)
def test_removal_no_filing_date_no_deadline(data):
    assert removal_deadlines(snapshot(**data)) == []


def test_s23ag_the_91st_day_of_a_posting_still_running():
    service = {"day_91": "2026-03-01", "reached_91_days_by_screening_date": False}
    found = fei_deadlines(snapshot(foreign_service=service))
    assert [(d.key, d.due) for d in found] == [("day_91", date(2026, 3, 1))]
    assert "91st day" in found[0].action


@pytest.mark.parametrize(
    "service",
    [
        # Reached by the screening date, or the posting ended: nothing to check.
        {"day_91": "2026-03-01", "reached_91_days_by_screening_date": True},
        {"day_91": "2026-03-01", "reached_91_days_by_screening_date": None},
        {"day_91": "2026-03-01"},
        {"day_91": None, "reached_91_days_by_screening_date": False},
        {"reached_91_days_by_screening_date": False},
        "2026-03-01",
    ],
)
def test_s23ag_no_day_to_check_no_deadline(service):
    assert fei_deadlines(snapshot(foreign_service=service)) == []


def test_date_at_reads_nested_keys_defensively():
    data = {"a": {"b": "2026-01-02"}, "c": "x"}
    assert date_at(data, "a", "b") == date(2026, 1, 2)
    assert date_at(data, "a", "z") is None
    assert date_at(data, "c", "b") is None
    assert date_at(data, "c") is None
    assert result_data({"data": data}) == data


def test_every_registered_questionnaire_has_a_deadlines_hook():
    pytest.importorskip("django")
    from questionnaires.framework import registry

    hooks = {q.slug: q.deadlines for q in registry.all_questionnaires()}
    assert hooks["irs-records-request"] is irs_deadlines
    assert hooks["removal-protection"] is removal_deadlines
    assert hooks["foreign-employment-income"] is fei_deadlines

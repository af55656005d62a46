"""Re-screening completed records under the current rules (issue 21, part 4): a rule
changes, and exactly the records whose result it changes are listed, old beside new, with
nothing written."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from questionnaires.audit import AuditEvent
from questionnaires.foreign_employment_income.rules import determination as s23ag
from questionnaires.framework import registry
from questionnaires.framework.determination import Finding, Status
from questionnaires.framework.rescreening import changed_results, rescreen
from questionnaires.models import CaseRecord
from tests.factories import screened_record
from tests.foreign_employment_income.test_wizard import DANIEL

pytestmark = pytest.mark.django_db

SLUG = "foreign-employment-income"
#: Paid free of Nauru tax under the Nauru agreement: the seed's example.
UNDER_THE_AGREEMENT = DANIEL
#: Taxed in the country where the client worked.
TAXED_THERE = {**DANIEL, "client_reference": "TAXED-1", "foreign_tax_reasons": ["taxed"]}

original_solely_test = s23ag.exempt_abroad_solely_for_listed_reasons


def stricter_solely_test(facts) -> Finding:
    """A changed rule: pay free of foreign tax under a specific agreement is no longer
    exempt (not the law: a change to see which records it touches)."""
    finding = original_solely_test(facts)
    if "specific_agreement" in facts.foreign_tax_reasons:
        return Finding(finding.code, finding.title, Status.NOT_MET, "Changed.", (), ())
    return finding


@pytest.fixture
def records(staff_user):
    return {
        "agreement": screened_record(staff_user, SLUG, UNDER_THE_AGREEMENT),
        "agreement_again": screened_record(
            staff_user, SLUG, {**UNDER_THE_AGREEMENT, "client_reference": "DANIEL-87"}
        ),
        "taxed": screened_record(staff_user, SLUG, TAXED_THERE),
    }


def listed(changes) -> set:
    return {change.record.pk for change in changes}


def test_under_unchanged_rules_no_record_is_listed(records):
    questionnaire = registry.get(SLUG)
    assert changed_results(questionnaire, CaseRecord.objects.all()) == []
    assert rescreen(questionnaire, records["taxed"]).after.outcome == records["taxed"].outcome


def test_a_changed_rule_lists_exactly_the_records_it_changes(records, monkeypatch):
    before = {pk: (r.outcome, r.determination) for pk, r in _by_pk(records).items()}
    monkeypatch.setattr(s23ag, "exempt_abroad_solely_for_listed_reasons", stricter_solely_test)

    changes = changed_results(registry.get(SLUG), CaseRecord.objects.all())

    assert listed(changes) == {records["agreement"].pk, records["agreement_again"].pk}
    change = changes[0]
    assert change.outcome_before == registry.get(SLUG).outcome_label(change.before.outcome)
    assert change.after.outcome != change.before.outcome
    solely = [status for status in change.status_changes if status.code == "foreign_tax_solely"]
    assert solely and solely[0].before == Status.MET and solely[0].after == Status.NOT_MET
    # Nothing written: each record keeps its result.
    after = {r.pk: (r.outcome, r.determination) for r in CaseRecord.objects.all()}
    assert after == before


def test_a_record_missing_an_answer_the_rules_now_need_is_listed_as_needing_answers(records):
    record = records["taxed"]
    record.answers = {k: v for k, v in record.answers.items() if k != "australian_resident"}
    record.save()

    (change,) = changed_results(registry.get(SLUG), CaseRecord.objects.all())

    assert change.record.pk == record.pk
    assert change.after is None
    residency = next(
        s for s in registry.get(SLUG).steps if "australian_resident" in s.field_names()
    )
    assert change.needs_answers == [residency.title]


def test_drafts_and_other_questionnaires_are_not_re_screened(records, staff_user, monkeypatch):
    CaseRecord.objects.filter(pk=records["agreement"].pk).update(status="draft")
    monkeypatch.setattr(s23ag, "exempt_abroad_solely_for_listed_reasons", stricter_solely_test)
    assert listed(changed_results(registry.get(SLUG), CaseRecord.objects.all())) == {
        records["agreement_again"].pk
    }
    assert changed_results(registry.get("irs-records-request"), CaseRecord.objects.all()) == []


def test_the_command_lists_old_and_new_side_by_side_and_is_audited(records, monkeypatch):
    monkeypatch.setattr(s23ag, "exempt_abroad_solely_for_listed_reasons", stricter_solely_test)

    out = StringIO()
    call_command("rescreen", SLUG, "--format", "json", stdout=out)
    listing = json.loads(out.getvalue())
    assert {item["record"] for item in listing["changed"]} == {
        str(records["agreement"].pk),
        str(records["agreement_again"].pk),
    }
    item = listing["changed"][0]
    assert item["outcome"]["before"] == records["agreement"].outcome
    assert item["changes"]["foreign_tax_solely"] == {"before": "met", "after": "not_met"}

    text = StringIO()
    call_command("rescreen", SLUG, stdout=text)
    assert "2 completed record(s) would change" in text.getvalue()
    assert "Met -> Not met" in text.getvalue()

    events = AuditEvent.objects.filter(action=AuditEvent.Action.RESCREENED)
    assert [event.count for event in events] == [2, 2]
    assert all("DANIEL" not in json.dumps(event.detail) for event in events)


def test_the_admin_action_shows_the_changes_and_changes_nothing(
    records, client, monkeypatch, staff_user
):
    from tests.factories import make_user

    admin = make_user("ada", is_staff=True, is_superuser=True)
    client.force_login(admin)
    monkeypatch.setattr(s23ag, "exempt_abroad_solely_for_listed_reasons", stricter_solely_test)

    response = client.post(
        "/admin/questionnaires/caserecord/",
        {"action": "rescreen", "_selected_action": [str(r.pk) for r in records.values()]},
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "DANIEL-86" in html and "DANIEL-87" in html and "TAXED-1" not in html
    assert "Not met" in html
    event = AuditEvent.objects.get(action=AuditEvent.Action.RESCREENED)
    assert event.count == 2 and event.detail["selected"] == 3


def _by_pk(records):
    return {record.pk: record for record in records.values()}

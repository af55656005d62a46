"""The s 23AG questionnaire through ``manage.py screen``."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from tests.foreign_employment_income.test_wizard import DANIEL

pytestmark = pytest.mark.django_db

SLUG = "foreign-employment-income"


def screen(tmp_path, answers, *options):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers))
    out = io.StringIO()
    call_command("screen", SLUG, "--answers", str(path), *options, stdout=out)
    return out.getvalue()


def test_para_86_through_the_command(tmp_path):
    document = json.loads(screen(tmp_path, DANIEL))
    assert document["outcome"] == "exempt"
    assert document["law_as_of"] == "2025-07-01"
    data = document["data"]
    assert set(data) >= {"payments", "foreign_service", "progression", "ruling_binding"}
    assert data["progression"]["tax_payable"] == "19574.67"
    assert data["foreign_service"]["days"] == 141
    assert data["ruling_binding"] is True
    assert "CR 2005/54, para 86" in {c for f in document["findings"] for c in f["citations"]}


@pytest.mark.parametrize(
    ("changes", "outcome"),
    [
        ({"australian_resident": "no", "residency_change": "never"}, "not_applicable"),
        ({"australian_resident": "no", "residency_change": "stopped"}, "refer"),
        ({"australian_resident": "no", "residency_change": "started"}, "refer"),
        ({"australian_resident": "not_sure"}, "refer"),
        ({"work_capacity": "contractor"}, "not_exempt"),
        ({"payments_received": ["salary", "transfer_allowance"]}, "partly_exempt"),
        ({"foreign_tax_reasons": ["double_tax_agreement"]}, "not_exempt"),
        ({"foreign_tax_reasons": ["not_sure"]}, "refer"),
        ({"foreign_tax_reasons": ["foreign_law_no_tax", "other"]}, "exempt"),
        ({"service_end": "2004-11-29", "absences": []}, "not_exempt"),
    ],
)
def test_each_outcome(tmp_path, changes, outcome):
    assert json.loads(screen(tmp_path, {**DANIEL, **changes}))["outcome"] == outcome


def test_a_posting_still_running_is_measured_to_the_screening_date(tmp_path):
    """Started 1 September 2004, not ended, screened on 30 September 2004: 30 days served,
    so the 91st day falls on 30 November 2004 and the result is conditional."""
    answers = {**DANIEL, "service_ended": "no", "service_end": None, "absences": []}
    del answers["died_during_service"]
    document = json.loads(screen(tmp_path, answers, "--today", "2004-09-30"))
    assert document["outcome"] == "refer"
    service = document["data"]["foreign_service"]
    assert service["ongoing"] is True and service["day_91"] == "2004-11-30"
    assert service["reached_91_days_by_screening_date"] is False
    assert document["data"]["screening_date"] == "2004-09-30"
    document = json.loads(screen(tmp_path, answers, "--today", "2004-12-01"))
    assert document["outcome"] == "exempt"
    assert "the posting has not ended" in document["headline"]


def test_text_format(tmp_path):
    text = screen(tmp_path, DANIEL, "--format", "text")
    assert "Outcome: exempt" in text and "19,574.67" in text


def test_bad_input_names_the_field(tmp_path):
    with pytest.raises(CommandError) as raised:
        screen(tmp_path, {**DANIEL, "other_deductions": "-300"})
    assert raised.value.returncode == 2
    assert "other_deductions: Enter an amount of 0 or more" in str(raised.value)


def document_outcomes():
    from questionnaires.framework import registry

    return set(registry.get(SLUG).outcome_labels)


def test_the_json_contract_and_the_data_keys(tmp_path):
    document = json.loads(screen(tmp_path, DANIEL))
    assert set(document) == {
        "questionnaire", "rules_version", "law_as_of", "outcome", "headline", "findings",
        "next_steps", "caveats", "data", "what_would_change", "thresholds",
    }  # fmt: skip
    assert [f["code"] for f in document["findings"]] == [
        "s23ag_1aa", "residency", "foreign_service", "ruling_class", "continuous_91_days",
        "foreign_earnings", "foreign_tax_solely", "progression",
    ]  # fmt: skip
    assert document["data"]["tests"]["ruling_class"] == "met"
    assert document["data"]["progression_status"] == "calculated"
    for change in document["what_would_change"]:
        assert set(change) >= {"question", "now", "then", "outcome", "changes", "explanation"}
        assert change["outcome"] in document_outcomes()
    assert {p["code"]: p["exempt"] for p in document["data"]["payments"]} == {
        "salary": True,
        "deployment_composite_allowance": True,
        "mission_allowance": True,
    }


def test_the_91_day_count_through_the_command(tmp_path):
    answers = {**DANIEL, "service_start": "2004-01-01", "service_end": "2004-03-31",
               "absences": [], "income_year": "2003-04"}  # fmt: skip
    with pytest.raises(CommandError) as raised:  # 2003-04 is before the ruling: not offered
        screen(tmp_path, answers)
    assert raised.value.returncode == 2 and "income_year" in str(raised.value)
    answers = {**DANIEL, "service_start": "2005-01-01", "service_end": "2005-04-01",
               "absences": []}  # fmt: skip
    assert json.loads(screen(tmp_path, answers))["data"]["foreign_service"]["days"] == 91
    answers["service_end"] = "2005-03-31"
    document = json.loads(screen(tmp_path, answers))
    assert document["data"]["foreign_service"]["days"] == 90
    assert document["outcome"] == "not_exempt"


def test_schema_describes_every_page_and_its_condition(tmp_path):
    out = io.StringIO()
    call_command("screen", SLUG, "--schema", stdout=out)
    schema = json.loads(out.getvalue())
    steps = {step["step"]: step for step in schema["steps"]}
    assert list(steps)[1:] == [
        "income_year", "activity", "residency", "residency_change", "work_capacity",
        "ruling_class", "arrangement", "service_period", "death", "absences", "left_early",
        "payments", "foreign_tax", "progression", "progression_amounts",
    ]  # fmt: skip
    for name, step in steps.items():
        assert step["applies"] == "always" or step["applies"].startswith("Applies when"), name
    activity = steps["activity"]["fields"][0]
    assert activity["allowed_values"] == [
        "development_assistance", "public_fund", "exempt_entity", "disciplined_force",
        "regulations", "none", "not_sure",
    ]  # fmt: skip
    reasons = steps["foreign_tax"]["fields"][0]
    assert reasons["type"] == "list of choices"
    assert "specific_agreement" in reasons["allowed_values"]
    kinds = steps["absences"]["fields"][0]["row_fields"][2]["allowed_values"]
    assert len(kinds) == 12 and "not_sure" in kinds

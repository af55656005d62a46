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
        ({"australian_resident": "no"}, "not_applicable"),
        ({"australian_resident": "not_sure"}, "refer"),
        ({"work_capacity": "contractor"}, "not_exempt"),
        ({"payments_received": ["salary", "transfer_allowance"]}, "partly_exempt"),
        ({"foreign_tax_reasons": ["double_tax_agreement"]}, "not_exempt"),
        ({"foreign_tax_reasons": ["other"]}, "refer"),
        ({"service_end": "2004-11-29", "absences": []}, "not_exempt"),
    ],
)
def test_each_outcome(tmp_path, changes, outcome):
    assert json.loads(screen(tmp_path, {**DANIEL, **changes}))["outcome"] == outcome


def test_text_format(tmp_path):
    text = screen(tmp_path, DANIEL, "--format", "text")
    assert "Outcome: exempt" in text and "19,574.67" in text


def test_bad_input_names_the_field(tmp_path):
    with pytest.raises(CommandError) as raised:
        screen(tmp_path, {**DANIEL, "other_deductions": "-300"})
    assert raised.value.returncode == 2
    assert "other_deductions: Enter an amount of 0 or more" in str(raised.value)

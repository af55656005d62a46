"""Regressions found by the hostile-input tests (tests/security/test_hostile_input.py):
posts no page of the wizard would send, which once gave a server error."""

import json

import pytest

from bench.flows import FLOWS
from questionnaires.models import CaseRecord
from tests.factories import Intake

pytestmark = pytest.mark.django_db


def intake_at(client, slug, step) -> Intake:
    answers = {"client_reference": "", **FLOWS[slug][0].answers}
    intake = Intake(client, slug)
    while intake.step != step:
        assert intake.post(answers).status_code == 302
    return intake


def test_add_row_on_a_page_without_rows_just_continues(staff_client):
    intake = Intake(staff_client, "irs-records-request")
    response = intake.post({"client_reference": "R-1"}, action="add_row")
    assert response.status_code == 302
    assert intake.step == "path"


def test_add_row_reads_the_row_count_the_formset_read(staff_client):
    """A forged post repeats the management form's count: the last value counts, as the
    formset reads it, whatever comes first."""
    intake = intake_at(staff_client, "foreign-employment-income", "absences")
    response = staff_client.post(
        intake.url,
        {
            **intake.page(),
            "absences-TOTAL_FORMS": ["not a number", "0"],
            "absences-INITIAL_FORMS": "0",
            "wizard_action": "add_row",
        },
    )
    assert response.status_code == 302 and response.url == intake.url
    page = staff_client.get(intake.url).content.decode()
    assert 'name="absences-TOTAL_FORMS" value="1"' in page


def test_add_row_from_a_stale_page_with_a_forged_count_is_no_server_error(staff_client):
    """A stale page is compared with what is saved before any form reads the count."""
    intake = intake_at(staff_client, "foreign-employment-income", "absences")
    response = staff_client.post(
        intake.url,
        {
            **intake.page(),
            "intake_fingerprint": "stale",
            "absences-TOTAL_FORMS": "not a number",
            "wizard_action": "add_row",
        },
    )
    assert response.status_code == 302 and response.url == intake.url


def test_null_characters_never_reach_a_saved_draft(staff_client):
    intake = Intake(staff_client, "irs-records-request")
    response = staff_client.post(
        intake.url,
        {
            **intake.page(),
            "client-client_reference": "typed\x00\x01",
            "client-\x00stray": "\x00",
            "wizard_action": "save_draft",
        },
    )
    assert response.status_code == 302
    draft = CaseRecord.objects.get()
    assert "\\u0000" not in json.dumps(draft.wizard_state)
    # What was typed (less the null) is still there to show again, with its error.
    assert "typed\\u0001" in json.dumps(draft.wizard_state)

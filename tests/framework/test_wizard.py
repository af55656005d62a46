"""The wizard base, driven through a real questionnaire (IRS records requests) with the
Django test client: branching, dropped answers, Back, Change links, drafts, tampering.

Each test names the django-formtools weakness it guards against where there is one."""

import pytest
from django.test import Client
from django.urls import reverse

from questionnaires.models import CaseRecord
from tests.factories import Intake

pytestmark = pytest.mark.django_db

SLUG = "irs-records-request"
OWN_REQUEST = {
    "client_reference": "LITC-7",
    "path": "prepare_request",
    "records_wanted": ["workpapers"],
    "records_owner": "client",
    "requester": "client",
    "records_description": "specific",
    "request_includes": ["signed", "identity", "fees"],
    "request_received": "2025-03-03",
}
CLINIC_REQUEST = {
    **OWN_REQUEST,
    "requester": "clinic",
    "authorization_form": "form_2848",
    "authorization_covers": "yes",
}


def step_url(intake, step):
    return reverse(
        "questionnaires:step", kwargs={"slug": SLUG, "intake": intake.intake_id, "step": step}
    )


def goto(intake, step):
    intake.url = step_url(intake, step)


def test_steps_follow_the_branch_the_answers_choose(staff_client):
    own = Intake(staff_client, SLUG).answer_until_review(OWN_REQUEST)
    clinic = Intake(staff_client, SLUG).answer_until_review(CLINIC_REQUEST)
    assert "authorization_form" not in own
    assert clinic[clinic.index("requester") + 1 : clinic.index("requester") + 3] == [
        "authorization_form",
        "authorization_covers",
    ]


def test_progress_is_counted_over_the_steps_that_apply(staff_client):
    intake = Intake(staff_client, SLUG)
    intake.post({"client_reference": ""})
    html = staff_client.get(intake.url).content.decode()
    assert "Step 2 of" in html
    intake.post({"path": "prepare_request"})
    intake.post({"records_wanted": ["returns_transcripts"]})
    # Copies of returns only: every later question falls away, so this was the last step.
    assert intake.step == "review"


def test_invalid_answer_shows_an_error_summary_linked_to_the_first_radio(staff_client):
    intake = Intake(staff_client, SLUG)
    intake.post({})
    response = intake.post({})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: " in html
    assert 'class="error-summary"' in html and "autofocus" in html
    assert 'href="#id_path-path_0"' in html and 'id="id_path-path_0"' in html
    assert (
        'aria-describedby="id_path-path-error"' in html
        or "id_path-path-hint id_path-path-error" in html
    )


def test_a_single_question_page_uses_the_legend_as_its_heading(staff_client):
    intake = Intake(staff_client, SLUG)
    intake.post({})
    html = staff_client.get(intake.url).content.decode()
    assert (
        '<legend class="fieldset__legend fieldset__legend--l"><h1 class="fieldset__heading">'
        in html
    )


def test_unknown_skipped_and_irrelevant_steps_redirect_to_the_first_needing_an_answer(
    staff_client,
):
    intake = Intake(staff_client, SLUG)
    intake.post({})
    intake.post({"path": "prepare_request"})
    first_needing = step_url(intake, "records_wanted")
    for step in ("no-such-step", "request_received", "letter_date", "review"):
        response = staff_client.get(step_url(intake, step))
        assert response.status_code == 302 and response.url == first_needing, step
    # A POST to a step ahead is refused the same way and stores nothing.
    response = staff_client.post(step_url(intake, "request_received"), {"x": "y"})
    assert response.url == first_needing


def test_back_keeps_what_was_typed_on_the_page_even_if_invalid(staff_client):
    """formtools issue 284: jumping to another step discards the current page's input.
    What was typed comes back, without an error: it was not sent to continue."""
    intake = Intake(staff_client, SLUG)
    intake.answer_until_review(OWN_REQUEST)
    goto(intake, "request_received")
    intake.post({"request_received": "2025-02-30"}, action="back")
    assert intake.step == "request_includes"
    html = staff_client.get(step_url(intake, "request_received")).content.decode()
    assert 'value="30"' in html and "The date must be a real date" not in html


def test_back_after_a_skipped_step_goes_to_the_step_actually_shown(staff_client):
    """formtools issue 277: "Previous" after a skipped step."""
    intake = Intake(staff_client, SLUG)
    intake.answer_until_review(OWN_REQUEST)
    goto(intake, "records_description")
    intake.post({"records_description": "specific"}, action="back")
    # authorization_form and third_party_consent do not apply to this client's own request.
    assert intake.step == "requester"


def test_change_link_returns_to_the_review(staff_client):
    """formtools issue 105: editing a single earlier step."""
    intake = Intake(staff_client, SLUG)
    intake.answer_until_review(OWN_REQUEST)
    html = intake.review().content.decode()
    assert f'href="{step_url(intake, "records_description")}"' in html
    goto(intake, "records_description")
    intake.post({"records_description": "broad_or_vague"})
    assert intake.step == "review"
    assert "broad" in intake.review().content.decode().lower()


def test_a_change_that_opens_a_branch_asks_its_questions_then_returns_and_closing_it_keeps_them(
    staff_client,
):
    intake = Intake(staff_client, SLUG)
    intake.answer_until_review(OWN_REQUEST)
    intake.review()
    goto(intake, "requester")
    intake.post({"requester": "clinic"})
    assert intake.step == "authorization_form"
    intake.post({"authorization_form": "form_2848"})
    assert intake.step == "authorization_covers"
    intake.post({"authorization_covers": "yes"})
    assert intake.step == "review"
    assert "Form 2848" in intake.review().content.decode()

    goto(intake, "requester")
    response = intake.post({"requester": "client"})
    # Staff are told first how many answers the change leaves unused ...
    assert intake.step == "requester"
    assert "2 answers on later pages will no longer be used" in response.content.decode()
    intake.post({"requester": "client"})
    assert intake.step == "review"
    # ... which are kept, but neither shown, nor handed to the rules, nor on the record.
    assert "authorization_form" in wizard_state(intake)["step_data"]
    assert "Form 2848" not in intake.review().content.decode()
    record = intake.finish()
    assert "authorization_form" not in record.answers
    assert all(a["field"] != "authorization_form" for a in record.answers_in_words)


def wizard_state(intake):
    return CaseRecord.objects.get(pk=intake.intake_id).wizard_state


def test_only_a_steps_own_fields_are_stored(staff_client):
    """formtools stores the raw POST (issue 120 territory): never the CSRF token or buttons."""
    intake = Intake(staff_client, SLUG)
    intake.post({})
    staff_client.post(
        intake.url,
        {
            **intake.page(),
            "path-path": "prepare_request",
            "wizard_action": "continue",
            "csrfmiddlewaretoken": "x",
            "smuggled": "y",
        },
    )
    assert wizard_state(intake)["step_data"]["path"] == {"path-path": ["prepare_request"]}


def test_two_intakes_in_two_tabs_never_share_answers(staff_client):
    """formtools issue 126: one storage slot per wizard class."""
    first, second = Intake(staff_client, SLUG), Intake(staff_client, SLUG)
    first.post({"client_reference": "FIRST"})
    second.post({"client_reference": "SECOND"})
    first.post({"path": "review_response"})
    second.post({"path": "prepare_request"})
    assert first.step == "letter_date" and second.step == "records_wanted"


def test_save_draft_resume_in_another_session_and_finish(staff_client, staff_user):
    intake = Intake(staff_client, SLUG)
    intake.post({"client_reference": "DRAFT-1"})
    intake.post({"path": "prepare_request"})
    response = intake.post({"records_wanted": ["workpapers"]}, action="save_draft")
    assert response.url == reverse("questionnaires:case_list")
    record = CaseRecord.objects.get(pk=intake.intake_id)
    assert record.status == "draft" and record.client_reference == "DRAFT-1"
    assert record.answers["records_wanted"] == ["workpapers"]

    another_browser = Client()
    another_browser.force_login(staff_user)
    html = another_browser.get(reverse("questionnaires:case_list")).content.decode()
    assert "DRAFT-1" in html
    response = another_browser.get(reverse("questionnaires:resume", args=[SLUG, record.pk]))
    assert response.url == step_url(intake, "records_owner")
    resumed = Intake(another_browser, SLUG, url=response.url)
    finished = resumed.complete(OWN_REQUEST)
    assert finished.pk == record.pk and finished.status == "complete"
    assert finished.wizard_state == {} and finished.determination["outcome"] == "ready"


def test_another_users_intake_is_not_found(staff_client, other_staff_user):
    intake = Intake(staff_client, SLUG)
    intake.post({"client_reference": "MINE"}, action="save_draft")
    stranger = Client()
    stranger.force_login(other_staff_user)
    assert (
        stranger.get(reverse("questionnaires:resume", args=[SLUG, intake.intake_id])).status_code
        == 404
    )
    assert stranger.post(step_url(intake, "path"), {"path-path": "x"}).status_code == 404


def test_finishing_saves_the_record_and_a_replayed_post_changes_nothing(staff_client):
    intake = Intake(staff_client, SLUG)
    record = intake.complete(OWN_REQUEST)
    assert record.status == "complete" and record.outcome == "ready"
    assert record.rules_version and record.law_as_of and record.completed_at
    response = staff_client.post(intake.url)
    assert response.status_code == 302 and response.url == record.get_absolute_url()
    assert CaseRecord.objects.count() == 1


def test_result_page_numbers_citations_and_links_them_to_sources(staff_client):
    record = Intake(staff_client, SLUG).complete(OWN_REQUEST)
    html = staff_client.get(record.get_absolute_url()).content.decode()
    assert 'href="#source-1"' in html and 'id="source-1"' in html
    assert "Based on your answers:" in html
    assert "not legal advice" in html and record.rules_version in html


def test_starting_a_questionnaire_that_does_not_exist_is_not_found(staff_client):
    response = staff_client.get(reverse("questionnaires:start", args=["no-such-thing"]))
    assert response.status_code == 404


def test_drafts_of_other_people_are_shown_but_not_resumable(client, supervisor, staff_user):
    staff = Client()
    staff.force_login(staff_user)
    intake = Intake(staff, SLUG)
    intake.post({"client_reference": "THEIR-DRAFT"}, action="save_draft")
    client.force_login(supervisor)
    html = client.get(reverse("questionnaires:case", args=[intake.intake_id])).content.decode()
    assert "Only staff, who started it, can continue it." in html
    assert "Continue this screening" not in html

"""Intake integrity (issue 16): answers never change or vanish behind the user's back.

Each test reproduces a failure of the session-stored wizard: a result saved on answers
another tab changed; later answers wiped by a change and asked again blank; work lost at
a new sign-in; errors shown before a page was sent; another session's intake id taken
over; a write made on a version another request had replaced."""

import pytest
from django.test import Client
from django.urls import reverse

from bench.flows import FLOWS
from questionnaires.audit import AuditEvent
from questionnaires.framework.answers import describe_step
from questionnaires.framework.forms import YES_NO, LongTextField, RadiosField, StepForm
from questionnaires.framework.registry import Step
from questionnaires.framework.wizard import CHANGED_ELSEWHERE, ISSUED_KEY, QuestionnaireWizard
from questionnaires.models import CaseRecord
from tests.factories import Intake
from tests.removal_protection.test_wizard import SEED, go_to

pytestmark = pytest.mark.django_db

SLUG = "irs-records-request"
CLINIC_REQUEST = {
    "client_reference": "LITC-9",
    "path": "prepare_request",
    "records_wanted": ["workpapers"],
    "records_owner": "client",
    "requester": "clinic",
    "authorization_form": "form_2848",
    "authorization_covers": "yes",
    "records_description": "specific",
    "request_includes": ["signed", "identity", "fees"],
    "request_received": "2025-03-03",
}
PART_RELEASED = {
    "client_reference": "LITC-10",
    **next(f for f in FLOWS[SLUG] if f.answers.get("request_basis")).answers,
}


def at_review(client, answers=CLINIC_REQUEST) -> Intake:
    intake = Intake(client, SLUG)
    intake.answer_until_review(answers)
    assert intake.review().status_code == 200
    return intake


def tab(intake: Intake, step: str) -> Intake:
    """A second browser tab (same session) on the same intake, at ``step``."""
    other = Intake(intake.client, SLUG, url=intake.url.rsplit("/", 2)[0] + f"/{step}/")
    return other


def messages_on(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


def record_of(intake) -> CaseRecord:
    return CaseRecord.objects.get(pk=intake.intake_id)


# 1. A result is saved only on the answers the user confirmed ------------------------------


def test_a_confirm_on_answers_another_tab_changed_is_refused(staff_client):
    tab_b = at_review(staff_client)
    shown_to_b = tab_b.page()  # "Check your answers" with 3 March 2025

    tab_a = tab(tab_b, "request_received")
    tab_a.post({"request_received": "2025-04-14"})
    assert tab_a.step == "review"

    response = staff_client.post(tab_b.url, shown_to_b)
    assert response.status_code == 302 and response.url == tab_b.url
    assert record_of(tab_b).status == "draft"
    page = staff_client.get(tab_b.url)
    assert "no result was saved" in messages_on(page)
    assert "14 April 2025" in page.content.decode() or "April 14, 2025" in page.content.decode()

    # Confirmed on the answers now shown: the result is on them.
    record = tab_b.finish()
    assert record.is_complete and record.answers["request_received"] == "2025-04-14"


def test_a_page_another_tab_made_irrelevant_says_so(staff_client):
    tab_b = at_review(staff_client)
    tab_b.url = tab_b.url.replace("/review/", "/authorization_form/")
    typed_in_b = tab_b.page()

    tab_a = tab(tab_b, "requester")
    assert tab_a.change({"requester": "client"}) == 2

    response = tab_b.post({"authorization_form": "form_8821"}, fields=typed_in_b)
    assert response.status_code == 302 and tab_b.step == "review"
    assert "“Authorization” no longer applies" in messages_on(staff_client.get(tab_b.url))
    assert "authorization_form" not in record_of(tab_b).answers


def test_a_page_changed_in_another_tab_is_not_overwritten_silently(staff_client):
    tab_b = at_review(staff_client)
    tab_b.url = tab_b.url.replace("/review/", "/request_received/")
    opened_in_b = tab_b.page()
    tab_a = tab(tab_b, "request_received")
    tab_a.post({"request_received": "2025-04-14"})

    response = tab_b.post({"request_received": "2025-05-01"}, fields=opened_in_b)
    assert "changed in another tab or session" in messages_on(response)
    assert record_of(tab_b).answers["request_received"] == "2025-04-14"
    assert 'value="14"' in response.content.decode()


def test_the_same_page_sent_twice_is_saved_once(staff_client):
    intake = Intake(staff_client, SLUG)
    intake.post({"client_reference": "TWICE"})
    fields = intake.page()
    post = {**fields, "path-path": "prepare_request", "wizard_action": "continue"}
    first = staff_client.post(intake.url, post)
    second = staff_client.post(intake.url, post)  # a double click
    assert first.url == second.url and second.url.endswith("/records_wanted/")
    assert record_of(intake).version == 2


@pytest.mark.parametrize(
    "action, lands_on, said",
    [("save_draft", "/cases/", "Draft saved"), ("back", "/client/", "")],
)
def test_a_double_click_on_a_button_answers_as_the_first_click(
    staff_client, action, lands_on, said
):
    intake = Intake(staff_client, SLUG)
    intake.post({"client_reference": "TWICE"})
    post = {**intake.page(), "path-path": "prepare_request", "wizard_action": action}
    first = staff_client.post(intake.url, post)
    staff_client.get(first.url)
    second = staff_client.post(intake.url, post)
    assert first.url == second.url and second.url.endswith(lands_on)
    assert said in messages_on(staff_client.get(second.url))
    assert record_of(intake).answers["path"] == "prepare_request"


def test_add_another_clicked_twice_adds_one_row_and_is_no_conflict(staff_client):
    slug = "foreign-employment-income"
    answers = {"client_reference": "", **FLOWS[slug][0].answers}
    intake = Intake(staff_client, slug)
    while intake.step != "absences":
        intake.post(answers)
    opened = intake.page()
    intake.post(answers, action="add_row", fields=opened)
    rows = record_of(intake).wizard_state["step_data"]["absences"]["absences-TOTAL_FORMS"]
    response = intake.post(answers, action="add_row", fields=opened)
    assert "changed in another tab" not in messages_on(response)
    state = record_of(intake).wizard_state["step_data"]["absences"]
    assert state["absences-TOTAL_FORMS"] == rows


def test_a_page_a_newly_required_page_now_comes_before_says_so_and_keeps_what_was_typed(
    staff_client,
):
    """Tab B answers Yes to convictions, which brings "Serious convictions" in before the
    page tab A has open: tab A's page is not saved yet, but not lost either."""
    answers = {**SEED, "has_convictions": "no"}
    tab_a = Intake(staff_client, "removal-protection")
    while tab_a.step != "past_harm":
        tab_a.post(answers)
    opened_in_a = tab_a.page()
    tab_b = Intake(staff_client, "removal-protection", url=tab_a.url)
    go_to(tab_b, "convictions")
    tab_b.post({**answers, "has_convictions": "yes"})

    typed = "Typed in tab A before the convictions answer changed"
    tab_a.post({**answers, "harm_narrative": typed}, fields=opened_in_a)
    assert tab_a.step == "aggravated_felony"
    said = messages_on(staff_client.get(tab_a.url))
    assert "“Serious convictions” must be answered first" in said
    assert "What you sent on “Past harm and threats” is kept but not saved yet" in said
    assert "harm_narrative" not in record_of(tab_a).answers

    for _ in range(5):  # the newly required pages, then the page tab A had open
        if tab_a.step == "past_harm":
            break
        tab_a.post(answers)
    assert tab_a.step == "past_harm"
    assert typed in staff_client.get(tab_a.url).content.decode()


# 2. Changing an answer never silently wipes others ------------------------------------------


def test_a_change_that_closes_pages_says_how_many_answers_and_keeps_them(staff_client):
    intake = at_review(staff_client)
    intake.url = intake.url.replace("/review/", "/requester/")
    response = intake.post({"requester": "client"})
    assert intake.step == "requester"
    html = response.content.decode()
    assert "2 answers on later pages will no longer be used" in html
    assert record_of(intake).answers["authorization_form"] == "form_2848"  # not yet changed

    intake.post({"requester": "client"})
    assert intake.step == "review"
    record = record_of(intake)
    assert "authorization_form" not in record.answers
    assert "authorization_form" in record.wizard_state["step_data"]

    # Changed back: the answers come back, shown for review, not asked again blank.
    intake.url = intake.url.replace("/review/", "/requester/")
    response = intake.post({"requester": "clinic"})
    assert intake.step == "review"
    page = intake.review().content.decode()
    assert "Came back: check" in page and "Form 2848" in page
    assert intake.finish().answers["authorization_form"] == "form_2848"


def test_the_confirmation_is_of_that_change_not_of_a_number_of_answers(staff_client):
    intake = at_review(staff_client)
    intake.url = intake.url.replace("/review/", "/requester/")
    intake.post({"requester": "client"})
    shown = intake.shown[1]
    # What the warning confirms is bound to the page, the answer sent and the pages
    # closed: a count of answers (as the page once sent) confirms nothing.
    assert shown["confirm_unused"] != "2"
    response = intake.post({"requester": "client"}, fields={**shown, "confirm_unused": "2"})
    assert "2 answers on later pages will no longer be used" in response.content.decode()
    assert record_of(intake).answers["requester"] == "clinic"


def test_residency_yes_no_yes_keeps_every_later_answer(staff_client):
    slug = "foreign-employment-income"
    answers = {"client_reference": "R-1", **FLOWS[slug][0].answers}
    intake = Intake(staff_client, slug)
    intake.answer_until_review(answers)
    intake.review()
    original = dict(record_of(intake).answers)
    review = intake.url
    intake.url = review.replace("/review/", "/residency/")
    intake.post({"australian_resident": "no"})
    assert intake.step == "residency_change"
    assert intake.change({"residency_change": "never"}) > 5
    assert intake.url == review
    intake.url = review.replace("/review/", "/residency/")
    # Only the answer about when residency changed is set aside; nothing is asked again.
    assert intake.change({"australian_resident": "yes"}) == 1
    assert intake.url == review
    assert "Came back: check" in intake.review().content.decode()
    assert intake.finish().answers == original


class ConvictionsPage(StepForm):
    has_convictions = RadiosField(label="Convictions?", choices=YES_NO, error_required="Select")
    conviction_details = LongTextField(label="Which?", required=False)
    asked_when = {"conviction_details": ("has_convictions", {"yes"})}


def test_a_question_that_no_longer_applies_on_its_page_is_not_an_answer():
    step = Step("convictions", "Criminal history", ConvictionsPage)
    data = {
        "convictions-has_convictions": "no",
        "convictions-conviction_details": "Typed before the answer changed to No",
    }
    form = step.bind(data, {})
    assert form.is_valid()
    assert form.answers() == {"has_convictions": "no"}
    assert [a.field for a in describe_step(step, form)] == ["has_convictions"]
    form = step.bind({**data, "convictions-has_convictions": "yes"}, {})
    assert form.is_valid() and form.answers()["conviction_details"].startswith("Typed")


# 3. Work is not lost between sessions -----------------------------------------------------


def test_each_page_sent_is_saved_and_the_case_list_shows_the_intake(staff_client):
    intake = Intake(staff_client, SLUG)
    intake.post({"client_reference": "IN-PROGRESS-1"})
    intake.post({"path": "prepare_request"})
    record = record_of(intake)
    assert record.status == "draft" and record.answers == {"path": "prepare_request"}
    assert (
        "IN-PROGRESS-1" in staff_client.get(reverse("questionnaires:case_list")).content.decode()
    )


def test_a_draft_changed_in_a_second_session_is_not_overwritten_by_the_first(
    staff_client, staff_user
):
    first = at_review(staff_client)
    shown_in_first = first.page()

    second_browser = Client()
    second_browser.force_login(staff_user)
    resume = reverse("questionnaires:resume", args=[SLUG, first.intake_id])
    second = Intake(second_browser, SLUG, url=second_browser.get(resume).url)
    assert second.step == "review"
    second.url = second.url.replace("/review/", "/records_description/")
    second.post({"records_description": "broad_or_vague"})

    response = staff_client.post(first.url, shown_in_first)
    assert response.url == first.url
    record = record_of(first)
    assert record.status == "draft"
    assert record.answers["records_description"] == "broad_or_vague"


# 4. No error before the user submits --------------------------------------------------------


def test_back_then_continue_shows_the_page_without_errors(staff_client):
    """The IRS "Which law" page: in-app Back with nothing chosen, then Continue."""
    intake = Intake(staff_client, SLUG)
    answers = PART_RELEASED
    while intake.step != "request_basis":
        intake.post(answers)
    intake.post({}, action="back")
    assert intake.step == "letter_date"
    intake.post(answers)
    assert intake.step == "request_basis"
    page = staff_client.get(intake.url)
    assert page.context["errors"] == [] and "<title>Error: " not in page.content.decode()
    # Sent without an answer, it shows its error.
    assert intake.post({}).context["errors"]


def test_adding_a_reason_through_change_shows_its_row_without_errors(staff_client):
    slug = "removal-protection"
    flow = next(f for f in FLOWS[slug] if f.answers.get("ground_details"))
    intake = Intake(staff_client, slug)
    intake.answer_until_review({"client_reference": "", **flow.answers})
    intake.review()
    motives = list(flow.answers["motives"])
    extra = next(m for m in ("religion", "race", "nationality") if m not in motives)
    intake.url = intake.url.replace("/review/", "/motives/")
    intake.post({"motives": [*motives, extra]})
    assert intake.step == "ground_details"
    page = staff_client.get(intake.url)
    assert page.context["errors"] == [] and "<title>Error: " not in page.content.decode()


# 6. Ownership is enforced inside the write ---------------------------------------------------


def test_a_new_intake_address_works_only_in_the_session_it_was_issued_to(
    staff_client, other_staff_user
):
    intake = Intake(staff_client, SLUG)  # issued, no record yet
    stranger = Client()
    stranger.force_login(other_staff_user)
    assert stranger.get(intake.url).status_code == 404
    post = {"client-client_reference": "STRANGERS-CLIENT", **intake.page()}
    assert stranger.post(intake.url, post).status_code == 404
    assert not CaseRecord.objects.exists()
    # An address nobody was issued is not found either.
    made_up = intake.url.replace(intake.intake_id, "0" * 8 + intake.intake_id[8:])
    assert staff_client.get(made_up).status_code == 404

    intake.post({"client_reference": "MINE"})
    record = record_of(intake)
    assert record.created_by.username == "staff" and record.client_reference == "MINE"
    assert AuditEvent.objects.filter(record_id=record.pk).count() == 1


def test_a_write_on_a_version_another_request_replaced_is_refused(staff_client, monkeypatch):
    """The compare-and-set: were the row changed between this request's read and its
    write (the row lock prevents it on PostgreSQL), nothing is written."""
    intake = at_review(staff_client)
    intake.url = intake.url.replace("/review/", "/records_description/")
    save_step = QuestionnaireWizard._save_step

    def meanwhile(self, step, data):
        CaseRecord.objects.filter(pk=self.intake).update(version=self.record.version + 1)
        return save_step(self, step, data)

    monkeypatch.setattr(QuestionnaireWizard, "_save_step", meanwhile)
    events = AuditEvent.objects.count()
    response = intake.post({"records_description": "broad_or_vague"})
    assert "changed in another tab or session" in messages_on(response)
    assert record_of(intake).answers["records_description"] == "specific"
    assert AuditEvent.objects.count() == events


def test_a_completed_record_is_never_made_a_draft_again(staff_client):
    intake = at_review(staff_client)
    stale_fields = tab(intake, "request_received").page()
    record = intake.finish()
    page = tab(intake, "request_received")
    response = staff_client.post(
        page.url,
        {
            "request_received-request_received_day": "1",
            **stale_fields,
            "wizard_action": "save_draft",
        },
    )
    assert response.url == record.get_absolute_url()
    assert record_of(intake).is_complete


def test_only_a_changed_answer_is_audited_as_a_change_and_finishing_as_completed(
    staff_client,
):
    intake = Intake(staff_client, SLUG)
    intake.post({"client_reference": "AUDITED"})

    def changes(intake):
        return AuditEvent.objects.filter(
            record_id=intake.intake_id, action=AuditEvent.Action.CHANGED
        ).count()

    intake.post({})  # sent with nothing chosen: errors, no answer changed
    assert intake.step == "path" and changes(intake) == 0
    intake.post({"path": "prepare_request"})
    assert changes(intake) == 1
    intake.post({}, action="back")  # nothing new
    intake.post({"path": "prepare_request"}, action="save_draft")  # the same answer
    assert changes(intake) == 1

    intake = at_review(staff_client)
    review = intake.url
    before = changes(intake)
    intake.url = review.replace("/review/", "/requester/")
    intake.post({"requester": "client"})  # asks to confirm first: nothing changed yet
    assert changes(intake) == before
    intake.post({"requester": "client"})
    assert changes(intake) == before + 1
    intake.url = review
    intake.finish()
    last = AuditEvent.objects.filter(record_id=intake.intake_id).first()
    assert last.action == AuditEvent.Action.COMPLETED


# 9. Browser Back after an error ----------------------------------------------------------------


def test_a_pages_errors_are_not_taken_by_a_page_opened_in_another_tab(staff_client):
    intake = Intake(staff_client, SLUG)
    intake.post({"client_reference": "A"})
    other_intake = Intake(staff_client, SLUG)
    response = staff_client.post(intake.url, {**intake.page(), "wizard_action": "continue"})
    assert response.status_code == 302 and response.url == intake.url
    staff_client.get(other_intake.url)
    staff_client.get(tab(intake, "client").url)  # another page of the same intake
    assert staff_client.get(intake.url).context["errors"]


def test_errors_are_shown_after_a_redirect_and_the_page_is_not_cached(staff_client):
    intake = Intake(staff_client, SLUG)
    intake.post({"client_reference": ""})
    fields = intake.page()
    response = staff_client.post(intake.url, {**fields, "wizard_action": "continue"})
    # Post/Redirect/Get: history holds a GET of the page, which Back can load again.
    assert response.status_code == 302 and response.url == intake.url
    page = staff_client.get(intake.url)
    assert "<title>Error: " in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    # The errors answer that one submission: the page opened again shows none.
    assert "<title>Error: " not in staff_client.get(intake.url).content.decode()


def test_the_session_never_holds_an_answer(staff_client):
    at_review(staff_client)
    session = str(dict(staff_client.session.items()))
    assert "LITC-9" not in session and "form_2848" not in session


def test_a_stale_list_of_intakes_not_started_mends_itself(staff_client):
    """The session lists the intakes it may start, so their first page reads no record;
    a list made stale (another request of the session started the record meanwhile)
    costs one refused page, never the record's answers."""
    intake = Intake(staff_client, SLUG)
    client_page = intake.url
    intake.post(CLINIC_REQUEST)
    session = staff_client.session
    session[ISSUED_KEY] = [*session.get(ISSUED_KEY, []), intake.intake_id]
    session.save()
    stale = Intake(staff_client, SLUG, url=client_page)
    response = stale.post({"client_reference": "OTHER-1"})
    assert CHANGED_ELSEWHERE in response.content.decode()
    assert intake.intake_id not in staff_client.session[ISSUED_KEY]
    record = CaseRecord.objects.get(pk=intake.intake_id)
    assert record.client_reference == "LITC-9" and record.version == 1
    # The next view reads the record: the page shows what was saved, and it can be changed.
    assert 'value="LITC-9"' in staff_client.get(client_page).content.decode()
    Intake(staff_client, SLUG, url=client_page).post({"client_reference": "LITC-11"})
    assert CaseRecord.objects.get(pk=intake.intake_id).client_reference == "LITC-11"

"""The result page's "What would change the result": computed once, when the screening is
confirmed, kept (encrypted) with the result's snapshot, and shown from it."""

import pytest

from tests.factories import Intake, make_record
from tests.irs_records_request.test_screen import REQUEST

pytestmark = pytest.mark.django_db

SLUG = "irs-records-request"


def completed(staff_client):
    return Intake(staff_client, SLUG).complete({"client_reference": "LITC-19", **REQUEST})


def test_the_changes_are_stored_with_the_result_when_it_is_confirmed(staff_client):
    record = completed(staff_client)
    stored = record.determination["what_would_change"]
    assert stored["reruns"] > 0 and not stored["capped"]
    [missing] = [
        c
        for c in stored["changes"]
        if c["question"] == "authorization_form" and c["then"] == "none"
    ]
    assert missing["outcome"] == "needs_authorization"
    assert stored["thresholds"][0]["test"] == "response_due"


def test_the_result_page_shows_them_after_what_to_do_next(staff_client):
    record = completed(staff_client)
    html = staff_client.get(record.get_absolute_url()).content.decode()
    assert '<h2 id="what-would-change">What would change the result</h2>' in html
    assert html.index("What to do next") < html.index("What would change the result")
    assert html.index("What would change the result") < html.index("Answers given")
    assert (
        "If the answer to “Is there a signed authorization on file from the person whose "
        "records these are?” were “No” instead of “Yes, Form 2848”, the result would be "
        "“Needs an authorization”"
    ) in html
    assert "The IRS&#x27;s answer is due by" in html


def test_beyond_the_first_few_the_changes_are_folded_in_a_details_element(staff_client):
    record = completed(staff_client)
    count = len(record.determination["what_would_change"]["changes"])
    html = staff_client.get(record.get_absolute_url()).content.decode()
    assert count > 8
    assert f"{count - 8} more changes that would move the result" in html
    # One <details> holds the rest of the changes (others fold each finding's answers).
    folded = [part for part in html.split("<details")[1:] if "more changes that would" in part]
    assert len(folded) == 1 and "<summary" in folded[0]


def test_the_pdf_lists_every_change_without_folding(staff_client):
    from django.test import RequestFactory

    from questionnaires.pdf import result_html
    from questionnaires.views import result_context

    record = completed(staff_client)
    html = result_html(result_context(record), RequestFactory().get("/"))
    assert "<details" not in html
    # The summary names the first few in brief; the appendix gives every one in full.
    appendix = html[html.index('<section class="appendix"') :]
    changes = record.determination["what_would_change"]["changes"]
    assert appendix.count("the result would be") == len(changes)


def test_a_record_completed_before_has_no_such_section(staff_client, staff_user):
    record = make_record(staff_user)
    html = staff_client.get(record.get_absolute_url()).content.decode()
    assert "What would change the result" not in html


def test_it_is_worked_out_before_the_row_lock_and_used_if_the_answers_held(
    staff_client, monkeypatch
):
    from questionnaires.framework import wizard

    calls = []
    real = wizard.explain

    def counted(*args):
        calls.append(args[0].slug)
        return real(*args)

    monkeypatch.setattr(wizard, "explain", counted)
    record = completed(staff_client)
    # Once, before the lock (the answers did not change meanwhile, so not again after).
    assert calls == [SLUG]
    assert record.determination["what_would_change"]["changes"]


def test_answers_changed_after_it_was_worked_out_are_worked_out_again(staff_client, monkeypatch):
    from questionnaires.framework import wizard

    intake = Intake(staff_client, SLUG)
    intake.answer_until_review({"client_reference": "LITC-19", **REQUEST})
    prepare = wizard.QuestionnaireWizard._prepare_result

    def stale(view):
        _, today, determination, explained = prepare(view)
        return "another fingerprint", today, determination, {**explained, "changes": []}

    monkeypatch.setattr(wizard.QuestionnaireWizard, "_prepare_result", stale)
    record = intake.finish()
    assert record.determination["what_would_change"]["changes"]

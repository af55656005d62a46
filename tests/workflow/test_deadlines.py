"""Deadlines (issue 21, part 2): the dates a result says someone must act by are kept on
the record when it is finished; the Deadlines page lists the open ones (a supervisor's:
everyone's), overdue first, each linked to its record; the home page shows the next
ones; staff mark one done (audited)."""

import io
import json
from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from questionnaires.audit import AuditEvent
from questionnaires.deadlines import record_deadlines
from questionnaires.framework import registry
from questionnaires.models import CaseRecord, Deadline
from tests.factories import Intake, make_irs_record, make_record
from tests.foreign_employment_income.test_wizard import DANIEL
from tests.removal_protection.test_wizard import ROBBERY
from tests.workflow.test_review import ANSWERS as IRS_ANSWERS

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
LAST_WEEK = (TODAY - timedelta(days=7)).isoformat()
NEXT_MONTH = (TODAY + timedelta(days=30)).isoformat()
NEXT_YEAR = (TODAY + timedelta(days=365)).isoformat()
DEADLINES = reverse("questionnaires:deadlines")


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def done_url(deadline):
    return reverse("questionnaires:deadline_done", args=[deadline.pk])


# Made from real results ---------------------------------------------------------------


def screen(tmp_path, slug, answers, *options) -> dict:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers))
    out = io.StringIO()
    call_command("screen", slug, "--answers", str(path), *options, stdout=out)
    return json.loads(out.getvalue())


def test_finishing_an_irs_screening_keeps_its_deadlines(staff_client):
    record = Intake(staff_client, "irs-records-request").complete(IRS_ANSWERS)
    due = record.determination["data"]["response_due"]
    assert due  # a FOIA request received 3 March 2025 is due 20 working days later
    deadline = Deadline.objects.get(record=record)
    assert (deadline.key, deadline.due) == ("response_due", date.fromisoformat(due))
    assert "follow up" in deadline.action
    assert deadline.done_at is None
    page = staff_client.get(record.get_absolute_url()).content.decode()
    assert deadline.action in page and f'action="{done_url(deadline)}"' in page


def test_the_removal_rules_give_the_asylum_filing_date(tmp_path):
    document = screen(tmp_path, "removal-protection", ROBBERY)
    last_day = document["data"]["asylum_deadline"]["last_day_to_file"]
    found = registry.get("removal-protection").deadlines(document)
    assert [(d.key, d.due.isoformat()) for d in found] == [("asylum_filing", last_day)]


def test_the_s23ag_rules_give_the_91st_day_of_a_running_posting(tmp_path):
    answers = {**DANIEL, "service_ended": "no", "service_end": None, "absences": []}
    del answers["died_during_service"]
    document = screen(tmp_path, "foreign-employment-income", answers, "--today", "2004-09-30")
    found = registry.get("foreign-employment-income").deadlines(document)
    assert [(d.key, d.due) for d in found] == [("day_91", date(2004, 11, 30))]
    # Once the 91st day has passed, there is nothing left to check.
    document = screen(tmp_path, "foreign-employment-income", answers, "--today", "2004-12-01")
    assert registry.get("foreign-employment-income").deadlines(document) == []


def test_a_result_without_dates_has_no_deadlines(staff_user):
    record = make_record(staff_user)
    assert record_deadlines(record) == []
    assert not Deadline.objects.exists()


def test_a_draft_has_no_deadlines(staff_user):
    draft = make_record(
        staff_user,
        status=CaseRecord.Status.DRAFT,
        questionnaire="irs-records-request",
        determination={"data": {"response_due": NEXT_MONTH}},
    )
    assert record_deadlines(draft) == []


def test_the_command_makes_the_deadlines_of_older_records_once(staff_user):
    record = make_record(
        staff_user,
        questionnaire="irs-records-request",
        determination={"data": {"response_due": NEXT_MONTH, "appeal_deadline": NEXT_YEAR}},
    )
    out = io.StringIO()
    call_command("record_deadlines", stdout=out)
    assert "Made 2 deadline(s)" in out.getvalue()
    assert record.deadlines.count() == 2
    # Run again: nothing new, and a deadline marked done stays done.
    record.deadlines.filter(key="response_due").update(done_at=timezone.now())
    call_command("record_deadlines", stdout=(out := io.StringIO()))
    assert "Made 0 deadline(s)" in out.getvalue()
    assert record.deadlines.filter(done_at__isnull=False).count() == 1


# The Deadlines page --------------------------------------------------------------------


@pytest.fixture
def records(staff_user, other_staff_user):
    mine_overdue = make_irs_record(
        staff_user, client_reference="MINE-1", appeal_deadline=LAST_WEEK
    )
    mine_later = make_irs_record(staff_user, client_reference="MINE-2", response_due=NEXT_YEAR)
    mine_soon = make_irs_record(staff_user, client_reference="MINE-3", response_due=NEXT_MONTH)
    theirs = make_irs_record(other_staff_user, client_reference="THEIRS", response_due=NEXT_MONTH)
    return mine_overdue, mine_later, mine_soon, theirs


def test_staff_see_their_own_open_deadlines_overdue_first(staff_client, records):
    mine_overdue, mine_later, mine_soon, theirs = records
    response = staff_client.get(DEADLINES)
    assert response.status_code == 200
    html = response.content.decode()
    positions = [html.index(r.get_absolute_url()) for r in (mine_overdue, mine_soon, mine_later)]
    assert positions == sorted(positions)
    assert html.index("Overdue") < positions[0] < html.index("Coming up") < positions[1]
    assert theirs.get_absolute_url() not in html and "THEIRS" not in html
    assert "MINE-1" in html and mine_overdue.short_id in html
    event = AuditEvent.objects.filter(action=AuditEvent.Action.LISTED).latest("id")
    assert event.detail["filters"] == {"list": "deadlines"}


def test_a_supervisor_sees_everyones_deadlines(supervisor, records):
    html = signed_in(supervisor).get(DEADLINES).content.decode()
    assert all(r.get_absolute_url() in html for r in records)
    assert "other-staff" in html  # who the record belongs to


def test_done_deadlines_and_replaced_versions_are_not_listed(staff_client, staff_user, records):
    mine_overdue, mine_later, mine_soon, _ = records
    mine_soon.deadlines.update(done_at=timezone.now(), done_by=staff_user)
    # A finished newer version replaces the old one's deadlines with its own.
    newer = make_irs_record(staff_user, amends=mine_later, response_due=NEXT_YEAR)
    html = staff_client.get(DEADLINES).content.decode()
    assert mine_soon.get_absolute_url() not in html
    assert mine_later.get_absolute_url() not in html
    assert newer.get_absolute_url() in html
    # A draft amendment does not: the old version still stands.
    make_record(staff_user, amends=mine_overdue, status=CaseRecord.Status.DRAFT)
    assert mine_overdue.get_absolute_url() in staff_client.get(DEADLINES).content.decode()


def test_the_home_page_shows_the_next_deadlines(staff_client, records):
    html = staff_client.get(reverse("questionnaires:home")).content.decode()
    section = html[html.index("Next deadlines") : html.index("Your recent case records")]
    assert records[0].get_absolute_url() in section and records[2].get_absolute_url() in section
    assert records[3].get_absolute_url() not in section
    assert DEADLINES in section


def test_with_no_deadlines_the_page_says_so(staff_client):
    html = staff_client.get(DEADLINES).content.decode()
    assert "No open deadlines from today on." in html and "Overdue" not in html


# Marking done ------------------------------------------------------------------------


def test_staff_mark_a_deadline_done_and_it_is_audited(staff_client, staff_user, records):
    deadline = records[0].deadlines.get()
    assert staff_client.get(done_url(deadline)).status_code == 405
    response = staff_client.post(done_url(deadline), {"next": records[0].get_absolute_url()})
    assert response.status_code == 302 and response.url == records[0].get_absolute_url()
    deadline.refresh_from_db()
    assert deadline.done_by == staff_user and deadline.done_at is not None
    event = AuditEvent.objects.get(action=AuditEvent.Action.DEADLINE_DONE)
    assert event.record_id == records[0].pk and event.user == staff_user
    assert event.detail == {"deadline": "appeal_deadline"}
    page = staff_client.get(records[0].get_absolute_url()).content.decode()
    assert "Done" in page and "Deadline marked done" in page  # status and history

    # Sent again (a double click): one event.
    staff_client.post(done_url(deadline))
    assert AuditEvent.objects.filter(action=AuditEvent.Action.DEADLINE_DONE).count() == 1


def test_a_supervisor_may_mark_anyones_deadline_done(supervisor, records):
    deadline = records[3].deadlines.get()
    assert signed_in(supervisor).post(done_url(deadline)).status_code == 302
    deadline.refresh_from_db()
    assert deadline.done_by == supervisor


def test_another_staff_members_deadline_is_not_found(staff_client, records):
    deadline = records[3].deadlines.get()
    assert staff_client.post(done_url(deadline)).status_code == 404
    deadline.refresh_from_db()
    assert deadline.done_at is None
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.DEADLINE_DONE).exists()


def test_marking_done_never_redirects_off_the_site(staff_client, records):
    deadline = records[0].deadlines.get()
    response = staff_client.post(done_url(deadline), {"next": "https://evil.example/"})
    assert response.url == DEADLINES

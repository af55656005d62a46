"""Finding a case record (issue 21, part 3): by client reference, exact or by its start,
never in a URL; by staff member, outcome, status, questionnaire and date range; sorted and
paginated; audited with the filters, never the reference."""

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from questionnaires.audit import AuditEvent
from questionnaires.models import CaseRecord
from tests.factories import make_record

pytestmark = pytest.mark.django_db

CASES = reverse("questionnaires:case_list")


def listed(response) -> list:
    return [record.client_reference for record in response.context["page"].object_list]


def search(client, reference, match="exact", query=""):
    return client.post(
        f"{CASES}?{query}" if query else CASES,
        {"reference": reference, "match": match},
        follow=True,
    )


def updated_on(record, day: datetime.date) -> None:
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
    CaseRecord.objects.filter(pk=record.pk).update(updated_at=moment)


def test_a_reference_is_found_by_its_start_upper_or_lower_case(staff_client, staff_user):
    for reference in ("CLINIC-2026-001", "clinic-2026-002", "CLINIC-2025-001", "OTHER-1"):
        make_record(staff_user, client_reference=reference)

    response = search(staff_client, "clinic-2026", match="starts")

    assert sorted(listed(response)) == ["CLINIC-2026-001", "clinic-2026-002"]
    assert sorted(listed(search(staff_client, "C", match="starts"))) == [
        "CLINIC-2025-001",
        "CLINIC-2026-001",
        "clinic-2026-002",
    ]
    # The whole reference by default: its start alone finds nothing.
    assert listed(search(staff_client, "clinic-2026")) == []
    assert listed(search(staff_client, "clinic-2026-001")) == ["CLINIC-2026-001"]


def test_a_prefix_search_matches_whole_hashes_only(staff_client, staff_user):
    make_record(staff_user, client_reference="AB")
    make_record(staff_user, client_reference="ABC")
    assert sorted(listed(search(staff_client, "ab", match="starts"))) == ["AB", "ABC"]
    assert listed(search(staff_client, "abc", match="starts")) == ["ABC"]
    assert listed(search(staff_client, "abcd", match="starts")) == []


def test_the_reference_is_never_in_a_url_or_the_audit_trail(staff_client, staff_user):
    make_record(staff_user, client_reference="SECRET-REF-9")
    response = staff_client.post(
        CASES, {"reference": "SECRET-REF", "match": "starts"}, follow=False
    )
    assert response.status_code == 302
    assert "SECRET" not in response.url and "searched=1" in response.url
    page = staff_client.get(response.url)
    assert listed(page) == ["SECRET-REF-9"]
    event = AuditEvent.objects.filter(action=AuditEvent.Action.SEARCHED).latest("id")
    assert "SECRET" not in json.dumps(event.detail)
    assert event.detail["filters"]["match"] == "starts"


def test_staff_find_only_their_own_records_and_see_no_staff_filter(
    staff_client, staff_user, other_staff_user
):
    make_record(other_staff_user, client_reference="CLINIC-1")
    response = search(staff_client, "CLINIC", match="starts")
    assert listed(response) == []
    assert "staff" not in response.context["filter_form"].fields


def test_a_supervisor_filters_the_clinic_by_staff_member(
    client, supervisor, staff_user, other_staff_user
):
    make_record(staff_user, client_reference="MINE-1")
    make_record(other_staff_user, client_reference="THEIRS-1")
    client.force_login(supervisor)

    everyone = client.get(CASES)
    assert sorted(listed(everyone)) == ["MINE-1", "THEIRS-1"]
    choices = [label for _, label in everyone.context["filter_form"].fields["staff"].choices]
    assert choices == ["All", "other-staff", "staff"]

    assert listed(client.get(CASES, {"staff": "other-staff"})) == ["THEIRS-1"]
    event = AuditEvent.objects.filter(action=AuditEvent.Action.LISTED).latest("id")
    assert event.detail["filters"]["staff"] == "other-staff"


def test_filters_by_outcome_status_questionnaire_and_dates(staff_client, staff_user):
    refer = make_record(staff_user, client_reference="REFER", outcome="refer")
    exempt = make_record(staff_user, client_reference="EXEMPT", outcome="exempt")
    draft = make_record(
        staff_user, client_reference="DRAFT", status="draft", determination=None, outcome=""
    )
    updated_on(refer, datetime.date(2026, 10, 1))
    updated_on(exempt, datetime.date(2026, 11, 1))
    updated_on(draft, datetime.date(2026, 11, 20))
    slug = refer.questionnaire

    assert listed(staff_client.get(CASES, {"outcome": f"{slug}:refer"})) == ["REFER"]
    assert listed(staff_client.get(CASES, {"status": "draft"})) == ["DRAFT"]
    assert len(listed(staff_client.get(CASES, {"questionnaire": slug}))) == 3
    assert listed(staff_client.get(CASES, {"questionnaire": "removal-protection"})) == []
    in_november = {"updated_from": "2026-11-01", "updated_to": "2026-11-19"}
    assert listed(staff_client.get(CASES, in_november)) == ["EXEMPT"]
    assert listed(staff_client.get(CASES, {"sort": "oldest"})) == ["REFER", "EXEMPT", "DRAFT"]
    assert listed(staff_client.get(CASES, {"sort": "newest"})) == ["DRAFT", "EXEMPT", "REFER"]


def test_bad_filters_are_reported_at_the_field_and_in_the_summary(staff_client, staff_user):
    make_record(staff_user, client_reference="ANY")
    response = staff_client.get(
        CASES,
        {"updated_from": "2026-01-01", "updated_to": "2025-01-01", "outcome": "nonsense"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert "Enter a latest date that is the same as or after the earliest date" in html
    assert 'href="#id_updated_to"' in html
    assert "<title>Error: Case records" in html
    # A bad filter is left out; the rest of the list is shown.
    assert listed(response) == ["ANY"]


def test_an_empty_search_is_refused_with_a_message(staff_client, staff_user):
    response = staff_client.post(CASES, {"reference": "  ", "match": "starts"})
    assert response.status_code == 400
    assert "Enter a client reference, or the start of one" in response.content.decode()


def test_pages_keep_the_filters_and_the_search(staff_client, staff_user):
    for number in range(30):
        make_record(staff_user, client_reference=f"BULK-{number:02}", outcome="refer")
    first = search(staff_client, "bulk", match="starts", query="sort=oldest")
    assert len(listed(first)) == 25
    html = first.content.decode()
    assert "searched=1" in html and "sort=oldest" in html and "page=2" in html
    second = staff_client.get(CASES, {"searched": "1", "sort": "oldest", "page": "2"})
    assert listed(second) == [f"BULK-{number:02}" for number in range(25, 30)]


def test_references_saved_later_are_found_by_their_start(staff_user, staff_client):
    record = make_record(staff_user, client_reference="OLD-REF")
    CaseRecord.objects.filter(pk=record.pk).update(client_reference="NEW-REF")
    assert listed(search(staff_client, "new", match="starts")) == ["NEW-REF"]
    assert listed(search(staff_client, "old", match="starts")) == []


def test_records_sort_by_their_next_open_deadline(staff_client, staff_user):
    from questionnaires.models import Deadline

    later = make_record(staff_user, client_reference="LATER")
    sooner = make_record(staff_user, client_reference="SOONER")
    make_record(staff_user, client_reference="NONE")
    done = make_record(staff_user, client_reference="DONE-EARLIEST")
    Deadline.objects.create(record=later, key="a", action="Appeal", due="2026-12-20")
    Deadline.objects.create(record=sooner, key="a", action="Appeal", due="2026-12-05")
    Deadline.objects.create(record=sooner, key="b", action="File", due="2027-01-05")
    Deadline.objects.create(
        record=done, key="a", action="Appeal", due="2026-12-01", done_at=timezone.now()
    )

    response = staff_client.get(CASES, {"sort": "deadline"})

    assert listed(response)[:2] == ["SOONER", "LATER"]
    assert set(listed(response)[2:]) == {"NONE", "DONE-EARLIEST"}

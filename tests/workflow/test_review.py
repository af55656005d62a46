"""Review and sign-off (issue 21, part 1): the author sends a finished screening for
review; a supervisor, never its author, approves it or returns it with comments; an
approved record is locked; every change of status is audited and shown in the record's
history."""

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from questionnaires.audit import AuditEvent
from questionnaires.models import CaseRecord, Review
from tests.factories import Intake, make_record, make_user

pytestmark = pytest.mark.django_db

SLUG = "irs-records-request"
ANSWERS = {
    "client_reference": "LITC-21",
    "path": "prepare_request",
    "records_wanted": ["workpapers"],
    "records_owner": "client",
    "requester": "client",
    "records_description": "specific",
    "request_includes": ["signed", "identity", "fees"],
    "request_received": "2025-03-03",
}


def send_url(record):
    return reverse("questionnaires:case_send_for_review", args=[record.pk])


def review_url(record):
    return reverse("questionnaires:case_review", args=[record.pk])


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def status_of(record) -> str:
    return CaseRecord.objects.get(pk=record.pk).status


def events(record, action) -> int:
    return AuditEvent.objects.filter(record_id=record.pk, action=action).count()


@pytest.fixture
def record(staff_user):
    return make_record(staff_user)


@pytest.fixture
def in_review(staff_client, record):
    staff_client.post(send_url(record))
    return record


@pytest.fixture
def supervisor_client(supervisor):
    return signed_in(supervisor)


# Sending for review ---------------------------------------------------------------------


def test_the_author_sends_a_finished_record_for_review(staff_client, staff_user, record):
    page = staff_client.get(record.get_absolute_url()).content.decode()
    assert f'action="{send_url(record)}"' in page and "Send for review" in page
    assert staff_client.get(send_url(record)).status_code == 405

    response = staff_client.post(send_url(record))
    assert response.status_code == 302 and response.url == record.get_absolute_url()
    assert status_of(record) == CaseRecord.Status.IN_REVIEW
    event = AuditEvent.objects.get(record_id=record.pk, action=AuditEvent.Action.SENT_FOR_REVIEW)
    assert event.user == staff_user

    page = staff_client.get(record.get_absolute_url()).content.decode()
    assert "Waiting for a supervisor" in page and "Send for review" not in page
    assert "Sent for review" in page  # the history


def test_another_staff_members_record_cannot_be_sent_it_is_not_found(record, other_staff_user):
    response = signed_in(other_staff_user).post(send_url(record))
    assert response.status_code == 404
    assert status_of(record) == CaseRecord.Status.COMPLETE


def test_a_supervisor_cannot_send_someone_elses_record(record, supervisor_client):
    assert supervisor_client.post(send_url(record)).status_code == 403
    assert status_of(record) == CaseRecord.Status.COMPLETE
    assert events(record, AuditEvent.Action.SENT_FOR_REVIEW) == 0


def test_a_draft_cannot_be_sent_for_review(staff_client, staff_user):
    draft = make_record(staff_user, status=CaseRecord.Status.DRAFT, determination=None)
    assert staff_client.post(send_url(draft)).status_code == 404
    assert status_of(draft) == CaseRecord.Status.DRAFT


def test_a_record_in_review_is_not_sent_twice(staff_client, in_review):
    assert staff_client.post(send_url(in_review)).status_code == 403
    assert events(in_review, AuditEvent.Action.SENT_FOR_REVIEW) == 1


# The queue ------------------------------------------------------------------------------


def test_supervisors_see_the_queue_of_records_waiting_for_review(
    supervisor_client, staff_user, in_review
):
    waiting_not = make_record(staff_user, client_reference="NOT-SENT")
    page = supervisor_client.get(reverse("questionnaires:review_queue"))
    assert page.status_code == 200
    html = page.content.decode()
    assert in_review.get_absolute_url() in html and "REF-1" in html
    assert waiting_not.get_absolute_url() not in html
    listed = AuditEvent.objects.filter(action=AuditEvent.Action.LISTED).latest("id")
    assert listed.detail["filters"] == {"status": "in_review"}


def test_the_queue_is_refused_to_staff_who_are_not_supervisors(staff_client, in_review):
    response = staff_client.get(reverse("questionnaires:review_queue"))
    assert response.status_code == 403
    assert in_review.get_absolute_url().encode() not in response.content
    home = staff_client.get(reverse("questionnaires:home")).content.decode()
    assert reverse("questionnaires:review_queue") not in home


def test_the_queue_is_linked_for_supervisors(supervisor_client):
    home = supervisor_client.get(reverse("questionnaires:home")).content.decode()
    assert reverse("questionnaires:review_queue") in home


# Deciding -------------------------------------------------------------------------------


def test_a_supervisor_approves_and_the_record_is_locked(
    staff_client, supervisor, supervisor_client, in_review
):
    page = supervisor_client.get(in_review.get_absolute_url()).content.decode()
    assert f'action="{review_url(in_review)}"' in page and 'name="decision"' in page

    response = supervisor_client.post(
        review_url(in_review), {"decision": "approved", "comments": "Checked the dates."}
    )
    assert response.status_code == 302
    assert response.url == reverse("questionnaires:review_queue")
    assert status_of(in_review) == CaseRecord.Status.APPROVED
    review = Review.objects.get(record=in_review)
    assert review.reviewer == supervisor and review.decision == "approved"
    assert events(in_review, AuditEvent.Action.APPROVED) == 1

    # Locked: no second decision, no new review round, nothing changed.
    again = supervisor_client.post(
        review_url(in_review), {"decision": "returned", "comments": "x"}
    )
    assert again.status_code == 302
    assert staff_client.post(send_url(in_review)).status_code == 403
    assert status_of(in_review) == CaseRecord.Status.APPROVED
    assert Review.objects.filter(record=in_review).count() == 1
    assert events(in_review, AuditEvent.Action.RETURNED) == 0

    author_page = staff_client.get(in_review.get_absolute_url()).content.decode()
    assert "Approved by supervisor" in author_page and "locked" in author_page
    assert "Send for review" not in author_page
    # Amend still makes a new version, which starts as a draft.
    amend = staff_client.post(reverse("questionnaires:case_amend", args=[in_review.pk]))
    assert amend.status_code == 302
    assert CaseRecord.objects.get(amends=in_review).status == CaseRecord.Status.DRAFT
    assert status_of(in_review) == CaseRecord.Status.APPROVED


def test_returning_needs_comments(supervisor_client, in_review):
    response = supervisor_client.post(review_url(in_review), {"decision": "returned"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Error: " in html
    assert "Enter your comments: say what the author should change" in html
    assert status_of(in_review) == CaseRecord.Status.IN_REVIEW
    assert not Review.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"decision": "delete"},
        {"decision": ["approved", "returned"]},
        {"decision": "returned", "comments": "x" * 5001},
        {"decision": "returned", "comments": "bad\x00text"},
        {"decision": "returned", "comments": "bad\x07text"},
    ],
)
def test_a_malformed_decision_is_refused_with_a_message(supervisor_client, in_review, data):
    response = supervisor_client.post(review_url(in_review), data)
    assert response.status_code == 200
    assert 'class="error-summary"' in response.content.decode()
    assert status_of(in_review) == CaseRecord.Status.IN_REVIEW


def test_a_supervisor_returns_with_comments_the_author_sees_them(
    staff_client, supervisor_client, in_review
):
    comments = "The request date looks wrong:\ncheck the IRS stamp."
    response = supervisor_client.post(
        review_url(in_review), {"decision": "returned", "comments": comments}
    )
    assert response.status_code == 302
    assert status_of(in_review) == CaseRecord.Status.RETURNED
    assert events(in_review, AuditEvent.Action.RETURNED) == 1

    page = staff_client.get(in_review.get_absolute_url()).content.decode()
    assert "Returned for changes by supervisor" in page
    assert "The request date looks wrong:\ncheck the IRS stamp." in page
    assert "Returned for changes" in page  # also in the history

    # The comments are client data: encrypted at rest.
    with connection.cursor() as cursor:
        cursor.execute("SELECT comments FROM questionnaires_review")
        (stored,) = cursor.fetchone()
    assert "IRS stamp" not in stored

    # The author may send it again (after answering the comments).
    assert staff_client.post(send_url(in_review)).status_code == 302
    assert status_of(in_review) == CaseRecord.Status.IN_REVIEW


def test_staff_who_are_not_supervisors_cannot_decide(staff_user, other_staff_user, in_review):
    # Not their record: as if it did not exist.
    stranger = signed_in(other_staff_user)
    assert stranger.post(review_url(in_review), {"decision": "approved"}).status_code == 404
    # Their own record: they see it, but may not decide on it.
    author = signed_in(staff_user)
    assert author.post(review_url(in_review), {"decision": "approved"}).status_code == 403
    assert 'name="decision"' not in author.get(in_review.get_absolute_url()).content.decode()
    assert status_of(in_review) == CaseRecord.Status.IN_REVIEW


def test_a_supervisor_cannot_approve_their_own_record(supervisor, supervisor_client):
    own = make_record(supervisor)
    assert supervisor_client.post(send_url(own)).status_code == 302
    page = supervisor_client.get(own.get_absolute_url()).content.decode()
    assert 'name="decision"' not in page and "another supervisor must" in page
    response = supervisor_client.post(review_url(own), {"decision": "approved"})
    assert response.status_code == 403
    assert status_of(own) == CaseRecord.Status.IN_REVIEW
    assert events(own, AuditEvent.Action.APPROVED) == 0
    # Another supervisor may.
    second = make_user("second-supervisor")
    second.groups.set(supervisor.groups.all())
    assert signed_in(second).post(review_url(own), {"decision": "approved"}).status_code == 302
    assert status_of(own) == CaseRecord.Status.APPROVED


def test_a_superuser_reviews_as_a_supervisor(in_review):
    boss = make_user("boss", is_superuser=True)
    assert signed_in(boss).get(reverse("questionnaires:review_queue")).status_code == 200
    assert signed_in(boss).post(review_url(in_review), {"decision": "approved"}).status_code == 302
    assert status_of(in_review) == CaseRecord.Status.APPROVED


def test_send_return_amend_approve(staff_user, supervisor_client):
    """The whole round: the returned record is amended; the new version is sent and
    approved; the returned one stays as it was. Both histories say what happened."""
    author = signed_in(staff_user)
    first = Intake(author, SLUG).complete(ANSWERS)
    author.post(send_url(first))
    supervisor_client.post(review_url(first), {"decision": "returned", "comments": "Fix it."})
    response = author.post(reverse("questionnaires:case_amend", args=[first.pk]))
    review_page = author.get(response.url).url
    intake = Intake(author, SLUG, url=review_page.replace("/review/", "/request_received/"))
    intake.post({"request_received": "2025-03-10"})
    second = intake.finish()
    assert second.status == CaseRecord.Status.COMPLETE and second.amends_id == first.pk
    author.post(send_url(second))
    supervisor_client.post(review_url(second), {"decision": "approved"})

    assert status_of(first) == CaseRecord.Status.RETURNED
    assert status_of(second) == CaseRecord.Status.APPROVED
    assert transitions(first) == ["created", "completed", "sent_for_review", "returned", "amended"]
    assert transitions(second) == ["created", "completed", "sent_for_review", "approved"]
    # Each record's page shows its history.
    page = author.get(second.get_absolute_url()).content.decode()
    history = page[page.index('id="history"') :]
    assert history.index("Sent for review") < history.index("Approved by a supervisor")


def transitions(record) -> list[str]:
    return list(
        AuditEvent.objects.filter(record_id=record.pk)
        .exclude(action__in=["viewed", "changed", "resumed"])
        .order_by("id")
        .values_list("action", flat=True)
    )


# Release of documents -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "without_review", "with_review"),
    [
        ("draft", False, False),
        ("complete", True, False),
        ("in_review", True, False),
        ("returned", False, False),
        ("approved", True, True),
    ],
)
def test_released_for_documents_follows_the_setting(
    settings, staff_user, status, without_review, with_review
):
    record = make_record(staff_user, status=status)
    settings.REQUIRE_REVIEW_BEFORE_RELEASE = False
    assert record.released_for_documents is without_review
    settings.REQUIRE_REVIEW_BEFORE_RELEASE = True
    assert record.released_for_documents is with_review


def test_review_is_not_required_by_default():
    from django.conf import settings

    assert settings.REQUIRE_REVIEW_BEFORE_RELEASE is False


def test_key_rotation_re_encrypts_the_comments(settings, supervisor, in_review):
    import io

    from cryptography.fernet import Fernet, InvalidToken
    from django.core.management import call_command

    key_a, key_b = settings.FIELD_ENCRYPTION_KEYS[0], Fernet.generate_key().decode()
    Review.objects.create(
        record=in_review, reviewer=supervisor, decision="returned", comments="Fix the date."
    )
    settings.FIELD_ENCRYPTION_KEYS = [key_b, key_a]
    out = io.StringIO()
    call_command("rotate_encryption_keys", stdout=out)
    assert "Re-encrypted 1 row(s) of questionnaires_review" in out.getvalue()

    settings.FIELD_ENCRYPTION_KEYS = [key_b]
    assert Review.objects.get(record=in_review).comments == "Fix the date."
    with connection.cursor() as cursor:
        cursor.execute("SELECT comments FROM questionnaires_review")
        (stored,) = cursor.fetchone()
    with pytest.raises(InvalidToken):
        Fernet(key_a).decrypt(stored.encode())

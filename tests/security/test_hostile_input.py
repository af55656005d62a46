"""Hostile input to the wizard and the case pages (Hypothesis): very long strings, control
characters, wrong types, forged or missing management forms, unknown steps, replayed
posts, no CSRF token. Never a server error, never a record from invalid input, always an
error page or a redirect."""

import uuid

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.flows import FLOWS
from questionnaires.audit import AuditEvent
from questionnaires.framework import registry
from questionnaires.framework.encoding import form_data
from questionnaires.framework.forms import MemorableDateWidget
from questionnaires.framework.wizard import REVIEW
from questionnaires.models import CaseRecord
from tests.factories import Intake, make_record, page_fields
from tests.security.hostile import (
    any_text,
    assert_answers_valid,
    assert_handled,
    assert_opens,
    hostile_post,
    place,
    positions,
    with_page_fields,
)

pytestmark = pytest.mark.django_db

#: Fast and repeatable: the same examples on every run and in CI.
HOSTILE = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

STEPS = [
    (questionnaire.slug, step)
    for questionnaire in registry.all_questionnaires()
    for step in questionnaire.intake_steps
]


def test_every_step_of_every_questionnaire_is_reached(staff_client):
    for slug in {slug for slug, _ in STEPS}:
        reached = {position.step for position in positions(staff_client, slug)}
        expected = {step.name for step in registry.get(slug).intake_steps} | {REVIEW}
        assert reached == expected, f"add a flow in bench/flows.py reaching {expected - reached}"


@pytest.mark.parametrize(("slug", "step"), STEPS, ids=lambda value: getattr(value, "name", value))
@HOSTILE
@given(data=st.data())
def test_hostile_posts_to_every_step(staff_client, slug, step, data):
    position = next(p for p in positions(staff_client, slug) if p.step == step.name)
    url = place(staff_client, position)
    intake = uuid.UUID(url.rstrip("/").rsplit("/", 2)[1])

    post = with_page_fields(staff_client, url, data.draw(hostile_post(step), label="post"))
    response = staff_client.post(url, post)
    assert_handled(response)
    # The page still opens afterwards, whatever was kept of the post to show again.
    assert_opens(staff_client.get(url))

    record = CaseRecord.objects.filter(pk=intake).first()
    if record is not None:
        assert not record.is_complete
        assert_answers_valid(record)
        assert_opens(staff_client.get(reverse("questionnaires:resume", args=[slug, intake])))


@pytest.mark.parametrize("slug", [q.slug for q in registry.all_questionnaires()])
@settings(HOSTILE, max_examples=10)
@given(data=st.data())
def test_hostile_posts_to_the_review(staff_client, slug, data):
    """A complete intake finishes from its stored answers alone, whatever is posted; an
    incomplete one is sent back to its first unanswered question."""
    complete = next(p for p in positions(staff_client, slug) if p.step == REVIEW)
    incomplete = positions(staff_client, slug)[1]
    post = data.draw(hostile_post(registry.get(slug).intake_steps[0]), label="post")

    url = place(staff_client, incomplete).replace(f"/{incomplete.step}/", f"/{REVIEW}/")
    response = staff_client.post(url, post)
    assert response.status_code == 302 and response.url.endswith(f"/{incomplete.step}/")

    url = place(staff_client, complete)
    intake = uuid.UUID(url.rstrip("/").rsplit("/", 2)[1])
    response = staff_client.post(url, with_page_fields(staff_client, url, post))
    record = CaseRecord.objects.get(pk=intake)
    assert response.status_code == 302 and response.url == record.get_absolute_url()
    assert_answers_valid(record)
    assert record.client_reference == ""


@pytest.mark.parametrize("slug", [q.slug for q in registry.all_questionnaires()])
@settings(HOSTILE, max_examples=20)
@given(step=st.from_regex(r"[-a-zA-Z0-9_]{1,80}", fullmatch=True), post=st.booleans())
def test_unknown_step_names_redirect(staff_client, slug, step, post):
    position = positions(staff_client, slug)[1]
    url = place(staff_client, position).replace(f"/{position.step}/", f"/{step}/")
    known = {s.name for s in registry.get(slug).intake_steps} | {REVIEW}
    response = staff_client.post(url, {"x": "1"}) if post else staff_client.get(url)
    if step in known:
        assert_handled(response)
    else:
        assert response.status_code == 302
        assert response.url.endswith(f"/{position.step}/")


@settings(HOSTILE, max_examples=30)
@given(
    slug=st.one_of(
        st.sampled_from([q.slug for q in registry.all_questionnaires()]),
        st.from_regex(r"[-\w.~%]{1,80}", fullmatch=True),
    ),
    pk=st.uuids(),
    query=st.dictionaries(
        st.sampled_from(["page", "status", "questionnaire", "q", "o"]), any_text, max_size=3
    ),
)
def test_hostile_case_urls(staff_client, slug, pk, query):
    for name in ("questionnaires:case", "questionnaires:case_pdf"):
        url = reverse(name, args=[pk])
        assert staff_client.get(url, query).status_code == 404
        assert staff_client.post(url, query).status_code == 405
    assert staff_client.get(reverse("questionnaires:case_list"), query).status_code == 200
    response = staff_client.get(f"/q/{slug}/start/", query)
    assert response.status_code in (302, 404)
    assert staff_client.get(f"/q/{slug}/{pk}/", query).status_code in (302, 404)
    assert not CaseRecord.objects.exists()


def test_replayed_posts_after_finishing_change_nothing(staff_client):
    for questionnaire in registry.all_questionnaires():
        answers = {"client_reference": "REPLAY", **FLOWS[questionnaire.slug][0].answers}
        intake = Intake(staff_client, questionnaire.slug)
        sent = []
        while intake.step != REVIEW:
            sent.append((intake.url, form_data(questionnaire.step(intake.step), answers)))
            intake.post(answers)
        review = intake.url
        record = intake.finish()
        events = AuditEvent.objects.count()
        for url, post in [*sent, (review, {})]:
            for action in ("continue", "save_draft", "back"):
                response = staff_client.post(url, {**post, "wizard_action": action})
                assert response.status_code == 302 and response.url == record.get_absolute_url()
        again = CaseRecord.objects.get(pk=record.pk)
        assert again.updated_at == record.updated_at and again.answers == record.answers
        assert again.is_complete and again.determination == record.determination
        assert AuditEvent.objects.count() == events
    assert CaseRecord.objects.count() == len(registry.all_questionnaires())


def test_posts_without_a_csrf_token_are_refused(staff_user):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(staff_user)
    slug = "irs-records-request"
    step_url = browser.get(reverse("questionnaires:start", args=[slug])).url
    assert browser.get(step_url).status_code == 200
    token = browser.cookies[django_settings.CSRF_COOKIE_NAME].value

    fields = page_fields(browser.get(step_url).content.decode())
    post = {"client-client_reference": "NO-TOKEN", "wizard_action": "save_draft", **fields}
    refused = browser.post(step_url, post)
    assert refused.status_code == 403
    review = step_url.replace("/client/", f"/{REVIEW}/")
    assert browser.post(review).status_code == 403
    assert browser.post(reverse("logout")).status_code == 403
    assert not CaseRecord.objects.exists()
    assert "NO-TOKEN" not in browser.get(step_url).content.decode()

    # The same post with the token goes through.
    accepted = browser.post(step_url, {**post, "csrfmiddlewaretoken": token})
    assert accepted.status_code == 302
    assert CaseRecord.objects.get().client_reference == "NO-TOKEN"


def test_signing_in_without_a_csrf_token_is_refused(staff_user):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(reverse("login"), {"username": "staff", "password": "x"})
    assert response.status_code == 403


# Requests no form could send --------------------------------------------------------------


@pytest.fixture
def step_url(staff_client):
    return Intake(staff_client, "removal-protection").url


def test_a_body_too_large_is_a_bad_request(staff_client, step_url):
    size = django_settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    response = staff_client.post(step_url, {"client-client_reference": "a" * (size + 1)})
    assert response.status_code == 400


def test_too_many_fields_is_a_bad_request(staff_client, step_url):
    fields = {f"f{i}": "1" for i in range(django_settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}
    assert staff_client.post(step_url, fields).status_code == 400


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"client-client_reference=%FF%FE%00&wizard_action=continue", None),
        (b"\xff\xfe\x00garbage=\xc3\x28", None),
        (b'{"client-client_reference": ["x"]}', "application/json"),
        (b"--x\r\nContent-Disposition: form-data; name=\r\n\r\n", "multipart/form-data"),
        (b"--x\r\nbroken", "multipart/form-data; boundary=x"),
        (b"a=1", "text/plain"),
    ],
)
def test_malformed_bodies_are_handled(staff_client, step_url, body, content_type):
    content_type = content_type or "application/x-www-form-urlencoded"
    response = staff_client.generic("POST", step_url, body, content_type=content_type)
    assert_handled(response)
    assert not CaseRecord.objects.exists()


def test_a_draft_with_hostile_unsaved_text_opens_again(staff_client, staff_user):
    """What was typed is kept with a draft even when invalid, and shown again; its error
    only when it is sent again (not on resuming)."""
    intake = Intake(staff_client, "removal-protection")
    typed = "bad\x00\x01" + "x" * 10_000
    intake.post({"client_reference": typed}, action="save_draft")
    record = CaseRecord.objects.get()
    assert record.client_reference == ""
    browser = Client()
    browser.force_login(staff_user)
    response = browser.get(
        reverse("questionnaires:resume", args=[record.questionnaire, record.pk])
    )
    page = browser.get(response.url)
    assert page.status_code == 200 and "<title>Error: " not in page.content.decode()
    assert "x" * 1000 in page.content.decode()


def test_a_record_page_for_a_record_of_an_unknown_questionnaire_still_opens(
    staff_client, staff_user
):
    record = make_record(staff_user, questionnaire="withdrawn-questionnaire")
    assert staff_client.get(record.get_absolute_url()).status_code == 200


DATE_STEPS = [
    (slug, step, name)
    for slug, step in STEPS
    if not step.is_formset
    for name, field in step.form_class.base_fields.items()
    if isinstance(field.widget, MemorableDateWidget)
]


@pytest.mark.parametrize(
    ("slug", "step", "name"), DATE_STEPS, ids=lambda value: getattr(value, "name", value)
)
@pytest.mark.parametrize("part", ["day", "month", "year"])
def test_a_date_part_of_twenty_digits_is_an_error_not_a_server_error(
    staff_client, slug, step, name, part
):
    """A day of twenty-three digits overflowed the date (OverflowError, a 500)."""
    assert DATE_STEPS, "the questionnaires ask dates"
    position = next(p for p in positions(staff_client, slug) if p.step == step.name)
    url = place(staff_client, position)
    post = {
        f"{step.name}-{name}_{p}": v for p, v in (("day", "1"), ("month", "2"), ("year", "2024"))
    }
    post[f"{step.name}-{name}_{part}"] = "9" * 23
    response = staff_client.post(url, with_page_fields(staff_client, url, post))
    assert response.status_code == 302 and response.url == url
    page = staff_client.get(url).content.decode()
    expected = "The year must be before" if part == "year" else "The date must be a real date"
    assert "<title>Error: " in page and expected in page

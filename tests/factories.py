"""Factories for users, case records and intakes driven through the wizard."""

from __future__ import annotations

import re
from typing import Any

from django.contrib.auth import get_user_model
from django.urls import reverse

from questionnaires.framework import registry
from questionnaires.framework.encoding import form_data
from questionnaires.framework.wizard import CONFIRM_UNUSED_FIELD, FINGERPRINT_FIELD, REVIEW
from questionnaires.models import CaseRecord

PASSWORD = "a-long-test-password-42"

HIDDEN_FIELD = re.compile(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)">')


def page_fields(html: str) -> dict[str, str]:
    """The wizard's own hidden fields on a page (its fingerprint, a confirmation)."""
    return {
        name: value
        for name, value in HIDDEN_FIELD.findall(html)
        if name in (FINGERPRINT_FIELD, CONFIRM_UNUSED_FIELD)
    }


def make_user(username: str, **extra):
    return get_user_model().objects.create_user(username=username, password=PASSWORD, **extra)


class Intake:
    """Drives one intake through the wizard with the Django test client, the way a
    browser would: GET a step, POST its answers, follow the redirect.

    Answers are given as ``manage.py screen`` takes them (field names, ISO dates, lists),
    and posted as the step's form would post them.
    """

    def __init__(self, client, slug: str, url: str | None = None):
        """Start a new intake, or with ``url`` pick up an existing one at that step."""
        self.client = client
        self.questionnaire = registry.get(slug)
        if url is None:
            response = client.get(reverse("questionnaires:start", args=[slug]))
            assert response.status_code == 302, response.status_code
            url = response.url
        self.url = url
        self.shown: tuple[str, dict] | None = None
        self.intake_id = self.url.rstrip("/").rsplit("/", 2)[1]

    @property
    def step(self) -> str:
        return self.url.rstrip("/").rsplit("/", 1)[1]

    def page(self) -> dict[str, str]:
        """Open the current page as a browser does; its hidden wizard fields."""
        response = self.client.get(self.url)
        assert response.status_code == 200, (self.url, response.status_code)
        return page_fields(response.content.decode())

    def post(self, answers: dict[str, Any], action: str = "continue", fields=None):
        """Send the page's answers from the page as it is shown (``fields``: the hidden
        fields of a page opened earlier, as a second tab would send them). A page shown
        again (with its errors, or a change to confirm) is followed, as a browser does:
        the response is then that page."""
        data = form_data(self.questionnaire.step(self.step), answers)
        if fields is None:
            fields = self.shown[1] if self.shown and self.shown[0] == self.url else self.page()
        data.update(fields)
        data["wizard_action"] = action
        response = self.client.post(self.url, data)
        self.shown = None
        if response.status_code == 302 and response.url == self.url:
            response = self.client.get(self.url)
            self.shown = (self.url, page_fields(response.content.decode()))
        elif response.status_code == 302:
            self.url = response.url
        return response

    def change(self, answers: dict[str, Any]) -> int:
        """Change an answer and continue; where the page first says how many answers the
        change leaves unused, confirm it. Returns that number (0 if it did not ask)."""
        response = self.post(answers)
        if not (self.shown and self.shown[1].get(CONFIRM_UNUSED_FIELD)):
            return 0
        unused = response.context["unused_answers"]
        assert f"{unused} answer" in response.content.decode()
        self.post(answers)
        return unused

    def answer_until_review(self, answers: dict[str, Any]) -> list[str]:
        """Answer every page from ``answers`` until the review page; the steps visited."""
        visited = []
        for _ in range(50):
            if self.step == REVIEW:
                return visited
            visited.append(self.step)
            response = self.post(answers)
            if response.status_code != 302:
                errors = response.context["errors"] if response.context else response
                raise AssertionError(f"Step {visited[-1]!r} did not accept the answers: {errors}")
        raise AssertionError("The wizard did not reach the review page")

    def review(self):
        return self.client.get(self.url)

    def finish(self, fields=None) -> CaseRecord:
        response = self.client.post(self.url, self.page() if fields is None else fields)
        assert response.status_code == 302, response.status_code
        return CaseRecord.objects.get(pk=self.intake_id)

    def complete(self, answers: dict[str, Any]) -> CaseRecord:
        self.answer_until_review(answers)
        return self.finish()


def screened_record(user, slug: str, answers: dict[str, Any]) -> CaseRecord:
    """A case record completed by ``user`` through the wizard from ``answers``: a real
    screening, with the determination the rules give."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    return Intake(client, slug).complete(answers)


def make_record(user, **fields) -> CaseRecord:
    """A completed case record with a small determination snapshot."""
    from datetime import date

    from django.utils import timezone

    from questionnaires.framework.determination import (
        Citation,
        Determination,
        Finding,
        Status,
    )

    determination = Determination(
        outcome="refer",
        headline="Get advice before relying on this.",
        findings=(
            Finding(
                "residency",
                "Australian resident",
                Status.UNCLEAR,
                "Staff were not sure.",
                ("resident",),
                (Citation("CR 2005/54", "para 45"),),
            ),
        ),
        next_steps=("Check the client's residency.",),
    )
    defaults = {
        "questionnaire": "foreign-employment-income",
        "client_reference": "REF-1",
        "status": CaseRecord.Status.COMPLETE,
        "answers": {"resident": "not_sure"},
        "answers_in_words": [
            {
                "step": "residency",
                "field": "resident",
                "question": "Resident?",
                "answer": "Not sure",
            }
        ],
        "determination": determination.to_dict(),
        "outcome": determination.outcome,
        "rules_version": "1.0.0",
        "law_as_of": date(2025, 7, 1),
        "completed_at": timezone.now(),
    }
    return CaseRecord.objects.create(created_by=user, **{**defaults, **fields})


def make_irs_record(user, client_reference="REF-1", amends=None, **data) -> CaseRecord:
    """A completed IRS records record whose result's data holds ``data`` (such as
    ``response_due="2030-01-15"``), with its deadlines made as finishing makes them."""
    from questionnaires.deadlines import record_deadlines

    determination = {
        "outcome": "refer",
        "headline": "Get advice before relying on this.",
        "findings": [],
        "next_steps": [],
        "caveats": [],
        "data": data,
    }
    record = make_record(
        user,
        questionnaire="irs-records-request",
        determination=determination,
        outcome="refer",
        client_reference=client_reference,
        amends=amends,
    )
    record_deadlines(record)
    return record

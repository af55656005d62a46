"""Logs never hold client data: a whole screening of each questionnaire, with every logger
turned up to DEBUG, leaves no client reference, free-text answer or result text in them."""

import logging
import re

import pytest
from django import forms
from django.test import Client
from django.urls import reverse

from bench.flows import FLOWS
from questionnaires.framework import registry
from questionnaires.framework.determination import Determination
from tests.factories import PASSWORD, Intake, make_record, make_user

pytestmark = pytest.mark.django_db

SLUGS = [q.slug for q in registry.all_questionnaires()]


class Capture(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(self.format(record))

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@pytest.fixture
def every_log():
    """Every logger at DEBUG, each record formatted (message, arguments, traceback)."""
    capture = Capture()
    manager = logging.root.manager
    loggers = [logging.root] + [
        logger for logger in manager.loggerDict.values() if isinstance(logger, logging.Logger)
    ]
    saved = [(logger, logger.level, logger.disabled) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.disabled = False
    hooked = [logging.root] + [logger for logger in loggers[1:] if not logger.propagate]
    for logger in hooked:
        logger.addHandler(capture)
    yield capture
    for logger in hooked:
        logger.removeHandler(capture)
    for logger, level, disabled in saved:
        logger.setLevel(level)
        logger.disabled = disabled


def text_fields(questionnaire) -> list[str]:
    names = []
    for step in questionnaire.intake_steps:
        fields = (
            step.form_class.form.base_fields if step.is_formset else step.form_class.base_fields
        )
        for name, field in fields.items():
            if isinstance(field, forms.CharField) and not step.is_formset:
                names.append(name)
    return names


@pytest.mark.parametrize("slug", SLUGS)
def test_a_whole_screening_logs_no_client_data(slug, every_log, admin_user):
    questionnaire = registry.get(slug)
    secrets = {
        name: f"Zq{index}x-secret-{name}" for index, name in enumerate(text_fields(questionnaire))
    }
    answers = {**FLOWS[slug][0].answers, **secrets}
    make_user("caseworker")
    client = Client()
    assert (
        client.post(reverse("login"), {"username": "caseworker", "password": PASSWORD}).status_code
        == 302
    )

    intake = Intake(client, slug)
    # A rejected answer first (a control character), then the real one.
    rejected = intake.post({"client_reference": secrets["client_reference"] + "\x07"})
    assert rejected.status_code == 200 and "<title>Error: " in rejected.content.decode()
    intake.post(answers)
    intake.post(answers)
    intake.post(answers, action="save_draft")
    response = client.get(reverse("questionnaires:resume", args=[slug, intake.intake_id]))
    intake = Intake(client, slug, url=response.url)
    intake.answer_until_review(answers)
    assert intake.review().status_code == 200
    record = intake.finish()
    assert client.get(record.get_absolute_url()).status_code == 200
    assert client.get(reverse("questionnaires:case_pdf", args=[record.pk])).status_code == 200
    assert client.get("/cases/", {"q": secrets["client_reference"]}).status_code == 200

    admin = Client()
    admin.force_login(admin_user)
    export = admin.post(
        reverse("admin:questionnaires_caserecord_changelist"),
        {"action": "export_csv", "_selected_action": [record.pk]},
    )
    assert secrets["client_reference"] in export.content.decode()
    assert (
        admin.get(reverse("admin:questionnaires_caserecord_change", args=[record.pk])).status_code
        == 200
    )
    client.post(reverse("logout"))

    logs = every_log.text
    # The capture works: sign-in, the PDF and the export left their traces.
    assert "AXES" in logs and "django" in logs
    for name, secret in secrets.items():
        leaks = [line for line in every_log.lines if secret in line]
        assert not leaks, f"the answer to {name} was logged: {leaks[0][:300]}"
    determination = Determination.from_dict(record.determination)
    texts = [determination.headline, *determination.next_steps, *determination.caveats]
    texts += [finding.explanation for finding in determination.findings]
    for text in texts:
        assert text not in logs, f"result text was logged: {text[:60]}"


def test_an_admin_search_keeps_the_client_reference_out_of_every_url(admin_client, staff_user):
    """Access logs (gunicorn's, a proxy's) keep URLs: the search term must not be in one."""
    make_record(staff_user, client_reference="PRIVATE-REF-9")
    make_record(staff_user, client_reference="OTHER-REF")
    changelist = reverse("admin:questionnaires_caserecord_changelist")

    form = admin_client.get(changelist).content.decode()
    assert 'id="changelist-search" method="post"' in form
    response = admin_client.post(changelist, {"q": "PRIVATE-REF-9", "status__exact": "complete"})

    assert response.status_code == 302
    assert "PRIVATE" not in response.url and "_searched=1" in response.url
    page = admin_client.get(response.url)
    assert page.context["cl"].result_count == 1
    html = page.content.decode()
    assert "PRIVATE-REF-9" in html and "OTHER-REF" not in html
    links = re.findall(r'href="([^"]*)"', html)
    assert links and not [link for link in links if "PRIVATE" in link]
    # A bookmarked or typed URL with the term is moved out of the address the same way.
    typed = admin_client.get(changelist, {"q": "PRIVATE-REF-9"})
    assert typed.status_code == 302 and "PRIVATE" not in typed.url

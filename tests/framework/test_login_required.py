"""Every page but sign-in needs a signed-in account: walk the whole URL configuration."""

import uuid

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse

pytestmark = pytest.mark.django_db

#: Sign-in and sign-out, the load balancer's probes, which show no data
#: (tests/security/test_outages.py), and the calendar feed, opened by the secret in its
#: address (tests/test_calendar_feed.py).
OPEN_TO_ANONYMOUS = {"login", "logout", "admin:login", "admin:logout", "healthz", "readyz"}
OPEN_TO_ANONYMOUS |= {"questionnaires:calendar_feed"}
SAMPLE_KWARGS = {
    "pk": uuid.uuid4(),
    "intake": uuid.uuid4(),
    "slug": "irs-records-request",
    "step": "path",
    "kind": "foia-request-letter",
    "file_format": "docx",
    "object_id": "1",
    "id": "1",
    "app_label": "questionnaires",
    "model_name": "caserecord",
    "content_type_id": "1",
    "uidb64": "MQ",
    "token": "token",
    "url": "x",
}


def named_urls(resolver=None, namespace=""):
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from named_urls(entry, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", list(entry.pattern.regex.groupindex)


def all_paths():
    for name, params in named_urls():
        if name in OPEN_TO_ANONYMOUS or name.startswith("api:"):
            continue  # The API answers 401 without a token (tests/security/test_access.py).
        try:
            yield reverse(name, kwargs={p: SAMPLE_KWARGS[p] for p in params})
        except Exception:  # a pattern whose sample values do not fit is reported below
            yield f"unreversible:{name}"


def test_every_url_is_reversible_with_sample_values():
    assert not [path for path in all_paths() if path.startswith("unreversible:")]


@pytest.mark.parametrize("path", sorted(set(all_paths())))
def test_anonymous_visitors_are_sent_to_sign_in(client, path):
    response = client.get(path)
    assert response.status_code == 302, path
    assert response.url.startswith((reverse("login"), reverse("admin:login"))), path


def test_the_walk_covers_the_app_and_admin():
    paths = set(all_paths())
    assert reverse("questionnaires:home") in paths
    assert any(path.startswith("/admin/questionnaires/caserecord/") for path in paths)
    assert settings.LOGIN_URL == "login"

"""Production hardening: HTTPS only, secure cookies, HSTS, no framing, a strict
Content-Security-Policy (no inline script or style anywhere), Referrer-Policy; and
``check --deploy`` clean with production settings."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import reverse

from bench.flows import FLOWS
from questionnaires.framework import registry
from questionnaires.framework.wizard import REVIEW
from tests.factories import PASSWORD, Intake, make_record
from tests.security.production import manage, production_settings

pytestmark = pytest.mark.django_db

PRODUCTION_LIKE = {
    "SECURE_SSL_REDIRECT": True,
    "SESSION_COOKIE_SECURE": True,
    "CSRF_COOKIE_SECURE": True,
    "SECURE_HSTS_SECONDS": 31536000,
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
    "SECURE_HSTS_PRELOAD": True,
    "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
}


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = [part.split() for part in header.split(";") if part.strip()]
    return {name: sources for name, *sources in directives}


def assert_strict_policy(response):
    csp = policy(response)
    assert csp["default-src"] == ["'none'"]
    for directive in ("script-src", "style-src", "img-src", "font-src", "form-action"):
        assert csp[directive] == ["'self'"], directive
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"] and csp["base-uri"] == ["'none'"]
    assert "unsafe" not in response["Content-Security-Policy"]


@override_settings(**PRODUCTION_LIKE)
def test_plain_http_is_redirected_to_https(client):
    response = client.get(reverse("login"))
    assert response.status_code == 301
    assert response.url == "https://testserver/login/"


@override_settings(**PRODUCTION_LIKE)
def test_security_headers_on_a_response(client):
    response = client.get(reverse("login"), secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert_strict_policy(response)
    policy = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in policy


@override_settings(**PRODUCTION_LIKE)
def test_behind_a_proxy_the_forwarded_scheme_counts(client):
    response = client.get(reverse("login"), headers={"X-Forwarded-Proto": "https"})
    assert response.status_code == 200
    assert "Strict-Transport-Security" in response


@override_settings(**PRODUCTION_LIKE)
def test_cookies_are_secure_and_out_of_reach_of_scripts(client, staff_user):
    response = client.get(reverse("login"), secure=True)
    csrf = response.cookies[settings.CSRF_COOKIE_NAME]
    assert csrf["secure"]
    response = client.post(
        reverse("login"), {"username": "staff", "password": PASSWORD}, secure=True
    )
    assert response.status_code == 302
    session = response.cookies[settings.SESSION_COOKIE_NAME]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
    # A browser-session cookie: the server-side idle timeout decides when it ends.
    assert not session["max-age"] and not session["expires"]


def test_signed_in_pages_carry_the_policy_too(staff_client, staff_user):
    record = make_record(staff_user)
    for url in ("/", "/cases/", record.get_absolute_url()):
        response = staff_client.get(url)
        assert response["X-Frame-Options"] == "DENY"
        assert_strict_policy(response)


# Production settings, as a server loads them -------------------------------------------------


def test_production_settings_are_https_only():
    values = production_settings(
        "DEBUG",
        "SECURE_SSL_REDIRECT",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_PRELOAD",
        "X_FRAME_OPTIONS",
        "SECURE_REFERRER_POLICY",
        "SECURE_PROXY_SSL_HEADER",
    )
    assert values == {
        "DEBUG": False,
        "SECURE_SSL_REDIRECT": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_PRELOAD": True,
        "X_FRAME_OPTIONS": "DENY",
        "SECURE_REFERRER_POLICY": "same-origin",
        # Trusting X-Forwarded-Proto is opt-in: only behind a proxy that sets it.
        "SECURE_PROXY_SSL_HEADER": None,
    }


def test_hsts_and_the_proxy_header_are_configurable():
    values = production_settings(
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_PRELOAD",
        "SECURE_PROXY_SSL_HEADER",
        DJANGO_HSTS_SECONDS="3600",
        DJANGO_HSTS_PRELOAD="false",
        DJANGO_SECURE_PROXY_SSL_HEADER="true",
    )
    assert values == {
        "SECURE_HSTS_SECONDS": 3600,
        "SECURE_HSTS_PRELOAD": False,
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
    }


def test_check_deploy_is_clean_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


# No inline script or style ------------------------------------------------------------------

INLINE = {
    "inline script": re.compile(r"<script(?![^>]*\ssrc=)(?![^>]*type=\"application/json\")", re.I),
    "style element": re.compile(r"<style[\s>]", re.I),
    "style attribute": re.compile(r"\sstyle\s*=", re.I),
    "event handler attribute": re.compile(r"\son[a-z]+\s*=", re.I),
    "javascript: URL": re.compile(r"javascript:", re.I),
}


def inline_code(html: str) -> list[str]:
    return [name for name, pattern in INLINE.items() if pattern.search(html)]


def test_the_checker_finds_inline_code():
    assert inline_code('<p style="color: red">') == ["style attribute"]
    assert inline_code("<script>alert(1)</script>") == ["inline script"]
    assert inline_code('<button onclick="x()">') == ["event handler attribute"]
    assert inline_code('<script src="/static/app.js"></script>') == []


def test_no_template_has_inline_script_or_style():
    templates = sorted(Path(settings.BASE_DIR, "templates").rglob("*.html"))
    assert len(templates) > 10
    found = {str(t): inline_code(t.read_text()) for t in templates if inline_code(t.read_text())}
    assert found == {}


def test_no_page_has_inline_script_or_style(client, staff_client, staff_user):
    """Every question page, review and result of each questionnaire, an error page, lists."""
    pages = [client.get(reverse("login"))]
    for questionnaire in registry.all_questionnaires():
        answers = {"client_reference": "CSP", **FLOWS[questionnaire.slug][0].answers}
        intake = Intake(staff_client, questionnaire.slug)
        while intake.step != REVIEW:
            pages.append(staff_client.get(intake.url))
            assert intake.post(answers).status_code == 302
        pages.append(intake.review())
        pages.append(staff_client.get(intake.finish().get_absolute_url()))
    intake = Intake(staff_client, "irs-records-request")
    pages.append(staff_client.get(intake.url))
    pages.append(intake.post({"client_reference": "\x01"}))  # shown again with its error
    pages += [staff_client.get("/"), staff_client.get("/cases/")]
    for response in pages:
        assert response.status_code == 200
        assert inline_code(response.content.decode()) == [], response.request["PATH_INFO"]

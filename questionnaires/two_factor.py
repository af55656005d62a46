"""Two-factor sign-in (TOTP, django-otp), required for every account when
``DJANGO_REQUIRE_2FA`` is on (the default with DEBUG off).

After the password (the sign-in page, django-axes counting failures), a signed-in but
unverified user is sent to one page only: on first sign-in, enrolment (a QR code and the
secret to type into an authenticator app, confirmed by a first code), which then shows ten
single-use recovery codes once; afterwards, the code from the app or a recovery code. Until
then every other page, Django admin included, redirects there. An administrator resets a
lost device in Admin > Users (an audited action); the account enrols again at its next
sign-in.
"""

from __future__ import annotations

import io

import segno
from django import forms
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .audit import AuditEvent, record_event
from .client_address import client_address

RECOVERY_CODES = 10
#: After each wrong code the next is refused for longer (1, 2, 4 … seconds, django-otp).
WRONG_CODE = (
    "That code is not right, or came too soon after a wrong one: wait a few seconds, then "
    "enter the code your app shows now"
)
#: The session key holding the recovery codes between enrolment and the page showing them.
NEW_RECOVERY_CODES = "_casework_new_recovery_codes"


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code",
        max_length=16,
        help_text="The 6-digit code your authenticator app shows now.",
        error_messages={"required": "Enter the code from your authenticator app"},
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"}
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split()).lower()


class VerifyForm(CodeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[
            "code"
        ].help_text = (
            "The 6-digit code your authenticator app shows now, or one of your recovery codes."
        )


def _next_url(request) -> str:
    url = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    if url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure()):
        return url
    return reverse(settings.LOGIN_REDIRECT_URL)


def _with_next(url_name: str, next_url: str) -> str:
    return f"{reverse(url_name)}?{urlencode({REDIRECT_FIELD_NAME: next_url})}"


def _qr_svg(url: str) -> str:
    out = io.BytesIO()
    segno.make(url, error="m").save(
        out,
        kind="svg",
        xmldecl=False,
        nl=False,
        scale=5,
        title="QR code for your authenticator app",
    )
    return out.getvalue().decode()


def setup(request):
    """Enrolment: a new secret until it is confirmed with a first code."""
    user = request.user  # signed in: LoginRequiredMiddleware
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        return redirect(_with_next("two_factor_verify", _next_url(request)))
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, confirmed=False, defaults={"name": "Authenticator app"}
    )
    form = CodeForm(request.POST or None)
    if form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            with transaction.atomic():
                device.confirmed = True
                device.save()
                codes = _new_recovery_codes(user)
            otp_login(request, device)
            record_event(
                user, AuditEvent.Action.TWO_FACTOR_ENROLLED, address=client_address(request)
            )
            request.session[NEW_RECOVERY_CODES] = codes
            return redirect(_with_next("two_factor_recovery_codes", _next_url(request)))
        form.add_error("code", WRONG_CODE)
    secret = device.config_url.split("secret=", 1)[1].split("&", 1)[0]
    return render(
        request,
        "registration/two_factor_setup.html",
        {
            "form": form,
            "qr": mark_safe(_qr_svg(device.config_url)),  # segno's own markup, no user text
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "next": _next_url(request),
        },
    )


def _new_recovery_codes(user) -> list[str]:
    device, _ = StaticDevice.objects.get_or_create(user=user, name="Recovery codes")
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def recovery_codes(request):
    """The recovery codes, shown once, right after enrolment."""
    codes = request.session.pop(NEW_RECOVERY_CODES, None)
    if not codes:
        return redirect(_next_url(request))
    return render(
        request,
        "registration/two_factor_recovery_codes.html",
        {"codes": codes, "next": _next_url(request)},
    )


def verify(request):
    """The second step of every sign-in: a code from the app, or a recovery code."""
    user = request.user  # signed in: LoginRequiredMiddleware
    if not TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        return redirect(_with_next("two_factor_setup", _next_url(request)))
    form = VerifyForm(request.POST or None)
    if form.is_valid():
        device = _device_accepting(user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(_next_url(request))
        record_event(
            None,
            AuditEvent.Action.SIGN_IN_FAILED,
            account=user.get_username(),
            step="second factor",
            address=client_address(request),
        )
        form.add_error("code", WRONG_CODE)
    return render(
        request, "registration/two_factor_verify.html", {"form": form, "next": _next_url(request)}
    )


def _device_accepting(user, code: str):
    """The device that accepts ``code``: each checked on its own, so that its throttling
    (longer waits after each failure, django-otp) applies."""
    with transaction.atomic():
        for model in (TOTPDevice, StaticDevice):
            for device in model.objects.select_for_update().filter(user=user, confirmed=True):
                allowed, _ = device.verify_is_allowed()
                if allowed and device.verify_token(code):
                    return device
    return None


def reset_devices(actor, users, request=None) -> None:
    """Remove every second-factor device of ``users`` (a lost phone): each enrols again at
    the next sign-in. Audited."""
    for user in users:
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        detail = {"account": user.get_username()}
        if request is not None:
            detail["address"] = client_address(request)
        record_event(actor, AuditEvent.Action.TWO_FACTOR_RESET, **detail)


#: Pages an unverified user may open: the two-factor pages, signing in and out, the probes.
OPEN_BEFORE_VERIFICATION = (
    "two_factor_setup",
    "two_factor_verify",
    "two_factor_recovery_codes",
    "login",
    "logout",
    "healthz",
    "readyz",
)


class TwoFactorRequiredMiddleware:
    """With ``REQUIRE_2FA`` on, a signed-in user who has not given a second factor in this
    session sees only the two-factor pages. After django-otp's OTPMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not settings.REQUIRE_2FA:
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if getattr(view_func, "sessionless", False):
            # The API: a token says who a request is from; the session is never read.
            return None
        match = request.resolver_match
        if match is not None and match.url_name in OPEN_BEFORE_VERIFICATION:
            return None
        if request.path.startswith(settings.STATIC_URL):
            return None
        has_device = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
        target = "two_factor_verify" if has_device else "two_factor_setup"
        return redirect(_with_next(target, request.get_full_path()))

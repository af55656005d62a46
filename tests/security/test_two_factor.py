"""Two-factor sign-in (TOTP): required for every account when DJANGO_REQUIRE_2FA is on (the
production default), enrolment on first sign-in with recovery codes, Django admin behind the
same sign-in, and an audited reset of a lost device."""

import re
import time

import pytest
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from questionnaires.audit import AuditEvent
from tests.factories import PASSWORD, make_user
from tests.security.production import production_settings

pytestmark = pytest.mark.django_db

HOME = "/"


@pytest.fixture(autouse=True)
def two_factor_on(settings):
    settings.REQUIRE_2FA = True


def sign_in(client, username="staff", password=PASSWORD, next_url=""):
    data = {"username": username, "password": password}
    if next_url:
        data["next"] = next_url
    return client.post(reverse("login"), data)


def code_now(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """The app's code now, or ``steps_ahead`` periods on: a code once used is refused
    after (django-otp), and the next period's is accepted as clock drift."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits)
    totp.time += steps_ahead * device.step
    return f"{totp.token():06d}"


def enrol(client) -> list[str]:
    """Sign-in's first time: set up the app, confirm a code; the recovery codes shown."""
    client.get(reverse("two_factor_setup"))
    device = TOTPDevice.objects.get(user__username="staff")
    response = client.post(reverse("two_factor_setup"), {"code": code_now(device)}, follow=True)
    return re.findall(r"<li><code>(\w+)</code></li>", response.content.decode())


def test_required_in_production_unless_turned_off_and_off_in_development():
    assert production_settings("REQUIRE_2FA") == {"REQUIRE_2FA": True}
    assert production_settings("REQUIRE_2FA", DJANGO_REQUIRE_2FA="false") == {"REQUIRE_2FA": False}
    assert production_settings("REQUIRE_2FA", DJANGO_DEBUG="true") == {"REQUIRE_2FA": False}


def test_first_sign_in_enrols_with_a_qr_code_and_the_secret(client, staff_user):
    response = sign_in(client)
    assert response.status_code == 302
    # The password alone opens nothing but the set-up page.
    home = client.get(HOME)
    assert home.status_code == 302 and home.url.startswith(reverse("two_factor_setup"))

    page = client.get(home.url).content.decode()
    device = TOTPDevice.objects.get(user=staff_user, confirmed=False)
    assert "<svg" in page and "QR code for your authenticator app" in page
    secret = device.config_url.split("secret=")[1].split("&")[0]
    assert secret[:4] in page


def test_a_wrong_code_is_refused_at_the_field_and_the_right_one_turns_it_on(client, staff_user):
    sign_in(client)
    client.get(reverse("two_factor_setup"))
    response = client.post(reverse("two_factor_setup"), {"code": "000000"})
    assert "That code is not right" in response.content.decode()
    assert client.get(HOME).status_code == 302

    time.sleep(1.1)  # django-otp refuses any code for a second after a wrong one
    codes = enrol(client)

    assert len(codes) == 10 and len(set(codes)) == 10
    assert TOTPDevice.objects.get(user=staff_user).confirmed
    assert client.get(HOME).status_code == 200
    assert AuditEvent.objects.filter(action="two_factor_enrolled", user=staff_user).exists()
    # The codes are shown once.
    assert client.get(reverse("two_factor_recovery_codes")).status_code == 302


def test_later_sign_ins_ask_for_the_code_and_return_to_the_page_asked_for(client, staff_user):
    sign_in(client)
    enrol(client)
    client.post(reverse("logout"))

    response = sign_in(client, next_url="/cases/")
    assert client.get("/cases/").url.startswith(reverse("two_factor_verify"))
    device = TOTPDevice.objects.get(user=staff_user)
    response = client.post(
        reverse("two_factor_verify"), {"code": code_now(device, 1), "next": "/cases/"}
    )
    assert response.status_code == 302 and response.url == "/cases/"
    assert client.get("/cases/").status_code == 200


def test_a_wrong_code_is_refused_and_recorded(client, staff_user):
    sign_in(client)
    enrol(client)
    client.post(reverse("logout"))
    sign_in(client)

    response = client.post(reverse("two_factor_verify"), {"code": "123456"})

    assert "That code is not right" in response.content.decode()
    assert client.get(HOME).status_code == 302
    event = AuditEvent.objects.filter(action="sign_in_failed").latest("id")
    assert event.detail["account"] == "staff" and event.detail["step"] == "second factor"


def test_a_recovery_code_signs_in_once(client, staff_user):
    sign_in(client)
    codes = enrol(client)
    client.post(reverse("logout"))

    sign_in(client)
    client.post(reverse("two_factor_verify"), {"code": codes[0]})
    assert client.get(HOME).status_code == 200
    client.post(reverse("logout"))

    sign_in(client)
    client.post(reverse("two_factor_verify"), {"code": codes[0]})
    assert client.get(HOME).status_code == 302


def test_admin_uses_the_same_sign_in(client, admin_user):
    response = client.get(reverse("admin:login"), {"next": "/admin/"})
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    # Posting a password to admin's own form signs no one in.
    client.post(reverse("admin:login"), {"username": "admin", "password": "password"})
    assert client.get("/admin/").status_code == 302

    sign_in(client, "admin", "password")
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("two_factor_setup"))


def test_an_administrator_resets_a_lost_device_and_it_is_recorded(client, staff_user):
    sign_in(client)
    enrol(client)
    client.post(reverse("logout"))
    admin = make_user("root", is_staff=True, is_superuser=True)
    admin_client = type(client)()
    admin_client.force_login(admin)
    # force_login gives no second factor: this administrator has verified already.
    session = admin_client.session
    from django_otp import DEVICE_ID_SESSION_KEY

    device = TOTPDevice.objects.create(user=admin, name="app", confirmed=True)
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()

    response = admin_client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "reset_two_factor", "_selected_action": [staff_user.pk]},
    )

    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=staff_user).exists()
    assert not StaticDevice.objects.filter(user=staff_user).exists()
    event = AuditEvent.objects.get(action="two_factor_reset")
    assert event.user == admin and event.detail["account"] == "staff"
    # The next sign-in sets it up again.
    sign_in(client)
    assert client.get(HOME).url.startswith(reverse("two_factor_setup"))


def test_with_two_factor_off_a_password_is_enough(client, staff_user, settings):
    settings.REQUIRE_2FA = False
    sign_in(client)
    assert client.get(HOME).status_code == 200


def test_the_server_command_resets_a_lost_device_when_no_administrator_can(client, staff_user):
    from django.core.management import CommandError, call_command

    sign_in(client)
    enrol(client)
    client.post(reverse("logout"))

    call_command("reset_two_factor", "staff")

    assert not TOTPDevice.objects.filter(user=staff_user).exists()
    assert not StaticDevice.objects.filter(user=staff_user).exists()
    event = AuditEvent.objects.get(action="two_factor_reset")
    assert event.user == staff_user and event.detail == {"account": "staff"}
    sign_in(client)
    assert client.get(HOME).url.startswith(reverse("two_factor_setup"))
    with pytest.raises(CommandError, match="No account is called 'nobody'"):
        call_command("reset_two_factor", "nobody")

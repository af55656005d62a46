"""Session and response safeguards for signed-in staff.

- :class:`IdleSessionMiddleware` signs staff out exactly ``SESSION_IDLE_SECONDS`` after
  their last request (``DJANGO_SESSION_IDLE_MINUTES``). Signing out flushes the session,
  and with it every intake's unsaved answers.
- :class:`PermissionsPolicyMiddleware` turns off the browser features no page uses.
- :class:`PrivateCacheMiddleware` keeps pages shown to a signed-in user out of shared and
  browser caches, so "Back" after signing out does not show a client's answers again.
"""

import time

from django.conf import settings
from django.contrib.auth import SESSION_KEY, logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils.cache import patch_cache_control

#: When the signed-in user last made a request (seconds since the epoch), in the session.
LAST_SEEN = "_casework_last_seen"

#: The last-seen time in the session (and the session row's expiry with it) is moved forward
#: at most this often, so a plain GET does not rewrite the session row on every request. The
#: exact time of the last request is in a signed cookie, set on every response, so the
#: sign-out is exact all the same; the row lives this much longer than the idle time
#: (``SESSION_COOKIE_AGE``), so it never expires first.
REFRESH_SECONDS = 60
#: The signed cookie: this session's key and the time of its last request.
SEEN_COOKIE = "casework_seen"
SEEN_SALT = "questionnaires.middleware.last-seen"


@receiver(user_logged_in, dispatch_uid="casework_session_last_seen")
def stamp_session_at_login(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        request.session[LAST_SEEN] = int(time.time())


class IdleSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = request.session
        signed_in = SESSION_KEY in session
        if signed_in:
            now = int(time.time())
            stored = session.get(LAST_SEEN)
            last_seen = max(stored or 0, self._seen_in_cookie(request)) or None
            if last_seen is not None and now - last_seen > settings.SESSION_IDLE_SECONDS:
                # Idle too long: sign out; LoginRequiredMiddleware then asks to sign in.
                logout(request)
                signed_in = False
            elif stored is None or now - stored >= REFRESH_SECONDS:
                # Marks the session modified: saved with a new expiry after the response.
                session[LAST_SEEN] = now
        response = self.get_response(request)
        if signed_in and SESSION_KEY in request.session and request.session.session_key:
            response.set_signed_cookie(
                SEEN_COOKIE,
                f"{request.session.session_key}:{int(time.time())}",
                salt=SEEN_SALT,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        elif SEEN_COOKIE in request.COOKIES:
            response.delete_cookie(SEEN_COOKIE, samesite="Lax")
        return response

    @staticmethod
    def _seen_in_cookie(request) -> int:
        """The last request's time from the signed cookie, if it belongs to this session."""
        value = request.get_signed_cookie(SEEN_COOKIE, default="", salt=SEEN_SALT)
        session_key, _, seen = value.rpartition(":")
        if session_key != request.session.session_key or not seen.isdigit():
            return 0
        return int(seen)


class PrivateCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and "Cache-Control" not in response:
            patch_cache_control(response, private=True, no_store=True)
        return response


#: No page uses a camera, microphone, location, payment or other device feature: a script
#: that somehow ran could not either.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response

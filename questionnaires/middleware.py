"""Session and response safeguards for signed-in staff.

- :class:`IdleSessionMiddleware` signs staff out after ``SESSION_COOKIE_AGE`` seconds
  without a request (``DJANGO_SESSION_IDLE_MINUTES``). Signing out flushes the session, and
  with it every intake's unsaved answers.
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

#: The last-seen time (and the session's expiry with it) is moved forward at most this often,
#: so a plain GET does not rewrite the session row on every request.
REFRESH_SECONDS = 60


@receiver(user_logged_in, dispatch_uid="casework_session_last_seen")
def stamp_session_at_login(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        request.session[LAST_SEEN] = int(time.time())


class IdleSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = request.session
        if SESSION_KEY in session:
            now = int(time.time())
            last_seen = session.get(LAST_SEEN)
            if last_seen is not None and now - last_seen > settings.SESSION_COOKIE_AGE:
                # Idle too long: sign out; LoginRequiredMiddleware then asks to sign in.
                logout(request)
            elif last_seen is None or now - last_seen >= REFRESH_SECONDS:
                # Marks the session modified: saved with a new expiry after the response.
                session[LAST_SEEN] = now
        return self.get_response(request)


class PrivateCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and "Cache-Control" not in response:
            patch_cache_control(response, private=True, no_store=True)
        return response

"""Several app servers share one deployment: with ``REDIS_URL`` set, per-user state lives
where every server sees it (sessions in the database, read through the shared Redis
cache), never in a worker's memory or on its disk. Checked in a fresh interpreter with
production settings, since settings are read once at start-up."""

import json

from tests.security.production import PRODUCTION_ENV

from .fresh_process import run_python

PROBE = """
import json
import django
django.setup()
from django.conf import settings
from django.core.cache import caches
cache = caches["default"]
print(json.dumps({
    "cache": type(cache).__module__ + "." + type(cache).__name__,
    "cache_client": type(getattr(cache, "_cache", None)).__name__,
    "location": settings.CACHES["default"].get("LOCATION", ""),
    "sessions": settings.SESSION_ENGINE,
    "messages": settings.MESSAGE_STORAGE,
    "debug": settings.DEBUG,
}))
"""


def production_settings(**env) -> dict:
    return json.loads(
        run_python(
            PROBE,
            DJANGO_SECRET_KEY="multi-server-settings-test-key-not-used-elsewhere-0123456789",
            DJANGO_ALLOWED_HOSTS="guide.example.org",
            # Production refuses to start without its encryption keys.
            DJANGO_FIELD_ENCRYPTION_KEYS=PRODUCTION_ENV["DJANGO_FIELD_ENCRYPTION_KEYS"],
            DJANGO_SEARCH_HASH_KEY=PRODUCTION_ENV["DJANGO_SEARCH_HASH_KEY"],
            **env,
        )
    )


def test_redis_url_shares_cache_and_sessions_between_servers():
    found = production_settings(REDIS_URL="redis://cache.example.org:6379/0")
    assert found["debug"] is False
    assert found["cache"] == "django.core.cache.backends.redis.RedisCache"
    # The backend's client needs the redis package (requirements.txt).
    assert found["cache_client"] == "RedisCacheClient"
    assert found["location"] == "redis://cache.example.org:6379/0"
    # Sessions (and the wizard's answers in them) are rows in the shared database; the
    # cache only speeds up reading them.
    assert found["sessions"] == "django.contrib.sessions.backends.cached_db"
    # Flash messages travel in a cookie or the session, never in a server's memory.
    assert found["messages"] == "django.contrib.messages.storage.fallback.FallbackStorage"


def test_without_redis_sessions_still_live_in_the_database():
    found = production_settings()
    assert found["sessions"] == "django.contrib.sessions.backends.db"

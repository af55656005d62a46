"""The settings as production loads them: ``config.settings.base`` with DEBUG off, read in
a fresh interpreter from an environment like a server's (the test settings module, which
relaxes HTTPS for the test client, is not involved)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from django.conf import settings

PRODUCTION_ENV = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": "production-like-test-key-" + "x" * 40,
    "DJANGO_ALLOWED_HOSTS": "guide.example.org",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://guide.example.org",
    # Made for these tests only (Fernet.generate_key()); protects nothing real.
    "DJANGO_FIELD_ENCRYPTION_KEYS": "nPeOP_HsOK3J8FT1Noj5vDG9eMeMbV7Tx0A8UQVS_lE=",
    "DJANGO_SEARCH_HASH_KEY": "production-like-test-search-key-" + "y" * 32,
}

_DUMP = """
import json, sys
from datetime import timedelta
import config.settings.base as s
names = json.loads(sys.argv[1])
def plain(value):
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, tuple):
        return list(value)
    return value
print(json.dumps({name: plain(getattr(s, name, None)) for name in names}, default=str))
"""


def environment(**extra: str) -> dict[str, str]:
    """The current environment without any DJANGO_* or app settings, plus production's."""
    keep = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "AXES_", "CASE_", "DRAFT_", "REDIS_"))
    }
    return {**keep, **PRODUCTION_ENV, **extra}


def production_settings(*names: str, **env: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", _DUMP, json.dumps(names)],
        cwd=settings.BASE_DIR,
        env=environment(**env),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environment(**env),
        capture_output=True,
        text=True,
    )

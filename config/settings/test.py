"""Settings for the test suite: the base settings with DEBUG off, as in production, but
fast password hashing, no HTTPS redirect (the test client speaks plain HTTP), and no
two-factor sign-in except in the tests that turn it on."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-suite-only-key-not-used-anywhere-else-0123456789")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "false")
# The development-only keys of base.py (public, fixed): never for production.
os.environ.setdefault(
    "DJANGO_FIELD_ENCRYPTION_KEYS", "ZGV2ZWxvcG1lbnQtb25seS1rZXktbm90LWZvci11c2U="
)
os.environ.setdefault(
    "DJANGO_SEARCH_HASH_KEY", "development-only-search-hash-key-not-for-production"
)
# Off for the suite at large; tests/security/test_two_factor.py turns it on.
os.environ.setdefault("DJANGO_REQUIRE_2FA", "false")
# The suite's requests all come from one address: tests/api sets a low limit where it tests it.
os.environ.setdefault("DJANGO_API_REQUESTS_PER_MINUTE", "100000")

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405

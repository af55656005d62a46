"""Casework Guide settings. Every value that differs between machines comes from the
environment, read here and nowhere else.

DJANGO_DEBUG                 "true" for local development only (default false)
DJANGO_SECRET_KEY            required when DEBUG is off
DJANGO_ALLOWED_HOSTS         comma-separated; required when DEBUG is off
DJANGO_CSRF_TRUSTED_ORIGINS  comma-separated origins, e.g. https://guide.example.org
DATABASE_URL                 default: SQLite in ./data/db.sqlite3
REDIS_URL                    optional shared cache (needed when running several servers)
DJANGO_SECURE_SSL_REDIRECT   default true when DEBUG is off
DJANGO_SECURE_PROXY_SSL_HEADER  "true" behind a proxy that sets X-Forwarded-Proto
DJANGO_HSTS_SECONDS          default 31536000 (one year) when DEBUG is off
DJANGO_HSTS_PRELOAD          default true
DJANGO_SESSION_IDLE_MINUTES  idle time before staff are logged out (default 30)
DJANGO_LOGIN_FAILURE_LIMIT   failed sign-ins before an account is locked (default 5)
DJANGO_LOGIN_LOCKOUT_MINUTES how long a lockout lasts unless an admin lifts it (default 30)
CASE_RETENTION_DAYS          completed records older than this are purged (default 2555)
DRAFT_RETENTION_DAYS         drafts untouched this long are purged (default 90)
DJANGO_PDF_TIME_LIMIT_SECONDS  a result's PDF is stopped after this long (default 20)
DJANGO_REQUIRE_REVIEW_BEFORE_RELEASE  documents only for records a supervisor approved
                             (default false)
DJANGO_API_REQUESTS_PER_MINUTE  API requests a minute per token (and per address without one;
                             default 60)
DJANGO_REQUIRE_2FA           two-factor sign-in for every account (default true; false with DEBUG)
DJANGO_CLIENT_IP_HEADER      the trusted proxy's client-address header (e.g. HTTP_X_FORWARDED_FOR)
DJANGO_TRUSTED_PROXY_COUNT   proxies that append to it (default 1)
DJANGO_FIELD_ENCRYPTION_KEYS Fernet keys for client data at rest, comma-separated, newest
                             first; required when DEBUG is off (see README, "Security")
DJANGO_SEARCH_HASH_KEY       key of the client reference's search hash; required when DEBUG
                             is off
DATABASE_CONNECT_TIMEOUT, DATABASE_READ_TIMEOUT  PostgreSQL, seconds (default 5, 15)
REDIS_CONNECT_TIMEOUT, REDIS_READ_TIMEOUT        seconds (default 2, 2)
"""

import secrets
from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
DATA_DIR = BASE_DIR / "data"

env = environ.Env()

DEBUG = env.bool("DJANGO_DEBUG", default=False)


def _development_secret_key() -> str:
    """A random key kept in the git-ignored data folder, so development sessions survive a
    restart without any key ever being written into the code."""
    DATA_DIR.mkdir(exist_ok=True)
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


if DEBUG:
    SECRET_KEY = env("DJANGO_SECRET_KEY", default=None) or _development_secret_key()
    ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
else:
    if not env("DJANGO_SECRET_KEY", default=""):
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. With DJANGO_DEBUG off the app needs a secret key: "
            "set DJANGO_SECRET_KEY to a long random value (for example the output of "
            "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`)."
        )
    SECRET_KEY = env("DJANGO_SECRET_KEY")
    if not env.list("DJANGO_ALLOWED_HOSTS", default=[]):
        raise ImproperlyConfigured(
            "DJANGO_ALLOWED_HOSTS is not set. With DJANGO_DEBUG off, list the host names the "
            "app answers to, comma-separated (for example guide.example.org)."
        )
    ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")

# Client data is encrypted at rest with these keys (questionnaires/encryption.py).
# DEVELOPMENT ONLY: the fixed keys below are public (they are in the code) and protect
# nothing; they let `make run` and the tests work without setup. Never use them in production.
DEVELOPMENT_FIELD_ENCRYPTION_KEY = "ZGV2ZWxvcG1lbnQtb25seS1rZXktbm90LWZvci11c2U="
DEVELOPMENT_SEARCH_HASH_KEY = "development-only-search-hash-key-not-for-production"
if DEBUG:
    FIELD_ENCRYPTION_KEYS = env.list(
        "DJANGO_FIELD_ENCRYPTION_KEYS", default=[DEVELOPMENT_FIELD_ENCRYPTION_KEY]
    )
    SEARCH_HASH_KEY = env("DJANGO_SEARCH_HASH_KEY", default=DEVELOPMENT_SEARCH_HASH_KEY)
else:
    if not env.list("DJANGO_FIELD_ENCRYPTION_KEYS", default=[]):
        raise ImproperlyConfigured(
            "DJANGO_FIELD_ENCRYPTION_KEYS is not set. With DJANGO_DEBUG off client data is "
            "encrypted with these keys (comma-separated, newest first). Make one with "
            "`python -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())'` and keep it safe: without it the "
            "encrypted data cannot be read (see README, Security)."
        )
    if not env("DJANGO_SEARCH_HASH_KEY", default=""):
        raise ImproperlyConfigured(
            "DJANGO_SEARCH_HASH_KEY is not set. With DJANGO_DEBUG off set it to a long random "
            "value (for example the output of "
            "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`)."
        )
    FIELD_ENCRYPTION_KEYS = env.list("DJANGO_FIELD_ENCRYPTION_KEYS")
    SEARCH_HASH_KEY = env("DJANGO_SEARCH_HASH_KEY")

CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "formtools",
    "axes",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "questionnaires",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "questionnaires.audit_signals.AuditRequestMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "questionnaires.two_factor.TwoFactorRequiredMiddleware",
    "questionnaires.middleware.IdleSessionMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "questionnaires.middleware.PermissionsPolicyMiddleware",
    "questionnaires.middleware.PrivateCacheMiddleware",
    # Last, as django-axes requires: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Databases -------------------------------------------------------------------------------
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{DATA_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATA_DIR.mkdir(exist_ok=True)
    # Several gunicorn workers share one file: WAL lets readers run beside a writer, and
    # IMMEDIATE transactions take the write lock up front, so a concurrent save waits for
    # the busy timeout instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        # An unreachable or hung server costs a request seconds, not a worker's whole
        # timeout: then the page says "briefly unavailable" (questionnaires/outage.py).
        DATABASES["default"].setdefault("OPTIONS", {})
        DATABASES["default"]["OPTIONS"].setdefault(
            "connect_timeout", env.int("DATABASE_CONNECT_TIMEOUT", default=5)
        )
        read_timeout_ms = env.int("DATABASE_READ_TIMEOUT", default=15) * 1000
        DATABASES["default"]["OPTIONS"].setdefault(
            "options", f"-c statement_timeout={read_timeout_ms}"
        )
        # Unacknowledged data on a dead connection fails the query after this long.
        DATABASES["default"]["OPTIONS"].setdefault("tcp_user_timeout", read_timeout_ms)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions -----------------------------------------------------------------------
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            # Seconds; an unreachable Redis fails the request fast, as a 503.
            "OPTIONS": {
                "socket_connect_timeout": env.float("REDIS_CONNECT_TIMEOUT", default=2),
                "socket_timeout": env.float("REDIS_READ_TIMEOUT", default=2),
            },
        }
    }
    # Sessions live in the database, read through the shared cache: any request may go to
    # any server. They hold no answers: an intake's answers live in its draft case record.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# An idle timeout: IdleSessionMiddleware signs staff out exactly this long after their last
# request. The session row, whose expiry moves forward at most once a minute while they
# are active, lives a minute longer so that it never ends a session early.
SESSION_IDLE_SECONDS = env.int("DJANGO_SESSION_IDLE_MINUTES", default=30) * 60
SESSION_COOKIE_AGE = SESSION_IDLE_SECONDS + 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Auth --------------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "questionnaires:home"
LOGOUT_REDIRECT_URL = "login"

# Two-factor sign-in (questionnaires/two_factor.py): on unless turned off, except on a
# developer's machine (DEBUG), where it is off unless turned on.
REQUIRE_2FA = env.bool("DJANGO_REQUIRE_2FA", default=not DEBUG)
OTP_TOTP_ISSUER = "Casework Guide"

# Failed sign-ins (django-axes): after DJANGO_LOGIN_FAILURE_LIMIT failures for one username
# the account is locked for DJANGO_LOGIN_LOCKOUT_MINUTES, whatever address the attempts come
# from; an administrator lifts it early by deleting the "access attempt" in Django admin.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("DJANGO_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("DJANGO_LOGIN_LOCKOUT_MINUTES", default=30))
# Locked per account and, separately, per client address (so one address cannot try many
# accounts): the address is the client's, read from the trusted proxy's header below.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False
# The client's address behind a proxy: the header the trusted proxy sets, as it appears in
# request.META (e.g. HTTP_X_FORWARDED_FOR), and how many proxies append to it. Empty: the
# connection's own address (no proxy).
CLIENT_IP_HEADER = env("DJANGO_CLIENT_IP_HEADER", default="")
TRUSTED_PROXY_COUNT = env.int("DJANGO_TRUSTED_PROXY_COUNT", default=1)
AXES_CLIENT_IP_CALLABLE = "questionnaires.client_address.client_address"

# Internationalisation ----------------------------------------------------------------------
LANGUAGE_CODE = "en"
TIME_ZONE = env("DJANGO_TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

# Static files ------------------------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Security ----------------------------------------------------------------------------------
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# The load balancer probes the app servers over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=True)
if env.bool("DJANGO_SECURE_PROXY_SSL_HEADER", default=False):
    # Only behind a proxy that always sets (and strips client-sent) X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Pages load only the app's own stylesheets, images and scripts: no inline script or style
# (tests/security checks the templates), no framing, forms post only to the app.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}

# Case records ------------------------------------------------------------------------------
CASE_RETENTION_DAYS = env.int("CASE_RETENTION_DAYS", default=2555)
DRAFT_RETENTION_DAYS = env.int("DRAFT_RETENTION_DAYS", default=90)
# Below gunicorn's 30 s worker timeout, so a slow PDF gets its own message, not a 500.
PDF_TIME_LIMIT = env.float("DJANGO_PDF_TIME_LIMIT_SECONDS", default=20)
# Documents for the client only from records a supervisor approved
# (CaseRecord.released_for_documents).
REQUIRE_REVIEW_BEFORE_RELEASE = env.bool("DJANGO_REQUIRE_REVIEW_BEFORE_RELEASE", default=False)

# The API (questionnaires/api): requests per token per clock minute, counted in the cache.
API_REQUESTS_PER_MINUTE = env.int("DJANGO_API_REQUESTS_PER_MINUTE", default=60)

# Logging: requests and errors only. Client data never goes into logs: no view or rule
# logs answers, references or results.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "filters": {
        "without_template_context": {"()": "questionnaires.log_filters.WithoutTemplateContext"}
    },
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO")},
    "loggers": {
        # WeasyPrint logs each PDF's progress, and warns about screen-only CSS it skips.
        "weasyprint": {"level": "ERROR"},
        # At DEBUG, Django's templates would log whole contexts (answers, results).
        "django.template": {"filters": ["without_template_context"]},
    },
}

"""Outages answered, not crashed: with Redis or the database unreachable, or the database
read-only, pages answer 503 with a plain "briefly unavailable, nothing was lost" page;
timeouts bound the wait; /healthz and /readyz answer the load balancer without sign-in."""

import time
from contextlib import contextmanager

import pytest
from django.db import OperationalError, connection
from django.test import Client
from django.urls import reverse

from questionnaires.middleware import LAST_SEEN
from tests.factories import make_record
from tests.security.production import production_settings

pytestmark = pytest.mark.django_db

#: A local port nothing listens on: connections are refused at once.
CLOSED_PORT_REDIS = "redis://127.0.0.1:9/0"
UNAVAILABLE = "Casework Guide is briefly unavailable"


@pytest.fixture
def signed_in(staff_user):
    """A signed-in client that gets the error pages a browser would, not the exception."""
    client = Client(raise_request_exception=False)
    client.force_login(staff_user)
    return client


def assert_unavailable(response):
    assert response.status_code == 503
    page = response.content.decode()
    assert UNAVAILABLE in page
    assert "Nothing was lost" in page
    assert response["Retry-After"] == "30"


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CLOSED_PORT_REDIS,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"


def test_with_redis_unreachable_signed_in_pages_answer_503(signed_in, redis_down):
    assert_unavailable(signed_in.get(reverse("questionnaires:home")))


def failing_queries(execute, sql, params, many, context):
    raise OperationalError("connection to server at 127.0.0.1, port 5432 failed")


def test_with_the_database_refusing_connections_pages_answer_503(signed_in):
    with connection.execute_wrapper(failing_queries):
        assert_unavailable(signed_in.get(reverse("questionnaires:home")))
        assert_unavailable(signed_in.get(reverse("login")))


@contextmanager
def read_only_database():
    """The test database refusing writes, as a read-only replica or a full disk does. Set
    on the driver's connection: Django refuses queries in a transaction that failed."""
    if connection.vendor != "sqlite":
        pytest.skip("read-only mode is set per connection here, on SQLite")
    connection.ensure_connection()
    connection.connection.execute("PRAGMA query_only = ON")
    try:
        yield
    finally:
        connection.connection.execute("PRAGMA query_only = OFF")


def test_with_the_database_read_only_saving_the_session_answers_503(signed_in):
    session = signed_in.session
    session[LAST_SEEN] = int(time.time()) - 120  # due to be refreshed on the next request
    session.save()
    with read_only_database():
        # The refreshed session cannot be written: Django calls that "the session was
        # deleted" (400), but it is the database refusing writes.
        assert_unavailable(signed_in.get(reverse("questionnaires:home")))


def test_with_the_database_read_only_viewing_a_record_answers_503(signed_in, staff_user):
    record = make_record(staff_user)  # viewing it writes an audit event
    with read_only_database():
        assert_unavailable(signed_in.get(record.get_absolute_url()))


def test_other_errors_are_still_a_500(signed_in, monkeypatch):
    from questionnaires import views

    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(views, "render", broken)
    response = signed_in.get(reverse("questionnaires:home"))
    assert response.status_code == 500
    assert UNAVAILABLE not in response.content.decode()


def test_healthz_answers_without_sign_in_or_database(client):
    with connection.execute_wrapper(failing_queries):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_readyz_answers_when_database_and_cache_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200


def test_readyz_answers_503_when_the_database_does_not(client):
    with connection.execute_wrapper(failing_queries):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.content == b"database: OperationalError\n"


def test_readyz_answers_503_when_redis_does_not(client, redis_down):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert b"cache: ConnectionError" in response.content


def test_probes_are_not_redirected_to_https():
    assert production_settings("SECURE_REDIRECT_EXEMPT")["SECURE_REDIRECT_EXEMPT"] == [
        "^healthz$",
        "^readyz$",
    ]


def test_production_gives_redis_and_postgresql_timeouts():
    loaded = production_settings(
        "CACHES",
        "DATABASES",
        REDIS_URL="redis://cache.example.org:6379/0",
        DATABASE_URL="postgres://app@db.example.org:5432/casework",
    )
    options = loaded["CACHES"]["default"]["OPTIONS"]
    assert options == {"socket_connect_timeout": 2, "socket_timeout": 2}
    database = loaded["DATABASES"]["default"]["OPTIONS"]
    assert database["connect_timeout"] == 5
    assert database["options"] == "-c statement_timeout=15000"
    assert database["tcp_user_timeout"] == 15000

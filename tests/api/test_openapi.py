"""The API against its published OpenAPI document, property-based (schemathesis): for
requests the document allows, and its examples, no server error, and every response's
status, content type and body as the document says. Bounded: a few dozen examples per
operation, derandomized (the same requests every run)."""

import pytest
import schemathesis
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from questionnaires.api import openapi
from tests.api.conftest import make_token
from tests.api.test_api import ANSWERS, REFERENCE

OPENAPI = "/api/v1/openapi.json"
EXAMPLES_PER_OPERATION = 30
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


#: Loaded from the app itself, as a client would; the app, middleware and all, is called as
#: a server calls it. (schemathesis.pytest.from_fixture, which loads it lazily, does not run
#: under pytest 9: it sets a test node's private ``_nodeid``.)
schema = schemathesis.openapi.from_wsgi(OPENAPI, WSGIHandler())
schema.config.generation.update(
    modes=["positive"], max_examples=EXAMPLES_PER_OPERATION, deterministic=True
)


@pytest.fixture
def one_database_connection(db):
    """Requests made on the test's database connection and transaction, as Django's test
    client makes them: the connection is not closed at the end of each request."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@pytest.fixture
def key(staff_user, client):
    """The staff member's token; one saved record, so the record list has one to show."""
    _, key = make_token(staff_user)
    response = client.post(
        "/api/v1/questionnaires/irs-records-request/screen/",
        {"answers": {"client_reference": REFERENCE, **ANSWERS}, "save": True},
        content_type="application/json",
        headers={"Authorization": f"Bearer {key}"},
    )
    assert response.status_code == 201
    return key


@schema.parametrize()
@settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_answers_as_its_openapi_document_says(case, key, one_database_connection):
    case.call_and_validate(headers={"Authorization": f"Bearer {key}"}, checks=CHECKS)


def test_the_published_document_is_the_one_in_the_code(client):
    response = client.get(OPENAPI)
    assert response.status_code == 200
    assert response.json() == openapi.document()
    assert set(response.json()["paths"]) == {
        OPENAPI,
        "/api/v1/questionnaires/",
        "/api/v1/questionnaires/{slug}/",
        "/api/v1/questionnaires/{slug}/screen/",
        "/api/v1/records/",
        "/api/v1/records/{id}/",
    }


def test_a_saved_screening_and_its_record_answer_as_the_document_says(
    staff_user, one_database_connection
):
    """The fuzzing above cannot guess a record's id or a full set of valid answers: these
    two are sent as a client would, and checked the same way."""
    _, key = make_token(staff_user)
    headers = {"Authorization": f"Bearer {key}"}
    saving = schema["/api/v1/questionnaires/{slug}/screen/"]["POST"].Case(
        path_parameters={"slug": "irs-records-request"},
        body={"answers": {"client_reference": REFERENCE, **ANSWERS}, "save": True},
        media_type="application/json",
    )
    saved = saving.call_and_validate(headers=headers, checks=CHECKS)
    assert saved.status_code == 201
    reading = schema["/api/v1/records/{id}/"]["GET"].Case(
        path_parameters={"id": saved.json()["record"]["id"]}
    )
    read = reading.call_and_validate(headers=headers, checks=CHECKS)
    assert read.status_code == 200 and read.json()["result"]["outcome"] == saved.json()["outcome"]

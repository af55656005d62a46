"""The API's OpenAPI 3.0 document, written by hand: six operations, so it stays short, and
``tests/api/test_openapi.py`` runs schemathesis against it, so it cannot drift from what
the views answer. The questionnaires' slugs and the records' statuses come from the code.

Objects may gain keys (as ``manage.py screen``'s JSON may): none says
``additionalProperties: false`` but the screening request.
"""

from __future__ import annotations

from questionnaires.framework import registry
from questionnaires.framework.determination import Status
from questionnaires.models import CaseRecord

JSON = "application/json"
#: The example screening: an IRS records request ready to send (tests/framework).
EXAMPLE_SCREENING = {
    "answers": {
        "client_reference": "CLINIC-2025-0042",
        "path": "prepare_request",
        "records_wanted": ["workpapers"],
        "records_owner": "client",
        "requester": "client",
        "records_description": "specific",
        "request_includes": ["signed", "identity", "fees"],
        "request_received": "2025-03-03",
    },
    "today": "2025-03-10",
}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _string(**extra) -> dict:
    return {"type": "string", **extra}


def _nullable(schema: dict) -> dict:
    return {**schema, "nullable": True}


def _list(items: dict) -> dict:
    return {"type": "array", "items": items}


def _object(properties: dict, *, optional: tuple[str, ...] = ()) -> dict:
    return {
        "type": "object",
        "required": [name for name in properties if name not in optional],
        "properties": properties,
    }


def _answer(description: str, name: str) -> dict:
    return {"description": description, "content": {JSON: {"schema": _ref(name)}}}


PROBLEMS = {
    "400": _answer("The request is not valid: each field with its reason.", "Problem"),
    "401": _answer("No token, or one that is unknown or revoked.", "Problem"),
    "404": _answer("Not found, or not this token's user's to see.", "Problem"),
    "413": _answer("More than 1,000,000 bytes of answers.", "Problem"),
    "429": _answer("Too many requests with this token this minute.", "Problem"),
}


def _problems(*codes: str) -> dict:
    return {code: PROBLEMS[code] for code in ("401", "429", *codes)}


def _schemas() -> dict:
    field = _object(
        {
            "name": _string(),
            "question": _string(),
            "type": _string(
                description=(
                    "text, whole number, money, date (YYYY-MM-DD), choice, list of choices, "
                    "or list of rows"
                )
            ),
            "required": {"type": "boolean"},
            "allowed_values": _list({}),
            "max_rows": {"type": "integer"},
            "row_fields": _list({"type": "object"}),
        },
        optional=("question", "required", "allowed_values", "max_rows", "row_fields"),
    )
    return {
        "Problem": _object(
            {
                "detail": _string(),
                "errors": _list(_object({"field": _string(), "reason": _string()})),
            },
            optional=("errors",),
        ),
        "QuestionnaireSummary": _object(
            {
                "slug": _string(),
                "title": _string(),
                "rules_version": _string(),
                "law_as_of": _string(format="date"),
                "schema_url": _string(),
                "screen_url": _string(),
            }
        ),
        "QuestionnaireSchema": _object(
            {
                "questionnaire": _string(),
                "title": _string(),
                "rules_version": _string(),
                "law_as_of": _string(format="date"),
                "steps": _list(
                    _object(
                        {
                            "step": _string(),
                            "title": _string(),
                            "applies": _string(),
                            "fields": _list(field),
                            "asks": _string(),
                        },
                        optional=("asks",),
                    )
                ),
            }
        ),
        "ScreenRequest": {
            **_object(
                {
                    "answers": {
                        "type": "object",
                        "description": (
                            "Field names and answers, as `manage.py screen --answers` reads "
                            "them: see the questionnaire's schema."
                        ),
                    },
                    "today": _string(
                        format="date", description="Screen as of this date (default today)."
                    ),
                    "save": {
                        "type": "boolean",
                        "default": False,
                        "description": "Save as a completed case record of the token's user.",
                    },
                },
                optional=("today", "save"),
            ),
            "additionalProperties": False,
            "example": EXAMPLE_SCREENING,
        },
        "Result": _object(
            {
                "questionnaire": _string(),
                "rules_version": _string(),
                "law_as_of": _string(format="date"),
                "outcome": _string(),
                "headline": _string(),
                "findings": _list(
                    _object(
                        {
                            "code": _string(),
                            "status": _string(enum=[str(status) for status in Status]),
                            "title": _string(),
                            "explanation": _string(),
                            "relied_on": _list(_string()),
                            "citations": _list(_string()),
                        }
                    )
                ),
                "next_steps": _list(_string()),
                "caveats": _list(_string()),
                "data": {"type": "object"},
                "what_would_change": _list(
                    _object(
                        {
                            "question": _string(),
                            "now": {},
                            "then": {},
                            "outcome": _string(),
                            "changes": {"type": "object"},
                            "explanation": _string(),
                        }
                    )
                ),
                "thresholds": _list(
                    _object({"explanation": _string(), "test": _string()}, optional=("test",))
                ),
            }
        ),
        "SavedResult": {
            "allOf": [
                _ref("Result"),
                _object({"record": _object({"id": _string(format="uuid"), "url": _string()})}),
            ]
        },
        "RecordSummary": _object(
            {
                "id": _string(format="uuid"),
                "url": _string(),
                "questionnaire": _string(),
                "status": _string(enum=list(CaseRecord.Status.values)),
                "client_reference": _string(),
                "outcome": _nullable(_string()),
                "created_by": _string(),
                "created_at": _string(format="date-time"),
                "updated_at": _string(format="date-time"),
                "completed_at": _nullable(_string(format="date-time")),
            }
        ),
        "Record": {
            "allOf": [
                _ref("RecordSummary"),
                _object(
                    {
                        "rules_version": _nullable(_string()),
                        "law_as_of": _nullable(_string(format="date")),
                        "amends": _nullable(_string(format="uuid")),
                        "answers": {"type": "object"},
                        "answers_in_words": _list(
                            _object(
                                {
                                    "step": _string(),
                                    "field": _string(),
                                    "question": _string(),
                                    "answer": _string(),
                                }
                            )
                        ),
                        "result": {"allOf": [_ref("Result")], "nullable": True},
                    }
                ),
            ]
        },
        "RecordPage": _object(
            {
                "count": {"type": "integer", "minimum": 0},
                "page": {"type": "integer", "minimum": 1},
                "pages": {"type": "integer", "minimum": 1},
                "records": _list(_ref("RecordSummary")),
            }
        ),
    }


def document() -> dict:
    slug = {
        "name": "slug",
        "in": "path",
        "required": True,
        "schema": _string(enum=[q.slug for q in registry.all_questionnaires()]),
    }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Casework Guide API",
            "version": "1",
            "description": (
                "Screen a client's answers and read case records from a case-management "
                "system. Every request but this document's needs an API token (created in "
                "Django admin), sent as `Authorization: Bearer <token>`. A screening aid, "
                "not legal advice."
            ),
        },
        "security": [{"token": []}],
        "paths": {
            "/api/v1/openapi.json": {
                "get": {
                    "operationId": "openapi",
                    "summary": "This document",
                    "security": [],
                    "responses": {"200": {"description": "The OpenAPI document."}},
                }
            },
            "/api/v1/questionnaires/": {
                "get": {
                    "operationId": "listQuestionnaires",
                    "summary": "The questionnaires",
                    "responses": {
                        "200": _answer(
                            "Each questionnaire, with the addresses of its schema and screening.",
                            "QuestionnaireList",
                        ),
                        **_problems(),
                    },
                }
            },
            "/api/v1/questionnaires/{slug}/": {
                "get": {
                    "operationId": "questionnaireSchema",
                    "summary": "A questionnaire's questions (as `manage.py screen --schema`)",
                    "parameters": [slug],
                    "responses": {
                        "200": _answer(
                            "Every step, when it applies, and each field's name, type and "
                            "allowed values.",
                            "QuestionnaireSchema",
                        ),
                        **_problems("404"),
                    },
                }
            },
            "/api/v1/questionnaires/{slug}/screen/": {
                "post": {
                    "operationId": "screen",
                    "summary": "Screen a set of answers (as `manage.py screen`), and save it",
                    "parameters": [slug],
                    "requestBody": {
                        "required": True,
                        "content": {JSON: {"schema": _ref("ScreenRequest")}},
                    },
                    "responses": {
                        "200": _answer("The result, not saved.", "Result"),
                        "201": _answer(
                            "The result, saved as a completed case record.", "SavedResult"
                        ),
                        **_problems("400", "404", "413"),
                    },
                }
            },
            "/api/v1/records/": {
                "get": {
                    "operationId": "listRecords",
                    "summary": "The case records the token's user may see, newest first",
                    "parameters": [
                        {
                            "name": "questionnaire",
                            "in": "query",
                            "schema": slug["schema"],
                        },
                        {
                            "name": "status",
                            "in": "query",
                            "schema": _string(enum=list(CaseRecord.Status.values)),
                        },
                        {
                            "name": "page",
                            "in": "query",
                            "schema": {"type": "integer", "minimum": 1, "maximum": 1_000_000},
                        },
                    ],
                    "responses": {
                        "200": _answer("A page of 25 records.", "RecordPage"),
                        **_problems("400", "404"),
                    },
                }
            },
            "/api/v1/records/{id}/": {
                "get": {
                    "operationId": "getRecord",
                    "summary": "One case record, with its answers and saved result",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": _string(format="uuid"),
                        }
                    ],
                    "responses": {
                        "200": _answer("The record.", "Record"),
                        **_problems("404"),
                    },
                }
            },
        },
        "components": {
            "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                **_schemas(),
                "QuestionnaireList": _object(
                    {"questionnaires": _list(_ref("QuestionnaireSummary"))}
                ),
            },
        },
    }

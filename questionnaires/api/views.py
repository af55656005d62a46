"""The API's views: JSON in and out, a token on every request but the OpenAPI document.

A request is authenticated by its ``Authorization: Bearer`` token and by nothing else: a
session cookie is never read here (so a page in a browser cannot make a signed-in user's
browser call the API: no CSRF), and a token opens no HTML page. Every request is audited,
refused ones too, with the token's first characters and never a client's data.
"""

from __future__ import annotations

import datetime
import json
import re
import time
import uuid
from functools import wraps

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.core.cache import cache
from django.core.paginator import EmptyPage, Paginator
from django.db import transaction
from django.http import JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_exempt

from questionnaires.audit import AuditEvent, record_event
from questionnaires.client_address import client_address
from questionnaires.framework import registry
from questionnaires.framework.determination import Determination
from questionnaires.framework.screening import AnswersRejected, result_document, screen
from questionnaires.framework.wizard import completed_record_fields
from questionnaires.management.commands.screen import MAX_ANSWERS_FILE_BYTES, schema_of
from questionnaires.models import CaseRecord

from . import openapi
from .tokens import ApiToken, token_for

RECORDS_PER_PAGE = 25
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: The dates a screening may be run as of (the rules add and subtract years and days).
EARLIEST_DAY = datetime.date(1900, 1, 1)
LATEST_DAY = datetime.date(2999, 12, 31)
SCREEN_FIELDS = {"answers", "today", "save"}


def problem(status: int, detail: str, errors: list[dict] | None = None) -> JsonResponse:
    body: dict = {"detail": detail}
    if errors is not None:
        body["errors"] = errors
    return JsonResponse(body, status=status)


def _error(field: str, reason: str) -> dict:
    return {"field": field, "reason": reason}


def sessionless(view):
    """A view that never reads the session: exempt from CSRF (no cookie can act here) and
    from signing in; TwoFactorRequiredMiddleware leaves it alone too."""
    view.sessionless = True
    return csrf_exempt(login_not_required(view))


def no_store(view):
    """Never cached: an API answer may hold a client's data."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        return response

    return wrapper


def token_required(*methods: str):
    """The view answers ``methods`` to a request with a usable token, within the rate limit;
    it is called with the token. Never the session: exempt from CSRF and from sign-in."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method not in methods:
                response = problem(405, f"This address answers {' and '.join(methods)} only")
                response["Allow"] = ", ".join(methods)
                return response
            token = token_for(request)
            address = client_address(request)
            # Counted per token, and refusals per address: guessing is as slow as using.
            wait = seconds_over_rate_limit(token.key_hash if token else f"refused:{address}")
            if wait:
                response = problem(
                    429,
                    f"More than {settings.API_REQUESTS_PER_MINUTE} requests in a minute: "
                    f"try again in {wait} seconds",
                )
                response["Retry-After"] = str(wait)
                return response
            if token is None:
                record_event(None, AuditEvent.Action.API_REFUSED, via="api", address=address)
                response = problem(
                    401, "Send a valid API token, as the header Authorization: Bearer <token>"
                )
                response["WWW-Authenticate"] = 'Bearer realm="casework-guide"'
                return response
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
            return view(request, token, *args, **kwargs)

        return sessionless(no_store(wrapper))

    return decorator


def seconds_over_rate_limit(counter: str) -> int:
    """0 within ``API_REQUESTS_PER_MINUTE`` requests on ``counter`` in this clock minute,
    else the seconds to the next minute. Counted in the cache, so shared by every app server
    with Redis."""
    now = time.time()
    key = f"api-requests:{counter}:{int(now // 60)}"
    cache.add(key, 0, timeout=120)
    try:
        count = cache.incr(key)
    except ValueError:  # The count expired between add() and incr().
        cache.set(key, 1, timeout=120)
        count = 1
    if count <= settings.API_REQUESTS_PER_MINUTE:
        return 0
    return 60 - int(now % 60)


def audit(request, token: ApiToken, action: str, record=None, **detail) -> None:
    record_event(
        token.user,
        action,
        record,
        via="api",
        token=token.shown,
        address=client_address(request),
        **detail,
    )


@sessionless
@no_store
def openapi_document(request):
    if request.method != "GET":
        response = problem(405, "This address answers GET only")
        response["Allow"] = "GET"
        return response
    return JsonResponse(openapi.document())


@sessionless
def not_found(request, rest=""):
    return problem(404, "No such API address: see /api/v1/openapi.json")


# Questionnaires -----------------------------------------------------------------------------


def _summary_of_questionnaire(questionnaire: registry.Questionnaire) -> dict:
    return {
        "slug": questionnaire.slug,
        "title": questionnaire.title,
        "rules_version": questionnaire.rules_version,
        "law_as_of": questionnaire.law_as_of.isoformat(),
        "schema_url": reverse("api:questionnaire", args=[questionnaire.slug]),
        "screen_url": reverse("api:screen", args=[questionnaire.slug]),
    }


@token_required("GET")
def questionnaire_list(request, token):
    audit(request, token, AuditEvent.Action.API_QUESTIONNAIRES_READ)
    return JsonResponse(
        {"questionnaires": [_summary_of_questionnaire(q) for q in registry.all_questionnaires()]}
    )


def _questionnaire(slug: str) -> registry.Questionnaire | None:
    try:
        return registry.get(slug)
    except KeyError:
        return None


@token_required("GET")
def questionnaire_schema(request, token, slug):
    questionnaire = _questionnaire(slug)
    if questionnaire is None:
        return problem(404, "No such questionnaire: see /api/v1/questionnaires/")
    audit(request, token, AuditEvent.Action.API_QUESTIONNAIRES_READ, questionnaire=slug)
    return JsonResponse(schema_of(questionnaire))


# Screening ----------------------------------------------------------------------------------


def _read_screen_request(request) -> tuple[dict, list[dict]]:
    """The request's JSON body, checked: ``answers`` (an object, as ``manage.py screen``
    reads from its file), ``today`` (a date) and ``save`` (true or false), with every
    problem found."""
    try:
        body = json.loads(request.body.decode("utf-8"))
    except UnicodeDecodeError:
        return {}, [_error("body", "must be JSON in UTF-8")]
    except json.JSONDecodeError as error:
        return {}, [_error("body", f"is not valid JSON: {error}")]
    except (ValueError, RecursionError):
        # Valid JSON that Python refuses: a number thousands of digits long, or lists or
        # objects nested thousands deep.
        return {}, [_error("body", "holds a number too long, or lists nested too deeply")]
    if not isinstance(body, dict):
        return {}, [_error("body", 'must be a JSON object, with the answers under "answers"')]
    errors = [
        _error(str(name), "is not a field of this request (answers, today, save)")
        for name in body
        if name not in SCREEN_FIELDS
    ]
    answers = body.get("answers")
    if not isinstance(answers, dict):
        errors.append(
            _error("answers", "must be an object of field names and answers (see the schema)")
        )
    else:
        try:
            json.dumps(answers, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            errors.append(_error("answers", "hold text that is not valid Unicode"))
    save = body.get("save", False)
    if not isinstance(save, bool):
        errors.append(_error("save", "must be true or false"))
    today = body.get("today")
    if today is not None:
        today = _day(today)
        if today is None:
            errors.append(
                _error("today", f"must be a date from {EARLIEST_DAY} to {LATEST_DAY}, YYYY-MM-DD")
            )
        elif save is True and today != timezone.localdate():
            errors.append(_error("today", "a saved screening is as of today: leave it out"))
    return {"answers": answers, "today": today, "save": save}, errors


def _day(value) -> datetime.date | None:
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        return None
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        return None
    return day if EARLIEST_DAY <= day <= LATEST_DAY else None


@token_required("POST")
def screen_answers(request, token, slug):
    """Screen answers with ``manage.py screen``'s code and contract; with ``save``, keep
    the screening as a completed case record of the token's user."""
    questionnaire = _questionnaire(slug)
    if questionnaire is None:
        return problem(404, "No such questionnaire: see /api/v1/questionnaires/")
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > MAX_ANSWERS_FILE_BYTES:
        audit(request, token, AuditEvent.Action.SCREENED, questionnaire=slug, refused="too large")
        return problem(413, f"Send at most {MAX_ANSWERS_FILE_BYTES:,} bytes of answers")
    given, errors = _read_screen_request(request)
    if not errors:
        try:
            # A record kept holds only answers someone gave: no "not known" is assumed.
            screening = screen(
                questionnaire,
                given["answers"],
                given["today"] or timezone.localdate(),
                assume_added=not given["save"],
            )
        except AnswersRejected as rejected:
            errors = [_error(e.field, e.reason) for e in rejected.errors]
    if errors:
        audit(request, token, AuditEvent.Action.SCREENED, questionnaire=slug, refused=len(errors))
        return problem(400, "The request is not valid: see each field's reason", errors)
    document = screening.document()
    if not given["save"]:
        audit(request, token, AuditEvent.Action.SCREENED, questionnaire=slug)
        return JsonResponse(document)
    with transaction.atomic():
        record = CaseRecord.objects.create(
            questionnaire=questionnaire.slug,
            created_by=token.user,
            version=1,
            **completed_record_fields(
                questionnaire,
                screening.state,
                screening.determination,
                what_would_change=screening.what_would_change,
            ),
        )
        audit(request, token, AuditEvent.Action.CREATED, record)
        audit(request, token, AuditEvent.Action.COMPLETED, record)
    url = reverse("api:record", args=[record.pk])
    response = JsonResponse({**document, "record": {"id": str(record.pk), "url": url}}, status=201)
    response["Location"] = url
    return response


# Case records -------------------------------------------------------------------------------


def _summary_of_record(record: CaseRecord) -> dict:
    return {
        "id": str(record.pk),
        "url": reverse("api:record", args=[record.pk]),
        "questionnaire": record.questionnaire,
        "status": record.status,
        "client_reference": record.client_reference,
        "outcome": record.outcome or None,
        "created_by": record.created_by.get_username(),
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "completed_at": record.completed_at,
    }


def _stored_result(record: CaseRecord) -> dict | None:
    """A completed record's result in ``manage.py screen``'s form, as it was saved: under
    the rules and the law of its screening."""
    questionnaire = _questionnaire(record.questionnaire)
    if not record.determination or questionnaire is None:
        return None
    document = result_document(questionnaire, Determination.from_dict(record.determination))
    document["rules_version"] = record.rules_version
    document["law_as_of"] = record.law_as_of.isoformat() if record.law_as_of else None
    # What would change it, as worked out when it was saved (none for older records).
    explained = record.determination.get("what_would_change") or {}
    document["what_would_change"] = explained.get("changes", [])
    document["thresholds"] = explained.get("thresholds", [])
    return document


@token_required("GET")
def record_list(request, token):
    records = CaseRecord.objects.visible_to(token.user).select_related("created_by")
    filters, errors = {}, []
    for name, allowed in (
        ("questionnaire", [q.slug for q in registry.all_questionnaires()]),
        ("status", CaseRecord.Status.values),
    ):
        value = request.GET.get(name)
        if value is None:
            continue
        if value not in allowed:
            errors.append(_error(name, f"must be one of: {', '.join(allowed)}"))
        filters[name] = value
    page_number = request.GET.get("page", "1")
    if not page_number.isdigit() or not 1 <= int(page_number) <= 1_000_000:
        errors.append(_error("page", "must be a whole number from 1"))
    if errors:
        return problem(400, "The request is not valid: see each field's reason", errors)
    paginator = Paginator(records.filter(**filters), RECORDS_PER_PAGE)
    try:
        page = paginator.page(int(page_number))
    except EmptyPage:
        return problem(404, f"There are {paginator.num_pages} pages of records")
    audit(request, token, AuditEvent.Action.LISTED, filters={**filters, "page": page.number})
    return JsonResponse(
        {
            "count": paginator.count,
            "page": page.number,
            "pages": paginator.num_pages,
            "records": [_summary_of_record(record) for record in page],
        }
    )


@token_required("GET")
def record_detail(request, token, pk):
    try:
        record_id = uuid.UUID(pk)
    except ValueError:
        record_id = None
    record = (
        CaseRecord.objects.visible_to(token.user)
        .select_related("created_by")
        .filter(pk=record_id)
        .first()
        if record_id
        else None
    )
    if record is None:
        return problem(404, "No such case record, or not one this token's user may see")
    audit(request, token, AuditEvent.Action.VIEWED, record)
    return JsonResponse(
        {
            **_summary_of_record(record),
            "rules_version": record.rules_version or None,
            "law_as_of": record.law_as_of.isoformat() if record.law_as_of else None,
            "amends": str(record.amends_id) if record.amends_id else None,
            "answers": record.answers,
            "answers_in_words": record.answers_in_words,
            "result": _stored_result(record),
        }
    )

"""Outages answered, not crashed: when the database or Redis cannot be reached, or the
database refuses writes (a read-only replica, a full disk), every page answers 503 with a
plain page saying the service is briefly unavailable and nothing was lost; and the load
balancer's probes, ``/healthz`` (the process is up) and ``/readyz`` (the database and the
cache answer).

Django turns an exception raised anywhere in the middleware or a view into the response of
``handler500`` (``handler400`` for a session it could not save), so those two handlers are
where an outage is recognised, by the exception that caused it.
"""

from __future__ import annotations

import logging
import sys

from django.core.cache import cache
from django.db import InterfaceError, InternalError, OperationalError, connection
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

#: What the database driver or Redis raise when they cannot be reached or refuse a write
#: (PostgreSQL's read-only transaction is an InternalError; SQLite's is an
#: OperationalError). Not django.db.DatabaseError itself: Django raises that for a
#: session row someone else deleted, which is no outage.
OUTAGE_ERRORS = (OperationalError, InterfaceError, InternalError, RedisError)

#: Seconds a client is asked to wait before trying again.
RETRY_AFTER = 30


def outage_cause(error: BaseException | None) -> BaseException | None:
    """The outage behind ``error`` (itself, or an exception it was raised from), if any."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, OUTAGE_ERRORS):
            return error
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return None


def service_unavailable() -> HttpResponse:
    """The 503 page. Rendered without the request: its context processors would read the
    session and the user, from the store that is down."""
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, template_name="500.html"):
    """``handler500``: a 503 for an outage, Django's own 500 page for anything else."""
    cause = outage_cause(sys.exc_info()[1])
    if cause is not None:
        # The kind of failure only: a message could quote a query's parameters.
        logger.error("Service unavailable: %s", type(cause).__name__)
        return service_unavailable()
    return defaults.server_error(request, template_name)


def bad_request(request, exception, template_name="400.html"):
    """``handler400``: a 503 when the session could not be saved because the database
    refused the write (Django reports that as "the session was deleted")."""
    cause = outage_cause(exception)
    if cause is not None:
        logger.error("Service unavailable: %s", type(cause).__name__)
        return service_unavailable()
    return defaults.bad_request(request, exception, template_name)


@require_GET
@never_cache
def healthz(request):
    """The process is up and answering. Touches neither the database nor the cache."""
    return HttpResponse("ok\n", content_type="text/plain")


@require_GET
@never_cache
def readyz(request):
    """The database and the cache answer: this server can serve staff."""
    problems = []
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except OUTAGE_ERRORS as error:
        problems.append(f"database: {type(error).__name__}")
    try:
        cache.set("readyz", "ok", 5)
        if cache.get("readyz") != "ok":
            problems.append("cache: value not kept")
    except OUTAGE_ERRORS as error:
        problems.append(f"cache: {type(error).__name__}")
    if problems:
        return HttpResponse("\n".join(problems) + "\n", content_type="text/plain", status=503)
    return HttpResponse("ok\n", content_type="text/plain")

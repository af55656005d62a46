"""A completed result as a PDF, rendered by WeasyPrint from the result page's context
(``templates/questionnaires/result_pdf.html``): a one-page summary, then the full findings
as an appendix.

WeasyPrint fetches the stylesheets the template links to. It reads them from disk here,
through the static files storage or the finders, never over HTTP: the server does not
call itself, nothing leaves the machine, and a missing stylesheet stops the rendering
instead of giving an unstyled PDF.

The work is bounded (:func:`result_pdf`): WeasyPrint runs in a forked child process that is
killed after ``PDF_TIME_LIMIT_SECONDS``, and each user has at most one rendering under
way (:class:`PdfRendering`, a row per user, so the limit holds across workers and
servers). No request can keep a worker longer than the limit, and no user can take more
than one worker at a time.
"""

from __future__ import annotations

import functools
import gc
import multiprocessing
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db import IntegrityError, transaction
from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.templatetags.static import static
from django.utils import timezone
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from questionnaires.framework import registry
from questionnaires.framework.determination import Status

TEMPLATE = "questionnaires/result_pdf.html"
CONTENT_TYPES = {".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml"}

#: One font configuration for every rendering in a process, instead of a new one (a new
#: pango font map) per PDF. Safe to share: the PDF stylesheet declares no ``@font-face``.
FONT_CONFIG = FontConfiguration()


def static_file_path(url: str) -> Path | None:
    """The file on disk behind a static file URL (absolute or not), or None."""
    static_path = urlsplit(settings.STATIC_URL).path
    static_path = "/" + static_path.lstrip("/")
    path = unquote(urlsplit(url).path)
    if not path.startswith(static_path):
        return None
    name = path.removeprefix(static_path)
    if not name or ".." in Path(name).parts:
        return None
    # Collected files first (with hashed names in production), then the app's own.
    try:
        if staticfiles_storage.exists(name):
            return Path(staticfiles_storage.path(name))
    except NotImplementedError:  # pragma: no cover - a remote storage has no path
        pass
    found = finders.find(name)
    return Path(found) if found else None


class StaticFilesFetcher(URLFetcher):
    """Serves static files from disk and refuses every other URL."""

    def __init__(self):
        super().__init__(allowed_protocols=(), fail_on_errors=True)

    def fetch(self, url, headers=None):
        path = static_file_path(url)
        if path is None:
            raise ValueError(f"Not a static file; PDFs fetch nothing else: {url}")
        content_type = CONTENT_TYPES.get(path.suffix, "application/octet-stream")
        return URLFetcherResponse(
            path.as_uri(), path.read_bytes(), headers={"Content-Type": content_type}
        )


class RenderingTimedOut(Exception):
    """The PDF took longer than ``PDF_TIME_LIMIT_SECONDS``; its rendering was stopped."""


class RenderingInProgress(Exception):
    """The user already has a PDF being made."""


#: How many of the answers that would change the result the summary names, in brief (after
#: any thresholds); the appendix gives every change in full.
SUMMARY_CHANGES = 3


def result_html(context: dict, request) -> str:
    """The HTML of a result page's context (see ``views.result_context``) for the PDF."""
    return render_to_string(TEMPLATE, pdf_context(context), request=request)


def pdf_context(context: dict) -> dict:
    """A result page's context with what the PDF adds: the questionnaire's part of the
    summary (``<slug>/result_summary.html``, if it has one; otherwise each finding's
    status), the dates the result sets (the questionnaire's deadlines, as the calendar
    shows them), the first changes in brief for the summary and every change for the
    appendix, and the answers no finding shows."""
    record = context["record"]
    try:
        questionnaire = registry.get(record.questionnaire)
    except KeyError:  # no longer offered: no dates, and each finding's status
        questionnaire = None
    changes = [*context["changes_first"], *context["changes_more"]]
    return {
        **context,
        "summary_template": summary_template(record.questionnaire),
        "key_dates": questionnaire.deadlines(record.determination) if questionnaire else [],
        "summary_changes": [
            {**change, "brief": brief(change)} for change in changes[:SUMMARY_CHANGES]
        ],
        "changes": changes,
        "not_applicable": sum(
            item.finding.status == Status.NOT_APPLICABLE for item in context["findings"]
        ),
        "other_answers": answers_not_shown(record.answers_in_words, context["findings"]),
    }


def answers_not_shown(answers_in_words: list[dict], findings) -> list[dict]:
    """The answers given that no finding rests on (a narrative, the client reference, an
    answer the rules do not read). The appendix shows each finding's answers under it, so
    it lists only these, not every answer a second time."""
    shown = {_answer_key(answer) for item in findings for answer in item.based_on}
    return [answer for answer in answers_in_words if _answer_key(answer) not in shown]


def _answer_key(answer: dict) -> tuple:
    return (answer.get("field"), answer.get("question"), answer.get("answer"))


def brief(change: dict) -> str:
    """A change in one short sentence: the answer that would change and what the result
    would then be, without the statuses that would move (the appendix names them)."""
    label = change.get("outcome_label")
    condition, found, _ = change.get("explanation", "").partition(", the result would be “")
    if not found or not label:  # a change stored in another form: as it is
        return change.get("explanation", "")
    if change.get("outcome_changes", True):
        return f"{condition}, the result would be “{label}”."
    moved = len(change.get("changes") or ())
    return (
        f"{condition}, the result would stay “{label}”, "
        f"but {moved} status{'es' if moved != 1 else ''} would change."
    )


@functools.cache
def summary_template(slug: str) -> str | None:
    """A questionnaire's own part of the PDF's summary, if it has one."""
    name = f"questionnaires/{slug}/result_summary.html"
    try:
        get_template(name)
    except TemplateDoesNotExist:
        return None
    return name


def write_pdf(html: str, base_url: str) -> bytes:
    """The PDF of ``html``, in this process: tagged, with the title and language of the HTML
    document."""
    document = HTML(string=html, base_url=base_url, url_fetcher=StaticFilesFetcher())
    return document.write_pdf(pdf_tags=True, font_config=FONT_CONFIG)


def result_pdf(context: dict, request) -> bytes:
    """The PDF of a result page's context, made within the time limit, one per user at a
    time. Raises :class:`RenderingInProgress` or :class:`RenderingTimedOut`."""
    html = result_html(context, request)
    with one_rendering_per_user(request.user):
        return write_pdf_within(html, request.build_absolute_uri("/"), settings.PDF_TIME_LIMIT)


#: A page with each kind of text the PDF stylesheet sets (both faces, every size, lists, a
#: table, the running header and the footer, the summary and the appendix), for
#: :func:`warm_up`.
WARM_UP_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Warm-up</title><link rel="stylesheet" href="{stylesheet}"></head><body><main>
<section class="summary"><p class="caption">Warm-up</p><h1>Warm-up</h1>
<div class="panel"><h2 class="panel__title">Warm-up</h2><p class="panel__body">Text.</p></div>
<dl class="meta-list"><div><dt>Text</dt><dd class="client-reference">Text</dd></div></dl>
<p class="warning-text"><strong>Text.</strong> Text.</p>
<table class="table glance"><thead><tr><th scope="col">Text</th></tr></thead><tbody><tr>
<th scope="row">Text</th><td><strong class="tag">Met</strong></td></tr></tbody></table>
<ol><li>Text</li></ol><p class="small">Text.</p></section>
<section class="appendix"><h2>Warm-up</h2>
<table class="table"><caption class="table__caption">Text</caption><thead><tr>
<th scope="col">Text</th></tr></thead><tbody><tr><td>Text</td></tr></tbody></table>
<ul class="changes"><li><strong class="tag">Text</strong> Text
<span class="changes__sources">Sources: [1]</span></li></ul>
<section class="finding"><h3 class="finding__title">Text <strong class="tag">Met</strong></h3>
<p>Text.</p><p class="based-on"><strong>Text:</strong> Text: <strong>Yes</strong>.</p>
<p class="finding__sources">Sources: [1]</p></section>
<dl class="summary-list"><div class="summary-list__row"><dt class="summary-list__key">Text</dt>
<dd class="summary-list__value">Text<br>Text</dd></div></dl>
<ol class="sources"><li>Text <span class="source-link">https://example.org/</span></li></ol>
<p class="small">Text.</p></section></main></body></html>"""


@functools.cache
def warm_up() -> None:
    """Render :data:`WARM_UP_HTML` once in this process, before its first child is forked.

    A process's first PDF loads what every later one reuses (the fonts from fontconfig and
    their shapes, WeasyPrint's lazily imported modules): about 50 ms of CPU. Loaded in the
    parent, each forked child inherits it instead of loading it again and throwing it away.
    """
    write_pdf(WARM_UP_HTML.format(stylesheet=static("css/pdf.css")), "http://localhost/")


def write_pdf_within(html: str, base_url: str, seconds: float) -> bytes:
    """:func:`write_pdf` in a forked child process, killed after ``seconds``.

    A child, not a thread or an alarm: WeasyPrint spends its time in Python and in pango's C
    code, and only killing the process stops both for certain. Fork copies the loaded
    WeasyPrint, warmed up by :func:`warm_up`, so the child starts at once; it touches no
    database connection.
    """
    warm_up()
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_write_pdf_to, args=(sender, html, base_url), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise RenderingTimedOut(f"The PDF took longer than {seconds} s")
        succeeded, payload = receiver.recv()
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    if not succeeded:
        raise RuntimeError(f"The PDF could not be made: {payload}")
    return payload


def _write_pdf_to(connection, html: str, base_url: str) -> None:
    # The child lives for this one rendering, so Python's cyclic garbage collector only costs
    # it time: WeasyPrint makes boxes by the hundred thousand, and each collection would walk
    # them and the whole heap copied from the parent, copying the parent's memory page by
    # page as it marks it. Frozen and off, the child's memory is freed when it exits.
    gc.freeze()
    gc.disable()
    try:
        result = (True, write_pdf(html, base_url))
    except Exception as error:  # reported to the parent, which raises it
        result = (False, f"{type(error).__name__}: {error}")
    connection.send(result)
    connection.close()


@contextmanager
def one_rendering_per_user(user):
    """Hold the user's one rendering slot, or raise :class:`RenderingInProgress`. A slot
    older than the time limit (its holder died) is taken over."""
    from .models import PdfRendering

    stale = timezone.now() - timedelta(seconds=settings.PDF_TIME_LIMIT + 5)
    try:
        with transaction.atomic():
            PdfRendering.objects.filter(user=user, started_at__lt=stale).delete()
            slot = PdfRendering.objects.create(user=user)
    except IntegrityError:
        raise RenderingInProgress("A PDF is already being made for this user") from None
    try:
        yield
    finally:
        PdfRendering.objects.filter(pk=slot.pk).delete()

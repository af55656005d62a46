"""A completed result as a PDF, rendered by WeasyPrint from the same template body as the
result page (``templates/questionnaires/_result_body.html``).

WeasyPrint fetches the stylesheets the template links to. It reads them from disk here,
through the static files storage or the finders, never over HTTP: the server does not
call itself, nothing leaves the machine, and a missing stylesheet stops the rendering
instead of giving an unstyled PDF.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

TEMPLATE = "questionnaires/result_pdf.html"
CONTENT_TYPES = {".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml"}


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


def result_pdf(context: dict, request) -> bytes:
    """The PDF of a result page's context (see ``views.result_context``): tagged, with
    the title and language of the HTML document."""
    html = render_to_string(TEMPLATE, context, request=request)
    document = HTML(
        string=html,
        base_url=request.build_absolute_uri("/"),
        url_fetcher=StaticFilesFetcher(),
    )
    return document.write_pdf(pdf_tags=True)

"""Browser tests: Playwright for Python driving the system Chromium (Debian's ``chromium``
package; ``make test`` installs it) against the app served by pytest-django's
``live_server``, which also serves the static files (through the staticfiles handler,
with DEBUG off as in production).

CHROMIUM_PATH    the browser to drive (default /usr/bin/chromium)
CI               "true": a browser that cannot start fails the run instead of skipping

One browser for the whole session; a fresh context (cookies, storage) for each test.
Every console error, uncaught script error, failed request and HTTP error response on
any page fails the test that opened it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

# Playwright's sync API runs its own asyncio event loop in this thread, for as long as the
# session's browser lives. Django sees that loop and refuses database calls from the test
# code (creating users, reading records) with SynchronousOnlyOperation, though nothing
# here is asynchronous: the test and the live server only take turns.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
DEFAULT_TIMEOUT_MS = 15_000


def _no_browser(reason: str):
    if IN_CI:
        pytest.fail(f"CI cannot run the browser tests: {reason}", pytrace=False)
    pytest.skip(f"Browser tests skipped: {reason} (set CHROMIUM_PATH, or run `make test`)")


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError as error:  # pragma: no cover - requirements-test.txt installs it
        _no_browser(f"Playwright is not installed ({error})")
    if not Path(CHROMIUM_PATH).is_file():
        _no_browser(f"no Chromium at {CHROMIUM_PATH}")
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS, headless=True
        )
    except Error as error:
        playwright.stop()
        _no_browser(f"Chromium at {CHROMIUM_PATH} did not start: {error.message}")
    yield browser
    browser.close()
    playwright.stop()


@dataclass
class BrowserProblems:
    """What went wrong in the browser while a test ran."""

    problems: list[str] = field(default_factory=list)
    expected_downloads: set[str] = field(default_factory=set)

    def watch(self, page):
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"Script error: {error}"))
        page.on("requestfailed", self._request_failed)
        page.on("response", self._response)

    def _console(self, message):
        if message.type == "error":
            self.problems.append(f"Console error on {message.page.url}: {message.text}")

    def _request_failed(self, request):
        # Cancelled, not failed: a download ends its request in the browser's own way, and
        # the browser drops the icon it loads after a page when staff move on quickly.
        cancelled = request.failure == "net::ERR_ABORTED"
        if cancelled and (request.url in self.expected_downloads or "favicon" in request.url):
            return
        self.problems.append(f"Request failed: {request.url} ({request.failure})")

    def _response(self, response):
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")


@pytest.fixture
def browser_problems():
    return BrowserProblems()


@pytest.fixture
def context(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}, locale="en-GB"
    )
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    yield context
    context.close()


@pytest.fixture
def page(context, browser_problems):
    page = context.new_page()
    browser_problems.watch(page)
    return page


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """Fail the test itself (not its teardown) when its browser reported a problem."""
    result = yield
    problems = item.funcargs.get("browser_problems")
    if problems is not None and problems.problems:
        raise AssertionError("The browser reported problems:\n" + "\n".join(problems.problems))
    return result

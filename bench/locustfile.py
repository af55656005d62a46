"""Locust load test for Casework Guide: clinic staff sign in through the login form, load the
home page, and complete screenings page by page as a browser does (GET each step, POST it
with its CSRF token, follow the redirect, then the review and the result). A share of the
screenings are saved as drafts midway and resumed from the saved record; a few are left
as drafts.

Run it through ``bench/run``, which starts the servers, creates the staff accounts and
passes the settings below in the environment:

BENCH_SERVERS      comma-separated base URLs (two in --two-servers mode; requests alternate)
BENCH_USERNAME     username prefix of the staff accounts (``<prefix>001``, ``<prefix>002``...)
BENCH_PASSWORD     their password
BENCH_LEDGER       where to write, at the end, every request's timing and every screening
                   and draft the users completed, for ``bench/run`` to check and report
BENCH_THINK        seconds staff spend on a page before submitting it, "min,max"
BENCH_USERS        how many users Locust starts (they begin once all have signed in)

The servers run with production settings behind what they are told is a TLS-terminating
load balancer (``DJANGO_SECURE_PROXY_SSL_HEADER``): each request says
``X-Forwarded-Proto: https``, and the client sends the app's Secure cookies to the
loopback servers over plain HTTP, as the load balancer would forward them.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import random
import re
import sys
import time
from html import unescape
from http.cookiejar import DefaultCookiePolicy, request_host
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import gevent
import gevent.event
from locust import FastHttpUser, constant, events, task

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

import django  # noqa: E402

django.setup()

from bench.flows import FLOWS  # noqa: E402
from questionnaires.framework import registry  # noqa: E402
from questionnaires.framework.encoding import form_data  # noqa: E402
from questionnaires.framework.wizard import REVIEW  # noqa: E402

SERVERS = [url.rstrip("/") for url in os.environ.get("BENCH_SERVERS", "").split(",") if url]
USERNAME = os.environ.get("BENCH_USERNAME", "bench-staff-")
PASSWORD = os.environ.get("BENCH_PASSWORD", "")
LEDGER = os.environ.get("BENCH_LEDGER", "")
THINK = tuple(float(s) for s in os.environ.get("BENCH_THINK", "0.5,1.5").split(","))
USERS = int(os.environ.get("BENCH_USERS", "1"))

#: Of every 20 screenings, 4 are saved as a draft midway and resumed, 1 is left as a draft.
DRAFT_RESUMED_SHARE = 0.20
DRAFT_LEFT_SHARE = 0.05

CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
FINGERPRINT = re.compile(r'name="intake_fingerprint" value="([^"]+)"')
ERROR_SUMMARY = re.compile(r'<ul class="error-summary__list">(.*?)</ul>', re.S)
CASE_URL = re.compile(r"^/cases/([0-9a-f-]{36})/$")

_user_numbers = itertools.count(1)
signed_in: list[str] = []
everyone_signed_in = gevent.event.Event()


class Ledger:
    """What happened, written out at the end for ``bench/run`` to check against the
    database. Times are milliseconds; one row per request."""

    def __init__(self):
        self.requests: list[list] = []
        self.completed: list[dict] = []
        self.drafts: list[dict] = []
        self.pending: dict[str, str] = {}  # intake id -> action sent but not yet answered
        self.failures: list[str] = []
        self.started = self.stopped = None

    def dump(self, path: str):
        Path(path).write_text(
            json.dumps(
                {
                    "servers": SERVERS,
                    "started": self.started,
                    "stopped": self.stopped,
                    "requests": self.requests,
                    "completed": self.completed,
                    "drafts": self.drafts,
                    "pending": self.pending,
                    "failures": self.failures,
                    "questionnaires": sorted(_flows()),
                }
            )
        )


ledger = Ledger()


@events.request.add_listener
def _record(request_type, name, response_time, exception, start_time, url, context, **kwargs):
    server = SERVERS.index(_base(url)) if _base(url) in SERVERS else -1
    ledger.requests.append(
        [
            name,
            round(response_time, 3),
            exception is None,
            round(start_time, 3),
            server,
            context.get("step", ""),
        ]
    )
    if exception is not None and len(ledger.failures) < 50:
        ledger.failures.append(f"{request_type} {name}: {exception}")


@events.test_start.add_listener
def _started(**kwargs):
    ledger.started = time.time()


@events.test_stop.add_listener
def _stopped(**kwargs):
    ledger.stopped = time.time()
    if LEDGER:
        ledger.dump(LEDGER)


def _base(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _flows():
    """The flows of every registered questionnaire (each must have some)."""
    slugs = [q.slug for q in registry.all_questionnaires()]
    missing = [slug for slug in slugs if not FLOWS.get(slug)]
    if missing:
        raise RuntimeError(
            f"No benchmark flows for {', '.join(missing)}: add them to bench/flows.py"
        )
    return {slug: FLOWS[slug] for slug in slugs}


class LoopbackSecureCookies(DefaultCookiePolicy):
    """Send Secure cookies to 127.0.0.1 over plain HTTP: the benchmark stands where the
    TLS-terminating load balancer would. Anywhere else the usual rule holds."""

    def return_ok_secure(self, cookie, request):
        return request_host(request) == "127.0.0.1" or super().return_ok_secure(cookie, request)


class Failed(Exception):
    """A response was not what a browser would get; the request is already marked failed."""


class Staff(FastHttpUser):
    host = SERVERS[0] if SERVERS else None
    wait_time = constant(0)  # staff think on each page, inside the screening

    def on_start(self):
        self.number = next(_user_numbers)
        self.username = f"{USERNAME}{self.number:03d}"
        self.turn = self.number  # which server the next request goes to
        self.screenings = 0
        self.flows = [flow for flows in _flows().values() for flow in flows]
        self.client.cookiejar.set_policy(LoopbackSecureCookies())
        with contextlib.suppress(Failed):  # marked failed; the pages will fail too
            self.sign_in()
        signed_in.append(self.username)
        if len(signed_in) >= USERS:
            everyone_signed_in.set()
        # The intake hour starts once everyone has signed in: the sign-ins (slow on purpose,
        # see the password hasher) do not overlap the measured pages.
        everyone_signed_in.wait(timeout=120)
        gevent.sleep(random.uniform(0, 2 * THINK[1]))  # not all at the same moment
        with contextlib.suppress(Failed):
            self.home()
        self.think()

    # Requests -------------------------------------------------------------------------

    def _server(self, server: str | None) -> str:
        if server is None:
            server = SERVERS[self.turn % len(SERVERS)]
            self.turn += 1
        return server

    def send(self, method, path, name, *, expect, data=None, server=None, step=""):
        """One request to one of the servers, redirects not followed (the user follows
        them, perhaps on the other server). Returns (status, Location or body)."""
        server = self._server(server)
        headers = {"X-Forwarded-Proto": "https"}
        body = None
        if method == "POST":
            headers["Origin"] = "https://" + urlsplit(server).netloc
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = urlencode(data or {}, doseq=True)
        with self.client.request(
            method,
            server + path,
            name=name,
            data=body,
            headers=headers,
            allow_redirects=False,
            catch_response=True,
            context={"step": step},
        ) as response:
            status = response.status_code
            if status != expect:
                detail = ""
                if status == 200:
                    errors = ERROR_SUMMARY.search(response.text or "")
                    detail = ": " + re.sub(r"<[^>]+>|\s+", " ", errors.group(1)) if errors else ""
                response.failure(f"expected {expect}, got {status}{detail}")
                raise Failed(name)
            if status in (301, 302, 303):
                response.success()
                return status, response.headers["Location"]
            response.success()
            return status, response.text

    def get_page(self, path, name, *, step="", must_contain=None, server=None):
        """The page, and what its form sends besides the answers: the CSRF token and,
        on an intake's pages, the fingerprint of the answers it was built from."""
        _, page = self.send("GET", path, name, expect=200, server=server, step=step)
        if must_contain and must_contain not in page:
            self._fail_after(name, f"the page lacks {must_contain!r}")
        token = CSRF_TOKEN.search(page)
        fields = {"csrfmiddlewaretoken": token.group(1) if token else ""}
        fingerprint = FINGERPRINT.search(page)
        if fingerprint:
            fields["intake_fingerprint"] = fingerprint.group(1)
        return page, fields

    def _fail_after(self, name, reason):
        self.environment.events.request.fire(
            request_type="CHECK",
            name=name,
            response_time=0,
            response_length=0,
            exception=AssertionError(reason),
            context={},
            start_time=time.time(),
            url="",
        )
        raise Failed(name)

    def think(self):
        gevent.sleep(random.uniform(*THINK))

    # Staff ---------------------------------------------------------------------------

    def sign_in(self):
        _, fields = self.get_page("/login/", "login page")
        self.think()
        _, location = self.send(
            "POST",
            "/login/",
            "login",
            expect=302,
            data={"username": self.username, "password": PASSWORD, **fields},
        )
        if location != "/":
            self._fail_after("login", f"sign-in went to {location!r}")

    def home(self):
        self.get_page("/", "home", must_contain="Start a screening")

    @task
    def screening(self):
        """From the home page, one screening, and back to the home page."""
        with contextlib.suppress(Failed):  # marked failed; the next one starts afresh
            self.complete(random.choice(self.flows))
        self.think()
        with contextlib.suppress(Failed):
            self.home()
        self.think()

    def add_rows(self, step, answers, url, fields, tag) -> dict:
        """A repeated question with several rows is filled as staff fill it: the first
        row, "Add another", the next row, and so on; the caller then posts every row. A page
        whose rows earlier answers set (one per protected reason) shows them all at once."""
        rows = answers.get(step.name) if step.rows_can_be_added else None
        for count in range(1, len(rows or ())):
            data = form_data(step, {step.name: rows[:count]})
            data.update(fields, wizard_action="add_row")
            name = "step POST (add row)" + tag
            _, location = self.send("POST", url, name, expect=302, data=data, step=step.name)
            if location != url:
                self._fail_after(name, f"adding a row went to {location!r}")
            _, fields = self.get_page(
                url, "step GET" + tag, step=step.name, must_contain=f'"{step.name}-{count}-'
            )
            self.think()
        return fields

    def complete(self, flow):
        questionnaire = registry.get(flow.slug)
        self.screenings += 1
        reference = f"LT-{self.number:03d}-{self.screenings:04d}"
        answers = {"client_reference": reference, **flow.answers}
        chance = random.random()
        draft = (
            "left"
            if chance < DRAFT_LEFT_SHARE
            else "resumed"
            if chance < DRAFT_LEFT_SHARE + DRAFT_RESUMED_SHARE
            else None
        )
        tag = f" · {flow.slug}"

        start_server = self._server(None)
        _, url = self.send(
            "GET", f"/q/{flow.slug}/start/", "start" + tag, expect=302, server=start_server
        )
        intake = url.rstrip("/").rsplit("/", 2)[1]
        steps_url = url.rstrip("/").rsplit("/", 1)[0]
        visited: list[str] = []
        while not url.endswith(f"/{REVIEW}/"):
            step = url.rstrip("/").rsplit("/", 1)[1]
            if step in visited or len(visited) > 60:
                self._fail_after("step GET" + tag, f"the wizard went back to {step!r}")
            _, fields = self.get_page(
                url, "step GET" + tag, step=step, must_contain="wizard_action"
            )
            visited.append(step)
            self.think()
            fields = self.add_rows(questionnaire.step(step), answers, url, fields, tag)
            data = form_data(questionnaire.step(step), answers)
            saving = draft and len(visited) == 3
            data.update(fields, wizard_action="save_draft" if saving else "continue")
            name = ("step POST (save draft)" if saving else "step POST") + tag
            # Each page sent is saved to the intake's draft record: until the screening is
            # finished or saved as a draft, a record cut off by the stop is in flight.
            ledger.pending[intake] = "draft" if saving else "in progress"
            _, url = self.send("POST", url, name, expect=302, data=data, step=step)
            if not saving:
                continue
            ledger.pending.pop(intake, None)
            if url != "/cases/":
                self._fail_after(name, f"saving a draft went to {url!r}")
            ledger.drafts.append(
                {
                    "id": intake,
                    "slug": flow.slug,
                    "user": self.username,
                    "reference": reference,
                    "step": step,
                    "left": draft == "left",
                }
            )
            self.get_page("/cases/", "case list", must_contain=reference)
            if draft == "left":
                return
            self.think()
            # Resume from the saved record, as from the case list.
            _, url = self.send("GET", steps_url + "/", "resume" + tag, expect=302)
            ledger.pending[intake] = "in progress"
            resumed_at = url.rstrip("/").rsplit("/", 1)[1]
            if resumed_at in visited:
                self._fail_after(
                    "resume" + tag, f"the draft resumed at {resumed_at!r}, not after it"
                )
            draft = None
        _, fields = self.get_page(url, "review GET" + tag, must_contain="Check your answers")
        self.think()
        finish_server = SERVERS[(SERVERS.index(start_server) + 1) % len(SERVERS)]
        ledger.pending[intake] = "complete"
        _, location = self.send(
            "POST",
            url,
            "review POST (finish)" + tag,
            expect=302,
            data=fields,
            server=finish_server,
        )
        ledger.pending.pop(intake, None)
        match = CASE_URL.match(location)
        if not match or match.group(1) != intake:
            self._fail_after("review POST (finish)" + tag, f"finishing went to {location!r}")
        ledger.completed.append(
            {
                "id": intake,
                "slug": flow.slug,
                "flow": flow.name,
                "user": self.username,
                "reference": reference,
                "answers": flow.answers,
                "servers": [start_server, finish_server],
                "steps": visited,
                "was_draft": any(d["id"] == intake for d in ledger.drafts),
            }
        )
        page, _ = self.get_page(location, "result" + tag, must_contain="Screening result")
        if unescape(page).find(f"Screening result: {reference}") < 0:
            self._fail_after("result" + tag, "the result page shows another record")
        self.think()

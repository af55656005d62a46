"""The load benchmark end to end (``bench/run``): a fresh database, the app under gunicorn
with production settings, staff accounts, Locust for a bounded time, then a check that
nothing was lost and a report in Markdown and JSON. See bench/README.md.

Everything it starts (servers, Locust) it stops again, also on Ctrl-C and on errors. The
exit code is non-zero when a request failed, a screening or draft is missing or wrong in
the database, or a server logged an error.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from cryptography.fernet import Fernet

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
REPORTS = BENCH / "reports"

#: A fresh database is created (and dropped again after a clean run) under this URL.
BENCH_DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/casework_bench"
)
BENCH_REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/1")
#: Seconds staff spend on a page before submitting it ("min,max").
BENCH_THINK = os.environ.get("BENCH_THINK", "0.5,1.5")
USERNAME_PREFIX = "bench-staff-"
STOP_TIMEOUT = 60  # seconds Locust lets users finish the screening they are in

TARGET_STEP_P95_MS = 100
TARGET_STEP_TO_HOME = 1.5


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/run",
        description="Load-test Casework Guide under gunicorn with Locust and check that "
        "nothing was lost.",
    )
    parser.add_argument("--db", choices=["sqlite", "postgres"], help="default: sqlite")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers per server")
    parser.add_argument("--users", type=int, default=20, help="simulated staff")
    parser.add_argument("--duration", type=int, default=60, help="seconds of load")
    parser.add_argument(
        "--two-servers",
        action="store_true",
        help="two gunicorn servers sharing PostgreSQL and Redis; requests alternate",
    )
    parser.add_argument("--json", type=Path, help="where to write the JSON report")
    args = parser.parse_args(argv)
    if args.two_servers and args.db == "sqlite":
        parser.error("--two-servers needs --db postgres (one database for both servers)")
    args.db = args.db or ("postgres" if args.two_servers else "sqlite")
    for name in ("workers", "users", "duration"):
        if getattr(args, name) < 1:
            parser.error(f"--{name} must be at least 1")
    return args


# Processes -----------------------------------------------------------------------------


class Processes:
    """The processes the benchmark started, stopped in reverse order whatever happens."""

    def __init__(self):
        self.running: list[tuple[str, subprocess.Popen]] = []

    def start(self, name: str, command: list[str], env: dict, log: Path) -> subprocess.Popen:
        with log.open("ab") as output:
            process = subprocess.Popen(
                command,
                cwd=REPO,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,  # Ctrl-C reaches us, and we stop them in order
            )
        self.running.append((name, process))
        return process

    def stop(self, process: subprocess.Popen, timeout: float = 20):
        """SIGTERM (gunicorn then stops its workers gracefully), SIGKILL to the whole
        process group after ``timeout`` seconds."""
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.running = [(n, p) for n, p in self.running if p is not process]

    def stop_all(self, timeout: float = 20):
        for _, process in reversed(list(self.running)):
            self.stop(process, timeout)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_serving(url: str, process: subprocess.Popen, log: Path, timeout: float = 60):
    request = urllib.request.Request(url + "/login/", headers={"X-Forwarded-Proto": "https"})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BenchError(f"The server at {url} exited:\n{tail(log)}")
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    raise BenchError(f"The server at {url} did not answer within {timeout:.0f} s:\n{tail(log)}")


def tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


class BenchError(Exception):
    """The benchmark could not run (as opposed to: it ran and found a problem)."""


# Database ------------------------------------------------------------------------------


def fresh_postgres_database(url: str):
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if "bench" not in name:
        raise BenchError(f"Refusing to drop database {name!r}: its name must contain 'bench'")
    admin_url = parts._replace(path="/postgres").geturl()
    try:
        with psycopg.connect(admin_url, autocommit=True, connect_timeout=5) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as error:
        raise BenchError(f"PostgreSQL at {parts.hostname}:{parts.port}: {error}") from None


def drop_postgres_database(url: str):
    import psycopg

    parts = urlsplit(url)
    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True, connect_timeout=5) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{parts.path.lstrip("/")}" WITH (FORCE)')


def check_redis(url: str):
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=5).ping()
    except redis.RedisError as error:
        raise BenchError(f"Redis at {url}: {error}") from None


def prepare_django(users: int, password: str):
    """Migrate the fresh database, collect static files (production serves them through
    whitenoise's manifest), and create the staff accounts."""
    import django
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.core.management import call_command
    from django.db import connections

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    user_model = get_user_model()
    hashed = make_password(password)  # once: the production hasher is slow on purpose
    user_model.objects.bulk_create(
        user_model(username=f"{USERNAME_PREFIX}{n:03d}", password=hashed)
        for n in range(1, users + 1)
    )
    connections.close_all()


# Checking that nothing was lost -------------------------------------------------------


def expected_result(slug: str, answers: dict, today) -> tuple[str, dict]:
    """The outcome and stored answers the same answers give offline (``manage.py screen``'s
    path through the same forms, conditions and rules)."""
    from questionnaires.framework import registry
    from questionnaires.framework.answers import to_json
    from questionnaires.framework.encoding import form_data
    from questionnaires.framework.screening import determine, walk_data

    questionnaire = registry.get(slug)
    data = {step.name: form_data(step, answers) for step in questionnaire.intake_steps}
    state = walk_data(questionnaire.intake_steps, data)
    outcome = determine(questionnaire, state.answers, today).outcome
    stored = to_json({k: v for k, v in state.answers.items() if k != "client_reference"})
    return outcome, stored


def verify(ledger: dict) -> dict:
    """Every screening Locust saw completed is a complete record with the expected
    determination; every draft it saved is a draft (or, once resumed, that record
    completed); nothing else is in the database but requests cut off by the stop."""
    from django.utils import timezone

    from questionnaires.models import CaseRecord

    problems: list[str] = []
    records = {str(r.pk): r for r in CaseRecord.objects.select_related("created_by").order_by()}
    today = timezone.localdate()
    expected: dict[tuple, tuple] = {}
    stored = 0
    completed_ids = set()
    for item in ledger["completed"]:
        completed_ids.add(item["id"])
        key = (item["slug"], item["flow"])
        if key not in expected:
            expected[key] = expected_result(item["slug"], item["answers"], today)
        outcome, answers = expected[key]
        record = records.get(item["id"])
        wrong = []
        if record is None:
            wrong.append("is not in the database")
        else:
            if record.status != CaseRecord.Status.COMPLETE:
                wrong.append(f"has status {record.status!r}")
            if not record.determination or record.outcome != outcome:
                wrong.append(f"has outcome {record.outcome!r}, expected {outcome!r}")
            if record.answers != answers:
                wrong.append("has other answers than were given")
            if record.client_reference != item["reference"]:
                wrong.append(f"has reference {record.client_reference!r}")
            if record.created_by.username != item["user"] or record.questionnaire != item["slug"]:
                wrong.append("belongs to another user or questionnaire")
            if record.completed_at is None:
                wrong.append("has no completion time")
        if wrong:
            problems.append(
                f"Completed screening {item['id']} ({item['flow']}) {', '.join(wrong)}"
            )
        else:
            stored += 1

    drafts_stored = 0
    draft_ids = set()
    for item in ledger["drafts"]:
        draft_ids.add(item["id"])
        record = records.get(item["id"])
        if item["id"] in completed_ids:
            ok = record is not None and record.is_complete
        else:
            ok = (
                record is not None
                and record.status == CaseRecord.Status.DRAFT
                and bool(record.wizard_state)
                and record.client_reference == item["reference"]
                and record.created_by.username == item["user"]
            )
        if ok:
            drafts_stored += 1
        else:
            state = "missing" if record is None else f"status {record.status!r}"
            problems.append(f"Saved draft {item['id']} is not stored as saved ({state})")

    pending = ledger.get("pending", {})
    in_flight = []
    for pk, record in records.items():
        if pk in completed_ids or pk in draft_ids:
            continue
        if pk in pending:
            in_flight.append(pk)
        else:
            problems.append(
                f"Record {pk} ({record.status}) is in the database but no user saw it saved"
            )
    return {
        "stored": stored,
        "drafts_stored": drafts_stored,
        "in_flight_at_stop": len(in_flight),
        "records_in_database": len(records),
        "problems": problems,
    }


SERVER_ERRORS = re.compile(r"Traceback|database is locked|\bERROR\b|\[CRITICAL\]|WORKER TIMEOUT")


def server_log_problems(logs: list[Path]) -> list[str]:
    problems = []
    for log in logs:
        lines = [
            line
            for line in log.read_text(errors="replace").splitlines()
            if SERVER_ERRORS.search(line)
        ]
        if lines:
            problems.append(f"{log.name}: {len(lines)} error lines, first: {lines[0].strip()}")
    return problems


# Statistics ----------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile of sorted values."""
    if not values:
        return math.nan
    return values[max(0, math.ceil(p / 100 * len(values)) - 1)]


def summarise(times: list[float], failures: int) -> dict:
    values = sorted(times)
    return {
        "requests": len(values),
        "failures": failures,
        "median_ms": round(percentile(values, 50), 1),
        "p95_ms": round(percentile(values, 95), 1),
        "p99_ms": round(percentile(values, 99), 1),
        "max_ms": round(values[-1], 1) if values else math.nan,
    }


def is_step(name: str) -> bool:
    return name.startswith(("step GET ·", "step POST ·"))


def statistics(ledger: dict) -> dict:
    by_name: dict[str, list[float]] = defaultdict(list)
    failed: dict[str, int] = defaultdict(int)
    by_step: dict[tuple, list[float]] = defaultdict(list)
    per_server: dict[int, int] = defaultdict(int)
    for name, ms, ok, _start, server, step in ledger["requests"]:
        by_name[name].append(ms)
        if not ok:
            failed[name] += 1
        if server >= 0:
            per_server[server] += 1
        if step and is_step(name):
            by_step[(name, step)].append(ms)
    rows = {name: summarise(by_name[name], failed[name]) for name in sorted(by_name)}
    step_times = [ms for name, times in by_name.items() if is_step(name) for ms in times]
    step_failures = sum(n for name, n in failed.items() if is_step(name))
    steps = summarise(step_times, step_failures)
    home = rows.get("home", summarise([], 0))
    worst_type = max(
        ((name, row["p95_ms"]) for name, row in rows.items() if is_step(name)),
        key=lambda pair: pair[1],
        default=("", math.nan),
    )
    slowest_steps = sorted(
        (
            {"request": name, "step": step, **summarise(times, 0)}
            for (name, step), times in by_step.items()
            if len(times) >= 20
        ),
        key=lambda row: row["p95_ms"],
        reverse=True,
    )[:5]
    return {
        "requests": rows,
        "steps": steps,
        "home": home,
        "worst_step_type": {"request": worst_type[0], "p95_ms": worst_type[1]},
        "slowest_steps": slowest_steps,
        "per_server": {str(k): v for k, v in sorted(per_server.items())},
        "total_requests": sum(len(t) for t in by_name.values()),
        "total_failures": sum(failed.values()),
    }


# Reports -------------------------------------------------------------------------------


def markdown(report: dict) -> str:
    s = report
    ok = "passed" if s["passed"] else "FAILED"
    lines = [
        f"# Load benchmark, {s['started_at']}",
        "",
        f"**Result: {ok}.** Completed {s['completed']}, stored {s['stored']}. "
        f"Drafts saved {s['drafts_saved']}, stored {s['drafts_stored']}. "
        f"Failed requests: {s['failures']}.",
        "",
    ]
    if s["problems"]:
        lines += ["Problems:", "", *[f"- {p}" for p in s["problems"]], ""]
    servers = (
        f"two, each with {s['workers']} gunicorn workers, sharing PostgreSQL and Redis"
        if s["two_servers"]
        else f"one, with {s['workers']} gunicorn workers"
    )
    lines += [
        "| setting | value |",
        "| --- | --- |",
        f"| database | {s['db']} |",
        f"| servers | {servers} |",
        f"| simulated staff | {s['users']} |",
        f"| duration | {s['duration_s']} s of load ({s['elapsed_s']} s including the stop) |",
        f"| think time per page | {s['think_s'][0]} to {s['think_s'][1]} s |",
        f"| questionnaires | {', '.join(s['questionnaires'])} |",
        f"| machine | {s['machine']} |",
        f"| commit | {s['commit']} |",
        "",
        "## Headline figures",
        "",
        "| figure | value |",
        "| --- | --- |",
        f"| completed screenings per second | {s['screenings_per_s']} |",
        f"| wizard step median / p95 / p99 (ms) | {s['step_median_ms']} / {s['step_p95_ms']} /"
        f" {s['step_p99_ms']} |",
        f"| home page median (ms) | {s['home_median_ms']} |",
        f"| **step median ÷ home median** | **{s['step_to_home_ratio']}** |",
        "",
        "## Targets",
        "",
        "| target | measured | met |",
        "| --- | --- | --- |",
    ]
    for target in s["targets"]:
        lines.append(
            f"| {target['target']} | {target['measured']} | {'yes' if target['met'] else 'no'} |"
        )
    lines += [
        "",
        "## Requests",
        "",
        "Wizard steps are the GET and POST of each question page (not the review, the "
        "finish or the result). Times in milliseconds, measured by the client.",
        "",
        "| request | requests | failures | median | p95 | p99 | max |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, row in s["requests"].items():
        lines.append(
            f"| {name} | {row['requests']} | {row['failures']} | {row['median_ms']} | "
            f"{row['p95_ms']} | {row['p99_ms']} | {row['max_ms']} |"
        )
    if s["slowest_steps"]:
        lines += [
            "",
            "Slowest single steps by p95 (at least 20 requests):",
            "",
            "| request | step | requests | median | p95 | p99 |",
            "| --- | --- | ---: | ---: | ---: | ---: |",
        ]
        for row in s["slowest_steps"]:
            lines.append(
                f"| {row['request']} | {row['step']} | {row['requests']} | {row['median_ms']} |"
                f" {row['p95_ms']} | {row['p99_ms']} |"
            )
    if s["two_servers"]:
        lines += [
            "",
            f"Requests per server: {s['per_server']}. Screenings started on one server and "
            f"finished on the other: {s['cross_server_screenings']} of {s['completed']}.",
        ]
    if s["failure_samples"]:
        lines += ["", "First failures:", "", *[f"- `{f}`" for f in s["failure_samples"][:10]]]
    return "\n".join(lines) + "\n"


def git_commit() -> str:
    """The commit measured, and whether the tree had changes on top of it."""

    def git(*args):
        return subprocess.run(
            ["git", *args], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.strip()

    try:
        commit = git("rev-parse", "--short", "HEAD")
        changed = git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{commit} with uncommitted changes" if changed else commit


# The run -------------------------------------------------------------------------------


def bench_env(args, database_url: str, secret: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "BENCH_"))}
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.base",
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY=secret,
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        # Production's shape: TLS ends at the load balancer, which says so in
        # X-Forwarded-Proto; Locust plays the load balancer. SSL redirect stays on.
        DJANGO_SECURE_PROXY_SSL_HEADER="true",
        # The one production setting the benchmark changes: simulated staff have no phone
        # for a second factor. Everything a sign-in costs besides the code is measured.
        DJANGO_REQUIRE_2FA="false",
        DJANGO_LOG_LEVEL="WARNING",
        # Fresh keys per run: the benchmark's database is made for the run.
        DJANGO_FIELD_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
        DJANGO_SEARCH_HASH_KEY=secrets.token_urlsafe(50),
        DATABASE_URL=database_url,
    )
    if args.two_servers:
        env["REDIS_URL"] = BENCH_REDIS_URL
    return env


def run(args) -> int:
    started_at = datetime.now(UTC).replace(microsecond=0)
    stamp = started_at.strftime("%Y%m%d-%H%M%S")
    mode = f"{args.db}{'-two-servers' if args.two_servers else ''}"
    json_path = args.json or REPORTS / f"{stamp}-{mode}.json"
    markdown_path = REPORTS / f"{stamp}-{mode}.md"
    think = tuple(float(x) for x in BENCH_THINK.split(","))
    python = sys.executable
    tmp = Path(tempfile.mkdtemp(prefix="casework-bench-"))
    processes = Processes()
    postgres_created = False
    keep_tmp = keep_database = False
    try:
        if args.two_servers:
            check_redis(BENCH_REDIS_URL)
        if args.db == "postgres":
            fresh_postgres_database(BENCH_DATABASE_URL)
            postgres_created = True
            database_url = BENCH_DATABASE_URL
        else:
            database_url = f"sqlite:///{tmp / 'bench.sqlite3'}"
        password = secrets.token_urlsafe(24)
        env = bench_env(args, database_url, secrets.token_urlsafe(50))
        os.environ.update(env)
        for key in ("DATABASE_URL", "REDIS_URL"):
            if key not in env:
                os.environ.pop(key, None)
        print(f"Preparing a fresh {args.db} database and {args.users} staff accounts...")
        prepare_django(args.users, password)

        ports = [free_port() for _ in range(2 if args.two_servers else 1)]
        servers = [f"http://127.0.0.1:{port}" for port in ports]
        logs = []
        for number, (port, url) in enumerate(zip(ports, servers, strict=True), start=1):
            log = tmp / f"server-{number}.log"
            logs.append(log)
            process = processes.start(
                f"server {number}",
                [
                    python,
                    "-m",
                    "gunicorn",
                    "config.wsgi",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    str(args.workers),
                    "--graceful-timeout",
                    "10",
                ],
                env,
                log,
            )
            wait_until_serving(url, process, log)
        print(f"Serving on {', '.join(servers)} with {args.workers} workers each.")

        ledger_path = tmp / "ledger.json"
        locust_log = tmp / "locust.log"
        locust_env = {
            **env,
            "BENCH_SERVERS": ",".join(servers),
            "BENCH_USERNAME": USERNAME_PREFIX,
            "BENCH_PASSWORD": password,
            "BENCH_LEDGER": str(ledger_path),
            "BENCH_THINK": BENCH_THINK,
            "BENCH_USERS": str(args.users),
        }
        spawn_rate = max(1, args.users // 5)
        print(f"Running {args.users} simulated staff for {args.duration} s...")
        locust = processes.start(
            "locust",
            [
                python,
                "-m",
                "locust",
                "-f",
                str(BENCH / "locustfile.py"),
                "--headless",
                "--users",
                str(args.users),
                "--spawn-rate",
                str(spawn_rate),
                "--run-time",
                f"{args.duration}s",
                "--stop-timeout",
                str(STOP_TIMEOUT),
                "--only-summary",
                "--loglevel",
                "WARNING",
                "--host",
                servers[0],
            ],
            locust_env,
            locust_log,
        )
        try:
            locust.wait(args.duration + STOP_TIMEOUT + 120)
        except subprocess.TimeoutExpired:
            raise BenchError(f"Locust did not stop:\n{tail(locust_log)}") from None
        processes.stop(locust)
        for _, process in list(processes.running):
            processes.stop(process)
        if not ledger_path.exists():
            raise BenchError(f"Locust wrote no results:\n{tail(locust_log)}")
        ledger = json.loads(ledger_path.read_text())
        from django.db import connections

        stats = statistics(ledger)
        checked = verify(ledger)
        connections.close_all()
        problems = list(checked["problems"])
        problems += server_log_problems(logs)
        failures = stats["total_failures"]
        if failures:
            problems.append(f"{failures} requests failed")
        completed = len(ledger["completed"])
        if completed == 0:
            problems.append("No screening was completed")
        if checked["stored"] != completed:
            problems.append(f"Completed {completed}, stored {checked['stored']}")
        drafts_saved = len(ledger["drafts"])
        if checked["drafts_stored"] != drafts_saved:
            problems.append(f"Drafts saved {drafts_saved}, stored {checked['drafts_stored']}")

        elapsed = (ledger["stopped"] or time.time()) - (ledger["started"] or time.time())
        step_median = stats["steps"]["median_ms"]
        home_median = stats["home"]["median_ms"]
        ratio = round(step_median / home_median, 2) if home_median else math.nan
        worst = stats["worst_step_type"]
        targets = [
            {"target": "zero failed requests", "measured": failures, "met": failures == 0},
            {
                "target": f"p95 of every wizard step request type < {TARGET_STEP_P95_MS} ms",
                "measured": f"{worst['p95_ms']} ms ({worst['request']})",
                "met": worst["p95_ms"] < TARGET_STEP_P95_MS,
            },
            {
                "target": f"step median ≤ {TARGET_STEP_TO_HOME} x home median",
                "measured": f"{ratio} ({step_median} ms / {home_median} ms)",
                "met": ratio <= TARGET_STEP_TO_HOME,
            },
        ]
        report = {
            "passed": not problems,
            "problems": problems,
            "started_at": started_at.isoformat(),
            "db": args.db,
            "two_servers": args.two_servers,
            "servers": len(servers),
            "workers": args.workers,
            "users": args.users,
            "duration_s": args.duration,
            "elapsed_s": round(elapsed, 1),
            "think_s": list(think),
            "machine": f"{os.cpu_count()} CPUs, {platform.system()} {platform.machine()}, "
            f"Python {platform.python_version()}",
            "commit": git_commit(),
            "questionnaires": ledger["questionnaires"],
            "failures": failures,
            "completed": completed,
            "stored": checked["stored"],
            "drafts_saved": drafts_saved,
            "drafts_stored": checked["drafts_stored"],
            "in_flight_at_stop": checked["in_flight_at_stop"],
            "records_in_database": checked["records_in_database"],
            "screenings_per_s": round(completed / elapsed, 2) if elapsed > 0 else 0,
            "step_median_ms": step_median,
            "step_p95_ms": stats["steps"]["p95_ms"],
            "step_p99_ms": stats["steps"]["p99_ms"],
            "home_median_ms": home_median,
            "step_to_home_ratio": ratio,
            "targets": targets,
            "targets_met": all(t["met"] for t in targets),
            "requests": stats["requests"],
            "slowest_steps": stats["slowest_steps"],
            "per_server": stats["per_server"],
            "cross_server_screenings": sum(
                1 for c in ledger["completed"] if len(set(c["servers"])) > 1
            ),
            "failure_samples": ledger["failures"],
        }
        REPORTS.mkdir(exist_ok=True)
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        markdown_path.write_text(markdown(report))
        print(markdown(report))
        print(f"Reports: {markdown_path.relative_to(REPO)} and {json_path}")
        if problems:
            keep_tmp = keep_database = True
            kept = f" and the database {BENCH_DATABASE_URL}" if postgres_created else ""
            print(f"FAILED. Logs kept in {tmp}{kept}", file=sys.stderr)
            return 1
        return 0
    except BenchError as error:
        keep_tmp = any(tmp.glob("*.log"))
        print(f"bench/run: {error}", file=sys.stderr)
        if keep_tmp:
            print(f"Logs kept in {tmp}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        # Finish stopping what we started, however often Ctrl-C is pressed.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        processes.stop_all(timeout=5)
        raise
    finally:
        processes.stop_all()
        if postgres_created and not keep_database:
            drop_postgres_database(BENCH_DATABASE_URL)
        if not keep_tmp:
            shutil.rmtree(tmp, ignore_errors=True)


def main(argv=None) -> int:
    args = parse_args(argv)

    def terminate(signum, frame):
        raise KeyboardInterrupt

    # Also SIGINT: a shell that starts us in the background sets it to be ignored.
    signal.signal(signal.SIGINT, terminate)
    signal.signal(signal.SIGTERM, terminate)
    try:
        return run(args)
    except KeyboardInterrupt:
        print("bench/run: interrupted; everything it started has been stopped.", file=sys.stderr)
        return 130

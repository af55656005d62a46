"""What one wizard page costs, page by page, in one process (see bench/README.md).

    .venv/bin/python bench/steps.py [--batches 5] [--repeat 5] [--json PATH] [--rules-only]

In-process, with the Django test client and the production settings (DEBUG off, a fresh
SQLite database in a temporary folder). Every page of each questionnaire is opened (GET)
and sent (POST) in order along its longest benchmark flow, and the same on a synthetic
60-page questionnaire registered only here. Each figure is the best and the median of
``--batches`` batches of ``--repeat`` requests (CPU time); ratios use the best batch (the least
disturbed by other load), to two floors measured in the same run: a plain login-required
view rendering a two-field form, and the home page. Times vary from machine to machine;
the ratios are what to compare, above all the ratio of a late page to an early one of the
same questionnaire (flat means the cost of a page does not grow with the pages before it).

Then the rules alone for every flow in ``bench/flows.py``: building the facts from the
answers and the determination (``screening.determine``), with the rules' memoised
functions emptied before each run, so each costs what a new screening does (the rate
tables stay read, as in a server process). Figures in ms, best and median of the batches;
the target is 1 ms a flow.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SYNTHETIC = "bench-sixty-pages"
SYNTHETIC_PAGES = 60


def configure(database: Path):
    sys.path.insert(0, str(REPO))
    from cryptography.fernet import Fernet

    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings.base",
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="testserver",
        DJANGO_SECURE_PROXY_SSL_HEADER="true",
        DJANGO_REQUIRE_2FA="false",
        DJANGO_LOG_LEVEL="WARNING",
        DJANGO_FIELD_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
        DJANGO_SEARCH_HASH_KEY=secrets.token_urlsafe(50),
        DATABASE_URL=f"sqlite:///{database}",
    )
    os.environ.pop("REDIS_URL", None)
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    # The manifest storage needs collectstatic; the plain one serves the same pages.
    settings.STORAGES["staticfiles"]["BACKEND"] = (
        "django.contrib.staticfiles.storage.StaticFilesStorage"
    )
    settings.ROOT_URLCONF = bench_urls()


def bench_urls():
    """The app's URLs plus the floor: a login-required view rendering a two-field form."""
    from django import forms
    from django.contrib.auth.decorators import login_required
    from django.http import HttpResponse
    from django.template import engines
    from django.urls import include, path

    import config.urls

    class TwoFieldForm(forms.Form):
        name = forms.CharField(label="Name")
        answer = forms.ChoiceField(label="Answer", choices=[("yes", "Yes"), ("no", "No")])

    template = engines["django"].from_string(
        '{% extends "base.html" %}{% block content %}<form method="post">{% csrf_token %}'
        '{{ form }}<button type="submit">Continue</button></form>{% endblock %}'
    )

    @login_required
    def two_field_form(request):
        form = TwoFieldForm(request.POST or None)
        return HttpResponse(template.render({"form": form}, request))

    class Urls:
        urlpatterns = [
            path("bench/two-field-form/", two_field_form),
            path("", include(config.urls)),
        ]

    return Urls


def register_synthetic():
    """A questionnaire of 60 one-question pages, every fifth one asked only after "Yes"
    on the page before, so the walk has conditions to evaluate."""
    from datetime import date

    from questionnaires.framework import registry
    from questionnaires.framework.determination import Determination
    from questionnaires.framework.forms import YES_NO, RadiosField, StepForm
    from questionnaires.framework.registry import Questionnaire, Step

    def page_form(number):
        field = RadiosField(
            label=f"Question {number}?", choices=YES_NO, error_required="Select an answer"
        )
        return type(f"Page{number}Form", (StepForm,), {f"q{number}": field})

    def after_yes(number):
        def condition(answers):
            return answers.get(f"q{number - 1}") == "yes"

        condition.__doc__ = f"Applies when question {number - 1} is yes."
        return condition

    steps = tuple(
        Step(f"p{n}", f"Page {n}", page_form(n), after_yes(n) if n % 5 == 0 else None)
        for n in range(1, SYNTHETIC_PAGES)
    )
    if SYNTHETIC in {q.slug for q in registry.all_questionnaires()}:
        return
    registry.register(
        Questionnaire(
            slug=SYNTHETIC,
            title="Benchmark: sixty pages",
            summary="Registered by bench/steps.py only.",
            jurisdiction="None",
            law_as_of=date(2026, 1, 1),
            rules_version="0",
            steps=steps,
            build_facts=lambda answers, today: answers,
            determine=lambda facts: Determination(outcome="done", headline="Done"),
        )
    )
    return {f"q{n}": "yes" for n in range(1, SYNTHETIC_PAGES)}


def timed(request, batches: int, repeat: int) -> dict:
    """Best and median, over the batches, of the mean CPU time of one request (ms). The
    client, the app and SQLite all run in this process, so its CPU time is the request's
    cost, and other work on the machine disturbs it far less than the wall clock."""
    means = []
    for _ in range(batches):
        start = time.process_time()
        for _ in range(repeat):
            request()
        means.append((time.process_time() - start) * 1000 / repeat)
    return {"best": min(means), "median": statistics.median(means)}


def measure_pages(client, slug: str, answers: dict, batches: int, repeat: int) -> list[dict]:
    from questionnaires.framework.encoding import form_data
    from questionnaires.framework.wizard import REVIEW
    from tests.factories import Intake

    intake = Intake(client, slug)
    pages = []
    while intake.step != REVIEW:
        url = intake.url
        step = intake.step
        # Answered once first: the page's fingerprint then stays the same while the same
        # answers are sent again, so each timed POST is a full save (not a double click).
        intake.post(answers)
        intake.url = url
        fields = intake.page()
        data = {
            **form_data(intake.questionnaire.step(step), answers),
            **fields,
            "wizard_action": "continue",
        }

        def get(url=url):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)

        def post(url=url, data=data):
            # The same answers again: saved again (no change), then on to the next page.
            response = client.post(url, data)
            assert response.status_code == 302 and response.url != url, (url, response)

        page = {"position": len(pages) + 1, "step": step}
        page["get"] = timed(get, batches, repeat)
        page["post"] = timed(post, batches, repeat)
        pages.append(page)
        intake.post(answers, fields=fields)
    return pages


def measure_flat(client, answers: dict, batches: int, repeat: int) -> dict:
    """Page 60 of the synthetic questionnaire against page 2 (and page 30), GET and POST,
    each on an intake answered up to that page (as it is filled in, in order), measured
    interleaved (a batch of each page in turn, ``batches * 3`` rounds) so that a drift of
    the machine or the process during the run falls on all alike: the ratios of the best
    and of the median batches."""
    from questionnaires.framework.encoding import form_data
    from tests.factories import Intake

    requests = {}
    for position in (2, 30, SYNTHETIC_PAGES):
        intake = Intake(client, SYNTHETIC)
        for _ in range(position - 1):
            intake.post(answers)
        url = intake.url
        # Answered once first, as in measure_pages: each timed POST is then a full save.
        intake.post(answers)
        intake.url = url
        data = {
            **form_data(intake.questionnaire.step(intake.step), answers),
            **intake.page(),
            "wizard_action": "continue",
        }
        requests[position] = {
            "get": lambda url=url: client.get(url),
            "post": lambda url=url, data=data: client.post(url, data),
        }
    means = {(position, method): [] for position in requests for method in ("get", "post")}
    for _ in range(batches * 3):
        for (position, method), found in means.items():
            request = requests[position][method]
            start = time.process_time()
            for _ in range(repeat):
                request()
            found.append((time.process_time() - start) * 1000 / repeat)
    flat = {}
    for method in ("get", "post"):
        early = means[(2, method)]
        for position in (30, SYNTHETIC_PAGES):
            late = means[(position, method)]
            flat[f"{method}_page_{position}_to_page_2"] = {
                "best": min(late) / min(early),
                "median": statistics.median(late) / statistics.median(early),
            }
    return flat


def longest_flow(slug: str) -> dict:
    from bench.flows import FLOWS

    return max(FLOWS[slug], key=lambda flow: len(flow.answers)).answers


#: Memoised functions of the rules that hold reference data, not answers: the calendars of
#: federal holidays, built once per year in a server process (the IRS questionnaire loads
#: this year's at start-up). They are kept, as a server keeps them.
REFERENCE_MEMOS = frozenset(
    {"legal_public_holidays", "closures_by_executive_order", "federal_holidays"}
)


def rule_memos() -> list:
    """The memoised functions of the questionnaires' rules that remember answers
    (``functools`` caches), to empty before each run."""
    return [
        value
        for name, module in list(sys.modules.items())
        if name.startswith("questionnaires.") and ".rules" in name and module is not None
        for key, value in vars(module).items()
        if callable(getattr(value, "cache_clear", None)) and key not in REFERENCE_MEMOS
    ]


def measure_rules(batches: int, repeat: int) -> dict:
    """The rules alone for every flow of ``bench/flows.py``: facts built and determined."""
    from datetime import date

    from bench.flows import FLOWS
    from questionnaires.framework import registry
    from questionnaires.framework.encoding import form_data
    from questionnaires.framework.forms import screening_as_of
    from questionnaires.framework.screening import determine, walk_data

    today = date.today()
    figures = {}
    for slug in sorted(FLOWS):
        questionnaire = registry.get(slug)
        for flow in FLOWS[slug]:
            data = {s.name: form_data(s, flow.answers) for s in questionnaire.intake_steps}
            with screening_as_of(today):
                state = walk_data(questionnaire.intake_steps, data)
            assert state.complete, (slug, flow.name, state.first_needing_answer)
            answers = state.answers
            determine(questionnaire, answers, today)
            memos = rule_memos()

            def rules(questionnaire=questionnaire, answers=answers, memos=memos):
                for memo in memos:
                    memo.cache_clear()
                determine(questionnaire, answers, today)

            figures[f"{slug}/{flow.name}"] = timed(rules, batches, repeat)
    return figures


def rules_table(figures: dict) -> str:
    lines = [
        "| rules flow | best ms | median ms | under 1 ms |",
        "|---|---|---|---|",
    ]
    for name, figure in figures.items():
        lines.append(
            f"| {name} | {figure['best']:.3f} | {figure['median']:.3f} "
            f"| {'yes' if figure['median'] < 1 else 'no'} |"
        )
    return "\n".join(lines)


def run(batches: int, repeat: int) -> dict:
    from django.contrib.auth import get_user_model
    from django.test import Client

    from bench.flows import FLOWS

    synthetic_answers = register_synthetic()
    user = get_user_model().objects.create_user(username="bench-steps")
    client = Client(HTTP_X_FORWARDED_PROTO="https")
    client.force_login(user)

    def get(url):
        def request():
            assert client.get(url).status_code == 200

        return request

    floors = {
        "two_field_form": timed(get("/bench/two-field-form/"), batches, repeat * 4),
        "home": timed(get("/"), batches, repeat * 4),
    }
    questionnaires = {
        slug: measure_pages(
            client, slug, {"client_reference": "B-1", **longest_flow(slug)}, batches, repeat
        )
        for slug in sorted(FLOWS)
    }
    synthetic = {"client_reference": "B-1", **synthetic_answers}
    questionnaires[SYNTHETIC] = measure_pages(client, SYNTHETIC, synthetic, batches, repeat)
    flat = measure_flat(client, synthetic, batches, repeat * 4)
    return {"floors_ms": floors, "pages": questionnaires, "flat": flat}


def with_ratios(report: dict) -> dict:
    floor = report["floors_ms"]["two_field_form"]["best"]
    home = report["floors_ms"]["home"]["best"]
    summary = {}
    for slug, pages in report["pages"].items():
        for page in pages:
            for method in ("get", "post"):
                page[method]["to_form_floor"] = page[method]["best"] / floor
                page[method]["to_home"] = page[method]["best"] / home
        by_position = {page["position"]: page for page in pages}
        summary[slug] = {"pages": len(pages)}
        for method in ("get", "post"):
            second = by_position[2][method]["best"]
            for position in (14, 60):
                if position in by_position:
                    summary[slug][f"{method}_page_{position}_to_page_2"] = (
                        by_position[position][method]["best"] / second
                    )
            last = pages[-1][method]["best"]
            summary[slug][f"{method}_last_page_to_page_2"] = last / second
            # Steadier than one page against another: the last five pages against pages
            # 2 to 6 (each the mean of their best batches).
            early = statistics.mean(page[method]["best"] for page in pages[1:6])
            late = statistics.mean(page[method]["best"] for page in pages[-5:])
            summary[slug][f"{method}_last_5_to_pages_2_6"] = late / early
            summary[slug][f"{method}_worst_to_form_floor"] = max(
                page[method]["to_form_floor"] for page in pages
            )
    report["summary"] = summary
    return report


def table(report: dict) -> str:
    floors = report["floors_ms"]
    flat = "; ".join(
        f"{key.replace('_', ' ')} {value['best']:.2f} (median {value['median']:.2f})"
        for key, value in report["flat"].items()
    )
    lines = [
        f"Floors (best ms): two-field form {floors['two_field_form']['best']:.2f}, "
        f"home page {floors['home']['best']:.2f}",
        "",
        "| questionnaire | pages | GET p14/p2 | GET last/p2 | GET last 5/p2-6 | POST p14/p2 "
        "| POST last/p2 | POST last 5/p2-6 | worst GET / form floor | worst POST / form floor |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for slug, s in report["summary"].items():

        def ratio(key, s=s):
            return f"{s[key]:.2f}" if key in s else "-"

        lines.append(
            f"| {slug} | {s['pages']} | {ratio('get_page_14_to_page_2')} "
            f"| {ratio('get_last_page_to_page_2')} | {ratio('get_last_5_to_pages_2_6')} "
            f"| {ratio('post_page_14_to_page_2')} | {ratio('post_last_page_to_page_2')} "
            f"| {ratio('post_last_5_to_pages_2_6')} | {ratio('get_worst_to_form_floor')} "
            f"| {ratio('post_worst_to_form_floor')} |"
        )
    lines += ["", f"Synthetic questionnaire, pages measured interleaved: {flat}"]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="bench/steps.py", description=__doc__.split("\n")[0])
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, help="where to write the JSON report")
    parser.add_argument(
        "--rules-only", action="store_true", help="measure only the rules of each flow"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        configure(Path(folder) / "steps.sqlite3")
        report = {} if args.rules_only else with_ratios(run(args.batches, args.repeat))
        report["rules_ms"] = measure_rules(args.batches, args.repeat * 20)
    if not args.rules_only:
        print(table(report))
        print()
    print(rules_table(report["rules_ms"]))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

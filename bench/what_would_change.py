"""What computing "What would change the result" costs: for each flow of the load
benchmark, how many times the rules run again and how long it takes (the best and the
median of a few runs, after one to warm up, in CPU time, which other work on the machine
disturbs less than the wall clock; the wall clock's median too), on this machine, against
the development database. The rules' memoised functions are emptied before each run, so
each costs what a new screening does.

    DJANGO_DEBUG=true python -m bench.what_would_change [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    import django

    django.setup()
    from bench.flows import FLOWS
    from questionnaires.framework import registry
    from questionnaires.framework.encoding import form_data
    from questionnaires.framework.forms import screening_as_of
    from questionnaires.framework.screening import determine, walk_data
    from questionnaires.framework.what_would_change import what_would_change

    today = date.today()
    print(
        f"{'flow':45} {'reruns':>6} {'changes':>7} {'CPU best':>8} {'CPU median':>10} "
        f"{'wall median':>11} {'ms/run':>6}"
    )
    for slug, flows in FLOWS.items():
        questionnaire = registry.get(slug)
        for flow in flows:
            data = {s.name: form_data(s, flow.answers) for s in questionnaire.intake_steps}
            with screening_as_of(today):
                state = walk_data(questionnaire.intake_steps, data)
            if not state.complete:
                print(f"{slug}/{flow.name}: incomplete answers, skipped")
                continue
            result = determine(questionnaire, state.answers, today)
            cpu, wall = [], []
            for _ in range(repeat + 1):
                forget_memos()
                started, started_cpu = time.perf_counter(), time.process_time()
                found = what_would_change(questionnaire, state, result, today)
                cpu.append((time.process_time() - started_cpu) * 1000)
                wall.append((time.perf_counter() - started) * 1000)
            median = statistics.median(cpu[1:])
            per_run = median / found.reruns if found.reruns else 0
            name = f"{slug}/{flow.name}"
            print(
                f"{name:45} {found.reruns:>6} {len(found.changes):>7} {min(cpu[1:]):>8.1f} "
                f"{median:>10.1f} {statistics.median(wall[1:]):>11.1f} {per_run:>6.2f}"
            )


def forget_memos() -> None:
    """Empty the memoised functions of the questionnaires' rules (``functools`` caches)."""
    for name, module in list(sys.modules.items()):
        if name.startswith("questionnaires.") and ".rules" in name and module is not None:
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


if __name__ == "__main__":
    main()

"""Work a server process does once belongs to its start-up, not to a client's first
request. Checked in a fresh interpreter, as gunicorn loads the app (``config.wsgi``)."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import config.wsgi
from questionnaires.irs_records_request import rules
print(rules.legal_public_holidays.cache_info().currsize)
"""


def test_the_us_holiday_calendar_is_loaded_when_the_app_starts():
    """The ``holidays`` library takes about 50 ms to load its United States calendar; the
    first IRS result a worker served used to pay for it (bench/README.md)."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(DJANGO_DEBUG="true", DJANGO_SETTINGS_MODULE="config.settings.base")
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(result.stdout.strip()) >= 1

"""Work a server process does once belongs to its start-up, not to a client's first
request. Checked in a fresh interpreter, as gunicorn loads the app (``config.wsgi``)."""

from .fresh_process import run_python

PROBE = """
import config.wsgi
from questionnaires.irs_records_request import rules
print(rules.legal_public_holidays.cache_info().currsize)
"""


def test_the_us_holiday_calendar_is_loaded_when_the_app_starts():
    """The ``holidays`` library takes about 50 ms to load its United States calendar; the
    first IRS result a worker served used to pay for it (bench/README.md)."""
    assert int(run_python(PROBE, DJANGO_DEBUG="true")) >= 1

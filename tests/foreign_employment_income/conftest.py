"""Fixtures for the s 23AG tests."""

import pytest
from django.core.cache import cache

from questionnaires.foreign_employment_income.models import (
    RATE_TABLE_YEARS_KEY,
    forget_rate_schedules,
)


@pytest.fixture(autouse=True)
def _fresh_rate_table_years():
    """The years with a rate table are cached; a test's rolled-back edits must not leave
    the cache describing a database that no longer exists; nor the rate tables kept."""
    cache.delete(RATE_TABLE_YEARS_KEY)
    forget_rate_schedules()
    yield
    cache.delete(RATE_TABLE_YEARS_KEY)
    forget_rate_schedules()

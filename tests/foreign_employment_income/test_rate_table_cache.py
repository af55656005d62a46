"""The rate tables are read once per process and kept until an admin saves or deletes a
table or a band (in any process sharing the cache), or for at most five minutes."""

from decimal import Decimal

import pytest
from django.core.cache import cache

from questionnaires.foreign_employment_income import models
from questionnaires.foreign_employment_income.models import (
    RATE_TABLES_VERSION_KEY,
    IncomeTaxRateBand,
    IncomeTaxRateTable,
    rate_schedule_for,
)

pytestmark = pytest.mark.django_db


def top_rate(year):
    return rate_schedule_for(year).bands[-1][1]


def test_the_tables_are_read_once(django_assert_num_queries):
    with django_assert_num_queries(2):  # the tables and their bands
        assert rate_schedule_for("2004-05") is not None
    with django_assert_num_queries(0):
        assert rate_schedule_for("2004-05") is not None
        assert rate_schedule_for("2010-11") is not None
        assert rate_schedule_for("1999-00") is None


def test_saving_a_band_is_seen_at_once():
    before = top_rate("2004-05")
    band = IncomeTaxRateBand.objects.get(table__income_year="2004-05", up_to=None)
    band.rate_percent = Decimal("50")
    band.save()
    assert before != Decimal("0.5")
    assert top_rate("2004-05") == Decimal("0.5")


def test_saving_a_table_is_seen_at_once():
    assert rate_schedule_for("2004-05").medicare_levy_rate != Decimal("0.09")
    table = IncomeTaxRateTable.objects.get(income_year="2004-05")
    table.medicare_levy_percent = Decimal("9")
    table.save()
    assert rate_schedule_for("2004-05").medicare_levy_rate == Decimal("0.09")


def test_deleting_a_table_is_seen_at_once():
    assert rate_schedule_for("2026-27") is not None
    IncomeTaxRateTable.objects.filter(income_year="2026-27").delete()
    assert rate_schedule_for("2026-27") is None


def test_a_save_in_another_process_is_seen(django_assert_num_queries):
    rate_schedule_for("2004-05")
    # Another worker or server saved a table: it set a new version in the shared cache.
    IncomeTaxRateBand.objects.filter(table__income_year="2004-05", up_to=None).update(
        rate_percent=Decimal("50")
    )  # (an update sends no signal: as if made elsewhere)
    assert top_rate("2004-05") != Decimal("0.5")
    cache.set(RATE_TABLES_VERSION_KEY, "from-another-process")
    with django_assert_num_queries(2):
        assert top_rate("2004-05") == Decimal("0.5")


def test_the_tables_are_kept_five_minutes_at_most(monkeypatch):
    rate_schedule_for("2004-05")
    IncomeTaxRateBand.objects.filter(table__income_year="2004-05", up_to=None).update(
        rate_percent=Decimal("50")
    )
    read_at = models._held[1]
    monkeypatch.setattr(models.time, "monotonic", lambda: read_at + 299)
    assert top_rate("2004-05") != Decimal("0.5")
    monkeypatch.setattr(models.time, "monotonic", lambda: read_at + 301)
    assert top_rate("2004-05") == Decimal("0.5")

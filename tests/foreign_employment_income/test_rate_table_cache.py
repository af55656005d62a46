"""The rate tables are read once per process and kept until a table or a band is saved or
deleted, in this process or any other: the tables' version is read from the database."""

from decimal import Decimal

import pytest
from django.utils import timezone

from questionnaires.foreign_employment_income.models import (
    IncomeTaxRateBand,
    IncomeTaxRateTable,
    rate_schedule_for,
)

pytestmark = pytest.mark.django_db


def top_rate(year):
    return rate_schedule_for(year).bands[-1][1]


def test_the_tables_are_read_once(django_assert_num_queries):
    with django_assert_num_queries(3):  # the version, the tables and their bands
        assert rate_schedule_for("2004-05") is not None
    with django_assert_num_queries(3):  # the version only, once per screening
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
    # Another worker or server saved a band: its signal moved the table's updated_at.
    # (An update() sends no signal here, as if the save were made elsewhere.)
    IncomeTaxRateBand.objects.filter(table__income_year="2004-05", up_to=None).update(
        rate_percent=Decimal("50")
    )
    assert top_rate("2004-05") != Decimal("0.5")
    IncomeTaxRateTable.objects.filter(income_year="2004-05").update(updated_at=timezone.now())
    with django_assert_num_queries(3):
        assert top_rate("2004-05") == Decimal("0.5")


def test_deleting_a_band_is_seen_at_once():
    table = IncomeTaxRateTable.objects.get(income_year="2004-05")
    bands_before = len(rate_schedule_for("2004-05").bands)
    table.bands.order_by("up_to").first().delete()
    assert len(rate_schedule_for("2004-05").bands) == bands_before - 1

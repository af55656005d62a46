"""Resident income tax rates per Australian income year, for exemption with progression
(s 23AG(3) ITAA 1936). Data, not code: admins keep them up to date in Django admin."""

from decimal import Decimal

from django.core.cache import cache
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from questionnaires.framework.memo import read_once


class IncomeTaxRateTable(models.Model):
    income_year = models.CharField(
        max_length=7, unique=True, help_text='The Australian income year, like "2004-05".'
    )
    medicare_levy_percent = models.DecimalField(
        "Medicare levy (%)", max_digits=5, decimal_places=2
    )
    source = models.TextField(help_text="Where these rates are published.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "questionnaires"
        ordering = ["income_year"]
        verbose_name = "income tax rate table"

    def __str__(self):
        return f"Resident rates {self.income_year}"


class IncomeTaxRateBand(models.Model):
    table = models.ForeignKey(IncomeTaxRateTable, on_delete=models.CASCADE, related_name="bands")
    up_to = models.DecimalField(
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Top of the band; leave empty for the top band.",
    )
    rate_percent = models.DecimalField(
        max_digits=5, decimal_places=2, help_text="Rate on income above the previous band's top."
    )

    class Meta:
        app_label = "questionnaires"
        ordering = ["table", models.F("up_to").asc(nulls_last=True)]

    def __str__(self):
        top = f"to {self.up_to:,.0f}" if self.up_to is not None else "above"
        return f"{self.rate_percent}% {top}"


def rate_schedule_for(income_year: str):
    """The rates admins keep for ``income_year`` as the rules' pure ``RateSchedule``, or
    None when there is no table for that year (the result then says so). Read from the
    tables kept in this process (:func:`rate_schedules`), and once while what would change
    the result is worked out, where the income year is among the answers changed."""
    return read_once("rate_schedules", rate_schedules).get(income_year)


#: The tables this process read: (version, {income year: schedule}).
_held: tuple | None = None


def rate_schedules() -> dict:
    """Every year's rate schedule, read once per process and kept while the tables'
    version (:func:`rate_tables_version`) is unchanged. The version is read from the
    database on every call, one small query, so a save in any worker or server is seen by
    the next screening everywhere, with or without a shared cache. The rules read the
    schedules for every screening and for every answer changed, and reading the tables
    and bands each time cost more than the rules."""
    global _held
    version = rate_tables_version()
    held = _held
    if held is not None and held[0] == version:
        return held[1]
    schedules = _read_rate_schedules()
    _held = (version, schedules)
    return schedules


def rate_tables_version() -> tuple:
    """How many tables there are and when one was last changed. Saving a table moves its
    ``updated_at``; saving or deleting a band moves its table's (:func:`touch_rate_table`);
    deleting a table changes the count. Only a bulk ``update()`` of bands in a shell goes
    unseen: save them one by one, or save their table afterwards."""
    version = IncomeTaxRateTable.objects.aggregate(
        tables=models.Count("pk"), changed=models.Max("updated_at")
    )
    return (version["tables"], version["changed"])


def _read_rate_schedules() -> dict:
    from .rules import RateSchedule

    hundred = Decimal(100)
    return {
        table.income_year: RateSchedule(
            income_year=table.income_year,
            bands=tuple((band.up_to, band.rate_percent / hundred) for band in table.bands.all()),
            medicare_levy_rate=table.medicare_levy_percent / hundred,
            source=table.source,
        )
        for table in IncomeTaxRateTable.objects.prefetch_related("bands")
    }


def forget_rate_schedules() -> None:
    """Drop the tables this process read (tests whose database edits are rolled back)."""
    global _held
    _held = None


#: The cache key for the set of income years that have a rate table.
RATE_TABLE_YEARS_KEY = "foreign_employment_income:rate_table_years"


def income_years_with_rate_tables() -> frozenset[str]:
    """The income years admins keep a rate table for, read through the shared cache: the
    wizard asks for the progression amounts only for these years, and checks it on every
    page, so a database query each time would cost one per page. Saving or deleting a
    table clears the cache; it also expires after five minutes."""
    years = cache.get(RATE_TABLE_YEARS_KEY)
    if years is None:
        years = frozenset(IncomeTaxRateTable.objects.values_list("income_year", flat=True))
        cache.set(RATE_TABLE_YEARS_KEY, years, timeout=300)
    return years


@receiver(post_save, sender=IncomeTaxRateTable)
@receiver(post_delete, sender=IncomeTaxRateTable)
def forget_rate_table_years(**kwargs):
    cache.delete(RATE_TABLE_YEARS_KEY)


@receiver(post_save, sender=IncomeTaxRateBand)
@receiver(post_delete, sender=IncomeTaxRateBand)
def touch_rate_table(instance, **kwargs):
    """A band saved or deleted: its table counts as changed, so every process reads the
    tables again (:func:`rate_tables_version`)."""
    IncomeTaxRateTable.objects.filter(pk=instance.table_id).update(updated_at=timezone.now())

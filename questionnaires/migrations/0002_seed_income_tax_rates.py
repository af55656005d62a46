"""Seed the resident income tax rates the s 23AG progression calculation needs. Rates are
data: admins edit or add years in Django admin."""

from decimal import Decimal

from django.db import migrations

from questionnaires.foreign_employment_income.rates import SEEDED_RATE_SCHEDULES


def seed(apps, schema_editor):
    Table = apps.get_model("questionnaires", "IncomeTaxRateTable")
    Band = apps.get_model("questionnaires", "IncomeTaxRateBand")
    for schedule in SEEDED_RATE_SCHEDULES.values():
        table, created = Table.objects.get_or_create(
            income_year=schedule.income_year,
            defaults={
                "medicare_levy_percent": schedule.medicare_levy_rate * 100,
                "source": schedule.source,
            },
        )
        if created:
            Band.objects.bulk_create(
                Band(table=table, up_to=top, rate_percent=rate * Decimal(100))
                for top, rate in schedule.bands
            )


def unseed(apps, schema_editor):
    Table = apps.get_model("questionnaires", "IncomeTaxRateTable")
    Table.objects.filter(income_year__in=list(SEEDED_RATE_SCHEDULES)).delete()


class Migration(migrations.Migration):
    dependencies = [("questionnaires", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]

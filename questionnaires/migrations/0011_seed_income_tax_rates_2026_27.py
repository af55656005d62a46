"""Seed the resident income tax rates for 2026-27, the last income year the s 23AG
questionnaire offers, so that every year it offers has a table.

The rates are those of the Income Tax Rates Act 1986, Sch 7 Pt I cl 1, for the 2026-27 year
of income, as added by the Treasury Laws Amendment (More Cost of Living Relief) Act 2025
(No. 28 of 2025), Sch 1 item 2 (15% to $45,000, 30% to $135,000, 37% to $190,000, 45%
above); the tax-free threshold stays $18,200, and the Medicare levy 2%, as since 2014-15.
Written out here, not imported, as in 0002 and 0005; a table an admin has already added is
left alone.
"""

from decimal import Decimal

from django.db import migrations

INCOME_YEAR = "2026-27"
SOURCE = (
    "Income Tax Rates Act 1986 Sch 7 Pt I cl 1, as amended by the Treasury Laws Amendment "
    "(More Cost of Living Relief) Act 2025 (No. 28 of 2025) Sch 1 item 2; Medicare levy 2%"
)
BANDS = ((18200, "0"), (45000, "15"), (135000, "30"), (190000, "37"), (None, "45"))


def seed(apps, schema_editor):
    Table = apps.get_model("questionnaires", "IncomeTaxRateTable")
    Band = apps.get_model("questionnaires", "IncomeTaxRateBand")
    table, created = Table.objects.get_or_create(
        income_year=INCOME_YEAR,
        defaults={"medicare_levy_percent": Decimal(2), "source": SOURCE},
    )
    if created:
        Band.objects.bulk_create(
            Band(table=table, up_to=None if top is None else Decimal(top), rate_percent=rate)
            for top, rate in BANDS
        )


def unseed(apps, schema_editor):
    apps.get_model("questionnaires", "IncomeTaxRateTable").objects.filter(
        income_year=INCOME_YEAR
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("questionnaires", "0010_audit_actions_amended_and_sign_in_events")]

    operations = [migrations.RunPython(seed, unseed)]

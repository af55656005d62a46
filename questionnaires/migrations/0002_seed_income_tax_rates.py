"""Seed the resident income tax rates the s 23AG progression calculation needs. Rates are
data: admins edit or add years in Django admin.

The figures are written out here, not imported, so that a fresh database is always seeded
with what this migration says whatever later code does. Each band is (top of the band,
rate in per cent); the rate applies to income above the previous band's top; None marks
the top band.
"""

from decimal import Decimal

from django.db import migrations

ATO = "Australian Taxation Office, Individual income tax rates: resident tax rates"

BANDS_2004_05 = ((6000, "0"), (21600, "17"), (58000, "30"), (70000, "42"), (None, "47"))
BANDS_2005_06 = ((6000, "0"), (21600, "15"), (63000, "30"), (95000, "42"), (None, "47"))
BANDS_2006_07 = ((6000, "0"), (25000, "15"), (75000, "30"), (150000, "40"), (None, "45"))
BANDS_2007_08 = ((6000, "0"), (30000, "15"), (75000, "30"), (150000, "40"), (None, "45"))
BANDS_2008_09 = ((6000, "0"), (34000, "15"), (80000, "30"), (180000, "40"), (None, "45"))
BANDS_2022_24 = ((18200, "0"), (45000, "19"), (120000, "32.5"), (180000, "37"), (None, "45"))
BANDS_2024_26 = ((18200, "0"), (45000, "16"), (135000, "30"), (190000, "37"), (None, "45"))

# (income year, bands, Medicare levy %, source)
TABLES = (
    (
        "2004-05",
        BANDS_2004_05,
        "1.5",
        "Tax Laws Amendment (Personal Income Tax Reduction) Act 2004; matches CR 2005/54, "
        "para 86; Medicare levy 1.5%",
    ),
    ("2005-06", BANDS_2005_06, "1.5", f"{ATO} 2005-06; Medicare levy 1.5%"),
    ("2006-07", BANDS_2006_07, "1.5", f"{ATO} 2006-07; Medicare levy 1.5%"),
    ("2007-08", BANDS_2007_08, "1.5", f"{ATO} 2007-08; Medicare levy 1.5%"),
    ("2008-09", BANDS_2008_09, "1.5", f"{ATO} 2008-09; Medicare levy 1.5%"),
    ("2022-23", BANDS_2022_24, "2", f"{ATO} 2022-23; Medicare levy 2%"),
    ("2023-24", BANDS_2022_24, "2", f"{ATO} 2023-24; Medicare levy 2%"),
    ("2024-25", BANDS_2024_26, "2", f"{ATO} 2024-25; Medicare levy 2%"),
    ("2025-26", BANDS_2024_26, "2", f"{ATO} 2025-26; Medicare levy 2%"),
)


def seed(apps, schema_editor):
    Table = apps.get_model("questionnaires", "IncomeTaxRateTable")
    Band = apps.get_model("questionnaires", "IncomeTaxRateBand")
    for income_year, bands, medicare_levy, source in TABLES:
        table, created = Table.objects.get_or_create(
            income_year=income_year,
            defaults={"medicare_levy_percent": Decimal(medicare_levy), "source": source},
        )
        if created:
            Band.objects.bulk_create(
                Band(
                    table=table,
                    up_to=None if top is None else Decimal(top),
                    rate_percent=Decimal(rate),
                )
                for top, rate in bands
            )


def unseed(apps, schema_editor):
    Table = apps.get_model("questionnaires", "IncomeTaxRateTable")
    Table.objects.filter(income_year__in=[year for year, *_ in TABLES]).delete()


class Migration(migrations.Migration):
    dependencies = [("questionnaires", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]

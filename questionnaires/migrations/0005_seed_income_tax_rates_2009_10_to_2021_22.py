"""Seed the resident income tax rates for the income years 2009-10 to 2021-22, which the
s 23AG questionnaire offers but 0002 left without a table. Rates are data: admins edit or
add years in Django admin; a table an admin has already added is left alone.

Each figure was checked against the ATO's "Individual income tax rates for prior years"
(resident tables, which exclude the Medicare levy) and, for the levy, the ATO's notice that
it rose from 1.5% to 2% of taxable income from the 2014-15 income year. Each band is (top
of the band, rate in per cent); the rate applies to income above the previous band's top;
None marks the top band. Written out here, not imported, as in 0002.
"""

from decimal import Decimal

from django.db import migrations

ATO = "Australian Taxation Office, Individual income tax rates for prior years: resident tax rates"
NO_FLOOD_LEVY = (
    "; does not include the temporary flood and cyclone reconstruction levy for 2011-12"
)
NO_BUDGET_REPAIR_LEVY = (
    "; does not include the Temporary Budget Repair Levy (2% of taxable income over $180,000)"
)

BANDS_2009_10 = ((6000, "0"), (35000, "15"), (80000, "30"), (180000, "38"), (None, "45"))
BANDS_2010_12 = ((6000, "0"), (37000, "15"), (80000, "30"), (180000, "37"), (None, "45"))
BANDS_2012_16 = ((18200, "0"), (37000, "19"), (80000, "32.5"), (180000, "37"), (None, "45"))
BANDS_2016_18 = ((18200, "0"), (37000, "19"), (87000, "32.5"), (180000, "37"), (None, "45"))
BANDS_2018_20 = ((18200, "0"), (37000, "19"), (90000, "32.5"), (180000, "37"), (None, "45"))
BANDS_2020_22 = ((18200, "0"), (45000, "19"), (120000, "32.5"), (180000, "37"), (None, "45"))

# (income year, bands, Medicare levy %, what the source leaves out)
TABLES = (
    ("2009-10", BANDS_2009_10, "1.5", ""),
    ("2010-11", BANDS_2010_12, "1.5", ""),
    ("2011-12", BANDS_2010_12, "1.5", NO_FLOOD_LEVY),
    ("2012-13", BANDS_2012_16, "1.5", ""),
    ("2013-14", BANDS_2012_16, "1.5", ""),
    ("2014-15", BANDS_2012_16, "2", NO_BUDGET_REPAIR_LEVY),
    ("2015-16", BANDS_2012_16, "2", NO_BUDGET_REPAIR_LEVY),
    ("2016-17", BANDS_2016_18, "2", NO_BUDGET_REPAIR_LEVY),
    ("2017-18", BANDS_2016_18, "2", ""),
    ("2018-19", BANDS_2018_20, "2", ""),
    ("2019-20", BANDS_2018_20, "2", ""),
    ("2020-21", BANDS_2020_22, "2", ""),
    ("2021-22", BANDS_2020_22, "2", ""),
)


def seed(apps, schema_editor):
    Table = apps.get_model("questionnaires", "IncomeTaxRateTable")
    Band = apps.get_model("questionnaires", "IncomeTaxRateBand")
    for income_year, bands, medicare_levy, leaves_out in TABLES:
        source = f"{ATO} {income_year}; Medicare levy {medicare_levy}%{leaves_out}"
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
    dependencies = [("questionnaires", "0004_caserecord_version_amends_and_amended_event")]

    operations = [migrations.RunPython(seed, unseed)]

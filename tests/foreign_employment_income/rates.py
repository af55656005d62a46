"""The resident income tax rates issue 3 gives (and issue 14 adds: 2009-10 to 2021-22 from
the ATO's tables of prior years' rates, 2026-27 from the amending Act) for exemption with
progression (s 23AG(3) ITAA 1936), written out again independently of the data migrations
that seed them, so that the tests check the migrations against the law rather than against
themselves. Each band is (top of the band, rate as a fraction); the rate applies above the
previous band's top."""

from decimal import Decimal

from questionnaires.foreign_employment_income.rules import RateSchedule

MEDICARE_TO_2013_14 = Decimal("0.015")
MEDICARE_FROM_2014_15 = Decimal("0.02")


def _bands(*pairs: tuple[int | None, str]) -> tuple[tuple[Decimal | None, Decimal], ...]:
    return tuple((None if top is None else Decimal(top), Decimal(rate)) for top, rate in pairs)


_2004_05 = _bands((6000, "0"), (21600, "0.17"), (58000, "0.30"), (70000, "0.42"), (None, "0.47"))
_2005_06 = _bands((6000, "0"), (21600, "0.15"), (63000, "0.30"), (95000, "0.42"), (None, "0.47"))
_2006_07 = _bands((6000, "0"), (25000, "0.15"), (75000, "0.30"), (150000, "0.40"), (None, "0.45"))
_2007_08 = _bands((6000, "0"), (30000, "0.15"), (75000, "0.30"), (150000, "0.40"), (None, "0.45"))
_2008_09 = _bands((6000, "0"), (34000, "0.15"), (80000, "0.30"), (180000, "0.40"), (None, "0.45"))
_2009_10 = _bands((6000, "0"), (35000, "0.15"), (80000, "0.30"), (180000, "0.38"), (None, "0.45"))
_2010_12 = _bands((6000, "0"), (37000, "0.15"), (80000, "0.30"), (180000, "0.37"), (None, "0.45"))
_2012_16 = _bands(
    (18200, "0"), (37000, "0.19"), (80000, "0.325"), (180000, "0.37"), (None, "0.45")
)
_2016_18 = _bands(
    (18200, "0"), (37000, "0.19"), (87000, "0.325"), (180000, "0.37"), (None, "0.45")
)
_2018_20 = _bands(
    (18200, "0"), (37000, "0.19"), (90000, "0.325"), (180000, "0.37"), (None, "0.45")
)
_2020_22 = _bands(
    (18200, "0"), (45000, "0.19"), (120000, "0.325"), (180000, "0.37"), (None, "0.45")
)
_2022_24 = _bands(
    (18200, "0"), (45000, "0.19"), (120000, "0.325"), (180000, "0.37"), (None, "0.45")
)
_2024_26 = _bands(
    (18200, "0"), (45000, "0.16"), (135000, "0.30"), (190000, "0.37"), (None, "0.45")
)
# Income Tax Rates Act 1986 Sch 7, as amended by Act No. 28 of 2025, Sch 1 item 2.
_2026_27 = _bands(
    (18200, "0"), (45000, "0.15"), (135000, "0.30"), (190000, "0.37"), (None, "0.45")
)

ISSUE_RATE_SCHEDULES: dict[str, RateSchedule] = {
    year: RateSchedule(income_year=year, bands=bands, medicare_levy_rate=medicare, source="")
    for year, bands, medicare in (
        ("2004-05", _2004_05, MEDICARE_TO_2013_14),
        ("2005-06", _2005_06, MEDICARE_TO_2013_14),
        ("2006-07", _2006_07, MEDICARE_TO_2013_14),
        ("2007-08", _2007_08, MEDICARE_TO_2013_14),
        ("2008-09", _2008_09, MEDICARE_TO_2013_14),
        ("2009-10", _2009_10, MEDICARE_TO_2013_14),
        ("2010-11", _2010_12, MEDICARE_TO_2013_14),
        ("2011-12", _2010_12, MEDICARE_TO_2013_14),
        ("2012-13", _2012_16, MEDICARE_TO_2013_14),
        ("2013-14", _2012_16, MEDICARE_TO_2013_14),
        ("2014-15", _2012_16, MEDICARE_FROM_2014_15),
        ("2015-16", _2012_16, MEDICARE_FROM_2014_15),
        ("2016-17", _2016_18, MEDICARE_FROM_2014_15),
        ("2017-18", _2016_18, MEDICARE_FROM_2014_15),
        ("2018-19", _2018_20, MEDICARE_FROM_2014_15),
        ("2019-20", _2018_20, MEDICARE_FROM_2014_15),
        ("2020-21", _2020_22, MEDICARE_FROM_2014_15),
        ("2021-22", _2020_22, MEDICARE_FROM_2014_15),
        ("2022-23", _2022_24, MEDICARE_FROM_2014_15),
        ("2023-24", _2022_24, MEDICARE_FROM_2014_15),
        ("2024-25", _2024_26, MEDICARE_FROM_2014_15),
        ("2025-26", _2024_26, MEDICARE_FROM_2014_15),
        ("2026-27", _2026_27, MEDICARE_FROM_2014_15),
    )
}

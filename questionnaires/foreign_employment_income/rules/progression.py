"""Step 8: exemption with progression (s 23AG(3))."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from questionnaires.foreign_employment_income import citations as c
from questionnaires.framework.determination import Finding, Status, reads

from .answers import (
    Outcome,
)
from .facts import (
    CENT,
    Facts,
    RateSchedule,
    format_money,
    income_year_start,
    money_str,
)

# ---------------------------------------------------------------------------
# 8. Exemption with progression
# ---------------------------------------------------------------------------

#: Levies the rate tables leave out, by income year: (the notional income above which
#: the levy applies, what it is). For 2011-12 the ATO counts the flood levy in the notional
#: gross tax; whether the Temporary Budget Repair Levy enters it is not settled.
LEVIES_NOT_IN_THE_TABLE = {
    "2011-12": (
        Decimal(50000),
        "the temporary flood and cyclone reconstruction levy, which the Tax Office counts in "
        "the notional tax on income over $50,000",
    ),
    **dict.fromkeys(
        ("2014-15", "2015-16", "2016-17"),
        (
            Decimal(180000),
            "the Temporary Budget Repair Levy (2% of taxable income over $180,000), and "
            "whether it counts in the notional tax is not settled",
        ),
    ),
}

PROGRESSION_EXCLUSIONS = (
    "The tax figure does not include tax offsets, Medicare levy low-income reductions or the "
    "Medicare levy surcharge."
)


def income_tax_on(taxable_income: Decimal, schedule: RateSchedule) -> Decimal:
    """Resident income tax on a taxable income under the year's rate schedule."""
    tax = Decimal(0)
    previous = Decimal(0)
    for top, rate in schedule.bands:
        upper = taxable_income if top is None else min(taxable_income, top)
        if upper > previous:
            tax += (upper - previous) * rate
        if top is None or taxable_income <= top:
            break
        previous = top
    return tax


def medicare_levy_on(taxable_income: Decimal, schedule: RateSchedule) -> Decimal:
    return max(taxable_income, Decimal(0)) * schedule.medicare_levy_rate


@dataclass(frozen=True)
class Progression:
    income_year: str
    rates_source: str
    notional_gross_taxable_income: Decimal
    income_tax: Decimal
    medicare_levy: Decimal
    notional_gross_tax: Decimal
    other_taxable_income: Decimal
    tax_payable: Decimal

    def to_data(self) -> dict:
        return {
            "income_year": self.income_year,
            "rates_source": self.rates_source,
            "notional_gross_taxable_income": money_str(self.notional_gross_taxable_income),
            "income_tax": money_str(self.income_tax),
            "medicare_levy": money_str(self.medicare_levy),
            "notional_gross_tax": money_str(self.notional_gross_tax),
            "other_taxable_income": money_str(self.other_taxable_income),
            "tax_payable": money_str(self.tax_payable),
        }


def levy_left_out(progression: Progression) -> bool:
    """Whether a levy the year's rate table leaves out applies at this notional income."""
    levy = LEVIES_NOT_IN_THE_TABLE.get(progression.income_year)
    return levy is not None and progression.notional_gross_taxable_income > levy[0]


def tax_with_progression(facts: Facts, schedule: RateSchedule) -> Progression:
    """CR 2005/54 para 86: tax payable = notional gross tax / notional gross taxable income x
    other taxable income, where notional gross taxable income = (other assessable income -
    deductions) + (exempt foreign income - related expenses) and notional gross tax is the
    income tax and Medicare levy on it. Rounded to the cent, half up."""
    zero = Decimal(0)
    other = (facts.other_assessable_income or zero) - (facts.other_deductions or zero)
    exempt = (facts.exempt_foreign_income or zero) - (facts.exempt_income_expenses or zero)
    notional_income = other + exempt
    income_tax = income_tax_on(notional_income, schedule).quantize(CENT, ROUND_HALF_UP)
    levy = medicare_levy_on(notional_income, schedule).quantize(CENT, ROUND_HALF_UP)
    notional_tax = income_tax + levy
    if notional_income <= 0 or other <= 0:
        payable = zero.quantize(CENT)
    else:
        payable = (notional_tax * other / notional_income).quantize(CENT, ROUND_HALF_UP)
    return Progression(
        income_year=schedule.income_year,
        rates_source=schedule.source,
        notional_gross_taxable_income=notional_income,
        income_tax=income_tax,
        medicare_levy=levy,
        notional_gross_tax=notional_tax,
        other_taxable_income=other,
        tax_payable=payable,
    )


class ProgressionStatus(StrEnum):
    """What became of the progression calculation (``data["progression_status"]``)."""

    NOT_ASKED = "not_asked"
    NOT_APPLICABLE = "not_applicable"
    NO_RATE_TABLE = "no_rate_table"
    INCOMPLETE_RATE_TABLE = "incomplete_rate_table"
    CALCULATED = "calculated"
    PROVISIONAL = "provisional"


@reads(
    "wants_progression",
    "other_assessable_income",
    "other_deductions",
    "exempt_foreign_income",
    "exempt_income_expenses",
    decides="how much tax is due on the client's other income",
    law=(c.S23AG_3,),
)
def exemption_with_progression(
    facts: Facts, outcome: str
) -> tuple[Finding, Progression | None, ProgressionStatus]:
    """s 23AG(3): exempt foreign earnings are still taken into account in working out the tax
    on the person's other income: the other income is taxed at the notional average rate on
    the exempt and other income together (CR 2005/54 paras 84-86). Where it is not yet
    settled that any pay is exempt (outcome "refer"), the calculation is shown as
    provisional. A year without a complete rate table is reported, never guessed."""
    relied_on = (
        "other_assessable_income",
        "other_deductions",
        "exempt_foreign_income",
        "exempt_income_expenses",
    )
    title = "Tax on the client's other income ('exemption with progression')"
    cites = (c.S23AG_3, c.CR_PROGRESSION, c.CR_PROGRESSION_EXAMPLE)

    def finding(status: Status, explanation: str, names=relied_on) -> Finding:
        return Finding("progression", title, status, explanation, names, cites)

    some_exempt = outcome in (Outcome.EXEMPT, Outcome.PARTLY_EXEMPT, Outcome.REFER)
    if facts.other_assessable_income is None and facts.rate_table_missing and some_exempt:
        return (
            finding(
                Status.UNCLEAR,
                f"There is no table of tax rates for the {facts.income_year} income year in "
                "this tool, so the amounts were not asked for and the tax on the client's "
                "other income was not worked out. An administrator can add the rates.",
                (),
            ),
            None,
            ProgressionStatus.NO_RATE_TABLE,
        )
    if facts.other_assessable_income is None:
        return (
            finding(Status.NOT_APPLICABLE, "The calculation was not asked for.", ()),
            None,
            ProgressionStatus.NOT_ASKED,
        )
    if outcome not in (Outcome.EXEMPT, Outcome.PARTLY_EXEMPT, Outcome.REFER):
        return (
            finding(
                Status.NOT_APPLICABLE,
                "The calculation applies only where some foreign pay is exempt, which it is "
                "not here. The overseas pay is taxed as ordinary income instead.",
            ),
            None,
            ProgressionStatus.NOT_APPLICABLE,
        )
    schedule = facts.rate_schedule
    if schedule is None or schedule.income_year != facts.income_year.strip():
        return (
            finding(
                Status.UNCLEAR,
                f"There is no table of tax rates for the {facts.income_year} income year in "
                "this tool, so we have not worked out the tax rather than guess. An "
                "administrator can add the rates.",
            ),
            None,
            ProgressionStatus.NO_RATE_TABLE,
        )
    if not schedule.is_complete:
        return (
            finding(
                Status.UNCLEAR,
                f"The table of tax rates for the {facts.income_year} income year is "
                "incomplete (it needs rising band tops and a top band with no upper limit), "
                "so we have not worked out the tax rather than guess. An administrator needs "
                "to fix the table.",
            ),
            None,
            ProgressionStatus.INCOMPLETE_RATE_TABLE,
        )
    result = tax_with_progression(facts, schedule)
    levy = LEVIES_NOT_IN_THE_TABLE.get(schedule.income_year)
    levy_applies = levy_left_out(result)
    provisional = outcome == Outcome.REFER or levy_applies
    explanation = ""
    if levy_applies:
        explanation = (
            f"This figure leaves out {levy[1]}, so it is provisional: get advice before using it. "
        )
    elif provisional:
        explanation = (
            "It is not yet settled that any of the overseas pay is exempt, so this is worked "
            "out only in case it is. "
        )
    explanation += (
        "Exempt pay is still counted when working out the tax rate on the client's other "
        "income. The other income is taxed at the average rate that would apply to all the "
        "income together. "
        f"Step 1: the notional gross taxable income (other income less its deductions, plus "
        f"exempt pay less its expenses) is {format_money(result.notional_gross_taxable_income)}. "
        f"Step 2: the notional gross tax (income tax of {format_money(result.income_tax)} "
        f"plus Medicare levy of {format_money(result.medicare_levy)} on that amount, at "
        f"{schedule.income_year} resident rates) is {format_money(result.notional_gross_tax)}. "
        f"Step 3: the other taxable income is {format_money(result.other_taxable_income)}. "
        f"Step 4: the tax on the other income, before any tax offsets (such as the low "
        f"income tax offset, which may reduce it to nil), is "
        f"{format_money(result.notional_gross_tax)} / "
        f"{format_money(result.notional_gross_taxable_income)} x "
        f"{format_money(result.other_taxable_income)} = {format_money(result.tax_payable)}, "
        "rounded to the cent. "
    )
    if result.other_taxable_income <= 0 or result.notional_gross_taxable_income <= 0:
        explanation += "There is no other taxable income, so no tax is payable on it. "
    if result.other_taxable_income < 0:
        explanation += (
            "The deductions are more than the other income. That excess is a tax loss only "
            "to the extent it is more than the net exempt income, which includes the exempt "
            "pay (ITAA 1997 s 36-10(3)): get advice before carrying any loss forward. "
        )
    first = income_year_start(facts.income_year)
    if first is not None and (
        (facts.service_end or facts.expected_service_end or date.min) > date(first + 1, 6, 30)
        or (facts.service_start is not None and facts.service_start < date(first, 7, 1))
    ):
        explanation += (
            f"The posting runs outside the {facts.income_year} income year: the exempt pay "
            "above must be only the pay received in that year; pay for the rest of the "
            "posting belongs to the year it was received in. "
        )
    if outcome != Outcome.EXEMPT:
        explanation += "Only the exempt pay should be entered as exempt foreign income. "
    explanation += (
        "The method is the one CR 2005/54 sets out in its explanation (para 86), which is "
        "not binding; the rule itself is s 23AG(3). "
    )
    explanation += PROGRESSION_EXCLUSIONS + f" Rates source: {schedule.source}."
    return (
        finding(Status.UNCLEAR if provisional else Status.MET, explanation),
        result,
        ProgressionStatus.PROVISIONAL if provisional else ProgressionStatus.CALCULATED,
    )

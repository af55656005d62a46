"""Putting the steps together into one determination."""

from __future__ import annotations

import re

from questionnaires.foreign_employment_income import citations as c
from questionnaires.framework.determination import Determination, Status
from questionnaires.framework.wording import join_words

from .activity_limit import (
    exemption_limited_to_listed_activities,
    straddles_the_activity_limit,
)
from .answers import (
    LISTED_REASONS,
    UNLISTED_REASONS,
    ForeignTaxReason,
    Outcome,
    Payment,
)
from .class_ruling import covered_by_class_ruling
from .earnings import (
    PAYMENT_RULES,
    australian_leave_pay_not_split_out,
    foreign_earnings_from_that_foreign_service,
    payment_codes,
)
from .facts import (
    FOREIGN_INCOME_TAX_OFFSET_FROM,
    Facts,
    income_year_start,
)
from .progression import (
    PROGRESSION_EXCLUSIONS,
    ProgressionStatus,
    exemption_with_progression,
    levy_left_out,
)
from .residency import australian_resident
from .service import (
    MIXED_PERIODS,
    NOT_STARTED,
    continuous_foreign_service_of_91_days,
    engaged_in_foreign_service,
    foreign_service_data,
    service_has_ended,
)
from .solely import exempt_abroad_solely_for_listed_reasons

# ---------------------------------------------------------------------------
# Putting it together
# ---------------------------------------------------------------------------

_REFER_REASONS = {
    "s23ag_1aa": (
        "it is not clear that the overseas work is a kind that can still be exempt from "
        "1 July 2009"
    ),
    "residency": (
        "it is not clear that the client was an Australian resident for tax purposes for "
        "the whole overseas service"
    ),
    "foreign_service": "it is not clear that the client worked overseas as an employee",
    "continuous_91_days": (
        "it is not settled that the overseas service is a continuous period of 91 days (see "
        "that finding for why)"
    ),
    "foreign_earnings": "at least one payment needs checking",
    "foreign_tax_solely": "it is not clear why the pay was not taxed overseas",
}

#: What to get before seeing an adviser, for each test that is not settled.
_DOCUMENTS = {
    "s23ag_1aa": "the employer's statement of what the posting was for and who funded it",
    "residency": "a record of the client's home, family and other ties to Australia during "
    "the posting",
    "foreign_service": "the employment contract or letter of appointment",
    "continuous_91_days": "the posting's terms (deployment papers or contract) and the "
    "client's leave and travel records",
    "foreign_earnings": "the employer's statement of each payment (income statement and pay "
    "slips)",
    "foreign_tax_solely": "the foreign tax return or the employer's statement of foreign tax "
    "withheld",
}


def documents_for(code: str, facts: Facts) -> str:
    """What to get before seeing an adviser about an unsettled test."""
    reasons = facts.foreign_tax_reasons
    if code == "foreign_tax_solely" and reasons & UNLISTED_REASONS and reasons & LISTED_REASONS:
        return (
            "the evidence that the other law or agreement was applied to the client's pay (an "
            "exemption certificate, a registration under it, or the foreign tax office's "
            "letter)"
        )
    return _DOCUMENTS[code]


def _first_para(citation) -> int:
    """The first paragraph number of a pinpoint like "paras 57-62" (0 if none)."""
    match = re.search(r"\d+", citation.pinpoint)
    return int(match.group()) if match else 0


_NOT_MET_REASONS = {
    "s23ag_1aa": "the overseas work is not a kind that can be exempt from 1 July 2009",
    "foreign_service": "the client did not work overseas as an employee or office holder",
    "continuous_91_days": "the overseas service was not a continuous period of 91 days",
    "foreign_earnings": "none of the payments is foreign earnings from the overseas service",
    "foreign_tax_solely": (
        "the pay was free of foreign tax solely for reasons that rule out the exemption"
    ),
}


def _payment_rows(facts: Facts, blocked: bool, undecided: bool) -> list[dict]:
    rows = []
    for code in payment_codes(facts):
        rule = PAYMENT_RULES[code]
        exempt: bool | None
        if rule.from_foreign_service is False:
            exempt, reason = False, f"Not exempt. {rule.reason}"
        elif blocked:
            exempt = False
            reason = "Not exempt: the conditions for the exemption are not met (see findings)."
        elif rule.from_foreign_service is None or undecided:
            exempt = None
            reason = (
                f"Needs checking. {rule.reason}"
                if rule.from_foreign_service is None
                else "Would be exempt, but other conditions need checking first."
            )
        else:
            exempt, reason = True, f"Exempt. {rule.reason}"
        rows.append({"code": str(code), "label": rule.label, "exempt": exempt, "reason": reason})
    return rows


def foreign_tax_relief(facts: Facts) -> str:
    """Relief for foreign tax on pay that is not exempt: the foreign income tax offset
    (ITAA 1997 Div 770) for income years starting on or after 1 July 2008; before then the
    foreign tax credit under former Divs 18, 18A and 19 of ITAA 1936."""
    start = income_year_start(facts.income_year)
    documents = (
        "get the foreign tax assessment or the employer's statement of foreign tax withheld. "
        "There is no relief for foreign tax on exempt pay."
    )
    if start is not None and start < FOREIGN_INCOME_TAX_OFFSET_FROM:
        return (
            "For foreign tax paid on pay that is not exempt, the client may be able to claim "
            "a foreign tax credit under the rules for that year (former Divisions 18, 18A "
            "and 19 of ITAA 1936; the foreign income tax offset applies only from 2008-09): "
            + documents
        )
    return (
        "For foreign tax paid on pay that is not exempt, the client may be able to claim a "
        "foreign income tax offset (ITAA 1997 Division 770): " + documents
    )


def pay_to_split(facts: Facts, deciding: dict) -> dict[str, str]:
    """The tests that are unclear only because the pay must be split by the period (or the
    leave) it was for, with what the split is: the outcome is then partly exempt, since
    some pay is exempt and some is not, and the dates say which."""
    splits = {}
    if straddles_the_activity_limit(facts):
        splits["s23ag_1aa"] = (
            "pay for service before 1 July 2009 can be exempt, but pay for service from that "
            "date cannot, because the work is not one of the listed kinds"
        )
    if deciding["continuous_91_days"].explanation.endswith(MIXED_PERIODS):
        splits["continuous_91_days"] = (
            "pay for the continuous periods of at least 91 days can be exempt, but pay for "
            "the shorter periods cannot"
        )
    if australian_leave_pay_not_split_out(facts) and (
        Payment.OTHER not in facts.payments_received
    ):
        splits["foreign_earnings"] = (
            "pay for the leave earned from work in Australia is not exempt and must be taken "
            "out of the salary"
        )
    return splits


def determine(facts: Facts) -> Determination:
    """Apply s 23AG to the facts and return the determination."""
    activity = exemption_limited_to_listed_activities(facts)
    residency = australian_resident(facts)
    service = engaged_in_foreign_service(facts)
    ruling = covered_by_class_ruling(facts)
    continuity = continuous_foreign_service_of_91_days(facts)
    earnings = foreign_earnings_from_that_foreign_service(facts)
    solely = exempt_abroad_solely_for_listed_reasons(facts)

    deciding = {f.code: f for f in (activity, residency, service, continuity, earnings, solely)}
    not_met = [code for code, f in deciding.items() if f.status == Status.NOT_MET]
    unclear = [code for code, f in deciding.items() if f.status == Status.UNCLEAR]
    blocked = bool(not_met)
    splits = pay_to_split(facts, deciding)
    split = bool(unclear) and not not_met and set(unclear) <= set(splits)
    rows = _payment_rows(facts, blocked=blocked, undecided=bool(unclear))
    if split:
        rows = [
            {
                **row,
                "exempt": None,
                "reason": "Exempt only in part: "
                + join_words([splits[code] for code in unclear])
                + ".",
            }
            if row["exempt"] is None
            else row
            for row in rows
        ]

    if residency.status == Status.NOT_MET:
        outcome = Outcome.NOT_APPLICABLE
        headline = (
            "The exemption does not apply, because the client was not an Australian resident "
            "for tax purposes; a non-resident's pay for work overseas is generally not taxed "
            "in Australia at all."
        )
    elif not_met:
        outcome = Outcome.NOT_EXEMPT
        headline = (
            "The client's overseas pay is not exempt from Australian tax, because "
            f"{_NOT_MET_REASONS[not_met[0]]}."
        )
    elif split:
        outcome = Outcome.PARTLY_EXEMPT
        headline = (
            "Some of the client's overseas pay is exempt from Australian tax under section "
            f"23AG, and some is not: {splits[unclear[0]]}."
        )
    elif unclear:
        outcome = Outcome.REFER
        headline = (
            "Get professional advice before deciding whether the client's overseas pay is "
            f"exempt: {_REFER_REASONS[unclear[0]]}."
        )
    else:
        # Every deciding test is met, so at least one payment is exempt.
        if all(row["exempt"] for row in rows):
            outcome = Outcome.EXEMPT
            headline = (
                "The client's overseas pay is exempt from Australian tax under section 23AG."
            )
        else:
            outcome = Outcome.PARTLY_EXEMPT
            headline = (
                "Some of the client's overseas pay is exempt from Australian tax under "
                "section 23AG, and some is not."
            )

    ongoing = not service_has_ended(facts)
    service_data = foreign_service_data(facts, continuity)
    not_started = continuity.explanation.startswith(NOT_STARTED)
    if outcome == Outcome.REFER and not_started:
        headline = (
            "The posting has not started yet, so none of the pay can be exempt yet. "
            + continuity.explanation.rsplit(": ", 1)[-1].split(". ", 1)[-1]
        )
    elif outcome == Outcome.REFER and ongoing and unclear[0] == "continuous_91_days":
        day_91 = service_data["day_91_text"]
        if day_91 and not service_data["reached_91_days_by_screening_date"]:
            headline = (
                "Get professional advice before deciding whether the client's overseas pay is "
                "exempt: the posting has not ended and has not yet reached 91 days. If it "
                f"continues without a break, the 91st day will be {day_91}."
            )
    if ongoing and outcome in (Outcome.EXEMPT, Outcome.PARTLY_EXEMPT):
        headline += (
            " This covers the overseas service up to the screening date: the posting has not "
            "ended, so check again when it does."
        )

    progression_finding, progression, progression_status = exemption_with_progression(
        facts, outcome
    )
    findings = (
        activity,
        residency,
        service,
        ruling,
        continuity,
        earnings,
        solely,
        progression_finding,
    )
    binding = ruling.status == Status.MET

    next_steps: list[str] = []
    if outcome == Outcome.REFER:
        next_steps += [
            f"Get advice from a registered tax agent or the Tax Office: {_REFER_REASONS[code]}."
            for code in unclear
        ]
        documents = list(dict.fromkeys(documents_for(code, facts) for code in unclear))
        next_steps.append(f"Documents to get first: {join_words(documents)}.")
    elif outcome == Outcome.NOT_APPLICABLE:
        next_steps.append(
            "Confirm the client's residency for the income year (Taxation Ruling IT 2650 "
            "explains the tests). This exemption is only for residents. A non-resident is "
            "taxed in Australia only on income from Australian sources (ITAA 1997 s 6-5(3)), "
            "so pay for work done overseas is generally not taxed here; check any pay for "
            "work done in Australia separately."
        )
    elif outcome == Outcome.NOT_EXEMPT:
        next_steps.append(
            "Include the overseas pay in the client's assessable income (the income that is "
            "taxed) for the year."
        )
    else:
        next_steps.append(
            "Leave the exempt pay out of the client's assessable income (the income that is "
            "taxed), but still report it in the tax return as exempt foreign employment "
            "income (the return asks for it with foreign source income; check that year's "
            "return instructions for where), because it raises the tax rate on their other "
            "income ('exemption with progression')."
        )
        if split:
            next_steps.append(
                "Split the payments marked 'Unclear' in the table as their reason says (get the "
                "pay records by pay period or leave record), and include the part that is not "
                "exempt, and any payment marked 'Not exempt', in assessable income."
            )
        elif outcome == Outcome.PARTLY_EXEMPT:
            next_steps.append(
                "Include the payments marked 'Not exempt' in the table in assessable income."
            )
    taxed_abroad = ForeignTaxReason.TAXED in facts.foreign_tax_reasons
    if taxed_abroad and outcome in (Outcome.NOT_EXEMPT, Outcome.PARTLY_EXEMPT):
        next_steps.append(foreign_tax_relief(facts))
    if binding:
        next_steps.append(
            "Keep records showing the deployment was carried out as CR 2005/54 describes "
            "(paras 12 to 35): the ruling binds the Commissioner only on that arrangement."
        )
    caveats = [
        "This applies section 23AG as in force for the dates of the service: as Class "
        "Ruling CR 2005/54 states it from 1 July 2004; the rule for a death before 91 days "
        "(s 23AG(1A)) for deaths from 1 July 2004; the one-sixth rule for joining periods "
        "(s 23AG(6A)-(6B)) for service from the Royal Assent of the Tax Laws Amendment (2005 "
        "Measures No. 5) Act 2005 (applied here from 19 December 2005; a "
        "lawyer should confirm the assent date), with earlier service referred where the "
        "earlier rule matters; and the limit to listed kinds of work (s 23AG(1AA)) for pay "
        "for service from 1 July 2009. Check for later changes to the law.",
    ]
    cited = {x for f in findings for x in f.citations}
    if any(x.authority == c.CR and _first_para(x) >= 38 for x in cited):
        caveats.append(
            "Only paragraphs 1 to 37 of CR 2005/54 are the binding ruling; the findings also "
            "cite its explanation (paragraphs 38 on), which is not binding."
        )
    first = income_year_start(facts.income_year)
    if (
        first is not None
        and service_has_ended(facts)
        and facts.service_end is not None
        and facts.service_end.year * 100 + facts.service_end.month < first * 100 + 7
    ):
        caveats.append(
            f"The overseas service ended before the {facts.income_year} income year began: "
            "this screening is only about pay received in that year for the service (late "
            "salary, bonuses or leave pay; CR 2005/54 para 73)."
        )
    if c.TD_2012_8 in cited:
        caveats.append(
            "That absences for the client's own accident or illness, another person's "
            "accident, illness or death, work trips and short breaks count as foreign service "
            "is the Commissioner's view in Taxation "
            "Determination TD 2012/8 (a public ruling); check the posting's terms allowed "
            "the absence."
        )
    if ruling.status == Status.UNCLEAR:
        caveats.append(
            "We could not confirm that CR 2005/54 binds the Commissioner for this client; "
            "until that is confirmed, treat its tests as guidance only."
        )
    elif not binding:
        caveats.append(
            "CR 2005/54 does not bind the Commissioner for this client; its tests are used "
            "here as guidance only."
        )
    if progression is not None:
        caveats.append(PROGRESSION_EXCLUSIONS)

    data = {
        "income_year": facts.income_year,
        "tests": {f.code: str(f.status) for f in findings},
        "payments": rows,
        "foreign_service": service_data,
        "progression_status": str(progression_status),
        "progression": (
            {
                **progression.to_data(),
                "provisional": progression_status == ProgressionStatus.PROVISIONAL,
                "levy_left_out": levy_left_out(progression),
            }
            if progression
            else None
        ),
        "ruling_binding": binding,
        "screening_date": facts.today.isoformat() if facts.today else None,
        "service_ongoing": ongoing,
    }
    return Determination(
        outcome=str(outcome),
        headline=headline,
        findings=findings,
        next_steps=tuple(next_steps),
        caveats=tuple(caveats),
        data=data,
    )

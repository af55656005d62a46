"""The practitioner's fact patterns (``/work/adversarial/issue-14.md``), each meant to break
the s 23AG rules, with the result the law supports. One test per pattern, named after it;
the docstring gives the pattern and its authority. Screening date 29 November 2026 unless a
pattern says otherwise."""

from datetime import date
from decimal import Decimal

from questionnaires.foreign_employment_income.forms import ForeignTaxForm
from questionnaires.foreign_employment_income.rules import (
    Absence,
    Facts,
    Outcome,
    determine,
)
from questionnaires.framework.determination import Status
from tests.foreign_employment_income.rates import ISSUE_RATE_SCHEDULES

TODAY = date(2026, 11, 29)


def client(**overrides) -> Facts:
    """A resident employee, outside CR 2005/54's class, whose pay was taxed abroad."""
    base = {
        "australian_resident": "yes",
        "work_capacity": "employee",
        "ruling_class_member": "no",
        "left_early_and_returned": "no",
        "payments_received": frozenset({"salary"}),
        "foreign_tax_reasons": frozenset({"taxed"}),
        "service_ended": "yes",
        "died_during_service": "no",
        "today": TODAY,
    }
    return Facts(**{**base, **overrides})


def away(start: date, end: date, kind: str) -> tuple[Absence, ...]:
    return (Absence(start, end, kind),)


def statuses(result) -> dict[str, str]:
    return result.data["tests"]


CHILE = {"income_year": "2005-06", "service_start": date(2006, 3, 1)}


def test_p1_90_days_is_one_short_and_the_relief_is_the_foreign_tax_credit():
    """P1. 1 March-29 May 2006 in Chile is 90 days counting both ends: s 23AG(1) needs not
    less than 91 (CR 2005/54 para 43) -> not exempt. Relief for the Chilean tax in 2005-06
    is the foreign tax credit (former Divs 18, 18A, 19 ITAA 1936), not Div 770, which
    applies to income years starting on or after 1 July 2008."""
    result = determine(client(**CHILE, service_end=date(2006, 5, 29)))
    assert result.outcome == Outcome.NOT_EXEMPT
    assert statuses(result)["continuous_91_days"] == Status.NOT_MET
    assert result.data["foreign_service"]["days"] == 90
    assert any("foreign tax credit" in step for step in result.next_steps)
    assert not any("Division 770" in step for step in result.next_steps)


def test_p2_exactly_91_days_is_exempt():
    """P2. 1 March-30 May 2006: 91 days counting both ends -> met; taxed in Chile, so
    s 23AG(2) is not engaged -> exempt (s 23AG(1), (3))."""
    result = determine(client(**CHILE, service_end=date(2006, 5, 30)))
    assert result.outcome == Outcome.EXEMPT
    assert result.data["foreign_service"]["days"] == 91
    assert result.data["foreign_service"]["day_91"] == "2006-05-30"


def test_p3_pay_received_after_1_july_2009_for_earlier_service_is_outside_1aa():
    """P3. Service 1 April-30 June 2009 (91 days), unlisted work, paid in July 2009: the
    2009 Act's Sch 1 item 2(2)(b), (3) disregards s 23AG(1AA) for earnings derived from
    1 July 2009 from service before then -> exempt (CR 2005/54 paras 72-73)."""
    result = determine(
        client(
            income_year="2009-10",
            attributable_activity="none",
            service_start=date(2009, 4, 1),
            service_end=date(2009, 6, 30),
            payments_received=frozenset({"salary", "bonus_or_commission"}),
            payment_circumstances=frozenset({"paid_after_return"}),
        )
    )
    assert result.outcome == Outcome.EXEMPT
    assert statuses(result)["s23ag_1aa"] == Status.NOT_APPLICABLE
    assert result.data["foreign_service"]["days"] == 91
    assert "not affected" not in result.headline


QATAR = {
    "income_year": "2009-10",
    "attributable_activity": "none",
    "service_start": date(2009, 3, 1),
    "service_end": date(2009, 10, 31),
}


def test_p4_service_straddling_1_july_2009_untaxed_abroad_and_the_taxed_variant():
    """P4. Qatar, 1 March-31 October 2009, private employer. Untaxed because Qatar does not
    tax wages: s 23AG(2)(c)-(d) denies the pay before July too -> not exempt, for both
    reasons. Taxed variant: June 2009 pay received in July is exempt (item 2(2)(b)), pay
    for July-October is not (item 2(1), (1AA)) -> partly exempt, split by service dates."""
    untaxed = determine(client(**QATAR, foreign_tax_reasons=frozenset({"foreign_law_no_tax"})))
    assert untaxed.outcome == Outcome.NOT_EXEMPT
    assert statuses(untaxed)["foreign_tax_solely"] == Status.NOT_MET
    assert statuses(untaxed)["s23ag_1aa"] == Status.UNCLEAR
    taxed = determine(client(**QATAR))
    assert taxed.outcome == Outcome.PARTLY_EXEMPT
    assert "pay for service before 1 July 2009 can be exempt" in taxed.headline


def test_p5_posting_running_91st_day_after_the_screening_date_is_conditional():
    """P5. Deployed 15 September 2026, planned to 15 March 2027, still there on 29 November
    2026 (76 days): the 91st day is 14 December 2026; exempt only if still serving then
    (s 23AG(1); (1A) if she dies) -> refer, never an unqualified exempt."""
    result = determine(
        client(
            income_year="2026-27",
            attributable_activity="disciplined_force",
            service_start=date(2026, 9, 15),
            service_ended="no",
            service_end=None,
            expected_service_end=date(2027, 3, 15),
        )
    )
    assert result.outcome == Outcome.REFER
    assert statuses(result)["continuous_91_days"] == Status.UNCLEAR
    service = result.data["foreign_service"]
    assert service["day_91"] == "2026-12-14"
    assert service["reached_91_days_by_screening_date"] is False
    assert "14 December 2026" in result.finding("continuous_91_days").explanation
    assert "the 91st day will be 14 December 2026" in result.headline


def test_p6_posting_running_91st_day_passed_is_exempt_and_dated():
    """P6. ODA aid worker in Timor-Leste since 1 June 2026, still there: the 91st day was
    30 August 2026 -> met for the period so far, exempt, with a caution that a later break
    starts a new period (s 23AG(1), (1AA)(a), (6A))."""
    result = determine(
        client(
            income_year="2026-27",
            attributable_activity="development_assistance",
            service_start=date(2026, 6, 1),
            service_ended="no",
            service_end=None,
            expected_service_end=date(2027, 5, 31),
        )
    )
    assert result.outcome == Outcome.EXEMPT
    assert result.data["foreign_service"]["day_91"] == "2026-08-30"
    assert "the posting has not ended" in result.headline
    assert "only if no absence" in result.finding("continuous_91_days").explanation


def test_p7_death_before_91_days():
    """P7. AFP officer deployed 1 October 2024 for six months, died on 20 November 2024
    (day 51): s 23AG(1A) (deaths from 1 July 2004, 2005 Act Sch 1 item 5(1)) takes her to
    have 91 days -> exempt. Variant: a 60-day deployment -> (1A)(c) fails -> not exempt."""
    death = {
        "income_year": "2024-25",
        "attributable_activity": "disciplined_force",
        "service_start": date(2024, 10, 1),
        "service_end": date(2024, 11, 20),
        "died_during_service": "yes",
    }
    assert determine(client(**death, would_have_reached_91_days="yes")).outcome == "exempt"
    short = determine(client(**death, would_have_reached_91_days="no"))
    assert short.outcome == Outcome.NOT_EXEMPT


def test_p8_medical_evacuation_for_her_own_illness_counts():
    """P8. Vanuatu 1 August-31 December 2015, medically evacuated 10 September-20 October
    on sick leave: an absence because of an accident or illness she suffers counts as
    foreign service (s 23AG(6); TD 2012/8 para 1) -> one period of 153 days -> exempt."""
    result = determine(
        client(
            income_year="2015-16",
            attributable_activity="development_assistance",
            service_start=date(2015, 8, 1),
            service_end=date(2015, 12, 31),
            absences=away(date(2015, 9, 10), date(2015, 10, 20), "own_accident_or_illness"),
        )
    )
    assert result.outcome == Outcome.EXEMPT
    assert result.data["foreign_service"]["counted_days"] == 153


def test_p9_compassionate_leave_and_the_one_sixth_rule_both_give_exempt():
    """P9. PNG 1 September-31 December 2012, home for a funeral 1-10 November: counts as
    foreign service (TD 2012/8 para 1); and even recorded as another reason, 10 days
    against 61 served never exceeds one sixth (s 23AG(6A)-(6B)) -> exempt either way."""
    png = {
        "income_year": "2012-13",
        "attributable_activity": "disciplined_force",
        "service_start": date(2012, 9, 1),
        "service_end": date(2012, 12, 31),
    }
    leave = (date(2012, 11, 1), date(2012, 11, 10))
    assert determine(client(**png, absences=away(*leave, "compassionate"))).outcome == "exempt"
    other = determine(client(**png, absences=away(*leave, "other")))
    assert other.outcome == Outcome.EXEMPT
    assert other.data["foreign_service"]["one_sixth_rule_applied"] is True


def test_p10_short_work_trip_counts_and_a_private_trip_splits_the_pay():
    """P10. Cambodia 1 February-30 June 2007, 4-day briefing in Melbourne 20-23 February on
    the employer's instructions: counts (TD 2012/8 para 1) -> exempt. As a private trip:
    4 days away against 19 served exceeds one sixth, so 19 days stand alone and 127 days
    from 24 February are exempt -> partly exempt (s 23AG(6A)-(6B))."""
    cambodia = {
        "income_year": "2006-07",
        "service_start": date(2007, 2, 1),
        "service_end": date(2007, 6, 30),
    }
    trip = (date(2007, 2, 20), date(2007, 2, 23))
    assert determine(client(**cambodia, absences=away(*trip, "work_trip"))).outcome == "exempt"
    private = determine(client(**cambodia, absences=away(*trip, "other")))
    assert private.outcome == Outcome.PARTLY_EXEMPT
    assert [p["days"] for p in private.data["foreign_service"]["continuous_periods"]] == [19, 127]


SINGAPORE = {
    "income_year": "2006-07",
    "service_start": date(2007, 1, 1),
    "service_end": date(2007, 4, 30),
}


def test_p11_absence_of_exactly_one_sixth_does_not_exceed_it():
    """P11. Singapore 1 January-30 April 2007, unpaid leave 2-11 March: 10 days against 60
    served is exactly one sixth, which does not "exceed" it (s 23AG(6A)(b)) -> joined into
    110 days of foreign service -> exempt, decided, not referred."""
    result = determine(
        client(**SINGAPORE, absences=away(date(2007, 3, 2), date(2007, 3, 11), "unpaid_leave"))
    )
    assert result.outcome == Outcome.EXEMPT
    assert result.data["foreign_service"]["within_one_sixth"] is True


def test_p12_absence_just_over_one_sixth_breaks_the_period():
    """P12. As P11 with unpaid leave to 12 March: 11 days against 60 exceeds one sixth, so
    60 and 49 days stay apart -> not exempt; relief for 2006-07 is the foreign tax credit."""
    result = determine(
        client(**SINGAPORE, absences=away(date(2007, 3, 2), date(2007, 3, 12), "unpaid_leave"))
    )
    assert result.outcome == Outcome.NOT_EXEMPT
    assert result.data["foreign_service"]["within_one_sixth"] is False
    assert any("foreign tax credit" in step for step in result.next_steps)


def test_p13_absence_before_the_2005_act_is_referred_under_the_earlier_rule():
    """P13. PNG 10 January-30 June 2005, unpaid leave 1-20 March 2005: before the 2005
    Act's assent the one-sixth rule does not apply (Sch 1 item 5(3)); 21 March-30 June
    (102 days) is exempt under either rule, the first 50 days turn on the former
    s 23AG(6A)-(6E) -> refer, naming the earlier rule, not the one-sixth rule."""
    result = determine(
        client(
            income_year="2004-05",
            service_start=date(2005, 1, 10),
            service_end=date(2005, 6, 30),
            absences=away(date(2005, 3, 1), date(2005, 3, 20), "unpaid_leave"),
        )
    )
    finding = result.finding("continuous_91_days")
    assert result.outcome == Outcome.REFER
    assert "absentee credit" in finding.explanation
    assert "21 March 2005 to 30 June 2005 (102 days)" in finding.explanation
    assert "one sixth at some point" not in finding.explanation
    assert result.data["foreign_service"]["one_sixth_rule_applied"] is False


def test_p14_service_running_through_the_2005_assent_refers_on_the_item_5_4_uplift():
    """P14. Vietnam 1 September 2005-30 April 2006, unpaid leave 1 February-10 March 2006:
    the one-sixth rule applies, but item 5(4) adds the pre-assent days of the period to the
    total foreign service, which may join the periods -> refer, citing item 5(4)."""
    result = determine(
        client(
            income_year="2005-06",
            service_start=date(2005, 9, 1),
            service_end=date(2006, 4, 30),
            absences=away(date(2006, 2, 1), date(2006, 3, 10), "unpaid_leave"),
        )
    )
    finding = result.finding("continuous_91_days")
    assert result.outcome == Outcome.REFER
    assert "item 5(4)" in finding.explanation


def test_p15_leave_before_the_client_first_arrived_is_not_foreign_service():
    """P15. Contract from 1 February 2008, leave 1-14 February, arrived 15 February, left
    10 May: leave before any foreign service cannot be attributable to it (TD 2012/8 para
    1; CR 2005/54 para 55) -> 86 days -> not exempt."""
    result = determine(
        client(
            income_year="2007-08",
            service_start=date(2008, 2, 1),
            service_end=date(2008, 5, 10),
            absences=away(date(2008, 2, 1), date(2008, 2, 14), "foreign_recreation_leave"),
        )
    )
    assert result.outcome == Outcome.NOT_EXEMPT
    assert result.data["foreign_service"]["days"] == 86
    assert result.data["foreign_service"]["before_arrival_days"] == 14


def test_p16_leave_after_the_posting_ended_does_not_lengthen_it():
    """P16. In Fiji 1 July-10 September 2008 (72 days), then 25 days' leave in Australia to
    5 October: leave counts only within the scheduled period (TD 2012/8 para 1) -> refer
    for the posting terms, never exempt on the leave. Variant: the last 20 days recorded as
    unpaid leave -> 77 days, not exempt, and not "within one sixth"."""
    fiji = {
        "income_year": "2008-09",
        "service_start": date(2008, 7, 1),
        "service_end": date(2008, 10, 5),
        "payments_received": frozenset({"salary", "foreign_recreation_leave_pay"}),
    }
    leave = determine(
        client(
            **fiji, absences=away(date(2008, 9, 11), date(2008, 10, 5), "foreign_recreation_leave")
        )
    )
    assert leave.outcome == Outcome.REFER
    assert "scheduled period" in leave.finding("continuous_91_days").explanation
    unpaid = determine(
        client(**fiji, absences=away(date(2008, 9, 16), date(2008, 10, 5), "unpaid_leave"))
    )
    assert unpaid.outcome == Outcome.NOT_EXEMPT
    assert unpaid.data["foreign_service"]["within_one_sixth"] is False


def test_p17_part_year_resident_is_referred_to_split_at_the_change():
    """P17. ODA aid worker in Laos, stopped being resident on 15 January 2014: pay while
    resident can be exempt, pay afterwards is foreign-source income of a foreign resident
    (ITAA 1997 s 6-5(3)) -> refer to split, never "does not apply at all"."""
    result = determine(
        client(
            income_year="2013-14",
            attributable_activity="development_assistance",
            australian_resident="no",
            residency_change="stopped",
            service_start=date(2013, 9, 1),
            service_end=date(2014, 6, 30),
        )
    )
    assert result.outcome == Outcome.REFER
    assert statuses(result)["residency"] == Status.UNCLEAR
    assert "does not apply at all" not in result.finding("residency").explanation


def test_p18_non_resident_throughout_is_not_taxed_on_foreign_pay():
    """P18. Left Australia permanently in 2019, works in Dubai: a foreign resident is taxed
    only on Australian-source income (ITAA 1997 s 6-5(3)) -> not applicable, saying the
    foreign pay is generally not taxed here; never "include it in assessable income"."""
    result = determine(
        client(
            income_year="2022-23",
            attributable_activity="none",
            australian_resident="no",
            residency_change="never",
        )
    )
    assert result.outcome == Outcome.NOT_APPLICABLE
    assert "not taxed in Australia at all" in result.headline
    assert not any("Include the overseas pay" in step for step in result.next_steps)


SOLOMONS_2010 = {
    "income_year": "2010-11",
    "attributable_activity": "disciplined_force",
    "service_start": date(2010, 8, 1),
    "service_end": date(2010, 12, 31),
    "absences": away(date(2010, 10, 1), date(2010, 10, 10), "australian_accrued_leave"),
}


def test_p19_leave_earned_in_australia_mid_posting_after_2005():
    """P19. Solomon Islands 1 August-31 December 2010, 10 days' Canberra-accrued leave in
    October: not foreign service, but 10 days against 61 served stays within one sixth
    (s 23AG(6A)) -> one continuous period; the leave pay is not from that service (CR
    2005/54 paras 63, 72) -> partly exempt. The repealed s 23AG(6D) is not cited."""
    result = determine(client(**SOLOMONS_2010))
    assert result.outcome == Outcome.PARTLY_EXEMPT
    assert statuses(result)["continuous_91_days"] == Status.MET
    cited = {x.pinpoint for f in result.findings for x in f.citations}
    assert "s 23AG(6D)" not in cited
    recorded = determine(
        client(**SOLOMONS_2010, payments_received=frozenset({"salary", "australian_leave_pay"}))
    )
    assert recorded.outcome == Outcome.PARTLY_EXEMPT
    rows = {row["code"]: row["exempt"] for row in recorded.data["payments"]}
    assert rows == {"salary": True, "australian_leave_pay": False}


LONDON = {
    "income_year": "2007-08",
    "service_start": date(2007, 9, 1),
    "service_end": date(2008, 1, 31),
}


def test_p20_a_double_tax_agreement_is_not_the_other_agreement():
    """P20. London secondment, the UK did not tax the pay under the tax treaty (Art 15):
    exempt abroad only because of a double tax agreement -> s 23AG(2)(a)-(b), not exempt.
    Ticked also as "another agreement", the answer is questioned (refer), never exempt."""
    dta = determine(client(**LONDON, foreign_tax_reasons=frozenset({"double_tax_agreement"})))
    assert dta.outcome == Outcome.NOT_EXEMPT
    both = determine(
        client(
            **LONDON, foreign_tax_reasons=frozenset({"double_tax_agreement", "specific_agreement"})
        )
    )
    assert both.outcome == Outcome.REFER
    assert "if it is the tax treaty" in both.finding("foreign_tax_solely").explanation


def test_p21_progression_for_2012_13_uses_that_years_rates():
    """P21. Other income $20,000, exempt pay $45,000 in 2012-13: tax on $65,000 is $12,672
    plus 1.5% Medicare levy $975 = $13,647; x 20,000 / 65,000 = $4,199.08 (s 23AG(3); the
    method of CR 2005/54 paras 84-86, para 86 being non-binding explanation)."""
    result = determine(
        client(
            income_year="2012-13",
            attributable_activity="disciplined_force",
            service_start=date(2012, 8, 1),
            service_end=date(2013, 2, 28),
            other_assessable_income=Decimal(20000),
            other_deductions=Decimal(0),
            exempt_foreign_income=Decimal(45000),
            exempt_income_expenses=Decimal(0),
            rate_schedule=ISSUE_RATE_SCHEDULES["2012-13"],
        )
    )
    assert result.outcome == Outcome.EXEMPT
    assert result.data["progression"]["notional_gross_tax"] == "13647.00"
    assert result.data["progression"]["tax_payable"] == "4199.08"
    assert "not binding" in result.finding("progression").explanation


def test_p22_a_posting_across_two_years_and_a_loss_year():
    """P22. (a) PNG 1 April-30 September 2006: only the $30,500 received in 2005-06 belongs
    in 2005-06: $22,556.25 x 48,250 / 78,750 = $13,820.18, and the result warns that the
    posting runs past 30 June. (b) Deductions $12,000 above other income $10,000: no tax on
    other income; the loss is reduced by net exempt income (ITAA 1997 s 36-10(3))."""
    png = {
        "income_year": "2005-06",
        "service_start": date(2006, 4, 1),
        "service_end": date(2006, 9, 30),
        "rate_schedule": ISSUE_RATE_SCHEDULES["2005-06"],
    }
    one_year = determine(
        client(
            **png,
            other_assessable_income=Decimal("48250.55"),
            other_deductions=Decimal("0.55"),
            exempt_foreign_income=Decimal(30500),
            exempt_income_expenses=Decimal(0),
        )
    )
    assert one_year.data["progression"]["tax_payable"] == "13820.18"
    assert "runs outside the 2005-06 income year" in one_year.finding("progression").explanation
    loss = determine(
        client(
            **png,
            other_assessable_income=Decimal(10000),
            other_deductions=Decimal(12000),
            exempt_foreign_income=Decimal(30000),
            exempt_income_expenses=Decimal(0),
        )
    )
    assert loss.data["progression"]["tax_payable"] == "0.00"
    assert "s 36-10(3)" in loss.finding("progression").explanation


def test_p23_taxed_there_and_not_sure_together_is_a_field_error():
    """P23. "It was taxed there" with "Not sure": contradictory answers -> an error at the
    field saying how to fix it (issue item 12)."""
    form = ForeignTaxForm(data={"foreign_tax_reasons": ["taxed", "not_sure"]})
    assert not form.is_valid()
    assert "not both" in form.errors["foreign_tax_reasons"][0]


def test_p24_the_91st_day_is_the_screening_date():
    """P24. Arrived in Kiribati 31 August 2026, still there: the 91st day is 29 November
    2026. Screened that day -> met; screened the day before -> conditional on serving on
    29 November, never not exempt (s 23AG(1))."""
    kiribati = {
        "income_year": "2026-27",
        "attributable_activity": "development_assistance",
        "service_start": date(2026, 8, 31),
        "service_ended": "no",
        "service_end": None,
    }
    on_the_day = determine(client(**kiribati))
    assert on_the_day.outcome == Outcome.EXEMPT
    assert on_the_day.data["foreign_service"]["day_91"] == "2026-11-29"
    day_before = determine(client(**kiribati, today=date(2026, 11, 28)))
    assert day_before.outcome == Outcome.REFER
    assert "29 November 2026" in day_before.finding("continuous_91_days").explanation


# --- The verifying round (/work/adversarial/issue-14-verify.md) ---------------------------


def test_v1_not_sure_whether_the_posting_ended_is_conditional_not_exempt():
    """V1. Police deployed to Solomon Islands on 1 June 2026; staff do not know whether she
    has come home. The 91st day was 30 August 2026: exempt only if she was still serving
    then (s 23AG(1)) -> refer, never "exempt for the service so far"."""
    result = determine(
        client(
            income_year="2026-27",
            attributable_activity="disciplined_force",
            service_start=date(2026, 6, 1),
            service_ended="not_sure",
            service_end=None,
        )
    )
    assert result.outcome == Outcome.REFER
    finding = result.finding("continuous_91_days")
    assert finding.status == Status.UNCLEAR
    assert "If the client was still in the overseas service on 30 August 2026" in (
        finding.explanation
    )


def test_v2_a_private_posting_begun_before_july_2009_is_not_exempt_in_later_years():
    """V2. Qatar since 1 March 2008, private employer, taxed there: pay received in 2015-16
    (or 2026-27) is for service in that year, long after 1 July 2009, so s 23AG(1AA) bites
    (2009 Act Sch 1 item 2(1)) -> not exempt; only a deferred payment for pre-July 2009
    service could escape (item 2(2)(b)). The split is a 2009-10 question."""
    qatar = {"attributable_activity": "none", "service_start": date(2008, 3, 1)}
    ended = determine(client(**qatar, income_year="2015-16", service_end=date(2016, 3, 31)))
    assert ended.outcome == Outcome.NOT_EXEMPT
    assert "deferred bonus" in ended.finding("s23ag_1aa").explanation
    running = determine(
        client(**qatar, income_year="2026-27", service_ended="no", service_end=None)
    )
    assert running.outcome == Outcome.NOT_EXEMPT


def test_v3_running_posting_with_a_short_first_period_is_partly_exempt():
    """V3. ODA worker in Timor-Leste from 1 July 2026, 10 days' unpaid leave 11-20 July,
    back since 21 July and still there: 1-10 July stands alone (2 days away exceed one
    sixth of 10 on 12 July), the period from 21 July reached 91 days on 19 October 2026
    -> partly exempt (s 23AG(1), (6A)-(6B)), not a refer over a finding that says met."""
    result = determine(
        client(
            income_year="2026-27",
            attributable_activity="development_assistance",
            service_start=date(2026, 7, 1),
            service_ended="no",
            service_end=None,
            absences=away(date(2026, 7, 11), date(2026, 7, 20), "unpaid_leave"),
        )
    )
    assert result.outcome == Outcome.PARTLY_EXEMPT
    assert result.data["foreign_service"]["day_91"] == "2026-10-19"
    assert "the posting has not ended" in result.headline


def test_v4_a_long_work_trip_is_not_plainly_not_excessive():
    """V4. Vanuatu 1 August-8 November 2013 (100 days), called back to Canberra for 40 days
    after 19: work trips count only if not excessive by comparison with the scheduled
    period (TD 2012/8 para 1; CR 2005/54 para 64); without them neither piece reaches 91
    -> refer, not exempt."""
    result = determine(
        client(
            income_year="2013-14",
            attributable_activity="development_assistance",
            service_start=date(2013, 8, 1),
            service_end=date(2013, 11, 8),
            absences=away(date(2013, 8, 20), date(2013, 9, 28), "work_trip"),
        )
    )
    assert result.outcome == Outcome.REFER
    assert "not excessive" in result.finding("continuous_91_days").explanation


def test_v5_evacuated_sick_and_never_returned():
    """V5. PNG from 1 August 2018, evacuated on 1 October (day 62) and never went back; the
    posting ended 31 October. Sick days after the last day of work count only as a
    temporary absence within the scheduled posting (TD 2012/8 para 1) -> refer for the
    posting terms, not exempt on 31 sick days."""
    result = determine(
        client(
            income_year="2018-19",
            attributable_activity="development_assistance",
            service_start=date(2018, 8, 1),
            service_end=date(2018, 10, 31),
            absences=away(date(2018, 10, 1), date(2018, 10, 31), "own_accident_or_illness"),
        )
    )
    assert result.outcome == Outcome.REFER
    assert "never went back" in result.finding("continuous_91_days").explanation


def test_v6_a_levy_the_rate_table_leaves_out_makes_the_figure_provisional():
    """V6. The ATO's 2011-12 example (other income $40,300 less $300, exempt $50,100 less
    $100): the Tax Office counts the flood levy in the notional tax, which the 2011-12
    table leaves out -> the figure is provisional, with the reason, not "calculated"."""
    result = determine(
        client(
            income_year="2011-12",
            attributable_activity="disciplined_force",
            service_start=date(2011, 8, 1),
            service_end=date(2012, 2, 28),
            other_assessable_income=Decimal(40300),
            other_deductions=Decimal(300),
            exempt_foreign_income=Decimal(50100),
            exempt_income_expenses=Decimal(100),
            rate_schedule=ISSUE_RATE_SCHEDULES["2011-12"],
        )
    )
    assert result.data["progression_status"] == "provisional"
    assert result.data["progression"]["levy_left_out"] is True
    assert "flood" in result.finding("progression").explanation


def test_v7_a_break_before_the_2005_act_does_not_refer_later_years():
    """V7. PNG 1 March 2005-30 September 2007, 3 days away in April 2005 and 5 in June 2007,
    screened for 2007-08: the 2007-08 pay is from a period joined by the one-sixth rule (or
    from 6 June 2007 on its own, 117 days) -> exempt; the former rule matters only for
    March 2005, another year's pay (s 23AG(6A)-(6B); 2005 Act Sch 1 item 5(3))."""
    result = determine(
        client(
            income_year="2007-08",
            service_start=date(2005, 3, 1),
            service_end=date(2007, 9, 30),
            absences=(
                Absence(date(2005, 4, 1), date(2005, 4, 3), "unpaid_leave"),
                Absence(date(2007, 6, 1), date(2007, 6, 5), "unpaid_leave"),
            ),
        )
    )
    assert result.outcome == Outcome.EXEMPT
    assert statuses(result)["continuous_91_days"] == Status.MET


def test_v8_death_after_an_earlier_broken_off_period_is_partly_exempt():
    """V8. Deployed 1 August 2019, 15 days' unpaid leave after 10 days, back 26 August,
    killed on 15 November: 1-10 August stands alone; the period from 26 August is taken to
    be 91 days (s 23AG(1A); 2005 Act Sch 1 item 5(1)) -> partly exempt."""
    result = determine(
        client(
            income_year="2019-20",
            attributable_activity="disciplined_force",
            service_start=date(2019, 8, 1),
            service_end=date(2019, 11, 15),
            died_during_service="yes",
            would_have_reached_91_days="yes",
            absences=away(date(2019, 8, 11), date(2019, 8, 25), "unpaid_leave"),
        )
    )
    assert result.outcome == Outcome.PARTLY_EXEMPT


def test_v9_the_figure_is_the_tax_before_offsets():
    """V9. $10,000 other income and $15,000 exempt pay in 2020-21: $1,792 / $25,000 x
    $10,000 = $716.80 is the tax before offsets (CR 2005/54 para 86), which offsets such
    as the low income tax offset may reduce to nil: it must not read as "tax payable"."""
    result = determine(
        client(
            income_year="2020-21",
            attributable_activity="development_assistance",
            service_start=date(2020, 7, 1),
            service_end=date(2020, 12, 31),
            other_assessable_income=Decimal(10000),
            other_deductions=Decimal(0),
            exempt_foreign_income=Decimal(15000),
            exempt_income_expenses=Decimal(0),
            rate_schedule=ISSUE_RATE_SCHEDULES["2020-21"],
        )
    )
    assert result.data["progression"]["tax_payable"] == "716.80"
    explanation = result.finding("progression").explanation
    assert "before any tax offsets" in explanation and "tax payable is" not in explanation


def test_v10_a_year_without_a_verified_table_does_not_ask_and_says_so():
    """V10. A year offered with no rate table (an admin removed it): the amounts are not
    asked and the result says so (issue item 9)."""
    result = determine(
        client(
            income_year="2026-27",
            attributable_activity="development_assistance",
            service_start=date(2026, 7, 1),
            service_end=date(2026, 11, 20),
            rate_table_missing=True,
        )
    )
    assert result.data["progression_status"] == "no_rate_table"


def test_v11_a_posting_that_has_not_started_says_so():
    """V11. An adviser flies to Kiribati on 10 December 2026, screened on 29 November: no
    foreign service yet; screen again after the 91st day, 10 March 2027 (s 23AG(1))."""
    result = determine(
        client(
            income_year="2026-27",
            attributable_activity="development_assistance",
            service_start=date(2026, 12, 10),
            service_ended="no",
            service_end=None,
        )
    )
    finding = result.finding("continuous_91_days")
    assert result.outcome == Outcome.REFER
    assert "has not started yet" in finding.explanation
    assert "10 March 2027" in finding.explanation
    assert "ends before it starts" not in finding.explanation
    assert result.headline.startswith("The posting has not started yet")


def test_n5_compassionate_leave_before_arrival_is_not_foreign_service():
    """N5 (verifying round, regression guard). Compassionate leave on the first 7 days of a
    96-day posting, before the client first arrived: not foreign service (TD 2012/8 para 1:
    a temporary absence from service) -> 89 days, not exempt."""
    result = determine(
        client(
            income_year="2012-13",
            attributable_activity="disciplined_force",
            service_start=date(2012, 9, 1),
            service_end=date(2012, 12, 5),
            absences=away(date(2012, 9, 1), date(2012, 9, 7), "compassionate"),
        )
    )
    assert result.outcome == Outcome.NOT_EXEMPT
    assert result.data["foreign_service"]["days"] == 89


def test_n15_a_break_either_side_of_the_tools_2005_date():
    """N15 (verifying round, regression guard). Posting 1 October 2005-31 January 2006 with
    7 days' unpaid leave: on 12-18 December 2005 (before the day the tool applies the
    one-sixth rule from) -> refer under the earlier rule; on 19-25 December 2005 -> joined
    (7 days against 80 served) -> exempt (2005 Act Sch 1 item 5(3); s 23AG(6A)-(6B))."""
    posting = {
        "income_year": "2005-06",
        "service_start": date(2005, 10, 1),
        "service_end": date(2006, 1, 31),
    }
    before = determine(
        client(**posting, absences=away(date(2005, 12, 12), date(2005, 12, 18), "unpaid_leave"))
    )
    assert before.outcome == Outcome.REFER
    after = determine(
        client(**posting, absences=away(date(2005, 12, 19), date(2005, 12, 25), "unpaid_leave"))
    )
    assert after.outcome == Outcome.EXEMPT


def test_r1_not_sure_whether_ended_does_not_open_with_a_fact():
    """R1. As V1: the finding must not open with "The posting has not ended" when staff
    answered "Not sure" (s 23AG(1))."""
    result = determine(
        client(
            income_year="2026-27",
            attributable_activity="disciplined_force",
            service_start=date(2026, 6, 1),
            service_ended="not_sure",
            service_end=None,
        )
    )
    explanation = result.finding("continuous_91_days").explanation
    assert explanation.startswith("We do not know whether the posting has ended.")
    assert "The posting has not ended" not in explanation
    assert explanation.count("We do not know whether the posting has ended") == 1


def test_r2_a_pre_2005_break_is_explained_as_before_the_rule_not_over_one_sixth():
    """R2. As V7: the April 2005 break (3 days after 31 served) is kept apart only because
    it falls before the one-sixth rule applied (2005 Act Sch 1 item 5(3)); the June 2007
    break is joined. The finding must not say the days away came to more than one sixth."""
    result = determine(
        client(
            income_year="2007-08",
            service_start=date(2005, 3, 1),
            service_end=date(2007, 9, 30),
            absences=(
                Absence(date(2005, 4, 1), date(2005, 4, 3), "unpaid_leave"),
                Absence(date(2007, 6, 1), date(2007, 6, 5), "unpaid_leave"),
            ),
        )
    )
    explanation = result.finding("continuous_91_days").explanation
    assert "more than one sixth at some point" not in explanation
    assert "fall before that rule applied" in explanation


def test_r3_another_agreement_beside_no_tax_needs_evidence_it_applied():
    """R3. A Pacific deployment, no tax on wages there, and "another law or agreement"
    ticked because staff heard of an MOU: s 23AG(2) is escaped only if that agreement
    actually applied to the client's pay -> refer for the evidence (an exemption
    certificate, registration or the foreign tax office's letter), not exempt."""
    for second in ("other", "specific_agreement"):
        result = determine(
            client(
                income_year="2012-13",
                attributable_activity="disciplined_force",
                service_start=date(2012, 8, 1),
                service_end=date(2013, 2, 28),
                foreign_tax_reasons=frozenset({"foreign_law_no_tax", second}),
            )
        )
        assert result.outcome == Outcome.REFER, second
        assert statuses(result)["foreign_tax_solely"] == Status.UNCLEAR
        assert any("exemption certificate" in step for step in result.next_steps)


def test_r4_work_trip_under_one_sixth_and_a_running_posting_held_by_sick_leave():
    """R4. (a) A 16-day work trip in a 100-day posting that decides the 91 days: the result
    says it turns on "not excessive" and that the one-sixth line is the tool's, not law.
    (b) A running posting whose 91st day is reached only through current sick leave: the
    sick days count only within the scheduled posting (TD 2012/8 para 1) -> refer."""
    trip = determine(
        client(
            income_year="2013-14",
            attributable_activity="development_assistance",
            service_start=date(2013, 8, 1),
            service_end=date(2013, 11, 8),
            absences=away(date(2013, 8, 20), date(2013, 9, 4), "work_trip"),
        )
    )
    explanation = trip.finding("continuous_91_days").explanation
    assert "not a rule of law" in explanation and "16 days of 100" in explanation
    sick = determine(
        client(
            income_year="2026-27",
            attributable_activity="development_assistance",
            service_start=date(2026, 8, 26),
            service_ended="no",
            service_end=None,
            absences=away(date(2026, 11, 1), date(2026, 11, 29), "own_accident_or_illness"),
        )
    )
    assert sick.outcome == Outcome.REFER
    assert "never went back" in sick.finding("continuous_91_days").explanation

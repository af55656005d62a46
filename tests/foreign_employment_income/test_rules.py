"""Rule tests for the s 23AG foreign employment income exemption (CR 2005/54)."""

import dataclasses
import itertools
import json
from datetime import date, timedelta
from decimal import Decimal

import pytest

from questionnaires.foreign_employment_income import citations as c
from questionnaires.foreign_employment_income.rules import (
    COUNTING_ABSENCES,
    LISTED_REASONS,
    PAYMENT_RULES,
    UNLISTED_REASONS,
    Absence,
    AbsenceKind,
    Activity,
    Facts,
    ForeignTaxReason,
    Outcome,
    Payment,
    PaymentCircumstance,
    RateSchedule,
    WorkCapacity,
    YesNo,
    determine,
    income_tax_on,
    income_year_start,
    measure_foreign_service,
    periods_joined_by_the_one_sixth_rule,
)
from questionnaires.framework.determination import Determination, Status
from tests.foreign_employment_income.rates import ISSUE_RATE_SCHEDULES

COUNTING = frozenset(str(k) for k in COUNTING_ABSENCES)

# Daniel's deployment (CR 2005/54 para 86): 16 weeks in Nauru, then 4 weeks of rotation
# leave in Australia, in the 2004-05 income year.
START = date(2004, 8, 2)
LEAVE = Absence(date(2004, 11, 22), date(2004, 12, 19), AbsenceKind.CYCLICAL_LEAVE)
END = date(2004, 12, 19)
NAURU = frozenset({ForeignTaxReason.FOREIGN_LAW_NO_TAX, ForeignTaxReason.SPECIFIC_AGREEMENT})
RATES_2004_05 = ISSUE_RATE_SCHEDULES["2004-05"]


def facts(**overrides) -> Facts:
    """An AFP member deployed to Nauru as the ruling describes; override what a test needs."""
    base = {
        "income_year": "2004-05",
        "australian_resident": YesNo.YES,
        "work_capacity": WorkCapacity.EMPLOYEE,
        "ruling_class_member": YesNo.YES,
        "arrangement_as_described": YesNo.YES,
        "service_start": START,
        "service_end": END,
        "absences": (LEAVE,),
        "left_early_and_returned": YesNo.NO,
        "payments_received": frozenset({Payment.SALARY, Payment.DEPLOYMENT_COMPOSITE_ALLOWANCE}),
        "foreign_tax_reasons": NAURU,
    }
    base.update(overrides)
    return Facts(**base)


def period(start: date, *pieces: tuple[int, str | None]) -> dict:
    """Facts for a period built from consecutive pieces of (days, absence kind or None)."""
    absences = []
    day = start
    for length, kind in pieces:
        if kind is not None:
            absences.append(Absence(day, day + timedelta(days=length - 1), kind))
        day += timedelta(days=length)
    return {
        "service_start": start,
        "service_end": day - timedelta(days=1),
        "absences": tuple(absences),
    }


def outcome(**overrides) -> str:
    return determine(facts(**overrides)).outcome


def status(code: str, **overrides) -> Status:
    return determine(facts(**overrides)).finding(code).status


def cites(code: str, **overrides) -> set[str]:
    return {x.text for x in determine(facts(**overrides)).finding(code).citations}


# --- the seed's own worked facts ---------------------------------------------------------


def test_daniel_deployment_is_exempt_and_the_ruling_binds():
    result = determine(facts())
    assert result.outcome == Outcome.EXEMPT
    assert result.data["ruling_binding"] is True
    assert [f.status for f in result.findings] == [
        Status.NOT_APPLICABLE,  # (1AA) not in force in 2004-05
        Status.MET,
        Status.MET,
        Status.MET,
        Status.MET,
        Status.MET,
        Status.MET,
        Status.NOT_APPLICABLE,  # progression not asked for
    ]


def test_para_86_example_to_the_cent():
    result = determine(
        facts(
            other_assessable_income=Decimal("60300"),
            other_deductions=Decimal("300"),
            exempt_foreign_income=Decimal("30100"),
            exempt_income_expenses=Decimal("100"),
            rate_schedule=RATES_2004_05,
        )
    )
    progression = result.data["progression"]
    assert progression["notional_gross_taxable_income"] == "90000.00"
    assert progression["notional_gross_tax"] == "29362.00"
    assert progression["other_taxable_income"] == "60000.00"
    assert progression["tax_payable"] == "19574.67"
    assert progression["income_year"] == "2004-05"
    finding = result.finding("progression")
    assert finding.status == Status.MET
    assert "$90,000.00" in finding.explanation
    assert "$29,362.00" in finding.explanation
    assert "$19,574.67" in finding.explanation
    assert "tax offsets" in finding.explanation
    assert any("Medicare levy surcharge" in caveat for caveat in result.caveats)
    assert {"ITAA 1936 s 23AG(3)", "CR 2005/54, para 86"} <= cites(
        "progression", other_assessable_income=Decimal("1"), rate_schedule=RATES_2004_05
    )


def test_nauru_no_income_tax_alone_denies_the_exemption():
    result = determine(facts(foreign_tax_reasons=frozenset({ForeignTaxReason.FOREIGN_LAW_NO_TAX})))
    assert result.outcome == Outcome.NOT_EXEMPT
    assert result.finding("foreign_tax_solely").status == Status.NOT_MET
    assert "CR 2005/54, paras 78-81 (Nauru has no income tax)" in cites(
        "foreign_tax_solely", foreign_tax_reasons=frozenset({"foreign_law_no_tax"})
    )
    assert all(row["exempt"] is False for row in result.data["payments"])


def test_nauru_agreement_article_11_4_means_not_solely():
    finding = determine(facts()).finding("foreign_tax_solely")
    assert finding.status == Status.MET
    assert "CR 2005/54, paras 35, 82-83 (Article 11.4 of the Agreement)" in {
        x.text for x in finding.citations
    }


# --- 1. income year and s 23AG(1AA) ------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "start"),
    [("2004-05", 2004), ("1999-00", 1999), ("2024-25", 2024), ("2004-06", None), ("x", None)],
)
def test_income_year_start(label, start):
    assert income_year_start(label) == start


def test_unreadable_income_year_refers():
    assert status("s23ag_1aa", income_year="2004/05") == Status.UNCLEAR
    assert outcome(income_year="2004/05") == Outcome.REFER


def test_activity_limit_does_not_apply_before_2009_10():
    result = determine(facts(income_year="2008-09", attributable_activity=Activity.NONE))
    assert result.finding("s23ag_1aa").status == Status.NOT_APPLICABLE
    assert "1 July 2008 to 30 June 2009" in result.finding("s23ag_1aa").explanation


def test_pay_derived_before_1_july_2009_is_outside_the_limit_whatever_the_service():
    """Sch 1 item 2(2)(a): earnings derived before 1 July 2009 from service before, on or
    after that date: the amendment is disregarded."""
    result = determine(facts(income_year="2008-09", service_end=date(2009, 8, 1)))
    finding = result.finding("s23ag_1aa")
    assert finding.status == Status.NOT_APPLICABLE
    assert "Pay received before 1 July 2009 is not affected" in finding.explanation


#: A posting wholly in the 2010-11 income year, from 1 July 2009.
SERVICE_2010 = {
    "service_start": date(2010, 8, 2),
    "service_end": date(2010, 12, 19),
    "absences": (),
    "ruling_class_member": YesNo.NO,
}


@pytest.mark.parametrize(
    ("activity", "pinpoint"),
    [
        (Activity.DEVELOPMENT_ASSISTANCE, "s 23AG(1AA)(a)"),
        (Activity.PUBLIC_FUND, "s 23AG(1AA)(b)"),
        (Activity.EXEMPT_ENTITY, "s 23AG(1AA)(c)"),
        (Activity.DISCIPLINED_FORCE, "s 23AG(1AA)(d)"),
    ],
)
def test_listed_activity_from_2009_10_is_met(activity, pinpoint):
    finding = determine(
        facts(income_year="2010-11", attributable_activity=activity, **SERVICE_2010)
    ).finding("s23ag_1aa")
    assert finding.status == Status.MET
    assert pinpoint in {x.pinpoint for x in finding.citations}


def test_no_listed_activity_from_2009_10_is_not_exempt():
    result = determine(
        facts(income_year="2010-11", attributable_activity=Activity.NONE, **SERVICE_2010)
    )
    assert result.outcome == "not_exempt"
    assert "not affected" not in result.finding("s23ag_1aa").explanation


@pytest.mark.parametrize("activity", [Activity.REGULATIONS, Activity.NOT_SURE, None])
def test_regulations_or_not_sure_activity_refers(activity):
    result = determine(facts(income_year="2010-11", attributable_activity=activity,
                             **SERVICE_2010))  # fmt: skip
    assert result.finding("s23ag_1aa").status == Status.UNCLEAR
    assert result.outcome == Outcome.REFER


def test_1aa_citation_names_the_amending_act():
    assert any(
        "Tax Laws Amendment (2009 Budget Measures No. 1) Act 2009" in text
        for text in cites("s23ag_1aa")
    )


# --- 2. residency ------------------------------------------------------------------------


def test_resident_is_met_with_it_2650():
    assert status("residency") == Status.MET
    assert "IT 2650, as cited in CR 2005/54, para 45" in cites("residency")


def test_non_resident_is_not_applicable():
    result = determine(facts(australian_resident=YesNo.NO))
    assert result.outcome == Outcome.NOT_APPLICABLE
    assert result.finding("residency").status == Status.NOT_MET
    assert "not an Australian resident" in result.headline


@pytest.mark.parametrize("answer", [YesNo.NOT_SURE, None])
def test_unsure_residency_refers(answer):
    assert outcome(australian_resident=answer) == Outcome.REFER


# --- 3. foreign service ------------------------------------------------------------------


@pytest.mark.parametrize("capacity", [WorkCapacity.EMPLOYEE, WorkCapacity.OFFICE_HOLDER])
def test_employee_or_office_holder_is_in_foreign_service(capacity):
    assert status("foreign_service", work_capacity=capacity) == Status.MET


def test_contractor_is_not_in_foreign_service():
    assert status("foreign_service", work_capacity=WorkCapacity.CONTRACTOR) == Status.NOT_MET
    assert outcome(work_capacity=WorkCapacity.CONTRACTOR) == Outcome.NOT_EXEMPT
    assert {"ITAA 1936 s 23AG(7)", "CR 2005/54, paras 47-50"} <= cites("foreign_service")


def test_unsure_capacity_refers():
    assert outcome(work_capacity=WorkCapacity.NOT_SURE) == Outcome.REFER


# --- 4. whether CR 2005/54 binds ---------------------------------------------------------


TAXED = frozenset({ForeignTaxReason.TAXED})


def test_not_in_class_is_guidance_only_but_still_exempt():
    result = determine(facts(ruling_class_member=YesNo.NO, foreign_tax_reasons=TAXED))
    assert result.finding("ruling_class").status == Status.NOT_APPLICABLE
    assert result.data["ruling_binding"] is False
    assert result.outcome == Outcome.EXEMPT
    assert any("guidance only" in caveat for caveat in result.caveats)


def test_unsure_class_is_unclear_but_does_not_change_the_outcome():
    result = determine(facts(ruling_class_member=YesNo.NOT_SURE, foreign_tax_reasons=TAXED))
    assert result.finding("ruling_class").status == Status.UNCLEAR
    assert result.outcome == Outcome.EXEMPT


def test_outside_the_rulings_class_no_tax_and_an_agreement_needs_evidence_it_applied():
    """Nauru's no income tax with the Agreement as a second reason: Article 11.4 is taken as
    applying to CR 2005/54's class (paras 35, 82-83); for anyone else, the evidence that
    the agreement was applied to the client's pay is needed (s 23AG(2): "solely")."""
    result = determine(facts(ruling_class_member=YesNo.NO))
    assert result.finding("foreign_tax_solely").status == Status.UNCLEAR
    assert (
        "actually applied to the client's pay" in result.finding("foreign_tax_solely").explanation
    )
    assert result.outcome == Outcome.REFER
    assert result.data["ruling_binding"] is False


@pytest.mark.parametrize(
    ("overrides", "expected", "citation"),
    [
        (
            {"arrangement_as_described": YesNo.NO},
            Status.NOT_MET,
            "CR 2005/54, paras 12-35 (the arrangement)",
        ),
        ({"arrangement_as_described": YesNo.NOT_SURE}, Status.UNCLEAR, None),
        ({"income_year": "2003-04"}, Status.NOT_MET, "CR 2005/54, para 11 (date of effect)"),
        (
            {"income_year": "2009-10", "attributable_activity": Activity.DISCIPLINED_FORCE},
            Status.UNCLEAR,
            "CR 2005/54, para 11 (date of effect)",
        ),
        ({"australian_resident": YesNo.NO}, Status.NOT_MET, None),
        (
            {
                "absences": (
                    Absence(date(2004, 11, 22), date(2004, 12, 1), "australian_accrued_leave"),
                )
            },
            Status.NOT_MET,
            "CR 2005/54, paras 65-66",
        ),
        ({"service_end": date(2004, 10, 30), "absences": ()}, Status.NOT_MET, None),
    ],
)
def test_ruling_binds_only_on_the_described_arrangement(overrides, expected, citation):
    result = determine(facts(**overrides))
    finding = result.finding("ruling_class")
    assert finding.status == expected
    assert result.data["ruling_binding"] is False
    if citation:
        assert citation in {x.text for x in finding.citations}


# --- 5. continuous period of 91 days ----------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "days", "expected"),
    [
        (date(2023, 1, 1), date(2023, 3, 31), 90, Status.NOT_MET),  # not a leap year
        (date(2024, 1, 1), date(2024, 3, 31), 91, Status.MET),  # leap year: 29 February
        (date(2023, 1, 1), date(2023, 4, 1), 91, Status.MET),
        (date(2023, 1, 1), date(2023, 4, 2), 92, Status.MET),
        (date(2004, 8, 2), date(2004, 10, 30), 90, Status.NOT_MET),
        (date(2004, 8, 2), date(2004, 10, 31), 91, Status.MET),
    ],
)
def test_91_days_counts_first_and_last_day(start, end, days, expected):
    result = determine(facts(service_start=start, service_end=end, absences=()))
    finding = result.finding("continuous_91_days")
    assert finding.status == expected
    assert result.data["foreign_service"]["days"] == days
    assert result.data["foreign_service"]["meets_91_days"] is (expected == Status.MET)
    assert "Counting both the first and the last day" in finding.explanation
    assert f"is {days} days" in finding.explanation


def test_short_period_is_not_exempt():
    assert outcome(service_end=date(2004, 10, 30), absences=()) == Outcome.NOT_EXEMPT


@pytest.mark.parametrize("kind", sorted(AbsenceKind))
def test_each_kind_of_absence_in_a_long_period(kind):
    """Every kind of absence inside a 300-day period with 100 days on each side."""
    result = determine(facts(**period(date(2005, 1, 1), (100, None), (20, kind), (180, None))))
    finding = result.finding("continuous_91_days")
    assert finding.status == Status.MET
    counts = kind in COUNTING
    assert result.data["foreign_service"]["absence_days"] == (0 if counts else 20)
    assert result.data["foreign_service"]["counted_days"] == (300 if counts else 280)
    if counts:
        assert "count as part of the overseas service" in finding.explanation
    else:
        assert "20 days were away for reasons that do not count" in finding.explanation
        assert result.data["foreign_service"]["absence_ratio"] == "20/280"


@pytest.mark.parametrize("kind", sorted(COUNTING_ABSENCES))
def test_counting_absences_keep_a_short_stay_continuous(kind):
    """30 days overseas, 40 days of counting leave, 30 days overseas: 100 days of foreign
    service (leave at the very end is a different matter: it must be within the posting's
    scheduled period)."""
    result = determine(facts(**period(date(2005, 1, 1), (30, None), (40, kind), (30, None))))
    # 40 days of work trips or training in 100 are not plainly "not excessive": refer.
    excessive = kind in {"work_trip", "training_briefing"}
    assert result.finding("continuous_91_days").status == (
        Status.UNCLEAR if excessive else Status.MET
    )
    assert "ITAA 1936 s 23AG(6)" in {
        x.text for x in result.finding("continuous_91_days").citations
    }


def test_cyclical_leave_cites_it_2441_and_training_para_64():
    assert "IT 2441, as cited in CR 2005/54, paras 57-58" in cites("continuous_91_days")
    training = period(date(2005, 1, 1), (100, None), (5, "training_briefing"))
    assert "CR 2005/54, para 64" in cites("continuous_91_days", **training)


#: Service from 2006: the one-sixth rule of s 23AG(6A)-(6B) applies to it.
AFTER_2005 = {"income_year": "2005-06"}


@pytest.mark.parametrize("kind", ["long_service_leave", "unpaid_leave", "other"])
def test_non_counting_absence_breaks_the_period(kind):
    """80 days, 50 days away, 70 days, in 2006: neither piece reaches 91 and 50 days away
    pass 1/6 of the 80 days served, so the one-sixth rule cannot join them."""
    facts_ = period(date(2006, 1, 1), (80, None), (50, kind), (70, None))
    result = determine(facts(**AFTER_2005, **facts_))
    finding = result.finding("continuous_91_days")
    assert finding.status == Status.NOT_MET
    assert result.outcome == Outcome.NOT_EXEMPT
    assert result.data["foreign_service"]["absence_ratio"] == "50/150"
    assert "more than one sixth at some point" in finding.explanation
    assert result.data["foreign_service"]["one_sixth_rule_applied"] is True


@pytest.mark.parametrize("kind", ["long_service_leave", "unpaid_leave", "other"])
def test_before_the_2005_act_the_earlier_joining_rule_is_referred(kind):
    """The same pattern in 2005, before the one-sixth rule applied: the earlier "absentee
    credit" rule decided whether periods joined, and the tool does not hold it: refer."""
    result = determine(facts(**period(date(2005, 1, 1), (80, None), (50, kind), (70, None))))
    finding = result.finding("continuous_91_days")
    assert finding.status == Status.UNCLEAR
    assert "absentee credit" in finding.explanation
    assert {x.pinpoint for x in finding.citations} >= {"s 23AG(6A)-(6E)", "Sch 1 item 5"}
    assert result.data["foreign_service"]["one_sixth_rule_applied"] is False


def test_absences_within_one_sixth_join_the_periods_under_6a_6b():
    """80 days, 10 days' long service leave, 80 days, in 2006: 10 days away never pass 1/6
    of 80, so the periods join into one continuous period with 160 days of service."""
    facts_ = period(date(2006, 1, 1), (80, None), (10, "long_service_leave"), (80, None))
    result = determine(facts(**AFTER_2005, **facts_))
    finding = result.finding("continuous_91_days")
    assert finding.status == Status.MET
    assert result.outcome == Outcome.EXEMPT
    assert "one continuous period with 160 days of foreign service" in finding.explanation
    assert "stay within one sixth all the way through" in finding.explanation
    assert result.data["foreign_service"]["within_one_sixth"] is True
    assert len(result.data["foreign_service"]["continuous_periods"]) == 1
    assert any("s 23AG(6A)-(6B)" in text for text in cites("continuous_91_days", **facts_))


def test_one_sixth_is_a_running_test_not_a_final_ratio():
    """80 days, 20 days away, 80 days: 20/160 is within 1/6 at the end, but on the 14th day
    away 14 days is more than 1/6 of the 80 days served so far, so the periods never join."""
    facts_ = period(date(2006, 1, 1), (80, None), (20, "long_service_leave"), (80, None))
    result = determine(facts(**AFTER_2005, **facts_))
    assert result.data["foreign_service"]["absence_ratio"] == "20/160"
    assert result.data["foreign_service"]["within_one_sixth"] is False
    assert result.finding("continuous_91_days").status == Status.NOT_MET
    assert "more than one sixth at some point" in result.finding("continuous_91_days").explanation
    assert result.outcome == Outcome.NOT_EXEMPT


@pytest.mark.parametrize(
    ("away", "expected", "within"),
    [(10, Status.MET, True), (11, Status.NOT_MET, False)],
)
def test_exactly_one_sixth_is_within_and_one_day_more_is_not(away, expected, within):
    """60 days, then 10 days away (exactly 1/6 of 60: not more), then 31 days: joined into
    91 days of foreign service, so met. With 11 days away (66 > 60) they cannot be joined."""
    facts_ = period(date(2006, 1, 1), (60, None), (away, "unpaid_leave"), (31, None))
    result = determine(facts(**AFTER_2005, **facts_))
    assert result.finding("continuous_91_days").status == expected
    assert result.data["foreign_service"]["within_one_sixth"] is within


def test_joined_span_of_91_days_with_fewer_days_of_service_refers():
    """60 days, 10 days away, 30 days: joined, the span is 100 days but only 90 are foreign
    service; whether the days away count toward the 91 is not settled: refer."""
    facts_ = period(date(2006, 1, 1), (60, None), (10, "unpaid_leave"), (30, None))
    finding = determine(facts(**AFTER_2005, **facts_)).finding("continuous_91_days")
    assert finding.status == Status.UNCLEAR
    assert "only if the days away" in finding.explanation


def test_kate_example_in_s_23ag_6a():
    """The statute's own example: 20 days' service, 2 days away, 10 days' service join up
    (2/30 never passes 1/6); 5 more days away pass 1/6 on the fourth day, so a later period
    never joins the first two."""
    facts_ = period(
        date(2006, 1, 1), (20, None), (2, "other"), (10, None), (5, "other"), (100, None)
    )
    service = measure_foreign_service(facts(**facts_))
    joined = periods_joined_by_the_one_sixth_rule(service)
    assert [(j.start, j.end, j.service_days, j.absence_days) for j in joined] == [
        (date(2006, 1, 1), date(2006, 2, 1), 30, 2),
        (date(2006, 1, 23), date(2006, 2, 1), 10, 0),
        (date(2006, 2, 7), date(2006, 5, 17), 100, 0),
    ]
    # The last period reaches 91 days on its own; the first two do not, even joined.
    assert determine(facts(**facts_)).finding("continuous_91_days").status == Status.UNCLEAR


def test_short_only_because_of_australian_leave_refers_under_6d():
    facts_ = period(date(2005, 1, 1), (80, None), (50, "australian_accrued_leave"), (70, None))
    result = determine(facts(**facts_))
    finding = result.finding("continuous_91_days")
    assert finding.status == Status.UNCLEAR
    assert "under the former s 23AG(6D)" in finding.explanation
    assert {c.S23AG_6D.text, "CR 2005/54, paras 65-66"} <= {x.text for x in finding.citations}
    assert "repealed" in c.S23AG_6D.text
    assert result.outcome == Outcome.REFER


def test_australian_leave_after_2005_is_an_absence_under_the_one_sixth_rule():
    facts_ = period(date(2006, 1, 1), (80, None), (50, "australian_accrued_leave"), (70, None))
    finding = determine(facts(**AFTER_2005, **facts_)).finding("continuous_91_days")
    assert finding.status == Status.NOT_MET
    assert c.S23AG_6D not in finding.citations


def test_australian_leave_is_not_the_only_cause():
    facts_ = period(
        date(2006, 1, 1),
        (40, None),
        (30, "australian_accrued_leave"),
        (40, None),
        (60, "long_service_leave"),
        (30, None),
    )
    assert status("continuous_91_days", **AFTER_2005, **facts_) == Status.NOT_MET


@pytest.mark.parametrize("answer", [YesNo.YES, YesNo.NOT_SURE])
def test_left_early_and_returned_refers_under_para_53(answer):
    facts_ = period(date(2005, 1, 1), (80, None), (50, "other"), (70, None))
    result = determine(facts(left_early_and_returned=answer, **facts_))
    finding = result.finding("continuous_91_days")
    assert finding.status == Status.UNCLEAR
    assert "TR 96/15, paras 9-16 (as cited in CR 2005/54, para 53)" in {
        x.text for x in finding.citations
    }


def test_returning_cannot_save_a_span_under_91_days():
    facts_ = period(date(2005, 1, 1), (40, None), (10, "other"), (30, None))
    assert status("continuous_91_days", left_early_and_returned=YesNo.YES, **facts_) == (
        Status.NOT_MET
    )


def test_unknown_kind_of_absence_refers_when_it_matters():
    facts_ = period(date(2005, 1, 1), (80, None), (50, "not_sure"), (70, None))
    finding = determine(facts(**facts_)).finding("continuous_91_days")
    assert finding.status == Status.UNCLEAR
    assert "We do not know what kind of absence" in finding.explanation


def test_some_periods_long_and_some_short_refers():
    facts_ = period(date(2006, 7, 3), (150, None), (100, "long_service_leave"), (50, None))
    finding = determine(facts(income_year="2006-07", **facts_)).finding("continuous_91_days")
    assert finding.status == Status.UNCLEAR
    assert "Some continuous periods reach 91 days" in finding.explanation


def test_a_short_period_in_another_income_year_does_not_affect_this_years_pay():
    """The same pattern from January 2006, screened for 2005-06: the 50-day period falls in
    2006-07, so the pay for 2005-06 is all from the 150-day period."""
    facts_ = period(date(2006, 1, 1), (150, None), (100, "long_service_leave"), (50, None))
    finding = determine(facts(**AFTER_2005, **facts_)).finding("continuous_91_days")
    assert finding.status == Status.MET


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"service_start": None}, "start and end dates"),
        ({"service_end": date(2004, 8, 1)}, "ends before it starts"),
        ({"absences": (Absence(date(2004, 9, 2), date(2004, 9, 1), "other"),)}, "An absence"),
        ({"absences": (Absence(None, date(2004, 9, 1), "other"),)}, "missing"),
    ],
)
def test_unusable_dates_are_unclear(overrides, message):
    result = determine(facts(**overrides))
    assert result.finding("continuous_91_days").status == Status.UNCLEAR
    assert message in result.finding("continuous_91_days").explanation
    assert result.outcome == Outcome.REFER


def test_absence_days_outside_the_period_are_left_out():
    absence = Absence(date(2004, 12, 10), date(2004, 12, 29), "long_service_leave")
    result = determine(facts(absences=(absence,)))
    assert result.data["foreign_service"]["absence_days"] == 10
    assert "10 days of absences fall outside" in result.finding("continuous_91_days").explanation


def test_foreign_service_data():
    assert determine(facts()).data["foreign_service"] == {
        "start": "2004-08-02",
        "end": "2004-12-19",
        "days": 140,
        "counted_days": 140,
        "absence_days": 0,
        "absence_ratio": "0/140",
        "within_one_sixth": True,
        "one_sixth_rule_applied": False,
        "periods": [PERIOD_ROW],
        "continuous_periods": [PERIOD_ROW],
        "meets_91_days": True,
        "ongoing": False,
        "measured_to": "2004-12-19",
        "day_91": "2004-10-31",
        "day_91_text": "31 October 2004",
        "measured_to_text": "19 December 2004",
        "reached_91_days_by_screening_date": None,
        "before_arrival_days": 0,
    }


PERIOD_ROW = {
    "start": "2004-08-02",
    "end": "2004-12-19",
    "days": 140,
    "text": "2 August 2004 to 19 December 2004",
}


def test_foreign_service_data_without_usable_dates():
    data = determine(facts(service_start=None)).data["foreign_service"]
    assert data["days"] is None and data["periods"] == [] and data["end"] == "2004-12-19"


def test_away_for_the_whole_period_is_not_met():
    facts_ = period(date(2005, 1, 1), (120, "long_service_leave"))
    finding = determine(facts(**facts_)).finding("continuous_91_days")
    assert finding.status == Status.NOT_MET
    assert "no foreign service" in finding.explanation


@pytest.mark.parametrize("answer", [YesNo.YES, YesNo.NOT_SURE])
def test_left_early_with_no_time_away_listed_cannot_be_measured(answer):
    result = determine(facts(absences=(), left_early_and_returned=answer))
    finding = result.finding("continuous_91_days")
    assert finding.status == Status.UNCLEAR
    assert "no time away was listed" in finding.explanation
    assert "CR 2005/54, para 53" in {x.text for x in finding.citations}
    assert result.outcome == Outcome.REFER


def test_left_early_on_leave_that_counts_keeps_the_period_continuous():
    """Time away on leave earned overseas is foreign service (s 23AG(6)), so leaving and
    coming back on it does not interrupt the period."""
    result = determine(facts(left_early_and_returned=YesNo.YES))
    assert result.finding("continuous_91_days").status == Status.MET
    assert result.outcome == Outcome.EXEMPT


# --- 6. foreign earnings from that foreign service ---------------------------------------

EXPECTED_PAYMENTS = {
    Payment.SALARY: True,
    Payment.DEPLOYMENT_COMPOSITE_ALLOWANCE: True,
    Payment.PRE_DEPLOYMENT_COMPOSITE_ALLOWANCE: False,
    Payment.TRANSFER_ALLOWANCE: False,
    Payment.MOTOR_VEHICLE_ALLOWANCE: True,
    Payment.EXTENDED_UNACCOMPANIED_SERVICE_ALLOWANCE: True,
    Payment.MISSION_ALLOWANCE: True,
    Payment.COMMUNICATIONS_ALLOWANCE: True,
    Payment.MEALS_ACCOMMODATION_INCIDENTALS_ALLOWANCE: True,
    Payment.OTHER_SERVICE_ALLOWANCE: True,
    Payment.BONUS_OR_COMMISSION: True,
    Payment.FOREIGN_RECREATION_LEAVE_PAY: True,
    Payment.AUSTRALIAN_LEAVE_PAY: False,
    Payment.PENSION_OR_ANNUITY: False,
    Payment.TERMINATION_PAYMENT: False,
    Payment.OTHER: None,
}


def test_every_payment_has_a_rule():
    assert set(PAYMENT_RULES) == set(Payment) == set(EXPECTED_PAYMENTS)


@pytest.mark.parametrize(("payment", "exempt"), sorted(EXPECTED_PAYMENTS.items()))
def test_each_payment_alongside_salary(payment, exempt):
    result = determine(facts(payments_received=frozenset({Payment.SALARY, payment})))
    row = next(r for r in result.data["payments"] if r["code"] == payment)
    assert row["exempt"] is exempt
    assert row["label"] == PAYMENT_RULES[payment].label
    expected_outcome = {True: "exempt", False: "partly_exempt", None: "refer"}[exempt]
    assert result.outcome == expected_outcome


def test_pre_deployment_and_transfer_allowances_cite_paras_37_75_76():
    pays = frozenset({Payment.PRE_DEPLOYMENT_COMPOSITE_ALLOWANCE, Payment.TRANSFER_ALLOWANCE})
    result = determine(facts(payments_received=pays))
    assert result.outcome == Outcome.NOT_EXEMPT
    assert result.finding("foreign_earnings").status == Status.NOT_MET
    assert {"CR 2005/54, para 37", "CR 2005/54, para 75", "CR 2005/54, para 76"} <= cites(
        "foreign_earnings", payments_received=pays
    )


def test_recreation_leave_pay_cites_para_74():
    pays = frozenset({Payment.FOREIGN_RECREATION_LEAVE_PAY})
    assert "CR 2005/54, para 74" in cites("foreign_earnings", payments_received=pays)


def test_pension_and_termination_payment_cite_paras_67_68():
    pays = frozenset({Payment.PENSION_OR_ANNUITY, Payment.TERMINATION_PAYMENT})
    assert outcome(payments_received=pays) == Outcome.NOT_EXEMPT
    assert any("paras 67-68" in text for text in cites("foreign_earnings", payments_received=pays))


def test_no_payments_refers():
    assert status("foreign_earnings", payments_received=frozenset()) == Status.UNCLEAR
    assert outcome(payments_received=frozenset()) == Outcome.REFER


def test_unknown_payment_code_is_treated_as_other():
    result = determine(facts(payments_received=frozenset({"lottery_win"})))
    assert result.data["payments"][0]["code"] == "other"
    assert result.outcome == Outcome.REFER


@pytest.mark.parametrize(
    ("circumstance", "citation", "words"),
    [
        (PaymentCircumstance.AUSTRALIAN_ACCOUNT, "CR 2005/54, para 71", "Australian bank"),
        (PaymentCircumstance.PAID_AFTER_RETURN, "CR 2005/54, para 73", "after the client came"),
        (PaymentCircumstance.ADVANCE_BEFORE_SERVICE, "CR 2005/54, para 73", "An advance"),
    ],
)
def test_payment_circumstances_do_not_stop_pay_being_foreign_earnings(
    circumstance, citation, words
):
    result = determine(facts(payment_circumstances=frozenset({circumstance})))
    assert result.outcome == Outcome.EXEMPT
    assert words in result.finding("foreign_earnings").explanation
    assert citation in {x.text for x in result.finding("foreign_earnings").citations}


def test_foreign_earnings_cites_itaa_1997():
    assert {"ITAA 1997 s 6-5(2)", "ITAA 1997 s 6-15(2)", "ITAA 1997 s 11-15"} <= cites(
        "foreign_earnings"
    )


def test_payment_rows_when_the_exemption_fails_or_is_unclear():
    blocked = determine(facts(work_capacity=WorkCapacity.CONTRACTOR)).data["payments"]
    assert [r["exempt"] for r in blocked] == [False, False]
    pays = frozenset({Payment.SALARY, Payment.TRANSFER_ALLOWANCE})
    unclear = determine(facts(australian_resident=YesNo.NOT_SURE, payments_received=pays))
    assert [r["exempt"] for r in unclear.data["payments"]] == [None, False]


# --- 7. s 23AG(2): the "solely" test, every combination ---------------------------------

ALL_REASONS = sorted(ForeignTaxReason)


def expected_solely(reasons: frozenset[str]) -> Status:
    """Independent statement of s 23AG(2) on the answers given:
    - the exemption is denied only if the pay was exempt abroad (not taxed there) and every
      reason for that is one of s 23AG(2)(a)-(g);
    - any reason outside that list (a specific agreement, or another law or agreement)
      means not "solely" (CR 2005/54 paras 81-83), and pay taxed abroad engages nothing;
    - a mix of taxed pay and listed reasons, "not sure", or no answer at all is unclear;
    - a double tax agreement and "another agreement" together are unclear: the agreement
      may be the tax treaty itself (practitioner pattern P20)."""
    exempt_abroad_because = reasons - {ForeignTaxReason.TAXED}
    both = {ForeignTaxReason.DOUBLE_TAX_AGREEMENT, ForeignTaxReason.SPECIFIC_AGREEMENT}
    if both <= exempt_abroad_because:
        return Status.UNCLEAR
    if exempt_abroad_because & {ForeignTaxReason.SPECIFIC_AGREEMENT, ForeignTaxReason.OTHER}:
        return Status.MET
    if reasons == {ForeignTaxReason.TAXED}:
        return Status.MET
    if (
        exempt_abroad_because
        and exempt_abroad_because <= LISTED_REASONS
        and ForeignTaxReason.TAXED not in reasons
    ):
        return Status.NOT_MET
    return Status.UNCLEAR


def test_every_reason_is_either_listed_unlisted_or_an_answer_about_taxation():
    assert LISTED_REASONS | UNLISTED_REASONS | {"taxed", "not_sure"} == set(ForeignTaxReason)
    assert not LISTED_REASONS & UNLISTED_REASONS


@pytest.mark.parametrize(
    "reasons",
    [
        frozenset(combo)
        for size in range(len(ALL_REASONS) + 1)
        for combo in itertools.combinations(ALL_REASONS, size)
    ],
    ids=lambda reasons: "+".join(sorted(reasons)) or "none",
)
def test_solely_every_combination(reasons):
    result = determine(facts(foreign_tax_reasons=reasons))
    expected = expected_solely(reasons)
    assert result.finding("foreign_tax_solely").status == expected
    assert (
        result.outcome
        == {
            Status.MET: Outcome.EXEMPT,
            Status.NOT_MET: Outcome.NOT_EXEMPT,
            Status.UNCLEAR: Outcome.REFER,
        }[expected]
    )


@pytest.mark.parametrize(
    ("reasons", "expected"),
    [
        ({"foreign_law_no_tax"}, Status.NOT_MET),  # para 80: Nauru has no income tax
        ({"foreign_law_no_tax", "specific_agreement"}, Status.MET),  # paras 82-83
        ({"double_tax_agreement", "privileges_immunities"}, Status.NOT_MET),
        ({"foreign_law_no_tax", "other"}, Status.MET),  # para 81: another, unlisted reason
        ({"foreign_law_no_tax", "not_sure"}, Status.UNCLEAR),
        ({"taxed"}, Status.MET),
        ({"taxed", "double_tax_agreement"}, Status.UNCLEAR),
        ({"not_sure", "specific_agreement"}, Status.MET),
        (set(), Status.UNCLEAR),
    ],
)
def test_solely_named_cases(reasons, expected):
    assert status("foreign_tax_solely", foreign_tax_reasons=frozenset(reasons)) == expected


def test_another_unlisted_reason_cites_para_81_and_asks_for_a_check():
    reasons = frozenset({"foreign_law_no_tax", "other"})
    finding = determine(facts(foreign_tax_reasons=reasons)).finding("foreign_tax_solely")
    assert "CR 2005/54, para 81 (exempt abroad for another, unlisted reason)" in {
        x.text for x in finding.citations
    }
    assert "really is different" in finding.explanation


def test_solely_test_cites_each_part_of_23ag_2():
    assert {
        "ITAA 1936 s 23AG(2)(a)-(b) (double tax agreements)",
        "ITAA 1936 s 23AG(2)(c)-(d) (foreign law exempting or not taxing)",
        "ITAA 1936 s 23AG(2)(e)-(g) (privileges and immunities)",
        "CR 2005/54, para 77",
    } <= cites("foreign_tax_solely")


# --- 8. exemption with progression -------------------------------------------------------

MONEY = {
    "other_assessable_income": Decimal("60000"),
    "exempt_foreign_income": Decimal("40000"),
}


@pytest.mark.parametrize(
    ("income", "tax"),
    [
        ("6000", "0"),
        ("21600", "2652"),
        ("58000", "13572"),
        ("70000", "18612"),
        ("90000", "28012"),
        ("0", "0"),
    ],
)
def test_2004_05_income_tax_at_band_edges(income, tax):
    assert income_tax_on(Decimal(income), RATES_2004_05) == Decimal(tax)


@pytest.mark.parametrize(
    ("income", "tax"),
    [("18200", "0"), ("45000", "4020"), ("135000", "31020"), ("190000", "51370"),
     ("200000", "55870")],
)  # fmt: skip
def test_2026_27_income_tax_at_band_edges(income, tax):
    """Income Tax Rates Act 1986 Sch 7 as amended by Act No. 28 of 2025 (15% first rate)."""
    rates = ISSUE_RATE_SCHEDULES["2026-27"]
    assert income_tax_on(Decimal(income), rates) == Decimal(tax)


def test_2024_25_progression():
    result = determine(
        facts(
            income_year="2024-25",
            attributable_activity="disciplined_force",
            rate_schedule=ISSUE_RATE_SCHEDULES["2024-25"],
            **MONEY,
        )
    )
    progression = result.data["progression"]
    # 100,000: 16% of 26,800 + 30% of 55,000 = 20,788; Medicare 2% = 2,000.
    assert progression["income_tax"] == "20788.00"
    assert progression["medicare_levy"] == "2000.00"
    assert progression["notional_gross_tax"] == "22788.00"
    assert progression["tax_payable"] == "13672.80"


def test_seeded_schedules():
    assert sorted(ISSUE_RATE_SCHEDULES) == [
        *(f"{y}-{(y + 1) % 100:02d}" for y in range(2004, 2027)),
    ]  # fmt: skip
    assert ISSUE_RATE_SCHEDULES["2008-09"].medicare_levy_rate == Decimal("0.015")
    assert ISSUE_RATE_SCHEDULES["2022-23"].medicare_levy_rate == Decimal("0.02")
    assert ISSUE_RATE_SCHEDULES["2023-24"].bands[2] == (Decimal("120000"), Decimal("0.325"))
    for year, schedule in ISSUE_RATE_SCHEDULES.items():
        assert schedule.income_year == year
        assert schedule.bands[-1][0] is None
        assert schedule.is_complete


def test_year_without_a_table_says_so_and_does_not_guess():
    result = determine(
        facts(
            income_year="2010-11",
            attributable_activity="disciplined_force",
            rate_schedule=None,
            **MONEY,
        )
    )
    assert result.outcome == Outcome.EXEMPT
    assert result.finding("progression").status == Status.UNCLEAR
    assert "no table of tax rates for the 2010-11" in result.finding("progression").explanation
    assert result.data["progression"] is None


def test_table_for_another_year_is_not_used():
    result = determine(facts(income_year="2005-06", rate_schedule=RATES_2004_05, **MONEY))
    assert result.finding("progression").status == Status.UNCLEAR


def test_progression_only_when_some_pay_is_exempt():
    result = determine(
        facts(work_capacity=WorkCapacity.CONTRACTOR, rate_schedule=RATES_2004_05, **MONEY)
    )
    assert result.finding("progression").status == Status.NOT_APPLICABLE
    assert result.data["progression"] is None


def test_progression_for_partly_exempt_pay_reminds_to_enter_only_exempt_pay():
    result = determine(
        facts(
            payments_received=frozenset({"salary", "transfer_allowance"}),
            rate_schedule=RATES_2004_05,
            **MONEY,
        )
    )
    assert result.outcome == Outcome.PARTLY_EXEMPT
    assert "Only the exempt pay" in result.finding("progression").explanation


def test_no_other_taxable_income_means_no_tax():
    result = determine(
        facts(
            other_assessable_income=Decimal("0"),
            exempt_foreign_income=Decimal("50000"),
            rate_schedule=RATES_2004_05,
        )
    )
    assert result.data["progression"]["tax_payable"] == "0.00"


def test_tax_payable_rounds_half_up_to_the_cent():
    flat = RateSchedule("2004-05", ((None, Decimal("0.10")),), Decimal("0"), "test table")
    result = determine(
        facts(
            other_assessable_income=Decimal("1.05"),
            exempt_foreign_income=Decimal("0"),
            rate_schedule=flat,
        )
    )
    assert result.data["progression"]["income_tax"] == "0.11"  # 0.105 rounds up
    assert result.data["progression"]["tax_payable"] == "0.11"


# --- outcomes and the shape of the result -----------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "expected", "headline"),
    [
        ({}, "exempt", "is exempt from Australian tax"),
        (
            {"payments_received": frozenset({"salary", "transfer_allowance"})},
            "partly_exempt",
            "Some of the client's overseas pay",
        ),
        ({"work_capacity": "contractor"}, "not_exempt", "is not exempt"),
        ({"australian_resident": "no"}, "not_applicable", "does not apply"),
        ({"australian_resident": "not_sure"}, "refer", "Get professional advice"),
    ],
)
def test_each_outcome_has_a_one_sentence_headline(overrides, expected, headline):
    result = determine(facts(**overrides))
    assert result.outcome == expected
    assert headline in result.headline
    assert result.headline.count(". ") == 0 and result.headline.endswith(".")
    assert result.next_steps


def test_not_met_beats_unclear():
    assert outcome(work_capacity="contractor", australian_resident="not_sure") == "not_exempt"


def test_refer_lists_every_reason_in_next_steps():
    result = determine(facts(australian_resident="not_sure", work_capacity="not_sure"))
    assert len([s for s in result.next_steps if s.startswith("Get advice")]) == 2


def test_data_is_json_and_round_trips():
    result = determine(facts(rate_schedule=RATES_2004_05, **MONEY))
    snapshot = json.loads(json.dumps(result.to_dict()))
    assert Determination.from_dict(snapshot) == result
    assert set(result.data) == {
        "income_year",
        "tests",
        "payments",
        "foreign_service",
        "progression_status",
        "progression",
        "ruling_binding",
        "screening_date",
        "service_ongoing",
    }
    assert result.data["tests"] == {f.code: str(f.status) for f in result.findings}
    assert result.data["progression_status"] == "calculated"
    assert result.data["progression"]["provisional"] is False


def test_relied_on_names_are_facts_fields():
    fields = {f.name for f in dataclasses.fields(Facts)}
    result = determine(facts(income_year="2009-10", rate_schedule=None, **MONEY))
    for finding in result.findings:
        assert set(finding.relied_on) <= fields, finding.code


def test_citations_are_only_the_allowed_authorities():
    allowed = {
        "ITAA 1936",
        "ITAA 1997",
        "CR 2005/54",
        "TR 96/15",
        "IT 2441",
        "IT 2650",
        "TD 2012/8",
        "TR 2013/7",
        "Tax Laws Amendment (2005 Measures No. 5) Act 2005",
        "Tax Laws Amendment (2009 Budget Measures No. 1) Act 2009",
    }
    constants = [v for v in vars(c).values() if hasattr(v, "authority")]
    assert {x.authority for x in constants} <= allowed


def test_determine_is_deterministic():
    assert determine(facts()) == determine(facts())


# --- added in review: boundaries, the ruling's binding effect, progression states ---------

#: With a 10-day absence of each kind after 40 days of service in 2024, what a period of
#: 91 or 92 days comes to (a period of 90 days is never enough, whatever the absence).
LONG_ENOUGH = {
    **dict.fromkeys(COUNTING, Status.MET),  # the absence is foreign service (s 23AG(6))
    "not_sure": Status.UNCLEAR,  # the answer turns on what the absence was
    # 10 days away pass 1/6 of the 40 days served, so s 23AG(6A) cannot join the periods;
    # leave earned in Australia is such an absence since the former s 23AG(6D) went.
    "australian_accrued_leave": Status.NOT_MET,
    "long_service_leave": Status.NOT_MET,
    "unpaid_leave": Status.NOT_MET,
    "other": Status.NOT_MET,
}


@pytest.mark.parametrize("kind", sorted(AbsenceKind))
@pytest.mark.parametrize(
    ("total", "end"),
    [(90, date(2024, 4, 13)), (91, date(2024, 4, 14)), (92, date(2024, 4, 15))],
)
def test_90_91_92_days_across_29_february_with_each_kind_of_absence(kind, total, end):
    """15 January 2024 to 14 April 2024 is 91 days counting both ends, because 2024 has a
    29 February; the absence (24 February to 4 March) spans it."""
    facts_ = period(date(2024, 1, 15), (40, None), (10, kind), (total - 50, None))
    assert facts_["service_end"] == end
    assert facts_["absences"][0].absence_start == date(2024, 2, 24)
    assert facts_["absences"][0].absence_end == date(2024, 3, 4)
    result = determine(facts(income_year="2023-24", attributable_activity="disciplined_force",
                             **facts_))  # fmt: skip
    finding = result.finding("continuous_91_days")
    assert result.data["foreign_service"]["days"] == total
    assert f"is {total} days" in finding.explanation
    expected = Status.NOT_MET if total == 90 else LONG_ENOUGH[kind]
    assert finding.status == expected


def test_the_same_dates_in_a_year_without_29_february_are_one_day_shorter():
    result = determine(facts(service_start=date(2023, 1, 15), service_end=date(2023, 4, 14),
                             absences=()))  # fmt: skip
    assert result.data["foreign_service"]["days"] == 90
    assert result.finding("continuous_91_days").status == Status.NOT_MET


def test_the_exempt_entity_is_a_prescribed_institution_abroad():
    finding = determine(
        facts(income_year="2010-11", attributable_activity=Activity.EXEMPT_ENTITY, **SERVICE_2010)
    ).finding("s23ag_1aa")
    assert "prescribed institution" in finding.explanation
    assert "charitable" not in finding.explanation


def test_service_before_1_july_2009_is_outside_the_activity_limit():
    finding = determine(
        facts(
            income_year="2009-10",
            attributable_activity=Activity.DISCIPLINED_FORCE,
            service_start=date(2009, 3, 1),
            service_end=date(2009, 12, 31),
            absences=(),
        )
    ).finding("s23ag_1aa")
    assert "pay for the days before then is not affected" in finding.explanation


def test_the_ruling_binds_the_commissioner_on_the_described_arrangement():
    result = determine(facts())
    finding = result.finding("ruling_class")
    assert finding.status == Status.MET
    assert "binds the Commissioner for this client" in finding.explanation
    assert "materially different" in finding.explanation
    assert {"CR 2005/54, paras 3-6 (class of persons)",
            "CR 2005/54, paras 7-9 (binding only on the arrangement described)"} <= {
        x.text for x in finding.citations
    }  # fmt: skip
    assert any("paras 12 to 35" in step for step in result.next_steps)
    assert not any("guidance" in caveat for caveat in result.caveats)


def test_unclear_binding_and_no_binding_have_different_caveats():
    unclear = determine(facts(arrangement_as_described=YesNo.NOT_SURE)).caveats
    assert any("could not confirm that CR 2005/54 binds" in c_ for c_ in unclear)
    outside = determine(facts(ruling_class_member=YesNo.NO)).caveats
    assert any("does not bind the Commissioner" in c_ for c_ in outside)


def test_leave_earned_in_australia_takes_the_client_out_of_the_rulings_class():
    absence = Absence(date(2004, 11, 22), date(2004, 11, 30), "australian_accrued_leave")
    finding = determine(facts(absences=(absence,))).finding("ruling_class")
    assert finding.status == Status.NOT_MET
    assert "leave earned from work in Australia" in finding.explanation


@pytest.mark.parametrize(
    ("bands", "complete"),
    [
        (((Decimal(6000), Decimal(0)), (None, Decimal("0.2"))), True),
        (((None, Decimal("0.1")),), True),
        ((), False),
        (((Decimal(6000), Decimal(0)), (Decimal(9000), Decimal("0.2"))), False),
        (((Decimal(9000), Decimal(0)), (Decimal(6000), Decimal("0.2")), (None, Decimal(1))),
         False),
    ],
)  # fmt: skip
def test_rate_schedule_completeness(bands, complete):
    assert RateSchedule("2004-05", bands, Decimal(0), "test").is_complete is complete


def test_an_incomplete_rate_table_is_not_used():
    broken = RateSchedule("2004-05", ((Decimal(6000), Decimal(0)),), Decimal("0.015"), "test")
    result = determine(facts(rate_schedule=broken, **MONEY))
    assert result.finding("progression").status == Status.UNCLEAR
    assert "incomplete" in result.finding("progression").explanation
    assert result.data["progression"] is None
    assert result.data["progression_status"] == "incomplete_rate_table"


def test_progression_is_provisional_when_the_exemption_is_not_settled():
    result = determine(
        facts(
            australian_resident=YesNo.NOT_SURE,
            other_assessable_income=Decimal("60300"),
            other_deductions=Decimal("300"),
            exempt_foreign_income=Decimal("30100"),
            exempt_income_expenses=Decimal("100"),
            rate_schedule=RATES_2004_05,
        )
    )
    assert result.outcome == Outcome.REFER
    finding = result.finding("progression")
    assert finding.status == Status.UNCLEAR
    assert finding.explanation.startswith("It is not yet settled")
    assert result.data["progression_status"] == "provisional"
    assert result.data["progression"]["provisional"] is True
    assert result.data["progression"]["tax_payable"] == "19574.67"


@pytest.mark.parametrize(
    ("overrides", "progression_status"),
    [
        ({}, "not_asked"),
        ({"work_capacity": "contractor", **MONEY}, "not_applicable"),
        ({"australian_resident": "no", **MONEY}, "not_applicable"),
        ({"income_year": "2005-06", **MONEY}, "no_rate_table"),
        ({**MONEY}, "calculated"),
    ],
)
def test_progression_status_in_data(overrides, progression_status):
    result = determine(facts(rate_schedule=RATES_2004_05, **overrides))
    assert result.data["progression_status"] == progression_status


@pytest.mark.parametrize(
    ("overrides", "words"),
    [
        ({}, "Leave the exempt pay out of the client's assessable income"),
        (
            {"payments_received": frozenset({"salary", "transfer_allowance"})},
            "marked 'Not exempt'",
        ),
        ({"work_capacity": "contractor"}, "Include the overseas pay in the client's assessable"),
        ({"australian_resident": "no"}, "Confirm the client's residency"),
        ({"work_capacity": "not_sure"}, "Get advice from a registered tax agent"),
    ],
)
def test_next_steps_for_each_outcome(overrides, words):
    assert any(words in step for step in determine(facts(**overrides)).next_steps)


def test_every_result_states_the_law_it_applies():
    caveats = determine(facts()).caveats
    assert any("from 1 July 2004" in c_ and "s 23AG(6A)-(6B)" in c_ for c_ in caveats)

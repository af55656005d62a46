"""Rule tests for issue 14: postings still running, the law by date (2005 and 2009),
every kind of absence, death before 91 days, part-year residents, leave earned in
Australia, and the next steps and caveats that go with them."""

from datetime import date

import pytest

from questionnaires.foreign_employment_income import citations as c
from questionnaires.foreign_employment_income.rules import (
    Absence,
    Activity,
    Outcome,
    Payment,
    ResidencyChange,
    YesNo,
    determine,
    measure_foreign_service,
)
from questionnaires.framework.determination import Status
from tests.foreign_employment_income.test_rules import facts, period

ONGOING = {"service_ended": YesNo.NO, "service_end": None, "absences": ()}
TAXED = frozenset({"taxed"})


def continuity(**overrides):
    return determine(facts(**overrides)).finding("continuous_91_days")


# --- 1. postings that have not ended -----------------------------------------------------


def test_a_posting_not_ended_is_measured_to_the_screening_date_and_names_the_91st_day():
    result = determine(facts(**ONGOING, today=date(2004, 9, 30)))
    finding = result.finding("continuous_91_days")
    assert finding.status == Status.UNCLEAR
    assert result.outcome == Outcome.REFER
    assert "the 91st day will be 31 October 2004" in finding.explanation
    assert "If the posting ends before 31 October 2004, the test is not met" in (
        finding.explanation
    )
    data = result.data["foreign_service"]
    assert data["ongoing"] is True and data["measured_to"] == "2004-09-30"
    assert data["day_91"] == "2004-10-31"
    assert data["reached_91_days_by_screening_date"] is False


def test_a_posting_not_ended_that_passed_91_days_is_met_but_qualified():
    result = determine(facts(**ONGOING, today=date(2004, 11, 15)))
    assert result.finding("continuous_91_days").status == Status.MET
    assert result.outcome == Outcome.EXEMPT
    assert "the posting has not ended" in result.headline
    assert result.data["foreign_service"]["reached_91_days_by_screening_date"] is True
    assert result.data["service_ongoing"] is True


@pytest.mark.parametrize(
    ("planned", "words"),
    [
        (date(2004, 10, 15), "as planned, it would not reach 91 days"),
        (date(2005, 1, 31), "it would reach 91 days if it runs as planned"),
    ],
)
def test_a_planned_end_date_never_gives_an_unqualified_exempt(planned, words):
    result = determine(facts(**ONGOING, expected_service_end=planned, today=date(2004, 9, 30)))
    assert result.outcome == Outcome.REFER
    assert words in result.finding("continuous_91_days").explanation


def test_not_sure_whether_it_ended_is_treated_as_still_running():
    result = determine(
        facts(**{**ONGOING, "service_ended": YesNo.NOT_SURE}, today=date(2004, 9, 30))
    )
    assert result.outcome == Outcome.REFER


def test_an_end_date_after_the_screening_date_is_questioned():
    finding = continuity(today=date(2004, 12, 1))  # Daniel's service ends 19 December
    assert finding.status == Status.UNCLEAR
    assert "after the screening date" in finding.explanation


def test_a_posting_not_ended_without_a_screening_date_cannot_be_measured():
    assert continuity(**ONGOING).status == Status.UNCLEAR


# --- 2. the 1 July 2009 limit, by service ------------------------------------------------


def limit(**overrides):
    return determine(facts(ruling_class_member=YesNo.NO, **overrides)).finding("s23ag_1aa")


def test_pay_in_a_later_year_for_service_ended_before_1_july_2009_is_outside_the_limit():
    """Sch 1 item 2(2)(b): earnings derived from 1 July 2009 for service before then."""
    finding = limit(income_year="2009-10", attributable_activity=Activity.NONE,
                    service_start=date(2009, 1, 5), service_end=date(2009, 6, 30),
                    absences=())  # fmt: skip
    assert finding.status == Status.NOT_APPLICABLE
    assert "ended before 1 July 2009" in finding.explanation
    assert c.ACT_2009_APPLICATION in finding.citations


def test_service_straddling_1_july_2009_in_unlisted_work_is_partly_exempt():
    result = determine(facts(income_year="2009-10", attributable_activity=Activity.NONE,
                             ruling_class_member=YesNo.NO, foreign_tax_reasons=TAXED,
                             service_start=date(2009, 3, 2),
                             service_end=date(2009, 12, 19), absences=()))  # fmt: skip
    finding = result.finding("s23ag_1aa")
    assert finding.status == Status.UNCLEAR
    assert result.outcome == Outcome.PARTLY_EXEMPT
    assert "pay for service before 1 July 2009 can be exempt" in result.headline
    assert result.data["payments"][0]["exempt"] is None
    assert "the pay must be split" in finding.explanation
    assert "is not affected by this limit" not in result.headline


def test_unlisted_work_wholly_from_1_july_2009_is_not_exempt_without_contradiction():
    finding = limit(income_year="2010-11", attributable_activity=Activity.NONE,
                    service_start=date(2010, 8, 2), service_end=date(2010, 12, 19),
                    absences=())  # fmt: skip
    assert finding.status == Status.NOT_MET
    assert "not affected" not in finding.explanation


def test_no_service_dates_in_a_later_year_leave_the_limit_unclear():
    assert limit(income_year="2010-11", service_start=None).status == Status.UNCLEAR


# --- 3. every kind of absence ------------------------------------------------------------


@pytest.mark.parametrize(
    "kind", ["own_accident_or_illness", "compassionate", "work_trip", "short_break"]
)
def test_absences_the_act_and_td_2012_8_count_keep_the_period_continuous(kind):
    """A medically evacuated officer: 60 days, 40 days away, 10 more days: 110 days."""
    facts_ = period(date(2010, 8, 2), (60, None), (40, kind), (10, None))
    result = determine(facts(income_year="2010-11", ruling_class_member=YesNo.NO,
                             foreign_tax_reasons=TAXED,
                             attributable_activity=Activity.DISCIPLINED_FORCE,
                             **facts_))  # fmt: skip
    finding = result.finding("continuous_91_days")
    if kind == "work_trip":  # 40 days of 110: more than one sixth, and the answer turns on it
        assert finding.status == Status.UNCLEAR
        assert "not excessive" in finding.explanation
    else:
        assert finding.status == Status.MET
        assert result.outcome == Outcome.EXEMPT
    assert c.S23AG_6 in finding.citations
    assert c.TD_2012_8 in finding.citations
    assert any("TD 2012/8" in caveat for caveat in result.caveats)


def test_leave_before_the_client_first_arrived_is_not_foreign_service():
    """20 days' recreation leave at the start, then 80 days served: 80 days, not 100."""
    facts_ = period(date(2004, 8, 2), (20, "foreign_recreation_leave"), (80, None))
    result = determine(facts(**facts_))
    finding = result.finding("continuous_91_days")
    assert finding.status == Status.NOT_MET
    assert "before the client first arrived" in finding.explanation
    assert result.data["foreign_service"]["before_arrival_days"] == 20
    assert result.data["foreign_service"]["start"] == "2004-08-22"
    assert measure_foreign_service(facts(**facts_)).before_arrival_kinds == {
        "foreign_recreation_leave"
    }


def test_recreation_leave_at_the_end_still_counts():
    assert continuity().status == Status.MET  # Daniel's 4 weeks' leave end the period


def test_within_one_sixth_is_false_for_a_long_absence_at_the_end():
    """80 days served, then 20 days' unpaid leave at the end: 20/80 is over one sixth."""
    facts_ = period(date(2006, 1, 2), (80, None), (20, "unpaid_leave"))
    data = determine(facts(income_year="2005-06", **facts_)).data["foreign_service"]
    assert data["absence_ratio"] == "20/80" and data["within_one_sixth"] is False


def test_left_early_and_went_back_with_the_dates_listed_is_decided_by_the_dates():
    facts_ = period(date(2006, 1, 2), (80, None), (10, "other"), (80, None))
    finding = continuity(income_year="2005-06", left_early_and_returned=YesNo.YES, **facts_)
    assert finding.status == Status.MET
    assert c.TR_96_15_RETURN not in finding.citations


# --- 5. death before 91 days -------------------------------------------------------------

SHORT = {"service_end": date(2004, 9, 30), "absences": ()}


@pytest.mark.parametrize(
    ("answer", "expected"),
    [(YesNo.YES, Status.MET), (YesNo.NO, Status.NOT_MET), (YesNo.NOT_SURE, Status.UNCLEAR)],
)
def test_death_before_91_days(answer, expected):
    finding = continuity(**SHORT, died_during_service=YesNo.YES,
                         would_have_reached_91_days=answer)  # fmt: skip
    assert finding.status == expected
    assert c.S23AG_1A in finding.citations
    assert "died on 30 September 2004" in finding.explanation


def test_a_death_deems_91_days_and_the_estate_gets_the_exemption():
    result = determine(facts(**SHORT, died_during_service=YesNo.YES,
                             would_have_reached_91_days=YesNo.YES))  # fmt: skip
    assert result.outcome == Outcome.EXEMPT


def test_a_death_before_1_july_2004_is_outside_s_23ag_1a():
    finding = continuity(service_start=date(2004, 5, 1), service_end=date(2004, 6, 15),
                         absences=(), died_during_service=YesNo.YES,
                         would_have_reached_91_days=YesNo.YES)  # fmt: skip
    assert finding.status == Status.NOT_MET
    assert "only to deaths from 1 July 2004" in finding.explanation


def test_a_death_deems_only_the_last_period_when_an_earlier_one_was_cut_short():
    facts_ = period(date(2006, 1, 2), (30, None), (20, "unpaid_leave"), (40, None))
    finding = continuity(income_year="2005-06", died_during_service=YesNo.YES,
                         would_have_reached_91_days=YesNo.YES, **facts_)  # fmt: skip
    assert finding.status == Status.UNCLEAR
    assert "the pay must be split between the periods" in finding.explanation
    assert determine(facts(income_year="2005-06", died_during_service=YesNo.YES,
                           would_have_reached_91_days=YesNo.YES, **facts_)).outcome == (
        Outcome.PARTLY_EXEMPT
    )  # fmt: skip


def test_a_death_after_91_days_changes_nothing():
    assert continuity(died_during_service=YesNo.YES).status == Status.MET


# --- 6. leave earned in Australia --------------------------------------------------------


def test_pay_for_leave_earned_in_australia_is_not_exempt():
    payments = frozenset({Payment.SALARY, Payment.AUSTRALIAN_LEAVE_PAY})
    result = determine(facts(payments_received=payments))
    rows = {row["code"]: row["exempt"] for row in result.data["payments"]}
    assert rows == {"salary": True, "australian_leave_pay": False}
    assert result.outcome == Outcome.PARTLY_EXEMPT


def test_leave_earned_in_australia_with_its_pay_not_split_out_is_partly_exempt():
    leave = Absence(date(2010, 10, 1), date(2010, 10, 5), "australian_accrued_leave")
    result = determine(facts(income_year="2010-11", attributable_activity="disciplined_force",
                             ruling_class_member=YesNo.NO, foreign_tax_reasons=TAXED,
                             service_start=date(2010, 8, 2),
                             service_end=date(2010, 12, 19), absences=(leave,)))  # fmt: skip
    assert result.finding("continuous_91_days").status == Status.MET
    finding = result.finding("foreign_earnings")
    assert finding.status == Status.UNCLEAR
    assert result.outcome == Outcome.PARTLY_EXEMPT
    assert "must be taken out of the salary" in result.headline
    assert "Pay for leave earned from work in Australia" in finding.explanation


# --- 8. part-year residents --------------------------------------------------------------


@pytest.mark.parametrize(
    "change", [ResidencyChange.STOPPED, ResidencyChange.STARTED, ResidencyChange.NOT_SURE]
)
def test_a_part_year_resident_is_at_least_referred(change):
    result = determine(facts(australian_resident=YesNo.NO, residency_change=change))
    assert result.finding("residency").status == Status.UNCLEAR
    assert result.outcome == Outcome.REFER


def test_a_non_resident_throughout_is_told_foreign_pay_is_generally_not_taxed_here():
    result = determine(facts(australian_resident=YesNo.NO, residency_change="never"))
    assert result.outcome == Outcome.NOT_APPLICABLE
    assert "generally not taxed in Australia at all" in result.headline
    assert c.S6_5_3 in result.finding("residency").citations
    assert any("s 6-5(3)" in step for step in result.next_steps)


# --- 9-11. rate tables, sources and next steps -------------------------------------------


def test_no_rate_table_means_the_amounts_were_not_asked():
    result = determine(facts(rate_table_missing=True))
    assert result.data["progression_status"] == "no_rate_table"
    assert "were not asked for" in result.finding("progression").explanation


def test_relying_on_the_rulings_explanation_is_said():
    caveats = determine(facts()).caveats
    assert any("Only paragraphs 1 to 37 of CR 2005/54 are the binding ruling" in x
               for x in caveats)  # fmt: skip


@pytest.mark.parametrize(
    ("year", "start", "relief"),
    [
        ("2004-05", date(2004, 8, 2), "foreign tax credit"),
        ("2007-08", date(2007, 8, 2), "foreign tax credit"),
        ("2008-09", date(2008, 8, 2), "foreign income tax offset (ITAA 1997 Division 770)"),
    ],
)
def test_foreign_tax_paid_on_pay_that_is_not_exempt_points_to_the_relief_for_the_year(
    year, start, relief
):
    """The offset (Div 770) applies to income years starting on or after 1 July 2008;
    before then, the foreign tax credit under former Divs 18, 18A and 19 of ITAA 1936."""
    result = determine(facts(income_year=year, service_start=start,
                             service_end=start.replace(month=10), absences=(),
                             foreign_tax_reasons=frozenset({"taxed"})))  # fmt: skip
    assert result.outcome == Outcome.NOT_EXEMPT
    assert any(relief in step for step in result.next_steps)


def test_exempt_pay_next_step_says_where_it_goes_in_the_return():
    assert any("exempt foreign employment income" in s for s in determine(facts()).next_steps)


def test_refer_says_which_documents_to_get():
    result = determine(facts(work_capacity="not_sure", foreign_tax_reasons=frozenset()))
    documents = next(s for s in result.next_steps if s.startswith("Documents to get first"))
    assert "employment contract" in documents and "foreign tax" in documents


def test_an_unknown_kind_of_work_points_to_tr_2013_7():
    finding = limit(income_year="2010-11", attributable_activity=Activity.NOT_SURE,
                    service_start=date(2010, 8, 2), service_end=date(2010, 12, 19),
                    absences=())  # fmt: skip
    assert finding.status == Status.UNCLEAR
    assert c.TR_2013_7 in finding.citations


def test_aid_work_from_2016_17_says_a_government_agency_employer_is_excluded():
    """s 23AG(1AA)(a) has excluded an employer that is an Australian government agency from
    1 July 2016 (TR 2013/7, as amended by TR 2013/7A1)."""
    finding = limit(income_year="2017-18", attributable_activity=Activity.DEVELOPMENT_ASSISTANCE,
                    service_start=date(2017, 8, 1), service_end=date(2017, 12, 19),
                    absences=())  # fmt: skip
    assert finding.status == Status.MET
    assert "Australian government agency" in finding.explanation
    earlier = limit(income_year="2015-16", attributable_activity=Activity.DEVELOPMENT_ASSISTANCE,
                    service_start=date(2015, 8, 1), service_end=date(2015, 12, 19),
                    absences=())  # fmt: skip
    assert "government agency" not in earlier.explanation

"""Fact patterns an immigration practitioner wrote to break these rules
(/work/adversarial/issue-13.md and later rounds, the fifth in /work/adversarial/13-r5.md),
one test each, named after the pattern. Each docstring gives
the pattern and its authority; each test asserts the outcome and the statuses the law
supports. Where the reviewer asked for more than the law or the issue supports, the docstring
says so and the test asserts what the rules give and why."""

from datetime import date

import pytest

from questionnaires.framework.determination import Status
from questionnaires.removal_protection import citations as c
from questionnaires.removal_protection.rules import (
    Circuit,
    CountryCondition,
    DeadlineException,
    EntryManner,
    Facts,
    FutureSource,
    GroundDetail,
    GroundKnown,
    Harmer,
    HarmKind,
    LawyerRole,
    Motive,
    MotiveEvidence,
    OfficialDuty,
    OfficialsAware,
    PoliceResponse,
    Proceeding,
    PscReview,
    ResettlementException,
    TerrorismReview,
    YesNo,
    determine,
)
from tests.removal_protection.patterns import REVIEW_BASELINE

Y, N, NS = YesNo.YES, YesNo.NO, YesNo.NOT_SURE
SCREENED = date(2026, 11, 29)
NO_BARS = dict.fromkeys(
    (
        "persecutor_bar",
        "firm_resettlement",
        "prior_asylum_denied",
        "serious_nonpolitical_crime",
        "terrorism_bar",
    ),
    N,
)


def ground(name=Motive.POLITICAL_OPINION, evidence=(MotiveEvidence.WHAT_THEY_SAID,), **kw):
    return GroundDetail(
        name,
        kw.pop("known", GroundKnown.KNEW),
        frozenset(evidence),
        harmed_others_without_ground=kw.pop("others", N),
        would_have_harmed_anyway=kw.pop("anyway", N),
        lawyer_role=kw.pop("lawyer", LawyerRole.NOT_REVIEWED),
    )


def pol(**overrides) -> Facts:
    """The reviewer's "POL" baseline: Ninth Circuit, removal proceedings, no convictions;
    on-duty police detained, beat and threatened the client for his political opinion."""
    base = {
        "today": SCREENED,
        "country_of_return": "Nicaragua",
        "circuit": Circuit.NINTH,
        "proceeding_type": Proceeding.REMOVAL_PROCEEDINGS,
        "reinstated_order": N,
        "last_arrival_date": date(2026, 6, 1),
        "last_entry_manner": EntryManner.PORT_WITH_APPOINTMENT,
        "asylum_filed": N,
        "unaccompanied_child": N,
        "deadline_exception": DeadlineException.NOT_SURE,
        **NO_BARS,
        "has_convictions": N,
        "past_harm": Y,
        "harm_kinds": frozenset({HarmKind.PHYSICAL_ASSAULT, HarmKind.DETENTION}),
        "severe_pain": Y,
        "harm_intentional": Y,
        "lawful_sanction": N,
        "future_threats_made": Y,
        "visible_scars": Y,
        "medical_records": Y,
        "harmers": frozenset({Harmer.POLICE}),
        "official_duty": OfficialDuty.ON_DUTY,
        "officials_in_uniform": Y,
        "access_through_position": Y,
        "threatened_official_retaliation": NS,
        "reported_to_police": N,
        "not_reported_reason": "dangerous",
        "motives": frozenset({Motive.POLITICAL_OPINION}),
        "ground_details": (ground(),),
        "future_risk_source": FutureSource.SAME_PEOPLE,
        "conditions_changed": N,
        "threats_to_find_anywhere": Y,
        "client_marked": N,
        "safe_area": N,
        "country_conditions": frozenset({CountryCondition.HUMAN_RIGHTS_VIOLATIONS}),
    }
    base.update(overrides)
    return Facts(**base)


def gang(**overrides) -> Facts:
    """POL with a gang as the persecutor instead of the police."""
    base = {
        "harmers": frozenset({Harmer.GANG}),
        "official_duty": None,
        "officials_in_uniform": None,
        "access_through_position": None,
        "threatened_official_retaliation": None,
        "officials_aware": OfficialsAware.NOT_AWARE,
        "officials_protect_group": N,
    }
    base.update(overrides)
    return pol(**base)


def statuses(d) -> tuple[str, str, str, str]:
    return tuple(d.data[code]["status"] for code in RELIEF)


RELIEF = ("asylum", "withholding", "cat_withholding", "cat_deferral")


def status(d, code):
    return d.finding(code).status


def test_baseline_pol_is_strong_everywhere_with_the_deadline_named():
    d = determine(pol())
    assert statuses(d) == ("strong", "strong", "strong", "not_available")
    # Removal proceedings: the judge may set an earlier date (8 C.F.R. § 1003.31(c); R3-10).
    assert "File for asylum by June 1, 2027 or any earlier date the immigration judge set." in (
        d.headline
    )


def test_p1_deadline_on_a_sunday_carries_to_monday():
    """P1: last arrival Saturday 29 Nov 2025; screened on the anniversary, Sunday 29 Nov
    2026; nothing filed. 8 U.S.C. § 1158(a)(2)(B); 8 C.F.R. § 1208.4(a)(2)(ii) carries a last
    day on a weekend to the next working day; Minasyan v. Mukasey (anniversary timely).
    Asylum still open; the result names Monday 30 November 2026."""
    d = determine(pol(last_arrival_date=date(2025, 11, 29)))
    finding = d.finding("asylum_filing_deadline")
    assert finding.status == Status.MET
    assert "November 30, 2026" in finding.explanation
    assert d.data["asylum_deadline"]["last_day_to_file"] == "2026-11-30"
    assert d.data["asylum"]["status"] == "strong"
    assert "File for asylum by November 30, 2026 or any earlier date" in d.headline
    late = determine(pol(last_arrival_date=date(2025, 11, 29), today=date(2026, 12, 1)))
    assert status(late, "asylum_filing_deadline") == Status.UNCLEAR  # exception not known
    assert late.data["withholding"]["status"] == "strong"


def test_p2_leap_year_crossing_filed_on_the_anniversary_is_timely():
    """P2: arrived 1 Mar 2023, filed 1 Mar 2024 (day 366). The year ends on the anniversary
    (Minasyan v. Mukasey, 553 F.3d 1224 (9th Cir. 2009))."""
    d = determine(
        pol(
            today=date(2024, 3, 15),
            last_arrival_date=date(2023, 3, 1),
            asylum_filed=Y,
            asylum_filed_date=date(2024, 3, 1),
        )
    )
    assert status(d, "asylum_filing_deadline") == Status.MET
    assert d.data["asylum"]["status"] == "strong"


def test_p3_arrival_on_29_february_leaves_the_deadline_to_a_lawyer():
    """P3: arrived 29 Feb 2024, filed Monday 3 Mar 2025. Whether the year ends 28 Feb or
    1 Mar (carried to 3 Mar) is not settled: unclear, never strong or barred; a client not yet
    filed is told the earlier date."""
    d = determine(
        pol(
            today=date(2025, 3, 20),
            last_arrival_date=date(2024, 2, 29),
            asylum_filed=Y,
            asylum_filed_date=date(2025, 3, 3),
        )
    )
    assert status(d, "asylum_filing_deadline") == Status.UNCLEAR
    assert d.data["asylum"]["status"] not in ("strong", "barred")
    unfiled = determine(pol(today=date(2025, 1, 10), last_arrival_date=date(2024, 2, 29)))
    assert unfiled.data["asylum_deadline"]["last_day_to_file"] == "2025-02-28"


def test_p4_four_days_late_without_an_exception_bars_asylum_only():
    """P4: anniversary Wednesday 25 Nov 2026, nothing filed, no exception. Asylum barred
    (8 U.S.C. § 1158(a)(2)(B)); withholding and CAT unaffected (8 C.F.R. § 1208.4(a)); the
    headline leads with withholding; a lawyer should still look for an exception."""
    d = determine(
        pol(last_arrival_date=date(2025, 11, 25), deadline_exception=DeadlineException.NONE)
    )
    assert statuses(d) == ("barred", "strong", "strong", "not_available")
    assert d.headline.startswith("The client looks likely to qualify for withholding of removal")
    assert any("look for changed or extraordinary circumstances" in s for s in d.next_steps)


@pytest.mark.parametrize("exception", [DeadlineException.CHANGED, DeadlineException.EXTRAORDINARY])
def test_p5_late_with_an_exception_claimed_is_possible_never_strong(exception):
    """P5: late, but changed circumstances (a new law against her faith) or extraordinary
    circumstances (TPS until recently) are claimed: 8 U.S.C. § 1158(a)(2)(D); 8 C.F.R.
    § 1208.4(a)(4)-(5). Possible, with the reason."""
    d = determine(pol(last_arrival_date=date(2022, 6, 10), deadline_exception=exception))
    assert d.data["asylum"]["status"] == "possible"
    assert "reasonable period" in d.data["asylum"]["reason"]
    assert d.data["withholding"]["status"] == "strong"


def test_p6_former_unaccompanied_child_now_adult_is_not_cleared():
    """P6: came alone at 15 in 2022, now 19, never filed. The exemption for unaccompanied
    children (TVPRA 2008) may be contested once the client is an adult; being an
    unaccompanied minor is also an extraordinary circumstance. Deadline unclear, asylum at
    most possible; the finding cites 8 U.S.C. § 1158(a)(2)(E) (read 2026-11-29) and a caveat
    asks a lawyer to confirm the client qualified, and still qualifies, under its definition."""
    d = determine(pol(last_arrival_date=date(2022, 8, 1), unaccompanied_child=Y))
    assert status(d, "asylum_filing_deadline") == Status.UNCLEAR
    assert d.data["asylum"]["status"] == "possible"
    deadline = next(f for f in d.findings if f.code == "asylum_filing_deadline")
    assert c.UNACCOMPANIED_CHILDREN in deadline.citations
    assert any("still qualifies" in caveat and "1158(a)(2)(E)" in caveat for caveat in d.caveats)


def test_p7_persecutor_bar_not_sure_keeps_everything_below_strong_with_deferral_shown():
    """P7: former conscript who guarded a prison; staff answer the persecutor bar "not
    sure". 8 U.S.C. §§ 1158(b)(2)(A)(i), 1231(b)(3)(B)(i); 8 C.F.R. §§ 1208.16(d)(2),
    1208.17(a). The reviewer asks for "unclear"; the issue asks that an unresolved bar cap
    asylum below strong, and the rules give "possible" with the open bar named, deferral as
    the fallback."""
    d = determine(
        pol(
            persecutor_bar=NS,
            country_of_return="Eritrea",
            harmers=frozenset({Harmer.MILITARY}),
            motives=frozenset({Motive.RELIGION}),
            ground_details=(ground(Motive.RELIGION),),
        )
    )
    assert statuses(d) == ("possible", "possible", "possible", "strong")
    assert "took part in persecuting others" in d.data["asylum"]["reason"]
    assert "Deferral of removal" in d.headline


def test_p8_firm_resettlement_bars_asylum_not_withholding():
    """P8: Syrian journalist granted permanent residence in Brazil. 8 U.S.C.
    § 1158(b)(2)(A)(vi). Withholding and CAT only protect against removal to Syria: the next
    steps say to ask about removal to the third country."""
    d = determine(
        pol(
            firm_resettlement=Y,
            resettlement_exception=ResettlementException.NONE,
            country_of_return="Syria",
        )
    )
    assert statuses(d) == ("barred", "strong", "strong", "not_available")
    assert c.FIRM_RESETTLEMENT.text in [x.text for x in d.finding("asylum_bars").citations]
    assert any("offered permanent status" in step for step in d.next_steps)


@pytest.mark.parametrize(("answer", "asylum"), [(Y, "barred"), (NS, "possible")])
def test_p9_serious_crime_abroad_without_a_conviction(answer, asylum):
    """P9: Interpol Red Notice for "illicit association", no conviction. 8 U.S.C.
    §§ 1158(b)(2)(A)(iii), 1231(b)(3)(B)(iii). "No convictions" does not clear it; deferral is
    the fallback."""
    d = determine(pol(serious_nonpolitical_crime=answer, crime_political=N))
    assert d.data["asylum"]["status"] == asylum
    assert status(d, "particularly_serious_crime") == Status.MET  # no conviction
    assert status(d, "withholding_other_bars") == (
        Status.NOT_MET if answer == Y else Status.UNCLEAR
    )
    assert d.data["cat_deferral"]["status"] == "strong"


def test_p10_aggravated_felony_with_a_suspended_one_year_sentence():
    """P10: grand theft, 365 days suspended. An aggravated felony bars asylum (8 U.S.C.
    § 1158(b)(2)(B)(i)); under five years withholding needs a lawyer's case-by-case call.
    Before the aggravated felony is confirmed, asylum stays below strong."""
    confirmed = determine(pol(has_convictions=Y, aggravated_felony=Y, af_sentence_5_years=N))
    assert statuses(confirmed) == ("barred", "possible", "possible", "strong")
    open_ = determine(pol(has_convictions=Y, aggravated_felony=NS))
    assert open_.data["asylum"]["status"] == "possible"
    assert "aggravated felony" in open_.data["asylum"]["reason"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (Y, ("barred", "barred", "barred", "strong")),
        (NS, ("barred", "possible", "possible", "strong")),
    ],
)
def test_p11_five_years_counting_the_suspended_part(sentence, expected):
    """P11: 3 years and 3 years with 2 suspended: six years imposed (8 U.S.C.
    § 1101(a)(48)(B)); a per se particularly serious crime (§ 1231(b)(3)(B)). The question
    says "imposed, including any part suspended"; "not sure" keeps withholding open, with a
    next step to count the suspended part."""
    d = determine(pol(has_convictions=Y, aggravated_felony=Y, af_sentence_5_years=sentence))
    assert statuses(d) == expected
    if sentence == NS:
        assert any("suspended parts included" in step for step in d.next_steps)


def test_p12_drug_trafficking_aggravated_felony_two_years():
    """P12: 21 U.S.C. § 841(a)(1), 24 months. Asylum barred (§ 1158(b)(2)(B)(i));
    withholding presumptively barred (Matter of Y-L-, 23 I&N Dec. 270 (A.G. 2002)), not for a
    pre-2002 plea in the Ninth Circuit (Miguel-Miguel v. Gonzales, 500 F.3d 941)."""
    d = determine(
        pol(has_convictions=Y, aggravated_felony=Y, af_sentence_5_years=N, drug_trafficking=Y)
    )
    assert statuses(d) == ("barred", "barred", "barred", "strong")
    assert "Y-L-" in d.data["withholding"]["reason"]
    assert "Miguel-Miguel" in d.data["withholding"]["reason"]


@pytest.mark.parametrize(
    ("review", "withholding"),
    [(PscReview.NOT_PSC, "strong"), (PscReview.IS_PSC, "barred")],
)
def test_p13_a_lawyers_recorded_call_on_the_convictions(review, withholding):
    """P13: the seed's drug-possession and stolen-property convictions (846 F.3d at
    354-55); a lawyer's recorded call (Matter of N-A-M-: case by case) lets withholding be
    strong, or bars it."""
    d = determine(pol(has_convictions=Y, aggravated_felony=N, psc_review=review))
    assert d.data["withholding"]["status"] == withholding
    assert d.data["cat_deferral"]["status"] == (
        "not_available" if review == PscReview.NOT_PSC else "strong"
    )


def test_p14_detention_beating_and_death_threats_are_persecution_without_severe_pain():
    """P14: three days in a cell, baton beating, threats to kill him and his family; severe
    pain "no". Persecution is not the torture standard (8 C.F.R. §§ 1208.13(b)(1),
    1208.16(b)(1)): the presumption is met; past torture is not."""
    d = determine(
        pol(
            harm_kinds=frozenset(
                {HarmKind.DETENTION, HarmKind.DEATH_THREATS, HarmKind.PHYSICAL_ASSAULT}
            ),
            severe_pain=N,
            visible_scars=N,
            medical_records=N,
            future_threats_made=N,
            threats_to_find_anywhere=N,
            country_conditions=frozenset({CountryCondition.NONE_KNOWN}),
        )
    )
    assert status(d, "persecution_level_harm") == Status.MET
    assert status(d, "past_persecution_presumption") == Status.MET
    assert status(d, "past_torture") in (Status.NOT_MET, Status.UNCLEAR)
    assert d.data["withholding"]["status"] == "strong"
    assert d.data["asylum"]["status"] == "strong"


def test_p15_government_persecutor_and_a_cousins_town():
    """P15: police persecuted the activist; staff answer that a cousin's town might be safe.
    Where the government persecutes, relocation is presumed unreasonable (8 C.F.R.
    § 1208.13(b)(3); Matter of M-Z-M-R-). Asylum and withholding stay strong. For CAT,
    relocation is one piece of evidence (8 C.F.R. § 1208.16(c)(3)): the rules weigh it and
    give CAT withholding "possible" (the reviewer would keep it strong)."""
    d = determine(pol(safe_area=Y))
    assert d.data["asylum"]["status"] == "strong"
    assert d.data["withholding"]["status"] == "strong"
    assert status(d, "withholding_likelihood") == Status.MET
    assert d.data["cat_withholding"]["status"] in ("strong", "possible")


def test_p16_police_who_protected_the_client():
    """P16: gang beat him "for your party"; police arrested and jailed two of them and
    guarded his shop. Not shown unable or unwilling to control them (Bringas-Rodriguez, 850
    F.3d 1051 (en banc)); no acquiescence. Weak across the board, never strong."""
    d = determine(
        gang(
            reported_to_police=Y,
            police_response=PoliceResponse.PROTECTED_CLIENT,
            not_reported_reason=None,
            country_conditions=frozenset({CountryCondition.NONE_KNOWN}),
        )
    )
    assert status(d, "government_protection") == Status.NOT_MET
    assert statuses(d) == ("weak", "weak", "weak", "not_available")


def test_p17_not_reported_because_futile_or_dangerous():
    """P17: gay man beaten by neighbours and relatives; friends who reported were laughed at
    or beaten by officers. Reporting is not required where futile or dangerous
    (Bringas-Rodriguez). Unable/unwilling met; the group is for a lawyer (possible)."""
    d = determine(
        pol(
            harmers=frozenset({Harmer.PRIVATE_PERSON}),
            official_duty=None,
            officials_in_uniform=None,
            access_through_position=None,
            threatened_official_retaliation=None,
            officials_aware=OfficialsAware.NOT_SURE,
            officials_protect_group=NS,
            reported_to_police=N,
            not_reported_reason="futile",
            motives=frozenset({Motive.SOCIAL_GROUP}),
            social_group_description="gay men in Veracruz",
            ground_details=(ground(Motive.SOCIAL_GROUP),),
            country_conditions=frozenset(
                {
                    CountryCondition.HUMAN_RIGHTS_VIOLATIONS,
                    CountryCondition.OFFICIAL_CORRUPTION,
                }
            ),
        )
    )
    assert status(d, "government_protection") == Status.MET
    assert d.data["asylum"]["status"] == "possible"
    assert d.data["withholding"]["status"] == "possible"
    assert any("M-E-V-G-" in caveat and "gay men in Veracruz" in caveat for caveat in d.caveats)


def test_p18_mixed_motive_shown_by_words_timing_and_whom_they_spared():
    """P18: police extorted every vendor; after his strike they beat him ("this is what
    strikers get"); vendors who paid and did not strike were untouched. The facts give the
    role (seed at 357-60): a central reason, withholding strong."""
    row = ground(
        evidence=(MotiveEvidence.WHAT_THEY_SAID, MotiveEvidence.HARM_WORSENED),
        others=N,
        anyway=N,
    )
    d = determine(
        pol(
            country_of_return="Guatemala",
            motives=frozenset({Motive.MONEY, Motive.POLITICAL_OPINION}),
            ground_details=(row,),
        )
    )
    assert status(d, "nexus_a_reason") == Status.MET
    assert status(d, "nexus_one_central_reason") == Status.MET
    assert d.data["withholding"]["status"] == "strong"
    assert d.data["nexus"]["grounds"][0]["role"] == "central"


def test_p19_plain_extortion_dressed_as_a_social_group():
    """P19: every shop owner who stopped paying was beaten; only money was mentioned. No
    nexus on the facts (Zetino v. Holder, 622 F.3d 1007 (9th Cir. 2010)): nothing they said
    or did shows the ground mattered. Nexus unclear at best; the staff's "other evidence"
    does not make it met. (The reviewer would call relief weak; with the nexus unclear rather
    than disproved, the rules keep it below strong and leave the link to a lawyer.)"""
    row = ground(
        Motive.SOCIAL_GROUP, evidence=(MotiveEvidence.OTHER_EVIDENCE,), others=Y, anyway=Y
    )
    d = determine(
        gang(
            reported_to_police=N,
            not_reported_reason="other",
            motives=frozenset({Motive.MONEY, Motive.SOCIAL_GROUP}),
            social_group_description="small-business owners",
            ground_details=(row,),
        )
    )
    assert status(d, "nexus_a_reason") == Status.UNCLEAR
    assert status(d, "nexus_one_central_reason") == Status.UNCLEAR
    assert d.data["withholding"]["status"] != "strong"
    assert d.data["asylum"]["status"] != "strong"


def test_p20_a_social_group_the_board_has_rejected_is_flagged_not_decided():
    """P20: "young Salvadoran men who refuse to join gangs" (cf. Matter of S-E-G-). The issue
    forbids deciding cognizability (M-E-V-G-, W-G-R-): the rules cap relief at possible, name
    the three-part test, echo the group as described and tell a lawyer to assess it before
    relying on it. (The reviewer asks for "unclear"; telling a rejected formulation from an
    accepted one, as in P17, would be deciding cognizability.)"""
    d = determine(
        gang(
            past_harm=N,
            reported_to_police=N,
            not_reported_reason="dangerous",
            motives=frozenset({Motive.SOCIAL_GROUP}),
            social_group_description="young Salvadoran men who refuse to join gangs",
            ground_details=(ground(Motive.SOCIAL_GROUP),),
        )
    )
    assert d.data["withholding"]["status"] in ("possible", "unclear")
    assert d.data["asylum"]["status"] in ("possible", "unclear")
    assert any("young Salvadoran men" in caveat for caveat in d.caveats)
    assert any("cognizable" in step for step in d.next_steps)


@pytest.mark.parametrize("collusion", [Y, NS])
def test_p21_generalized_violence_only(collusion):
    """P21: deportee with tattoos, never harmed or threatened, country reports of gangs and
    corruption. Each link must be more likely than not (Matter of J-F-F-, 23 I&N Dec. 912);
    generalized violence is not enough (Delgado-Ortiz v. Holder, 600 F.3d 1148). CAT weak."""
    d = determine(
        gang(
            country_of_return="Honduras",
            past_harm=N,
            harm_kinds=frozenset(),
            severe_pain=None,
            harm_intentional=None,
            future_threats_made=N,
            threats_to_find_anywhere=N,
            future_risk_source=FutureSource.OTHERS,
            client_marked=Y,
            officials_protect_group=collusion,
            motives=frozenset({Motive.GENERAL_CRIME}),
            ground_details=(),
            safe_area=NS,
            country_conditions=frozenset(
                {
                    CountryCondition.OFFICIAL_CORRUPTION,
                    CountryCondition.COLLUSION,
                    CountryCondition.HUMAN_RIGHTS_VIOLATIONS,
                }
            ),
        )
    )
    assert status(d, "cat_likelihood") == Status.NOT_MET
    assert statuses(d) == ("weak", "weak", "weak", "not_available")
    assert d.outcome == "protection_unlikely"


def test_p22_past_torture_but_the_regime_has_fallen():
    """P22: tortured in 2015; the party that did it lost power and the officers were
    prosecuted; no threats since. A fundamental change can rebut the presumption (8 C.F.R.
    §§ 1208.13(b)(1), 1208.16(b)(1)); past torture is evidence, not enough alone
    (§ 1208.16(c)(3)). Not strong anywhere."""
    d = determine(
        pol(
            future_threats_made=N,
            threats_to_find_anywhere=N,
            future_risk_source=FutureSource.NOT_SURE,
            client_marked=Y,
            conditions_changed=Y,
            country_conditions=frozenset({CountryCondition.NONE_KNOWN}),
        )
    )
    assert "strong" not in statuses(d)
    assert status(d, "withholding_likelihood") == Status.UNCLEAR
    assert status(d, "cat_likelihood") == Status.UNCLEAR


def test_p23_police_tried_but_failed_without_corruption():
    """P23: police opened a file and made an arrest that did not stick; no collusion.
    Ineffectiveness is not acquiescence absent corruption (seed at 363; 8 C.F.R.
    § 1208.18(a)(7)): state action not met, CAT weak."""
    d = determine(
        gang(
            reported_to_police=Y,
            not_reported_reason=None,
            police_response=PoliceResponse.TRIED_BUT_FAILED,
            motives=frozenset({Motive.GENERAL_CRIME}),
            ground_details=(),
            country_conditions=frozenset({CountryCondition.NONE_KNOWN}),
        )
    )
    assert status(d, "state_action") == Status.NOT_MET
    assert d.data["cat_withholding"]["status"] == "weak"
    assert d.data["withholding"]["status"] == "weak"


def test_p24_police_did_nothing_about_one_named_report():
    """P24: police took the report naming two gang members and never followed up. One
    failure to act is not enough on its own (Garcia-Milian v. Holder, 755 F.3d 1026 (9th
    Cir. 2014)); state action unclear, CAT at most possible."""
    d = determine(
        gang(
            reported_to_police=Y,
            not_reported_reason=None,
            police_response=PoliceResponse.DID_NOTHING,
            motives=frozenset({Motive.GENERAL_CRIME}),
            ground_details=(),
            country_conditions=frozenset({CountryCondition.NONE_KNOWN}),
        )
    )
    assert status(d, "state_action") == Status.UNCLEAR
    assert c.GARCIA_MILIAN.text in [x.text for x in d.finding("state_action").citations]
    assert d.data["cat_withholding"]["status"] in ("possible", "unclear")


@pytest.mark.parametrize(("circuit", "state"), [(Circuit.FIFTH, Status.NOT_MET)])
def test_p25a_off_duty_soldier_in_a_land_dispute_outside_the_ninth(circuit, state):
    """P25(a): off duty, civilian clothes, own machete, no use of rank or office. Matter of
    O-F-A-S-, 28 I&N Dec. 35 (A.G. 2020), as Matter of J-G-R-, 28 I&N Dec. 733 (BIA 2023)
    explains it: he could have done it without any connection to the government. State
    action not met; CAT weak; no nexus."""
    d = determine(
        pol(
            circuit=circuit,
            harmers=frozenset({Harmer.MILITARY}),
            official_duty=OfficialDuty.OFF_DUTY,
            officials_in_uniform=N,
            access_through_position=N,
            threatened_official_retaliation=N,
            motives=frozenset({Motive.PERSONAL_DISPUTE}),
            ground_details=(),
        )
    )
    assert status(d, "state_action") == state
    assert statuses(d) == ("weak", "weak", "weak", "not_available")


def test_p25b_the_same_soldier_in_the_ninth_circuit_with_the_boards_test_flagged():
    """P25(b): in the Ninth Circuit off-duty officials are public officials (seed at 362-63),
    so state action is met under binding circuit law; the warning names O-F-A-S- and
    J-G-R- and the facts they turn on. (The reviewer would cap CAT at possible; the Board
    applies circuit law in the circuit, so the rules keep the seed's rule and warn.)"""
    d = determine(
        pol(
            harmers=frozenset({Harmer.MILITARY}),
            official_duty=OfficialDuty.OFF_DUTY,
            officials_in_uniform=N,
            access_through_position=N,
            threatened_official_retaliation=N,
            motives=frozenset({Motive.PERSONAL_DISPUTE}),
            ground_details=(),
        )
    )
    assert status(d, "state_action") == Status.MET
    assert any(
        "O-F-A-S-" in w and "J-G-R-" in w and "rogue" in w for w in d.data["jurisdiction_warnings"]
    )


def test_p26_prison_conditions_for_a_deportee_with_an_aggravated_felony():
    """P26: Haitian deportee with an 8-year aggravated felony fears prison conditions; no one
    has threatened him. Torture must be specifically intended (8 C.F.R. § 1208.18(a)(5));
    nothing shows what would happen is torture (Matter of J-F-F-). Asylum and both
    withholdings barred; deferral weak, not strong."""
    d = determine(
        pol(
            country_of_return="Haiti",
            has_convictions=Y,
            aggravated_felony=Y,
            af_sentence_5_years=Y,
            past_harm=N,
            harm_kinds=frozenset(),
            severe_pain=None,
            harm_intentional=None,
            future_threats_made=N,
            threats_to_find_anywhere=N,
            future_risk_source=FutureSource.OTHERS,
            client_marked=Y,
            motives=frozenset({Motive.GENERAL_CRIME}),
            ground_details=(),
        )
    )
    assert statuses(d)[:3] == ("barred", "barred", "barred")
    assert d.data["cat_deferral"]["status"] in ("weak", "unclear")


@pytest.mark.parametrize(
    ("circuit", "nexus", "withholding"),
    [
        (Circuit.NINTH, Status.MET, "strong"),
        (Circuit.SIXTH, Status.MET, "strong"),
        (Circuit.SECOND, Status.UNCLEAR, "possible"),
        (Circuit.FIRST, Status.UNCLEAR, "possible"),
        (Circuit.UNKNOWN, Status.UNCLEAR, "unclear"),
    ],
)
def test_p27_same_mixed_motive_in_each_venue(circuit, nexus, withholding):
    """P27: police extorted him; after he called them corrupt the abuse got much worse (one
    reason, not central). Ninth: "a reason" (seed at 360); Sixth: Guzman-Vazquez v. Barr, 959
    F.3d 253; Second: Quituizaca v. Garland, 52 F.4th 103 (deference flagged); First: no
    ruling verified, the Board's C-T-L- applies at least, said so with the date checked. The
    escalation after the remark points toward a central reason and the money motive away:
    under "one central reason" the link is left to a lawyer (verifying round, V11)."""
    row = ground(evidence=(MotiveEvidence.HARM_WORSENED,), anyway=Y)
    d = determine(
        pol(
            circuit=circuit,
            motives=frozenset({Motive.MONEY, Motive.POLITICAL_OPINION}),
            ground_details=(row,),
        )
    )
    assert status(d, "withholding_nexus") == nexus
    assert d.data["withholding"]["status"] == withholding
    assert d.data["asylum"]["status"] == "possible"
    if circuit == Circuit.FIRST:
        assert any(
            "C-T-L-" in w and "(checked 2026-11-29)" in w for w in d.data["jurisdiction_warnings"]
        )


def test_p28_deported_in_the_familys_words_but_the_case_is_in_removal_proceedings():
    """P28: left under voluntary departure in 2019 after an asylum denial; came back in
    2021; staff answer "removed before: yes" with ordinary removal proceedings. 8 U.S.C.
    § 1231(a)(5) reinstates an order; the answers disagree, so asylum is not closed: it is
    unclear, and the prior-denial and one-year bars are asked."""
    d = determine(
        pol(
            reinstated_order=Y,
            prior_asylum_denied=Y,
            last_arrival_date=date(2021, 3, 15),
            deadline_exception=DeadlineException.CHANGED,
        )
    )
    assert status(d, "asylum_available") == Status.UNCLEAR
    assert "voluntary departure" in d.finding("asylum_available").explanation
    # Open in ordinary proceedings unless the file shows a reinstated order (R5-15).
    assert d.data["asylum"]["status"] == "possible"
    assert status(d, "asylum_bars") == Status.UNCLEAR


def test_p29_reinstatement_next_steps_name_the_process():
    """P29: the seed's reinstated order. Asylum is not available (Perez-Guzman v. Lynch,
    835 F.3d 1066); the next steps name the reasonable fear interview and withholding-only
    proceedings (8 C.F.R. §§ 208.31, 1208.31(e)); the one-year deadline does not apply."""
    d = determine(pol(proceeding_type=Proceeding.REINSTATEMENT, reinstated_order=Y))
    assert d.data["asylum"]["status"] == "not_available"
    assert any(
        "reasonable fear interview" in step and "withholding-only" in step for step in d.next_steps
    )
    assert status(d, "asylum_filing_deadline") == Status.NOT_APPLICABLE
    cites = [x.text for x in d.finding("asylum_available").citations]
    assert c.PEREZ_GUZMAN.text in cites and c.WITHHOLDING_ONLY.text in cites


def test_p30_evidence_follows_the_grounds_in_play():
    """P30: political opinion central; religion ticked but the persecutors did not know of
    it. Evidence is asked for the political motive, not for religion."""
    d = determine(
        pol(
            motives=frozenset({Motive.POLITICAL_OPINION, Motive.RELIGION}),
            ground_details=(
                ground(),
                ground(
                    Motive.RELIGION,
                    evidence=(MotiveEvidence.NONE,),
                    known=GroundKnown.DID_NOT_KNOW,
                    lawyer=LawyerRole.NO_PART,
                ),
            ),
        )
    )
    items = d.data["evidence_to_gather"]
    assert not any("religion" in item for item in items)
    assert any("political opinion" in item for item in items)


# ---------------------------------------------------------------------------
# The verifying round (/work/adversarial/issue-13-verify.md): what was still wrong
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arrival", "today", "filed_on", "last_day"),
    [
        (date(2025, 11, 26), date(2026, 11, 29), date(2026, 11, 27), None),
        (date(2025, 11, 26), date(2026, 11, 27), None, "2026-11-27"),
        (date(2025, 12, 25), date(2026, 12, 26), None, "2026-12-28"),
    ],
    ids=["thanksgiving-filed-next-day", "thanksgiving-last-day", "christmas-friday"],
)
def test_v1_a_deadline_on_a_legal_holiday_carries_to_the_next_working_day(
    arrival, today, filed_on, last_day
):
    """V1: an anniversary on Thanksgiving or Christmas carries to the next working day
    (8 C.F.R. § 1208.4(a)(2)(ii): a last day on a Saturday, Sunday or legal holiday). A
    timely client is never told asylum is barred, and on the last day is told to file."""
    d = determine(
        pol(
            today=today,
            last_arrival_date=arrival,
            asylum_filed=Y if filed_on else N,
            asylum_filed_date=filed_on,
            deadline_exception=DeadlineException.NONE,
        )
    )
    assert status(d, "asylum_filing_deadline") == Status.MET
    assert d.data["asylum"]["status"] == "strong"
    assert d.data["asylum_deadline"]["last_day_to_file"] == last_day
    if last_day:
        # On the last day itself the step says so (R6-11).
        lead = (
            "File the asylum application today"
            if last_day == today.isoformat()
            else "File the asylum application by"
        )
        assert any(step.startswith(lead) for step in d.next_steps)


def test_v2_not_sure_whether_filed_is_never_read_as_not_filed():
    """V2: a notario may have filed in 2024; no receipt. The burden is to prove timely filing
    (8 C.F.R. § 1208.4(a)(2)(i)(A)); whether it happened is unknown: unclear, not barred."""
    d = determine(
        pol(
            last_arrival_date=date(2024, 5, 10),
            asylum_filed=NS,
            deadline_exception=DeadlineException.NONE,
        )
    )
    assert status(d, "asylum_filing_deadline") == Status.UNCLEAR
    assert d.data["asylum"]["status"] == "unclear"


def test_v3_a_denial_in_an_earlier_stay_is_its_own_fact():
    """V3: denied in 2019, left under voluntary departure, back in 2021, nothing filed now;
    the cartel killed his brother in 2024. The prior-denial bar (8 U.S.C. § 1158(a)(2)(C))
    and the one-year bar yield only to changed circumstances ((D)): unclear. (The wizard no
    longer refuses the prior denial when nothing is filed in this stay: test_wizard.)"""
    d = determine(
        pol(
            last_arrival_date=date(2021, 3, 15),
            prior_asylum_denied=Y,
            deadline_exception=DeadlineException.CHANGED,
        )
    )
    assert status(d, "asylum_bars") == Status.UNCLEAR
    assert d.data["asylum"]["status"] in ("possible", "unclear")


def test_v4_drug_trafficking_with_the_aggravated_felony_not_known():
    """V4: a sale count whose aggravated-felony status no one has analysed. The Y-L-
    presumption arises only for an aggravated felony; withholding is not presumed barred,
    and the asylum result is never better than withholding's on the same conviction."""
    d = determine(pol(has_convictions=Y, aggravated_felony=NS, drug_trafficking=Y))
    assert d.data["withholding"]["status"] == "possible"
    assert d.data["asylum"]["status"] == "possible"
    assert "Y-L-" in d.finding("particularly_serious_crime").explanation


def test_v5_one_threat_one_report_and_general_corruption_is_not_strong_cat():
    """V5: one death threat from a gang member, one report the police did nothing about,
    general corruption reports; motive money. Each link more likely than not (J-F-F-);
    inaction on one report is not acquiescence (Garcia-Milian). Never strong."""
    d = determine(
        gang(
            country_of_return="Honduras",
            harm_kinds=frozenset({HarmKind.DEATH_THREATS}),
            severe_pain=N,
            visible_scars=N,
            medical_records=N,
            reported_to_police=Y,
            not_reported_reason=None,
            police_response=PoliceResponse.DID_NOTHING,
            officials_protect_group=NS,
            motives=frozenset({Motive.GENERAL_CRIME}),
            ground_details=(),
            threats_to_find_anywhere=N,
            country_conditions=frozenset(
                {CountryCondition.OFFICIAL_CORRUPTION, CountryCondition.HUMAN_RIGHTS_VIOLATIONS}
            ),
        )
    )
    assert status(d, "state_action") == Status.UNCLEAR
    assert status(d, "cat_likelihood") == Status.UNCLEAR
    assert d.data["cat_withholding"]["status"] in ("possible", "unclear")


def test_v6_refused_to_help_once_is_the_same_as_did_nothing():
    """V6: "refused to help" on one report, no corruption: Garcia-Milian's police "declined
    to investigate"; state action unclear, CAT at most possible."""
    d = determine(
        gang(
            reported_to_police=Y,
            not_reported_reason=None,
            police_response=PoliceResponse.REFUSED_TO_HELP,
            motives=frozenset({Motive.GENERAL_CRIME}),
            ground_details=(),
            country_conditions=frozenset({CountryCondition.NONE_KNOWN}),
        )
    )
    assert status(d, "state_action") == Status.UNCLEAR
    assert d.data["cat_withholding"]["status"] in ("possible", "unclear")


def test_v7_a_single_death_threat_is_not_persecution_by_itself():
    """V7: one threat to an organiser, no harm. Threats alone are persecution only when
    very menacing (a lawyer's call): no presumption; asylum and withholding not strong."""
    d = determine(
        gang(
            harm_kinds=frozenset({HarmKind.DEATH_THREATS}),
            severe_pain=N,
            visible_scars=N,
            medical_records=N,
            reported_to_police=Y,
            not_reported_reason=None,
            police_response=PoliceResponse.DID_NOTHING,
            officials_protect_group=NS,
            threats_to_find_anywhere=N,
            safe_area=NS,
        )
    )
    assert status(d, "persecution_level_harm") == Status.UNCLEAR
    assert status(d, "past_persecution_presumption") == Status.UNCLEAR
    assert d.data["asylum"]["status"] != "strong"
    assert d.data["withholding"]["status"] != "strong"


def test_v8_one_anonymous_note_is_not_more_likely_than_not():
    """V8: never harmed; one anonymous note; "others" would harm her. Withholding needs a
    clear probability (seed at 360): without past persecution, known persecutors who can
    find her. Unclear; "others" is not described as known people."""
    d = determine(
        gang(
            country_of_return="Honduras",
            past_harm=N,
            harm_kinds=frozenset(),
            severe_pain=None,
            harm_intentional=None,
            future_threats_made=Y,
            threats_to_find_anywhere=N,
            future_risk_source=FutureSource.OTHERS,
            client_marked=N,
            officials_protect_group=NS,
            reported_to_police=N,
            not_reported_reason="futile",
            safe_area=NS,
        )
    )
    finding = d.finding("withholding_likelihood")
    assert finding.status == Status.UNCLEAR
    assert "known people" not in finding.explanation
    assert d.data["withholding"]["status"] != "strong"


def test_v9_on_duty_but_not_through_the_office_outside_the_ninth():
    """V9: Fifth Circuit; an on-duty, uniformed officer beat his ex-partner at her house,
    which he knew from their relationship; no threat to use his office. On duty and uniform
    are relevant, not dispositive (Matter of J-G-R-): unclear, CAT not strong."""
    d = determine(
        pol(
            circuit=Circuit.FIFTH,
            official_duty=OfficialDuty.ON_DUTY,
            officials_in_uniform=Y,
            access_through_position=N,
            threatened_official_retaliation=N,
            motives=frozenset({Motive.PERSONAL_DISPUTE}),
            ground_details=(),
        )
    )
    assert status(d, "state_action") == Status.UNCLEAR
    assert d.data["cat_withholding"]["status"] != "strong"


def test_v10_ninth_circuit_off_duty_official_with_every_board_fact_against():
    """V10: Barajas-Romero binds in the Ninth (state action met), but every J-G-R- fact
    points away from official capacity: CAT withholding possible, with the reason saying
    which way each test goes."""
    d = determine(
        pol(
            harmers=frozenset({Harmer.MILITARY}),
            official_duty=OfficialDuty.OFF_DUTY,
            officials_in_uniform=N,
            access_through_position=N,
            threatened_official_retaliation=N,
            motives=frozenset({Motive.PERSONAL_DISPUTE}),
            ground_details=(),
        )
    )
    assert status(d, "state_action") == Status.MET
    assert d.data["cat_withholding"]["status"] == "possible"
    assert "J-G-R-" in d.data["cat_withholding"]["reason"]


def test_v11_extortion_then_escalation_leaves_central_to_a_lawyer():
    """V11: the seed's facts: extortion before the remark, escalation after it. Facts that
    point both ways give "unclear" under one central reason, not "not met" (seed at 355-56,
    360); asylum possible, withholding in the Fifth possible."""
    row = ground(evidence=(MotiveEvidence.HARM_WORSENED,), others=Y, anyway=Y)
    common = {
        "motives": frozenset({Motive.MONEY, Motive.POLITICAL_OPINION}),
        "ground_details": (row,),
    }
    ninth = determine(pol(**common))
    assert status(ninth, "nexus_one_central_reason") == Status.UNCLEAR
    assert ninth.data["asylum"]["status"] == "possible"
    fifth = determine(pol(circuit=Circuit.FIFTH, **common))
    assert status(fifth, "withholding_nexus") == Status.UNCLEAR
    assert fifth.data["withholding"]["status"] == "possible"


def test_v12_unverified_circuit_rows_say_not_verified():
    """V12: the Third, Fourth and Fifth Circuits are reported to apply one central reason
    (CRS); their holdings were not verified in this check, so the rows say "not verified",
    never "no ruling found"."""
    table = determine(pol()).data["nexus"]["circuit_table"]
    for row in table:
        if row["circuit"] in ("third", "fourth", "fifth"):
            assert row["authority"].startswith("Not verified in the check")
            assert "no circuit ruling found" not in row["authority"].lower()


def test_v13_evidence_and_warnings_follow_who_did_the_harm():
    """V13: on-duty police persecuted him; he did not report (dangerous). Unable/unwilling is
    not an element where the government persecutes: no not-reporting evidence, and no
    off-duty warning for on-duty officials."""
    d = determine(pol())
    assert not any("reporting would have been" in item for item in d.data["evidence_to_gather"])
    assert not any("rogue" in w for w in d.data["jurisdiction_warnings"])


def test_v14_police_protected_the_client_but_officials_protect_the_attackers():
    """V14: the two answers point opposite ways on the element that decides the case: both
    findings unclear, nothing strong."""
    d = determine(
        gang(
            reported_to_police=Y,
            not_reported_reason=None,
            police_response=PoliceResponse.PROTECTED_CLIENT,
            officials_protect_group=Y,
            country_conditions=frozenset({CountryCondition.NONE_KNOWN}),
        )
    )
    assert status(d, "government_protection") == Status.UNCLEAR
    assert status(d, "state_action") == Status.UNCLEAR
    assert "strong" not in statuses(d)


def test_v15_an_unaccompanied_child_who_filed_in_time_meets_the_deadline():
    """V15: a 16-year-old who arrived alone in May 2026 and filed in August: the deadline is
    met on the dates; the "contested after 18" point is only for a late filing."""
    d = determine(
        pol(
            last_arrival_date=date(2026, 5, 1),
            asylum_filed=Y,
            asylum_filed_date=date(2026, 8, 1),
            unaccompanied_child=Y,
        )
    )
    assert status(d, "asylum_filing_deadline") == Status.MET
    assert d.data["asylum"]["status"] == "strong"


def test_v16_terrorism_links_leave_withholding_below_strong():
    """V16: forced "war taxes" to the FARC. The reviewer read 8 U.S.C. § 1231(b)(3)(B)'s last
    sentence as a per se bar for anyone described in § 1227(a)(4)(B); read in the 2026-11-29
    check, it is: such a person "shall be considered" a danger to the security of the United
    States, and § 1227(a)(4)(B) reaches anyone described in § 1182(a)(3)(B). But "links to
    terrorist activity" does not say the client is so described (a Secretary's exemption,
    § 1182(d)(3)(B)(i), may apply), so until a lawyer records it asylum and both kinds of
    withholding are unclear; once recorded as described, all three are barred and deferral
    remains (8 C.F.R. § 1208.16(c)(4))."""
    d = determine(pol(terrorism_bar=Y))
    assert statuses(d) == ("unclear", "unclear", "unclear", "strong")
    d = determine(pol(terrorism_bar=Y, terrorism_review=TerrorismReview.DESCRIBED))
    assert statuses(d) == ("barred", "barred", "barred", "strong")


# ---------------------------------------------------------------------------
# Round 3 (/work/adversarial/removal-r3.md): patterns R3-1 to R3-14
# ---------------------------------------------------------------------------


def test_r3_1_private_persecutor_and_a_safe_area_keep_asylum_level_with_withholding():
    """R3-1 (BREAKS, fixed): a gang beat, detained and threatened a Honduran man for his
    political opinion; the police did nothing; staff say part of the country would be safe.
    The asylum presumption is rebutted by the same showing as withholding's (8 C.F.R.
    § 1208.13(b)(1)(i)(B), read 2026-11-29; Matter of M-Z-M-R-), so asylum is no stronger
    than withholding: both possible, the relocation presumption (§ 1208.16(b)(3)(ii)) cited."""
    d = determine(
        gang(
            harm_kinds=frozenset({HarmKind.DETENTION, HarmKind.PHYSICAL_ASSAULT, THREAT}),
            severe_pain=N,
            reported_to_police=Y,
            police_response=PoliceResponse.DID_NOTHING,
            threats_to_find_anywhere=N,
            safe_area=Y,
        )
    )
    assert statuses(d)[:2] == ("possible", "possible")
    assert status(d, "withholding_likelihood") == Status.UNCLEAR
    assert c.WITHHOLDING_RELOCATION_PRESUMPTION in d.finding("withholding_likelihood").citations


THREAT = HarmKind.DEATH_THREATS


def test_r3_2_extortion_and_arson_with_severe_mental_suffering_are_not_torture_per_se():
    """R3-2 (BREAKS, fixed): police extorted the client and burned his shop; he says it
    caused severe mental suffering. Mental pain is torture only as "prolonged mental harm
    caused by or resulting from" the acts 8 C.F.R. § 1208.18(a)(4)(i)-(iv) lists (read
    2026-11-29), and money or property harm is persecution only if serious taken together:
    both a lawyer's call, so past torture and persecution are unclear and CAT not strong."""
    d = determine(
        pol(
            harm_kinds=frozenset({HarmKind.EXTORTION, HarmKind.PROPERTY}),
            threatened_official_retaliation=Y,
            client_marked=Y,
        )
    )
    assert status(d, "past_torture") == Status.UNCLEAR
    assert c.MENTAL_PAIN in d.finding("past_torture").citations
    assert status(d, "persecution_level_harm") == Status.UNCLEAR
    assert d.data["cat_withholding"]["status"] == "possible"


def test_r3_3_a_few_hours_detention_alone_is_not_persecution_per_se():
    """R3-3 (BREAKS, fixed): an activist held a few hours after a protest, not beaten, no
    threats since. Detention is persecution when long or harsh enough; alone it is a
    lawyer's call (as threats alone already were): no presumption, nothing strong."""
    d = determine(
        pol(
            harm_kinds=frozenset({HarmKind.DETENTION}),
            severe_pain=N,
            future_threats_made=N,
            threats_to_find_anywhere=N,
            future_risk_source=FutureSource.NONE_IDENTIFIED,
        )
    )
    assert status(d, "persecution_level_harm") == Status.UNCLEAR
    assert status(d, "past_persecution_presumption") == Status.UNCLEAR
    assert "strong" not in statuses(d)


@pytest.mark.parametrize(
    ("by_court", "asylum"),
    [(None, "possible"), (NS, "possible"), (N, "strong"), (Y, "barred")],
    ids=["not-asked", "not-sure", "asylum-office-or-abroad", "judge-or-board"],
)
def test_r3_4_only_a_denial_by_a_judge_or_the_board_is_the_prior_denial_bar(by_court, asylum):
    """R3-4 (WEAK, fixed): refused asylum in Mexico and by a U.S. asylum office while in
    status. 8 U.S.C. § 1158(a)(2)(C); 8 C.F.R. § 1208.4(a)(3) (read 2026-11-29): "an asylum
    application has not been denied unless denied by an immigration judge or the Board"."""
    d = determine(pol(prior_asylum_denied=Y, prior_denial_by_court=by_court))
    assert d.data["asylum"]["status"] == asylum
    if by_court != Y:
        assert c.PRIOR_DENIAL_BY_COURT in d.finding("asylum_bars").citations or by_court == N


@pytest.mark.parametrize(
    ("exception", "asylum"),
    [
        (ResettlementException.RESTRICTED, "possible"),
        (ResettlementException.FLIGHT, "possible"),
        (ResettlementException.NOT_SURE, "possible"),
        (ResettlementException.NONE, "barred"),
    ],
)
def test_r3_5_an_offer_of_status_elsewhere_is_not_firm_resettlement_where_an_exception_fits(
    exception, asylum
):
    """R3-5 (BREAKS, fixed): a Venezuelan given a 10-year Colombian permit, living in a
    shelter, unable to bank or own property. 8 C.F.R. § 208.15(a)-(b) (read 2026-11-29; the
    text before the enjoined 2020 rule): not firmly resettled if only in flight, or if that
    country restricted residence so much that the person was not in fact resettled."""
    d = determine(pol(firm_resettlement=Y, resettlement_exception=exception))
    assert d.data["asylum"]["status"] == asylum
    assert d.data["withholding"]["status"] == "strong"
    if exception != ResettlementException.NONE:
        assert c.FIRM_RESETTLEMENT_EXCEPTIONS in d.finding("asylum_bars").citations


def test_r3_6_a_charge_for_protest_is_not_the_serious_nonpolitical_crime_bar():
    """R3-6 (BREAKS, fixed): a student leader charged with 'treason' and 'obstructing public
    roads' for 2018 protests. The bar is a serious *nonpolitical* crime (8 U.S.C.
    §§ 1158(b)(2)(A)(iii), 1231(b)(3)(B)(iii)): a political charge, or one not yet weighed,
    leaves the bars open (possible), never barred."""
    for political in (Y, NS, None):
        d = determine(pol(serious_nonpolitical_crime=Y, crime_political=political))
        assert statuses(d)[:3] == ("possible", "possible", "possible")
        assert status(d, "withholding_other_bars") == Status.UNCLEAR
    barred = determine(pol(serious_nonpolitical_crime=Y, crime_political=N))
    assert statuses(barred) == ("barred", "barred", "barred", "strong")


def test_r3_10_removal_proceedings_name_the_judges_filing_date():
    """R3-10 (WEAK, fixed): in removal proceedings the judge "may set and extend time limits
    for the filing of applications", and one not filed in time "shall be deemed waived"
    (8 C.F.R. § 1003.31(c), read 2026-11-29): the headline, the next step and the deadline
    finding say so; an affirmative case does not."""
    d = determine(pol())
    assert d.headline.endswith("or any earlier date the immigration judge set.")
    assert any("earlier date the immigration judge set" in step for step in d.next_steps)
    assert c.COURT_FILING_DEADLINE in d.finding("asylum_filing_deadline").citations
    affirmative = determine(pol(proceeding_type=Proceeding.AFFIRMATIVE))
    assert "immigration judge" not in affirmative.headline
    assert c.COURT_FILING_DEADLINE not in affirmative.finding("asylum_filing_deadline").citations


def test_r3_12_a_future_filing_date_is_refused_at_the_field():
    """R3-12 (HOLDS): a hearing date typed as the filing date is after the screening date
    and refused (the form checks against the screening date: tests/removal_protection/
    test_screen.py and test_wizard.py). The rules, given one, do not read it as timely."""
    d = determine(
        pol(
            last_arrival_date=date(2026, 3, 1),
            asylum_filed=Y,
            asylum_filed_date=date(2027, 4, 1),
        )
    )
    assert status(d, "asylum_filing_deadline") != Status.MET


def test_r3_13_futile_reporting_meets_unable_or_unwilling_but_not_acquiescence():
    """R3-13 (HOLDS): cartel harm, not reported because useless, officials unaware. The
    government's inability to control (Bringas-Rodriguez) is met; acquiescence (prior
    awareness and breach of duty, 8 C.F.R. § 1208.18(a)(7), read 2026-11-29) is not."""
    d = determine(
        gang(
            harmers=frozenset({Harmer.CARTEL}),
            not_reported_reason="futile",
            client_marked=Y,
        )
    )
    assert status(d, "government_protection") == Status.MET
    assert status(d, "state_action") == Status.NOT_MET
    assert statuses(d)[:3] == ("strong", "strong", "weak")


@pytest.mark.parametrize("safe_area", [N, Y])
def test_r3_14_an_off_duty_soldiers_private_assault_is_not_the_government_persecuting(
    safe_area,
):
    """R3-14 (BREAKS, fixed): an off-duty soldier, not in uniform, not using his post, beat
    the client in a bar over politics; not reported. For CAT he is not acting in an official
    capacity (Matter of O-F-A-S-, as Matter of J-G-R- explains it); the rules now treat him
    the same way for persecution: a private person whom the government must be shown unable
    or unwilling to control, and no government-persecutor relocation presumption."""
    d = determine(
        pol(
            circuit=Circuit.FIFTH,
            harmers=frozenset({Harmer.MILITARY}),
            official_duty=OfficialDuty.OFF_DUTY,
            officials_in_uniform=N,
            access_through_position=N,
            threatened_official_retaliation=N,
            not_reported_reason="other",
            threats_to_find_anywhere=N,
            safe_area=safe_area,
            country_conditions=frozenset({CountryCondition.NONE_KNOWN}),
        )
    )
    protection = d.finding("government_protection")
    assert protection.status == Status.UNCLEAR
    assert "counts as a private person" in protection.explanation
    assert status(d, "state_action") == Status.NOT_MET
    assert "strong" not in statuses(d)[:2]
    assert "government itself was the persecutor" not in (
        d.finding("withholding_likelihood").explanation
    )


def test_r3_7_extortion_by_a_gang_or_cartel_asks_whether_the_client_paid():
    """R3-7 (BREAKS, fixed): a Salvadoran shop owner paid MS-13 'renta' for two years; staff
    answered "no" to links to terrorist activity. MS-13, Tren de Aragua and six Mexican
    cartels were designated Foreign Terrorist Organizations (State Department, Feb. 20,
    2025, read 2026-11-29), and money given to such a group can fall under 8 U.S.C.
    § 1182(a)(3)(B). A gang or cartel that demanded money leaves both bars open (possible),
    whatever the answer to the broad question, until a lawyer checks."""
    d = determine(
        gang(
            circuit=Circuit.FIFTH,
            harm_kinds=frozenset({HarmKind.EXTORTION, HarmKind.PHYSICAL_ASSAULT}),
            motives=frozenset({Motive.MONEY, Motive.POLITICAL_OPINION}),
            officials_protect_group=Y,
        )
    )
    for code in ("asylum_bars", "withholding_other_bars"):
        assert "ever paid or helped the gang or cartel" in d.finding(code).explanation
        assert d.finding(code).status == Status.UNCLEAR
    assert "strong" not in statuses(d)[:3]
    assert any("ever paid or helped the gang" in item for item in d.data["evidence_to_gather"])
    no_money_demanded = determine(gang(officials_protect_group=Y))
    assert status(no_money_demanded, "withholding_other_bars") == Status.MET


def test_r3_8_entry_in_the_lawful_pathways_window_leaves_asylum_to_a_lawyer():
    """R3-8 (WEAK, fixed): a Venezuelan who crossed between ports on 10 March 2024. 8 C.F.R.
    § 1208.33(a) (read 2026-11-29): a rebuttable presumption of ineligibility for asylum for
    entry from Mexico without documents between May 11, 2023 and May 11, 2025 after passing
    through another country; not for an unaccompanied child. How the client entered is not
    asked, so an arrival in the window leaves the asylum bars open (possible); withholding
    and CAT are unaffected. Its litigation status was not checked: the text says so."""
    d = determine(
        pol(
            last_arrival_date=date(2024, 3, 10),
            last_entry_manner=None,
            asylum_filed=Y,
            asylum_filed_date=date(2024, 11, 1),
        )
    )
    bars = d.finding("asylum_bars")
    assert bars.status == Status.UNCLEAR
    assert "lawful pathways" in bars.explanation
    assert c.LAWFUL_PATHWAYS in bars.citations
    assert statuses(d)[:3] == ("possible", "strong", "strong")
    child = determine(pol(last_arrival_date=date(2024, 3, 10), unaccompanied_child=Y))
    assert "lawful pathways" not in child.finding("asylum_bars").explanation
    before = determine(
        pol(
            last_arrival_date=date(2023, 5, 10), asylum_filed=Y, asylum_filed_date=date(2023, 6, 1)
        )
    )
    assert before.finding("asylum_bars").status == Status.MET


def test_r3_9_an_unaccompanied_child_still_under_18_is_exempt():
    """R3-9 (WEAK, fixed in rules 2.3.0): a boy who came alone at 15 in September 2025, now
    16. The deadline "shall not apply to an unaccompanied alien child (as defined in section
    279(g) of title 6)" (8 U.S.C. § 1158(a)(2)(E)): under 18, no lawful status, no parent or
    legal guardian in the United States available to care for him (6 U.S.C. § 279(g)(2),
    read 2026-11-30). The rules now ask whether the client is still under 18, whether a
    parent or guardian here has been available since arrival, and whether he has lawful
    status: all three as the definition needs make the deadline met (file while still a
    child); unanswered (an answers file from before 2.3.0) it stays a lawyer's check."""
    unasked = determine(pol(last_arrival_date=date(2025, 9, 15), unaccompanied_child=Y))
    finding = unasked.finding("asylum_filing_deadline")
    assert finding.status == Status.UNCLEAR
    assert "under 18" in finding.explanation
    assert c.UNACCOMPANIED_CHILDREN in finding.citations
    assert unasked.data["asylum"]["status"] == "possible"
    d = determine(
        pol(
            last_arrival_date=date(2025, 9, 15),
            unaccompanied_child=Y,
            client_under_18_now=Y,
            parent_available_since_arrival=N,
            lawful_status_now=N,
        )
    )
    finding = d.finding("asylum_filing_deadline")
    assert finding.status == Status.MET
    assert "File while the client is still under 18" in finding.explanation
    assert c.UAC_DEFINED in finding.citations
    assert d.data["asylum"]["status"] == "strong"


def test_r3_11_forced_recruitment_leaves_the_political_opinion_link_to_a_lawyer():
    """R3-11 (WEAK, fixed): an armed group told a Colombian youth 'join us or die'; staff
    ticked political opinion. Forced recruitment is not necessarily persecution on account
    of political opinion: it must be "on account of the victim's political opinion, not the
    persecutor's" (INS v. Elias-Zacarias, 502 U.S. 478, 482 (1992), read 2026-11-29). With
    "to make the client join them" ticked, both nexus tests are unclear; without it, the
    staff's facts stand."""
    recruited = determine(
        pol(
            circuit=Circuit.ELEVENTH,
            harmers=frozenset({Harmer.OTHER_GROUP}),
            motives=frozenset({Motive.POLITICAL_OPINION, Motive.RECRUITMENT}),
        )
    )
    for code in ("nexus_one_central_reason", "nexus_a_reason", "withholding_nexus"):
        assert status(recruited, code) == Status.UNCLEAR
    assert c.ELIAS_ZACARIAS in recruited.finding("nexus_one_central_reason").citations
    assert "strong" not in statuses(recruited)[:2]
    assert status(determine(pol()), "nexus_one_central_reason") == Status.MET


# ---------------------------------------------------------------------------
# Round 4 (/work/adversarial/removal-r4.md): N1 and N2
# ---------------------------------------------------------------------------


def test_n1_a_lawyers_view_that_duress_support_is_exempt_leaves_the_bars_open():
    """N1 (BREAKS, fixed): a Colombian shopkeeper gave goods to the FARC at gunpoint; the
    clinic lawyer thinks the client is exempt. Only the Secretary of Homeland Security or of
    State may decide that the terrorism grounds shall not apply (8 U.S.C.
    § 1182(d)(3)(B)(i)), and the material support bar has no implied exception for support
    given under duress (Matter of M-H-Z-, 26 I&N Dec. 757 (BIA 2016), headnote, read
    2026-11-29). So a lawyer's view leaves asylum and both withholdings unclear, never
    strong, and deferral (8 C.F.R. § 1208.17(a)) stays shown; only a granted exemption
    clears the bars."""
    lawyers_view = determine(pol(terrorism_bar=Y, terrorism_review=TerrorismReview.NOT_DESCRIBED))
    assert statuses(lawyers_view) == ("unclear", "unclear", "unclear", "strong")
    assert c.M_H_Z in lawyers_view.finding("asylum_bars").citations
    assert "only the Secretary" in lawyers_view.data["asylum"]["reason"]
    assert any("A lawyer's view is not an exemption" in s for s in lawyers_view.next_steps)
    granted = determine(pol(terrorism_bar=Y, terrorism_review=TerrorismReview.EXEMPTION_GRANTED))
    assert statuses(granted)[:3] == ("strong", "strong", "strong")


@pytest.mark.parametrize(
    ("manner", "asylum"),
    [
        (EntryManner.BETWEEN_PORTS, "possible"),
        (EntryManner.PORT_WITHOUT_APPOINTMENT, "possible"),
        (EntryManner.NOT_SURE, "possible"),
        (None, "possible"),
        (EntryManner.PORT_WITH_APPOINTMENT, "strong"),
    ],
)
def test_n2_an_entry_between_ports_after_june_2024_leaves_asylum_to_a_lawyer(manner, asylum):
    """N2 (BREAKS, fixed): a Honduran man crossed from Mexico between ports on 15 June 2025,
    after the lawful pathways window. 8 C.F.R. § 1208.35(a)(1) (read 2026-11-29) makes a
    person who entered during the 2024 'Securing the Border' limits ineligible for asylum,
    unless described in section 3(b) of the Proclamation of June 3, 2024 (which excepts a
    person who came to a port of entry at a scheduled time and place) or exceptionally
    compelling circumstances are shown ((a)(2)). Whether the limits ran on that date and
    whether the rule still stands could not be read, so an entry that may bring it into
    play, "Not sure" included, makes asylum at most possible; never barred."""
    d = determine(
        pol(
            last_arrival_date=date(2025, 6, 15),
            asylum_filed=Y,
            asylum_filed_date=date(2025, 12, 1),
            last_entry_manner=manner,
        )
    )
    assert d.data["asylum"]["status"] == asylum
    finding = d.finding("asylum_bars")
    flagged = "Securing the Border" in finding.explanation
    assert flagged == (asylum == "possible")
    assert (c.SECURING_THE_BORDER in finding.citations) == flagged
    if flagged:
        assert "set aside" in finding.explanation
        assert "exceptionally compelling" in finding.explanation


def test_n2_an_arrival_before_june_5_2024_is_not_asked_how_the_client_entered():
    """N2: the 2024 rule began on June 5, 2024 (section 1 of the Proclamation); an arrival
    the day before is not touched by it, whatever the entry."""
    d = determine(
        pol(last_arrival_date=date(2024, 6, 4), last_entry_manner=EntryManner.BETWEEN_PORTS)
    )
    assert "Securing the Border" not in d.finding("asylum_bars").explanation


# ---------------------------------------------------------------------------------------------
# Round 5 (/work/adversarial/13-r5.md): each pattern as the reviewer screened it, through the
# wizard's own forms (``manage.py screen``'s code), screened on 2026-11-30 unless stated.
# ---------------------------------------------------------------------------------------------

R5_DAY = date(2026, 11, 30)


#: The questions the pages about a police harmer ask, dropped for a private harmer.
POLICE_PAGE = (
    "official_duty",
    "officials_in_uniform",
    "access_through_position",
    "threatened_official_retaliation",
)


def r5(today=R5_DAY, drop=(), **overrides):
    """Screen the baseline with the pattern's answers, as ``manage.py screen`` does."""
    from questionnaires.framework import registry
    from questionnaires.framework.screening import screen

    answers = {k: v for k, v in {**REVIEW_BASELINE, **overrides}.items() if k not in drop}
    return screen(registry.get("removal-protection"), answers, today).determination


def r5_relief(d):
    return tuple(d.data["relief"][code]["status"] for code in d.data["relief"])


def test_r5_1_feared_other_people_do_not_inherit_the_past_torturers():
    """R5-1 (BREAK, fixed): on-duty police tortured the client years ago; no threats since;
    staff say other people would harm him now. CAT has no presumption: each link must be
    more likely than not (Matter of J-F-F-; 8 C.F.R. § 1208.16(c)(2)); past torture weighs
    (§ 1208.16(c)(3)) but does not say who would torture him now, nor that officials would
    take part (§ 1208.18(a)(1), (a)(7)). Asylum and withholding rest on the presumption."""
    d = r5(
        future_threats_made="no",
        harm_kinds=["physical_assault", "burning_or_cutting", "detention"],
        future_risk_source="others",
        threats_to_find_anywhere="no",
        safe_area="not_sure",
        country_conditions=["none_known"],
    )
    likely = d.finding("cat_likelihood")
    assert likely.status == Status.UNCLEAR
    assert "known people" not in likely.explanation
    assert "whether the other people the client fears would seek the client out" in (
        likely.explanation
    )
    state = d.finding("state_action")
    assert state.status == Status.UNCLEAR
    assert "the client now fears other people" in state.explanation
    assert r5_relief(d)[:3] == ("strong", "strong", "unclear")


@pytest.mark.parametrize(
    ("overrides", "cat"),
    [
        ({"officials_aware": "looked_away", "not_reported_reason": "other"}, "possible"),
        (
            {"reported_to_police": "yes", "police_response": "did_nothing"},
            "possible",
        ),
    ],
    ids=["looked-away", "reported-police-did-nothing"],
)
def test_r5_2_looked_the_other_way_is_not_acquiescence_on_its_own(overrides, cat):
    """R5-2 (BREAK, fixed): a gang beat and burned the client. "Looked the other way" does
    not say when: awareness before the harm and a breach of the duty to intervene is
    acquiescence (8 C.F.R. § 1208.18(a)(7)); ignoring it afterwards is not enough on its
    own (Garcia-Milian v. Holder). The same facts recorded either way now give the same
    CAT result, and officials who looked away count toward a government unwilling to
    control the gang, so the two findings no longer point opposite ways."""
    d = r5(
        drop=POLICE_PAGE,
        harm_kinds=["physical_assault", "burning_or_cutting"],
        harmers=["gang"],
        country_conditions=["none_known"],
        **overrides,
    )
    assert d.finding("state_action").status == Status.UNCLEAR
    assert d.data["cat_withholding"]["status"] == cat
    if overrides.get("officials_aware") == "looked_away":
        assert "Find out when and what the officials knew" in (
            d.finding("state_action").explanation
        )
        assert d.finding("government_protection").status == Status.MET
    assert "strong" not in (d.data["cat_withholding"]["status"],)


def test_r5_3_on_duty_and_not_sure_whether_the_job_was_used_is_for_a_lawyer():
    """R5-3 (BREAK, fixed): Fifth Circuit; an on-duty officer in plain clothes beat the
    client in a personal dispute; not known whether he found the client through the job.
    Outside the Ninth Circuit the Board asks whether the official acted under color of law
    (Matter of O-F-A-S-, as Matter of J-G-R- explains it): on duty alone, with "not sure"
    about the rest, is a lawyer's call, never read as yes."""
    d = r5(
        circuit="fifth",
        officials_in_uniform="no",
        access_through_position="not_sure",
        motives=["personal_dispute"],
        ground_details=[],
        country_conditions=["none_known"],
    )
    state = d.finding("state_action")
    assert state.status == Status.UNCLEAR
    assert "in the course of their work" not in state.explanation
    assert "Not known: whether they reached the client through their position" in (
        state.explanation
    )
    assert d.data["cat_withholding"]["status"] == "possible"


def test_r5_4_a_death_threat_with_extortion_is_not_past_torture_by_itself():
    """R5-4 (BREAK, fixed): a cartel demanded money and threatened to kill the client if he
    did not pay by the end of the month; "severe suffering". Mental pain is torture only as
    prolonged mental harm caused by, among other things, "the threat of imminent death" (8
    C.F.R. § 1208.18(a)(4)(iii)); a killing by officials or with their acquiescence can be
    torture in the Ninth Circuit (seed at 361), but a threat is not itself a killing."""
    d = r5(
        drop=POLICE_PAGE,
        harm_kinds=["death_threats", "extortion"],
        visible_scars="no",
        medical_records="no",
        harmers=["cartel"],
        officials_protect_group="yes",
        motives=["money"],
        ground_details=[],
        country_conditions=["collusion"],
    )
    torture = d.finding("past_torture")
    assert torture.status == Status.UNCLEAR
    assert "threat of imminent death" in torture.explanation
    assert "includes killing" not in torture.explanation
    assert c.MENTAL_PAIN in torture.citations
    assert d.finding("cat_likelihood").status == Status.UNCLEAR
    assert d.data["cat_deferral"]["status"] == "possible"
    assert d.data["cat_withholding"]["status"] == "possible"


def test_r5_5_a_safe_place_counts_against_a_threat_without_past_persecution():
    """R5-5 (BREAK, fixed): never harmed; a gang threatened to kill him; a facial tattoo;
    staff say part of the country would be safe. Without past persecution, and with a
    private persecutor, the client bears the burden of showing that moving would not be
    reasonable (8 C.F.R. §§ 1208.13(b)(3)(i), 1208.16(b)(3)(i), the text in force). The
    asylum reason no longer speaks of "serious harm" that did not happen."""
    d = r5(
        drop=POLICE_PAGE,
        past_harm="no",
        harmers=["gang"],
        officials_aware="not_aware",
        officials_protect_group="no",
        not_reported_reason="futile",
        threats_to_find_anywhere="no",
        client_marked="yes",
        safe_area="yes",
    )
    likely = d.finding("withholding_likelihood")
    assert likely.status == Status.UNCLEAR
    assert "part of the country would be safe" in likely.explanation
    assert d.finding("asylum_fear").status == Status.UNCLEAR
    assert d.data["asylum"]["status"] == "possible"
    assert d.data["withholding"]["status"] == "possible"
    assert "serious harm" not in d.data["asylum"]["reason"]
    assert "the people who harmed the client" not in likely.explanation


def test_r5_6_one_slap_that_did_not_hurt_badly_is_not_persecution_by_itself():
    """R5-6 (BREAK, fixed): at a protest an on-duty officer slapped the client and shoved him
    to the ground; not severe, no scars, no medical record; no threats since. Persecution is
    serious harm; a single minor assault may not be: severity, injuries and repetition are
    for a lawyer to weigh. The presumption then does not carry the case to strong."""
    d = r5(
        future_threats_made="no",
        harm_kinds=["physical_assault"],
        severe_pain="no",
        visible_scars="no",
        medical_records="no",
        threats_to_find_anywhere="no",
        safe_area="not_sure",
    )
    assert d.finding("persecution_level_harm").status == Status.UNCLEAR
    assert d.finding("past_persecution_presumption").status != Status.MET
    assert d.data["asylum"]["status"] == "possible"
    assert d.data["withholding"]["status"] == "possible"


@pytest.mark.parametrize(
    "overrides",
    [
        {
            "reported_to_police": "yes",
            "police_response": "tried_but_failed",
            "country_conditions": ["official_corruption"],
        },
        {"not_reported_reason": "futile", "client_marked": "yes"},
    ],
    ids=["police-tried-and-failed", "not-reported-futile"],
)
def test_r5_7_outside_the_ninth_circuit_bringas_rodriguez_is_flagged_not_applied(overrides):
    """R5-7 (BREAK, fixed): Fifth Circuit, a gang; the police tried and failed (corruption
    reports), or no report because it would be futile. Bringas-Rodriguez v. Sessions is Ninth
    Circuit law; this circuit's own standard for a government unable to control private
    persecutors was not checked (the reviewer reports a stricter one from case summaries
    only), so the finding is unclear and asylum and withholding at most possible. The
    circuit's cases are not cited: none was read."""
    d = r5(
        drop=POLICE_PAGE,
        circuit="fifth",
        harmers=["gang"],
        officials_aware="not_aware",
        officials_protect_group="no",
        **overrides,
    )
    protection = d.finding("government_protection")
    assert protection.status == Status.UNCLEAR
    assert "under the Ninth Circuit's rule (Bringas-Rodriguez) this would be met" in (
        protection.explanation
    )
    assert d.data["asylum"]["status"] == "possible"
    assert d.data["withholding"]["status"] == "possible"
    ninth = r5(
        drop=POLICE_PAGE,
        harmers=["gang"],
        officials_aware="not_aware",
        officials_protect_group="no",
        **overrides,
    )
    assert ninth.finding("government_protection").status == Status.MET


def test_r5_8_a_port_appointment_closes_the_lawful_pathways_question():
    """R5-8 (BREAK, fixed): a Venezuelan who arrived on September 10, 2024 at San Ysidro with
    a CBP One appointment; screened March 1, 2025. The lawful pathways presumption (8 C.F.R.
    § 1208.33(a)) does not reach an entry at a port at a scheduled time ((a)(2)), and the
    rules asked how the client entered: asylum bars met, asylum strong."""
    d = r5(today=date(2025, 3, 1), country_of_return="Venezuela", last_arrival_date="2024-09-10")
    bars = d.finding("asylum_bars")
    assert bars.status == Status.MET
    assert "lawful pathways" not in bars.explanation
    assert d.data["asylum"]["status"] == "strong"
    between = r5(
        today=date(2025, 3, 1),
        country_of_return="Venezuela",
        last_arrival_date="2024-09-10",
        last_entry_manner="between_ports",
    )
    assert "lawful pathways" in between.finding("asylum_bars").explanation


def test_r5_9_an_unaccompanied_child_is_told_to_file_with_uscis():
    """R5-9 (BREAK, fixed): a 16-year-old who arrived alone on June 1, 2026; nothing filed.
    The deadline "shall not apply to an unaccompanied alien child" (8 U.S.C.
    § 1158(a)(2)(E)), and the asylum officer has initial jurisdiction over such a child's
    application (§ 1158(b)(3)(C)): the finding no longer says the application "must be
    filed by" the date, and the first next step is to file with USCIS, within the year
    where possible in case the child's status is questioned."""
    d = r5(
        unaccompanied_child="yes",
        client_under_18_now="yes",
        parent_available_since_arrival="no",
        lawful_status_now="no",
    )
    deadline = d.finding("asylum_filing_deadline")
    assert deadline.status == Status.MET
    assert "must be filed by" not in deadline.explanation
    assert "File while the client is still under 18" in deadline.explanation
    first = d.next_steps[0]
    assert first.startswith("File the asylum application with USCIS")
    assert "8 U.S.C. § 1158(b)(3)(C)" in first
    unknown = r5(unaccompanied_child="yes")  # the child page left out: read as Not sure
    assert "File within the year anyway, by June 1, 2027" in (
        unknown.finding("asylum_filing_deadline").explanation
    )
    # Whether the client is still a child is not known: the step asks for the date of birth
    # first, and names both places to file (R6-6).
    assert unknown.next_steps[0].startswith("Find out the client's date of birth first")
    assert "not the court" not in unknown.next_steps[0]
    assert "by June 1, 2027 where possible" in unknown.next_steps[0]


def test_r5_10_officials_who_knew_beforehand_are_not_called_unknown():
    """R5-10 (BREAK, fixed): a gang beat and burned the client; the local commander had been
    told of the plan. Awareness before the harm is the first element of acquiescence (8
    C.F.R. § 1208.18(a)(7)); the breach of the duty to intervene still needs evidence. The
    finding says what was answered instead of "not yet known whether officials knew"."""
    d = r5(
        drop=POLICE_PAGE,
        harm_kinds=["physical_assault", "burning_or_cutting"],
        harmers=["gang"],
        officials_aware="knew_beforehand",
        country_conditions=["none_known"],
    )
    state = d.finding("state_action")
    assert state.status == Status.UNCLEAR
    assert "officials knew beforehand" in state.explanation
    assert "not yet known whether officials knew" not in state.explanation
    assert d.finding("government_protection").status == Status.MET


def test_r5_11_asylum_needs_only_a_reasonable_possibility():
    """R5-11 (BREAK, fixed): never harmed; on-duty police threatened to kill the client for
    organising a strike. A well-founded fear needs "a reasonable possibility of suffering
    such persecution" (8 C.F.R. § 1208.13(b)(2)(i)(B), read), not withholding's "more likely
    than not" (seed at 360); where the government persecutes, moving is presumed
    unreasonable (§ 1208.13(b)(3)(ii)). Asylum strong, withholding possible."""
    d = r5(past_harm="no", threats_to_find_anywhere="no", safe_area="not_sure")
    fear = d.finding("asylum_fear")
    assert fear.status == Status.MET
    assert c.WELL_FOUNDED_FEAR in fear.citations
    assert d.finding("withholding_likelihood").status == Status.UNCLEAR
    assert d.data["asylum"]["status"] == "strong"
    assert d.data["withholding"]["status"] == "possible"
    assert "the people who harmed the client" not in (
        d.finding("withholding_likelihood").explanation
    )


def test_r5_12_an_application_already_filed_late_is_not_filed_again():
    """R5-12 (BREAK, fixed): arrived March 1, 2024; filed January 10, 2026 relying on changed
    circumstances. What matters now is whether the filing followed "within a reasonable
    period given those changed circumstances" (8 C.F.R. § 1208.4(a)(4)(ii)): gather the
    evidence of when the change came and when the client learned of it; never "file as
    soon as possible". (The arrival falls in the lawful pathways window: the entry page,
    left out of this answers file, is read as "Not sure".)"""
    d = r5(
        drop=("last_entry_manner",),
        country_of_return="Nicaragua",
        last_arrival_date="2024-03-01",
        asylum_filed="yes",
        asylum_filed_date="2026-01-10",
        deadline_exception="changed_circumstances",
    )
    assert d.finding("asylum_filing_deadline").status == Status.UNCLEAR
    assert "March 3, 2025" in d.finding("asylum_filing_deadline").explanation
    assert not any("file as soon as possible" in step for step in d.next_steps)
    assert any("Do not file again" in step for step in d.next_steps)


def test_r5_13_an_unknown_arrival_date_leaves_the_border_rules_open():
    """R5-13 (MINOR, fixed): arrival left blank; filed September 1, 2025. The bars finding
    no longer says none applies: when and how the client entered can bring in 8 C.F.R.
    §§ 1208.33 and 1208.35."""
    d = r5(
        drop=("last_arrival_date", "last_entry_manner"),
        asylum_filed="yes",
        asylum_filed_date="2025-09-01",
    )
    bars = d.finding("asylum_bars")
    assert bars.status == Status.UNCLEAR
    assert "when and how the client last entered" in bars.explanation
    assert d.data["asylum"]["status"] == "possible"
    assert not any("file as soon as possible" in step for step in d.next_steps)


def test_r5_14_a_terrorism_finding_names_the_exemption_and_no_filing_step():
    """R5-14 (MINOR, fixed): a lawyer found the client falls under the terrorism grounds.
    The bars stand (8 U.S.C. §§ 1158(b)(2)(A)(v), 1231(b)(3)(B)); the text now says an
    exemption by DHS or State (§ 1182(d)(3)(B)(i)) would lift them, and the first step no
    longer tells staff to file the asylum application."""
    d = r5(country_of_return="Colombia", terrorism_bar="yes", terrorism_review="described")
    assert r5_relief(d) == ("barred", "barred", "barred", "strong")
    bars = d.finding("asylum_bars")
    assert "grants an exemption" in bars.explanation
    assert c.TERRORISM_EXEMPTION in bars.citations
    assert not d.next_steps[0].startswith("File the asylum application")
    assert "Asylum looks barred" in d.next_steps[0]


def test_r5_15_not_sure_about_a_removal_in_ordinary_proceedings_keeps_asylum_possible():
    """R5-15 (MINOR, fixed): removal proceedings on a Notice to Appear; the family is not
    sure whether he was deported before. 8 U.S.C. § 1231(a)(5) closes asylum only where an
    order is reinstated, which is not what ordinary proceedings decide: asylum possible, the
    file to check, and the headline keeps the date to file by."""
    d = r5(reinstated_order="not_sure")
    assert d.finding("asylum_available").status == Status.UNCLEAR
    assert d.data["asylum"]["status"] == "possible"
    assert "File for asylum by June 1, 2027" in d.headline


def test_r5_16_a_lawyers_view_against_did_not_know_is_a_disagreement():
    """R5-16 (MINOR, fixed): staff say the persecutors did not know of the client's views; a
    lawyer recorded "central" (an imputed opinion). The persecutor's view, actual or
    imputed, is what counts (seed at 357): the answers disagree, so unclear, not weak."""
    d = r5(
        ground_details=[
            {
                "ground": "political_opinion",
                "ground_known": "did_not_know",
                "ground_evidence": ["other_evidence"],
                "harmed_others_without_ground": "no",
                "would_have_harmed_anyway": "no",
                "lawyer_ground_role": "central",
            }
        ]
    )
    nexus = d.finding("nexus_one_central_reason")
    assert nexus.status == Status.UNCLEAR
    assert "the answers disagree" in nexus.explanation
    assert d.data["asylum"]["status"] != "weak"


def test_r5_17_an_anniversary_on_an_observed_holiday_carries_to_monday():
    """R5-17 (MINOR, docstring fixed): arrived Friday July 3, 2025; July 4, 2026 is a
    Saturday, so Friday July 3 is the observed holiday, and 8 C.F.R. § 1208.4(a)(2)(ii)
    carries the last day to Monday July 6, 2026. The date given is the legal last day (the
    docstring that promised the day before any carry-over was wrong)."""
    d = r5(today=date(2026, 6, 20), last_arrival_date="2025-07-03")
    deadline = d.finding("asylum_filing_deadline")
    assert deadline.status == Status.MET
    assert "July 6, 2026" in deadline.explanation
    assert "July 3, 2026, falls on a weekend or legal holiday" in deadline.explanation
    assert d.data["asylum_deadline"]["last_day_to_file"] == "2026-07-06"


def test_r5_18_five_years_imposed_beats_a_lawyers_not_a_psc():
    """R5-18 (OK): robbery, six years imposed, four suspended; a lawyer's "not a
    particularly serious crime". An aggregate term of five years or more for aggravated
    felonies is one per se (8 U.S.C. § 1231(b)(3)(B)), suspended parts counted
    (§ 1101(a)(48)(B)): only deferral remains."""
    d = r5(
        has_convictions="yes",
        aggravated_felony="yes",
        drug_trafficking="no",
        psc_review="not_psc",
        af_sentence_5_years="yes",
        conviction_details="robbery, 6 years imposed, 4 suspended",
    )
    assert r5_relief(d) == ("barred", "barred", "barred", "strong")


def test_r5_19_the_persecutor_bar_leaves_only_deferral():
    """R5-19 (OK): Fourth Circuit; persecutor bar answered yes (8 U.S.C.
    §§ 1158(b)(2)(A)(i), 1231(b)(3)(B)(i)); deferral has no bars (8 C.F.R. § 1208.17(a), as
    § 1208.16(c)(4) sends a barred person to it)."""
    d = r5(country_of_return="Eritrea", circuit="fourth", persecutor_bar="yes")
    assert r5_relief(d) == ("barred", "barred", "barred", "strong")


def test_r5_20_the_seeds_posture_keeps_withholding_open_for_a_lawyer():
    """R5-20 (OK): reinstated order; felony methamphetamine possession and receiving stolen
    property, not reviewed. Asylum not available (8 U.S.C. § 1231(a)(5); Perez-Guzman);
    withholding possible pending the conviction review (seed at 354-55); deferral strong;
    the next steps name the reasonable fear interview."""
    d = r5(
        drop=("last_arrival_date", "asylum_filed", "unaccompanied_child", "deadline_exception"),
        proceeding_type="reinstatement",
        reinstated_order="yes",
        has_convictions="yes",
        aggravated_felony="no",
        drug_trafficking="no",
        psc_review="not_reviewed",
        conviction_details="1997 methamphetamine possession (felony); receiving stolen property",
    )
    assert r5_relief(d) == ("not_available", "possible", "possible", "strong")
    assert any("reasonable fear interview" in step for step in d.next_steps)


def test_r5_21_sixth_circuit_mixed_motive_reads_cleanly():
    """R5-21 (OK, wording fixed): Sixth Circuit; money and political opinion; the harm got
    worse after the remark; off-duty officers who found him through the job and threatened
    official retaliation. 'A reason' is enough for withholding (Guzman-Vazquez v. Barr);
    the central reason is a lawyer's; state action met through the position (Matter of
    J-G-R-). The sentence no longer repeats itself."""
    d = r5(
        circuit="sixth",
        official_duty="off_duty",
        officials_in_uniform="no",
        threatened_official_retaliation="yes",
        motives=["money", "political_opinion"],
        ground_details=[
            {
                "ground": "political_opinion",
                "ground_known": "knew",
                "ground_evidence": ["harm_worsened"],
                "harmed_others_without_ground": "yes",
                "would_have_harmed_anyway": "yes",
                "lawyer_ground_role": "not_reviewed",
            }
        ],
    )
    assert r5_relief(d)[:3] == ("possible", "strong", "strong")
    central = d.finding("nexus_one_central_reason").explanation
    assert (
        "they would have harmed the client anyway, but the harm got worse once they learned "
        "of the client's political opinion"
    ) in central
    assert d.finding("state_action").status == Status.MET


# ---------------------------------------------------------------------------------------------
# Round 6 (/work/adversarial/13-r6.md): each pattern from its answers file, as the reviewer
# screened it (the round 5 baseline, through the wizard's own forms), on 2026-11-30.
# ---------------------------------------------------------------------------------------------

#: Never harmed (the harm page's questions dropped).
NOHARM = {
    "past_harm": "no",
    "harm_kinds": None,
    "severe_pain": None,
    "harm_intentional": None,
    "lawful_sanction": None,
    "visible_scars": None,
    "medical_records": None,
}
#: A gang instead of the police (the police pages' questions dropped).
PRIVATE = {
    "harmers": ["gang"],
    "official_duty": None,
    "officials_in_uniform": None,
    "access_through_position": None,
    "threatened_official_retaliation": None,
}
#: The three questions on the unaccompanied-child page.
CHILD = ("client_under_18_now", "parent_available_since_arrival", "lawful_status_now")
ALL_STRONG = ("strong", "strong", "strong", "not_available")


def r6(*parts, today=R5_DAY, **overrides):
    """The round 5 baseline with the pattern's changes; ``None`` drops a key (its page no
    longer applies), as the reviewer's answers files do."""
    changes = {}
    for part in parts:
        changes.update(part)
    changes.update(overrides)
    dropped = tuple(k for k, v in changes.items() if v is None)
    return r5(today=today, drop=dropped, **{k: v for k, v in changes.items() if v is not None})


def test_r6_1_an_arrival_before_april_1997_runs_the_year_from_april_1_1997():
    """R6-1 (BREAK, fixed; p17): last arrival May 1, 1996; filed March 16, 1998. "The 1-year
    period shall be calculated from the date of the alien's last arrival in the United States
    or April 1, 1997, whichever is later" (8 C.F.R. § 1208.4(a)(2)(ii), read in the eCFR
    copy): the year ran out on April 1, 1998, so the filing was in time. One filed before
    April 1, 1997 is outside the deadline (§ 1208.4(a): the prohibition is on "filing for
    asylum on or after April 1, 1997"); one not filed was due by April 1, 1998."""
    d = r6(last_arrival_date="1996-05-01", asylum_filed="yes", asylum_filed_date="1998-03-16")
    deadline = d.finding("asylum_filing_deadline")
    assert deadline.status == Status.MET
    assert "within a year of April 1, 1997" in deadline.explanation
    assert c.LAST_DAY_CARRIED in deadline.citations
    assert statuses(d) == ALL_STRONG
    assert "asylum" in d.headline
    before = r6(last_arrival_date="1996-05-01", asylum_filed="yes", asylum_filed_date="1997-02-01")
    assert before.finding("asylum_filing_deadline").status == Status.MET
    assert "before the one-year deadline took effect" in (
        before.finding("asylum_filing_deadline").explanation
    )
    assert c.DEADLINE_TOOK_EFFECT in before.finding("asylum_filing_deadline").citations
    unfiled = r6(last_arrival_date="1996-05-01")
    assert "ran out on April 1, 1998" in unfiled.finding("asylum_filing_deadline").explanation
    assert unfiled.data["asylum_deadline"]["last_day_to_file"] == "1998-04-01"
    late = r6(last_arrival_date="1996-05-01", asylum_filed="yes", asylum_filed_date="1998-04-02")
    assert late.finding("asylum_filing_deadline").status == Status.UNCLEAR


def test_r6_2_a_change_since_the_threats_counts_without_past_persecution_too():
    """R6-2 (BREAK, fixed; p23): a gang threatened the client for his politics and can find
    him anywhere; never harmed; the police did nothing; staff say something has changed
    since that would protect him. Without past persecution the client must show harm "more
    likely than not" (8 C.F.R. § 1208.16(b)(2)) and a "reasonable possibility" of it
    (§ 1208.13(b)(2)(i)(B)) as things are now; with past persecution the same change can
    rebut the presumption ((b)(1)(i)(A) of each, read). Both findings are for a lawyer, and
    never stronger without past persecution than with it."""
    d = r6(
        NOHARM,
        PRIVATE,
        reported_to_police="yes",
        not_reported_reason=None,
        police_response="did_nothing",
        conditions_changed="yes",
        safe_area="not_sure",
    )
    likely = d.finding("withholding_likelihood")
    fear = d.finding("asylum_fear")
    assert likely.status == Status.UNCLEAR
    assert fear.status == Status.UNCLEAR
    assert "something has changed since that could protect the client" in likely.explanation
    assert "whether the threat still stands" in fear.explanation
    assert c.WITHHOLDING_FUTURE_THREAT in likely.citations
    assert statuses(d) == ("possible", "possible", "unclear", "not_available")
    unchanged = r6(
        NOHARM,
        PRIVATE,
        reported_to_police="yes",
        not_reported_reason=None,
        police_response="did_nothing",
        safe_area="not_sure",
    )
    assert statuses(unchanged)[:2] == ("strong", "strong")
    # With past persecution the same change leaves both findings to a lawyer as well.
    harmed = r6(conditions_changed="yes")
    assert harmed.finding("withholding_likelihood").status == Status.UNCLEAR
    assert harmed.finding("asylum_fear").status == Status.UNCLEAR


@pytest.mark.parametrize("records", ["yes", "no"])
def test_r6_3_a_medical_record_does_not_make_one_minor_assault_persecution(records):
    """R6-3 (BREAK, fixed; p22, and p24 without the record): police hit the client once at a
    protest; he went to a clinic; staff say no severe pain, no scars; no threats since.
    Persecution is serious harm (R5-6); a record of a clinic visit documents the harm, it
    does not make it serious: the finding stays for a lawyer, and the record is named as
    evidence. Asylum and withholding possible either way."""
    d = r6(
        harm_kinds=["physical_assault"],
        severe_pain="no",
        visible_scars="no",
        medical_records=records,
        future_threats_made="no",
        threats_to_find_anywhere="no",
        safe_area="not_sure",
    )
    harm = d.finding("persecution_level_harm")
    assert harm.status == Status.UNCLEAR
    assert "a single minor assault may not be" in harm.explanation
    assert ("does not by itself make the harm serious" in harm.explanation) == (records == "yes")
    assert d.finding("past_persecution_presumption").status == Status.UNCLEAR
    assert statuses(d) == ("possible", "possible", "possible", "not_available")
    scarred = r6(
        harm_kinds=["physical_assault"],
        severe_pain="no",
        visible_scars="yes",
        future_threats_made="no",
        threats_to_find_anywhere="no",
        safe_area="not_sure",
    )
    assert scarred.finding("persecution_level_harm").status == Status.MET


@pytest.mark.parametrize("circuit", ["fifth", "ninth", "fourth"])
def test_r6_4_police_who_say_the_attackers_are_colleagues_shield_them_in_every_circuit(circuit):
    """R6-4 (BREAK, fixed; p08 in the Fifth Circuit): a gang harmed the client; he reported
    it and the police dropped it because the attackers were their colleagues. Officials who
    shield the attackers (or are among them) are the government failing to protect on any
    formulation, the Fifth Circuit's "condoned" included, and the acquiescence finding
    already reads the answer so: met everywhere, in its own words, never "did nothing"."""
    d = r6(
        PRIVATE,
        circuit=circuit,
        reported_to_police="yes",
        not_reported_reason=None,
        police_response="attackers_were_colleagues",
    )
    protection = d.finding("government_protection")
    assert protection.status == Status.MET
    assert "because the attackers were their colleagues" in protection.explanation
    assert "did nothing or refused to help" not in protection.explanation
    assert "The Fifth Circuit may ask more" not in protection.explanation
    assert d.finding("state_action").status == Status.MET
    assert statuses(d) == ALL_STRONG


@pytest.mark.parametrize("safe_area", ["yes", "not_sure"])
def test_r6_5_a_government_persecutor_keeps_relocation_presumed_unreasonable(safe_area):
    """R6-5 (BREAK, fixed; p05, and p06 = R6-17 with "Not sure"): on-duty police threatened
    the client for his politics; never harmed; staff say part of the country is safe. "In
    cases in which the persecutor is a government or is government-sponsored, or the
    applicant has established persecution in the past, it shall be presumed that internal
    relocation would not be reasonable" unless the government proves otherwise (8 C.F.R.
    § 1208.13(b)(3)(ii), read): the fear stays well founded, with the safe place left for a
    lawyer to test; the persecutors are never called "not the government", and the police
    are said to have threatened, not harmed, the client."""
    d = r6(NOHARM, threats_to_find_anywhere="no", safe_area=safe_area)
    fear = d.finding("asylum_fear")
    assert fear.status == Status.MET
    assert "not the government" not in fear.explanation
    assert c.ASYLUM_RELOCATION_PRESUMPTION in fear.citations
    assert ("DHS) must prove" in fear.explanation) == (safe_area == "yes")
    assert d.finding("government_protection").explanation.startswith(
        "Officials threatened the client themselves"
    )
    assert d.finding("withholding_likelihood").status == Status.UNCLEAR
    assert statuses(d) == ("strong", "possible", "possible", "not_available")


#: A client who came alone between ports: the child page's answers are each pattern's own.
ALONE = {"unaccompanied_child": "yes", "last_entry_manner": "between_ports"}


@pytest.mark.parametrize("old_file", [False, True], ids=["age-not-sure", "child-page-left-out"])
def test_r6_6_a_child_whose_age_today_is_not_known_is_not_sent_to_uscis_only(old_file):
    """R6-6 (BREAK, fixed; p16, and p03's old file without the child page): came alone in
    March 2024; nothing filed; whether the client is under 18 today is not known. The asylum
    office first decides an application "filed by an unaccompanied alien child" (8 U.S.C.
    § 1158(b)(3)(C)); an immigration judge first decides one filed by a former child who
    turned 18 before filing (Matter of M-A-C-O-, 27 I&N Dec. 477 (BIA 2018), headnote read
    in its casetext copy). The first step asks for the date of birth and names both places;
    never "not the court". Statuses unchanged."""
    child_page = (
        {}
        if old_file
        else {
            "client_under_18_now": "not_sure",
            "parent_available_since_arrival": "no",
            "lawful_status_now": "no",
        }
    )
    d = r6(ALONE, last_arrival_date="2024-03-01", **child_page)
    first = d.next_steps[0]
    assert first.startswith("Find out the client's date of birth first")
    assert "not the court" not in first
    assert "file the asylum application with USCIS" in first
    assert "file with the immigration court" in first
    assert "Matter of M-A-C-O-" in first
    assert statuses(d) == ("possible", "strong", "strong", "not_available")
    known = r6(
        ALONE,
        last_arrival_date="2024-03-01",
        client_under_18_now="yes",
        parent_available_since_arrival="no",
        lawful_status_now="no",
    )
    assert known.next_steps[0].startswith("File the asylum application with USCIS")


def test_r6_7_an_application_filed_at_17_turns_on_the_age_on_the_filing_day():
    """R6-7 (BREAK, fixed; p01): came alone at 16 in January 2024; filed June 1, 2025;
    18 now. The one-year rule is about when the application is filed (8 U.S.C.
    § 1158(a)(2)(B)); (E) exempts an unaccompanied child. Whether the client was still one
    on the filing day is the question: the new page asks it (read as "Not sure" from this
    older file, so unclear, statuses unchanged). A filed application is never told to be
    filed again (R5-12). Answered "Yes", the deadline is met; "No", the unsettled question
    of a child who files after 18 is put."""
    base = dict(
        ALONE,
        last_arrival_date="2024-01-10",
        asylum_filed="yes",
        asylum_filed_date="2025-06-01",
        client_under_18_now="no",
        parent_available_since_arrival="no",
        lawful_status_now="no",
    )
    d = r6(base)
    deadline = d.finding("asylum_filing_deadline")
    assert deadline.status == Status.UNCLEAR
    assert "on the day the application was filed (June 1, 2025)" in deadline.explanation
    assert "File as soon as possible" not in deadline.explanation
    assert "do not file it again" in deadline.explanation
    assert not any("file as soon as possible" in step.lower() for step in d.next_steps)
    assert any("do not file it again" in step for step in d.next_steps)
    assert statuses(d) == ("possible", "strong", "strong", "not_available")
    then_a_child = r6(base, under_18_when_filed="yes", lawful_status_when_filed="no")
    assert then_a_child.finding("asylum_filing_deadline").status == Status.MET
    assert "when the client was still an unaccompanied child" in (
        then_a_child.finding("asylum_filing_deadline").explanation
    )
    assert statuses(then_a_child) == ALL_STRONG
    filed_at_18 = r6(base, under_18_when_filed="no")
    deadline = filed_at_18.finding("asylum_filing_deadline")
    assert deadline.status == Status.UNCLEAR
    assert "18 or older when the application was filed" in deadline.explanation
    assert c.M_A_C_O in deadline.citations
    assert "File as soon as possible" not in deadline.explanation


def test_r6_10_a_child_who_has_turned_18_is_not_told_the_exemption_applies():
    """R6-10 (MINOR, fixed; p14): came alone in March 2026, 18 now, year not yet run. The
    finding says the client has turned 18 and is probably no longer an unaccompanied child,
    and to file with the immigration court within the year (an immigration judge first
    hears an application filed after 18: Matter of M-A-C-O-). Statuses unchanged."""
    d = r6(
        ALONE,
        last_arrival_date="2026-03-01",
        client_under_18_now="no",
        parent_available_since_arrival="no",
        lawful_status_now="no",
    )
    deadline = d.finding("asylum_filing_deadline")
    assert deadline.status == Status.MET
    assert "has turned 18, so is probably no longer one" in deadline.explanation
    assert "by March 1, 2027, with the immigration court" in deadline.explanation
    assert "does not apply to one who is still under 18" not in deadline.explanation
    assert c.M_A_C_O in deadline.citations
    assert d.next_steps[0].startswith("File the asylum application by March 1, 2027")
    assert statuses(d) == ALL_STRONG


def test_r6_12_a_child_with_lawful_status_is_told_of_the_status_exception():
    """R6-12 (MINOR, fixed; p18): came alone in March 2024, under 18, now has lawful status;
    year run; nothing filed. Keeping "Temporary Protected Status, lawful immigrant or
    nonimmigrant status, or ... parole, until a reasonable period before the filing" is an
    extraordinary circumstance (8 C.F.R. § 1208.4(a)(5)(iv), read in the eCFR copy): named
    and cited beside the legal-disability one. Asylum stays possible."""
    d = r6(
        ALONE,
        last_arrival_date="2024-03-01",
        client_under_18_now="yes",
        parent_available_since_arrival="no",
        lawful_status_now="yes",
    )
    deadline = d.finding("asylum_filing_deadline")
    assert deadline.status == Status.UNCLEAR
    assert "keeping lawful status (or Temporary Protected Status, or parole)" in (
        deadline.explanation
    )
    assert c.LAWFUL_STATUS_EXTRAORDINARY in deadline.citations
    assert statuses(d) == ("possible", "strong", "strong", "not_available")


@pytest.mark.parametrize("circuit", ["fourth", "fifth"])
def test_r6_8_not_reporting_because_it_was_dangerous_is_the_boards_rule(circuit):
    """R6-8 (MINOR, fixed; p04 in the Fourth Circuit): a gang; not reported because it
    would have been dangerous. "A respondent's failure to report harm is not necessarily
    fatal to a claim of persecution if the respondent can demonstrate that reporting
    private abuse to government authorities would have been futile or dangerous" (Matter
    of C-G-T-, 28 I&N Dec. 740 (BIA 2023), headnote (2), read in the ecases.us copy): a
    Board precedent, so no longer called Ninth Circuit law only, and met outside the Fifth;
    the Fifth Circuit keeps its note (its own test, unread, may ask more: R5-7)."""
    d = r6(PRIVATE, circuit=circuit)
    protection = d.finding("government_protection")
    assert c.C_G_T in protection.citations
    assert "Matter of C-G-T-" in protection.explanation
    assert "This circuit's own standard" not in protection.explanation
    if circuit == "fourth":
        assert protection.status == Status.MET
        assert statuses(d)[:2] == ("strong", "strong")
    else:
        assert protection.status == Status.UNCLEAR
        assert "The Fifth Circuit may ask more" in protection.explanation


def test_r6_9_a_pattern_or_practice_against_the_clients_group_is_named():
    """R6-9 (MINOR, fixed; p21): China; officials persecute the client's religious and
    national group; the client himself was never threatened. Neither asylum nor withholding
    requires being singled out where there is "a pattern or practice ... of persecution of a
    group of persons similarly situated" and the client is in it (8 C.F.R.
    §§ 1208.13(b)(2)(iii), 1208.16(b)(2)(i)-(ii), read in the eCFR copy): both findings say
    so, as a lawyer's call on country evidence. Statuses unchanged (possible)."""
    details = [
        {
            "ground": ground,
            "ground_known": "knew",
            "ground_evidence": ["other_evidence"],
            "harmed_others_without_ground": "no",
            "would_have_harmed_anyway": "no",
            "lawyer_ground_role": "not_reviewed",
        }
        for ground in ("religion", "nationality")
    ]
    d = r6(
        NOHARM,
        country_of_return="China",
        harmers=["other_official"],
        officials_in_uniform="not_sure",
        access_through_position="not_sure",
        future_threats_made="no",
        threats_to_find_anywhere="no",
        future_risk_source="others",
        motives=["religion", "nationality"],
        ground_details=details,
    )
    fear = d.finding("asylum_fear")
    likely = d.finding("withholding_likelihood")
    assert fear.status == likely.status == Status.UNCLEAR
    for finding in (fear, likely):
        assert "pattern or practice of persecuting a group the client belongs to" in (
            finding.explanation
        )
    assert c.PATTERN_OR_PRACTICE in fear.citations
    assert c.WITHHOLDING_FUTURE_THREAT in likely.citations
    assert statuses(d)[:2] == ("possible", "possible")


def test_r6_11_a_last_day_on_the_screening_date_says_file_today():
    """R6-11 (MINOR, fixed; p20): arrived Saturday November 29, 2025; the anniversary is a
    Sunday, carried to Monday November 30, 2026 (8 C.F.R. § 1208.4(a)(2)(ii)), the screening
    date. Finding, headline and step say today is the last day, not "0 days" nor "under a
    month away"."""
    d = r6(last_arrival_date="2025-11-29")
    deadline = d.finding("asylum_filing_deadline")
    assert deadline.status == Status.MET
    assert "Today is the last day to file: file today." in deadline.explanation
    assert "0 days" not in deadline.explanation
    assert "under a month away" not in deadline.explanation
    assert "File for asylum today: November 30, 2026 is the last day." in d.headline
    assert d.next_steps[0] == (
        "File the asylum application today: November 30, 2026 is the last day to file."
    )
    assert statuses(d) == ALL_STRONG


def test_r6_13_past_torture_by_officials_is_not_said_to_be_done_by_others():
    """R6-13 (MINOR, fixed; p26 = R5's p01): police tortured the client; he now fears other
    people. The chain's open link says the torture was done by different people
    (officials), not those the client fears now; CAT stays unclear (R5-1)."""
    d = r6(
        future_threats_made="no",
        harm_kinds=["physical_assault", "burning_or_cutting", "detention"],
        future_risk_source="others",
        threats_to_find_anywhere="no",
        safe_area="not_sure",
        country_conditions=["none_known"],
    )
    chain = d.finding("cat_likelihood").explanation
    assert "it was done by different people (officials), not those the client fears now" in chain
    assert "done by others" not in chain
    assert statuses(d) == ("strong", "strong", "unclear", "not_available")


def test_r6_14_open_bar_points_are_numbered_sentences_not_run_together():
    """R6-14 (MINOR, fixed; p25): an old answers file without how the client entered (read
    as "Not sure", listed under answers assumed); arrived August 2024, filed February 2025.
    The two open points are numbered sentences, not "... set aside and how the client
    entered: ..."; asylum stays possible."""
    from questionnaires.framework import registry
    from questionnaires.framework.screening import screen

    answers = {
        **{k: v for k, v in REVIEW_BASELINE.items() if k != "last_entry_manner"},
        "last_arrival_date": "2024-08-01",
        "asylum_filed": "yes",
        "asylum_filed_date": "2025-02-01",
    }
    screening = screen(registry.get("removal-protection"), answers, R5_DAY)
    assert "last_entry_manner" in {each["field"] for each in screening.assumed}
    d = screening.determination
    bars = d.finding("asylum_bars").explanation
    assert bars.startswith("Not yet known, and each could bar asylum: (1) Whether")
    assert "(2) How the client entered:" in bars
    assert "set aside and how the client entered" not in bars
    assert statuses(d) == ("possible", "strong", "strong", "not_available")


# Round 6's OK patterns, kept as regression tests.


def test_r6_15_a_child_who_crossed_between_ports_in_2024_is_sent_to_neither_border_rule():
    """R6-15 (OK; p11): both border rules except an unaccompanied child (8 C.F.R.
    § 1208.33(a)(2)(i); the 2024 Proclamation's § 3(b)); filed within the year."""
    d = r6(
        ALONE,
        last_arrival_date="2024-08-01",
        asylum_filed="yes",
        asylum_filed_date="2025-01-15",
        client_under_18_now="yes",
        parent_available_since_arrival="no",
        lawful_status_now="no",
    )
    assert d.finding("asylum_bars").status == Status.MET
    assert d.finding("asylum_filing_deadline").status == Status.MET
    assert statuses(d) == ALL_STRONG


def test_r6_16_a_june_2025_crossing_between_ports_leaves_only_the_2024_rule():
    """R6-16 (OK; p13): the lawful pathways window closed on May 11, 2025; "Securing the
    Border" is left to a lawyer; withholding and CAT are untouched by either rule."""
    d = r6(
        last_arrival_date="2025-06-01",
        last_entry_manner="between_ports",
        asylum_filed="yes",
        asylum_filed_date="2025-09-01",
    )
    bars = d.finding("asylum_bars")
    assert bars.status == Status.UNCLEAR
    assert "Securing the Border" in bars.explanation
    assert "lawful pathways" not in bars.explanation
    assert statuses(d) == ("possible", "strong", "strong", "not_available")


def test_r6_17_soldiers_who_threatened_the_client_give_asylum_strong_withholding_possible():
    """R6-17 (OK; p06): a state persecutor, no past harm, no reach: relocation presumed
    unreasonable (8 C.F.R. § 1208.13(b)(3)(ii)); the gap between a reasonable possibility
    and more likely than not (INS v. Cardoza-Fonseca) is applied."""
    d = r6(NOHARM, harmers=["military"], threats_to_find_anywhere="no", safe_area="not_sure")
    assert d.finding("asylum_fear").status == Status.MET
    assert d.finding("withholding_likelihood").status == Status.UNCLEAR
    assert statuses(d) == ("strong", "possible", "possible", "not_available")


def test_r6_18_fifth_circuit_officials_protecting_the_gang_is_met_without_the_note():
    """R6-18 (OK; p07): state protection of the persecutors is condoning on any
    formulation."""
    d = r6(PRIVATE, circuit="fifth", officials_protect_group="yes")
    protection = d.finding("government_protection")
    assert protection.status == Status.MET
    assert "The Fifth Circuit may ask more" not in protection.explanation
    assert statuses(d) == ALL_STRONG


def test_r6_19_fifth_circuit_looked_away_and_did_nothing_is_left_to_a_lawyer():
    """R6-19 (OK; p09): the Fifth Circuit's own test was not read (R5-7): unclear, with the
    circuit note; asylum, withholding and CAT possible."""
    d = r6(
        PRIVATE,
        circuit="fifth",
        officials_aware="looked_away",
        reported_to_police="yes",
        not_reported_reason=None,
        police_response="did_nothing",
    )
    protection = d.finding("government_protection")
    assert protection.status == Status.UNCLEAR
    assert "The Fifth Circuit may ask more" in protection.explanation
    assert statuses(d) == ("possible", "possible", "possible", "not_available")


def test_r6_20_a_filing_date_after_the_screening_date_is_refused():
    """R6-20 (OK; p12)."""
    from questionnaires.framework.screening import AnswersRejected

    with pytest.raises(AnswersRejected, match="must be today or in the past"):
        r6(asylum_filed="yes", asylum_filed_date="2027-01-15")


def test_r6_21_a_2026_entry_with_papers_closes_both_border_rules():
    """R6-21 (OK; p19): an arrival at a port with an appointment, or with a visa or other
    papers, is outside both rules; file by March 1, 2027. (The reviewer's suggestion to
    reword the choice for arrivals after CBP One scheduling ended was not taken: the date
    it ended was not read.)"""
    d = r6(last_arrival_date="2026-03-01")
    assert d.finding("asylum_bars").status == Status.MET
    assert statuses(d) == ALL_STRONG
    assert "File for asylum by March 1, 2027" in d.headline


def test_r6_22_a_child_released_to_a_parent_is_left_to_a_lawyer_without_a_uscis_step():
    """R6-22 (OK; p02): a parent available since arrival: the present-tense definition
    (6 U.S.C. § 279(g)(2)) is not met; whether the exemption survives is unsettled; the
    legal-disability exception (8 C.F.R. § 1208.4(a)(5)(ii)) is argued; no USCIS-only
    step."""
    d = r6(
        ALONE,
        last_arrival_date="2025-03-01",
        client_under_18_now="yes",
        parent_available_since_arrival="yes",
        lawful_status_now="no",
    )
    deadline = d.finding("asylum_filing_deadline")
    assert deadline.status == Status.UNCLEAR
    assert "unsettled" in deadline.explanation
    assert c.UNACCOMPANIED_MINOR_DISABILITY in deadline.citations
    assert not any("USCIS" in step for step in d.next_steps)
    assert statuses(d) == ("possible", "strong", "strong", "not_available")


def test_r6_23_an_anniversary_on_an_observed_holiday_still_carries_to_monday():
    """R6-23 (OK; p27, screened June 20, 2026): July 3, 2026 is the observed Independence
    Day holiday (a Friday); the last day carries to Monday July 6, 2026."""
    d = r6(last_arrival_date="2025-07-03", today=date(2026, 6, 20))
    assert d.data["asylum_deadline"]["last_day_to_file"] == "2026-07-06"
    assert "File for asylum by July 6, 2026" in d.headline

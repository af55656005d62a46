"""Rule tests for protection from removal (asylum, withholding under 8 U.S.C. § 1231(b)(3),
and withholding and deferral under the Convention Against Torture), with the facts of
Barajas-Romero v. Lynch, 846 F.3d 351 (9th Cir. 2017) as a scenario."""

import dataclasses
import json
from datetime import date

import pytest

from questionnaires.framework.determination import Determination, Status
from questionnaires.removal_protection import citations as c
from questionnaires.removal_protection.rules import (
    AggravatedFelony,
    Circuit,
    CountryCondition,
    DeadlineException,
    EntryManner,
    Facts,
    FutureSource,
    GroundDetail,
    GroundKnown,
    GroundRole,
    Harmer,
    HarmKind,
    LawyerRole,
    Motive,
    MotiveEvidence,
    OfficialDuty,
    OfficialsAware,
    Outcome,
    PoliceResponse,
    Proceeding,
    PscReview,
    ResettlementException,
    TerrorismReview,
    YesNo,
    arrived_18_years_before,
    asylum_deadline_date,
    child_when_filed,
    circuit_table,
    determine,
    last_day_to_file,
    open_points,
    still_an_unaccompanied_child,
    year_starts,
)

Y, N, NS = YesNo.YES, YesNo.NO, YesNo.NOT_SURE
TODAY = date(2026, 11, 29)
#: Every conduct bar answered "no".
NO_BARS = {
    "persecutor_bar": N,
    "firm_resettlement": N,
    "prior_asylum_denied": N,
    "serious_nonpolitical_crime": N,
    "terrorism_bar": N,
}
#: The follow-up that makes a "yes" on the bars page the bar itself.
BAR_CONFIRMED = {
    "firm_resettlement": {"resettlement_exception": ResettlementException.NONE},
    "prior_asylum_denied": {"prior_denial_by_court": Y},
    "serious_nonpolitical_crime": {"crime_political": N},
    "persecutor_bar": {},
}


RELIEF_ORDER = ("asylum", "withholding", "cat_withholding", "cat_deferral")
SAID = frozenset({MotiveEvidence.WHAT_THEY_SAID})
WORSENED = frozenset({MotiveEvidence.HARM_WORSENED})


#: The facts that give each role: central (they would not have harmed the client without
#: it), one reason (they would have anyway), no part (a lawyer's view), not known.
ROLE_FACTS = {
    GroundRole.CENTRAL: {"would_have_harmed_anyway": N, "harmed_others_without_ground": N},
    GroundRole.ONE_REASON: {"would_have_harmed_anyway": Y, "harmed_others_without_ground": NS},
    GroundRole.NO_PART: {"lawyer_role": LawyerRole.NO_PART},
    GroundRole.NOT_SURE: {"would_have_harmed_anyway": NS},
}


def opinion(role=GroundRole.CENTRAL, known=GroundKnown.KNEW, evidence=SAID, ground=None):
    """A row of the "why" page for political opinion (or another ground), with the facts
    that give ``role``."""
    return GroundDetail(ground or Motive.POLITICAL_OPINION, known, evidence, **ROLE_FACTS[role])


def motive(anyway=N, others=N, lawyer=LawyerRole.NOT_REVIEWED, evidence=SAID, **kwargs):
    """A row with the facts that show motive, from which the rules derive the role."""
    return GroundDetail(
        kwargs.get("ground", Motive.POLITICAL_OPINION),
        kwargs.get("known", GroundKnown.KNEW),
        evidence,
        harmed_others_without_ground=others,
        would_have_harmed_anyway=anyway,
        lawyer_role=lawyer,
    )


def facts(**overrides) -> Facts:
    """A strong Ninth Circuit case: a journalist beaten and burned by a cartel for her
    political opinion, police refused to help, threats to find her anywhere; no
    convictions, no reinstated order."""
    base = {
        "today": TODAY,
        "country_of_return": "Honduras",
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
        "harm_narrative": "Beaten and burned after publishing an article.",
        "harm_kinds": frozenset({HarmKind.PHYSICAL_ASSAULT, HarmKind.BURNING_OR_CUTTING}),
        "severe_pain": Y,
        "harm_intentional": Y,
        "future_threats_made": Y,
        "visible_scars": Y,
        "medical_records": N,
        "harmers": frozenset({Harmer.CARTEL}),
        "officials_aware": OfficialsAware.NOT_SURE,
        "reported_to_police": Y,
        "police_response": PoliceResponse.ATTACKERS_WERE_COLLEAGUES,
        "officials_protect_group": NS,
        "motives": frozenset({Motive.POLITICAL_OPINION}),
        "ground_details": (opinion(),),
        "future_risk_source": FutureSource.SAME_PEOPLE,
        "threats_to_find_anywhere": Y,
        "client_marked": N,
        "safe_area": N,
        "country_conditions": frozenset({CountryCondition.OFFICIAL_CORRUPTION}),
    }
    base.update(overrides)
    return Facts(**base)


def status(d: Determination, code: str) -> Status:
    return d.finding(code).status


def relief(d: Determination, code: str) -> str:
    return d.data["relief"][code]["status"]


def cites(d: Determination, code: str) -> list[str]:
    return [citation.text for citation in d.finding(code).citations]


def private_harm(**overrides) -> Facts:
    """Harm by a gang only; acquiescence facts given by the test."""
    return facts(harmers=frozenset({Harmer.GANG}), **overrides)


def official_harm(duty, circuit=Circuit.NINTH, **overrides) -> Facts:
    """Harm by police only, on or off duty."""
    return facts(
        harmers=frozenset({Harmer.POLICE}),
        official_duty=duty,
        circuit=circuit,
        police_response=PoliceResponse.ATTACKERS_WERE_COLLEAGUES,
        **overrides,
    )


# ---------------------------------------------------------------------------
# The seed: Barajas-Romero v. Lynch, 846 F.3d 351 (9th Cir. 2017)
# ---------------------------------------------------------------------------


def barajas_romero(**overrides) -> Facts:
    """The facts at 354-56: Mexico; removed in 1998 after drug and stolen-property
    convictions (not aggravated felonies with five-year sentences); re-entered, order
    reinstated; beaten by La Familia after refusing a robbery (reported, police did
    nothing); then held, burned and cut by four off-duty local police demanding money, who
    escalated to scorpions, a machete and a scar on his forehead after his "corrupt cops"
    remark; threatened with a bullet where the scar is if seen anywhere in Mexico;
    physician's reports of the scars; Ninth Circuit."""
    base = {
        "country_of_return": "Mexico",
        "circuit": Circuit.NINTH,
        "proceeding_type": Proceeding.REINSTATEMENT,
        "reinstated_order": Y,
        **NO_BARS,
        "has_convictions": Y,
        "aggravated_felony": N,
        "drug_trafficking": N,
        "psc_review": PscReview.NOT_REVIEWED,
        "past_harm": Y,
        "harm_kinds": frozenset(
            {
                HarmKind.PHYSICAL_ASSAULT,
                HarmKind.BURNING_OR_CUTTING,
                HarmKind.DETENTION,
                HarmKind.DEATH_THREATS,
                HarmKind.EXTORTION,
            }
        ),
        "severe_pain": Y,
        "harm_intentional": Y,
        "future_threats_made": Y,
        "visible_scars": Y,
        "medical_records": Y,
        "harmers": frozenset({Harmer.POLICE, Harmer.CARTEL}),
        "official_duty": OfficialDuty.OFF_DUTY,
        "officials_aware": OfficialsAware.NOT_SURE,
        "reported_to_police": Y,
        "police_response": PoliceResponse.ATTACKERS_WERE_COLLEAGUES,
        "officials_protect_group": NS,
        "motives": frozenset({Motive.MONEY, Motive.POLITICAL_OPINION}),
        # The police extorted him before his remark and escalated after it (355-56).
        "ground_details": (motive(anyway=Y, others=NS, evidence=WORSENED),),
        "future_risk_source": FutureSource.SAME_PEOPLE,
        "threats_to_find_anywhere": Y,
        "client_marked": Y,
        "safe_area": N,
        "country_conditions": frozenset(
            {CountryCondition.OFFICIAL_CORRUPTION, CountryCondition.COLLUSION}
        ),
    }
    base.update(overrides)
    return Facts(**base)


def test_seed_asylum_is_not_available_because_the_order_was_reinstated():
    d = determine(barajas_romero())
    assert status(d, "asylum_available") == Status.NOT_MET
    assert relief(d, "asylum") == "not_available"
    assert c.SEED_REINSTATEMENT.text in cites(d, "asylum_available")


def test_a_reinstated_order_cites_the_referral_to_an_asylum_officer():
    """8 C.F.R. § 241.8(e): a person whose order is reinstated and who fears return "shall be
    immediately referred to an asylum officer" for a reasonable fear interview (§ 208.31);
    a positive finding leads to withholding-only proceedings (§ 1208.31(e)). Cited only
    where the order is reinstated, not where none is."""
    closed = cites(determine(barajas_romero()), "asylum_available")
    assert "8 C.F.R. § 241.8(e)" in closed
    assert closed.index("8 C.F.R. § 241.8(e)") < closed.index("8 C.F.R. § 208.31")
    assert "8 C.F.R. § 1208.31(e)" in closed
    open_ = cites(determine(facts(reinstated_order=N)), "asylum_available")
    assert "8 C.F.R. § 241.8(e)" not in open_


def test_seed_convictions_are_flagged_not_decided():
    d = determine(barajas_romero())
    assert status(d, "particularly_serious_crime") == Status.UNCLEAR
    assert c.SEED_CONVICTIONS.text in cites(d, "particularly_serious_crime")


def test_seed_withholding_nexus_is_satisfiable_under_a_reason_central_left_to_a_lawyer():
    """Extortion before the remark, escalation after it (355-56): "a reason" is met; whether
    the opinion was central is for the Board on remand (360), so unclear."""
    d = determine(barajas_romero())
    assert status(d, "nexus_a_reason") == Status.MET
    assert status(d, "withholding_nexus") == Status.MET
    assert status(d, "nexus_one_central_reason") == Status.UNCLEAR
    assert "point both ways" in d.finding("nexus_one_central_reason").explanation
    assert "got worse" in d.finding("withholding_nexus").explanation
    assert c.BORJA.text in cites(d, "withholding_nexus")
    assert c.SEED_A_REASON_HOLDING.text in cites(d, "withholding_nexus")


def test_seed_motive_evidence_not_yet_gathered_is_unclear():
    """The opinion remanded because "the evidence ... is not unambiguous" (360): until
    something shows the motive, the link is unclear."""
    row = motive(anyway=Y, evidence=frozenset({MotiveEvidence.NOT_SURE}))
    d = determine(barajas_romero(ground_details=(row,)))
    assert status(d, "withholding_nexus") == Status.UNCLEAR


def test_seed_cat_state_action_met_under_ninth_circuit_no_rogue_official_rule():
    d = determine(barajas_romero())
    assert status(d, "state_action") == Status.MET
    assert c.SEED_NO_ROGUE_OFFICIAL.text in cites(d, "state_action")
    assert c.MADRIGAL.text in cites(d, "state_action")
    assert "rogue" in d.finding("state_action").explanation


def test_seed_relocation_and_likelihood_considered_without_burden_on_client():
    d = determine(barajas_romero())
    assert status(d, "relocation") == Status.MET
    assert c.MALDONADO.text in cites(d, "relocation")
    assert "does not have to prove" in d.finding("relocation").explanation
    assert status(d, "past_torture") == Status.MET
    assert status(d, "cat_likelihood") == Status.MET


def test_seed_relief_and_outcome():
    d = determine(barajas_romero())
    assert relief(d, "withholding") == "possible"  # open conviction check keeps it below strong
    assert relief(d, "cat_withholding") == "possible"
    assert relief(d, "cat_deferral") == "strong"  # not subject to the bar
    assert d.outcome == Outcome.PROTECTION_LIKELY
    assert d.data["circuit"] == "ninth"
    # Officials harmed him: the Board's O-F-A-S- / J-G-R- test is flagged in every circuit.
    assert len(d.data["jurisdiction_warnings"]) == 1
    assert "J-G-R-" in d.data["jurisdiction_warnings"][0]


def test_seed_facts_in_the_sixth_circuit_flag_the_off_duty_question():
    d = determine(barajas_romero(circuit=Circuit.SIXTH))
    assert status(d, "withholding_nexus") == Status.MET
    assert status(d, "state_action") == Status.UNCLEAR
    assert c.O_F_A_S.text in cites(d, "state_action")
    assert any("O-F-A-S-" in w for w in d.data["jurisdiction_warnings"])


def test_seed_facts_in_another_circuit_leave_the_withholding_nexus_open():
    d = determine(barajas_romero(circuit=Circuit.OTHER))
    assert status(d, "withholding_nexus") == Status.UNCLEAR
    assert relief(d, "withholding") == "possible"


def test_seed_facts_without_the_escalation_fail_one_central_reason():
    row = motive(anyway=Y, others=NS, evidence=SAID)
    d = determine(barajas_romero(circuit=Circuit.OTHER, ground_details=(row,)))
    assert status(d, "withholding_nexus") == Status.NOT_MET
    assert relief(d, "withholding") == "weak"


# ---------------------------------------------------------------------------
# 1. Asylum availability (8 U.S.C. § 1231(a)(5))
# ---------------------------------------------------------------------------


def test_no_reinstated_order_keeps_asylum_open():
    d = determine(facts())
    assert status(d, "asylum_available") == Status.MET
    assert relief(d, "asylum") == "strong"


def test_reinstatement_proceeding_with_a_removal_closes_asylum():
    d = determine(facts(proceeding_type=Proceeding.REINSTATEMENT, reinstated_order=Y))
    assert status(d, "asylum_available") == Status.NOT_MET
    assert relief(d, "asylum") == "not_available"
    assert relief(d, "withholding") == "strong"


def test_reinstatement_proceeding_not_sure_of_a_removal_leaves_asylum_unclear():
    """R7-44: reinstatement needs a removal (or departure) under an earlier order and an
    unlawful return (8 U.S.C. § 1231(a)(5)). Staff not sure the client was ever removed:
    the finding does not say the client was removed; it names the documents that decide."""
    d = determine(facts(proceeding_type=Proceeding.REINSTATEMENT, reinstated_order=NS))
    finding = d.finding("asylum_available")
    assert finding.status == Status.UNCLEAR
    assert "not known whether the client was ever removed" in finding.explanation
    assert "The client was removed before" not in finding.explanation
    assert "Form I-871" in finding.explanation
    assert relief(d, "asylum") == "unclear"
    assert relief(d, "withholding") == "strong"
    assert status(d, "asylum_filing_deadline") == Status.NOT_APPLICABLE
    assert "not known whether the client was ever removed" in (
        d.finding("asylum_filing_deadline").explanation
    )
    assert any("Form I-871" in step for step in d.next_steps)


def test_reinstated_order_not_sure_is_unclear():
    d = determine(facts(reinstated_order=NS, proceeding_type=Proceeding.NOT_SURE))
    assert status(d, "asylum_available") == Status.UNCLEAR
    assert relief(d, "asylum") == "unclear"


def test_reinstated_order_not_sure_in_removal_proceedings_leaves_asylum_possible():
    """R5-15: in ordinary removal proceedings a reinstated order is not what is decided, so
    asylum is open unless the file shows one: possible, with the file to check."""
    d = determine(facts(reinstated_order=NS, proceeding_type=Proceeding.REMOVAL_PROCEEDINGS))
    finding = d.finding("asylum_available")
    assert finding.status == Status.UNCLEAR
    assert "Check the file" in finding.explanation
    assert relief(d, "asylum") == "possible"
    assert "File for asylum by" in d.headline


def test_reinstatement_answers_that_disagree_are_unclear():
    d = determine(facts(proceeding_type=Proceeding.REINSTATEMENT, reinstated_order=N))
    assert status(d, "asylum_available") == Status.UNCLEAR
    assert "disagree" in d.finding("asylum_available").explanation


# ---------------------------------------------------------------------------
# 2. Particularly serious crime (8 U.S.C. § 1231(b)(3)(B); 8 C.F.R. §§ 1208.16(d)(2), .17(a))
# ---------------------------------------------------------------------------


def test_no_convictions_no_bar_and_deferral_not_needed():
    d = determine(facts())
    assert status(d, "particularly_serious_crime") == Status.MET
    assert relief(d, "cat_deferral") == "not_available"


def test_aggravated_felony_with_five_years_bars_both_withholdings_not_deferral():
    """8 U.S.C. § 1231(b)(3)(B): an aggravated felony with an aggregate term of five years
    or more is a particularly serious crime per se; it also bars asylum (§ 1158(b)(2)(B)(i))."""
    d = determine(facts(has_convictions=Y, aggravated_felony=Y, af_sentence_5_years=Y))
    assert status(d, "particularly_serious_crime") == Status.NOT_MET
    assert relief(d, "withholding") == "barred"
    assert relief(d, "cat_withholding") == "barred"
    assert relief(d, "cat_deferral") == "strong"
    assert relief(d, "asylum") == "barred"
    assert c.CAT_DEFERRAL.text in cites(d, "particularly_serious_crime")
    assert c.TERM_OF_IMPRISONMENT.text in cites(d, "particularly_serious_crime")
    assert d.outcome == Outcome.PROTECTION_LIKELY


def test_aggravated_felony_with_a_shorter_sentence_bars_asylum_only():
    """Any aggravated felony bars asylum (§ 1158(b)(2)(B)(i)); under five years it is not a
    particularly serious crime per se, so withholding needs a lawyer's call."""
    d = determine(facts(has_convictions=Y, aggravated_felony=Y, af_sentence_5_years=N))
    assert relief(d, "asylum") == "barred"
    assert status(d, "asylum_bars") == Status.NOT_MET
    assert c.AGGRAVATED_FELONY_ASYLUM.text in cites(d, "asylum_bars")
    assert status(d, "particularly_serious_crime") == Status.UNCLEAR
    assert relief(d, "withholding") == "possible"
    assert relief(d, "cat_deferral") == "strong"


def test_aggravated_felony_with_an_unknown_sentence_says_to_count_the_suspended_part():
    d = determine(facts(has_convictions=Y, aggravated_felony=Y, af_sentence_5_years=NS))
    finding = d.finding("particularly_serious_crime")
    assert finding.status == Status.UNCLEAR
    assert "suspended" in finding.explanation
    assert any("suspended parts included" in step for step in d.next_steps)


def test_drug_trafficking_aggravated_felony_is_presumed_particularly_serious():
    """Matter of Y-L-, 23 I&N Dec. 270 (A.G. 2002)."""
    d = determine(facts(has_convictions=Y, aggravated_felony=Y, drug_trafficking=Y))
    assert c.Y_L.text in cites(d, "particularly_serious_crime")
    assert relief(d, "withholding") == "barred"
    assert relief(d, "cat_withholding") == "barred"
    assert "Miguel-Miguel" in d.data["withholding"]["reason"]
    assert relief(d, "cat_deferral") == "strong"


def test_a_lawyer_who_cleared_the_convictions_lets_withholding_be_strong():
    """The seed's client had drug-possession and stolen-property convictions and was still
    eligible for withholding (354-55): a lawyer's recorded call decides it."""
    d = determine(facts(has_convictions=Y, aggravated_felony=N, psc_review=PscReview.NOT_PSC))
    assert status(d, "particularly_serious_crime") == Status.MET
    assert relief(d, "withholding") == "strong"
    assert relief(d, "cat_deferral") == "not_available"


def test_a_lawyer_who_found_a_particularly_serious_crime_bars_withholding_and_asylum():
    d = determine(facts(has_convictions=Y, aggravated_felony=N, psc_review=PscReview.IS_PSC))
    assert status(d, "particularly_serious_crime") == Status.NOT_MET
    assert relief(d, "withholding") == "barred"
    assert relief(d, "asylum") == "barred"
    assert relief(d, "cat_deferral") == "strong"


def test_a_lawyer_cannot_clear_an_aggravated_felony_of_five_years():
    d = determine(
        facts(
            has_convictions=Y,
            aggravated_felony=Y,
            af_sentence_5_years=Y,
            psc_review=PscReview.NOT_PSC,
        )
    )
    assert status(d, "particularly_serious_crime") == Status.NOT_MET


def test_other_convictions_are_flagged_and_cap_withholding_at_possible():
    d = determine(facts(has_convictions=Y, aggravated_felony=N, psc_review=PscReview.NOT_REVIEWED))
    assert status(d, "particularly_serious_crime") == Status.UNCLEAR
    assert relief(d, "withholding") == "possible"
    assert relief(d, "cat_withholding") == "possible"
    assert relief(d, "asylum") == "possible"
    assert relief(d, "cat_deferral") == "strong"


@pytest.mark.parametrize(
    "convictions, aggravated", [(NS, None), (Y, NS), (Y, None)], ids=["conv?", "agg?", "skip"]
)
def test_unknown_criminal_history_is_unclear(convictions, aggravated):
    d = determine(facts(has_convictions=convictions, aggravated_felony=aggravated))
    assert status(d, "particularly_serious_crime") == Status.UNCLEAR
    assert status(d, "asylum_bars") == Status.UNCLEAR


# ---------------------------------------------------------------------------
# 3. Nexus under each standard, mixed motives
# ---------------------------------------------------------------------------


def test_central_reason_with_evidence_meets_both_standards():
    d = determine(facts())
    assert status(d, "nexus_one_central_reason") == Status.MET
    assert status(d, "nexus_a_reason") == Status.MET
    assert c.ASYLUM_ONE_CENTRAL_REASON.text in cites(d, "nexus_one_central_reason")


def test_one_reason_not_central_meets_only_a_reason():
    d = determine(facts(ground_details=(opinion(GroundRole.ONE_REASON),)))
    assert status(d, "nexus_a_reason") == Status.MET
    assert status(d, "nexus_one_central_reason") == Status.NOT_MET
    assert relief(d, "asylum") == "weak"
    assert relief(d, "withholding") == "strong"


def test_persecutor_who_did_not_know_gives_no_nexus():
    row = GroundDetail(
        Motive.POLITICAL_OPINION,
        GroundKnown.DID_NOT_KNOW,
        frozenset({MotiveEvidence.NONE}),
        harmed_others_without_ground=Y,
        would_have_harmed_anyway=Y,
    )
    d = determine(facts(ground_details=(row,)))
    assert status(d, "nexus_a_reason") == Status.NOT_MET
    assert "did not know" in d.finding("nexus_a_reason").explanation
    assert c.SEED_PERSECUTORS_MOTIVE.text in cites(d, "nexus_a_reason")


def test_imputed_ground_counts():
    d = determine(facts(ground_details=(opinion(known=GroundKnown.ATTRIBUTED),)))
    assert status(d, "nexus_one_central_reason") == Status.MET


def test_ground_that_played_no_part_gives_no_nexus():
    d = determine(facts(ground_details=(opinion(GroundRole.NO_PART),)))
    assert status(d, "nexus_a_reason") == Status.NOT_MET
    assert relief(d, "withholding") == "weak"


def test_motive_shown_without_knowing_whether_they_would_have_harmed_anyway():
    """The role is derived from the facts: a motive shown is 'a reason'; whether it is
    central turns on whether they would have harmed the client anyway."""
    d = determine(facts(ground_details=(opinion(GroundRole.NOT_SURE),)))
    assert status(d, "nexus_a_reason") == Status.MET
    assert status(d, "nexus_one_central_reason") == Status.UNCLEAR


@pytest.mark.parametrize(
    "row",
    [
        opinion(GroundRole.NOT_SURE, evidence=frozenset()),
        opinion(known=GroundKnown.NOT_SURE),
        opinion(evidence=frozenset()),
        opinion(evidence=frozenset({MotiveEvidence.NONE})),
        opinion(evidence=frozenset({MotiveEvidence.NOT_SURE})),
    ],
    ids=["role?-no-evidence", "known?", "no-evidence", "none", "evidence?"],
)
def test_unknown_role_knowledge_or_evidence_is_unclear(row):
    d = determine(facts(ground_details=(row,)))
    assert status(d, "nexus_a_reason") == Status.UNCLEAR
    assert status(d, "nexus_one_central_reason") == Status.UNCLEAR


def test_ground_ticked_without_details_is_unclear():
    d = determine(facts(ground_details=()))
    assert status(d, "nexus_a_reason") == Status.UNCLEAR
    assert any("what they said" in item for item in d.data["evidence_to_gather"])


def test_general_crime_only_is_no_nexus_zetino():
    d = determine(
        facts(motives=frozenset({Motive.GENERAL_CRIME, Motive.MONEY}), ground_details=())
    )
    assert status(d, "nexus_a_reason") == Status.NOT_MET
    assert status(d, "nexus_one_central_reason") == Status.NOT_MET
    assert c.ZETINO.text in cites(d, "nexus_a_reason")
    assert c.SEED_ZETINO.text in cites(d, "nexus_a_reason")
    assert relief(d, "withholding") == "weak"
    assert relief(d, "asylum") == "weak"


@pytest.mark.parametrize("motives", [frozenset(), frozenset({Motive.UNKNOWN})])
def test_unknown_motive_is_unclear(motives):
    d = determine(facts(motives=motives, ground_details=()))
    assert status(d, "nexus_a_reason") == Status.UNCLEAR


def test_mixed_motive_extortion_and_central_opinion_meets_both():
    d = determine(facts(motives=frozenset({Motive.MONEY, Motive.POLITICAL_OPINION})))
    assert status(d, "nexus_one_central_reason") == Status.MET
    assert "Mixed motives are allowed" in d.finding("nexus_a_reason").explanation
    assert c.BORJA.text in cites(d, "nexus_a_reason")
    assert c.SEED_MIXED_MOTIVES.text in cites(d, "nexus_a_reason")


def test_mixed_motive_extortion_and_secondary_opinion_splits_the_standards():
    d = determine(
        facts(
            motives=frozenset({Motive.MONEY, Motive.POLITICAL_OPINION}),
            ground_details=(opinion(GroundRole.ONE_REASON),),
        )
    )
    assert status(d, "nexus_a_reason") == Status.MET
    assert status(d, "nexus_one_central_reason") == Status.NOT_MET
    assert "without being central" in d.finding("nexus_one_central_reason").explanation
    assert c.ZETINO.text not in cites(d, "nexus_one_central_reason")


def test_mixed_motive_with_unknown_part_stays_unclear():
    d = determine(
        facts(
            motives=frozenset({Motive.MONEY, Motive.UNKNOWN, Motive.POLITICAL_OPINION}),
            ground_details=(opinion(GroundRole.NO_PART),),
        )
    )
    assert status(d, "nexus_a_reason") == Status.UNCLEAR


def test_one_ground_met_among_several_is_enough():
    rows = (
        opinion(GroundRole.NO_PART),
        opinion(ground=Motive.RELIGION, evidence=SAID),
    )
    d = determine(
        facts(motives=frozenset({Motive.POLITICAL_OPINION, Motive.RELIGION}), ground_details=rows)
    )
    assert status(d, "nexus_one_central_reason") == Status.MET
    grounds = {g["ground"]: g for g in d.data["nexus"]["grounds"]}
    assert grounds["religion"]["one_central_reason"] == "met"
    assert grounds["political_opinion"]["a_reason"] == "not_met"


def test_escalation_evidence_cites_the_seed():
    d = determine(facts(ground_details=(opinion(evidence=WORSENED),)))
    assert status(d, "nexus_a_reason") == Status.MET
    assert c.SEED_A_REASON_HOLDING.text in cites(d, "nexus_one_central_reason")


def test_social_group_only_caps_at_possible_and_warns():
    rows = (opinion(ground=Motive.SOCIAL_GROUP),)
    d = determine(facts(motives=frozenset({Motive.SOCIAL_GROUP}), ground_details=rows))
    assert status(d, "nexus_a_reason") == Status.MET
    assert relief(d, "withholding") == "possible"
    assert relief(d, "asylum") == "possible"
    assert any("particular social group" in caveat for caveat in d.caveats)


@pytest.mark.parametrize("code", ["nexus_a_reason", "nexus_one_central_reason"])
def test_a_social_group_names_the_test_a_lawyer_applies_and_cites_it(code):
    rows = (opinion(ground=Motive.SOCIAL_GROUP),)
    d = determine(facts(motives=frozenset({Motive.SOCIAL_GROUP}), ground_details=rows))
    assert "counts only if a lawyer finds it is one" in d.finding(code).explanation
    assert {c.M_E_V_G.text, c.W_G_R.text} <= set(cites(d, code))


def test_a_political_opinion_alone_does_not_raise_the_social_group_test():
    d = determine(facts())
    assert "counts only if a lawyer finds it is one" not in d.finding("nexus_a_reason").explanation
    assert c.M_E_V_G.text not in cites(d, "nexus_a_reason")


# ---------------------------------------------------------------------------
# Circuits: which nexus standard governs withholding
# ---------------------------------------------------------------------------

SECONDARY = (opinion(GroundRole.ONE_REASON),)


def test_ninth_circuit_applies_a_reason():
    d = determine(facts(ground_details=SECONDARY))
    assert status(d, "withholding_nexus") == Status.MET
    assert d.data["nexus"]["standard_applied"] == "a_reason"
    assert c.SEED_A_REASON_HOLDING.text in cites(d, "withholding_nexus")


def test_sixth_circuit_applies_a_reason():
    d = determine(facts(circuit=Circuit.SIXTH, ground_details=SECONDARY))
    assert status(d, "withholding_nexus") == Status.MET
    assert c.GUZMAN_VAZQUEZ.text in cites(d, "withholding_nexus")
    assert any("Sixth Circuit" in w for w in d.data["jurisdiction_warnings"])


@pytest.mark.parametrize("circuit", [Circuit.OTHER, Circuit.FIFTH, Circuit.THIRD, Circuit.DC])
def test_circuit_with_no_ruling_found_applies_the_boards_c_t_l(circuit):
    """No ruling of these circuits was confirmed in the check: the Board's rule, said so."""
    d = determine(facts(circuit=circuit, ground_details=SECONDARY))
    assert status(d, "withholding_nexus") == Status.NOT_MET
    assert d.data["nexus"]["standard_applied"] == "one_central_reason"
    assert c.C_T_L.text in cites(d, "withholding_nexus")
    assert "not verified in the check" in d.finding("withholding_nexus").explanation
    assert any("C-T-L-" in w for w in d.data["jurisdiction_warnings"])


def test_second_circuit_applies_one_central_reason():
    """Quituizaca v. Garland, 52 F.4th 103 (2d Cir. 2022)."""
    d = determine(facts(circuit=Circuit.SECOND, ground_details=SECONDARY))
    assert status(d, "withholding_nexus") == Status.NOT_MET
    assert c.QUITUIZACA.text in cites(d, "withholding_nexus")
    assert any("Quituizaca" in w for w in d.data["jurisdiction_warnings"])


def test_circuit_table_is_dated_and_covers_every_circuit():
    table = determine(facts()).data["nexus"]["circuit_table"]
    assert {row["circuit"] for row in table} == {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh", "dc",
    }  # fmt: skip
    checked = {row["circuit"]: row["checked"] for row in table}
    assert {checked[x] for x in (Circuit.THIRD, Circuit.FOURTH, Circuit.FIFTH)} == {"2026-11-30"}
    assert checked[Circuit.NINTH] == checked[Circuit.FIRST] == "2026-11-29"
    by_circuit = {row["circuit"]: row for row in table}
    assert by_circuit["ninth"]["standard"] == "a_reason"
    assert by_circuit["sixth"]["standard"] == "a_reason"
    assert by_circuit["second"]["standard"] == "one_central_reason"
    assert "C-T-L-" in by_circuit["fifth"]["authority"]


@pytest.mark.parametrize(
    ("circuit", "case"),
    [
        (Circuit.THIRD, "Gonzalez-Posadas"),
        (Circuit.FOURTH, "Diaz-Hernandez v. Garland"),
        (Circuit.FIFTH, "Shaikh v. Holder"),
    ],
)
def test_third_fourth_and_fifth_circuit_rows_name_the_case_to_read_but_cite_none(circuit, case):
    """Each case was looked for in the 2026-11-29 check; the passage deciding the standard
    could not be read, so the row stays "not verified", names the case for a lawyer, and the
    finding cites only the Board's Matter of C-T-L-."""
    row = next(r for r in circuit_table() if r["circuit"] == circuit)
    assert row["authority"].startswith("Not verified in the check: ")
    assert case in row["authority"]
    assert row["authority"].endswith("applies at least")
    d = determine(facts(circuit=circuit, ground_details=SECONDARY))
    finding = d.finding("withholding_nexus")
    assert case in finding.explanation
    assert not any(case in citation.text for citation in finding.citations)
    assert c.C_T_L in finding.citations


def test_circuits_not_looked_at_name_no_case():
    row = next(r for r in circuit_table() if r["circuit"] == Circuit.SEVENTH)
    assert row["authority"].startswith("Not verified in the check: the circuit may have ruled")


def test_other_circuit_central_reason_is_met():
    d = determine(facts(circuit=Circuit.OTHER))
    assert status(d, "withholding_nexus") == Status.MET
    assert relief(d, "withholding") == "strong"


def test_unknown_circuit_where_standards_agree_gives_the_common_answer():
    d = determine(facts(circuit=Circuit.UNKNOWN))
    assert status(d, "withholding_nexus") == Status.MET
    assert d.data["nexus"]["standard_applied"] == "both"


def test_unknown_circuit_where_standards_differ_says_what_decides_it():
    d = determine(facts(circuit=Circuit.UNKNOWN, ground_details=SECONDARY))
    finding = d.finding("withholding_nexus")
    assert finding.status == Status.UNCLEAR
    assert "central reason or only one reason" in finding.explanation
    assert "political opinion" in finding.explanation
    assert relief(d, "withholding") == "unclear"
    assert any("circuit is not known" in w for w in d.data["jurisdiction_warnings"])
    assert "Find out which federal court of appeals circuit the case is in." in d.next_steps


# ---------------------------------------------------------------------------
# 4. Withholding: presumption and likelihood
# ---------------------------------------------------------------------------


def test_past_persecution_raises_presumption():
    d = determine(facts())
    assert status(d, "past_persecution_presumption") == Status.MET
    assert status(d, "withholding_likelihood") == Status.MET
    assert c.PAST_PERSECUTION_PRESUMPTION.text in cites(d, "past_persecution_presumption")


def test_no_past_harm_no_presumption():
    d = determine(facts(past_harm=N))
    assert status(d, "past_persecution_presumption") == Status.NOT_MET
    assert status(d, "withholding_likelihood") == Status.MET  # threats, source, country


def test_past_harm_not_sure_is_unclear():
    assert status(determine(facts(past_harm=NS)), "past_persecution_presumption") == Status.UNCLEAR


def test_past_harm_without_nexus_gives_no_presumption():
    d = determine(facts(ground_details=(opinion(GroundRole.NO_PART),)))
    assert status(d, "past_persecution_presumption") == Status.NOT_MET


def test_persecution_needs_serious_harm_not_severe_pain():
    """Persecution is its own, lower standard than torture: a beating and burns are
    persecution whatever is answered about severe pain."""
    d = determine(facts(severe_pain=NS))
    assert status(d, "persecution_level_harm") == Status.MET
    assert status(d, "past_persecution_presumption") == Status.MET
    assert status(d, "past_torture") == Status.UNCLEAR


@pytest.mark.parametrize(
    ("kinds", "severe", "expected"),
    [
        ({HarmKind.DETENTION}, N, Status.UNCLEAR),
        ({HarmKind.DETENTION}, Y, Status.MET),
        ({HarmKind.DETENTION, HarmKind.DEATH_THREATS}, N, Status.MET),
        ({HarmKind.PHYSICAL_ASSAULT}, N, Status.MET),
        ({HarmKind.EXTORTION, HarmKind.PROPERTY}, Y, Status.UNCLEAR),
        ({HarmKind.DEATH_THREATS}, Y, Status.MET),
        (set(), Y, Status.MET),
    ],
    ids=[
        "detention-alone",
        "detention-severe",
        "detention-threats",
        "assault",
        "money-property-severe",
        "threats-severe",
        "kinds-not-given-severe",
    ],
)
def test_what_harm_is_persecution_by_its_nature(kinds, severe, expected):
    """Violence is; detention with threats or severe suffering is; detention alone and
    money or property harm are a lawyer's call however the staff rate the suffering."""
    d = determine(facts(harm_kinds=frozenset(kinds), severe_pain=severe))
    assert status(d, "persecution_level_harm") == expected


def test_money_and_property_harm_alone_is_not_torture_per_se():
    """8 C.F.R. § 1208.18(a)(4): mental pain is torture only as prolonged mental harm from
    the acts listed there."""
    d = determine(facts(harm_kinds=frozenset({HarmKind.EXTORTION, HarmKind.PROPERTY})))
    finding = d.finding("past_torture")
    assert finding.status == Status.UNCLEAR
    assert "threat of imminent death" in finding.explanation
    assert c.MENTAL_PAIN in finding.citations
    assert status(determine(facts()), "past_torture") == Status.MET


def test_lesser_harm_of_unknown_severity_is_unclear():
    d = determine(facts(severe_pain=NS, harm_kinds=frozenset({HarmKind.EXTORTION})))
    assert status(d, "persecution_level_harm") == Status.UNCLEAR
    assert status(d, "past_persecution_presumption") == Status.UNCLEAR


def test_presumption_with_a_safe_area_is_unclear():
    d = determine(facts(safe_area=Y))
    assert status(d, "withholding_likelihood") == Status.UNCLEAR
    assert relief(d, "withholding") == "possible"


def test_presumption_with_a_safe_area_puts_the_relocation_burden_on_the_government():
    """8 C.F.R. § 1208.16(b)(3)(ii) (the text in force): with past persecution, relocation is
    presumed unreasonable and the government must prove otherwise; a private persecutor and
    an answer that part of the country is safe leave it for a lawyer to weigh."""
    finding = determine(facts(safe_area=Y)).finding("withholding_likelihood")
    assert finding.status == Status.UNCLEAR
    assert "presumed unreasonable" in finding.explanation
    assert "the government must prove" in finding.explanation
    assert c.WITHHOLDING_RELOCATION_PRESUMPTION in finding.citations
    assert c.ASYLUM_RELOCATION_PRESUMPTION in finding.citations


def test_a_caveat_names_the_enjoined_2020_amendments_when_the_presumption_is_used():
    """The 2020 rule (85 Fed. Reg. 80274) was enjoined (Pangea, 512 F. Supp. 3d 966): the
    caveat says which text was applied, only where the relocation presumption mattered."""
    used = determine(facts(safe_area=Y))
    assert any("Pangea" in note and "85 Fed. Reg. 80274" in note for note in used.caveats)
    not_used = determine(facts(safe_area=N))
    assert not any("85 Fed. Reg. 80274" in note for note in not_used.caveats)


def test_a_safe_area_does_not_defeat_the_presumption_where_the_government_persecuted():
    """§§ 1208.13(b)(3)(ii), 1208.16(b)(3)(ii): "the persecutor is a government" — relocation
    presumed unreasonable."""
    finding = determine(official_harm(OfficialDuty.ON_DUTY, safe_area=Y)).finding(
        "withholding_likelihood"
    )
    assert finding.status == Status.MET
    assert "the government itself was the persecutor" in finding.explanation
    assert c.WITHHOLDING_RELOCATION_PRESUMPTION in finding.citations


def test_the_presumption_without_a_safe_area_cites_no_relocation_rule():
    finding = determine(facts(safe_area=N)).finding("withholding_likelihood")
    assert finding.status == Status.MET
    assert c.WITHHOLDING_RELOCATION_PRESUMPTION not in finding.citations


def test_likelihood_without_signals_is_not_met_and_withholding_weak():
    quiet = {
        "past_harm": N,
        "future_threats_made": N,
        "threats_to_find_anywhere": N,
        "client_marked": N,
        "future_risk_source": FutureSource.NONE_IDENTIFIED,
        "country_conditions": frozenset({CountryCondition.NONE_KNOWN}),
    }
    d = determine(facts(**quiet))
    assert status(d, "withholding_likelihood") == Status.NOT_MET
    assert relief(d, "withholding") == "weak"


def test_country_conditions_alone_are_not_enough():
    d = determine(
        facts(
            past_harm=N,
            future_threats_made=N,
            threats_to_find_anywhere=N,
            client_marked=N,
            future_risk_source=FutureSource.NOT_SURE,
        )
    )
    finding = d.finding("withholding_likelihood")
    assert finding.status == Status.UNCLEAR
    assert "Not known: who would harm the client" in finding.explanation


# ---------------------------------------------------------------------------
# 5. Convention Against Torture
# ---------------------------------------------------------------------------


def test_cat_needs_no_nexus():
    d = determine(facts(motives=frozenset({Motive.MONEY}), ground_details=(), has_convictions=N))
    assert status(d, "cat_no_nexus") == Status.NOT_APPLICABLE
    assert c.SEED_CAT.text in cites(d, "cat_no_nexus")
    assert relief(d, "withholding") == "weak"
    assert relief(d, "cat_withholding") == "strong"
    assert d.outcome == Outcome.PROTECTION_LIKELY


def test_severe_intentional_harm_is_torture():
    d = determine(facts())
    assert status(d, "past_torture") == Status.MET
    assert c.TORTURE_DEFINED.text in cites(d, "past_torture")


@pytest.mark.parametrize(
    "overrides, expected",
    [
        ({"past_harm": N}, Status.NOT_APPLICABLE),
        ({"past_harm": NS}, Status.UNCLEAR),
        ({"severe_pain": N}, Status.NOT_MET),
        ({"harm_intentional": N}, Status.NOT_MET),
        ({"harm_intentional": NS}, Status.UNCLEAR),
    ],
)
def test_torture_definition_branches(overrides, expected):
    assert status(determine(facts(**overrides)), "past_torture") == expected


def test_ninth_circuit_a_killing_can_be_torture():
    """Seed at 361; worded so that a threat is not read as torture itself (R5-4)."""
    kinds = frozenset({HarmKind.DEATH_THREATS, HarmKind.PHYSICAL_ASSAULT})
    said = "a killing by officials, or with their acquiescence, can be torture"
    assert said in determine(facts(harm_kinds=kinds)).finding("past_torture").explanation
    other = determine(facts(harm_kinds=kinds, circuit=Circuit.OTHER))
    assert said not in other.finding("past_torture").explanation


# State action: officials as torturers


@pytest.mark.parametrize("circuit", list(Circuit))
def test_on_duty_officials_in_uniform_are_state_action_everywhere(circuit):
    d = determine(official_harm(OfficialDuty.ON_DUTY, circuit, officials_in_uniform=Y))
    assert status(d, "state_action") == Status.MET
    assert "on duty and in uniform" in d.finding("state_action").explanation


@pytest.mark.parametrize("circuit", list(Circuit))
def test_on_duty_alone_is_met_only_in_the_ninth(circuit):
    """Matter of J-G-R-: being on duty is one fact the Board names, not the answer; with
    the uniform and the use of the position not known, a lawyer decides (R5-3)."""
    d = determine(official_harm(OfficialDuty.ON_DUTY, circuit))
    expected = Status.MET if circuit == Circuit.NINTH else Status.UNCLEAR
    assert status(d, "state_action") == expected
    assert "in the course of their work" not in d.finding("state_action").explanation


@pytest.mark.parametrize("access", [NS, None])
def test_on_duty_alone_is_not_read_as_acting_through_the_position(access):
    """Matter of J-G-R- names being on duty and in uniform, access through the position and
    threats of official retaliation: on duty alone, with the rest not known, is for a lawyer
    outside the Ninth Circuit (R5-3); "not sure" is never read as yes."""
    d = determine(
        official_harm(
            OfficialDuty.ON_DUTY,
            Circuit.FIFTH,
            officials_in_uniform=N,
            access_through_position=access,
        )
    )
    assert status(d, "state_action") == Status.UNCLEAR
    ninth = determine(official_harm(OfficialDuty.ON_DUTY, access_through_position=access))
    assert status(ninth, "state_action") == Status.MET


@pytest.mark.parametrize("duty", [OfficialDuty.OFF_DUTY, OfficialDuty.NOT_SURE, None])
def test_ninth_circuit_off_duty_officials_are_still_public_officials(duty):
    d = determine(official_harm(duty))
    assert status(d, "state_action") == Status.MET
    assert c.SEED_NO_ROGUE_OFFICIAL.text in cites(d, "state_action")


@pytest.mark.parametrize("circuit", [Circuit.SIXTH, Circuit.OTHER, Circuit.UNKNOWN])
def test_off_duty_officials_outside_ninth_flag_color_of_law(circuit):
    d = determine(official_harm(OfficialDuty.OFF_DUTY, circuit))
    finding = d.finding("state_action")
    assert finding.status == Status.UNCLEAR
    assert "color of law" in finding.explanation
    assert c.O_F_A_S.text in cites(d, "state_action")
    assert any("rogue" in w for w in d.data["jurisdiction_warnings"])
    assert relief(d, "cat_withholding") == "possible"
    if circuit == Circuit.UNKNOWN:
        assert "In the Ninth Circuit this would be met" in finding.explanation


# State action: acquiescence in harm by others


@pytest.mark.parametrize(
    "overrides",
    [
        {"officials_protect_group": Y, "reported_to_police": N, "police_response": None},
        {"officials_aware": OfficialsAware.LOOKED_AWAY},
        {"police_response": PoliceResponse.ATTACKERS_WERE_COLLEAGUES},
    ],
    ids=["collusion", "looked-away", "colleagues"],
)
def test_acquiescence_met(overrides):
    d = determine(private_harm(**overrides))
    assert status(d, "state_action") == Status.MET
    assert c.ACQUIESCENCE_DEFINED.text in cites(d, "state_action")
    assert c.MADRIGAL.text in cites(d, "state_action")


def test_police_who_tried_but_failed_is_unclear():
    d = determine(private_harm(police_response=PoliceResponse.TRIED_BUT_FAILED))
    finding = d.finding("state_action")
    assert finding.status == Status.UNCLEAR
    assert "merely ineffective" in finding.explanation


def test_police_who_protected_the_client_is_no_acquiescence():
    d = determine(
        private_harm(
            police_response=PoliceResponse.PROTECTED_CLIENT,
            officials_protect_group=N,
            country_conditions=frozenset({CountryCondition.HUMAN_RIGHTS_VIOLATIONS}),
        )
    )
    assert status(d, "state_action") == Status.NOT_MET
    assert relief(d, "cat_withholding") == "weak"


def test_protection_against_a_background_of_corruption_is_unclear():
    d = determine(private_harm(police_response=PoliceResponse.PROTECTED_CLIENT))
    assert status(d, "state_action") == Status.UNCLEAR


def test_officials_unaware_and_no_report_is_no_acquiescence():
    d = determine(
        private_harm(
            officials_aware=OfficialsAware.NOT_AWARE,
            reported_to_police=N,
            police_response=None,
            officials_protect_group=N,
            country_conditions=frozenset({CountryCondition.NONE_KNOWN}),
        )
    )
    assert status(d, "state_action") == Status.NOT_MET


def test_unknown_harmers_and_unknown_police_are_unclear():
    d = determine(
        facts(
            harmers=frozenset({Harmer.UNKNOWN}),
            reported_to_police=NS,
            police_response=None,
        )
    )
    assert status(d, "state_action") == Status.UNCLEAR


def test_officials_who_looked_away_and_did_nothing_are_left_to_a_lawyer():
    """ "Looked the other way" does not say when: before the harm (acquiescence, 8 C.F.R.
    § 1208.18(a)(7)) or only afterwards (not enough on its own; Garcia-Milian). R5-2."""
    d = determine(
        private_harm(
            officials_aware=OfficialsAware.LOOKED_AWAY,
            reported_to_police=N,
            police_response=PoliceResponse.DID_NOTHING,
        )
    )
    assert status(d, "state_action") == Status.UNCLEAR
    collusion = determine(
        private_harm(
            officials_aware=OfficialsAware.LOOKED_AWAY,
            officials_protect_group=Y,
            reported_to_police=N,
        )
    )
    assert status(collusion, "state_action") == Status.MET


# Relocation (8 C.F.R. § 1208.16(c)(3); Maldonado)


def test_no_safe_area_is_met():
    assert status(determine(facts()), "relocation") == Status.MET


def test_safe_area_with_nothing_against_it_weighs_against():
    d = determine(
        private_harm(
            safe_area=Y,
            threats_to_find_anywhere=N,
            client_marked=N,
            severe_pain=N,
            country_conditions=frozenset({CountryCondition.HUMAN_RIGHTS_VIOLATIONS}),
        )
    )
    assert status(d, "relocation") == Status.NOT_MET
    assert relief(d, "cat_withholding") == "possible"


def test_reports_of_corruption_weigh_against_a_safe_area():
    """The State Department report "does not identify a safe place" and finds corruption
    "at all levels of government" (seed at 363-64)."""
    d = determine(
        private_harm(
            safe_area=Y,
            threats_to_find_anywhere=N,
            client_marked=N,
            severe_pain=N,
            country_conditions=frozenset({CountryCondition.COLLUSION}),
        )
    )
    finding = d.finding("relocation")
    assert finding.status == Status.UNCLEAR
    assert "reports of official corruption or collusion" in finding.explanation


def test_safe_area_against_threats_anywhere_is_unclear():
    d = determine(facts(safe_area=Y))
    finding = d.finding("relocation")
    assert finding.status == Status.UNCLEAR
    assert "threats to find the client anywhere" in finding.explanation


def test_relocation_not_sure_is_unclear_but_client_bears_no_burden():
    d = determine(facts(safe_area=NS))
    finding = d.finding("relocation")
    assert finding.status == Status.UNCLEAR
    assert "does not have to prove" in finding.explanation
    assert any("moving elsewhere" in item for item in d.data["evidence_to_gather"])


# Likelihood of torture (8 C.F.R. § 1208.16(c)(2))


def test_past_torture_and_a_signal_make_torture_likely():
    d = determine(facts())
    assert status(d, "cat_likelihood") == Status.MET
    assert c.CAT_MORE_LIKELY_THAN_NOT.text in cites(d, "cat_likelihood")


def test_threats_without_past_harm_leave_the_torture_link_open():
    """Matter of J-F-F-: each link must be more likely than not. Known persecutors who can
    find the client are not enough if nothing shows what they would do is torture."""
    d = determine(facts(past_harm=N, client_marked=N))
    finding = d.finding("cat_likelihood")
    assert finding.status == Status.UNCLEAR
    assert "whether what they would do would be torture" in finding.explanation
    assert c.J_F_F.text in cites(d, "cat_likelihood")


def test_threats_to_kill_leave_the_torture_link_to_a_lawyer():
    """A threat to kill is not itself torture: whether it would be carried out (a killing by
    officials or with their acquiescence can be torture in the Ninth Circuit) is the link
    that must be more likely than not (Matter of J-F-F-). R5-4."""
    d = determine(
        facts(past_harm=N, client_marked=N, harm_kinds=frozenset({HarmKind.DEATH_THREATS}))
    )
    finding = d.finding("cat_likelihood")
    assert finding.status == Status.UNCLEAR
    assert "whether they would carry out their threat to kill" in finding.explanation


def test_country_conditions_alone_do_not_make_torture_likely():
    """Delgado-Ortiz v. Holder, 600 F.3d 1148 (9th Cir. 2010)."""
    d = determine(
        facts(
            past_harm=N,
            future_threats_made=N,
            threats_to_find_anywhere=N,
            client_marked=N,
            future_risk_source=FutureSource.NONE_IDENTIFIED,
            country_conditions=frozenset({CountryCondition.HUMAN_RIGHTS_VIOLATIONS}),
        )
    )
    assert status(d, "cat_likelihood") == Status.NOT_MET
    assert c.DELGADO_ORTIZ.text in cites(d, "cat_likelihood")


def test_no_signals_no_past_torture_is_not_likely():
    d = determine(
        facts(
            past_harm=N,
            future_threats_made=N,
            threats_to_find_anywhere=N,
            client_marked=N,
            future_risk_source=FutureSource.NONE_IDENTIFIED,
            country_conditions=frozenset({CountryCondition.NONE_KNOWN}),
        )
    )
    assert status(d, "cat_likelihood") == Status.NOT_MET
    assert relief(d, "cat_withholding") == "weak"
    assert d.outcome == Outcome.PROTECTION_UNLIKELY


def test_past_torture_without_other_signals_is_unclear():
    d = determine(
        facts(
            future_threats_made=NS,
            threats_to_find_anywhere=NS,
            client_marked=NS,
            future_risk_source=FutureSource.NOT_SURE,
            country_conditions=frozenset({CountryCondition.NOT_SURE}),
        )
    )
    finding = d.finding("cat_likelihood")
    assert finding.status == Status.UNCLEAR
    assert "weighs heavily" in finding.explanation


# ---------------------------------------------------------------------------
# Outcomes
# ---------------------------------------------------------------------------


def test_outcome_protection_likely():
    d = determine(facts())
    assert d.outcome == Outcome.PROTECTION_LIKELY
    assert d.headline.startswith("The client looks likely to qualify for asylum")


def test_outcome_protection_possible():
    d = determine(
        facts(
            ground_details=(opinion(GroundRole.NOT_SURE, evidence=frozenset()),),
            police_response=PoliceResponse.TRIED_BUT_FAILED,
        )
    )
    assert d.outcome == Outcome.PROTECTION_POSSIBLE
    assert "may qualify" in d.headline


def test_outcome_protection_unlikely():
    d = determine(
        private_harm(
            motives=frozenset({Motive.GENERAL_CRIME}),
            ground_details=(),
            police_response=PoliceResponse.PROTECTED_CLIENT,
            officials_protect_group=N,
            country_conditions=frozenset({CountryCondition.NONE_KNOWN}),
        )
    )
    assert d.outcome == Outcome.PROTECTION_UNLIKELY
    assert {e["status"] for e in d.data["relief"].values()} == {"weak", "not_available"}


def test_outcome_refer_when_nothing_is_known():
    d = determine(Facts())
    assert d.outcome == Outcome.REFER
    assert set(d.data["relief"]) == {"asylum", "withholding", "cat_withholding", "cat_deferral"}
    assert all(e["status"] == "unclear" for e in d.data["relief"].values())
    assert "lawyer" in d.headline


# ---------------------------------------------------------------------------
# Evidence, warnings, data contract
# ---------------------------------------------------------------------------


def test_evidence_to_gather_from_gaps():
    items = determine(facts()).data["evidence_to_gather"]
    assert any("doctor's report" in item and "355-56" in item for item in items)
    assert any("Photographs" in item for item in items)
    assert any("police report" in item for item in items)
    assert any("State Department human rights report on Honduras" in item for item in items)


def test_no_medical_report_requested_when_records_exist():
    items = determine(facts(medical_records=Y)).data["evidence_to_gather"]
    assert not any("doctor's report" in item for item in items)


def test_conviction_records_requested_when_convictions():
    items = determine(facts(has_convictions=Y, aggravated_felony=N)).data["evidence_to_gather"]
    assert any("Certified records" in item and "suspended" in item for item in items)


def test_ninth_circuit_has_no_jurisdiction_warnings_other_circuits_do():
    assert determine(facts()).data["jurisdiction_warnings"] == []
    warnings = determine(facts(circuit=Circuit.OTHER)).data["jurisdiction_warnings"]
    assert any("Madrigal" in w and "Maldonado" in w for w in warnings)


def test_free_text_is_kept_but_never_parsed():
    plain = determine(facts(harm_narrative="", safe_area_reason="", conviction_details=""))
    loud = determine(
        facts(
            harm_narrative="police tortured him for his political opinion",
            safe_area_reason="safe in the capital",
            conviction_details="aggravated felony, 10 years",
        )
    )
    assert plain.to_dict() == loud.to_dict()


def test_determination_is_json_and_round_trips():
    d = determine(barajas_romero())
    snapshot = json.loads(json.dumps(d.to_dict()))
    assert Determination.from_dict(snapshot) == d


def test_determination_is_deterministic():
    assert determine(barajas_romero()) == determine(barajas_romero())


@pytest.mark.parametrize(
    "scenario", [facts(), barajas_romero(), Facts()], ids=["base", "seed", "empty"]
)
def test_every_finding_names_real_answers_and_cites_authority(scenario):
    fields = {f.name for f in dataclasses.fields(Facts)}
    d = determine(scenario)
    for finding in d.findings:
        assert finding.citations, finding.code
        assert set(finding.relied_on) <= fields, finding.code
        texts = [citation.text for citation in finding.citations]
        assert len(texts) == len(set(texts)), finding.code


def test_other_evidence_of_motive_counts():
    d = determine(facts(ground_details=(opinion(evidence=frozenset({"other_evidence"})),)))
    assert status(d, "nexus_one_central_reason") == Status.MET
    assert "other evidence" in d.finding("nexus_one_central_reason").explanation


def test_police_response_not_sure_is_unclear_and_asks_what_police_did():
    d = determine(private_harm(police_response=PoliceResponse.NOT_SURE))
    assert status(d, "state_action") == Status.UNCLEAR
    assert "What the police did after the report." in d.data["evidence_to_gather"]


def test_relief_reasons_when_little_is_known():
    d = determine(Facts(reinstated_order=N, has_convictions=N, past_harm=Y))
    assert relief(d, "asylum") == "possible"  # harm, but the reason is not yet known
    assert relief(d, "withholding") == "unclear"
    assert relief(d, "cat_withholding") == "unclear"
    assert d.data["relief"]["withholding"]["reason"].startswith("Both the link")


def test_presumption_open_because_the_circuit_decides_the_link():
    d = determine(facts(circuit=Circuit.UNKNOWN, ground_details=SECONDARY))
    finding = d.finding("past_persecution_presumption")
    assert finding.status == Status.UNCLEAR
    assert "linked to a protected reason" in finding.explanation
    assert "serious enough" not in finding.explanation


def test_cat_reason_names_the_open_point():
    d = determine(official_harm(OfficialDuty.OFF_DUTY, Circuit.OTHER))
    assert d.data["relief"]["cat_withholding"]["reason"].endswith(
        "official involvement needs more facts."
    )


def test_unknown_harmers_say_so():
    d = determine(facts(harmers=frozenset(), reported_to_police=NS, police_response=None))
    assert d.finding("state_action").explanation.startswith("It is not known who harmed")


# ---------------------------------------------------------------------------
# Audit additions: each circuit, mixed motives, acquiescence, relocation, relief keys
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "circuit, nexus, withholding, applied",
    [
        (Circuit.NINTH, Status.MET, "strong", "a_reason"),
        (Circuit.SIXTH, Status.MET, "strong", "a_reason"),
        (Circuit.OTHER, Status.NOT_MET, "weak", "one_central_reason"),
        (Circuit.UNKNOWN, Status.UNCLEAR, "unclear", "both"),
    ],
)
def test_each_circuit_with_a_reason_that_is_not_central(circuit, nexus, withholding, applied):
    """The same facts (political opinion one reason among others) in each circuit: the
    withholding nexus turns on the circuit's standard; asylum's never does."""
    d = determine(facts(circuit=circuit, ground_details=SECONDARY))
    assert status(d, "withholding_nexus") == nexus
    assert relief(d, "withholding") == withholding
    assert d.data["nexus"]["standard_applied"] == applied
    assert status(d, "nexus_one_central_reason") == Status.NOT_MET
    assert status(d, "nexus_a_reason") == Status.MET
    assert relief(d, "asylum") == "weak"


def test_unknown_circuit_relief_reason_says_to_find_the_circuit():
    d = determine(facts(circuit=Circuit.UNKNOWN, ground_details=SECONDARY))
    reason = d.data["withholding"]["reason"]
    assert "met under 'a reason' (Ninth and Sixth Circuits)" in reason
    assert "not met under 'one central reason'" in reason
    assert reason.endswith("Find out which circuit the case is in.")


def test_other_circuit_notes_the_ninth_rejected_c_t_l():
    d = determine(facts(circuit=Circuit.OTHER))
    finding = d.finding("withholding_nexus")
    assert "rejected that reading" in finding.explanation
    assert c.SEED_C_T_L.text in cites(d, "withholding_nexus")


MONEY_OPINION = frozenset({Motive.MONEY, Motive.POLITICAL_OPINION})


@pytest.mark.parametrize(
    "motives, rows, central, a_reason",
    [
        # extortion plus an opinion that was central: both standards
        (MONEY_OPINION, (opinion(),), Status.MET, Status.MET),
        # extortion plus an opinion that was one reason only (the seed): "a reason" only
        (MONEY_OPINION, (opinion(GroundRole.ONE_REASON),), Status.NOT_MET, Status.MET),
        # extortion, and the opinion played no part: neither
        (MONEY_OPINION, (opinion(GroundRole.NO_PART),), Status.NOT_MET, Status.NOT_MET),
        # extortion, and the persecutors never knew the opinion: neither (357)
        (
            MONEY_OPINION,
            (motive(anyway=Y, evidence=frozenset(), known=GroundKnown.DID_NOT_KNOW),),
            Status.NOT_MET,
            Status.NOT_MET,
        ),
        # a personal dispute plus religion as one reason
        (
            frozenset({Motive.PERSONAL_DISPUTE, Motive.RELIGION}),
            (opinion(GroundRole.ONE_REASON, ground=Motive.RELIGION),),
            Status.NOT_MET,
            Status.MET,
        ),
        # general crime plus race, nothing yet shows the motive: unclear under both
        (
            frozenset({Motive.GENERAL_CRIME, Motive.RACE}),
            (opinion(GroundRole.NOT_SURE, ground=Motive.RACE, evidence=frozenset()),),
            Status.UNCLEAR,
            Status.UNCLEAR,
        ),
        # two grounds, one central and one secondary, with money: both met
        (
            frozenset({Motive.MONEY, Motive.POLITICAL_OPINION, Motive.NATIONALITY}),
            (
                opinion(GroundRole.ONE_REASON),
                opinion(ground=Motive.NATIONALITY, known=GroundKnown.ATTRIBUTED),
            ),
            Status.MET,
            Status.MET,
        ),
        # money and general crime only: no ground at all (Zetino)
        (frozenset({Motive.MONEY, Motive.GENERAL_CRIME}), (), Status.NOT_MET, Status.NOT_MET),
    ],
    ids=[
        "money+central",
        "money+one-reason",
        "money+no-part",
        "money+unknown-to-them",
        "dispute+religion",
        "crime+race?",
        "two-grounds",
        "zetino",
    ],
)
def test_mixed_motive_combinations(motives, rows, central, a_reason):
    d = determine(facts(motives=motives, ground_details=rows))
    assert status(d, "nexus_one_central_reason") == central
    assert status(d, "nexus_a_reason") == a_reason


def test_mixed_motives_under_one_central_reason_say_borja_no_longer_governs_asylum():
    d = determine(facts(motives=MONEY_OPINION))
    central = d.finding("nexus_one_central_reason")
    assert "must still be a central one" in central.explanation
    assert "no longer applies to asylum" in central.explanation
    assert c.SEED_ONE_CENTRAL_REASON.text in cites(d, "nexus_one_central_reason")
    a_reason = d.finding("nexus_a_reason")
    assert "can be a reason alongside money" in a_reason.explanation
    assert "no longer applies" not in a_reason.explanation


def test_escalation_cites_the_facts_and_the_holding():
    d = determine(barajas_romero())
    assert c.SEED_ESCALATION_FACTS.text in cites(d, "nexus_a_reason")
    assert c.SEED_A_REASON_HOLDING.text in cites(d, "nexus_a_reason")
    said = determine(facts())
    assert c.SEED_ESCALATION_FACTS.text not in cites(said, "nexus_a_reason")


# Acquiescence (8 C.F.R. § 1208.18(a)(7); seed at 363)


def test_officials_who_looked_away_without_a_report_are_left_to_a_lawyer():
    d = determine(
        private_harm(
            officials_aware=OfficialsAware.LOOKED_AWAY,
            reported_to_police=N,
            police_response=None,
            officials_protect_group=N,
        )
    )
    finding = d.finding("state_action")
    assert finding.status == Status.UNCLEAR
    assert "looked the other way" in finding.explanation
    assert "Find out when and what the officials knew" in finding.explanation


def test_officials_who_knew_beforehand_without_more_are_unclear():
    d = determine(
        private_harm(
            officials_aware=OfficialsAware.KNEW_BEFOREHAND,
            reported_to_police=N,
            police_response=None,
            officials_protect_group=N,
        )
    )
    assert status(d, "state_action") == Status.UNCLEAR


def test_police_who_did_nothing_about_unidentified_attackers_is_unclear():
    """Unable to solve the crime, "as when the torturers cannot be identified", is not
    enough (seed at 363)."""
    d = determine(
        facts(
            harmers=frozenset({Harmer.UNKNOWN}),
            police_response=PoliceResponse.DID_NOTHING,
        )
    )
    finding = d.finding("state_action")
    assert finding.status == Status.UNCLEAR
    assert "cannot be identified" in finding.explanation


def test_police_who_dropped_a_report_about_their_colleagues_acquiesce():
    d = determine(private_harm(police_response=PoliceResponse.ATTACKERS_WERE_COLLEAGUES))
    finding = d.finding("state_action")
    assert finding.status == Status.MET
    assert "their colleagues" in finding.explanation


def test_madrigal_and_maldonado_are_ninth_circuit_law_elsewhere():
    ninth = determine(facts())
    assert "Ninth Circuit law" not in ninth.finding("state_action").explanation
    assert "Ninth Circuit law" not in ninth.finding("relocation").explanation
    other = determine(facts(circuit=Circuit.OTHER))
    assert "Ninth Circuit law, in Madrigal" in other.finding("state_action").explanation
    assert "Ninth Circuit law, in Maldonado" in other.finding("relocation").explanation


# The Convention Against Torture on the merits


def test_unknown_relocation_does_not_hold_back_a_strong_cat_case_in_the_ninth():
    """Maldonado: the client does not have to prove relocation impossible (seed at 364)."""
    d = determine(facts(safe_area=NS))
    assert status(d, "relocation") == Status.UNCLEAR
    assert relief(d, "cat_withholding") == "strong"
    assert "does not have to prove" in d.data["cat_withholding"]["reason"]


@pytest.mark.parametrize("circuit", [Circuit.SIXTH, Circuit.OTHER, Circuit.UNKNOWN])
def test_unknown_relocation_stays_open_outside_the_ninth(circuit):
    d = determine(facts(safe_area=NS, circuit=circuit))
    assert relief(d, "cat_withholding") == "possible"
    assert d.data["cat_withholding"]["reason"].endswith("relocation needs more facts.")


def test_a_safe_area_against_the_evidence_keeps_cat_possible():
    d = determine(facts(safe_area=Y))
    assert status(d, "relocation") == Status.UNCLEAR
    assert relief(d, "cat_withholding") == "possible"


def test_marks_and_known_people_without_threats_do_not_make_harm_likely():
    d = determine(
        facts(
            past_harm=N,
            future_threats_made=N,
            threats_to_find_anywhere=N,
            client_marked=Y,
            future_risk_source=FutureSource.OTHERS,
        )
    )
    assert status(d, "withholding_likelihood") == Status.UNCLEAR


def test_past_torture_cites_medical_evidence_when_there_is_no_report():
    d = determine(facts(medical_records=N))
    finding = d.finding("past_torture")
    assert "physician's reports" in finding.explanation
    assert c.SEED_MEDICAL_EVIDENCE.text in cites(d, "past_torture")
    with_report = determine(facts(medical_records=Y))
    assert "physician's reports" not in with_report.finding("past_torture").explanation


def test_past_torture_not_met_does_not_ask_for_medical_proof():
    d = determine(facts(severe_pain=N))
    assert status(d, "past_torture") == Status.NOT_MET
    assert c.SEED_MEDICAL_EVIDENCE.text not in cites(d, "past_torture")


# Asylum, bars, headline, data


def test_asylum_weak_on_the_merits_stays_weak_when_reinstatement_is_unknown():
    d = determine(
        facts(
            reinstated_order=NS,
            proceeding_type=Proceeding.NOT_SURE,
            ground_details=(opinion(GroundRole.NO_PART),),
        )
    )
    assert status(d, "asylum_available") == Status.UNCLEAR
    assert relief(d, "asylum") == "weak"
    assert d.data["asylum"]["reason"].startswith("It is not known whether an earlier")
    in_court = determine(facts(reinstated_order=NS, ground_details=(opinion(GroundRole.NO_PART),)))
    assert relief(in_court, "asylum") == "weak"


@pytest.mark.parametrize("bar", ["persecutor_bar", "serious_nonpolitical_crime"])
def test_persecutor_and_serious_crime_abroad_bar_both_withholdings_and_asylum(bar):
    """8 U.S.C. §§ 1158(b)(2)(A)(i), (iii), 1231(b)(3)(B)(i), (iii); 8 C.F.R.
    § 1208.16(d)(2); deferral stays open (§ 1208.17(a))."""
    d = determine(facts(**{bar: Y}, **BAR_CONFIRMED[bar]))
    assert status(d, "withholding_other_bars") == Status.NOT_MET
    assert relief(d, "asylum") == "barred"
    assert relief(d, "withholding") == "barred"
    assert relief(d, "cat_withholding") == "barred"
    assert relief(d, "cat_deferral") == "strong"


@pytest.mark.parametrize("bar", ["firm_resettlement", "prior_asylum_denied"])
def test_asylum_only_bars(bar):
    d = determine(facts(**{bar: Y}, **BAR_CONFIRMED[bar]))
    assert relief(d, "asylum") == "barred"
    assert status(d, "asylum_bars") == Status.NOT_MET
    assert relief(d, "withholding") in ("strong", "possible")


def test_terrorism_links_not_yet_weighed_leave_every_primary_form_to_a_lawyer():
    """ "Any links to terrorist activity" is broader than being described in 8 U.S.C.
    § 1182(a)(3)(B): until a lawyer decides, asylum and both kinds of withholding are
    unclear (either may be barred); deferral is the fallback (8 C.F.R. § 1208.16(c)(4))."""
    for review in (None, TerrorismReview.NOT_REVIEWED):
        d = determine(facts(terrorism_bar=Y, terrorism_review=review))
        assert status(d, "withholding_other_bars") == Status.UNCLEAR
        assert status(d, "asylum_bars") == Status.UNCLEAR
        assert [relief(d, r) for r in RELIEF_ORDER] == ["unclear", "unclear", "unclear", "strong"]
        assert c.TERRORISM_EXEMPTION in d.finding("withholding_other_bars").citations
        assert d.headline.startswith("A lawyer needs to review this case")
        assert "Deferral of removal" in d.headline
        assert any("terrorism grounds" in step for step in d.next_steps)


def test_a_client_found_to_fall_under_the_terrorism_grounds_is_barred_from_withholding():
    """8 U.S.C. § 1231(b)(3)(B)(iv) and its last sentence: a person described in
    § 1227(a)(4)(B) (anyone described in § 1182(a)(3)(B)) is deemed a danger to the security
    of the United States; 8 C.F.R. § 1208.16(d)(2) denies both kinds of withholding;
    § 1208.16(c)(4) defers removal instead. Asylum: § 1158(b)(2)(A)(v)."""
    d = determine(facts(terrorism_bar=Y, terrorism_review=TerrorismReview.DESCRIBED))
    finding = d.finding("withholding_other_bars")
    assert finding.status == Status.NOT_MET
    assert "danger to the security of the United States" in finding.explanation
    for citation in (c.SECURITY_DANGER, c.TERRORIST_ACTIVITIES_DEPORTABLE, c.MANDATORY_DENIAL):
        assert citation in finding.citations
    assert c.CAT_DEFERRAL_FOR_BARRED in finding.citations
    assert [relief(d, r) for r in RELIEF_ORDER] == ["barred", "barred", "barred", "strong"]


def test_links_with_an_exemption_granted_bar_nothing():
    d = determine(facts(terrorism_bar=Y, terrorism_review=TerrorismReview.EXEMPTION_GRANTED))
    assert status(d, "withholding_other_bars") == Status.MET
    assert status(d, "asylum_bars") == Status.MET
    assert "granted the client an exemption" in d.finding("withholding_other_bars").explanation
    assert relief(d, "asylum") == "strong"
    assert relief(d, "withholding") == "strong"


def test_terrorism_links_not_sure_keep_withholding_possible_not_unclear():
    """ "Not sure" about links is an open bar like the others (possible), not a finding."""
    d = determine(facts(terrorism_bar=NS))
    assert status(d, "withholding_other_bars") == Status.UNCLEAR
    assert relief(d, "withholding") == "possible"


@pytest.mark.parametrize(
    "bar",
    [
        "persecutor_bar",
        "firm_resettlement",
        "prior_asylum_denied",
        "serious_nonpolitical_crime",
        "terrorism_bar",
    ],
)
@pytest.mark.parametrize("answer", [NS, None], ids=["not-sure", "not-asked"])
def test_an_unresolved_bar_keeps_asylum_below_strong(bar, answer):
    d = determine(facts(**{bar: answer}))
    assert status(d, "asylum_bars") == Status.UNCLEAR
    assert relief(d, "asylum") == "possible"


def test_no_bars_leave_asylum_strong():
    d = determine(facts())
    assert status(d, "asylum_bars") == Status.MET
    assert status(d, "withholding_other_bars") == Status.MET
    assert relief(d, "asylum") == "strong"


def test_a_prior_denial_with_changed_circumstances_is_left_to_a_lawyer():
    """8 U.S.C. § 1158(a)(2)(C)-(D)."""
    d = determine(facts(prior_asylum_denied=Y, deadline_exception=DeadlineException.CHANGED))
    assert status(d, "asylum_bars") == Status.UNCLEAR


def test_headline_says_asylum_is_closed_by_a_reinstated_order():
    d = determine(barajas_romero())
    # The headline leads with the primary protections, then the deferral fallback.
    assert d.headline.startswith(
        "The client may qualify for withholding of removal and withholding of removal under "
        "the Convention Against Torture, but key points need more facts. Deferral of removal"
    )
    assert d.headline.endswith("Asylum is not open: an earlier removal order is reinstated.")
    assert "Asylum is not open" not in determine(facts()).headline


@pytest.mark.parametrize(
    "scenario", [facts(), barajas_romero(), Facts()], ids=["base", "seed", "empty"]
)
def test_each_form_of_relief_is_keyed_in_data(scenario):
    d = determine(scenario)
    for code in ("asylum", "withholding", "cat_withholding", "cat_deferral"):
        assert d.data[code] == d.data["relief"][code]
        assert d.data[code]["status"] in {
            "strong",
            "possible",
            "weak",
            "barred",
            "not_available",
            "unclear",
        }
        assert d.data[code]["reason"]
    assert list(d.data["relief"]) == ["asylum", "withholding", "cat_withholding", "cat_deferral"]


def test_seed_findings_follow_the_opinion():
    """Barajas-Romero's own facts: asylum closed by the reinstated order (355-56); the
    convictions flagged, not decided (354-55); the nexus met under "a reason" but not "one
    central reason" (358-60), as the remand requires; off-duty local police are public
    officials (362-63); relocation weighed with no burden on him (364); past torture
    uncontradicted (364). La Familia Michoacana demanded his money (354): since its 2025
    designation as a terrorist organization, whether he ever paid it is asked (R3-7)."""
    d = determine(barajas_romero())
    expected = {
        "asylum_available": Status.NOT_MET,
        "asylum_filing_deadline": Status.NOT_APPLICABLE,
        "asylum_bars": Status.NOT_APPLICABLE,
        "particularly_serious_crime": Status.UNCLEAR,
        "withholding_other_bars": Status.UNCLEAR,
        "persecution_level_harm": Status.MET,
        "government_protection": Status.MET,
        "nexus_one_central_reason": Status.UNCLEAR,
        "nexus_a_reason": Status.MET,
        "withholding_nexus": Status.MET,
        "past_persecution_presumption": Status.MET,
        "withholding_likelihood": Status.MET,
        "asylum_fear": Status.MET,
        "cat_no_nexus": Status.NOT_APPLICABLE,
        "past_torture": Status.MET,
        "state_action": Status.MET,
        "relocation": Status.MET,
        "cat_likelihood": Status.MET,
    }
    assert {f.code: f.status for f in d.findings} == expected
    assert {code: d.data[code]["status"] for code in d.data["relief"]} == {
        "asylum": "not_available",
        "withholding": "possible",
        "cat_withholding": "possible",
        "cat_deferral": "strong",
    }


def test_details_of_a_reason_not_ticked_are_left_out_and_flagged():
    rows = (opinion(), opinion(ground=Motive.RELIGION))
    d = determine(facts(ground_details=rows))  # only political opinion is ticked
    assert [g["ground"] for g in d.data["nexus"]["grounds"]] == ["political_opinion"]
    assert any("details given for religion were left out" in caveat for caveat in d.caveats)
    only_religion = determine(
        facts(motives=frozenset({Motive.MONEY}), ground_details=(opinion(ground=Motive.RELIGION),))
    )
    assert status(only_religion, "nexus_a_reason") == Status.NOT_MET


# ---------------------------------------------------------------------------
# Issue 13: one test per branch of the rules it added
# ---------------------------------------------------------------------------


def deadline(d):
    return d.finding("asylum_filing_deadline")


@pytest.mark.parametrize(
    ("overrides", "expected", "words"),
    [
        ({"last_arrival_date": None}, Status.UNCLEAR, "is not known"),
        ({"last_arrival_date": date(2027, 1, 1)}, Status.UNCLEAR, "after the screening date"),
        (
            {"asylum_filed": Y, "asylum_filed_date": date(2026, 5, 1)},
            Status.UNCLEAR,
            "before the client's last arrival",
        ),
        ({"asylum_filed": Y, "asylum_filed_date": date(2026, 7, 1)}, Status.MET, "within a year"),
        (
            {
                "last_arrival_date": date(2024, 1, 10),
                "asylum_filed": Y,
                "asylum_filed_date": date(2025, 3, 1),
                "deadline_exception": DeadlineException.NONE,
            },
            Status.NOT_MET,
            "more than a year after",
        ),
        (
            {"last_arrival_date": date(2024, 1, 10), "asylum_filed": Y},
            Status.UNCLEAR,
            "receipt notice",
        ),
        ({"asylum_filed": Y}, Status.MET, "has not yet run"),
        ({"last_arrival_date": date(2025, 12, 20)}, Status.MET, "File now"),
        (
            {"reinstated_order": Y, "proceeding_type": Proceeding.REINSTATEMENT},
            Status.NOT_APPLICABLE,
            "closed by the reinstated order",
        ),
    ],
    ids=[
        "arrival?",
        "arrival-future",
        "filed-before-arrival",
        "filed-in-time",
        "filed-late-no-exception",
        "filed-date?-year-run",
        "filed-year-not-run",
        "under-a-month-left",
        "reinstated",
    ],
)
def test_one_year_deadline_branches(overrides, expected, words):
    finding = deadline(determine(facts(**overrides)))
    assert finding.status == expected
    assert words in finding.explanation


def test_the_deadline_cites_the_last_arrival_and_weekend_rule_only_when_dates_are_counted():
    """8 C.F.R. § 1208.4(a)(2)(ii): counted from the last arrival; a last day on a weekend or
    legal holiday runs to the next day that is not one."""
    counted = deadline(determine(facts()))
    assert c.LAST_DAY_CARRIED in counted.citations
    not_counted = deadline(determine(facts(last_arrival_date=None)))
    assert c.LAST_DAY_CARRIED not in not_counted.citations


def test_the_anniversary_on_a_sunday_carries_to_monday():
    """8 C.F.R. § 1208.4(a)(2)(ii). Arrival 2025-12-13: the anniversary, 2026-12-13, is a
    Sunday, so the last day is Monday 2026-12-14."""
    finding = deadline(determine(facts(last_arrival_date=date(2025, 12, 13))))
    assert finding.status == Status.MET
    assert "falls on a weekend or legal holiday" in finding.explanation
    assert "December 14, 2026" in finding.explanation


@pytest.mark.parametrize("child", [Y, N, NS])
def test_the_unaccompanied_child_exemption_is_cited_only_when_claimed(child):
    """8 U.S.C. § 1158(a)(2)(E): the deadline "shall not apply to an unaccompanied alien
    child"; once the year has run, whether a client now grown keeps it is a lawyer's call."""
    d = determine(
        facts(
            last_arrival_date=date(2022, 8, 1),
            unaccompanied_child=child,
            deadline_exception=DeadlineException.NONE,
        )
    )
    finding = deadline(d)
    assert (c.UNACCOMPANIED_CHILDREN in finding.citations) == (child == Y)
    # "Not sure" is never read as "no": the year has run, but asylum is not called barred.
    assert finding.status == (Status.NOT_MET if child == N else Status.UNCLEAR)
    assert relief(d, "asylum") == {Y: "possible", N: "barred", NS: "unclear"}[child]
    if child == Y:
        assert "shall not apply" not in finding.explanation  # plain words, not the statute
        assert "under 18" in finding.explanation


def test_unknown_arrival_date_caps_asylum_at_possible():
    assert relief(determine(facts(last_arrival_date=None)), "asylum") == "possible"


def test_year_run_and_exception_unknown_leaves_asylum_unclear():
    d = determine(facts(last_arrival_date=date(2024, 1, 10)))
    assert relief(d, "asylum") == "unclear"
    assert relief(d, "withholding") == "strong"


def test_reinstated_answer_in_ordinary_proceedings_is_unclear_not_closed():
    d = determine(facts(reinstated_order=Y))
    assert status(d, "asylum_available") == Status.UNCLEAR
    assert relief(d, "asylum") == "possible"  # open in these proceedings unless the file says


def test_lawful_sanction_leaves_past_torture_to_a_lawyer():
    d = determine(facts(lawful_sanction=Y))
    assert status(d, "past_torture") == Status.UNCLEAR
    assert c.LAWFUL_SANCTIONS.text in cites(d, "past_torture")


def test_threat_of_imminent_death_without_severe_pain_is_unclear():
    d = determine(
        facts(severe_pain=N, harm_kinds=frozenset({HarmKind.DEATH_THREATS, HarmKind.DETENTION}))
    )
    assert status(d, "past_torture") == Status.UNCLEAR
    assert c.MENTAL_PAIN.text in cites(d, "past_torture")


def test_a_motive_they_did_not_know_of_is_a_contradiction_not_a_finding():
    """R7-38: "they did not know" of the opinion, yet what they said shows it was their
    motive and they would not have harmed the client without it. The answers cannot all
    be true: both nexus findings are unclear and say which answers disagree."""
    d = determine(facts(ground_details=(opinion(known=GroundKnown.DID_NOT_KNOW),)))
    for code in ("nexus_a_reason", "nexus_one_central_reason", "withholding_nexus"):
        finding = d.finding(code)
        assert finding.status == Status.UNCLEAR, code
        assert "the answers disagree" in finding.explanation
        assert "said not to have known" in finding.explanation
        assert "what they said shows it was their motive" in finding.explanation
    assert relief(d, "asylum") == "possible"
    assert relief(d, "withholding") == "possible"


def test_a_lawyers_no_part_settles_the_did_not_know_contradiction():
    """A lawyer's recorded view that the ground played no part is taken: not met, with no
    contradiction flagged and no step to re-check it."""
    row = GroundDetail(
        Motive.POLITICAL_OPINION,
        GroundKnown.DID_NOT_KNOW,
        SAID,
        harmed_others_without_ground=N,
        would_have_harmed_anyway=N,
        lawyer_role=LawyerRole.NO_PART,
    )
    d = determine(facts(ground_details=(row,)))
    assert status(d, "nexus_a_reason") == Status.NOT_MET
    assert "the answers disagree" not in d.finding("nexus_a_reason").explanation
    assert not any("assumed it" in step for step in d.next_steps)


def test_harm_not_on_purpose_but_for_a_protected_reason_is_a_contradiction():
    """R7-10: harm "not done on purpose", yet done because of the client's opinion: the
    nexus findings are unclear and name both answers; asylum and withholding are no better
    than possible. Past torture still needs intent (unchanged)."""
    d = determine(facts(harm_intentional=N))
    for code in ("nexus_a_reason", "nexus_one_central_reason", "withholding_nexus"):
        finding = d.finding(code)
        assert finding.status == Status.UNCLEAR, code
        assert "the answers disagree" in finding.explanation
        assert "not to have been done on purpose" in finding.explanation
        assert "harm_intentional" in finding.relied_on
    assert relief(d, "asylum") == "possible"
    assert relief(d, "withholding") == "possible"
    assert "harm_intentional" not in determine(facts()).finding("nexus_a_reason").relied_on


def test_a_lawyers_finding_that_a_drug_conviction_is_no_aggravated_felony_is_read():
    """R7-05: "No: a lawyer has checked" clears the aggravated felony bar to asylum for a
    drug trafficking conviction; the presumption for a drug trafficking aggravated felony
    is not applied, and the particularly serious crime question stays a lawyer's review."""
    convicted = {
        "has_convictions": Y,
        "drug_trafficking": Y,
        "aggravated_felony": AggravatedFelony.LAWYER_FOUND_NOT,
    }
    d = determine(facts(**convicted, psc_review=PscReview.NOT_REVIEWED))
    assert status(d, "asylum_bars") != Status.NOT_MET
    psc = d.finding("particularly_serious_crime")
    assert psc.status == Status.UNCLEAR
    assert "A lawyer found the drug trafficking conviction is not an aggravated felony" in (
        psc.explanation
    )
    assert "If the drug trafficking conviction is an aggravated felony" not in psc.explanation
    cleared = determine(facts(**convicted, psc_review=PscReview.NOT_PSC))
    assert status(cleared, "particularly_serious_crime") == Status.MET
    assert relief(cleared, "withholding") == "strong"


def test_harm_not_intended_is_not_torture():
    d = determine(facts(harm_intentional=N))
    assert status(d, "past_torture") == Status.NOT_MET
    assert c.SPECIFIC_INTENT.text in cites(d, "past_torture")


def officials(**overrides):
    base = {
        "circuit": Circuit.FIFTH,
        "harmers": frozenset({Harmer.POLICE}),
        "official_duty": OfficialDuty.OFF_DUTY,
        "officials_in_uniform": N,
        "access_through_position": N,
        "threatened_official_retaliation": N,
    }
    return facts(**{**base, **overrides})


@pytest.mark.parametrize(
    ("overrides", "expected", "words"),
    [
        ({"access_through_position": Y}, Status.MET, "using their position"),
        (
            # Other officials did not know and do not protect the attacker (R8-12): no
            # acquiescence either, so not met.
            {
                "officials_aware": OfficialsAware.NOT_AWARE,
                "officials_protect_group": N,
                "reported_to_police": N,
                "country_conditions": frozenset({CountryCondition.NONE_KNOWN}),
            },
            Status.NOT_MET,
            "without any connection to the government",
        ),
        ({"officials_in_uniform": Y}, Status.UNCLEAR, "For it: they were in uniform"),
        (
            {"threatened_official_retaliation": NS},
            Status.UNCLEAR,
            "whether they threatened to use their office",
        ),
        # R7-08: a threat to use the office is "another relevant consideration" (J-G-R-),
        # not the key one: alone, off duty, out of uniform, not through the job, unclear.
        (
            {"threatened_official_retaliation": Y},
            Status.UNCLEAR,
            "What decides it: whether they could have done this only because they held",
        ),
    ],
    ids=["access", "nothing-official", "uniform", "retaliation?", "threat-only"],
)
def test_off_duty_officials_under_the_boards_test(overrides, expected, words):
    """Matter of O-F-A-S-, as Matter of J-G-R- explains it."""
    finding = determine(officials(**overrides)).finding("state_action")
    assert finding.status == expected
    assert words in finding.explanation
    assert c.J_G_R.text in [x.text for x in finding.citations]


@pytest.mark.parametrize("threat", [N, Y, NS])
@pytest.mark.parametrize(
    "acquiescence",
    [
        {"officials_protect_group": Y},
        {"officials_aware": OfficialsAware.KNEW_BEFOREHAND, "officials_protect_group": Y},
        {
            "officials_aware": OfficialsAware.KNEW_BEFOREHAND,
            "police_response": PoliceResponse.DID_NOTHING,
        },
    ],
    ids=["protect", "knew-and-protect", "knew-and-did-nothing"],
)
def test_off_duty_official_state_action_met_by_acquiescence_of_other_officials(
    acquiescence, threat
):
    """R8-12, R8-12b: 8 C.F.R. § 1208.18(a)(7) (ACQUIESCENCE_DEFINED) is the other route.
    Other officials who knew beforehand and protect the attacker meet it whatever the
    capacity in which the off-duty official acted."""
    finding = determine(officials(threatened_official_retaliation=threat, **acquiescence)).finding(
        "state_action"
    )
    assert finding.status == Status.MET
    assert finding.explanation.startswith("Met through acquiescence")
    assert c.ACQUIESCENCE_DEFINED.text in [x.text for x in finding.citations]


_ORDER = {Status.NOT_MET: 0, Status.UNCLEAR: 1, Status.MET: 2}


@pytest.mark.parametrize("aware", list(OfficialsAware))
@pytest.mark.parametrize("protect", [Y, N, NS])
@pytest.mark.parametrize(
    # "The attackers were their colleagues" says the attackers are police: it cannot
    # describe a private attacker, so there is nothing to compare.
    "response",
    [r for r in PoliceResponse if r != PoliceResponse.ATTACKERS_WERE_COLLEAGUES],
)
def test_an_official_attacker_is_never_weaker_than_a_private_one(aware, protect, response):
    """R8-12: the same acquiescence answers never give a weaker state-action finding for an
    off-duty official (nothing linking the harm to the office) than for a private person."""
    answers = {
        "officials_aware": aware,
        "officials_protect_group": protect,
        "police_response": response,
    }
    official = determine(officials(**answers)).finding("state_action").status
    private = (
        determine(officials(harmers=frozenset({Harmer.PRIVATE_PERSON}), **answers))
        .finding("state_action")
        .status
    )
    assert _ORDER[official] >= _ORDER[private]


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"officials_aware": OfficialsAware.LOOKED_AWAY}, Status.UNCLEAR),
        ({"police_response": PoliceResponse.REFUSED_TO_HELP}, Status.UNCLEAR),
        ({"police_response": PoliceResponse.DID_NOTHING}, Status.UNCLEAR),  # general reports
        (
            {
                "police_response": PoliceResponse.DID_NOTHING,
                "country_conditions": frozenset({CountryCondition.NONE_KNOWN}),
            },
            Status.UNCLEAR,
        ),
        (
            {
                "police_response": PoliceResponse.TRIED_BUT_FAILED,
                "country_conditions": frozenset({CountryCondition.NONE_KNOWN}),
            },
            Status.NOT_MET,
        ),
    ],
    ids=["looked-away", "refused", "nothing+corruption", "nothing-once", "tried-failed"],
)
def test_acquiescence_needs_awareness_and_a_breach(overrides, expected):
    """8 C.F.R. § 1208.18(a)(7); seed at 363; Garcia-Milian v. Holder."""
    base = {
        "harmers": frozenset({Harmer.CARTEL}),
        "officials_aware": OfficialsAware.NOT_SURE,
        "officials_protect_group": NS,
        "reported_to_police": Y,
        "police_response": PoliceResponse.NOT_SURE,
    }
    assert status(determine(facts(**{**base, **overrides})), "state_action") == expected


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"harmers": frozenset({Harmer.POLICE})}, Status.MET),
        ({"police_response": PoliceResponse.PROTECTED_CLIENT}, Status.UNCLEAR),  # corruption
        (
            {
                "police_response": PoliceResponse.PROTECTED_CLIENT,
                "country_conditions": frozenset({CountryCondition.NONE_KNOWN}),
            },
            Status.NOT_MET,
        ),
        ({"reported_to_police": N, "not_reported_reason": "other"}, Status.UNCLEAR),
        ({"reported_to_police": N, "not_reported_reason": "futile"}, Status.MET),
        ({"reported_to_police": NS}, Status.UNCLEAR),
        ({"police_response": PoliceResponse.TRIED_BUT_FAILED}, Status.MET),  # corruption
    ],
    ids=[
        "government",
        "protected+corruption",
        "protected",
        "not-reported-other",
        "futile",
        "report?",
        "tried+corruption",
    ],
)
def test_government_unable_or_unwilling_to_control(overrides, expected):
    """Bringas-Rodriguez v. Sessions, 850 F.3d 1051 (9th Cir. 2017) (en banc)."""
    assert status(determine(facts(**overrides)), "government_protection") == expected


def test_no_past_harm_makes_the_persecution_test_not_apply():
    assert status(determine(facts(past_harm=N)), "persecution_level_harm") == (
        Status.NOT_APPLICABLE
    )


@pytest.mark.parametrize(
    ("row", "central", "a_reason"),
    [
        (motive(anyway=Y), Status.NOT_MET, Status.MET),
        (motive(anyway=NS), Status.UNCLEAR, Status.MET),
        (motive(anyway=Y, lawyer=LawyerRole.CENTRAL), Status.MET, Status.MET),
        (motive(anyway=N, lawyer=LawyerRole.NO_PART), Status.NOT_MET, Status.NOT_MET),
        (motive(anyway=N, lawyer=LawyerRole.ONE_REASON), Status.NOT_MET, Status.MET),
        (
            motive(anyway=Y, others=Y, evidence=frozenset({MotiveEvidence.OTHER_EVIDENCE})),
            Status.UNCLEAR,
            Status.UNCLEAR,
        ),
    ],
    ids=["anyway", "anyway?", "lawyer-central", "lawyer-no-part", "lawyer-one", "alike"],
)
def test_nexus_role_is_derived_from_motive_facts_with_a_lawyer_override(row, central, a_reason):
    d = determine(facts(motives=MONEY_OPINION, ground_details=(row,)))
    assert status(d, "nexus_one_central_reason") == central
    assert status(d, "nexus_a_reason") == a_reason
    assert d.data["nexus"]["grounds"][0]["lawyer_override"] == (
        row.lawyer_role != LawyerRole.NOT_REVIEWED
    )


def test_headline_when_only_deferral_remains():
    d = determine(
        facts(
            has_convictions=Y,
            aggravated_felony=Y,
            af_sentence_5_years=Y,
            motives=frozenset({Motive.GENERAL_CRIME}),
            ground_details=(),
        )
    )
    assert d.headline.startswith(
        "Withholding of removal, asylum and withholding under the Convention Against Torture "
        "do not look available on these answers. Deferral of removal"
    )


def test_an_off_duty_official_acting_privately_is_treated_as_a_private_persecutor():
    """Officials only, off duty, no uniform, no access through the job, no threat to use it:
    the government must be shown unable or unwilling to control them (Bringas-Rodriguez),
    and no government-persecutor relocation presumption applies."""
    private = officials(
        reported_to_police=N, not_reported_reason="other", safe_area=Y, circuit=Circuit.NINTH
    )
    d = determine(private)
    assert status(d, "government_protection") == Status.UNCLEAR
    assert "counts as a private person" in d.finding("government_protection").explanation
    assert "government itself" not in d.finding("withholding_likelihood").explanation
    on_the_job = determine(officials(access_through_position=Y, safe_area=Y))
    assert status(on_the_job, "government_protection") == Status.MET
    assert status(on_the_job, "withholding_likelihood") == Status.MET


def test_a_safe_area_with_a_private_persecutor_keeps_asylum_below_strong():
    """8 C.F.R. § 1208.13(b)(1)(i)(B): the asylum presumption is rebutted by the same
    relocation showing as withholding's."""
    d = determine(private_harm(safe_area=Y, police_response=PoliceResponse.DID_NOTHING))
    assert relief(d, "asylum") == "possible"
    assert "safe place" in d.data["asylum"]["reason"]


@pytest.mark.parametrize(
    ("overrides", "open_words"),
    [
        (
            {"harmers": frozenset({Harmer.CARTEL}), "harm_kinds": frozenset({HarmKind.EXTORTION})},
            "ever paid or helped the gang or cartel",
        ),
        (
            {
                "last_arrival_date": date(2024, 6, 1),
                "last_entry_manner": EntryManner.BETWEEN_PORTS,
                "asylum_filed": Y,
                "asylum_filed_date": date(2024, 9, 1),
            },
            "lawful pathways",
        ),
        ({"serious_nonpolitical_crime": Y, "crime_political": NS}, "serious nonpolitical"),
        ({"prior_asylum_denied": Y}, "immigration judge or the Board"),
        ({"firm_resettlement": Y, "resettlement_exception": None}, "an exception applies"),
    ],
    ids=["payments", "lawful-pathways", "crime-political?", "denial-by-whom?", "resettled?"],
)
def test_facts_that_may_be_a_bar_keep_asylum_open_not_barred(overrides, open_words):
    d = determine(facts(**overrides))
    bars = d.finding("asylum_bars")
    assert bars.status == Status.UNCLEAR
    assert open_words in bars.explanation
    assert relief(d, "asylum") == "possible"


def test_a_caveat_says_which_firm_resettlement_text_is_applied():
    d = determine(facts(firm_resettlement=Y, resettlement_exception=ResettlementException.NONE))
    assert any("208.15" in note and "Pangea" in note for note in d.caveats)
    assert not any("Firm resettlement" in note for note in determine(facts()).caveats)


CHILD_NOW = {
    "last_arrival_date": date(2022, 8, 1),
    "unaccompanied_child": Y,
    "client_under_18_now": Y,
    "parent_available_since_arrival": N,
    "lawful_status_now": N,
    "deadline_exception": DeadlineException.NONE,
}


@pytest.mark.parametrize("filed", [N, Y])
def test_a_client_still_an_unaccompanied_child_is_not_held_to_the_deadline(filed):
    """8 U.S.C. § 1158(a)(2)(E): the deadline "shall not apply to an unaccompanied alien
    child (as defined in section 279(g) of title 6)": under 18, no lawful status, no parent
    or legal guardian here available to care for them (6 U.S.C. § 279(g)(2)). A client who
    is all of that today, and has had no parent or guardian here since arriving, is exempt
    however long ago the arrival; one who filed, filed as a child."""
    d = determine(facts(**CHILD_NOW, asylum_filed=filed, lawful_status_when_filed=N))
    finding = deadline(d)
    assert finding.status == Status.MET
    assert "still an unaccompanied child" in finding.explanation
    assert ("still under 18" in finding.explanation) == (filed == N)
    assert {c.UNACCOMPANIED_CHILDREN, c.UAC_DEFINED} <= set(finding.citations)
    assert c.M_A_C_O not in finding.citations
    assert relief(d, "asylum") != "barred"
    assert asylum_deadline_date(facts(**CHILD_NOW, asylum_filed=filed)) is None
    assert any("date of birth" in item for item in d.data["evidence_to_gather"])


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"client_under_18_now": N}, "has turned 18"),
        ({"parent_available_since_arrival": Y}, "has had a parent or legal guardian"),
        ({"lawful_status_now": Y}, "has lawful immigration status"),
    ],
)
def test_a_client_no_longer_an_unaccompanied_child_is_left_to_a_lawyer(change, words):
    """The definition is in the present tense, and no holding on whether the exemption
    survives was found; Matter of M-A-C-O- decides only who first hears an application
    filed after 18. Being an unaccompanied minor in the year after arrival is also a legal
    disability (8 C.F.R. § 1208.4(a)(5)(ii)): unclear, never barred."""
    d = determine(facts(**{**CHILD_NOW, **change}))
    finding = deadline(d)
    assert finding.status == Status.UNCLEAR
    assert words in finding.explanation
    assert "unsettled" in finding.explanation
    assert {c.M_A_C_O, c.UNACCOMPANIED_MINOR_DISABILITY} <= set(finding.citations)
    assert relief(d, "asylum") == "possible"


@pytest.mark.parametrize(
    "field", ["client_under_18_now", "parent_available_since_arrival", "lawful_status_now"]
)
def test_not_sure_whether_the_client_is_still_a_child_is_unclear(field):
    """ "Not sure" is never read as yes or no: what decides it is named."""
    d = determine(facts(**{**CHILD_NOW, field: NS}))
    finding = deadline(d)
    assert finding.status == Status.UNCLEAR
    assert "it is not known whether the client still is" in finding.explanation
    assert "date of birth" in finding.explanation
    assert c.M_A_C_O not in finding.citations


def test_child_when_filed_reads_the_age_on_the_filing_day():
    """The one-year rule is about when an application is filed (8 U.S.C. § 1158(a)(2)(B));
    under 18 then is known from under 18 today, or from the filing-day answer (R6-7)."""
    turned = {**CHILD_NOW, "client_under_18_now": N, "lawful_status_when_filed": N}
    assert child_when_filed(facts(**CHILD_NOW, lawful_status_when_filed=N)) is True
    assert child_when_filed(facts(**turned, under_18_when_filed=Y)) is True
    assert child_when_filed(facts(**turned, under_18_when_filed=N)) is False
    assert child_when_filed(facts(**turned, under_18_when_filed=NS)) is None
    assert child_when_filed(facts(**turned)) is None
    # A parent available at some time since arrival says nothing certain about that day.
    assert (
        child_when_filed(
            facts(**{**turned, "parent_available_since_arrival": Y}, under_18_when_filed=Y)
        )
        is None
    )


@pytest.mark.parametrize(
    ("status_then", "expected"), [(N, True), (Y, False), (NS, None), (None, None)]
)
def test_child_when_filed_reads_the_lawful_status_on_the_filing_day(status_then, expected):
    """6 U.S.C. § 279(g)(2)(A): "has no lawful immigration status in the United States", on
    the filing day. No status today says nothing about that day (R7-01): only the answer
    about the filing day decides it, and its absence leaves it open."""
    filed = {**CHILD_NOW, "asylum_filed": Y, "asylum_filed_date": date(2023, 1, 10)}
    assert child_when_filed(facts(**filed, lawful_status_when_filed=status_then)) is expected


def test_a_child_who_filed_with_a_visa_is_not_exempt_and_the_status_exception_is_named():
    """R7-01: a child with lawful status on the filing day was not an unaccompanied child
    then; keeping lawful status until a reasonable period before filing is an
    extraordinary circumstance (8 C.F.R. § 1208.4(a)(5)(iv)): unclear, never met."""
    d = determine(
        facts(
            **{**CHILD_NOW, "client_under_18_now": N},
            asylum_filed=Y,
            asylum_filed_date=date(2024, 3, 3),
            under_18_when_filed=Y,
            lawful_status_when_filed=Y,
        )
    )
    finding = deadline(d)
    assert finding.status == Status.UNCLEAR
    assert finding.explanation.startswith("The child exemption does not apply")  # R8-24
    assert "Whether it applies here is not yet clear" not in finding.explanation
    assert "had lawful immigration status on the day the application was filed" in (
        finding.explanation
    )
    assert "So is keeping lawful status" in finding.explanation
    assert c.LAWFUL_STATUS_EXTRAORDINARY in finding.citations
    assert relief(d, "asylum") == "possible"


def test_the_age_answers_that_disagree_are_never_read_favourably():
    """R7-02 and R7-41 in the rules (the forms refuse them too): under 18 today with a last
    arrival 18 years or more ago, or under 18 today but 18 or older when filing. The
    deadline finding names the answers that disagree and is never met."""
    long_ago_facts = facts(**{**CHILD_NOW, "last_arrival_date": date(2005, 1, 10)})
    long_ago = determine(long_ago_facts)
    finding = deadline(long_ago)
    assert finding.status == Status.UNCLEAR
    assert "answers disagree" in finding.explanation
    assert "18 years or more ago" in finding.explanation
    assert relief(long_ago, "asylum") != "strong"
    assert still_an_unaccompanied_child(long_ago_facts) is None
    filed_adult = determine(
        facts(
            **{**CHILD_NOW, "last_arrival_date": date(2023, 1, 10)},
            asylum_filed=Y,
            asylum_filed_date=date(2024, 6, 1),
            under_18_when_filed=N,
            lawful_status_when_filed=N,
        )
    )
    finding = deadline(filed_adult)
    assert finding.status == Status.UNCLEAR
    assert "but 18 or older on the day the application was filed" in finding.explanation
    assert relief(filed_adult, "asylum") == "possible"


def test_arrived_18_years_before_is_the_day_nobody_could_still_be_a_child():
    assert arrived_18_years_before(date(2008, 11, 30), date(2026, 11, 30))
    assert not arrived_18_years_before(date(2008, 12, 1), date(2026, 11, 30))
    assert arrived_18_years_before(date(2010, 2, 28), date(2028, 2, 29))
    assert not arrived_18_years_before(None, date(2026, 11, 30))
    assert not arrived_18_years_before(date(2008, 1, 1), None)


def test_the_year_runs_from_april_1_1997_for_an_earlier_arrival():
    """8 C.F.R. § 1208.4(a)(2)(ii): "from the date of the alien's last arrival in the United
    States or April 1, 1997, whichever is later" (R6-1)."""
    assert year_starts(date(1996, 5, 1)) == date(1997, 4, 1)
    assert year_starts(date(1997, 4, 2)) == date(1997, 4, 2)
    assert last_day_to_file(date(1990, 1, 1)) == date(1998, 4, 1)
    assert last_day_to_file(date(1997, 4, 1)) == date(1998, 4, 1)


def test_open_points_are_numbered_sentences_when_there_are_several():
    """R6-14: points with clauses of their own are not joined with "and"."""
    assert open_points(["whether x"], "bar asylum") == (
        "Not yet known: whether x. It could bar asylum."
    )
    assert open_points(["whether x: y", "how z"], "bar asylum") == (
        "Not yet known, and each could bar asylum: (1) Whether x: y. (2) How z."
    )


def test_still_an_unaccompanied_child_reads_every_part_of_the_definition():
    assert still_an_unaccompanied_child(facts(**CHILD_NOW)) is True
    assert still_an_unaccompanied_child(facts(**{**CHILD_NOW, "lawful_status_now": Y})) is False
    assert still_an_unaccompanied_child(facts(**{**CHILD_NOW, "lawful_status_now": None})) is None


# Round 5: what the chain and the government's part read (R5-1 to R5-10), from the
# second engineer's tests of the same patterns


def test_harm_to_family_alone_with_severe_suffering_is_not_torture_per_se():
    """8 C.F.R. § 1208.18(a)(4)(iv): harm to another person counts for the client only as
    prolonged mental harm from a threat that they will imminently be killed or badly hurt
    (R5-4)."""
    d = determine(facts(harm_kinds=frozenset({HarmKind.HARM_TO_FAMILY})))
    assert status(d, "past_torture") == Status.UNCLEAR
    assert "was not a physical attack on the client" in d.finding("past_torture").explanation
    assert c.MENTAL_PAIN.text in cites(d, "past_torture")
    threatened = determine(
        facts(harm_kinds=frozenset({HarmKind.HARM_TO_FAMILY, HarmKind.DEATH_THREATS}))
    )
    assert status(threatened, "past_torture") == Status.UNCLEAR


@pytest.mark.parametrize(
    ("circuit", "expected"),
    [(Circuit.NINTH, Status.MET), (Circuit.FIFTH, Status.UNCLEAR), (Circuit.FIRST, Status.MET)],
)
def test_a_report_the_police_ignored_is_unwillingness_except_where_unread(circuit, expected):
    """Bringas-Rodriguez in the Ninth; the Fifth Circuit's test ("condoned" or "complete
    helplessness") was seen only in case summaries, so its cases are named for a lawyer in
    a caveat, never cited (R5-7)."""
    d = determine(private_harm(circuit=circuit, police_response=PoliceResponse.DID_NOTHING))
    assert status(d, "government_protection") == expected
    fifth = circuit == Circuit.FIFTH
    assert ("completely helpless" in d.finding("government_protection").explanation) == fifth
    assert any("Gonzales-Veliz v. Barr, 938 F.3d 219" in note for note in d.caveats) == fifth
    cited = {citation.text for finding in d.findings for citation in finding.citations}
    assert not any("Gonzales-Veliz" in cite or "Mejia-Alvarenga" in cite for cite in cited)


def test_officials_who_protect_the_attackers_are_unwillingness_in_the_fifth_circuit_too():
    d = determine(private_harm(circuit=Circuit.FIFTH, officials_protect_group=Y))
    protection = d.finding("government_protection")
    assert protection.status == Status.MET
    assert "completely helpless" not in protection.explanation


@pytest.mark.parametrize("circuit", [Circuit.UNKNOWN, Circuit.SECOND])
def test_police_who_tried_and_general_corruption_need_the_circuits_cases(circuit):
    d = determine(private_harm(circuit=circuit, police_response=PoliceResponse.TRIED_BUT_FAILED))
    assert status(d, "government_protection") == Status.UNCLEAR
    ninth = determine(private_harm(police_response=PoliceResponse.TRIED_BUT_FAILED))
    assert status(ninth, "government_protection") == Status.MET


@pytest.mark.parametrize("aware", [OfficialsAware.KNEW_BEFOREHAND, OfficialsAware.LOOKED_AWAY])
def test_officials_who_knew_but_protected_the_client_are_no_acquiescence(aware):
    """Police who acted to protect the client did not breach a duty to step in (8 C.F.R.
    § 1208.18(a)(7)), nor show a government unwilling to control the attackers."""
    d = determine(
        private_harm(
            officials_aware=aware,
            police_response=PoliceResponse.PROTECTED_CLIENT,
            officials_protect_group=N,
            country_conditions=frozenset({CountryCondition.NONE_KNOWN}),
        )
    )
    assert status(d, "state_action") == Status.NOT_MET
    assert status(d, "government_protection") == Status.NOT_MET


def test_fearing_both_the_same_people_and_others_keeps_the_past_officials():
    d = determine(official_harm(OfficialDuty.ON_DUTY, future_risk_source=FutureSource.BOTH))
    assert status(d, "state_action") == Status.MET
    assert status(d, "cat_likelihood") == Status.MET


def test_fearing_only_other_people_leaves_past_collusion_open():
    """CAT looks forward (8 C.F.R. § 1208.16(c)(2)): officials who protected the gang that
    harmed the client do not show they would allow what other people would do (R5-1)."""
    d = determine(private_harm(officials_protect_group=Y, future_risk_source=FutureSource.OTHERS))
    state = d.finding("state_action")
    assert state.status == Status.UNCLEAR
    assert "not those who harmed them before" in state.explanation
    same = determine(private_harm(officials_protect_group=Y))
    assert status(same, "state_action") == Status.MET


@pytest.mark.parametrize("child", [Y, N])
@pytest.mark.parametrize("proceeding", [Proceeding.AFFIRMATIVE, Proceeding.REMOVAL_PROCEEDINGS])
def test_a_filing_before_the_last_arrival_is_neither_late_nor_on_time(child, proceeding):
    """R8-02b, R8-02: filed, then travelled (for example on advance parole) and came back.
    The deadline cannot be counted from the last arrival, and the child exemption holds only
    if that application still stands: unclear, naming advance parole and what to check."""
    d = determine(
        facts(
            proceeding_type=proceeding,
            last_arrival_date=date(2025, 9, 10),
            asylum_filed=Y,
            asylum_filed_date=date(2025, 1, 15),
            unaccompanied_child=child,
            client_under_18_now=N,
            parent_available_since_arrival=N,
            lawful_status_now=N,
            under_18_when_filed=Y,
            lawful_status_when_filed=N,
            deadline_exception=DeadlineException.NONE,
        )
    )
    deadline = d.finding("asylum_filing_deadline")
    assert deadline.status == Status.UNCLEAR
    assert deadline.explanation.startswith("Not yet clear: the application was filed on")
    assert "Both dates can be true" in deadline.explanation
    assert "advance parole" in deadline.explanation
    in_court = "The case is in removal proceedings now" in deadline.explanation
    assert in_court == (proceeding == Proceeding.REMOVAL_PROCEEDINGS)
    assert ("came as an unaccompanied child" in deadline.explanation) == (child == Y)


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({}, Status.UNCLEAR),  # R8-07: the Y-L- presumption still stands
        ({"af_sentence_5_years": NS}, Status.UNCLEAR),
        ({"af_sentence_5_years": Y}, Status.NOT_MET),
        ({"drug_trafficking": N}, Status.MET),
        ({"drug_trafficking": NS}, Status.MET),  # the lawyer has reviewed it
    ],
    ids=["under-five", "sentence-not-sure", "five-or-more", "not-drug", "drug-not-sure"],
)
def test_a_lawyers_not_psc_against_the_drug_trafficking_presumption(overrides, expected):
    """Matter of Y-L-: a drug trafficking aggravated felony is presumed a particularly
    serious crime; a lawyer's "not PSC" does not settle it, other convictions it does."""
    base = {
        "has_convictions": Y,
        "aggravated_felony": Y,
        "drug_trafficking": Y,
        "af_sentence_5_years": N,
        "psc_review": PscReview.NOT_PSC,
    }
    d = determine(facts(**{**base, **overrides}))
    assert status(d, "particularly_serious_crime") == expected
    if expected == Status.UNCLEAR and not overrides:
        assert "Matter of Y-L-" in d.finding("particularly_serious_crime").explanation
        assert d.data["relief"]["withholding"]["status"] == "possible"
        assert d.data["relief"]["cat_withholding"]["status"] == "possible"


@pytest.mark.parametrize(
    ("arrival", "filed", "expected"),
    [
        (date(2026, 1, 5), date(2026, 7, 1), True),
        (date(2026, 1, 5), date(2026, 1, 5), True),
        (date(2024, 1, 5), date(2026, 7, 1), False),  # late
        (date(2025, 9, 10), date(2025, 1, 15), False),  # before the last arrival
        (date(2024, 2, 29), date(2025, 3, 1), False),  # the 29 February doubt
        (None, date(2026, 7, 1), False),
    ],
)
def test_filed_within_the_year_on_the_dates(arrival, filed, expected):
    """R8-23: the filing-day questions decide nothing when the dates alone meet the
    deadline."""
    from questionnaires.removal_protection.rules import filed_within_the_year_on_the_dates

    f = facts(last_arrival_date=arrival, asylum_filed=Y, asylum_filed_date=filed)
    assert filed_within_the_year_on_the_dates(f) is expected

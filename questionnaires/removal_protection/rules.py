"""Protection from removal: asylum (for contrast), withholding of removal (8 U.S.C.
§ 1231(b)(3)), and withholding and deferral of removal under the Convention Against Torture
(8 C.F.R. §§ 1208.16(c), 1208.17(a)).

The analysis runs as *Barajas-Romero v. Lynch*, 846 F.3d 351 (9th Cir. 2017) runs it: is
asylum open at all (a reinstated order), the particularly serious crime bar, the link to a
protected reason ("nexus") under each standard and the one the client's circuit applies,
the presumption from past persecution and the likelihood of future harm, then the
Convention Against Torture: no protected reason needed, torture, state action (with the
"rogue official" question), relocation and the likelihood of future torture. The four
forms of relief and the overall outcome are built from those findings.

Pure Python: no Django. The free-text answers (what happened, the convictions, why a place
would be safe) are kept on the record for the lawyer and never parsed by these rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from questionnaires.framework.determination import Citation, Determination, Finding, Status
from questionnaires.framework.wording import YesNo, join_words, unique_citations
from questionnaires.removal_protection import citations as c

# ---------------------------------------------------------------------------
# Answers (form field values)
# ---------------------------------------------------------------------------


class Circuit(StrEnum):
    """The federal court of appeals whose law governs the case."""

    NINTH = "ninth"
    SIXTH = "sixth"
    OTHER = "other"
    UNKNOWN = "unknown"


CIRCUIT_LABELS = {
    Circuit.NINTH: "the Ninth Circuit",
    Circuit.SIXTH: "the Sixth Circuit",
    Circuit.OTHER: "a circuit other than the Ninth or Sixth",
    Circuit.UNKNOWN: "an unknown circuit",
}


class Proceeding(StrEnum):
    REMOVAL_PROCEEDINGS = "removal_proceedings"
    REINSTATEMENT = "reinstatement"
    AFFIRMATIVE = "affirmative"
    OTHER = "other"
    NOT_SURE = "not_sure"


class HarmKind(StrEnum):
    PHYSICAL_ASSAULT = "physical_assault"
    BURNING_OR_CUTTING = "burning_or_cutting"
    SEXUAL_VIOLENCE = "sexual_violence"
    DETENTION = "detention"
    DEATH_THREATS = "death_threats"
    EXTORTION = "extortion"
    HARM_TO_FAMILY = "harm_to_family"
    PROPERTY = "property"
    OTHER = "other"
    NOT_SURE = "not_sure"


#: Harm that leaves marks a doctor can examine and report on.
PHYSICAL_HARM = frozenset(
    {HarmKind.PHYSICAL_ASSAULT, HarmKind.BURNING_OR_CUTTING, HarmKind.SEXUAL_VIOLENCE}
)


class Harmer(StrEnum):
    POLICE = "police"
    MILITARY = "military"
    OTHER_OFFICIAL = "other_official"
    CARTEL = "cartel"
    GANG = "gang"
    OTHER_GROUP = "other_group"
    PRIVATE_PERSON = "private_person"
    UNKNOWN = "unknown"


OFFICIALS = frozenset({Harmer.POLICE, Harmer.MILITARY, Harmer.OTHER_OFFICIAL})
PRIVATE_ACTORS = frozenset(
    {Harmer.CARTEL, Harmer.GANG, Harmer.OTHER_GROUP, Harmer.PRIVATE_PERSON, Harmer.UNKNOWN}
)


class OfficialDuty(StrEnum):
    ON_DUTY = "on_duty"
    OFF_DUTY = "off_duty"
    BOTH = "both"
    NOT_SURE = "not_sure"


class OfficialsAware(StrEnum):
    KNEW_BEFOREHAND = "knew_beforehand"
    LOOKED_AWAY = "looked_away"
    NOT_AWARE = "not_aware"
    NOT_SURE = "not_sure"


class PoliceResponse(StrEnum):
    DID_NOTHING = "did_nothing"
    REFUSED_TO_HELP = "refused_to_help"
    TRIED_BUT_FAILED = "tried_but_failed"
    ATTACKERS_WERE_COLLEAGUES = "attackers_were_colleagues"
    PROTECTED_CLIENT = "protected_client"
    NOT_SURE = "not_sure"


class Motive(StrEnum):
    MONEY = "money"
    POLITICAL_OPINION = "political_opinion"
    RELIGION = "religion"
    RACE = "race"
    NATIONALITY = "nationality"
    SOCIAL_GROUP = "social_group"
    PERSONAL_DISPUTE = "personal_dispute"
    GENERAL_CRIME = "general_crime"
    UNKNOWN = "unknown"


#: The five protected grounds of 8 U.S.C. § 1231(b)(3)(A), in the statute's order.
PROTECTED_GROUNDS = (
    Motive.RACE,
    Motive.RELIGION,
    Motive.NATIONALITY,
    Motive.SOCIAL_GROUP,
    Motive.POLITICAL_OPINION,
)

#: Motives that are not protected grounds: the other side of a mixed-motive case.
OTHER_MOTIVES = frozenset({Motive.MONEY, Motive.GENERAL_CRIME, Motive.PERSONAL_DISPUTE})

GROUND_LABELS = {
    Motive.RACE: "race",
    Motive.RELIGION: "religion",
    Motive.NATIONALITY: "nationality",
    Motive.SOCIAL_GROUP: "membership in a particular social group",
    Motive.POLITICAL_OPINION: "political opinion",
}


class GroundKnown(StrEnum):
    """Did the persecutors know of the ground, or attribute it to the client ("imputed")?"""

    KNEW = "knew"
    ATTRIBUTED = "attributed"
    DID_NOT_KNOW = "did_not_know"
    NOT_SURE = "not_sure"


class MotiveEvidence(StrEnum):
    WHAT_THEY_SAID = "what_they_said"
    HARM_WORSENED = "harm_worsened"
    OTHER_EVIDENCE = "other_evidence"
    NONE = "none"
    NOT_SURE = "not_sure"


#: Evidence that can show the persecutors' motive.
MOTIVE_EVIDENCE_SHOWN = frozenset(
    {MotiveEvidence.WHAT_THEY_SAID, MotiveEvidence.HARM_WORSENED, MotiveEvidence.OTHER_EVIDENCE}
)


class GroundRole(StrEnum):
    CENTRAL = "central"
    ONE_REASON = "one_reason"
    NO_PART = "no_part"
    NOT_SURE = "not_sure"


class FutureSource(StrEnum):
    SAME_PEOPLE = "same_people"
    OTHERS = "others"
    BOTH = "both"
    NONE_IDENTIFIED = "none_identified"
    NOT_SURE = "not_sure"


class CountryCondition(StrEnum):
    OFFICIAL_CORRUPTION = "official_corruption"
    COLLUSION = "collusion"
    HUMAN_RIGHTS_VIOLATIONS = "human_rights_violations"
    NONE_KNOWN = "none_known"
    NOT_SURE = "not_sure"


ADVERSE_CONDITIONS = frozenset(
    {
        CountryCondition.OFFICIAL_CORRUPTION,
        CountryCondition.COLLUSION,
        CountryCondition.HUMAN_RIGHTS_VIOLATIONS,
    }
)


class Standard(StrEnum):
    """The two nexus standards."""

    ONE_CENTRAL_REASON = "one_central_reason"
    A_REASON = "a_reason"


class Relief(StrEnum):
    ASYLUM = "asylum"
    WITHHOLDING = "withholding"
    CAT_WITHHOLDING = "cat_withholding"
    CAT_DEFERRAL = "cat_deferral"


RELIEF_LABELS = {
    Relief.ASYLUM: "asylum",
    Relief.WITHHOLDING: "withholding of removal",
    Relief.CAT_WITHHOLDING: "withholding of removal under the Convention Against Torture",
    Relief.CAT_DEFERRAL: "deferral of removal under the Convention Against Torture",
}


class ReliefStatus(StrEnum):
    STRONG = "strong"
    POSSIBLE = "possible"
    WEAK = "weak"
    BARRED = "barred"
    NOT_AVAILABLE = "not_available"
    UNCLEAR = "unclear"


class Outcome(StrEnum):
    PROTECTION_LIKELY = "protection_likely"
    PROTECTION_POSSIBLE = "protection_possible"
    PROTECTION_UNLIKELY = "protection_unlikely"
    REFER = "refer"


@dataclass(frozen=True)
class GroundDetail:
    """One row of the "why" page: a protected ground and what shows it mattered."""

    ground: str
    ground_known: str = GroundKnown.NOT_SURE
    ground_evidence: frozenset[str] = frozenset()
    ground_role: str = GroundRole.NOT_SURE


@dataclass(frozen=True)
class Facts:
    # 1. The case
    country_of_return: str = ""
    circuit: str = Circuit.UNKNOWN
    proceeding_type: str = Proceeding.NOT_SURE
    reinstated_order: str = YesNo.NOT_SURE
    # 2. Criminal history
    has_convictions: str = YesNo.NOT_SURE
    aggravated_felony_5_years: str | None = None
    conviction_details: str = ""  # kept on the record, never parsed
    # 3. Past harm
    past_harm: str = YesNo.NOT_SURE
    harm_narrative: str = ""  # kept on the record, never parsed
    harm_kinds: frozenset[str] = frozenset()
    severe_pain: str | None = None
    harm_intentional: str | None = None
    future_threats_made: str | None = None
    visible_scars: str | None = None
    medical_records: str | None = None
    # 4. Who harmed the client
    harmers: frozenset[str] = frozenset()
    official_duty: str | None = None
    officials_aware: str | None = None
    reported_to_police: str | None = None
    police_response: str | None = None
    officials_protect_group: str | None = None
    # 5. Why the client was harmed
    motives: frozenset[str] = frozenset()
    ground_details: tuple[GroundDetail, ...] = ()
    # 6. Future risk
    future_risk_source: str | None = None
    threats_to_find_anywhere: str | None = None
    client_marked: str | None = None
    safe_area: str | None = None
    safe_area_reason: str = ""  # kept on the record, never parsed
    country_conditions: frozenset[str] = frozenset()


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------


def _best(statuses: list[Status]) -> Status:
    """Met if any is met; otherwise unclear if any is unclear; otherwise not met."""
    if Status.MET in statuses:
        return Status.MET
    if Status.UNCLEAR in statuses:
        return Status.UNCLEAR
    return Status.NOT_MET


def _ninth(facts: Facts) -> bool:
    return facts.circuit == Circuit.NINTH


def _officials_harmed(facts: Facts) -> bool:
    return bool(facts.harmers & OFFICIALS)


def grounds_claimed(facts: Facts) -> tuple[GroundDetail, ...]:
    """Each protected ground ticked among the motives, with its details. A ground ticked
    but given no details counts with every detail "not sure"; details of a ground that is
    not ticked (say, unticked after the details were given) are left out, and
    :func:`grounds_described_but_not_ticked` names them."""
    rows = {
        row.ground: row
        for row in facts.ground_details
        if row.ground in PROTECTED_GROUNDS and row.ground in facts.motives
    }
    for ground in PROTECTED_GROUNDS:
        if ground in facts.motives and ground not in rows:
            rows[ground] = GroundDetail(ground)
    return tuple(rows[g] for g in PROTECTED_GROUNDS if g in rows)


def grounds_described_but_not_ticked(facts: Facts) -> list[str]:
    """Protected grounds given details on the reasons page but not ticked as a motive."""
    described = {row.ground for row in facts.ground_details}
    return [
        GROUND_LABELS[g] for g in PROTECTED_GROUNDS if g in described and g not in facts.motives
    ]


def future_risk_signals(facts: Facts) -> tuple[list[str], list[str]]:
    """What points to future harm, and what is not known: (signals, unknowns)."""
    signals: list[str] = []
    unknowns: list[str] = []
    yes_no = (
        (facts.future_threats_made, "threats about the future"),
        (facts.threats_to_find_anywhere, "threats to find the client anywhere in the country"),
        (facts.client_marked, "the client is marked or recognisable"),
    )
    for answer, words in yes_no:
        if answer == YesNo.YES:
            signals.append(words)
        elif answer != YesNo.NO:
            unknowns.append(words)
    if facts.future_risk_source in (
        FutureSource.SAME_PEOPLE,
        FutureSource.OTHERS,
        FutureSource.BOTH,
    ):
        signals.append("known people who would harm the client")
    elif facts.future_risk_source != FutureSource.NONE_IDENTIFIED:
        unknowns.append("who would harm the client")
    if facts.country_conditions & ADVERSE_CONDITIONS:
        signals.append("country conditions (corruption, collusion or human rights violations)")
    elif CountryCondition.NONE_KNOWN not in facts.country_conditions:
        unknowns.append("country conditions")
    return signals, unknowns


# ---------------------------------------------------------------------------
# 1. Is asylum open at all?
# ---------------------------------------------------------------------------


def asylum_available_despite_reinstated_order(facts: Facts) -> Finding:
    """8 U.S.C. § 1231(a)(5): when a person removed under an order re-enters without
    permission, the earlier order is reinstated and the person may not apply for any relief
    under the Act, so asylum is closed. Withholding of removal and CAT protection stay open:
    Barajas-Romero was in exactly this posture and was "found statutorily eligible for
    withholding of removal and Convention Against Torture relief" (seed at 355); he "seeks
    withholding of removal, not asylum" (at 358)."""
    code, title = "asylum_available", "Asylum is open to the client (no reinstated order)"
    relied_on = ("reinstated_order", "proceeding_type")
    cites = (c.REINSTATEMENT, c.SEED_REINSTATEMENT, c.SEED_ONE_CENTRAL_REASON)
    reinstated = (
        facts.reinstated_order == YesNo.YES or facts.proceeding_type == Proceeding.REINSTATEMENT
    )
    if reinstated and facts.reinstated_order == YesNo.NO:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The answers disagree: the case is described as a reinstatement of an earlier "
            "removal order, but the client is said not to have an order reinstated. Check the "
            "immigration file. If an earlier order was reinstated, asylum is closed.",
            relied_on,
            cites,
        )
    if reinstated:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The client was removed before and came back without permission, so the earlier "
            "removal order is reinstated (put back into force). A person in that position "
            "cannot get asylum. Withholding of removal and protection under the Convention "
            "Against Torture are still open, as they were for the client in Barajas-Romero.",
            relied_on,
            cites,
        )
    if facts.reinstated_order == YesNo.NO:
        return Finding(
            code,
            title,
            Status.MET,
            "No earlier removal order is being reinstated, so this does not close asylum.",
            relied_on,
            (c.REINSTATEMENT,),
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "It is not known whether the client was removed before and came back without "
        "permission. If so, the earlier order is reinstated and asylum is closed; withholding "
        "and Convention Against Torture protection stay open.",
        relied_on,
        cites,
    )


# ---------------------------------------------------------------------------
# 2. Bars
# ---------------------------------------------------------------------------


def free_of_particularly_serious_crime_bar(facts: Facts) -> Finding:
    """8 U.S.C. § 1231(b)(3)(B): no withholding for a person convicted of a "particularly
    serious crime"; an aggravated felony (or felonies) with an aggregate prison sentence of
    at least five years is one. 8 C.F.R. § 1208.16(d)(2): the same bar applies to withholding
    under the Convention Against Torture. It does not bar deferral of removal under 8 C.F.R.
    § 1208.17(a). Any other conviction may or may not be a particularly serious crime: that
    needs an individual analysis, which this screening never makes (Barajas-Romero had drug
    and stolen-property convictions and was still found statutorily eligible, seed at
    354-55)."""
    code = "particularly_serious_crime"
    title = "Not barred by a particularly serious crime"
    relied_on = ("has_convictions", "aggravated_felony_5_years")
    bar_cites = (c.PARTICULARLY_SERIOUS_CRIME, c.MANDATORY_DENIAL, c.CAT_DEFERRAL)
    if facts.has_convictions == YesNo.NO:
        return Finding(
            code,
            title,
            Status.MET,
            "The client has no criminal convictions, so the particularly serious crime bar "
            "does not apply.",
            relied_on,
            (c.PARTICULARLY_SERIOUS_CRIME,),
        )
    if facts.has_convictions == YesNo.YES and facts.aggravated_felony_5_years == YesNo.YES:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "An aggravated felony (a crime on the immigration law's list of serious offences) "
            "with sentences adding up to five years or more is a particularly serious crime. "
            "That bars both kinds of withholding of removal. It does not bar deferral of "
            "removal under the Convention Against Torture.",
            relied_on,
            bar_cites,
        )
    if facts.has_convictions == YesNo.YES and facts.aggravated_felony_5_years == YesNo.NO:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The client has convictions, but none is an aggravated felony with five years or "
            "more in sentences. Other convictions may or may not be a particularly serious "
            "crime: a lawyer must look at each one. Convictions do not decide it on their "
            "own: the client in Barajas-Romero had drug and stolen-property convictions and "
            "was still eligible for withholding.",
            relied_on,
            (*bar_cites, c.SEED_CONVICTIONS),
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "It is not known whether the client has a conviction that counts as a particularly "
        "serious crime. An aggravated felony with sentences adding up to five years or more "
        "would bar both kinds of withholding (not deferral under the Convention Against "
        "Torture). Get the criminal records.",
        relied_on,
        bar_cites,
    )


# ---------------------------------------------------------------------------
# 3. Nexus: the link between the harm and a protected reason
# ---------------------------------------------------------------------------


def persecutors_knew_of_ground(row: GroundDetail) -> bool | None:
    """The persecutor's motive is what counts: "if the persecutor has no idea what the
    victim's political opinion is and does not care what it is", the harm is not "on
    account of" it (seed at 357). A ground the persecutors attribute to the victim (an
    imputed opinion) counts."""
    if row.ground_known in (GroundKnown.KNEW, GroundKnown.ATTRIBUTED):
        return True
    if row.ground_known == GroundKnown.DID_NOT_KNOW:
        return False
    return None


def ground_nexus(row: GroundDetail, standard: str) -> tuple[Status, str]:
    """One ground under one standard: "at least one central reason" (asylum, 8 U.S.C.
    § 1158(b)(1)(B)(i)) or "a reason" (withholding in the Ninth Circuit, seed at 358-60).
    A motive stated as central meets both; "one reason but not central" meets only "a
    reason". Either way something must show the motive: what the persecutors said, or the
    harm getting worse once they learned of it (seed at 360)."""
    name = GROUND_LABELS[row.ground]
    knew = persecutors_knew_of_ground(row)
    if knew is False:
        return Status.NOT_MET, f"the persecutors did not know of the client's {name}"
    if row.ground_role == GroundRole.NO_PART:
        return Status.NOT_MET, f"the client's {name} played no part"
    if standard == Standard.ONE_CENTRAL_REASON and row.ground_role == GroundRole.ONE_REASON:
        return Status.NOT_MET, f"the client's {name} was one reason, but not a central one"
    if knew is None:
        return Status.UNCLEAR, f"it is not known whether the persecutors knew of the {name}"
    if row.ground_role == GroundRole.NOT_SURE:
        return Status.UNCLEAR, f"it is not known how much the client's {name} mattered"
    if not row.ground_evidence & MOTIVE_EVIDENCE_SHOWN:
        return (
            Status.UNCLEAR,
            f"nothing yet shows that the {name} was the persecutors' motive (what they said, "
            "or the harm getting worse once they learned of it)",
        )
    role = "a central reason" if row.ground_role == GroundRole.CENTRAL else "one reason"
    shown = []
    if MotiveEvidence.WHAT_THEY_SAID in row.ground_evidence:
        shown.append("what they said")
    if MotiveEvidence.HARM_WORSENED in row.ground_evidence:
        shown.append("the harm got worse after they learned of it")
    if MotiveEvidence.OTHER_EVIDENCE in row.ground_evidence:
        shown.append("other evidence")
    return Status.MET, f"the client's {name} was {role} ({join_words(shown)})"


def _nexus(facts: Facts, standard: str) -> tuple[Status, str, tuple[Citation, ...]]:
    """The link to a protected reason under one standard, across every ground claimed."""
    grounds = grounds_claimed(facts)
    base = (c.SEED_PERSECUTORS_MOTIVE,)
    if not grounds:
        if not facts.motives or Motive.UNKNOWN in facts.motives:
            return (
                Status.UNCLEAR,
                "Why the client was harmed is not known yet. The link to race, religion, "
                "nationality, a particular social group or political opinion cannot be "
                "judged until it is.",
                base,
            )
        return (
            Status.NOT_MET,
            "The harm is described only as money, crime or a personal dispute, with no "
            "link to race, religion, nationality, a particular social group or political "
            "opinion. General crime with no link to a protected ground is not enough.",
            (*base, c.ZETINO, c.SEED_ZETINO),
        )
    results = [(row, *ground_nexus(row, standard)) for row in grounds]
    status = _best([s for _, s, _ in results])
    if status == Status.NOT_MET and Motive.UNKNOWN in facts.motives:
        status = Status.UNCLEAR
    reasons = "; ".join(reason for _, _, reason in results)
    text = {
        Status.MET: f"Met: {reasons}.",
        Status.UNCLEAR: f"Not yet shown: {reasons}.",
        Status.NOT_MET: f"Not met: {reasons}.",
    }[status]
    if status == Status.UNCLEAR and Motive.UNKNOWN in facts.motives:
        text += " Part of the motive is unknown."
    cites = base
    if facts.motives & OTHER_MOTIVES:
        text += mixed_motives(status, standard)
        cites = (*cites, c.BORJA, c.SEED_MIXED_MOTIVES)
        if standard == Standard.ONE_CENTRAL_REASON:
            cites = (*cites, c.SEED_ONE_CENTRAL_REASON)
    if any(MotiveEvidence.HARM_WORSENED in row.ground_evidence for row in grounds):
        cites = (*cites, c.SEED_ESCALATION_FACTS, c.SEED_A_REASON_HOLDING)
    return status, text, cites


def mixed_motives(status: Status, standard: str) -> str:
    """People, persecutors included, "often have mixed motives" (seed at 357). Borja v. INS,
    175 F.3d 732 (9th Cir. 1999) (en banc) held that harm motivated "at least in part" by a
    protected ground is "on account of" it: the guerrillas threatened a woman both for her
    pro-government views and for protection money (seed at 357-58). For asylum, Congress
    has since required the ground to be "at least one central reason" (8 U.S.C.
    § 1158(b)(1)(B)(i); seed at 358), so there a protected reason must be central even
    when it sits alongside money; for withholding in the Ninth Circuit "a reason" is
    enough (seed at 358-60)."""
    if standard == Standard.A_REASON:
        if status == Status.NOT_MET:
            return ""
        return (
            " Mixed motives are allowed: a protected reason can be a reason alongside money "
            "or other reasons (as in Borja, where guerrillas threatened a woman both for her "
            "pro-government views and for protection money)."
        )
    if status == Status.NOT_MET:
        return (
            " Under this test, a protected reason that only sat alongside money or other "
            "reasons, without being central, is not enough."
        )
    return (
        " Mixed motives are allowed, but under this test the protected reason must still be "
        "a central one, not just one reason among others: Borja's looser 'at least in part' "
        "test no longer applies to asylum."
    )


GROUND_RELIED_ON = ("motives", "ground_details")


def nexus_one_central_reason(facts: Facts) -> Finding:
    """8 U.S.C. § 1158(b)(1)(B)(i): for asylum, a protected ground must be "at least one
    central reason" for the persecution (the REAL ID Act standard, seed at 358). This is also
    the Board's test for withholding in Matter of C-T-L-, 25 I&N Dec. 341 (BIA 2010),
    followed outside the Ninth and Sixth Circuits."""
    status, text, cites = _nexus(facts, Standard.ONE_CENTRAL_REASON)
    lead = (
        "For asylum (and for withholding outside the Ninth and Sixth Circuits), a protected "
        "reason (race, religion, nationality, membership in a particular social group or "
        "political opinion) must be at least one central reason for the harm. "
    )
    return Finding(
        "nexus_one_central_reason",
        "Link to a protected reason: at least one central reason",
        status,
        lead + text,
        GROUND_RELIED_ON,
        unique_citations((c.ASYLUM_ONE_CENTRAL_REASON, c.SEED_ONE_CENTRAL_REASON, *cites)),
    )


def nexus_under_a_reason_standard(facts: Facts) -> Finding:
    """8 U.S.C. § 1231(b)(3): life or freedom threatened "because of" a protected ground.
    The withholding statute says "a reason", not "at least one central reason"; "a reason"
    is "a less demanding standard" (seed at 358-60, holding at 360). The Sixth Circuit
    agrees (Guzman-Vazquez v. Barr, 959 F.3d 253 (6th Cir. 2020))."""
    status, text, cites = _nexus(facts, Standard.A_REASON)
    lead = (
        "For withholding in the Ninth and Sixth Circuits, a protected reason need only be "
        "'a reason' for the harm, which is easier to show than a central reason. "
    )
    return Finding(
        "nexus_a_reason",
        "Link to a protected reason: a reason",
        status,
        lead + text,
        GROUND_RELIED_ON,
        unique_citations((c.WITHHOLDING, c.SEED_A_REASON, c.SEED_A_REASON_HOLDING, *cites)),
    )


def _deciding_facts(facts: Facts) -> str:
    """The answer that decides the nexus when the two standards part ways."""
    rows = [row for row in grounds_claimed(facts) if row.ground_role == GroundRole.ONE_REASON]
    names = join_words([GROUND_LABELS[row.ground] for row in rows]) or "the protected ground"
    return (
        f"What decides it is whether the client's {names} was a central reason or only one "
        "reason among others, and which circuit the case is in."
    )


def withholding_nexus_under_circuit_standard(facts: Facts) -> Finding:
    """Which nexus standard governs withholding depends on the circuit: "a reason" in the
    Ninth Circuit (seed at 358-60) and the Sixth (Guzman-Vazquez v. Barr); elsewhere the
    Board's Matter of C-T-L- applies "one central reason" (rejected by the seed at 359), as
    the Third Circuit did in Gonzalez-Posadas v. Att'y Gen., 781 F.3d 677 (3d Cir. 2015).
    For an unknown circuit both are shown, with the facts that would decide it."""
    code = "withholding_nexus"
    title = "Link to a protected reason for withholding (your circuit's test)"
    relied_on = ("circuit", *GROUND_RELIED_ON)
    a_status, a_text, a_cites = _nexus(facts, Standard.A_REASON)
    c_status, c_text, c_cites = _nexus(facts, Standard.ONE_CENTRAL_REASON)
    if facts.circuit == Circuit.NINTH:
        return Finding(
            code,
            title,
            a_status,
            "The Ninth Circuit applies the 'a reason' test to withholding. " + a_text,
            relied_on,
            unique_citations((c.SEED_A_REASON_HOLDING, c.SEED_A_REASON, *a_cites)),
        )
    if facts.circuit == Circuit.SIXTH:
        return Finding(
            code,
            title,
            a_status,
            "The Sixth Circuit agrees with the Ninth: 'a reason' is enough for withholding. "
            + a_text,
            relied_on,
            unique_citations((c.GUZMAN_VAZQUEZ, c.SEED_A_REASON_HOLDING, *a_cites)),
        )
    if facts.circuit == Circuit.OTHER:
        return Finding(
            code,
            title,
            c_status,
            "Outside the Ninth and Sixth Circuits, the Board of Immigration Appeals applies "
            "'one central reason' to withholding too (Matter of C-T-L-), and the Third "
            "Circuit has done the same; the Ninth Circuit rejected that reading. Check your "
            "circuit's own cases. " + c_text,
            relied_on,
            unique_citations((c.C_T_L, c.SEED_C_T_L, c.GONZALEZ_POSADAS, *c_cites)),
        )
    cites = unique_citations(
        (c.SEED_A_REASON_HOLDING, c.GUZMAN_VAZQUEZ, c.C_T_L, c.SEED_C_T_L, *a_cites, *c_cites)
    )
    if a_status == c_status:
        return Finding(
            code,
            title,
            a_status,
            "The circuit is not known, but both tests give the same answer here. " + a_text,
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        f"The circuit is not known, and the two tests part ways here: under 'a reason' "
        f"(Ninth and Sixth Circuits) the link is {a_status.label.lower()}; under 'one "
        f"central reason' (the Board, and other circuits) it is {c_status.label.lower()}. "
        + _deciding_facts(facts),
        relied_on,
        cites,
    )


# ---------------------------------------------------------------------------
# 4. Withholding: likelihood of future harm
# ---------------------------------------------------------------------------


def past_persecution_presumption(facts: Facts, nexus: Finding) -> Finding:
    """8 C.F.R. § 1208.16(b)(1): if the client suffered past persecution on account of a
    protected ground, it is presumed that the client's life or freedom would be threatened
    in the future; the government can rebut that, for example by showing a fundamental
    change in circumstances or a reasonable place to relocate."""
    code = "past_persecution_presumption"
    title = "Past persecution raises a presumption of future harm"
    relied_on = ("past_harm", "severe_pain", "harm_kinds", *GROUND_RELIED_ON)
    cites = (c.PAST_PERSECUTION_PRESUMPTION,)
    if facts.past_harm == YesNo.NO:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The client was not harmed before, so there is no presumption. The client can "
            "still show future harm is more likely than not.",
            relied_on,
            cites,
        )
    if facts.past_harm != YesNo.YES:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "It is not known whether the client was harmed before.",
            relied_on,
            cites,
        )
    if nexus.status == Status.NOT_MET:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The past harm is not linked to a protected reason under the test that applies, "
            "so it does not raise the presumption.",
            relied_on,
            cites,
        )
    if facts.severe_pain == YesNo.YES and nexus.status == Status.MET:
        return Finding(
            code,
            title,
            Status.MET,
            "The client suffered serious harm linked to a protected reason. That is past "
            "persecution, which means future harm is presumed unless the government shows "
            "things have changed or the client could safely and reasonably move elsewhere "
            "in the country.",
            relied_on,
            cites,
        )
    open_points = []
    if facts.severe_pain != YesNo.YES:
        open_points.append(
            "the harm was serious enough to be persecution (such as severe pain or suffering)"
        )
    if nexus.status != Status.MET:
        open_points.append("it was linked to a protected reason under the test that applies")
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        f"The client was harmed, but it is not yet clear that {' and '.join(open_points)}. "
        "If that is shown, future harm is presumed.",
        relied_on,
        cites,
    )


def future_threat_more_likely_than_not(facts: Facts, presumption: Finding) -> Finding:
    """Withholding needs proof that it is "more likely than not" the client would be
    persecuted (seed at 360), a higher standard than asylum's "well-founded fear"; past
    persecution raises a presumption (8 C.F.R. § 1208.16(b)(1)). The presumption can be
    rebutted by a reasonable place to relocate, so a safe area keeps this unclear. Without
    the presumption, a screening calls it likely only where someone has threatened the
    client and something else points the same way."""
    code = "withholding_likelihood"
    title = "Future harm is more likely than not"
    relied_on = (
        "past_harm",
        "future_threats_made",
        "threats_to_find_anywhere",
        "client_marked",
        "future_risk_source",
        "safe_area",
        "country_conditions",
    )
    cites = (c.SEED_A_REASON_HOLDING, c.PAST_PERSECUTION_PRESUMPTION)
    signals, unknowns = future_risk_signals(facts)
    if presumption.status == Status.MET:
        if facts.safe_area == YesNo.YES:
            return Finding(
                code,
                title,
                Status.UNCLEAR,
                "Future harm is presumed because of past persecution, but the answers say "
                "part of the country would be safe. A safe and reasonable place to move "
                "can defeat the presumption, so this needs a closer look.",
                relied_on,
                cites,
            )
        return Finding(
            code,
            title,
            Status.MET,
            "Future harm is presumed because of past persecution, and nothing in the answers "
            "points to a safe place to move."
            + (f" The answers also show {join_words(signals)}." if signals else ""),
            relied_on,
            cites,
        )
    threatened = YesNo.YES in (facts.future_threats_made, facts.threats_to_find_anywhere)
    if threatened and len(signals) >= 2:
        return Finding(
            code,
            title,
            Status.MET,
            f"The answers show {join_words(signals)}. Together these point to harm being more "
            "likely than not (a greater than 50% chance).",
            relied_on,
            cites,
        )
    if not signals and not unknowns:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "Nothing in the answers points to future harm: no threats, no one known to be "
            "looking for the client, and no adverse country conditions.",
            relied_on,
            cites,
        )
    text = "Not yet shown that harm is more likely than not (a greater than 50% chance)."
    if signals:
        text += f" For it: {join_words(signals)}."
    if unknowns:
        text += f" Not known: {join_words(unknowns)}."
    return Finding(code, title, Status.UNCLEAR, text, relied_on, cites)


# ---------------------------------------------------------------------------
# 5. Convention Against Torture
# ---------------------------------------------------------------------------


def cat_needs_no_protected_reason(facts: Facts) -> Finding:
    """The torturers' motives "need not relate to the five protected classifications", so
    CAT relief is open even without a link to political opinion (seed at 361)."""
    return Finding(
        "cat_no_nexus",
        "No protected reason is needed for the Convention Against Torture",
        Status.NOT_APPLICABLE,
        "Protection under the Convention Against Torture does not depend on why the client "
        "would be tortured: money, crime or spite is enough. The link to a protected reason "
        "matters only for asylum and withholding of removal.",
        ("motives",),
        (c.SEED_CAT,),
    )


def past_harm_amounts_to_torture(facts: Facts) -> Finding:
    """8 C.F.R. § 1208.18(a)(1): torture is an act by which severe pain or suffering,
    physical or mental, is intentionally inflicted (for a purpose such as punishment,
    intimidation or coercion) by or with the acquiescence of a public official. Under Ninth
    Circuit law it includes killing (seed at 361). The official part is tested under state
    action below. Physicians' reports of scars are the kind of proof that settled it in the
    seed (at 355-56)."""
    code = "past_torture"
    title = "The past harm was torture (severe pain or suffering, on purpose)"
    relied_on = (
        "past_harm",
        "severe_pain",
        "harm_intentional",
        "harm_kinds",
        "visible_scars",
        "medical_records",
    )
    cites: tuple[Citation, ...] = (c.TORTURE_DEFINED, c.SEED_CAT)
    if facts.past_harm == YesNo.NO:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The client was not harmed before. Protection under the Convention Against "
            "Torture can still rest on the risk of future torture.",
            relied_on,
            cites,
        )
    killing = (
        " In the Ninth Circuit, torture includes killing."
        if _ninth(facts) and HarmKind.DEATH_THREATS in facts.harm_kinds
        else ""
    )
    if facts.past_harm != YesNo.YES:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "It is not known whether the client was harmed before." + killing,
            relied_on,
            cites,
        )
    marks = facts.visible_scars == YesNo.YES or bool(facts.harm_kinds & PHYSICAL_HARM)
    medical = (
        " A doctor's report on the scars and injuries can confirm it, as the physician's "
        "reports of purposeful cigarette burns did in Barajas-Romero."
        if marks and facts.medical_records != YesNo.YES
        else ""
    )
    with_medical = (*cites, c.SEED_MEDICAL_EVIDENCE) if medical else cites
    if facts.severe_pain == YesNo.YES and facts.harm_intentional == YesNo.YES:
        return Finding(
            code,
            title,
            Status.MET,
            "The harm caused severe physical or mental pain or suffering and was inflicted "
            "on purpose. That is what torture means, if officials were involved (tested "
            "below). Past torture is strong evidence of future torture." + killing + medical,
            relied_on,
            with_medical,
        )
    if YesNo.NO in (facts.severe_pain, facts.harm_intentional):
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "Torture needs severe pain or suffering inflicted on purpose; the answers say "
            "the past harm was not "
            + ("severe" if facts.severe_pain == YesNo.NO else "inflicted on purpose")
            + ". The client can still rely on the risk of future torture."
            + killing,
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "It is not yet known whether the harm caused severe pain or suffering and was "
        "inflicted on purpose." + killing + medical,
        relied_on,
        with_medical,
    )


def _officials_as_torturers(facts: Facts) -> tuple[Status, str, tuple[Citation, ...]]:
    """Torture "inflicted by ... a public official or other person acting in an official
    capacity" (8 C.F.R. § 1208.18(a)(1)). The Ninth Circuit reads the "or" literally: there
    is no "rogue official" exception, and off-duty local police are still public officials
    (seed at 362-63). Elsewhere Matter of O-F-A-S- asks whether the official acted "under
    color of law": a question this screening flags and never decides."""
    on_duty = facts.official_duty in (OfficialDuty.ON_DUTY, OfficialDuty.BOTH)
    if on_duty:
        return (
            Status.MET,
            "Officials harmed the client while on duty: that is torture by a public "
            "official acting in an official capacity.",
            (c.TORTURE_DEFINED, c.SEED_CAT),
        )
    duty = "off duty" if facts.official_duty == OfficialDuty.OFF_DUTY else "possibly off duty"
    if _ninth(facts):
        return (
            Status.MET,
            f"Officials harmed the client, {duty}. In the Ninth Circuit there is no 'rogue "
            "official' exception: police who torture off duty are still public officials, "
            "even if they are local and higher authorities would not approve.",
            (c.TORTURE_DEFINED, c.SEED_NO_ROGUE_OFFICIAL),
        )
    ninth_note = (
        " In the Ninth Circuit this would be met (no 'rogue official' exception)."
        if facts.circuit == Circuit.UNKNOWN
        else ""
    )
    return (
        Status.UNCLEAR,
        f"Officials harmed the client, {duty}. Outside the Ninth Circuit, the Attorney "
        "General's decision in Matter of O-F-A-S- asks whether an official acted 'under "
        "color of law' (using the power of the office). That question needs a lawyer."
        + ninth_note,
        (c.TORTURE_DEFINED, c.O_F_A_S, c.SEED_NO_ROGUE_OFFICIAL),
    )


def _acquiescence_in_private_harm(facts: Facts) -> tuple[Status, str, tuple[Citation, ...]]:
    """8 C.F.R. § 1208.18(a)(7): acquiescence requires that the official, before the
    activity, is aware of it and then breaches a legal duty to intervene. Awareness includes
    consciously closing one's eyes; breach means the officials are unable or unwilling to
    oppose it. Police who are merely ineffective are not enough "absent evidence of
    corruption or other inability or unwillingness to oppose criminal organizations", nor
    are police who are only unable to solve the crime, "as when the torturers cannot be
    identified"; corrupt police who work on behalf of criminals are enough (seed at 361,
    363). Officials who look the other way close their eyes to the harm and fail to step
    in; police who drop a report because the attackers are their colleagues are unwilling
    to oppose them (as the officer who "stopped preparing his report" was, seed at 355)."""
    cites = (c.ACQUIESCENCE_DEFINED, c.SEED_CAT, c.SEED_ACQUIESCENCE)
    colluding = facts.officials_protect_group == YesNo.YES
    looked_away = facts.officials_aware == OfficialsAware.LOOKED_AWAY
    response = facts.police_response
    if (
        colluding
        or facts.officials_aware in (OfficialsAware.KNEW_BEFOREHAND, OfficialsAware.LOOKED_AWAY)
        or facts.reported_to_police == YesNo.YES
    ):
        aware: bool | None = True
    elif (
        facts.officials_aware == OfficialsAware.NOT_AWARE
        and facts.reported_to_police == YesNo.NO
        and facts.officials_protect_group == YesNo.NO
    ):
        aware = False
    else:
        aware = None
    attackers_unknown = not facts.harmers - {Harmer.UNKNOWN}
    # "The attackers were their colleagues" speaks to the private attackers only when no
    # official is named among the harmers; otherwise it is about the officials, whose part
    # is tested on its own (and, outside the Ninth Circuit, flagged, not decided).
    colleagues = response == PoliceResponse.ATTACKERS_WERE_COLLEAGUES and not _officials_harmed(
        facts
    )
    if colluding or looked_away or colleagues or response == PoliceResponse.REFUSED_TO_HELP:
        breach: bool | None = True
    elif response == PoliceResponse.DID_NOTHING:
        # Police who do nothing about attackers the client named are unwilling to oppose
        # them; police who cannot identify the attackers may only be unable to solve the
        # crime, which is not enough (seed at 363).
        breach = None if attackers_unknown else True
    elif response == PoliceResponse.PROTECTED_CLIENT:
        breach = False
    else:
        breach = None
    if aware and breach:
        if colluding:
            why = "officials work with or protect the group"
        elif looked_away:
            why = "officials looked the other way"
        elif colleagues:
            why = "the police dropped the report because the attackers were their colleagues"
        else:
            why = "the police knew and did nothing or refused to help"
        return (
            Status.MET,
            f"Others harmed the client, and {why}. That is acquiescence: officials who "
            "know (or close their eyes) and fail in their duty to step in.",
            cites,
        )
    if aware and response == PoliceResponse.DID_NOTHING:
        return (
            Status.UNCLEAR,
            "The police did nothing, but it is not known who the attackers were. Police who "
            "are unwilling or unable to oppose the crime count; police who simply cannot "
            "solve it, because the attackers cannot be identified, do not.",
            cites,
        )
    if aware is False or breach is False:
        why = (
            "officials did not know of the harm"
            if aware is False
            else "the police acted to protect the client"
        )
        if facts.country_conditions & {
            CountryCondition.OFFICIAL_CORRUPTION,
            CountryCondition.COLLUSION,
        }:
            return (
                Status.UNCLEAR,
                f"Others harmed the client and {why}, but the country evidence points to "
                "corruption or collusion with criminal groups. Whether officials would "
                "acquiesce in future needs a closer look.",
                cites,
            )
        return (
            Status.NOT_MET,
            f"Others harmed the client and {why}. Without official awareness and a failure "
            "to step in, there is no acquiescence.",
            cites,
        )
    if response == PoliceResponse.TRIED_BUT_FAILED:
        text = (
            "The police tried but could not stop the harm. Police who are unable to oppose "
            "a group count; police who are merely ineffective do not, unless there is "
            "corruption or another inability or unwillingness to oppose the group. The facts "
            "decide which."
        )
    elif not facts.harmers or facts.harmers == {Harmer.UNKNOWN}:
        text = (
            "It is not known who harmed the client, or whether officials knew and failed to "
            "step in (acquiescence)."
        )
    else:
        text = (
            "Others harmed the client, and it is not yet known whether officials knew and "
            "failed to step in (acquiescence)."
        )
    return Status.UNCLEAR, text, cites


def torture_by_or_with_acquiescence_of_official(facts: Facts) -> Finding:
    """8 C.F.R. §§ 1208.18(a)(1), (a)(7): torture must be "inflicted by or at the instigation
    of or with the consent or acquiescence of a public official or other person acting in an
    official capacity" (seed at 361). Local officials are enough even if the national
    government would not acquiesce, and the efficacy of the government's efforts counts, not
    just its willingness (Madrigal v. Holder, 716 F.3d 499 (9th Cir. 2013); seed at 363)."""
    code = "state_action"
    title = "Officials would torture the client or allow it (state action)"
    relied_on = (
        "harmers",
        "official_duty",
        "officials_aware",
        "reported_to_police",
        "police_response",
        "officials_protect_group",
        "circuit",
    )
    parts: list[tuple[Status, str, tuple[Citation, ...]]] = []
    if _officials_harmed(facts):
        parts.append(_officials_as_torturers(facts))
    if facts.harmers & PRIVATE_ACTORS or not facts.harmers:
        parts.append(_acquiescence_in_private_harm(facts))
    status = _best([s for s, _, _ in parts])
    text = " ".join(t for _, t, _ in parts)
    cites = tuple(cite for _, _, group in parts for cite in group)
    text += (
        " Local officials are enough, even if the national government would not go along, "
        "and what counts is how well the government's efforts against this work, not just "
        "whether it means well"
        + (
            "."
            if _ninth(facts)
            else " (Ninth Circuit law, in Madrigal v. Holder: check how your circuit treats it)."
        )
    )
    return Finding(
        code,
        title,
        status,
        text,
        relied_on,
        unique_citations((*cites, c.MADRIGAL, c.SEED_ACQUIESCENCE)),
    )


def no_safe_relocation(facts: Facts, past_torture: Finding) -> Finding:
    """8 C.F.R. § 1208.16(c)(3): all evidence of future torture is considered, including
    past torture, whether the client could relocate to a part of the country where he or
    she is not likely to be tortured, and country conditions. The client does not have to
    prove relocation impossible (Maldonado v. Lynch, 786 F.3d 1155 (9th Cir. 2015) (en
    banc), discussed in the seed at 364); marks that make the client recognisable and
    threats to find him anywhere weigh against relocation, as does a country report that
    "does not identify a safe place" and finds corruption "at all levels of government"
    (seed at 363-64)."""
    code = "relocation"
    title = "No safe place to move to inside the country"
    relied_on = (
        "safe_area",
        "threats_to_find_anywhere",
        "client_marked",
        "harmers",
        "officials_protect_group",
        "country_conditions",
    )
    cites = (c.CAT_ALL_EVIDENCE, c.MALDONADO, c.SEED_RELOCATION)
    no_burden = (
        " Whether the client could move somewhere safe is one piece of evidence, weighed "
        "with the rest; the client does not have to prove that moving is impossible"
        + ("." if _ninth(facts) else " (Ninth Circuit law, in Maldonado v. Lynch).")
    )
    reach = []
    if facts.threats_to_find_anywhere == YesNo.YES:
        reach.append("threats to find the client anywhere")
    if facts.client_marked == YesNo.YES:
        reach.append("the client is marked or recognisable")
    if _officials_harmed(facts) or facts.officials_protect_group == YesNo.YES:
        reach.append("officials were involved")
    if facts.country_conditions & {
        CountryCondition.OFFICIAL_CORRUPTION,
        CountryCondition.COLLUSION,
    }:
        reach.append("reports of official corruption or collusion")
    if past_torture.status == Status.MET:
        reach.append("past torture")
    if facts.safe_area == YesNo.NO:
        return Finding(
            code,
            title,
            Status.MET,
            "The answers say no part of the country would be safe"
            + (f" ({join_words(reach)})." if reach else ".")
            + no_burden,
            relied_on,
            cites,
        )
    if facts.safe_area == YesNo.YES and not reach:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The answers say part of the country would be safe, and nothing points the other "
            "way. That weighs against protection, though it is not decisive on its own."
            + no_burden,
            relied_on,
            cites,
        )
    if facts.safe_area == YesNo.YES:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            f"The answers say part of the country would be safe, but also show "
            f"{join_words(reach)}. Both need weighing." + no_burden,
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "It is not known whether any part of the country would be safe"
        + (f"; the answers show {join_words(reach)}." if reach else ".")
        + no_burden,
        relied_on,
        cites,
    )


def future_torture_more_likely_than_not(facts: Facts, past_torture: Finding) -> Finding:
    """8 C.F.R. § 1208.16(c)(2): the client must show it is "more likely than not that he or
    she would be tortured if removed" (seed at 361). CAT relief looks forward; all evidence
    counts, including past torture and country conditions (8 C.F.R. § 1208.16(c)(3); seed
    at 361, 363-64). Past torture that is "uncontradicted and substantial" weighs heavily
    (seed at 364)."""
    code = "cat_likelihood"
    title = "Torture is more likely than not if the client is returned"
    relied_on = (
        "past_harm",
        "severe_pain",
        "harm_intentional",
        "future_threats_made",
        "threats_to_find_anywhere",
        "client_marked",
        "future_risk_source",
        "country_conditions",
    )
    cites = (c.CAT_MORE_LIKELY_THAN_NOT, c.CAT_ALL_EVIDENCE, c.SEED_CAT, c.SEED_RELOCATION)
    signals, unknowns = future_risk_signals(facts)
    tortured = past_torture.status == Status.MET
    if tortured and signals:
        return Finding(
            code,
            title,
            Status.MET,
            f"The client was tortured before, which weighs heavily, and the answers show "
            f"{join_words(signals)}.",
            relied_on,
            cites,
        )
    if len(signals) >= 3:
        return Finding(
            code,
            title,
            Status.MET,
            f"The answers show {join_words(signals)}. Together these point to torture being "
            "more likely than not.",
            relied_on,
            cites,
        )
    if not tortured and not signals and not unknowns:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "Nothing in the answers points to future torture: no past torture, no threats, "
            "no one known to be looking for the client, and no adverse country conditions.",
            relied_on,
            cites,
        )
    text = "Not yet shown that torture is more likely than not."
    if tortured:
        text += " The client was tortured before, which weighs heavily."
    if signals:
        text += f" For it: {join_words(signals)}."
    if unknowns:
        text += f" Not known: {join_words(unknowns)}."
    return Finding(code, title, Status.UNCLEAR, text, relied_on, cites)


# ---------------------------------------------------------------------------
# 6. The four forms of relief
# ---------------------------------------------------------------------------


def _cap_at_possible(status: str) -> str:
    return ReliefStatus.POSSIBLE if status == ReliefStatus.STRONG else status


def _only_social_group(facts: Facts) -> bool:
    grounds = [row.ground for row in grounds_claimed(facts)]
    return grounds == [Motive.SOCIAL_GROUP]


_SOCIAL_GROUP_NOTE = (
    " Whether the client's group counts as a 'particular social group' is a separate legal "
    "question this screening does not answer."
)


def asylum_status(facts: Facts, f: dict[str, Finding]) -> tuple[str, str]:
    """Asylum: open unless an order is reinstated; needs "one central reason" and a
    well-founded fear (a lower bar than withholding's "more likely than not", seed at 360)."""
    available = f["asylum_available"].status
    if available == Status.NOT_MET:
        return (
            ReliefStatus.NOT_AVAILABLE,
            "Asylum is closed because an earlier removal order is reinstated.",
        )
    if facts.has_convictions == YesNo.YES and facts.aggravated_felony_5_years == YesNo.YES:
        return (
            ReliefStatus.UNCLEAR,
            "The conviction bars withholding; a lawyer must check whether it also bars "
            "asylum (this screening does not cover the asylum bars).",
        )
    nexus = f["nexus_one_central_reason"].status
    if nexus == Status.NOT_MET:
        status, reason = (
            ReliefStatus.WEAK,
            "No protected reason was shown to be a central reason for the harm.",
        )
    elif f["withholding_likelihood"].status == Status.NOT_MET:
        status, reason = (
            ReliefStatus.WEAK,
            "Nothing in the answers points to harm in the future, so a well-founded fear is "
            "not shown.",
        )
    elif nexus == Status.MET and (
        f["withholding_likelihood"].status == Status.MET
        or (facts.past_harm == YesNo.YES and facts.severe_pain == YesNo.YES)
    ):
        status, reason = (
            ReliefStatus.STRONG,
            "A protected reason was central to serious harm, and the fear of future harm is "
            "well founded on these answers.",
        )
    elif nexus == Status.MET:
        status, reason = (
            ReliefStatus.POSSIBLE,
            "A protected reason was central, but the risk of future harm needs more facts.",
        )
    else:
        signals, _ = future_risk_signals(facts)
        if signals or facts.past_harm == YesNo.YES:
            status, reason = (
                ReliefStatus.POSSIBLE,
                "There is harm or risk, but whether a protected reason was central is not "
                "yet shown.",
            )
        else:
            status, reason = (
                ReliefStatus.UNCLEAR,
                "Too little is known about why the client was harmed and what risk remains.",
            )
    if available == Status.UNCLEAR:
        return (
            ReliefStatus.WEAK if status == ReliefStatus.WEAK else ReliefStatus.UNCLEAR,
            "It is not known whether an earlier removal order is reinstated, which would "
            "close asylum. On the merits: " + reason[0].lower() + reason[1:],
        )
    if facts.has_convictions != YesNo.NO and status == ReliefStatus.STRONG:
        status = ReliefStatus.POSSIBLE
        reason += " The client's criminal record needs a lawyer's review for asylum bars."
    if _only_social_group(facts) and status == ReliefStatus.STRONG:
        status = ReliefStatus.POSSIBLE
        reason += _SOCIAL_GROUP_NOTE
    return status, reason


def withholding_status(facts: Facts, f: dict[str, Finding]) -> tuple[str, str]:
    """Withholding of removal (8 U.S.C. § 1231(b)(3)): not barred, nexus under the circuit's
    standard, and harm more likely than not (seed at 360)."""
    bar = f["particularly_serious_crime"].status
    if bar == Status.NOT_MET:
        return (
            ReliefStatus.BARRED,
            "Barred: an aggravated felony with five years or more in sentences is a "
            "particularly serious crime.",
        )
    nexus = f["withholding_nexus"]
    likely = f["withholding_likelihood"].status
    if nexus.status == Status.NOT_MET:
        status, reason = (
            ReliefStatus.WEAK,
            "No link to a protected reason was shown under the test that applies.",
        )
    elif likely == Status.NOT_MET:
        status, reason = (
            ReliefStatus.WEAK,
            "Nothing shows that future harm is more likely than not.",
        )
    elif nexus.status == Status.MET and likely == Status.MET:
        status, reason = (
            ReliefStatus.STRONG,
            "Future harm looks more likely than not, and a protected reason is linked to it.",
        )
    elif (
        facts.circuit == Circuit.UNKNOWN
        and f["nexus_a_reason"].status != f["nexus_one_central_reason"].status
    ):
        status, reason = (
            ReliefStatus.UNCLEAR,
            "The answer turns on the circuit: the link to a protected reason is "
            f"{f['nexus_a_reason'].status.label.lower()} under 'a reason' (Ninth and Sixth "
            f"Circuits) but {f['nexus_one_central_reason'].status.label.lower()} under 'one "
            "central reason' (the Board and other circuits). Find out which circuit the case "
            "is in.",
        )
    elif Status.MET in (nexus.status, likely):
        status, reason = (
            ReliefStatus.POSSIBLE,
            "Part of the case is shown; "
            + (
                "the link to a protected reason"
                if nexus.status != Status.MET
                else "the likelihood of future harm"
            )
            + " needs more facts.",
        )
    else:
        status, reason = (
            ReliefStatus.UNCLEAR,
            "Both the link to a protected reason and the likelihood of future harm need "
            "more facts.",
        )
    if bar == Status.UNCLEAR and status == ReliefStatus.STRONG:
        status = _cap_at_possible(status)
        reason += " The convictions need a lawyer's check for the particularly serious crime bar."
    if _only_social_group(facts) and status == ReliefStatus.STRONG:
        status = _cap_at_possible(status)
        reason += _SOCIAL_GROUP_NOTE
    return status, reason


def cat_merits(facts: Facts, f: dict[str, Finding]) -> tuple[str, str]:
    """The Convention Against Torture on the merits: likely torture, state action and
    relocation, weighed together (8 C.F.R. § 1208.16(c)(2)-(3)). In the Ninth Circuit
    relocation is evidence to weigh, not a burden on the client (Maldonado, seed at 364):
    there, when nothing is known about a safe place, that does not hold back a case that is
    otherwise strong. Elsewhere it stays an open point."""
    likely = f["cat_likelihood"].status
    state = f["state_action"].status
    relocation = f["relocation"].status
    if likely == Status.NOT_MET:
        return ReliefStatus.WEAK, "Nothing shows that torture is more likely than not."
    if state == Status.NOT_MET:
        return (
            ReliefStatus.WEAK,
            "No official would carry out or allow the torture on these answers.",
        )
    if likely == state == relocation == Status.MET:
        return (
            ReliefStatus.STRONG,
            "Torture looks more likely than not, officials are involved, and no safe place "
            "to move is shown.",
        )
    if (
        likely == state == Status.MET
        and _ninth(facts)
        and facts.safe_area not in (YesNo.YES, YesNo.NO)
    ):
        return (
            ReliefStatus.STRONG,
            "Torture looks more likely than not and officials are involved. Nothing is known "
            "yet about a safe place to move to; in the Ninth Circuit the client does not have "
            "to prove there is none, but evidence on it will help.",
        )
    if likely == state == Status.MET and relocation == Status.NOT_MET:
        return (
            ReliefStatus.POSSIBLE,
            "Torture looks likely and officials are involved, but a safe place to move may "
            "exist, which weighs against protection.",
        )
    if Status.MET not in (likely, state, relocation):
        return (
            ReliefStatus.UNCLEAR,
            "The likelihood of torture and whether officials are involved both need more facts.",
        )
    open_points = [
        words
        for status, words in (
            (likely, "the likelihood of torture"),
            (state, "official involvement"),
            (relocation, "relocation"),
        )
        if status != Status.MET
    ]
    verb = "needs" if len(open_points) == 1 else "need"
    return (
        ReliefStatus.POSSIBLE,
        f"Part of the case is shown; {join_words(open_points)} {verb} more facts.",
    )


def cat_withholding_status(facts: Facts, f: dict[str, Finding]) -> tuple[str, str]:
    """Withholding under the Convention Against Torture (8 C.F.R. § 1208.16(c)); barred by a
    particularly serious crime (8 C.F.R. § 1208.16(d)(2))."""
    bar = f["particularly_serious_crime"].status
    if bar == Status.NOT_MET:
        return (
            ReliefStatus.BARRED,
            "Barred by the particularly serious crime; deferral of removal is the route.",
        )
    status, reason = cat_merits(facts, f)
    if bar == Status.UNCLEAR and status == ReliefStatus.STRONG:
        status = ReliefStatus.POSSIBLE
        reason += (
            " The convictions need a lawyer's check for the particularly serious crime bar; "
            "if it applies, deferral of removal remains."
        )
    return status, reason


def cat_deferral_status(facts: Facts, f: dict[str, Finding]) -> tuple[str, str]:
    """Deferral of removal (8 C.F.R. § 1208.17(a)): for a person entitled to CAT protection
    but subject to mandatory denial of withholding under § 1208.16(d)(2). Not barred by a
    particularly serious crime."""
    bar = f["particularly_serious_crime"].status
    if bar == Status.MET:
        return (
            ReliefStatus.NOT_AVAILABLE,
            "Not needed: deferral is only for people barred from withholding under the "
            "Convention Against Torture, and no bar applies here.",
        )
    status, reason = cat_merits(facts, f)
    if bar == Status.NOT_MET:
        return status, "The conviction does not bar deferral. " + reason
    return status, "A fallback if the convictions turn out to bar withholding. " + reason


def overall_outcome(relief: dict[str, dict[str, str]]) -> str:
    """The best of the four: strong gives protection_likely; possible gives
    protection_possible; unclear gives refer; otherwise protection_unlikely."""
    statuses = {entry["status"] for entry in relief.values()}
    if ReliefStatus.STRONG in statuses:
        return Outcome.PROTECTION_LIKELY
    if ReliefStatus.POSSIBLE in statuses:
        return Outcome.PROTECTION_POSSIBLE
    if ReliefStatus.UNCLEAR in statuses:
        return Outcome.REFER
    return Outcome.PROTECTION_UNLIKELY


# ---------------------------------------------------------------------------
# 7. Evidence, warnings, next steps
# ---------------------------------------------------------------------------


def evidence_to_gather(facts: Facts) -> list[str]:
    """The gaps in the answers, as things to collect."""
    items: list[str] = []
    if facts.past_harm != YesNo.NO and (
        facts.harm_kinds & PHYSICAL_HARM or facts.visible_scars == YesNo.YES
    ):
        if facts.medical_records != YesNo.YES:
            items.append(
                "A doctor's report on the client's scars and injuries, saying whether they "
                "fit the account (as the physician's reports did in Barajas-Romero, 846 F.3d "
                "at 355-56), and any hospital records."
            )
        if facts.visible_scars == YesNo.YES:
            items.append("Photographs of the client's scars.")
    if facts.severe_pain != YesNo.YES and facts.past_harm == YesNo.YES:
        items.append(
            "Medical or psychological records of the pain and suffering the harm caused "
            "(for example, treatment for post-traumatic stress disorder)."
        )
    if facts.reported_to_police == YesNo.YES:
        items.append("A copy of any police report, or the client's account of the report.")
    elif facts.reported_to_police != YesNo.NO and facts.past_harm != YesNo.NO:
        items.append("Whether the client reported the harm to the police, and what happened.")
    if facts.police_response == PoliceResponse.NOT_SURE:
        items.append("What the police did after the report.")
    if facts.officials_protect_group != YesNo.YES and facts.harmers & PRIVATE_ACTORS:
        items.append(
            "Evidence of ties between officials and the group that harmed the client "
            "(news reports, witness statements)."
        )
    country = facts.country_of_return.strip() or "the country of return"
    items.append(
        f"The current U.S. State Department human rights report on {country} and other "
        "country reports on official corruption, collusion with criminal groups, and how "
        "well the government's efforts work."
    )
    for row in grounds_claimed(facts):
        name = GROUND_LABELS[row.ground]
        if not row.ground_evidence & MOTIVE_EVIDENCE_SHOWN:
            items.append(
                f"Evidence of why the persecutors acted: what they said about the client's "
                f"{name}, and whether the harm got worse once they learned of it."
            )
        if row.ground_known == GroundKnown.NOT_SURE:
            items.append(f"How the persecutors knew of, or assumed, the client's {name}.")
    if facts.safe_area != YesNo.NO:
        items.append(
            "Evidence about moving elsewhere in the country: how far the persecutors' reach "
            "goes, and why other places would or would not be safe."
        )
    if facts.future_threats_made != YesNo.NO or facts.threats_to_find_anywhere != YesNo.NO:
        items.append("Statements from the client and witnesses about threats made.")
    if facts.has_convictions == YesNo.YES or facts.has_convictions == YesNo.NOT_SURE:
        items.append(
            "Certified records of every conviction and sentence, for the particularly "
            "serious crime analysis."
        )
    if facts.reinstated_order != YesNo.NO:
        items.append("The immigration file: any earlier removal order and re-entry.")
    return items


def jurisdiction_warnings(facts: Facts) -> list[str]:
    """Where the answer turns on the circuit."""
    warnings: list[str] = []
    if facts.circuit == Circuit.UNKNOWN:
        warnings.append(
            "The circuit is not known. For withholding, the Ninth and Sixth Circuits need a "
            "protected reason to be only 'a reason' for the harm; the Board and other "
            "circuits need 'one central reason'. Find out where the case is."
        )
    if facts.circuit == Circuit.OTHER:
        warnings.append(
            "Outside the Ninth and Sixth Circuits, the Board applies 'one central reason' to "
            "withholding (Matter of C-T-L-). Check your circuit's own cases."
        )
    if facts.circuit == Circuit.SIXTH:
        warnings.append(
            "The Sixth Circuit applies 'a reason' to withholding (Guzman-Vazquez v. Barr), "
            "as the Ninth does."
        )
    if (
        facts.circuit != Circuit.NINTH
        and _officials_harmed(facts)
        and facts.official_duty not in (OfficialDuty.ON_DUTY, OfficialDuty.BOTH)
    ):
        warnings.append(
            "Officials who may have acted off duty: the Ninth Circuit has no 'rogue "
            "official' exception, but elsewhere Matter of O-F-A-S- asks whether they acted "
            "under color of law. A lawyer must decide this."
        )
    if facts.circuit != Circuit.NINTH:
        warnings.append(
            "The rules on local officials (Madrigal v. Holder) and on relocation (Maldonado "
            "v. Lynch) come from the Ninth Circuit. Check how your circuit treats them."
        )
    return warnings


def _next_steps(
    facts: Facts, f: dict[str, Finding], relief: dict[str, dict[str, str]]
) -> list[str]:
    steps: list[str] = []
    if facts.circuit == Circuit.UNKNOWN:
        steps.append("Find out which federal court of appeals circuit the case is in.")
    if f["asylum_available"].status == Status.NOT_MET:
        steps.append(
            "Prepare the case for withholding of removal and the Convention Against "
            "Torture only: asylum is closed."
        )
    if f["particularly_serious_crime"].status == Status.UNCLEAR:
        steps.append(
            "Have a lawyer review each conviction for the particularly serious crime bar."
        )
    if relief[Relief.WITHHOLDING]["status"] == ReliefStatus.BARRED:
        steps.append("Focus on deferral of removal under the Convention Against Torture.")
    if f["state_action"].status == Status.UNCLEAR:
        steps.append("Find out what officials knew and did about the harm.")
    steps.append("Gather the evidence listed under 'Evidence to gather'.")
    steps.append("Have a lawyer review this screening before advising the client.")
    return steps


def _headline(outcome: str, relief: dict[str, dict[str, str]]) -> str:
    def named(status: str) -> str:
        return join_words(
            [RELIEF_LABELS[code] for code, e in relief.items() if e["status"] == status]
        )

    closed = (
        " Asylum is not open: an earlier removal order is reinstated."
        if relief[Relief.ASYLUM]["status"] == ReliefStatus.NOT_AVAILABLE
        else ""
    )
    if outcome == Outcome.PROTECTION_LIKELY:
        also = named(ReliefStatus.POSSIBLE)
        return (
            f"The client looks likely to qualify for {named(ReliefStatus.STRONG)}."
            + (f" The client may also qualify for {also}." if also else "")
            + closed
        )
    if outcome == Outcome.PROTECTION_POSSIBLE:
        return (
            f"The client may qualify for {named(ReliefStatus.POSSIBLE)}, but key points "
            "need more facts." + closed
        )
    if outcome == Outcome.REFER:
        return (
            "A lawyer needs to review this case: the answers are not enough to tell whether "
            "the client qualifies for protection." + closed
        )
    return "On these answers, the client does not look likely to qualify for protection." + closed


def determine(facts: Facts) -> Determination:
    """Screen the four forms of protection from removal."""
    available = asylum_available_despite_reinstated_order(facts)
    bar = free_of_particularly_serious_crime_bar(facts)
    central = nexus_one_central_reason(facts)
    a_reason = nexus_under_a_reason_standard(facts)
    nexus = withholding_nexus_under_circuit_standard(facts)
    presumption = past_persecution_presumption(facts, nexus)
    likely = future_threat_more_likely_than_not(facts, presumption)
    no_nexus = cat_needs_no_protected_reason(facts)
    torture = past_harm_amounts_to_torture(facts)
    state = torture_by_or_with_acquiescence_of_official(facts)
    relocation = no_safe_relocation(facts, torture)
    cat_likely = future_torture_more_likely_than_not(facts, torture)
    findings = (
        available,
        bar,
        central,
        a_reason,
        nexus,
        presumption,
        likely,
        no_nexus,
        torture,
        state,
        relocation,
        cat_likely,
    )
    f = {finding.code: finding for finding in findings}
    relief: dict[str, dict[str, str]] = {}
    for code, (status, reason) in (
        (Relief.ASYLUM, asylum_status(facts, f)),
        (Relief.WITHHOLDING, withholding_status(facts, f)),
        (Relief.CAT_WITHHOLDING, cat_withholding_status(facts, f)),
        (Relief.CAT_DEFERRAL, cat_deferral_status(facts, f)),
    ):
        relief[str(code)] = {"status": str(status), "reason": reason}
    outcome = overall_outcome(relief)
    caveats = [
        "This is a first screening, not legal advice. The law and the facts need a "
        "lawyer's review.",
        "The client's own account of what happened is kept on the record but not read by "
        "these rules: read it for facts the answers above missed.",
    ]
    caveats.append(
        "Withholding of removal stops removal to a country where the client's life or "
        "freedom would be threatened for a protected reason. The Convention Against Torture "
        "stops removal to a country where the client would be tortured; deferral is a more "
        "limited form of it for people barred from withholding."
    )
    if facts.harmers & PRIVATE_ACTORS:
        caveats.append(
            "For asylum and withholding, harm by a private group or person also needs the "
            "government to be unable or unwilling to control them. This screening tests "
            "official involvement only for the Convention Against Torture."
        )
    if f["asylum_available"].status != Status.NOT_MET:
        caveats.append("For asylum, this screening does not check other requirements and bars.")
    caveats.append(
        "Both kinds of withholding have other bars this screening does not check: taking "
        "part in persecuting others, a serious nonpolitical crime outside the United States, "
        "or being a danger to the security of the United States (8 U.S.C. § 1231(b)(3)(B); "
        "8 C.F.R. § 1208.16(d)(2)). They do not bar deferral under the Convention Against "
        "Torture (8 C.F.R. § 1208.17(a))."
    )
    if Motive.SOCIAL_GROUP in {row.ground for row in grounds_claimed(facts)}:
        caveats.append(_SOCIAL_GROUP_NOTE.strip())
    left_out = grounds_described_but_not_ticked(facts)
    if left_out:
        caveats.append(
            f"The details given for {join_words(left_out)} were left out, because "
            f"{'it was' if len(left_out) == 1 else 'they were'} not ticked as a reason the "
            "client was harmed. Tick it on the 'Why the client was harmed' page if it applies."
        )
    data = {
        # Each form of relief keyed by its code ("asylum", "withholding", "cat_withholding",
        # "cat_deferral"), and the same four together under "relief", in that order.
        **relief,
        "circuit": str(facts.circuit),
        "country_of_return": facts.country_of_return,
        "relief": relief,
        "nexus": {
            "one_central_reason": str(central.status),
            "a_reason": str(a_reason.status),
            "standard_applied": {
                Circuit.NINTH: Standard.A_REASON,
                Circuit.SIXTH: Standard.A_REASON,
                Circuit.OTHER: Standard.ONE_CENTRAL_REASON,
            }.get(facts.circuit, "both"),
            "grounds": [
                {
                    "ground": str(row.ground),
                    "one_central_reason": str(ground_nexus(row, Standard.ONE_CENTRAL_REASON)[0]),
                    "a_reason": str(ground_nexus(row, Standard.A_REASON)[0]),
                }
                for row in grounds_claimed(facts)
            ],
        },
        "evidence_to_gather": evidence_to_gather(facts),
        "jurisdiction_warnings": jurisdiction_warnings(facts),
    }
    return Determination(
        outcome=str(outcome),
        headline=_headline(outcome, relief),
        findings=findings,
        next_steps=tuple(_next_steps(facts, f, relief)),
        caveats=tuple(caveats),
        data=data,
    )

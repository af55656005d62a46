"""The answers the rules read: the choices of each question, the facts dataclass, and
small helpers every part of the analysis shares."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from questionnaires.framework.determination import Status
from questionnaires.framework.wording import YesNo

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


def best_status(statuses: list[Status]) -> Status:
    """Met if any is met; otherwise unclear if any is unclear; otherwise not met."""
    if Status.MET in statuses:
        return Status.MET
    if Status.UNCLEAR in statuses:
        return Status.UNCLEAR
    return Status.NOT_MET


def in_ninth_circuit(facts: Facts) -> bool:
    return facts.circuit == Circuit.NINTH


def officials_harmed(facts: Facts) -> bool:
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

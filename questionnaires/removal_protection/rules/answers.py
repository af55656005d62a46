"""The answers the rules read: the choices of each question, the facts dataclass, and
small helpers every part of the analysis shares."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from questionnaires.framework.determination import Status
from questionnaires.framework.wording import YesNo

# ---------------------------------------------------------------------------
# Answers (form field values)
# ---------------------------------------------------------------------------


class Circuit(StrEnum):
    """The federal court of appeals whose law governs the case. "other" is kept for answers
    given before each circuit could be chosen."""

    FIRST = "first"
    SECOND = "second"
    THIRD = "third"
    FOURTH = "fourth"
    FIFTH = "fifth"
    SIXTH = "sixth"
    SEVENTH = "seventh"
    EIGHTH = "eighth"
    NINTH = "ninth"
    TENTH = "tenth"
    ELEVENTH = "eleventh"
    DC = "dc"
    OTHER = "other"
    UNKNOWN = "unknown"


CIRCUIT_LABELS = {
    Circuit.FIRST: "the First Circuit",
    Circuit.SECOND: "the Second Circuit",
    Circuit.THIRD: "the Third Circuit",
    Circuit.FOURTH: "the Fourth Circuit",
    Circuit.FIFTH: "the Fifth Circuit",
    Circuit.SIXTH: "the Sixth Circuit",
    Circuit.SEVENTH: "the Seventh Circuit",
    Circuit.EIGHTH: "the Eighth Circuit",
    Circuit.NINTH: "the Ninth Circuit",
    Circuit.TENTH: "the Tenth Circuit",
    Circuit.ELEVENTH: "the Eleventh Circuit",
    Circuit.DC: "the D.C. Circuit",
    Circuit.OTHER: "a circuit other than the Ninth or Sixth",
    Circuit.UNKNOWN: "an unknown circuit",
}


class Proceeding(StrEnum):
    REMOVAL_PROCEEDINGS = "removal_proceedings"
    REINSTATEMENT = "reinstatement"
    AFFIRMATIVE = "affirmative"
    OTHER = "other"
    NOT_SURE = "not_sure"


class DeadlineException(StrEnum):
    """Why an asylum application could not be filed within a year of arrival (8 U.S.C.
    § 1158(a)(2)(D); 8 C.F.R. § 1208.4(a)(4)-(5))."""

    CHANGED = "changed_circumstances"
    EXTRAORDINARY = "extraordinary_circumstances"
    NONE = "none"
    NOT_SURE = "not_sure"


class AggravatedFelony(StrEnum):
    """Whether any conviction is an aggravated felony (8 U.S.C. § 1101(a)(43)). "No" for a
    drug trafficking conviction is accepted only as a lawyer's recorded finding
    (``LAWYER_FOUND_NOT``): such a conviction usually is one, but a state sale or
    distribution offence is not always."""

    YES = "yes"
    NO = "no"
    LAWYER_FOUND_NOT = "no_lawyer_found"
    NOT_SURE = "not_sure"


#: The answers that say no conviction is an aggravated felony.
NOT_AN_AGGRAVATED_FELONY = frozenset({AggravatedFelony.NO, AggravatedFelony.LAWYER_FOUND_NOT})


class PscReview(StrEnum):
    """A lawyer's case-by-case call on whether a conviction is a particularly serious crime."""

    NOT_PSC = "not_psc"
    IS_PSC = "is_psc"
    NOT_REVIEWED = "not_reviewed"


class ResettlementException(StrEnum):
    """Why an offer of permanent status elsewhere may not be firm resettlement (8 C.F.R.
    § 208.15(a)-(b), the text before the enjoined 2020 rule)."""

    FLIGHT = "flight"
    RESTRICTED = "restricted"
    NONE = "none"
    NOT_SURE = "not_sure"


class TerrorismReview(StrEnum):
    """Whether the client falls under the terrorism grounds of 8 U.S.C. § 1182(a)(3)(B): the
    broad question "any links to terrorist activity" cannot say so on its own. Only a grant
    of an exemption by the Secretary of Homeland Security or of State (§ 1182(d)(3)(B)(i))
    clears them; a lawyer's view that the client is outside them or exempt
    (``NOT_DESCRIBED``, the old "a lawyer found ... or is exempt") leaves them open."""

    DESCRIBED = "described"
    NOT_DESCRIBED = "not_described"
    EXEMPTION_GRANTED = "exemption_granted"
    NOT_REVIEWED = "not_reviewed"


class EntryManner(StrEnum):
    """How the client last entered the United States (asked only for an arrival on or after
    June 5, 2024, when the "Securing the Border" rule began)."""

    PORT_WITH_APPOINTMENT = "port_appointment"
    PORT_WITHOUT_APPOINTMENT = "port_no_appointment"
    BETWEEN_PORTS = "between_ports"
    NOT_SURE = "not_sure"


class NotReportedReason(StrEnum):
    """Why the harm was not reported to the police."""

    FUTILE = "futile"
    DANGEROUS = "dangerous"
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


#: Harm that is persecution by its nature: violence, detention, and threats to kill. Other
#: harm (extortion, harm to family, property) can be persecution taken together: a lawyer's call.
SERIOUS_HARM = frozenset(
    {
        HarmKind.PHYSICAL_ASSAULT,
        HarmKind.BURNING_OR_CUTTING,
        HarmKind.SEXUAL_VIOLENCE,
        HarmKind.DETENTION,
        HarmKind.DEATH_THREATS,
    }
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
    RECRUITMENT = "recruitment"
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
OTHER_MOTIVES = frozenset(
    {Motive.MONEY, Motive.GENERAL_CRIME, Motive.PERSONAL_DISPUTE, Motive.RECRUITMENT}
)

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
    """The role the rules derive for a protected ground (``nexus.derived_role``)."""

    CENTRAL = "central"
    ONE_REASON = "one_reason"
    NO_PART = "no_part"
    NOT_SURE = "not_sure"


class LawyerRole(StrEnum):
    """A lawyer's view of how much a protected reason mattered: it overrides the role the
    rules derive from the facts."""

    CENTRAL = "central"
    ONE_REASON = "one_reason"
    NO_PART = "no_part"
    NOT_REVIEWED = "not_reviewed"


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


#: Country evidence of officials working with, or bought by, those who harm.
CORRUPTION = frozenset({CountryCondition.OFFICIAL_CORRUPTION, CountryCondition.COLLUSION})


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
    """One row of the "why" page: a protected ground and the facts that show whether it
    mattered to the persecutors; ``lawyer_role`` is a lawyer's view that overrides the role
    the rules derive from those facts."""

    ground: str
    ground_known: str = GroundKnown.NOT_SURE
    ground_evidence: frozenset[str] = frozenset()
    harmed_others_without_ground: str | None = None
    would_have_harmed_anyway: str | None = None
    lawyer_role: str = LawyerRole.NOT_REVIEWED


@dataclass(frozen=True)
class Facts:
    #: The screening date: the one-year asylum deadline is counted to it.
    today: date | None = None
    # 1. The case
    country_of_return: str = ""
    circuit: str = Circuit.UNKNOWN
    proceeding_type: str = Proceeding.NOT_SURE
    reinstated_order: str = YesNo.NOT_SURE
    # 2. Arrival and the asylum application (not asked when asylum is closed)
    last_arrival_date: date | None = None
    asylum_filed: str | None = None
    asylum_filed_date: date | None = None
    unaccompanied_child: str | None = None
    # 2b. A client who came as an unaccompanied child: is the client one still? (asked only
    # then; absent from answers files made before rules 2.3.0)
    client_under_18_now: str | None = None
    parent_available_since_arrival: str | None = None
    lawful_status_now: str | None = None
    # Asked where an application is filed by a client who came as an unaccompanied child
    # (absent from answers files made before rules 2.4.0).
    under_18_when_filed: str | None = None
    # Asked where a client who came as an unaccompanied child has filed (absent from answers
    # files made before rules 2.5.0): 6 U.S.C. § 279(g)(2) applies on the filing day.
    lawful_status_when_filed: str | None = None
    deadline_exception: str | None = None
    last_entry_manner: str | None = None
    # 3. Conduct that bars protection
    persecutor_bar: str | None = None
    firm_resettlement: str | None = None
    prior_asylum_denied: str | None = None
    serious_nonpolitical_crime: str | None = None
    terrorism_bar: str | None = None
    # 3a. Details of a bar answered "yes" (asked only then)
    prior_denial_by_court: str | None = None
    resettlement_exception: str | None = None
    crime_political: str | None = None
    terrorism_review: str | None = None
    # 4. Criminal history
    has_convictions: str = YesNo.NOT_SURE
    aggravated_felony: str | None = None
    af_sentence_5_years: str | None = None
    drug_trafficking: str | None = None
    psc_review: str | None = None
    conviction_details: str = ""  # kept on the record, never parsed
    # 5. Past harm
    past_harm: str = YesNo.NOT_SURE
    harm_narrative: str = ""  # kept on the record, never parsed
    harm_kinds: frozenset[str] = frozenset()
    severe_pain: str | None = None
    harm_intentional: str | None = None
    lawful_sanction: str | None = None
    future_threats_made: str | None = None
    visible_scars: str | None = None
    medical_records: str | None = None
    # 6. Who harmed the client
    harmers: frozenset[str] = frozenset()
    official_duty: str | None = None
    officials_in_uniform: str | None = None
    access_through_position: str | None = None
    threatened_official_retaliation: str | None = None
    officials_aware: str | None = None
    reported_to_police: str | None = None
    not_reported_reason: str | None = None
    police_response: str | None = None
    officials_protect_group: str | None = None
    # 7. Why the client was harmed
    motives: frozenset[str] = frozenset()
    social_group_description: str = ""  # kept for the lawyer; cognizability is never decided
    ground_details: tuple[GroundDetail, ...] = ()
    # 8. Future risk
    future_risk_source: str | None = None
    conditions_changed: str | None = None
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


def officials_acted_only_privately(facts: Facts) -> bool:
    """Only officials harmed the client, off duty, and every fact Matter of J-G-R- names
    points away from the office: not in uniform, not reaching the client through the
    position, no threat to use it."""
    return (
        officials_harmed(facts)
        and not facts.harmers - OFFICIALS
        and facts.official_duty == OfficialDuty.OFF_DUTY
        and (
            facts.officials_in_uniform,
            facts.access_through_position,
            facts.threatened_official_retaliation,
        )
        == (YesNo.NO, YesNo.NO, YesNo.NO)
    )


def officials_plainly_used_their_office(facts: Facts) -> bool:
    """The facts Matter of J-G-R- treats as decisive for acting "in an official capacity":
    the officials reached the client through their position, or were on duty and in
    uniform (and did not act outside the job)."""
    on_duty = facts.official_duty in (OfficialDuty.ON_DUTY, OfficialDuty.BOTH)
    return facts.access_through_position == YesNo.YES or (
        on_duty
        and facts.officials_in_uniform == YesNo.YES
        and facts.access_through_position != YesNo.NO
    )


def officials_may_have_acted_privately(facts: Facts) -> bool:
    """Officials harmed the client, but the answers do not show they used their office:
    other officials' awareness and failure to step in (acquiescence) may then decide state
    action, as it would for a private attacker (R8-12)."""
    return officials_harmed(facts) and not officials_plainly_used_their_office(facts)


def harmed_by_the_state(facts: Facts) -> bool:
    """Officials harmed the client, and not only in a private capacity."""
    return officials_harmed(facts) and not officials_acted_only_privately(facts)


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
    if facts.future_risk_source in (FutureSource.SAME_PEOPLE, FutureSource.BOTH):
        if facts.past_harm == YesNo.YES:
            signals.append("the people who harmed the client would do it again")
        else:
            signals.append("the people who threatened the client would carry it out")
    elif facts.future_risk_source == FutureSource.OTHERS:
        signals.append("others who would harm the client")
    elif facts.future_risk_source != FutureSource.NONE_IDENTIFIED:
        unknowns.append("who would harm the client")
    if facts.country_conditions & ADVERSE_CONDITIONS:
        signals.append("country conditions (corruption, collusion or human rights violations)")
    elif CountryCondition.NONE_KNOWN not in facts.country_conditions:
        unknowns.append("country conditions")
    return signals, unknowns

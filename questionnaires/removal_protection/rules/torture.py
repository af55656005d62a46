"""The Convention Against Torture: no protected reason needed, torture (8 C.F.R.
§ 1208.18(a)(1)), and state action (§ 1208.18(a)(1), (a)(7))."""

from __future__ import annotations

from questionnaires.framework.determination import Citation, Finding, Status
from questionnaires.framework.wording import YesNo, unique_citations
from questionnaires.removal_protection import citations as c

from .answers import (
    PHYSICAL_HARM,
    PRIVATE_ACTORS,
    Circuit,
    CountryCondition,
    Facts,
    Harmer,
    HarmKind,
    OfficialDuty,
    OfficialsAware,
    PoliceResponse,
    best_status,
    in_ninth_circuit,
    officials_harmed,
)


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
        if in_ninth_circuit(facts) and HarmKind.DEATH_THREATS in facts.harm_kinds
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
    if in_ninth_circuit(facts):
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
    colleagues = response == PoliceResponse.ATTACKERS_WERE_COLLEAGUES and not officials_harmed(
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
    if officials_harmed(facts):
        parts.append(_officials_as_torturers(facts))
    if facts.harmers & PRIVATE_ACTORS or not facts.harmers:
        parts.append(_acquiescence_in_private_harm(facts))
    status = best_status([s for s, _, _ in parts])
    text = " ".join(t for _, t, _ in parts)
    cites = tuple(cite for _, _, group in parts for cite in group)
    text += (
        " Local officials are enough, even if the national government would not go along, "
        "and what counts is how well the government's efforts against this work, not just "
        "whether it means well"
        + (
            "."
            if in_ninth_circuit(facts)
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

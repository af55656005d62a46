"""The Convention Against Torture: no protected reason needed, torture (8 C.F.R.
§ 1208.18(a)(1)), and state action (§ 1208.18(a)(1), (a)(7))."""

from __future__ import annotations

from questionnaires.framework.determination import Citation, Finding, Status, reads
from questionnaires.framework.wording import YesNo, join_words, unique_citations
from questionnaires.removal_protection import citations as c

from .answers import (
    CORRUPTION,
    PHYSICAL_HARM,
    PRIVATE_ACTORS,
    Circuit,
    Facts,
    FutureSource,
    Harmer,
    HarmKind,
    OfficialDuty,
    OfficialsAware,
    PoliceResponse,
    best_status,
    in_ninth_circuit,
    officials_harmed,
    officials_may_have_acted_privately,
    officials_plainly_used_their_office,
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


#: Harm with no physical attack on the client: demands for money, damage to property, harm
#: to family. Whatever the suffering, it is torture of the client only as the prolonged
#: mental harm 8 C.F.R. § 1208.18(a)(4)(i)-(iv) lists (for harm to others, "the threat that
#: another person will imminently be subjected to death" or severe pain, (a)(4)(iv)): a
#: lawyer's call, never read from "severe suffering" alone (R5-4).
NOT_TORTURE_ON_THEIR_OWN = frozenset(
    {HarmKind.EXTORTION, HarmKind.PROPERTY, HarmKind.HARM_TO_FAMILY}
)


@reads(
    "past_harm",
    "severe_pain",
    "harm_intentional",
    "lawful_sanction",
    "harm_kinds",
    "visible_scars",
    "medical_records",
    decides="whether the past harm was torture",
    law=(c.TORTURE_DEFINED,),
)
def past_harm_amounts_to_torture(facts: Facts) -> Finding:
    """8 C.F.R. § 1208.18(a)(1): torture is an act by which severe pain or suffering,
    physical or mental, is intentionally inflicted (for a purpose such as punishment,
    intimidation or coercion) by or with the acquiescence of a public official. It must be
    specifically intended (§ 1208.18(a)(5)); it excludes pain "arising only from, inherent
    in or incidental to lawful sanctions" (§ 1208.18(a)(3)); mental pain counts only as
    "prolonged mental harm caused by or resulting from" threatened severe physical pain,
    mind-altering substances or procedures, "the threat of imminent death", or a threat to
    another person (§ 1208.18(a)(4)(i)-(iv)), so extortion or damage to property alone is not
    torture however distressing. Under Ninth Circuit law
    it includes killing (seed at 361). The official part is tested under state action
    below. Physicians' reports of scars are the kind of proof that settled it in the seed (at
    355-56)."""
    code = "past_torture"
    title = "The past harm was torture (severe pain or suffering, on purpose)"
    relied_on = (
        "past_harm",
        "severe_pain",
        "harm_intentional",
        "lawful_sanction",
        "harm_kinds",
        "visible_scars",
        "medical_records",
    )
    cites: tuple[Citation, ...] = (c.TORTURE_DEFINED, c.SPECIFIC_INTENT, c.SEED_CAT)
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
        " In the Ninth Circuit a killing by officials, or with their acquiescence, can be "
        "torture, so a real threat to kill the client counts in judging the future risk."
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
    if facts.lawful_sanction == YesNo.YES:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The harm came as a punishment under the country's law. Pain that comes only "
            "from a lawful sanction is not torture; a sanction that is itself torture, or "
            "that defeats the Convention's purpose, is not lawful. A lawyer must judge it.",
            relied_on,
            (*cites, c.LAWFUL_SANCTIONS),
        )
    if (
        facts.severe_pain == YesNo.YES
        and facts.harm_intentional == YesNo.YES
        and facts.harm_kinds
        and facts.harm_kinds <= NOT_TORTURE_ON_THEIR_OWN | {HarmKind.DEATH_THREATS}
        and HarmKind.DEATH_THREATS in facts.harm_kinds
    ):
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The client was threatened with death but not physically harmed. Mental "
            "suffering is torture only when it is prolonged mental harm caused by, among "
            "other things, a threat of imminent death: a threat to kill later (for example, "
            "if money is not paid by a date) may not be imminent, and severe distress is not "
            "by itself prolonged mental harm. A lawyer must weigh the threat and its effect.",
            relied_on,
            (*cites, c.MENTAL_PAIN),
        )
    if (
        facts.severe_pain == YesNo.YES
        and facts.harm_intentional == YesNo.YES
        and facts.harm_kinds
        and facts.harm_kinds <= NOT_TORTURE_ON_THEIR_OWN
    ):
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The harm ticked (such as demands for money, damage to property or harm to "
            "family) was not a physical attack on the client. Mental "
            "suffering is torture only when it is prolonged mental harm caused by threatened "
            "severe physical pain, mind-altering drugs or procedures, a threat of imminent "
            "death, or a threat that someone else will imminently be killed or badly hurt. A "
            "lawyer must check whether any of those happened.",
            relied_on,
            (*cites, c.MENTAL_PAIN),
        )
    if facts.severe_pain == YesNo.YES and facts.harm_intentional == YesNo.YES:
        return Finding(
            code,
            title,
            Status.MET,
            "The harm caused severe physical or mental pain or suffering and was inflicted "
            "on purpose. That is what torture means, if officials were involved (tested "
            "below). Past torture weighs heavily in judging the risk of future torture."
            + killing
            + medical,
            relied_on,
            with_medical,
        )
    if facts.harm_intentional == YesNo.NO:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "Torture must be specifically intended; the answers say the past harm was not "
            "inflicted on purpose. The client can still rely on the risk of future torture."
            + killing,
            relied_on,
            cites,
        )
    threat_of_death = HarmKind.DEATH_THREATS in facts.harm_kinds
    if facts.severe_pain == YesNo.NO and threat_of_death:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The answers say the harm did not cause severe pain or suffering, but the client "
            "was threatened with death. Prolonged mental harm from a threat of imminent "
            "death can be torture: a lawyer should weigh the threats and their effect.",
            relied_on,
            (*cites, c.MENTAL_PAIN),
        )
    if facts.severe_pain == YesNo.NO:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "Torture needs severe pain or suffering inflicted on purpose; the answers say the "
            "past harm was not severe. The client can still rely on the risk of future "
            "torture." + killing,
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


def _capacity_signs(facts: Facts) -> tuple[list[str], list[str], list[str]]:
    """The facts Matter of J-G-R- names for whether an official acted under color of law:
    (signs for, signs against, not known)."""
    signs, against, unknown = [], [], []
    for answer, yes, no, not_known in (
        (
            facts.access_through_position,
            "they reached the client through their position",
            "they did not reach the client through their position",
            "whether they reached the client through their position",
        ),
        (
            facts.threatened_official_retaliation,
            "they threatened to use their office against the client",
            "they made no threat to use their office",
            "whether they threatened to use their office",
        ),
        (
            facts.officials_in_uniform,
            "they were in uniform",
            "they were not in uniform",
            "whether they were in uniform",
        ),
    ):
        if answer == YesNo.YES:
            signs.append(yes)
        elif answer == YesNo.NO:
            against.append(no)
        else:
            unknown.append(not_known)
    return signs, against, unknown


def _officials_as_torturers(facts: Facts) -> tuple[Status, str, tuple[Citation, ...]]:
    """Torture "inflicted by ... a public official or other person acting in an official
    capacity" (8 C.F.R. § 1208.18(a)(1)). The Ninth Circuit reads the "or" literally: there
    is no "rogue official" exception, and off-duty local police are still public officials
    (seed at 362-63). The Board applies Matter of O-F-A-S-, 28 I&N Dec. 35 (A.G. 2020) ("under
    color of law"), as Matter of J-G-R-, 28 I&N Dec. 733 (BIA 2023) explains it: the key is
    whether the official could do it because of the government position; access to the
    victim through the position, being on duty and in uniform, and threats of official
    retaliation are the facts it names. Reaching the victim through the position is the
    key consideration the Board names; a threat to retaliate through official channels is
    "another relevant consideration" (J-G-R-, as quoted by sabrinadamast.com, read with the
    search tool 2026-11-30), so a threat alone, from an official off duty, out of uniform,
    who did not reach the client through the job, is for a lawyer to weigh (R7-08)."""
    signs, against, unknown = _capacity_signs(facts)
    board = (c.TORTURE_DEFINED, c.O_F_A_S, c.J_G_R)
    used_office = facts.access_through_position == YesNo.YES
    if officials_plainly_used_their_office(facts):
        why = "using their position" if used_office else "while on duty and in uniform"
        return (
            Status.MET,
            f"Officials harmed the client {why}: that is torture by a public official acting "
            "in an official capacity.",
            (*board, c.SEED_CAT),
        )
    duty = {
        OfficialDuty.OFF_DUTY: "off duty",
        OfficialDuty.ON_DUTY: "on duty but not through their position",
        OfficialDuty.BOTH: "partly on duty but not through their position",
    }.get(facts.official_duty, "possibly off duty")
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
    facts_text = ""
    if signs:
        facts_text += f" For it: {join_words(signs)}."
    if against:
        facts_text += f" Against it: {join_words(against)}."
    if unknown:
        facts_text += f" Not known: {join_words(unknown)}."
    if not signs and not unknown and facts.official_duty == OfficialDuty.OFF_DUTY:
        return (
            Status.NOT_MET,
            f"Officials harmed the client, {duty}, and nothing shows they used their office: "
            "under the Board's test (Matter of O-F-A-S-, explained in Matter of J-G-R-) an "
            "official who could have done it without any connection to the government is "
            "not acting in an official capacity." + facts_text + ninth_note,
            board,
        )
    threat_only = (
        " A threat to retaliate through official channels is one relevant consideration, "
        "not enough on its own. What decides it: whether they could have done this only "
        "because they held the office (for example, whether the threat is what stopped the "
        "client reporting it, or gave them power over the client)."
        if facts.threatened_official_retaliation == YesNo.YES
        else ""
    )
    return (
        Status.UNCLEAR,
        f"Officials harmed the client, {duty}. Outside the Ninth Circuit, the Board asks "
        "whether they acted 'under color of law': whether they could do it because of their "
        "position (Matter of O-F-A-S-, explained in Matter of J-G-R-)."
        + facts_text
        + threat_only
        + " A lawyer must decide it."
        + ninth_note,
        board,
    )


def _acquiescence_in_private_harm(facts: Facts) -> tuple[Status, str, tuple[Citation, ...]]:
    """8 C.F.R. § 1208.18(a)(7): acquiescence requires that the official, before the
    activity, is aware of it and then breaches a legal duty to intervene. The same test
    applies to other officials where an official harmed the client but may have acted as
    a private person: an official attacker must never make the case weaker than a private
    one (R8-12). Awareness includes
    consciously closing one's eyes. Police who are merely ineffective are not enough "absent
    evidence of corruption or other inability or unwillingness to oppose criminal
    organizations", nor police who are only unable to solve the crime (seed at 363); police
    who did not investigate one attack are not enough on their own (Garcia-Milian v. Holder,
    755 F.3d 1026 (9th Cir. 2014)). Corruption, collusion, looking away, or refusing to act
    on specific knowledge is what shows awareness and breach (seed at 355, 361, 363)."""
    cites = (c.ACQUIESCENCE_DEFINED, c.SEED_CAT, c.SEED_ACQUIESCENCE)
    response = facts.police_response
    corrupt = bool(facts.country_conditions & CORRUPTION)
    # "The attackers were their colleagues" speaks to the private attackers only when no
    # official is named among the harmers; otherwise it is about the officials, whose part
    # is tested on its own.
    colleagues = response == PoliceResponse.ATTACKERS_WERE_COLLEAGUES and not officials_harmed(
        facts
    )
    if facts.officials_protect_group == YesNo.YES and response == PoliceResponse.PROTECTED_CLIENT:
        return (
            Status.UNCLEAR,
            "The answers disagree: officials are said to work with or protect the attackers, "
            "but the police acted to protect the client. Local collusion can sit beside a "
            "protective police unit: find out which officials did what, for a lawyer to weigh.",
            cites,
        )
    if facts.officials_protect_group == YesNo.YES:
        why = "officials work with or protect the group (collusion)"
    elif colleagues:
        why = "the police dropped the report because the attackers were their colleagues"
    elif facts.officials_aware == OfficialsAware.KNEW_BEFOREHAND and response in (
        PoliceResponse.DID_NOTHING,
        PoliceResponse.REFUSED_TO_HELP,
    ):
        why = "officials knew beforehand and did nothing"
    else:
        why = ""
    if why:
        return (
            Status.MET,
            f"Others harmed the client, and {why}. That is acquiescence: officials who know "
            "(or close their eyes) and breach their duty to step in.",
            cites,
        )
    with_case = (*cites, c.GARCIA_MILIAN)
    # Police who acted (protected the client, or tried) are not a breach of the duty to step
    # in: what they did is known, and is weighed below.
    acted = (PoliceResponse.PROTECTED_CLIENT, PoliceResponse.TRIED_BUT_FAILED)
    if facts.officials_aware == OfficialsAware.LOOKED_AWAY and response not in acted:
        return (
            Status.UNCLEAR,
            "Others harmed the client, and officials are said to have looked the other way. "
            "If they knew of it before it happened, or deliberately closed their eyes to it, "
            "and did nothing, that is acquiescence; if they only ignored it afterwards, that "
            "alone is not enough. Find out when and what the officials knew.",
            with_case,
        )
    if facts.officials_aware == OfficialsAware.KNEW_BEFOREHAND and response not in acted:
        return (
            Status.UNCLEAR,
            "Others harmed the client, and officials knew beforehand. Acquiescence needs that "
            "awareness and then a breach of their duty to step in: whether they did nothing "
            "to stop it, or tried, needs evidence (what they were told, by whom, and what "
            "they did).",
            cites,
        )
    if response in (PoliceResponse.DID_NOTHING, PoliceResponse.REFUSED_TO_HELP) and not (
        facts.harmers - {Harmer.UNKNOWN}
    ):
        return (
            Status.UNCLEAR,
            "The police did nothing, but it is not known who the attackers were. Police who "
            "are unwilling to oppose the crime count; police who simply cannot solve it, "
            "because the attackers cannot be identified, do not.",
            with_case,
        )
    if response in (PoliceResponse.DID_NOTHING, PoliceResponse.REFUSED_TO_HELP):
        what = (
            "did nothing about" if response == PoliceResponse.DID_NOTHING else "refused to act on"
        )
        general = (
            " Country reports of corruption are general evidence: what matters is whether "
            "these officials are tied to these attackers."
            if corrupt
            else ""
        )
        return (
            Status.UNCLEAR,
            f"The police {what} the report. Inaction on one report is not enough on its own: "
            "acquiescence needs officials who know of the torture and breach their duty to "
            "stop it, shown by corruption, collusion with these attackers or specific "
            f"knowledge.{general} Gather evidence of what the police knew and of any ties.",
            with_case,
        )
    if response == PoliceResponse.TRIED_BUT_FAILED:
        if corrupt:
            return (
                Status.UNCLEAR,
                "The police tried but could not stop the harm. Police who try and fail are "
                "merely ineffective, not acquiescing, unless there is corruption; the country "
                "reports show corruption or collusion, so whether it reaches these officials "
                "needs weighing.",
                cites,
            )
        return (
            Status.NOT_MET,
            "The police tried but could not stop the harm. Police who try and fail are "
            "merely ineffective, not acquiescing, unless there is corruption or another "
            "unwillingness to oppose the group; none is shown.",
            cites,
        )
    aware_not = (
        facts.officials_aware == OfficialsAware.NOT_AWARE
        and facts.reported_to_police == YesNo.NO
        and facts.officials_protect_group == YesNo.NO
    )
    if aware_not or response == PoliceResponse.PROTECTED_CLIENT:
        why = (
            "the police acted to protect the client"
            if response == PoliceResponse.PROTECTED_CLIENT
            else "officials did not know of the harm"
        )
        if corrupt:
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
    if not facts.harmers or facts.harmers == {Harmer.UNKNOWN}:
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


def _acquiescence_by_other_officials(facts: Facts) -> tuple[Status, str, tuple[Citation, ...]]:
    """Only officials harmed the client, and they may have acted as private persons (off
    duty, not through the job). Acquiescence is then the other route: 8 C.F.R.
    § 1208.18(a)(7), "Acquiescence of a public official requires that the public official,
    prior to the activity constituting torture, have awareness of such activity and
    thereafter breach his or her legal responsibility to intervene to prevent such
    activity" (as quoted in the round-8 review; the rule is ACQUIESCENCE_DEFINED). The
    answers are read exactly as for a private attacker (R8-12, R8-12b)."""
    status, text, cites = _acquiescence_in_private_harm(facts)
    text = text.replace(
        "Others harmed the client",
        "Even if the official who harmed the client acted as a private person, other "
        "officials' part counts",
    ).replace("It is not known who harmed the client, or whether", "It is not known whether")
    text = text.replace("protect the group (collusion)", "protect the attacker (collusion)")
    if status == Status.MET:
        text = (
            "Met through acquiescence, whatever the capacity in which the official acted. " + text
        )
    return status, text, cites


@reads(
    "harmers",
    "official_duty",
    "officials_in_uniform",
    "access_through_position",
    "threatened_official_retaliation",
    "officials_aware",
    "reported_to_police",
    "police_response",
    "officials_protect_group",
    "country_conditions",
    "circuit",
    "future_risk_source",
    decides="whether officials would torture the client or allow it",
    law=(c.ACQUIESCENCE_DEFINED,),
)
def torture_by_or_with_acquiescence_of_official(facts: Facts) -> Finding:
    """8 C.F.R. §§ 1208.18(a)(1), (a)(7): torture must be "inflicted by or at the instigation
    of or with the consent or acquiescence of a public official or other person acting in an
    official capacity" (seed at 361). Protection looks forward ("would be tortured", 8 C.F.R.
    § 1208.16(c)(2)): where the client now fears only other people, what officials did about
    the past harm does not answer it (R5-1). Local officials are enough even if the national
    government would not acquiesce, and the efficacy of the government's efforts counts, not
    just its willingness (Madrigal v. Holder, 716 F.3d 499 (9th Cir. 2013); seed at 363)."""
    code = "state_action"
    title = "Officials would torture the client or allow it (state action)"
    relied_on = (
        "harmers",
        "official_duty",
        "officials_in_uniform",
        "access_through_position",
        "threatened_official_retaliation",
        "officials_aware",
        "reported_to_police",
        "police_response",
        "officials_protect_group",
        "country_conditions",
        "circuit",
        "future_risk_source",
    )
    parts: list[tuple[Status, str, tuple[Citation, ...]]] = []
    if officials_harmed(facts):
        parts.append(_officials_as_torturers(facts))
    if facts.harmers & PRIVATE_ACTORS or not facts.harmers:
        parts.append(_acquiescence_in_private_harm(facts))
    elif (
        officials_may_have_acted_privately(facts)
        and parts[0][0] != Status.MET
        and (facts.officials_aware is not None or facts.officials_protect_group is not None)
    ):
        acquiescence = _acquiescence_by_other_officials(facts)
        if acquiescence[0] == Status.MET:
            status, text, group = parts[0]
            parts[0] = (
                status,
                "The other route, official capacity, is then not needed: " + text,
                group,
            )
        parts.insert(0, acquiescence)
    status = best_status([s for s, _, _ in parts])
    text = " ".join(t for _, t, _ in parts)
    cites = tuple(cite for _, _, group in parts for cite in group)
    if status == Status.MET and facts.future_risk_source == FutureSource.OTHERS:
        # The people who harmed the client, and the officials' part in it, are not whom the
        # client fears now: CAT looks forward (8 C.F.R. § 1208.16(c)(2)).
        status = Status.UNCLEAR
        text += (
            " But the client now fears other people, not those who harmed them before: who "
            "would torture the client now, and whether officials would take part or allow "
            "it, is not yet known."
        )
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

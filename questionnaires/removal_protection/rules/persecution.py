"""Persecution, for asylum and withholding: was the past harm serious enough (its own
standard, lower than torture's "severe pain"), was it by the government or by people the
government is unable or unwilling to control, the presumption past persecution raises
(8 C.F.R. §§ 1208.13(b)(1), 1208.16(b)(1)), and the likelihood of future harm."""

from __future__ import annotations

from questionnaires.framework.determination import Finding, Status, reads
from questionnaires.framework.wording import YesNo, join_words
from questionnaires.removal_protection import citations as c

from .answers import (
    CORRUPTION,
    PHYSICAL_HARM,
    PRIVATE_ACTORS,
    SERIOUS_HARM,
    Circuit,
    Facts,
    FutureSource,
    HarmKind,
    NotReportedReason,
    OfficialsAware,
    PoliceResponse,
    future_risk_signals,
    harmed_by_the_state,
    in_ninth_circuit,
    officials_acted_only_privately,
)
from .nexus import GROUND_RELIED_ON

THREATS = HarmKind.DEATH_THREATS
CHANGE_EXAMPLES = "(for example, a new government, or the persecutors jailed or prosecuted)"
#: Relocation presumed unreasonable where the government persecuted or past persecution is
#: shown, for withholding and for asylum alike.
RELOCATION_PRESUMPTION = (c.WITHHOLDING_RELOCATION_PRESUMPTION, c.ASYLUM_RELOCATION_PRESUMPTION)


def _how_severe(facts: Facts) -> str:
    """What the answers say of a single assault's severity, in words."""
    pain = {
        YesNo.NO: "the answers say it did not cause severe pain",
    }.get(facts.severe_pain, "it is not known whether it caused severe pain")
    scars = {
        YesNo.NO: "there are no scars",
    }.get(facts.visible_scars, "it is not known whether it left scars")
    return f"{pain}, and {scars}"


@reads(
    "past_harm",
    "harm_kinds",
    "severe_pain",
    "visible_scars",
    "medical_records",
    decides="whether the past harm was persecution",
    law=(c.ASYLUM_PAST_PERSECUTION,),
)
def past_harm_was_persecution(facts: Facts) -> Finding:
    """Persecution is serious harm, a lower bar than the "severe pain or suffering" of
    torture (8 C.F.R. § 1208.18(a)(1)): violence counts, and detention with threats to kill
    or severe suffering; detention alone, threats alone and lesser harms (money, property,
    harm to family) count only when serious enough taken together, a lawyer's call however
    the staff rate the suffering. A single assault without severe pain or scars is a
    lawyer's call too; a medical record documents the harm, it does not make it serious
    (R5-6, R6-3). The client's own account decides the detail; this reads only the kinds of
    harm ticked."""
    code = "persecution_level_harm"
    title = "The past harm was serious enough to be persecution"
    relied_on = ("past_harm", "harm_kinds", "severe_pain", "visible_scars", "medical_records")
    cites = (c.ASYLUM_PAST_PERSECUTION, c.PAST_PERSECUTION_PRESUMPTION)
    if facts.past_harm == YesNo.NO:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The client was not harmed before; the claim rests on the risk of future harm.",
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
    kinds = facts.harm_kinds
    violence = kinds & PHYSICAL_HARM
    detained = HarmKind.DETENTION in kinds
    if (
        violence == {HarmKind.PHYSICAL_ASSAULT}
        and not detained
        and THREATS not in kinds
        and YesNo.YES not in (facts.severe_pain, facts.visible_scars)
    ):
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            f"The client was assaulted, but {_how_severe(facts)}. Persecution is serious "
            "harm: a single minor assault may not be. A lawyer must weigh how severe it was, "
            "any injuries, and whether it was repeated."
            + (
                " The medical record shows the harm happened and should be gathered as "
                "evidence; a visit to a doctor does not by itself make the harm serious."
                if facts.medical_records == YesNo.YES
                else ""
            ),
            relied_on,
            cites,
        )
    if violence or (detained and (THREATS in kinds or facts.severe_pain == YesNo.YES)):
        serious = sorted(str(kind).replace("_", " ") for kind in kinds & SERIOUS_HARM - {THREATS})
        if THREATS in kinds:
            serious.append("threats to kill")
        return Finding(
            code,
            title,
            Status.MET,
            f"The client suffered serious harm ({join_words(serious)}). Persecution needs "
            "serious harm, not the severe pain that torture needs.",
            relied_on,
            cites,
        )
    if detained:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The client was detained but not beaten or threatened with death. Detention is "
            "persecution when it is long or harsh enough; a short detention without "
            "mistreatment may not be. A lawyer must weigh how long it lasted and the "
            "conditions.",
            relied_on,
            cites,
        )
    if facts.severe_pain != YesNo.YES and THREATS in kinds:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The client was threatened with death but not otherwise harmed. Threats alone "
            "are persecution only in a small number of cases, where they are so menacing "
            "that they cause real suffering or harm; a lawyer must weigh them. They can still "
            "support a fear of future harm.",
            relied_on,
            cites,
        )
    if facts.severe_pain == YesNo.YES and not kinds - {HarmKind.NOT_SURE}:
        return Finding(
            code,
            title,
            Status.MET,
            "The client suffered serious harm. Persecution needs serious harm, not the "
            "severe pain that torture needs.",
            relied_on,
            cites,
        )
    if facts.severe_pain == YesNo.YES and THREATS in kinds:
        return Finding(
            code,
            title,
            Status.MET,
            "The client suffered serious harm (threats to kill, causing severe suffering). "
            "Persecution needs serious harm, not the severe pain that torture needs.",
            relied_on,
            cites,
        )
    lesser = facts.harm_kinds - {HarmKind.NOT_SURE}
    if lesser:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The harm ticked (such as demands for money, harm to family or damage to "
            "property) can be persecution when it is serious taken together. A lawyer must "
            "weigh the whole account.",
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "The client was harmed, but what the harm was is not yet known.",
        relied_on,
        cites,
    )


#: The Fifth Circuit's cases on a government "unable" to control private persecutors: named
#: for a lawyer, never cited (R5-7). On 2026-11-30 only their openings were read (parties,
#: facts, result: each petition denied); the passages stating the test ("condoned" the harm
#: or "complete helplessness" to protect the victim) were seen only in case summaries and
#: blogs. Mejia-Alvarenga's opinion of March 8, 2024 (95 F.4th 319) replaced the panel's of
#: January 3, 2024 (90 F.4th 348), as its casetext copy says.
FIFTH_CIRCUIT_UNREAD = (
    "Gonzales-Veliz v. Barr, 938 F.3d 219 (5th Cir. 2019), Bertrand v. Garland, "
    "No. 19-60620 (5th Cir. June 3, 2022) and Mejia-Alvarenga v. Garland, 95 F.4th 319 "
    "(5th Cir. 2024)"
)
FIFTH_CIRCUIT_NOTE = (
    " The Fifth Circuit may ask more. Case summaries say it requires a government that "
    "condoned the harm or was completely helpless to protect the victim. This check could "
    "not read the court's own words, so a lawyer must read its cases (named in the notes) "
    "before relying on this."
)


@reads(
    "harmers",
    "reported_to_police",
    "not_reported_reason",
    "police_response",
    "officials_protect_group",
    "officials_aware",
    "country_conditions",
    "circuit",
    decides="whether the government was unable or unwilling to protect the client",
    law=(c.BRINGAS_RODRIGUEZ, c.C_G_T),
)
def government_unable_or_unwilling_to_control(facts: Facts) -> Finding:
    """Persecution is harm by the government or by people it is unable or unwilling to
    control. Bringas-Rodriguez v. Sessions, 850 F.3d 1051 (9th Cir. 2017) (en banc): the
    client need not have reported the harm where reporting would have been futile or
    dangerous, and country evidence can show the government's inability or unwillingness.
    Police who protected the client point the other way, even where officials knew of the
    harm beforehand. Matter of C-G-T-, 28 I&N Dec. 740 (BIA 2023), headnote (2) (read in the
    decision's ecases.us copy): "A respondent's failure to report harm is not necessarily
    fatal to a claim of persecution if the respondent can demonstrate that reporting private
    abuse to government authorities would have been futile or dangerous": a Board precedent,
    so not Ninth Circuit law only (R6-8). Outside the Ninth Circuit, what rests on
    Bringas-Rodriguez alone is left to the circuit's own cases; in the Fifth Circuit, whose
    stricter test ("condoned" or "complete helplessness") could be read only in summaries,
    anything short of officials
    who took part in the harm or protect those who did it is left to a lawyer (R5-7). Police
    who dropped the report because the attackers were their colleagues are officials who
    shield the attackers (or are among them), met in every circuit, as acquiescence reads
    the same answer (R6-4)."""
    code = "government_protection"
    title = "The government did not protect the client (unable or unwilling to control)"
    relied_on = (
        "harmers",
        "reported_to_police",
        "not_reported_reason",
        "police_response",
        "officials_protect_group",
        "officials_aware",
        "country_conditions",
        "circuit",
    )
    cites = (c.BRINGAS_RODRIGUEZ,)
    private_official = (
        "The official acted off duty and nothing links the harm to the office (no uniform, "
        "no access through the job, no threat to use it), so here the official counts as a "
        "private person. "
        if officials_acted_only_privately(facts)
        else ""
    )
    if harmed_by_the_state(facts) and not facts.harmers & PRIVATE_ACTORS:
        did = {YesNo.YES: "harmed", YesNo.NO: "threatened"}.get(
            facts.past_harm, "harmed or threatened"
        )
        return Finding(
            code,
            title,
            Status.MET,
            f"Officials {did} the client themselves: the government is the persecutor.",
            relied_on,
            cites,
        )
    corrupt = bool(facts.country_conditions & CORRUPTION)
    response = facts.police_response
    # Police who dropped the report because the attackers were their colleagues: officials
    # shield the attackers or are among them, as the acquiescence finding reads it too.
    colleagues = (
        facts.reported_to_police == YesNo.YES
        and response == PoliceResponse.ATTACKERS_WERE_COLLEAGUES
    )
    if facts.officials_protect_group == YesNo.YES and response == PoliceResponse.PROTECTED_CLIENT:
        status, text = (
            Status.UNCLEAR,
            "the answers disagree: officials are said to protect the attackers, but the "
            "police acted to protect the client; find out which officials did what",
        )
    elif facts.officials_protect_group == YesNo.YES:
        status, text = Status.MET, "officials work with or protect the people who did it"
    elif harmed_by_the_state(facts):
        status, text = Status.MET, "officials took part in the harm"
    elif facts.officials_aware in (
        OfficialsAware.KNEW_BEFOREHAND,
        OfficialsAware.LOOKED_AWAY,
    ) and response not in (PoliceResponse.PROTECTED_CLIENT, PoliceResponse.TRIED_BUT_FAILED):
        knew = (
            "knew of the harm beforehand"
            if facts.officials_aware == OfficialsAware.KNEW_BEFOREHAND
            else "looked the other way"
        )
        status, text = (
            Status.MET,
            f"officials {knew}: a government unwilling to control the people who did it",
        )
    elif colleagues:
        status, text = (
            Status.MET,
            "the police dropped the report because the attackers were their colleagues: "
            "officials shield the people who did it, or took part themselves",
        )
    elif facts.reported_to_police == YesNo.YES and response in (
        PoliceResponse.DID_NOTHING,
        PoliceResponse.REFUSED_TO_HELP,
    ):
        status, text = Status.MET, "the police were told and did nothing or refused to help"
    elif facts.reported_to_police == YesNo.YES and response == PoliceResponse.PROTECTED_CLIENT:
        if corrupt:
            status, text = (
                Status.UNCLEAR,
                "the police acted to protect the client, though country reports point to "
                "corruption or collusion; whether the protection works needs weighing",
            )
        else:
            status, text = (
                Status.NOT_MET,
                "the police acted to protect the client, so the government was not shown "
                "unable or unwilling to control the people who did it",
            )
    elif facts.reported_to_police == YesNo.YES and response == PoliceResponse.TRIED_BUT_FAILED:
        if corrupt:
            status, text = (
                Status.MET,
                "the police tried but could not stop it, and country reports show "
                "corruption or collusion: a government unable to control them",
            )
        else:
            status, text = (
                Status.UNCLEAR,
                "the police tried but could not stop it; a government that is unable to "
                "control the attackers counts, but one failure may not show that. Country "
                "evidence on how well the police protect people decides it",
            )
    elif facts.reported_to_police == YesNo.NO and facts.not_reported_reason in (
        NotReportedReason.FUTILE,
        NotReportedReason.DANGEROUS,
    ):
        why = "useless" if facts.not_reported_reason == NotReportedReason.FUTILE else "dangerous"
        status, text = (
            Status.MET,
            f"the client did not report it because reporting would have been {why}. Not "
            "reporting is not fatal where reporting would have been futile or dangerous (the "
            "Board's rule in Matter of C-G-T-, which binds immigration judges in every "
            "circuit), but the evidence of it (what happened to others who reported, country "
            "reports) must be gathered",
        )
        cites = (*cites, c.C_G_T)
    elif facts.reported_to_police == YesNo.NO:
        status, text = (
            Status.UNCLEAR,
            "the harm was not reported, so other evidence (country reports, what happened "
            "to others) must show the government is unable or unwilling to control them",
        )
    else:
        status, text = (
            Status.UNCLEAR,
            "it is not known what the police were told or what they did",
        )
    # Met on the Ninth Circuit's reasoning alone: police who tried and failed where
    # corruption is reported. (No report because it would have been futile or dangerous is
    # the Board's rule too, Matter of C-G-T-: R6-8.)
    ninth_only = (
        facts.reported_to_police == YesNo.YES and response == PoliceResponse.TRIED_BUT_FAILED
    )
    # Officials who took part in the harm, or protect those who did it (police who dropped
    # the report because the attackers were their colleagues), count in any circuit (R6-4).
    settled = (
        facts.officials_protect_group == YesNo.YES or harmed_by_the_state(facts) or colleagues
    )
    fifth = facts.circuit == Circuit.FIFTH
    note = ""
    if status == Status.MET and not settled and fifth:
        status = Status.UNCLEAR
        text = f"under the Ninth Circuit's rule (Bringas-Rodriguez) this would be met: {text}"
        note = FIFTH_CIRCUIT_NOTE
    elif status == Status.UNCLEAR and not settled and fifth:
        note = FIFTH_CIRCUIT_NOTE
    elif (
        status == Status.MET
        and ninth_only
        and not settled
        and facts.officials_aware
        not in (OfficialsAware.KNEW_BEFOREHAND, OfficialsAware.LOOKED_AWAY)
        and not in_ninth_circuit(facts)
    ):
        status = Status.UNCLEAR
        text = (
            f"under the Ninth Circuit's rule (Bringas-Rodriguez) this would be met: {text}. "
            "This circuit's own standard for a government unable to control private "
            "persecutors was not checked and may be stricter; a lawyer must check it"
        )
    lead = {
        Status.MET: "Met: ",
        Status.NOT_MET: "Not met: ",
        Status.UNCLEAR: "Not yet shown: ",
    }[status]
    return Finding(
        code,
        title,
        status,
        "When people outside the government do the harm, asylum and withholding also need the "
        "government to be unable or unwilling to control them. "
        + private_official
        + lead
        + text
        + "."
        + note,
        relied_on,
        cites,
    )


@reads(
    "past_harm",
    "harm_kinds",
    "severe_pain",
    "motives",
    "ground_details",
    "harmers",
    "reported_to_police",
    "not_reported_reason",
    "police_response",
    "officials_protect_group",
    "officials_aware",
    "country_conditions",
    "circuit",
    "visible_scars",
    "medical_records",
    decides="whether past persecution raises a presumption of future harm",
    law=(c.PAST_PERSECUTION_PRESUMPTION,),
)
def past_persecution_presumption(
    facts: Facts, harm: Finding, nexus: Finding, protection: Finding
) -> Finding:
    """8 C.F.R. §§ 1208.13(b)(1), 1208.16(b)(1): if the client suffered past persecution on
    account of a protected ground, future persecution is presumed; the government can rebut
    that by a fundamental change in circumstances or a reasonable place to relocate.
    Persecution means serious harm (not torture's severe pain) by the government or by
    people it is unable or unwilling to control."""
    code = "past_persecution_presumption"
    title = "Past persecution raises a presumption of future harm"
    relied_on = (
        "past_harm",
        "harm_kinds",
        "severe_pain",
        *GROUND_RELIED_ON,
        *protection.relied_on,
    )
    cites = (c.PAST_PERSECUTION_PRESUMPTION, c.ASYLUM_PAST_PERSECUTION)
    if facts.past_harm == YesNo.NO:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The client was not harmed before, so there is no presumption. The client can "
            "still show future harm is likely.",
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
    parts = (
        (harm.status, "the harm was serious enough to be persecution"),
        (nexus.status, "it was linked to a protected reason under the test that applies"),
        (
            protection.status,
            "the government did it, or was unable or unwilling to control those who did",
        ),
    )
    failed = [words for status, words in parts if status == Status.NOT_MET]
    if failed:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            f"No presumption: it is not shown that {join_words(failed)}. The client can "
            "still show future harm is likely.",
            relied_on,
            cites,
        )
    open_points = [words for status, words in parts if status != Status.MET]
    if open_points:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            f"The client was harmed, but it is not yet clear that {join_words(open_points)}. "
            "If that is shown, future harm is presumed.",
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.MET,
        "The client suffered serious harm linked to a protected reason, by the government or "
        "people it did not control. That is past persecution, so future harm is presumed "
        "unless the government shows things have changed or the client could safely and "
        "reasonably move elsewhere in the country.",
        relied_on,
        cites,
    )


@reads(
    "past_harm",
    "future_threats_made",
    "threats_to_find_anywhere",
    "client_marked",
    "future_risk_source",
    "conditions_changed",
    "safe_area",
    "harmers",
    "country_conditions",
    decides="whether future harm is more likely than not",
    law=(c.PAST_PERSECUTION_PRESUMPTION,),
)
def future_threat_more_likely_than_not(facts: Facts, presumption: Finding) -> Finding:
    """Withholding needs proof that it is "more likely than not" the client would be
    persecuted (seed at 360), a higher standard than asylum's "well-founded fear"; past
    persecution raises a presumption (8 C.F.R. § 1208.16(b)(1)), which the government may
    rebut with a safe place the client could reasonably move to, and it must prove that
    ((b)(1)(ii)). "In cases in which the persecutor is a government or is
    government-sponsored, or the applicant has established persecution in the past, it shall
    be presumed that internal relocation would not be reasonable" unless the government
    proves otherwise (§ 1208.16(b)(3)(ii), the text in force: the 2020 amendments were
    enjoined, see the caveat). So where the government persecuted, an answer that part of the
    country would be safe does not defeat the presumption; where private people did, it needs
    weighing. Without the presumption, a screening calls it likely only where someone has
    threatened the client and something else points the same way, and nothing has changed
    since: the client must then show harm is more likely than not as things are now
    (§ 1208.16(b)(2)), so a change that could protect the client is for a lawyer to weigh, as
    it is where it could rebut the presumption ((b)(1)(i)(A)) (R6-2)."""
    code = "withholding_likelihood"
    title = "Future harm is more likely than not"
    relied_on = (
        "past_harm",
        "future_threats_made",
        "threats_to_find_anywhere",
        "client_marked",
        "future_risk_source",
        "conditions_changed",
        "safe_area",
        "harmers",
        "country_conditions",
    )
    cites = (c.SEED_A_REASON_HOLDING, c.PAST_PERSECUTION_PRESUMPTION)
    signals, unknowns = future_risk_signals(facts)
    if presumption.status == Status.MET and facts.conditions_changed == YesNo.YES:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "Future harm is presumed because of past persecution, but the answers say things "
            f"have changed since {CHANGE_EXAMPLES}. A fundamental change in circumstances "
            "can rebut the presumption; a lawyer must weigh it, and consider asylum on "
            "humanitarian grounds for severe past persecution.",
            relied_on,
            cites,
        )
    if presumption.status == Status.MET:
        if facts.safe_area == YesNo.YES and harmed_by_the_state(facts):
            return Finding(
                code,
                title,
                Status.MET,
                "Future harm is presumed because of past persecution. The answers say part of "
                "the country would be safe, but the government itself was the persecutor, so "
                "moving is presumed unreasonable unless the government proves otherwise.",
                relied_on,
                (*cites, *RELOCATION_PRESUMPTION, c.M_Z_M_R),
            )
        if facts.safe_area == YesNo.YES:
            return Finding(
                code,
                title,
                Status.UNCLEAR,
                "Future harm is presumed because of past persecution, and moving elsewhere in "
                "the country is presumed unreasonable: the government must prove a safe place "
                "the client could reasonably be expected to move to. But the answers say part "
                "of the country would be safe, and the people who did the harm are not the "
                "government, so this needs a closer look.",
                relied_on,
                (*cites, *RELOCATION_PRESUMPTION, c.M_Z_M_R),
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
    known_persecutors = facts.future_risk_source in (FutureSource.SAME_PEOPLE, FutureSource.BOTH)
    reach = YesNo.YES in (facts.threats_to_find_anywhere, facts.client_marked)
    if facts.conditions_changed == YesNo.YES and signals:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            f"The answers show {join_words(signals)}, but they also say something has "
            f"changed since that could protect the client {CHANGE_EXAMPLES}. Unless past "
            "persecution is shown there is no presumption: the client must show harm is "
            "more likely than not as things are now. A lawyer must weigh whether the threat "
            "still stands.",
            relied_on,
            (*cites, c.WITHHOLDING_FUTURE_THREAT),
        )
    if (
        facts.future_threats_made == YesNo.YES
        and known_persecutors
        and reach
        and facts.safe_area == YesNo.YES
        and not harmed_by_the_state(facts)
    ):
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            f"The answers show {join_words(signals)}, but they also say part of the country "
            "would be safe. Without past persecution, and with persecutors who are not the "
            "government, the client must show that moving there would not be reasonable. A "
            "lawyer must weigh how far the persecutors' reach goes.",
            relied_on,
            (*cites, c.WITHHOLDING_RELOCATION_PRESUMPTION, c.M_Z_M_R),
        )
    if facts.future_threats_made == YesNo.YES and known_persecutors and reach:
        return Finding(
            code,
            title,
            Status.MET,
            f"The answers show {join_words(signals)}: the people who threatened the client "
            "are known and can find the client. Together these point to harm being more "
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
    text = (
        "Not yet shown that harm is more likely than not (a greater than 50% chance): without "
        "past persecution, that needs known persecutors who threatened the client and can "
        "find the client, not a threat and general conditions alone. Or it needs a pattern "
        "or practice of persecuting a group the client belongs to, in which case the client "
        "need not have been singled out; that is a lawyer's call on country evidence."
    )
    if signals:
        text += f" For it: {join_words(signals)}."
    if unknowns:
        text += f" Not known: {join_words(unknowns)}."
    return Finding(
        code, title, Status.UNCLEAR, text, relied_on, (*cites, c.WITHHOLDING_FUTURE_THREAT)
    )


@reads(
    "past_harm",
    "future_threats_made",
    "threats_to_find_anywhere",
    "client_marked",
    "future_risk_source",
    "conditions_changed",
    "safe_area",
    "harmers",
    "country_conditions",
    decides="whether the client's fear of persecution is well founded, for asylum",
    law=(c.WELL_FOUNDED_FEAR,),
)
def well_founded_fear(facts: Facts, presumption: Finding, likely: Finding) -> Finding:
    """8 C.F.R. § 1208.13(b)(2)(i)(B): asylum needs only "a reasonable possibility of
    suffering such persecution", a lower bar than withholding's "more likely than not" (seed
    at 360). Past persecution raises the presumption ((b)(1)); without it, known persecutors
    who have threatened the client, and either can find the client or are the government
    (relocation then presumed unreasonable, (b)(3)(ii)), show a reasonable possibility. A
    place the client could reasonably move to defeats the fear ((b)(2)(ii)); without past
    persecution and with private persecutors, the client must show moving is unreasonable
    ((b)(3)(i)); with a government persecutor it is presumed unreasonable, past persecution
    or not, unless the government proves otherwise ((b)(3)(ii)), so staff's view that part
    of the country is safe is a point for a lawyer to test, not a defeat (R6-5). A change
    since the threats that could protect the client is for a lawyer to weigh, with past
    persecution ((b)(1)(i)(A)) or without it: never stronger without (R6-2)."""
    code = "asylum_fear"
    title = "A well-founded fear of persecution (for asylum)"
    relied_on = (
        "past_harm",
        "future_threats_made",
        "threats_to_find_anywhere",
        "client_marked",
        "future_risk_source",
        "conditions_changed",
        "safe_area",
        "harmers",
        "country_conditions",
    )
    cites = (c.WELL_FOUNDED_FEAR, c.SEED_A_REASON_HOLDING)
    if likely.status == Status.MET:
        return Finding(
            code,
            title,
            Status.MET,
            "Future harm looks more likely than not, so asylum's lower bar (a reasonable "
            "possibility of persecution) is met too.",
            relied_on,
            cites,
        )
    if presumption.status == Status.MET:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "A well-founded fear is presumed because of past persecution, but the answers "
            "point to a change or a safe place to move. The government must prove it; a "
            "lawyer must weigh it.",
            relied_on,
            (*cites, c.ASYLUM_PAST_PERSECUTION),
        )
    known = facts.future_risk_source in (FutureSource.SAME_PEOPLE, FutureSource.BOTH)
    reach = YesNo.YES in (facts.threats_to_find_anywhere, facts.client_marked)
    state = harmed_by_the_state(facts)
    if facts.conditions_changed == YesNo.YES and likely.status != Status.NOT_MET:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The answers say something has changed since that could protect the client "
            f"{CHANGE_EXAMPLES}. Unless past persecution is shown there is no presumption: "
            "the fear must be well founded as things are now. Asylum needs only a reasonable "
            "possibility of persecution, but a lawyer must weigh whether the threat still "
            "stands.",
            relied_on,
            cites,
        )
    if (
        facts.future_threats_made == YesNo.YES
        and known
        and (reach or state)
        and (facts.safe_area != YesNo.YES or state)
        and facts.conditions_changed != YesNo.YES
    ):
        shown = (
            "Officials threatened the client and would seek the client out; where the "
            "government is the persecutor, moving elsewhere is presumed unreasonable."
            if state
            else "Known people threatened the client and can find the client."
        )
        if state and facts.safe_area == YesNo.YES:
            shown += (
                " Staff think part of the country is safe: the government (DHS) must prove "
                "the client could reasonably move there, and a lawyer should test that."
            )
        return Finding(
            code,
            title,
            Status.MET,
            f"{shown} Asylum needs only a reasonable possibility of persecution, a lower bar "
            "than withholding's 'more likely than not' (which needs more facts here).",
            relied_on,
            (*cites, c.ASYLUM_RELOCATION_PRESUMPTION) if state else cites,
        )
    if facts.future_threats_made == YesNo.YES and known and facts.safe_area == YesNo.YES:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "Known people threatened the client, but the answers say part of the country "
            "would be safe. Without past persecution, and with persecutors who are not the "
            "government, the client must show that moving there would not be reasonable.",
            relied_on,
            cites,
        )
    if likely.status == Status.NOT_MET:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "Nothing in the answers points to harm in the future, so a well-founded fear is "
            "not shown.",
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "Asylum needs only a reasonable possibility of persecution, but the answers do not "
        "yet show it: it needs known persecutors who threatened the client and can find the "
        "client (or are the government), and no safe place to move. Or it needs a pattern or "
        "practice of persecuting a group the client belongs to, in which case the client "
        "need not have been singled out; that is a lawyer's call on country evidence.",
        relied_on,
        (*cites, c.PATTERN_OR_PRACTICE),
    )

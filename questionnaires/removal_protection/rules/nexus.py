"""Nexus: the link between the harm and a protected reason, under "one central reason"
(8 U.S.C. § 1158(b)(1)(B)(i)) and "a reason" (8 U.S.C. § 1231(b)(3); seed at 358-60)."""

from __future__ import annotations

import functools

from questionnaires.framework.determination import Citation, Finding, Status, reads
from questionnaires.framework.wording import YesNo, join_words, unique_citations
from questionnaires.removal_protection import citations as c

from .answers import (
    GROUND_LABELS,
    OTHER_MOTIVES,
    Circuit,
    Facts,
    GroundDetail,
    GroundKnown,
    GroundRole,
    LawyerRole,
    Motive,
    MotiveEvidence,
    Standard,
    best_status,
    grounds_claimed,
)


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


def _motive_shown(row: GroundDetail) -> list[str]:
    """What shows the ground was the persecutors' motive: what they said, or the harm getting
    worse once they learned of it (seed at 360), or other evidence."""
    shown = []
    if MotiveEvidence.WHAT_THEY_SAID in row.ground_evidence:
        shown.append("what they said")
    if MotiveEvidence.HARM_WORSENED in row.ground_evidence:
        shown.append("the harm got worse after they learned of it")
    if MotiveEvidence.OTHER_EVIDENCE in row.ground_evidence:
        shown.append("other evidence")
    return shown


def _from_lawyer(row: GroundDetail, standard: str, name: str) -> tuple[Status, str] | None:
    """A lawyer's recorded view of the ground's role overrides what the facts give."""
    if row.lawyer_role == LawyerRole.NO_PART:
        return Status.NOT_MET, f"a lawyer found the client's {name} played no part"
    if row.lawyer_role == LawyerRole.ONE_REASON and standard == Standard.ONE_CENTRAL_REASON:
        return Status.NOT_MET, f"a lawyer found the client's {name} was one reason, not central"
    if row.lawyer_role in (LawyerRole.CENTRAL, LawyerRole.ONE_REASON):
        role = "a central reason" if row.lawyer_role == LawyerRole.CENTRAL else "one reason"
        return Status.MET, f"a lawyer found the client's {name} was {role}"
    return None


def ground_answers_disagree(row: GroundDetail) -> bool:
    """The persecutors are said not to have known of the ground, yet something shows it was
    their motive, or they would not have harmed the client without it (R7-38): answers that
    cannot all be true. A lawyer's recorded view is taken instead (and a lawyer's view
    that the ground played a part is its own contradiction, in :func:`ground_nexus`)."""
    return (
        persecutors_knew_of_ground(row) is False
        and row.lawyer_role == LawyerRole.NOT_REVIEWED
        and bool(_motive_shown(row) or row.would_have_harmed_anyway == YesNo.NO)
    )


@functools.lru_cache(maxsize=512)
def ground_nexus(row: GroundDetail, standard: str) -> tuple[Status, str]:
    """One ground under one standard: "at least one central reason" (asylum, 8 U.S.C.
    § 1158(b)(1)(B)(i)) or "a reason" (withholding in the Ninth Circuit, seed at 358-60).
    The role is derived from the facts that show motive, as the seed reads them (357-60):
    something must show the motive (what the persecutors said, the harm getting worse once
    they learned of the ground); that is enough for "a reason". For a central reason the
    ground must matter on its own: persecutors who would have harmed the client anyway (for
    money, as the police in Barajas-Romero extorted him before his remark) make it at most
    one reason among others. A lawyer's recorded view overrides the derivation."""
    name = GROUND_LABELS[row.ground]
    if persecutors_knew_of_ground(row) is False and row.lawyer_role in (
        LawyerRole.CENTRAL,
        LawyerRole.ONE_REASON,
    ):
        return (
            Status.UNCLEAR,
            f"the answers disagree: the persecutors are said not to have known of the "
            f"client's {name}, but a lawyer found it played a part. An opinion or trait the "
            "persecutors only assumed the client had counts (the answer 'they assumed it'): "
            "check which the lawyer relied on",
        )
    if ground_answers_disagree(row):
        shown = [f"{what} shows it was their motive" for what in _motive_shown(row)]
        if row.would_have_harmed_anyway == YesNo.NO:
            shown.append("they would not have harmed the client without it")
        return (
            Status.UNCLEAR,
            f"the answers disagree: the persecutors are said not to have known of the "
            f"client's {name}, yet {join_words(shown)}. Both cannot be true. If they only "
            "assumed the client held it, that counts (the answer 'they assumed it'): check "
            "with the client which is right",
        )
    if persecutors_knew_of_ground(row) is False:
        return Status.NOT_MET, f"the persecutors did not know of the client's {name}"
    lawyer = _from_lawyer(row, standard, name)
    if lawyer is not None:
        return lawyer
    if persecutors_knew_of_ground(row) is None:
        return Status.UNCLEAR, f"it is not known whether the persecutors knew of the {name}"
    shown = _motive_shown(row)
    if not shown:
        return (
            Status.UNCLEAR,
            f"nothing yet shows that the {name} was the persecutors' motive (what they said, "
            "or the harm getting worse once they learned of it)",
        )
    evidence = join_words(shown)
    direct = bool(
        row.ground_evidence & {MotiveEvidence.WHAT_THEY_SAID, MotiveEvidence.HARM_WORSENED}
    )
    if (
        not direct
        and row.harmed_others_without_ground == YesNo.YES
        and row.would_have_harmed_anyway == YesNo.YES
    ):
        # They treated everyone alike and would have harmed the client anyway: only
        # unspecified "other evidence" is left to show the ground mattered at all.
        return (
            Status.UNCLEAR,
            f"they harmed others who do not share the client's {name} and would have harmed "
            "the client anyway; nothing they said or did shows it mattered to them (general "
            "crime with no link to a protected ground is not enough)",
        )
    if standard == Standard.A_REASON:
        return Status.MET, f"the client's {name} was at least one reason ({evidence})"
    others = (
        "; they also harmed others who do not share it"
        if row.harmed_others_without_ground == YesNo.YES
        else ""
    )
    if (
        row.would_have_harmed_anyway == YesNo.YES
        and MotiveEvidence.HARM_WORSENED in row.ground_evidence
    ):
        return (
            Status.UNCLEAR,
            "the facts point both ways: they would have harmed the client anyway, but the "
            f"harm got worse once they learned of the client's {name}; whether it was "
            "a central reason, not just one among others, is for a lawyer to weigh",
        )
    if row.would_have_harmed_anyway == YesNo.YES:
        return (
            Status.NOT_MET,
            f"the client's {name} played a part ({evidence}), but they would have harmed the "
            f"client anyway, so it is one reason among others, not a central one{others}",
        )
    if row.would_have_harmed_anyway == YesNo.NO:
        return (
            Status.MET,
            f"the client's {name} was a central reason: they would not have harmed the client "
            f"without it ({evidence}){others}",
        )
    return (
        Status.UNCLEAR,
        f"the client's {name} played a part ({evidence}), but it is not known whether they "
        f"would have harmed the client anyway{others}",
    )


def derived_role(row: GroundDetail) -> str:
    """The role the two standards give a ground: central, one reason, no part, or not sure."""
    central = ground_nexus(row, Standard.ONE_CENTRAL_REASON)[0]
    a_reason = ground_nexus(row, Standard.A_REASON)[0]
    if central == Status.MET:
        return GroundRole.CENTRAL
    if a_reason == Status.MET and central == Status.NOT_MET:
        return GroundRole.ONE_REASON
    if a_reason == Status.NOT_MET:
        return GroundRole.NO_PART
    return GroundRole.NOT_SURE


def harm_said_not_intended(facts: Facts) -> bool:
    """The harm is said not to have been done on purpose, while a protected reason is said
    to be why it was done: answers that cannot both be true (R7-10)."""
    return facts.past_harm == YesNo.YES and facts.harm_intentional == YesNo.NO


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
    status = best_status([s for _, s, _ in results])
    if status == Status.NOT_MET and Motive.UNKNOWN in facts.motives:
        status = Status.UNCLEAR
    reasons = "; ".join(reason for _, _, reason in results)
    text = {
        Status.MET: f"Met: {reasons}.",
        Status.UNCLEAR: f"Not yet shown: {reasons}.",
        Status.NOT_MET: f"Not met: {reasons}.",
    }[status]
    if status == Status.MET and harm_said_not_intended(facts):
        status = Status.UNCLEAR
        text = (
            "Not yet shown, because the answers disagree. On the reasons for the harm: "
            f"{reasons}. But the harm is said not to have been done on purpose, and harm done "
            "because of a protected reason is done on purpose, so both answers cannot be "
            "right. Check them with the client."
        )
    if status == Status.UNCLEAR and Motive.UNKNOWN in facts.motives:
        text += " Part of the motive is unknown."
    cites = base
    if Motive.RECRUITMENT in facts.motives and status == Status.MET:
        status = Status.UNCLEAR
        text = (
            f"Not yet shown: {reasons}. But they also wanted to make the client join them. "
            "Forced recruitment is not persecution for a political opinion just because the "
            "recruiters have political aims, or because the client refused: it must be the "
            "client's own opinion (or one they assumed the client held) that they punished. "
            "A lawyer must weigh what they said and did."
        )
        cites = (*cites, c.ELIAS_ZACARIAS)
    if facts.motives & OTHER_MOTIVES:
        text += mixed_motives(status, standard)
        cites = (*cites, c.BORJA, c.SEED_MIXED_MOTIVES)
        if standard == Standard.ONE_CENTRAL_REASON:
            cites = (*cites, c.SEED_ONE_CENTRAL_REASON)
    if any(MotiveEvidence.HARM_WORSENED in row.ground_evidence for row in grounds):
        cites = (*cites, c.SEED_ESCALATION_FACTS, c.SEED_A_REASON_HOLDING)
    if any(row.ground == Motive.SOCIAL_GROUP for row in grounds):
        text += PARTICULAR_SOCIAL_GROUP
        cites = (*cites, c.M_E_V_G, c.W_G_R)
    return status, text, cites


#: A particular social group is a ground only if the group is cognizable, which this
#: screening never decides (Matter of M-E-V-G-, 26 I&N Dec. 227, headnote (2); Matter of
#: W-G-R-, 26 I&N Dec. 208, headnote (2): both read 2026-11-30 in cetient's copies).
PARTICULAR_SOCIAL_GROUP = (
    " A particular social group counts only if a lawyer finds it is one: its members share "
    "something they cannot change, or should not have to, it has clear limits, and that "
    "society sees it as a group. This screening does not decide that."
)


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


def ground_relied_on(facts: Facts) -> tuple[str, ...]:
    """The answers a nexus finding relies on: the reasons and their details, and the
    answers about intent where they contradict them (:func:`harm_said_not_intended`)."""
    if harm_said_not_intended(facts):
        return (*GROUND_RELIED_ON, "past_harm", "harm_intentional")
    return GROUND_RELIED_ON


@reads(
    "motives",
    "ground_details",
    "past_harm",
    "harm_intentional",
    decides="whether a protected reason was at least one central reason for the harm, for asylum",
    law=(c.ASYLUM_ONE_CENTRAL_REASON,),
)
def nexus_one_central_reason(facts: Facts) -> Finding:
    """8 U.S.C. § 1158(b)(1)(B)(i): for asylum, a protected ground must be "at least one
    central reason" for the persecution (the REAL ID Act standard, seed at 358). This is also
    the Board's test for withholding in Matter of C-T-L-, 25 I&N Dec. 341 (BIA 2010),
    applied outside the Ninth and Sixth Circuits (see the circuit table)."""
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
        ground_relied_on(facts),
        unique_citations((c.ASYLUM_ONE_CENTRAL_REASON, c.SEED_ONE_CENTRAL_REASON, *cites)),
    )


@reads(
    "motives",
    "ground_details",
    "past_harm",
    "harm_intentional",
    decides="whether a protected reason was a reason for the harm, for withholding",
    law=(
        c.WITHHOLDING,
        c.SEED_A_REASON_HOLDING,
    ),
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
        ground_relied_on(facts),
        unique_citations((c.WITHHOLDING, c.SEED_A_REASON, c.SEED_A_REASON_HOLDING, *cites)),
    )


def _deciding_facts(facts: Facts) -> str:
    """The answer that decides the nexus when the two standards part ways."""
    rows = [
        row
        for row in grounds_claimed(facts)
        if ground_nexus(row, Standard.A_REASON)[0]
        != ground_nexus(row, Standard.ONE_CENTRAL_REASON)[0]
    ]
    names = join_words([GROUND_LABELS[row.ground] for row in rows]) or "the protected ground"
    return (
        f"What decides it is whether the client's {names} was a central reason or only one "
        "reason among others, and which circuit the case is in."
    )


#: The withholding nexus standard in each circuit, with its authority and the date it was
#: checked. A circuit with no ruling found falls back on the Board's Matter of C-T-L-.
CIRCUIT_NEXUS_TABLE: dict[str, tuple[str, str, Citation | None]] = {
    Circuit.NINTH: (
        Standard.A_REASON,
        "Barajas-Romero v. Lynch, 846 F.3d 351, 358-60 (9th Cir. 2017)",
        c.SEED_A_REASON_HOLDING,
    ),
    Circuit.SIXTH: (Standard.A_REASON, c.GUZMAN_VAZQUEZ.text, c.GUZMAN_VAZQUEZ),
    Circuit.SECOND: (Standard.ONE_CENTRAL_REASON, c.QUITUIZACA.text, c.QUITUIZACA),
}


def _not_verified(lead: str = "") -> str:
    """The authority of a circuit whose own ruling the check could not verify."""
    return (
        "Not verified in the check: "
        + (f"{lead}; " if lead else "")
        + "the circuit may have ruled (most circuits are reported to apply 'one central "
        "reason'); the Board's Matter of C-T-L-, 25 I&N Dec. 341 (BIA 2010) applies at least"
    )


#: Circuits whose cases were looked for (2026-11-29, and again 2026-11-30) but whose
#: holding on the standard could not be read: what was found, for a lawyer to read. Not
#: cited. The 2026-11-30 check confirmed each reporter citation from the case's own header
#: (vLex: "Citation 781 F.3d 677", "Citation 588 F.3d 861") and read each opening, but every
#: copy reachable stops before the passage on the standard; what third-party summaries say
#: of the holding is noted as such, never relied on. A third search the same day (copies on
#: casetext, vLex, cetient, ecases, elawyers and justia, and GitHub code) again reached only
#: the openings.
CASES_TO_READ = {
    Circuit.THIRD: (
        "Gonzalez-Posadas v. Attorney General, 781 F.3d 677 (3d Cir. 2015), a "
        "withholding-only case after a reinstated order; a published summary reports that "
        "the court upheld a finding that the client's sexual orientation was not 'one central "
        "reason', but the court's own passage on the standard could not be read"
    ),
    Circuit.FOURTH: (
        "Diaz-Hernandez v. Garland, No. 22-2103 (4th Cir. June 10, 2024), a published "
        "decision on a withholding claim, cites Matter of C-T-L- as holding that 'one central "
        "reason' applies to withholding, and a published summary reports the court held the "
        "Board did not apply the wrong standard; the court's own passage could not be read"
    ),
    Circuit.FIFTH: (
        "Shaikh v. Holder, 588 F.3d 861 (5th Cir. 2009), a withholding case in which the "
        "Board noted that the REAL ID Act governed the claim; the court's passage on the "
        "standard could not be read"
    ),
}


#: The date each row was last checked: the Third, Fourth, Fifth and Sixth Circuits'
#: cases were searched again on 2026-11-30 (the Sixth's citation confirmed); the other
#: rows stand as checked on 2026-11-29.
ROW_CHECKED_ON = {
    Circuit.THIRD: "2026-11-30",
    Circuit.FOURTH: "2026-11-30",
    Circuit.FIFTH: "2026-11-30",
    Circuit.SIXTH: "2026-11-30",
}


def row_checked_on(circuit: str) -> str:
    """The date the circuit's row was last checked."""
    return ROW_CHECKED_ON.get(circuit, "2026-11-29")


def circuit_standard(circuit: str) -> tuple[str, str, Citation | None]:
    """The circuit's withholding nexus standard, its authority, and its citation (None where
    no circuit ruling was verified and the Board's rule applies)."""
    if circuit in CIRCUIT_NEXUS_TABLE:
        return CIRCUIT_NEXUS_TABLE[circuit]
    return Standard.ONE_CENTRAL_REASON, _not_verified(CASES_TO_READ.get(circuit, "")), None


def circuit_table() -> list[dict[str, str]]:
    """Every circuit's row, for the result data: standard, authority, date checked."""
    return [
        {
            "circuit": str(circuit),
            "standard": str(circuit_standard(circuit)[0]),
            "authority": circuit_standard(circuit)[1],
            "checked": row_checked_on(circuit),
        }
        for circuit in Circuit
        if circuit not in (Circuit.OTHER, Circuit.UNKNOWN)
    ]


@reads(
    "circuit",
    "motives",
    "ground_details",
    "past_harm",
    "harm_intentional",
    decides="which link to a protected reason the circuit requires for withholding",
    law=(c.SEED_A_REASON_HOLDING,),
)
def withholding_nexus_under_circuit_standard(facts: Facts) -> Finding:
    """Which nexus standard governs withholding depends on the circuit (the dated table
    above): "a reason" in the Ninth Circuit (seed at 358-60) and the Sixth (Guzman-Vazquez
    v. Barr); "one central reason" in the Second (Quituizaca v. Garland, deferring to the
    Board); where no circuit ruling was found, the Board's Matter of C-T-L- ("one central
    reason", rejected by the seed at 359). For an unknown circuit both are shown, with the
    facts that would decide it."""
    code = "withholding_nexus"
    title = "Link to a protected reason for withholding (your circuit's test)"
    relied_on = ("circuit", *ground_relied_on(facts))
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
    if facts.circuit == Circuit.SECOND:
        return Finding(
            code,
            title,
            c_status,
            "The Second Circuit applies 'one central reason' to withholding, deferring to the "
            "Board's reading (the Ninth Circuit rejected it); that deference rested on "
            "Chevron, since overruled, so check whether the circuit has revisited it. " + c_text,
            relied_on,
            unique_citations((c.QUITUIZACA, c.C_T_L, c.SEED_C_T_L, c.LOPER_BRIGHT, *c_cites)),
        )
    if facts.circuit != Circuit.UNKNOWN:
        return Finding(
            code,
            title,
            c_status,
            "This circuit's own ruling on the withholding standard was not verified in the "
            "check; the Board of Immigration Appeals' rule applies at least: 'one central "
            "reason', as for asylum (Matter of C-T-L-), and most circuits are reported to "
            "follow it. The Ninth and Sixth Circuits rejected that reading. A lawyer should "
            "check the circuit's own cases"
            + (f" ({CASES_TO_READ[facts.circuit]})" if facts.circuit in CASES_TO_READ else "")
            + ". "
            + c_text,
            relied_on,
            unique_citations((c.C_T_L, c.SEED_C_T_L, *c_cites)),
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
        f"central reason' (the Board, the Second Circuit and others) it is "
        f"{c_status.label.lower()}. " + _deciding_facts(facts),
        relied_on,
        cites,
    )

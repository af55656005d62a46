"""Nexus: the link between the harm and a protected reason, under "one central reason"
(8 U.S.C. § 1158(b)(1)(B)(i)) and "a reason" (8 U.S.C. § 1231(b)(3); seed at 358-60)."""

from __future__ import annotations

from questionnaires.framework.determination import Citation, Finding, Status
from questionnaires.framework.wording import join_words, unique_citations
from questionnaires.removal_protection import citations as c

from .answers import (
    GROUND_LABELS,
    MOTIVE_EVIDENCE_SHOWN,
    OTHER_MOTIVES,
    Circuit,
    Facts,
    GroundDetail,
    GroundKnown,
    GroundRole,
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
    status = best_status([s for _, s, _ in results])
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

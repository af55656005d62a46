"""The four forms of relief, the outcome, and the evidence, warnings and next steps."""

from __future__ import annotations

from questionnaires.framework.determination import Determination, Finding, Status
from questionnaires.framework.wording import YesNo, join_words

from .answers import (
    GROUND_LABELS,
    MOTIVE_EVIDENCE_SHOWN,
    PHYSICAL_HARM,
    PRIVATE_ACTORS,
    RELIEF_LABELS,
    Circuit,
    Facts,
    GroundKnown,
    Motive,
    OfficialDuty,
    Outcome,
    PoliceResponse,
    Relief,
    ReliefStatus,
    Standard,
    future_risk_signals,
    grounds_claimed,
    grounds_described_but_not_ticked,
    in_ninth_circuit,
    officials_harmed,
)
from .bars import asylum_available_despite_reinstated_order, free_of_particularly_serious_crime_bar
from .nexus import (
    ground_nexus,
    nexus_one_central_reason,
    nexus_under_a_reason_standard,
    withholding_nexus_under_circuit_standard,
)
from .persecution import future_threat_more_likely_than_not, past_persecution_presumption
from .relocation import future_torture_more_likely_than_not, no_safe_relocation
from .torture import (
    cat_needs_no_protected_reason,
    past_harm_amounts_to_torture,
    torture_by_or_with_acquiescence_of_official,
)


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
        and in_ninth_circuit(facts)
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
        and officials_harmed(facts)
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

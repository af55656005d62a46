"""The four forms of relief built from the findings, the overall outcome and the headline.
A status is never higher than the findings it rests on: an open bar, an open deadline or an
undecided social group keeps a form of relief below strong."""

from __future__ import annotations

from questionnaires.framework.determination import Finding, Status
from questionnaires.framework.wording import YesNo, join_words, us_long_date

from .answers import (
    RELIEF_LABELS,
    Circuit,
    DeadlineException,
    Facts,
    Motive,
    Outcome,
    Proceeding,
    Relief,
    ReliefStatus,
    future_risk_signals,
    grounds_claimed,
    in_ninth_circuit,
    officials_acted_only_privately,
)
from .bars import (
    TERRORISM_LAWYER_VIEW,
    a_lawyer_disputes_the_drug_trafficking_presumption,
    drug_trafficking_presumed_serious,
    only_a_lawyers_view_on_terrorism,
    terrorism_links_unresolved,
)
from .deadline import asylum_deadline_date

#: Statuses from best to worst, for choosing what the headline leads with.
RANK = (
    ReliefStatus.STRONG,
    ReliefStatus.POSSIBLE,
    ReliefStatus.UNCLEAR,
    ReliefStatus.WEAK,
    ReliefStatus.BARRED,
    ReliefStatus.NOT_AVAILABLE,
)
#: The primary forms of protection, in the order the headline names them (the fullest
#: first); deferral is the
#: fallback for a client barred from the others.
PRIMARY = (Relief.ASYLUM, Relief.WITHHOLDING, Relief.CAT_WITHHOLDING)

SOCIAL_GROUP_NOTE = (
    " Whether the client's group counts as a 'particular social group' is a legal question "
    "for a lawyer (is it defined by a shared characteristic its members cannot or should not "
    "change, with clear limits, and seen as a group in that society?); this screening never "
    "decides it."
)


TERRORISM_UNRESOLVED = (
    "The client has links to terrorist activity, and no one has yet decided whether they put "
    "the client under the terrorism grounds. If they do, this is barred: a lawyer must "
    "decide it first."
)


def _terrorism_cap(facts: Facts, status: str, reason: str) -> tuple[str, str]:
    """Links to terrorist activity that no one has yet weighed, or that only a lawyer thinks
    are outside the terrorism grounds or exempt, may well bar asylum and both kinds of
    withholding: no better than unclear until a finding or a granted exemption."""
    if only_a_lawyers_view_on_terrorism(facts):
        return _cap(status, reason, ReliefStatus.UNCLEAR, TERRORISM_LAWYER_VIEW)
    if terrorism_links_unresolved(facts):
        return _cap(status, reason, ReliefStatus.UNCLEAR, TERRORISM_UNRESOLVED)
    return status, reason


Y_L_DISPUTED = (
    "A lawyer thinks the drug trafficking conviction is not a particularly serious crime, "
    "but it is presumed to be one (Matter of Y-L-): only very rare, extraordinary "
    "circumstances overcome that, for the lawyer to argue. If they are not shown, "
    "withholding is barred and deferral under the Convention Against Torture is the "
    "fallback."
)

PRESUMED_BARRED = (
    "Presumed barred: a drug trafficking aggravated felony is presumed to be a particularly "
    "serious crime (Matter of Y-L-). Only very rare circumstances overcome it (a very small "
    "quantity, very modest pay, a peripheral part, no violence, no link to organized crime). "
    "In the Ninth Circuit the presumption does not apply to a plea made before it was "
    "announced in 2002 (Miguel-Miguel v. Gonzales). A lawyer must check both. Deferral "
    "under the Convention Against Torture is not barred."
)


def only_social_group(facts: Facts) -> bool:
    """The only protected reason claimed is a particular social group."""
    return [row.ground for row in grounds_claimed(facts)] == [Motive.SOCIAL_GROUP]


def _cap(status: str, reason: str, cap: str, why: str) -> tuple[str, str]:
    """Lower ``status`` to ``cap`` if it is better, adding ``why`` to the reason."""
    if RANK.index(status) < RANK.index(cap):
        return cap, reason + " " + why
    return status, reason


def _asylum_merits(facts: Facts, f: dict[str, Finding]) -> tuple[str, str]:
    """Asylum on the merits: persecution (or a well-founded fear of it) for a central
    reason, by the government or people it does not control."""
    nexus = f["nexus_one_central_reason"].status
    likely = f["withholding_likelihood"].status
    protection = f["government_protection"].status
    if nexus == Status.NOT_MET:
        return ReliefStatus.WEAK, "No protected reason was shown to be a central reason."
    if protection == Status.NOT_MET:
        return (
            ReliefStatus.WEAK,
            "The government protected the client from the people who did the harm, so it is "
            "not shown to be unable or unwilling to control them.",
        )
    if likely == Status.NOT_MET:
        return (
            ReliefStatus.WEAK,
            "Nothing in the answers points to harm in the future, so a well-founded fear is "
            "not shown.",
        )
    presumed = f["past_persecution_presumption"].status == Status.MET
    # The presumption is rebutted for asylum by the same showing as for withholding (8 C.F.R.
    # § 1208.13(b)(1)(i)): changed circumstances, or a place the client could reasonably
    # move to. Where the answers point to either, the fear needs weighing here too.
    fear = likely == Status.MET or (
        presumed and facts.conditions_changed != YesNo.YES and facts.safe_area != YesNo.YES
    )
    # Without the presumption, asylum's own lower bar (a reasonable possibility).
    fear = fear or (not presumed and f["asylum_fear"].status == Status.MET)
    harm = "past persecution" if presumed else "the threats"
    if nexus == Status.MET and presumed and likely != Status.MET and not fear:
        return (
            ReliefStatus.POSSIBLE,
            "A protected reason was central to past persecution, so future harm is presumed, "
            "but the answers point to a change or a safe place to move. The government must "
            "prove it, and a lawyer must weigh it.",
        )
    if nexus == Status.MET and fear:
        return (
            ReliefStatus.STRONG,
            f"A protected reason was central to {harm}, and the fear of future harm is "
            "well founded on these answers.",
        )
    if nexus == Status.MET:
        return (
            ReliefStatus.POSSIBLE,
            "A protected reason was central, but the risk of future harm needs more facts.",
        )
    signals, _ = future_risk_signals(facts)
    if signals or facts.past_harm == YesNo.YES:
        return (
            ReliefStatus.POSSIBLE,
            "There is harm or risk, but whether a protected reason was central is not yet shown.",
        )
    return (
        ReliefStatus.UNCLEAR,
        "Too little is known about why the client was harmed and what risk remains.",
    )


def _deadline_cap(facts: Facts) -> str:
    """How far an open filing deadline lets asylum go: possible where an exception is
    claimed or the dates are not known yet, unclear where the year has run and no one knows
    whether an exception applies."""
    claimed = facts.deadline_exception in (
        DeadlineException.CHANGED,
        DeadlineException.EXTRAORDINARY,
    )
    if claimed or facts.last_arrival_date is None or facts.unaccompanied_child == YesNo.YES:
        return ReliefStatus.POSSIBLE
    return ReliefStatus.UNCLEAR


def asylum_status(facts: Facts, f: dict[str, Finding]) -> tuple[str, str]:
    """Asylum: closed by a reinstated order; barred by a mandatory bar or a missed deadline
    with no exception; otherwise "one central reason" and a well-founded fear (a lower bar
    than withholding's "more likely than not", seed at 360)."""
    available = f["asylum_available"].status
    if available == Status.NOT_MET:
        return (
            ReliefStatus.NOT_AVAILABLE,
            "Asylum is closed because an earlier removal order is reinstated.",
        )
    bars, deadline = f["asylum_bars"], f["asylum_filing_deadline"]
    if bars.status == Status.NOT_MET:
        return ReliefStatus.BARRED, bars.explanation
    if deadline.status == Status.NOT_MET:
        return ReliefStatus.BARRED, "Barred by the one-year deadline. " + deadline.explanation
    status, reason = _asylum_merits(facts, f)
    if available == Status.UNCLEAR and facts.proceeding_type == Proceeding.REMOVAL_PROCEEDINGS:
        # In ordinary proceedings asylum is open unless the file shows a reinstated order.
        status, reason = _cap(
            status, reason, ReliefStatus.POSSIBLE, f["asylum_available"].explanation
        )
    elif available == Status.UNCLEAR:
        return (
            ReliefStatus.WEAK if status == ReliefStatus.WEAK else ReliefStatus.UNCLEAR,
            "It is not known whether an earlier removal order is reinstated, which would "
            "close asylum. On the merits: " + reason[0].lower() + reason[1:],
        )
    if deadline.status == Status.UNCLEAR:
        status, reason = _cap(status, reason, _deadline_cap(facts), deadline.explanation)
    if bars.status == Status.UNCLEAR:
        status, reason = _cap(status, reason, ReliefStatus.POSSIBLE, bars.explanation)
    if f["government_protection"].status == Status.UNCLEAR:
        status, reason = _cap(
            status,
            reason,
            ReliefStatus.POSSIBLE,
            "Whether the government is unable or unwilling to control those who did the harm "
            "is not yet shown.",
        )
    if only_social_group(facts):
        status, reason = _cap(status, reason, ReliefStatus.POSSIBLE, SOCIAL_GROUP_NOTE.strip())
    return _terrorism_cap(facts, status, reason)


def withholding_bar(f: dict[str, Finding]) -> Finding | None:
    """The first withholding bar that applies (particularly serious crime, then the other
    conduct bars), or None."""
    for code in ("particularly_serious_crime", "withholding_other_bars"):
        if f[code].status == Status.NOT_MET:
            return f[code]
    return None


def _withholding_bars_open(f: dict[str, Finding]) -> bool:
    return Status.UNCLEAR in (
        f["particularly_serious_crime"].status,
        f["withholding_other_bars"].status,
    )


def withholding_status(facts: Facts, f: dict[str, Finding]) -> tuple[str, str]:
    """Withholding of removal (8 U.S.C. § 1231(b)(3)): not barred, nexus under the circuit's
    standard, the government's part, and harm more likely than not (seed at 360)."""
    bar = withholding_bar(f)
    if bar is not None:
        return ReliefStatus.BARRED, "Barred. " + bar.explanation
    if drug_trafficking_presumed_serious(facts):
        return ReliefStatus.BARRED, PRESUMED_BARRED
    nexus = f["withholding_nexus"]
    likely = f["withholding_likelihood"].status
    if nexus.status == Status.NOT_MET:
        status, reason = (
            ReliefStatus.WEAK,
            "No link to a protected reason was shown under the test that applies.",
        )
    elif f["government_protection"].status == Status.NOT_MET:
        status, reason = (
            ReliefStatus.WEAK,
            "The government protected the client from the people who did the harm.",
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
    if a_lawyer_disputes_the_drug_trafficking_presumption(facts):
        status, reason = _cap(status, reason, ReliefStatus.POSSIBLE, Y_L_DISPUTED)
    elif _withholding_bars_open(f):
        status, reason = _cap(
            status,
            reason,
            ReliefStatus.POSSIBLE,
            "A bar to withholding is not yet ruled out (the convictions or the client's "
            "conduct need a lawyer's check).",
        )
    if f["government_protection"].status == Status.UNCLEAR:
        status, reason = _cap(
            status,
            reason,
            ReliefStatus.POSSIBLE,
            "Whether the government is unable or unwilling to control those who did the harm "
            "is not yet shown.",
        )
    if only_social_group(facts):
        status, reason = _cap(status, reason, ReliefStatus.POSSIBLE, SOCIAL_GROUP_NOTE.strip())
    return _terrorism_cap(facts, status, reason)


def board_test_against(facts: Facts) -> bool:
    """Officials harmed the client off duty, and every fact Matter of J-G-R- names points
    away from an official capacity: met under Ninth Circuit law, contested under the
    Board's."""
    return officials_acted_only_privately(facts)


def cat_merits(facts: Facts, f: dict[str, Finding]) -> tuple[str, str]:
    """The Convention Against Torture on the merits; where the official part rests only on
    the Ninth Circuit's rule against every fact the Board's test names, no more than
    possible."""
    status, reason = _cat_merits(facts, f)
    if in_ninth_circuit(facts) and board_test_against(facts):
        return _cap(
            status,
            reason,
            ReliefStatus.POSSIBLE,
            "The officials' part is met under Ninth Circuit law (off-duty officials count), "
            "but every fact the Board's test (Matter of J-G-R-) names points the other way, "
            "and the government will argue it.",
        )
    return status, reason


def _cat_merits(facts: Facts, f: dict[str, Finding]) -> tuple[str, str]:
    """The Convention Against Torture on the merits: likely torture (each link more likely
    than not), state action and relocation, weighed together (8 C.F.R.
    § 1208.16(c)(2)-(3)). In the Ninth Circuit relocation is evidence to weigh, not a burden
    on the client (Maldonado, seed at 364): there, when nothing is known about a safe place,
    that does not hold back a case that is otherwise strong."""
    likely = f["cat_likelihood"].status
    state = f["state_action"].status
    relocation = f["relocation"].status
    if likely == Status.NOT_MET:
        return ReliefStatus.WEAK, "Torture is not shown to be more likely than not."
    if state == Status.NOT_MET:
        return (
            ReliefStatus.WEAK,
            "No official would carry out or allow the torture on these answers.",
        )
    if likely == state == relocation == Status.MET:
        return (
            ReliefStatus.STRONG,
            "Torture looks more likely than not, officials would carry it out or allow it, "
            "and no safe place to move is shown.",
        )
    if (
        likely == state == Status.MET
        and in_ninth_circuit(facts)
        and facts.safe_area not in (YesNo.YES, YesNo.NO)
    ):
        return (
            ReliefStatus.STRONG,
            "Torture looks more likely than not and officials would carry it out or allow it. "
            "Nothing is known "
            "yet about a safe place to move to; in the Ninth Circuit the client does not have "
            "to prove there is none, but evidence on it will help.",
        )
    if likely == state == Status.MET and relocation == Status.NOT_MET:
        return (
            ReliefStatus.POSSIBLE,
            "Torture looks likely and officials would carry it out or allow it, but a safe "
            "place to move may "
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
    """Withholding under the Convention Against Torture (8 C.F.R. § 1208.16(c)); barred by
    the same bars as withholding (8 C.F.R. § 1208.16(d)(2))."""
    bar = withholding_bar(f)
    if bar is not None:
        return (
            ReliefStatus.BARRED,
            "Barred by the same bar as withholding; deferral of removal is the route.",
        )
    if drug_trafficking_presumed_serious(facts):
        return ReliefStatus.BARRED, PRESUMED_BARRED
    status, reason = cat_merits(facts, f)
    if a_lawyer_disputes_the_drug_trafficking_presumption(facts):
        status, reason = _cap(status, reason, ReliefStatus.POSSIBLE, Y_L_DISPUTED)
    elif _withholding_bars_open(f):
        status, reason = _cap(
            status,
            reason,
            ReliefStatus.POSSIBLE,
            "A bar to withholding is not yet ruled out; if one applies, deferral of removal "
            "remains.",
        )
    return _terrorism_cap(facts, status, reason)


def cat_deferral_status(facts: Facts, f: dict[str, Finding]) -> tuple[str, str]:
    """Deferral of removal (8 C.F.R. § 1208.17(a)): for a person entitled to CAT protection
    but subject to mandatory denial of withholding under § 1208.16(d)(2). No bar applies."""
    barred = withholding_bar(f) is not None or drug_trafficking_presumed_serious(facts)
    if not barred and not _withholding_bars_open(f):
        return (
            ReliefStatus.NOT_AVAILABLE,
            "Not needed: deferral is only for people barred from withholding under the "
            "Convention Against Torture, and no bar applies here.",
        )
    status, reason = cat_merits(facts, f)
    if barred:
        return status, "The bar to withholding does not bar deferral. " + reason
    return status, "A fallback if a bar to withholding turns out to apply. " + reason


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


def _named(relief: dict[str, dict[str, str]], codes, status: str) -> str:
    return join_words([RELIEF_LABELS[code] for code in codes if relief[code]["status"] == status])


def headline(outcome: str, relief: dict[str, dict[str, str]], facts: Facts) -> str:
    """Lead with the strongest primary protection (asylum, withholding, CAT withholding);
    deferral, the fallback for a barred client, comes after."""
    best = min((relief[code]["status"] for code in PRIMARY), key=RANK.index)
    deferral = relief[Relief.CAT_DEFERRAL]["status"]
    closed = (
        " Asylum is not open: an earlier removal order is reinstated."
        if relief[Relief.ASYLUM]["status"] == ReliefStatus.NOT_AVAILABLE
        else ""
    )
    deadline = asylum_deadline_date(facts)
    if (
        deadline
        and relief[Relief.ASYLUM]["status"]
        in (
            ReliefStatus.STRONG,
            ReliefStatus.POSSIBLE,
        )
        and (facts.today is None or facts.today <= deadline)
    ):
        earlier = (
            " or any earlier date the immigration judge set"
            if facts.proceeding_type == Proceeding.REMOVAL_PROCEEDINGS
            else ""
        )
        if facts.today == deadline:
            closed += f" File for asylum today: {us_long_date(deadline)} is the last day."
        else:
            closed += f" File for asylum by {us_long_date(deadline)}{earlier}."
    fallback = ""
    if deferral in (ReliefStatus.STRONG, ReliefStatus.POSSIBLE):
        word = "looks likely" if deferral == ReliefStatus.STRONG else "may be possible"
        fallback = (
            f" Deferral of removal under the Convention Against Torture, a more limited "
            f"protection for clients barred from the others, {word}."
        )
    if best == ReliefStatus.STRONG:
        also = _named(relief, PRIMARY, ReliefStatus.POSSIBLE)
        return (
            f"The client looks likely to qualify for {_named(relief, PRIMARY, best)}."
            + (f" The client may also qualify for {also}." if also else "")
            + closed
        )
    if best == ReliefStatus.POSSIBLE:
        return (
            f"The client may qualify for {_named(relief, PRIMARY, best)}, but key points "
            "need more facts." + fallback + closed
        )
    if best == ReliefStatus.UNCLEAR and fallback:
        return (
            "A lawyer needs to review this case: the answers are not enough to tell whether "
            f"the client qualifies for {_named(relief, PRIMARY, best)}." + fallback + closed
        )
    if outcome in (Outcome.PROTECTION_LIKELY, Outcome.PROTECTION_POSSIBLE):
        return (
            "Withholding of removal, asylum and withholding under the Convention Against "
            "Torture do not look available on these answers." + fallback + closed
        )
    if outcome == Outcome.REFER:
        return (
            "A lawyer needs to review this case: the answers are not enough to tell whether "
            "the client qualifies for protection." + closed
        )
    return "On these answers, the client does not look likely to qualify for protection." + closed

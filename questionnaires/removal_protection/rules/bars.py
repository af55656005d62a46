"""Is each form of protection open at all: a reinstated order closes asylum (8 U.S.C.
§ 1231(a)(5)); a particularly serious crime bars both kinds of withholding (8 U.S.C.
§ 1231(b)(3)(B); 8 C.F.R. § 1208.16(d)(2))."""

from __future__ import annotations

from questionnaires.framework.determination import Finding, Status
from questionnaires.framework.wording import YesNo
from questionnaires.removal_protection import citations as c

from .answers import Facts, Proceeding


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

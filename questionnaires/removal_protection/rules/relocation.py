"""Relocation and the likelihood of future torture (8 C.F.R. § 1208.16(c)(2)-(3))."""

from __future__ import annotations

from questionnaires.framework.determination import Finding, Status
from questionnaires.framework.wording import YesNo, join_words
from questionnaires.removal_protection import citations as c

from .answers import (
    CountryCondition,
    Facts,
    future_risk_signals,
    in_ninth_circuit,
    officials_harmed,
)


def no_safe_relocation(facts: Facts, past_torture: Finding) -> Finding:
    """8 C.F.R. § 1208.16(c)(3): all evidence of future torture is considered, including
    past torture, whether the client could relocate to a part of the country where he or
    she is not likely to be tortured, and country conditions. The client does not have to
    prove relocation impossible (Maldonado v. Lynch, 786 F.3d 1155 (9th Cir. 2015) (en
    banc), discussed in the seed at 364); marks that make the client recognisable and
    threats to find him anywhere weigh against relocation, as does a country report that
    "does not identify a safe place" and finds corruption "at all levels of government"
    (seed at 363-64)."""
    code = "relocation"
    title = "No safe place to move to inside the country"
    relied_on = (
        "safe_area",
        "threats_to_find_anywhere",
        "client_marked",
        "harmers",
        "officials_protect_group",
        "country_conditions",
    )
    cites = (c.CAT_ALL_EVIDENCE, c.MALDONADO, c.SEED_RELOCATION)
    no_burden = (
        " Whether the client could move somewhere safe is one piece of evidence, weighed "
        "with the rest; the client does not have to prove that moving is impossible"
        + ("." if in_ninth_circuit(facts) else " (Ninth Circuit law, in Maldonado v. Lynch).")
    )
    reach = []
    if facts.threats_to_find_anywhere == YesNo.YES:
        reach.append("threats to find the client anywhere")
    if facts.client_marked == YesNo.YES:
        reach.append("the client is marked or recognisable")
    if officials_harmed(facts) or facts.officials_protect_group == YesNo.YES:
        reach.append("officials were involved")
    if facts.country_conditions & {
        CountryCondition.OFFICIAL_CORRUPTION,
        CountryCondition.COLLUSION,
    }:
        reach.append("reports of official corruption or collusion")
    if past_torture.status == Status.MET:
        reach.append("past torture")
    if facts.safe_area == YesNo.NO:
        return Finding(
            code,
            title,
            Status.MET,
            "The answers say no part of the country would be safe"
            + (f" ({join_words(reach)})." if reach else ".")
            + no_burden,
            relied_on,
            cites,
        )
    if facts.safe_area == YesNo.YES and not reach:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The answers say part of the country would be safe, and nothing points the other "
            "way. That weighs against protection, though it is not decisive on its own."
            + no_burden,
            relied_on,
            cites,
        )
    if facts.safe_area == YesNo.YES:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            f"The answers say part of the country would be safe, but also show "
            f"{join_words(reach)}. Both need weighing." + no_burden,
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "It is not known whether any part of the country would be safe"
        + (f"; the answers show {join_words(reach)}." if reach else ".")
        + no_burden,
        relied_on,
        cites,
    )


def future_torture_more_likely_than_not(facts: Facts, past_torture: Finding) -> Finding:
    """8 C.F.R. § 1208.16(c)(2): the client must show it is "more likely than not that he or
    she would be tortured if removed" (seed at 361). CAT relief looks forward; all evidence
    counts, including past torture and country conditions (8 C.F.R. § 1208.16(c)(3); seed
    at 361, 363-64). Past torture that is "uncontradicted and substantial" weighs heavily
    (seed at 364)."""
    code = "cat_likelihood"
    title = "Torture is more likely than not if the client is returned"
    relied_on = (
        "past_harm",
        "severe_pain",
        "harm_intentional",
        "future_threats_made",
        "threats_to_find_anywhere",
        "client_marked",
        "future_risk_source",
        "country_conditions",
    )
    cites = (c.CAT_MORE_LIKELY_THAN_NOT, c.CAT_ALL_EVIDENCE, c.SEED_CAT, c.SEED_RELOCATION)
    signals, unknowns = future_risk_signals(facts)
    tortured = past_torture.status == Status.MET
    if tortured and signals:
        return Finding(
            code,
            title,
            Status.MET,
            f"The client was tortured before, which weighs heavily, and the answers show "
            f"{join_words(signals)}.",
            relied_on,
            cites,
        )
    if len(signals) >= 3:
        return Finding(
            code,
            title,
            Status.MET,
            f"The answers show {join_words(signals)}. Together these point to torture being "
            "more likely than not.",
            relied_on,
            cites,
        )
    if not tortured and not signals and not unknowns:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "Nothing in the answers points to future torture: no past torture, no threats, "
            "no one known to be looking for the client, and no adverse country conditions.",
            relied_on,
            cites,
        )
    text = "Not yet shown that torture is more likely than not."
    if tortured:
        text += " The client was tortured before, which weighs heavily."
    if signals:
        text += f" For it: {join_words(signals)}."
    if unknowns:
        text += f" Not known: {join_words(unknowns)}."
    return Finding(code, title, Status.UNCLEAR, text, relied_on, cites)

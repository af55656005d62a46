"""Relocation, and the likelihood of future torture as a chain of links each more likely
than not (8 C.F.R. § 1208.16(c)(2)-(3); Matter of J-F-F-)."""

from __future__ import annotations

from questionnaires.framework.determination import Finding, Status, reads
from questionnaires.framework.wording import YesNo, join_words
from questionnaires.removal_protection import citations as c

from .answers import (
    ADVERSE_CONDITIONS,
    CountryCondition,
    Facts,
    FutureSource,
    HarmKind,
    in_ninth_circuit,
    officials_harmed,
)


@reads(
    "safe_area",
    "threats_to_find_anywhere",
    "client_marked",
    "harmers",
    "officials_protect_group",
    "country_conditions",
    decides="whether the client could live safely elsewhere in the country",
    law=(c.CAT_ALL_EVIDENCE,),
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


KNOWN_SOURCES = (FutureSource.SAME_PEOPLE, FutureSource.OTHERS, FutureSource.BOTH)


def _target_link(facts: Facts) -> tuple[Status, str]:
    """Link 1: someone would seek out the client."""
    if facts.future_risk_source in (FutureSource.SAME_PEOPLE, FutureSource.BOTH):
        who = "harmed" if facts.past_harm == YesNo.YES else "threatened"
        return Status.MET, f"the people who {who} the client would seek the client out"
    if YesNo.YES in (facts.future_threats_made, facts.threats_to_find_anywhere):
        return Status.MET, "the client has been threatened"
    if facts.future_risk_source == FutureSource.OTHERS:
        return (
            Status.UNCLEAR,
            "whether the other people the client fears would seek the client out (no one "
            "has threatened the client)",
        )
    if facts.future_risk_source == FutureSource.NONE_IDENTIFIED and YesNo.NOT_SURE not in (
        facts.future_threats_made or YesNo.NOT_SURE,
        facts.threats_to_find_anywhere or YesNo.NOT_SURE,
    ):
        return Status.NOT_MET, "no one is known to be seeking out the client"
    return Status.UNCLEAR, "whether anyone would seek out the client"


def _reach_link(facts: Facts, relocation: Finding) -> tuple[Status, str]:
    """Link 2: they would find and reach the client."""
    same_officials = officials_harmed(facts) and facts.future_risk_source in (
        FutureSource.SAME_PEOPLE,
        FutureSource.BOTH,
    )
    if (
        facts.threats_to_find_anywhere == YesNo.YES
        or facts.client_marked == YesNo.YES
        or same_officials
        or facts.safe_area == YesNo.NO
    ):
        return (
            Status.MET,
            "they could find the client (threats, marks, officials or no safe place)",
        )
    if relocation.status == Status.NOT_MET:
        return Status.UNCLEAR, "whether they could reach the client, since a safe place may exist"
    if in_ninth_circuit(facts) and facts.safe_area != YesNo.YES:
        return (
            Status.MET,
            "nothing shows a safe place, and in the Ninth Circuit the client need not prove "
            "there is none",
        )
    return Status.UNCLEAR, "whether they could find the client anywhere in the country"


def _torture_link(facts: Facts, past_torture: Finding) -> tuple[Status, str]:
    """Link 3: what they would do is torture (severe pain or suffering, on purpose)."""
    if past_torture.status == Status.MET and facts.conditions_changed == YesNo.YES:
        return (
            Status.UNCLEAR,
            "whether torture would recur: the client was tortured before, which weighs "
            "heavily, but things have changed since",
        )
    if past_torture.status == Status.MET and facts.future_risk_source == FutureSource.OTHERS:
        return (
            Status.UNCLEAR,
            "whether the other people the client fears would torture the client: the past "
            "torture weighs heavily, but it was done by different people"
            + (" (officials)" if officials_harmed(facts) else "")
            + ", not those the client fears now",
        )
    if past_torture.status == Status.MET:
        return Status.MET, "they tortured the client before, which weighs heavily"
    if (
        facts.future_threats_made == YesNo.YES
        and facts.threats_to_find_anywhere == YesNo.YES
        and HarmKind.DEATH_THREATS in facts.harm_kinds
        and in_ninth_circuit(facts)
    ):
        return (
            Status.UNCLEAR,
            "whether they would carry out their threat to kill the client (in the Ninth "
            "Circuit a killing by officials, or with their acquiescence, can be torture)",
        )
    if facts.past_harm == YesNo.NO and facts.future_threats_made == YesNo.NO:
        return Status.NOT_MET, "nothing shows what they would do would be torture"
    return Status.UNCLEAR, "whether what they would do would be torture"


@reads(
    "past_harm",
    "severe_pain",
    "harm_intentional",
    "harm_kinds",
    "future_threats_made",
    "threats_to_find_anywhere",
    "client_marked",
    "future_risk_source",
    "conditions_changed",
    "safe_area",
    "harmers",
    "country_conditions",
    decides="whether torture is more likely than not on return",
    law=(c.CAT_MORE_LIKELY_THAN_NOT,),
)
def future_torture_more_likely_than_not(
    facts: Facts, past_torture: Finding, relocation: Finding
) -> Finding:
    """8 C.F.R. § 1208.16(c)(2): the client must show it is "more likely than not that he or
    she would be tortured if removed" (seed at 361). Where that rests on a chain of events,
    each link must be more likely than not (Matter of J-F-F-, 23 I&N Dec. 912 (A.G. 2006)):
    someone would seek out the client, they would find the client, and what they would do
    is torture (official involvement is tested under state action). All evidence counts
    (8 C.F.R. § 1208.16(c)(3)); past torture weighs heavily (§ 1208.16(c)(3)(i); "uncontradicted
    and substantial", seed at 364); generalized violence and crime in the country are not
    enough on their own (Delgado-Ortiz v. Holder, 600 F.3d 1148 (9th Cir. 2010))."""
    code = "cat_likelihood"
    title = "Torture is more likely than not if the client is returned"
    relied_on = (
        "past_harm",
        "severe_pain",
        "harm_intentional",
        "harm_kinds",
        "future_threats_made",
        "threats_to_find_anywhere",
        "client_marked",
        "future_risk_source",
        "conditions_changed",
        "safe_area",
        "harmers",
        "country_conditions",
    )
    cites = (
        c.CAT_MORE_LIKELY_THAN_NOT,
        c.CAT_ALL_EVIDENCE,
        c.J_F_F,
        c.SEED_CAT,
        c.SEED_RELOCATION,
    )
    links = (
        _target_link(facts),
        _reach_link(facts, relocation),
        _torture_link(facts, past_torture),
    )
    shown = [words for status, words in links if status == Status.MET]
    failed = [words for status, words in links if status == Status.NOT_MET]
    open_points = [words for status, words in links if status == Status.UNCLEAR]
    general_only = links[0][0] != Status.MET and bool(
        facts.country_conditions & ADVERSE_CONDITIONS
    )
    general = (
        " Reports of violence, crime or abuses in the country are not enough on their own: "
        "something must show the client in particular would be targeted."
        if general_only
        else ""
    )
    with_general = (*cites, c.DELGADO_ORTIZ) if general_only else cites
    if failed:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "Every step toward torture must be more likely than not, and one is not: "
            f"{join_words(failed)}." + general,
            relied_on,
            with_general,
        )
    if not open_points:
        return Finding(
            code,
            title,
            Status.MET,
            f"Each step toward torture looks more likely than not: {join_words(shown)}.",
            relied_on,
            cites,
        )
    text = "Each step toward torture must be more likely than not."
    if shown:
        text += f" Shown: {join_words(shown)}."
    text += f" Not yet shown: {join_words(open_points)}." + general
    return Finding(code, title, Status.UNCLEAR, text, relied_on, with_general)

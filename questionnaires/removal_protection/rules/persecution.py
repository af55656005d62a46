"""Withholding: past persecution, the presumption it raises (8 C.F.R. § 1208.16(b)(1)), and
the likelihood of future harm."""

from __future__ import annotations

from questionnaires.framework.determination import Finding, Status
from questionnaires.framework.wording import YesNo, join_words
from questionnaires.removal_protection import citations as c

from .answers import Facts, future_risk_signals
from .nexus import GROUND_RELIED_ON


def past_persecution_presumption(facts: Facts, nexus: Finding) -> Finding:
    """8 C.F.R. § 1208.16(b)(1): if the client suffered past persecution on account of a
    protected ground, it is presumed that the client's life or freedom would be threatened
    in the future; the government can rebut that, for example by showing a fundamental
    change in circumstances or a reasonable place to relocate."""
    code = "past_persecution_presumption"
    title = "Past persecution raises a presumption of future harm"
    relied_on = ("past_harm", "severe_pain", "harm_kinds", *GROUND_RELIED_ON)
    cites = (c.PAST_PERSECUTION_PRESUMPTION,)
    if facts.past_harm == YesNo.NO:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The client was not harmed before, so there is no presumption. The client can "
            "still show future harm is more likely than not.",
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
    if nexus.status == Status.NOT_MET:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The past harm is not linked to a protected reason under the test that applies, "
            "so it does not raise the presumption.",
            relied_on,
            cites,
        )
    if facts.severe_pain == YesNo.YES and nexus.status == Status.MET:
        return Finding(
            code,
            title,
            Status.MET,
            "The client suffered serious harm linked to a protected reason. That is past "
            "persecution, which means future harm is presumed unless the government shows "
            "things have changed or the client could safely and reasonably move elsewhere "
            "in the country.",
            relied_on,
            cites,
        )
    open_points = []
    if facts.severe_pain != YesNo.YES:
        open_points.append(
            "the harm was serious enough to be persecution (such as severe pain or suffering)"
        )
    if nexus.status != Status.MET:
        open_points.append("it was linked to a protected reason under the test that applies")
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        f"The client was harmed, but it is not yet clear that {' and '.join(open_points)}. "
        "If that is shown, future harm is presumed.",
        relied_on,
        cites,
    )


def future_threat_more_likely_than_not(facts: Facts, presumption: Finding) -> Finding:
    """Withholding needs proof that it is "more likely than not" the client would be
    persecuted (seed at 360), a higher standard than asylum's "well-founded fear"; past
    persecution raises a presumption (8 C.F.R. § 1208.16(b)(1)). The presumption can be
    rebutted by a reasonable place to relocate, so a safe area keeps this unclear. Without
    the presumption, a screening calls it likely only where someone has threatened the
    client and something else points the same way."""
    code = "withholding_likelihood"
    title = "Future harm is more likely than not"
    relied_on = (
        "past_harm",
        "future_threats_made",
        "threats_to_find_anywhere",
        "client_marked",
        "future_risk_source",
        "safe_area",
        "country_conditions",
    )
    cites = (c.SEED_A_REASON_HOLDING, c.PAST_PERSECUTION_PRESUMPTION)
    signals, unknowns = future_risk_signals(facts)
    if presumption.status == Status.MET:
        if facts.safe_area == YesNo.YES:
            return Finding(
                code,
                title,
                Status.UNCLEAR,
                "Future harm is presumed because of past persecution, but the answers say "
                "part of the country would be safe. A safe and reasonable place to move "
                "can defeat the presumption, so this needs a closer look.",
                relied_on,
                cites,
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
    threatened = YesNo.YES in (facts.future_threats_made, facts.threats_to_find_anywhere)
    if threatened and len(signals) >= 2:
        return Finding(
            code,
            title,
            Status.MET,
            f"The answers show {join_words(signals)}. Together these point to harm being more "
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
    text = "Not yet shown that harm is more likely than not (a greater than 50% chance)."
    if signals:
        text += f" For it: {join_words(signals)}."
    if unknowns:
        text += f" Not known: {join_words(unknowns)}."
    return Finding(code, title, Status.UNCLEAR, text, relied_on, cites)

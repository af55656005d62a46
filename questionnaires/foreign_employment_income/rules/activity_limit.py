"""Step 1: the income year and the s 23AG(1AA) limit to listed kinds of work."""

from __future__ import annotations

from questionnaires.foreign_employment_income import citations as c
from questionnaires.framework.determination import Citation, Finding, Status

from .answers import (
    Activity,
)
from .facts import (
    ACTIVITY_LIMIT_FROM,
    ACTIVITY_LIMIT_START,
    Facts,
    income_year_start,
)

# ---------------------------------------------------------------------------
# 1. Income year and s 23AG(1AA)
# ---------------------------------------------------------------------------

_ACTIVITY_CITATIONS = {
    Activity.DEVELOPMENT_ASSISTANCE: c.S23AG_1AA_A,
    Activity.PUBLIC_FUND: c.S23AG_1AA_B,
    Activity.EXEMPT_ENTITY: c.S23AG_1AA_C,
    Activity.DISCIPLINED_FORCE: c.S23AG_1AA_D,
    Activity.REGULATIONS: c.S23AG_1AA_E,
}

_ACTIVITY_WORDS = {
    Activity.DEVELOPMENT_ASSISTANCE: (
        "delivering Australian official development assistance (overseas aid)"
    ),
    Activity.PUBLIC_FUND: (
        "the employer running a public fund for international aid of a kind the law lists"
    ),
    Activity.EXEMPT_ENTITY: (
        "the activities of an employer that is exempt from tax as a prescribed institution "
        "located, or pursuing its objectives, outside Australia"
    ),
    Activity.DISCIPLINED_FORCE: (
        "deployment overseas by an Australian government as a member of a disciplined force "
        "(such as the police)"
    ),
}


def exemption_limited_to_listed_activities(facts: Facts) -> Finding:
    """s 23AG(1AA) ITAA 1936 (inserted by the Tax Laws Amendment (2009 Budget Measures
    No. 1) Act 2009): for foreign service on or after 1 July 2009 the exemption applies only
    if the continuous period of foreign service is directly attributable to (a) Australian
    official development assistance, (b) a public fund covered by item 9.1.1 or 9.1.2 of
    s 30-80(1) ITAA 1997, (c) the activities of an employer exempt as a prescribed
    institution under para 50-50(c) or (d) ITAA 1997, (d) deployment as a member of a
    disciplined force by an Australian government or authority, or (e) an activity
    specified in the regulations. The amending Act's application rule (Sch 1 item 2) leaves
    out pay for foreign service performed before 1 July 2009."""
    relied_on = ("income_year",)
    title = "Income year and kind of overseas work"
    start = income_year_start(facts.income_year)
    if start is None:
        return Finding(
            "s23ag_1aa",
            title,
            Status.UNCLEAR,
            "We could not read the income year. Australian income years run from 1 July to "
            '30 June; enter one like "2004-05".',
            relied_on,
            (c.S23AG_1AA,),
        )
    year_words = (
        f"The {facts.income_year} income year runs from 1 July {start} to 30 June {start + 1}."
    )
    if start < ACTIVITY_LIMIT_FROM:
        explanation = (
            f"{year_words} The extra limit on the kinds of work that can be exempt applies "
            "only from 1 July 2009, so it does not apply to this year."
        )
        if facts.service_end is not None and facts.service_end >= ACTIVITY_LIMIT_START:
            explanation += (
                " Service on or after 1 July 2009 falls under that limit; screen the "
                "2009-10 income year separately."
            )
        return Finding(
            "s23ag_1aa", title, Status.NOT_APPLICABLE, explanation, relied_on, (c.S23AG_1AA,)
        )
    relied_on = ("income_year", "attributable_activity")
    answer = facts.attributable_activity
    earlier_service = ""
    if facts.service_start is not None and facts.service_start < ACTIVITY_LIMIT_START:
        earlier_service = (
            " The service started before 1 July 2009: pay for the days before then is not "
            "affected by this limit."
        )
    if answer in _ACTIVITY_WORDS:
        return Finding(
            "s23ag_1aa",
            title,
            Status.MET,
            f"{year_words} From 1 July 2009, overseas pay can be exempt only for certain kinds "
            f"of work. The client's work was for {_ACTIVITY_WORDS[answer]}, which is one of "
            "them." + earlier_service,
            relied_on,
            (c.S23AG_1AA, _ACTIVITY_CITATIONS[Activity(answer)]),
        )
    if answer == Activity.NONE:
        return Finding(
            "s23ag_1aa",
            title,
            Status.NOT_MET,
            f"{year_words} From 1 July 2009, overseas pay can be exempt only for certain kinds "
            "of work (overseas aid, international aid funds, certain tax-exempt overseas "
            "institutions, disciplined forces such as the police, or work named in the "
            "regulations). The client's work was none of these, so the pay is not exempt. Pay "
            "for overseas service before 1 July 2009 is not affected by this limit.",
            relied_on,
            (c.S23AG_1AA,),
        )
    if answer == Activity.REGULATIONS:
        explanation = (
            f"{year_words} The client's work is said to be a kind named in the regulations. "
            "This tool does not hold those regulations, so someone needs to check them."
        )
        cites: tuple[Citation, ...] = (c.S23AG_1AA, c.S23AG_1AA_E)
    else:
        explanation = (
            f"{year_words} From 1 July 2009, overseas pay can be exempt only for certain kinds "
            "of work, and we do not know whether the client's work was one of them."
        )
        cites = (c.S23AG_1AA,)
    return Finding(
        "s23ag_1aa", title, Status.UNCLEAR, explanation + earlier_service, relied_on, cites
    )

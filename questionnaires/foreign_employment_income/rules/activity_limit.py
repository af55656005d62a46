"""Step 1: the income year and the s 23AG(1AA) limit to listed kinds of work."""

from __future__ import annotations

from questionnaires.foreign_employment_income import citations as c
from questionnaires.framework.determination import Citation, Finding, Status, reads
from questionnaires.framework.wording import YesNo

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


#: The income year from which s 23AG(1AA)(a) excludes an employer that is an Australian
#: government agency (from 1 July 2016; TR 2013/7 as amended by TR 2013/7A1).
GOVERNMENT_AGENCY_EXCLUDED_FROM = 2016


def straddles_the_activity_limit(facts: Facts) -> bool:
    """Pay for the 2009-10 income year, for work outside the listed kinds, for service that
    started before 1 July 2009 and ran on past it: the pay is exempt only for the service
    before that date (Sch 1 item 2(2)(b)), so it must be split by the period it was for. In
    a later year the pay received is, in the ordinary case, for service in that year."""
    start = income_year_start(facts.income_year)
    return (
        start == ACTIVITY_LIMIT_FROM
        and facts.attributable_activity == Activity.NONE
        and facts.service_start is not None
        and facts.service_start < ACTIVITY_LIMIT_START
        and not (
            facts.service_ended in (None, YesNo.YES)
            and facts.service_end is not None
            and facts.service_end < ACTIVITY_LIMIT_START
        )
    )


@reads(
    "income_year",
    "service_start",
    "service_end",
    "attributable_activity",
    decides="whether the kind of overseas work can be exempt for pay from 1 July 2009",
    law=(c.S23AG_1AA,),
)
def exemption_limited_to_listed_activities(facts: Facts) -> Finding:
    """s 23AG(1AA) ITAA 1936 (inserted by the Tax Laws Amendment (2009 Budget Measures
    No. 1) Act 2009): the exemption applies only if the continuous period of foreign service
    is directly attributable to (a) Australian official development assistance, (b) a
    public fund covered by item 9.1.1 or 9.1.2 of s 30-80(1) ITAA 1997, (c) the activities
    of an employer exempt as a prescribed institution under para 50-50(c) or (d) ITAA 1997,
    (d) deployment as a member of a disciplined force by an Australian government or
    authority, or (e) an activity specified in the regulations.

    Application (Sch 1 item 2): the limit applies to foreign earnings derived on or after
    1 July 2009 from foreign service performed on or after 1 July 2009; it is disregarded
    for earnings derived before 1 July 2009 (from any service) and for earnings derived
    from 1 July 2009 from service performed before then. Pay for an income year before
    2009-10 was derived before 1 July 2009; for a later year it turns on the service dates,
    so they are asked before the limit is applied, and service straddling 1 July 2009 is
    split."""
    relied_on = ("income_year", "service_start", "service_end")
    title = "Income year and kind of overseas work"
    cites: tuple[Citation, ...] = (c.S23AG_1AA, c.ACT_2009_APPLICATION)
    start = income_year_start(facts.income_year)

    def finding(status: Status, explanation: str, extra=(), names=relied_on) -> Finding:
        return Finding("s23ag_1aa", title, status, explanation, names, cites + tuple(extra))

    if start is None:
        return finding(
            Status.UNCLEAR,
            "We could not read the income year. Australian income years run from 1 July to "
            '30 June; enter one like "2004-05".',
            names=("income_year",),
        )
    year_words = (
        f"The {facts.income_year} income year runs from 1 July {start} to 30 June {start + 1}."
    )
    if start < ACTIVITY_LIMIT_FROM:
        return finding(
            Status.NOT_APPLICABLE,
            f"{year_words} Pay received before 1 July 2009 is not affected by the later limit "
            "on the kinds of overseas work that can be exempt, whatever the dates of the "
            "service.",
            names=("income_year",),
        )
    if facts.service_start is None:
        return finding(
            Status.UNCLEAR,
            f"{year_words} Whether the limit on the kinds of overseas work applies turns on "
            "the dates of the overseas service, which we do not have.",
        )
    before = facts.service_start < ACTIVITY_LIMIT_START
    all_before = facts.service_end is not None and facts.service_end < ACTIVITY_LIMIT_START
    if all_before and facts.service_ended in (None, YesNo.YES):
        return finding(
            Status.NOT_APPLICABLE,
            f"{year_words} The overseas service ended before 1 July 2009. The limit on the "
            "kinds of overseas work that can be exempt reaches only pay for service from "
            "1 July 2009, so it does not apply to pay for this service, even pay received "
            "later.",
        )
    relied_on_activity = (*relied_on, "attributable_activity")
    answer = facts.attributable_activity
    rule = (
        f"{year_words} For overseas service from 1 July 2009, pay can be exempt only for "
        "certain kinds of work (overseas aid, international aid funds, certain tax-exempt "
        "overseas institutions, disciplined forces such as the police, or work named in the "
        "regulations)."
    )
    straddle = (
        " The service started before 1 July 2009: pay for the days before then is not "
        "affected by this limit."
        if before
        else ""
    )
    if answer in _ACTIVITY_WORDS:
        agency = ""
        if answer == Activity.DEVELOPMENT_ASSISTANCE and start >= GOVERNMENT_AGENCY_EXCLUDED_FROM:
            agency = (
                " From 1 July 2016 this does not cover an employer that is an Australian "
                "government agency (such as the Department of Foreign Affairs and Trade): the "
                "answer was given on the footing that the employer is not one; check it."
            )
        return finding(
            Status.MET,
            f"{rule} The client's work was for {_ACTIVITY_WORDS[answer]}, which is one of "
            "them." + agency + straddle,
            (_ACTIVITY_CITATIONS[Activity(answer)],) + ((c.TR_2013_7,) if agency else ()),
            relied_on_activity,
        )
    if straddles_the_activity_limit(facts):
        return finding(
            Status.UNCLEAR,
            f"{rule} The client's work was none of these, and the service started before "
            "1 July 2009 and ran on past it. Pay for the service before 1 July 2009 can still "
            "be exempt, but pay for the service from that date cannot: the pay must be split "
            "by the period it was for. Get the employer's pay records by pay period.",
            names=relied_on_activity,
        )
    if answer == Activity.NONE and before:
        return finding(
            Status.NOT_MET,
            f"{rule} The client's work was none of these. The service started before 1 July "
            "2009, but pay received in this income year is, in the ordinary case, for service "
            "in this year, long after that date, so it is not exempt. Only pay received this "
            "year for service before 1 July 2009 (a deferred bonus, say) could still be "
            "exempt: if there was any, get advice on that amount.",
            names=relied_on_activity,
        )
    if answer == Activity.NONE:
        return finding(
            Status.NOT_MET,
            f"{rule} The client's work was none of these, and all of the service was from "
            "1 July 2009, so the pay is not exempt.",
            names=relied_on_activity,
        )
    if answer == Activity.REGULATIONS:
        return finding(
            Status.UNCLEAR,
            f"{rule} The client's work is said to be a kind named in the regulations. This "
            "tool does not hold those regulations, so someone needs to check them." + straddle,
            (c.S23AG_1AA_E, c.TR_2013_7),
            relied_on_activity,
        )
    return finding(
        Status.UNCLEAR,
        f"{rule} We do not know whether the client's work was one of them: ask the employer "
        "what the posting was for. Taxation Ruling TR 2013/7 gives the Tax Office's view of "
        "each kind and of when service is 'directly attributable' to it." + straddle,
        (c.TR_2013_7,),
        relied_on_activity,
    )

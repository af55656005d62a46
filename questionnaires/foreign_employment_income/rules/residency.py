"""Step 2: residency (s 23AG(1))."""

from __future__ import annotations

from questionnaires.foreign_employment_income import citations as c
from questionnaires.framework.determination import Finding, Status, reads
from questionnaires.framework.wording import YesNo

from .answers import ResidencyChange
from .facts import (
    Facts,
)

# ---------------------------------------------------------------------------
# 2. Residency
# ---------------------------------------------------------------------------


@reads(
    "australian_resident",
    "residency_change",
    decides="whether the client was an Australian resident for tax purposes",
    law=(c.S23AG_1,),
)
def australian_resident(facts: Facts) -> Finding:
    """s 23AG(1): the exemption is for "a resident, being a natural person". Residency is
    decided for each income year on the person's circumstances (CR 2005/54 paras 45-46;
    IT 2650)."""
    relied_on = ("australian_resident",)
    title = "Australian resident for tax purposes"
    cites = (c.S23AG_1, c.CR_RESIDENCY, c.IT_2650)
    answer = facts.australian_resident
    if answer == YesNo.YES:
        return Finding(
            "residency",
            title,
            Status.MET,
            "The exemption is only for Australian residents for tax purposes. The client "
            "stayed a resident throughout the overseas service.",
            relied_on,
            cites,
        )
    if answer == YesNo.NO and facts.residency_change in (None, ResidencyChange.NEVER):
        return Finding(
            "residency",
            title,
            Status.NOT_MET,
            "The exemption is only for Australian residents for tax purposes. The client was "
            "not a resident at any time during the overseas service, so this exemption does "
            "not apply at all. But a non-resident is generally taxed in Australia only on "
            "income from Australian sources, so pay for work done overseas is generally not "
            "taxed in Australia at all.",
            (*relied_on, "residency_change"),
            (*cites, c.S6_5_3),
        )
    if answer == YesNo.NO:
        change = {
            ResidencyChange.STOPPED: "stopped being a resident part-way through",
            ResidencyChange.STARTED: "became a resident part-way through",
        }.get(facts.residency_change, "was not a resident for all of it, in a way we do not know")
        return Finding(
            "residency",
            title,
            Status.UNCLEAR,
            "The exemption is only for Australian residents for tax purposes. The client "
            f"{change} the overseas service. Pay for the time the client was a resident can "
            "be exempt; pay for the time they were not is generally not taxed in Australia "
            "if it is from overseas work. The pay has to be split at the date residency "
            "changed, which needs professional advice.",
            (*relied_on, "residency_change"),
            (*cites, c.S6_5_2, c.S6_5_3),
        )
    return Finding(
        "residency",
        title,
        Status.UNCLEAR,
        "The exemption is only for Australian residents for tax purposes. We do not know "
        "whether the client was one. Residency depends on the client's circumstances in "
        "each income year and needs a closer look.",
        relied_on,
        cites,
    )

"""Step 4: whether CR 2005/54 binds the Commissioner for this client."""

from __future__ import annotations

from questionnaires.foreign_employment_income import citations as c
from questionnaires.framework.determination import Citation, Finding, Status, reads
from questionnaires.framework.wording import YesNo, join_words

from .answers import (
    AbsenceKind,
)
from .facts import (
    ACTIVITY_LIMIT_FROM,
    RULING_FROM,
    Facts,
    income_year_start,
)
from .service import continuous_foreign_service_of_91_days

# ---------------------------------------------------------------------------
# 4. Whether CR 2005/54 binds the Commissioner for this client
# ---------------------------------------------------------------------------


@reads(
    "ruling_class_member",
    "arrangement_as_described",
    "income_year",
    "australian_resident",
    "service_start",
    "service_end",
    "absences",
    "left_early_and_returned",
    decides="whether Class Ruling CR 2005/54 binds the Commissioner for this client",
    law=(c.CR_CLASS,),
)
def covered_by_class_ruling(facts: Facts) -> Finding:
    """CR 2005/54 paras 3-6: the class is AFP officers, s 69D secondees and s 40E special
    members deployed to Nauru with the International Deployment Group under the
    Australia-Nauru Agreement who stay Australian residents; it excludes those who use leave
    accrued wholly or partly in Australia and those whose deployment is suspended before 91
    days. Paras 7-9: it binds the Commissioner only if the arrangement is carried out as
    described in paras 12-35. Para 11: it applies from 1 July 2004 and only while the tax
    laws are not amended."""
    relied_on = ("ruling_class_member",)
    title = "Whether Class Ruling CR 2005/54 binds the Commissioner for this client"
    cites = (c.CR_CLASS, c.CR_QUALIFICATIONS)
    guidance = (
        " The same tests are still applied below, as guidance rather than as a binding ruling."
    )
    term = (
        "A class ruling is the Commissioner of Taxation's public statement of how the tax law "
        "applies to a described group of people. It binds the Commissioner (the head of the "
        "Tax Office) only for that group, and only if what was actually done matches the "
        "arrangement it describes. "
    )
    member = facts.ruling_class_member
    if member == YesNo.NO:
        return Finding(
            "ruling_class",
            title,
            Status.NOT_APPLICABLE,
            term + "CR 2005/54 describes Australian Federal Police staff deployed to Nauru "
            "with the International Deployment Group. The client is not one of them." + guidance,
            relied_on,
            cites,
        )
    if member != YesNo.YES:
        return Finding(
            "ruling_class",
            title,
            Status.UNCLEAR,
            term
            + "We do not know whether the client is one of the Australian Federal Police staff "
            "deployed to Nauru that the ruling covers, so we cannot say it binds the "
            "Commissioner." + guidance,
            relied_on,
            cites,
        )

    relied_on = (
        "ruling_class_member",
        "arrangement_as_described",
        "income_year",
        "australian_resident",
        "service_start",
        "service_end",
        "absences",
        "left_early_and_returned",
    )
    fails: list[str] = []
    doubts: list[str] = []
    extra: list[Citation] = []
    start = income_year_start(facts.income_year)
    if start is not None and start < RULING_FROM:
        fails.append("the ruling applies only from 1 July 2004")
        extra.append(c.CR_DATE_OF_EFFECT)
    elif start is not None and start >= ACTIVITY_LIMIT_FROM:
        doubts.append(
            "the ruling applies only while the tax law is unchanged, and s 23AG was amended "
            "from 1 July 2009"
        )
        extra.append(c.CR_DATE_OF_EFFECT)
    elif start is None:
        doubts.append("we could not read the income year")
    if facts.arrangement_as_described == YesNo.NO:
        fails.append("the deployment was not carried out as the ruling describes it")
        extra.append(c.CR_ARRANGEMENT)
    elif facts.arrangement_as_described != YesNo.YES:
        doubts.append("we do not know whether the deployment was carried out as described")
        extra.append(c.CR_ARRANGEMENT)
    if facts.australian_resident == YesNo.NO:
        fails.append("the client did not stay an Australian resident")
    elif facts.australian_resident != YesNo.YES:
        doubts.append("we do not know whether the client stayed an Australian resident")
    if any(a.absence_kind == AbsenceKind.AUSTRALIAN_ACCRUED_LEAVE for a in facts.absences):
        fails.append(
            "the client used leave earned from work in Australia, and the ruling leaves such "
            "people out"
        )
        extra.append(c.CR_AUSTRALIAN_LEAVE)
    if any(a.absence_kind == AbsenceKind.NOT_SURE for a in facts.absences):
        doubts.append("we do not know what kind of leave one of the absences was")
    continuity = continuous_foreign_service_of_91_days(facts)
    if continuity.status == Status.NOT_MET:
        fails.append(
            "the deployment did not reach a continuous 91 days, and the ruling leaves out "
            "deployments cut short before then"
        )
    elif continuity.status == Status.UNCLEAR:
        doubts.append("it is not clear that the deployment reached a continuous 91 days")
    cites = cites + tuple(dict.fromkeys(extra))

    if fails:
        return Finding(
            "ruling_class",
            title,
            Status.NOT_MET,
            term + "The client is in the group of AFP staff the ruling describes, but the ruling "
            f"does not bind the Commissioner for them because {join_words(fails)}." + guidance,
            relied_on,
            cites,
        )
    if doubts:
        return Finding(
            "ruling_class",
            title,
            Status.UNCLEAR,
            term
            + "The client is in the group of AFP staff the ruling describes, but we cannot say "
            f"the ruling binds the Commissioner because {join_words(doubts)}." + guidance,
            relied_on,
            cites,
        )
    return Finding(
        "ruling_class",
        title,
        Status.MET,
        term
        + "The client is one of the AFP staff deployed to Nauru that the ruling covers, and the "
        "deployment was carried out as the ruling describes. So the ruling binds the "
        "Commissioner for this client. It has no binding effect if what was actually done "
        "turns out to be materially different from what it describes.",
        relied_on,
        cites,
    )

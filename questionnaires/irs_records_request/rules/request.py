"""Preparing a request: a reasonable description of the records (5 U.S.C. § 552(a)(3)(A))
and the published rules' formalities (signed, identity, fees)."""

from __future__ import annotations

from questionnaires.framework.determination import Finding, Status, reads
from questionnaires.framework.wording import join_words, unique_citations
from questionnaires.irs_records_request import citations as c

from .facts import Description, Facts, RequestPart

# ---------------------------------------------------------------------------
# 3. The records are described specifically enough to find
# ---------------------------------------------------------------------------


@reads(
    "records_description",
    decides="whether the records are described specifically enough to find",
    law=(c.FOIA_REASONABLY_DESCRIBES,),
)
def records_reasonably_described(facts: Facts) -> Finding:
    """5 U.S.C. § 552(a)(3)(A): the agency must make records available on a request that
    "reasonably describes such records". A request the IRS finds "not specific enough to
    process or too broad in scope" is "imperfect" and "must be closed" (TIGTA Rep. at 2 n.5).
    """
    code, title = "description", "The records are described specifically enough to find"
    relied_on = ("records_description",)
    cites = unique_citations(
        c.FOIA_REASONABLY_DESCRIBES, c.REG_REASONABLE_DESCRIPTION, c.REPORT_IMPERFECT
    )
    if facts.records_description == Description.SPECIFIC:
        return Finding(
            code,
            title,
            Status.MET,
            "The request describes the records specifically.",
            relied_on,
            cites,
        )
    if facts.records_description == Description.BROAD_OR_VAGUE:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The description is broad or vague. The IRS closes such a request as "
            '"imperfect" (too broad or not specific enough) without searching. Name the '
            "records, the tax years, the kind of tax and, if known, the IRS office or "
            "examination.",
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "We could not confirm the records are described specifically. Check the description "
        "before sending: a request that is too broad or vague is closed as imperfect.",
        relied_on,
        cites,
    )


# ---------------------------------------------------------------------------
# 4. In writing and signed, identity, fees
# ---------------------------------------------------------------------------

REQUEST_PART_LABELS = {
    RequestPart.SIGNED: "In writing and signed",
    RequestPart.IDENTITY: "The requester's identity",
    RequestPart.FEES: "A statement about fees",
}


def request_part_present(facts: Facts, part: str) -> bool | None:
    """True if the request includes the part, False if not, None if staff are not sure."""
    if facts.request_includes is None:
        return None
    if part in facts.request_includes:
        return True
    return None if RequestPart.NOT_SURE in facts.request_includes else False


#: The other parts 26 C.F.R. § 601.702(c)(4)(i)(B), (F), (G) and (I) list; not asked.
REGULATION_ALSO_ASKS = (
    " The IRS's regulation also asks the request to say it is made under the Freedom of "
    "Information Act, give the address for the answer, say whether you want copies or to "
    "inspect the records, and say which category of requester you are."
)


@reads(
    "request_includes",
    decides="whether the request is signed and proves identity and fees",
    law=(c.FOIA_REASONABLY_DESCRIBES,),
)
def request_made_under_published_rules(facts: Facts) -> Finding:
    """5 U.S.C. § 552(a)(3)(A): the request must be "made in accordance with published rules
    stating the time, place, fees (if any), and procedures to be followed". The IRS's
    Disclosure Office processes written requests (TIGTA Rep. at 1), and searches once a
    request "includes all the necessary information" (at 2). The IRS's published FOIA
    instructions (on IRS.gov) say what proof of identity and fee statement it wants.
    """
    code, title = "formalities", "Signed, identity and fees"
    relied_on = ("request_includes",)
    cites = unique_citations(
        c.FOIA_REASONABLY_DESCRIBES,
        c.REG_REQUEST_CONTENTS,
        c.REPORT_BACKGROUND,
        c.REPORT_PROCESSING,
    )
    missing, unknown = [], []
    for part, label in REQUEST_PART_LABELS.items():
        present = request_part_present(facts, part)
        if present is False:
            missing.append(label.lower())
        elif present is None:
            unknown.append(label.lower())
    tail = (
        " Check the IRS's published FOIA instructions on IRS.gov for the proof of identity "
        "and the fee statement it asks for." + REGULATION_ALSO_ASKS
    )
    if missing:
        text = f"The request is missing: {join_words(missing)}."
        if unknown:
            text += f" Also check: {join_words(unknown)}."
        return Finding(code, title, Status.NOT_MET, text + tail, relied_on, cites)
    if unknown:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            f"We could not confirm: {join_words(unknown)}." + tail,
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.MET,
        "The request is in writing and signed, says who the requester is, and includes a "
        "statement about fees." + REGULATION_ALSO_ASKS,
        relied_on,
        cites,
    )

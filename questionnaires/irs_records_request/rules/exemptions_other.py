"""The exemptions other than (b)(3) and (b)(7): (b)(5) and (b)(6); an exemption this tool
cannot judge; and the foreseeable-harm and segregability arguments for discretionary
withholdings (5 U.S.C. § 552(a)(8)(A))."""

from __future__ import annotations

from questionnaires.framework.determination import Citation, Finding, Status, reads
from questionnaires.framework.wording import unique_citations
from questionnaires.irs_records_request import citations as c

from .facts import Exemption, Facts, SignedBy

TIGTA_LOOKED_FURTHER = (
    "TIGTA also checked the cases it sampled for errors under exemptions other than (b)(7) "
    "and found seven more cases, most of them under (b)(3)."
)


@reads(
    "exemptions_cited",
    "request_signed_by",
    decides="whether the other exemptions cited hold",
    law=(
        c.FOIA_B5,
        c.FOIA_B6,
    ),
)
def other_exemptions_cited(facts: Facts) -> Finding:
    """5 U.S.C. § 552(b)(5) (inter- and intra-agency memorandums and letters) and
    § 552(b)(6) (personnel, medical and similar files, where release would be a clearly
    unwarranted invasion of personal privacy: a privacy a business does not have, FCC v.
    AT&T Inc., 562 U.S. 397 (2011), on the same words in (b)(7)(C)). TIGTA also reviewed
    the sampled cases for errors under other exemptions (TIGTA Rep. at 5). "Not sure" which
    exemptions were cited is unclear, never "none"."""
    code, title = "other_exemptions", "The other exemptions cited"
    relied_on = ("exemptions_cited",)
    cited = facts.exemptions_cited
    parts: list[str] = []
    cites: list[Citation] = []
    if Exemption.B5 in cited:
        parts.append(
            "(b)(5) covers the agency's internal memos and letters that would not be "
            "available to someone in a lawsuit against it."
        )
        cites.append(c.FOIA_B5)
    if Exemption.B6 in cited and facts.request_signed_by == SignedBy.CLINIC_NOT_AUTHORIZED:
        parts.append(
            "(b)(6) covers personnel, medical and similar files where release would be a "
            "clearly unwarranted invasion of someone's personal privacy. Here the clinic sent "
            "the request without the client's signed authorization: toward the clinic, the "
            "client's own privacy is protected too, so (b)(6) may keep the client's personal "
            "information from the clinic. Send a new request with a covering Form 2848 or Form "
            "8821, or signed by the client."
        )
        cites += [c.FOIA_B6, c.IRC_6103C]
        relied_on = (*relied_on, "request_signed_by")
    elif Exemption.B6 in cited:
        parts.append(
            "(b)(6) covers personnel, medical and similar files where release would be a "
            "clearly unwarranted invasion of someone's personal privacy. It protects other "
            "people: it cannot keep the client's own information from the client, and a "
            "business has no personal privacy to protect (the Supreme Court held so for the "
            "same words in (b)(7)(C))."
        )
        cites += [c.FOIA_B6, c.FCC_V_ATT]
    if parts:
        parts.append(TIGTA_LOOKED_FURTHER)
        cites.append(c.REPORT_OTHER_ERRORS)
    unclear = False
    if Exemption.OTHER in cited:
        parts.append(
            "The letter cites another exemption. This screening cannot judge it; check what "
            "it covers before deciding."
        )
        unclear = True
    if Exemption.NOT_SURE in cited:
        parts.append(
            "We do not know which exemptions the letter cites. Check the letter and the "
            "released pages: each blacked-out part should be marked with its exemption."
        )
        cites.append(c.FOIA_SEGREGABLE)
        unclear = True
    if not parts:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The letter cites no exemption other than (b)(3) or (b)(7).",
            relied_on,
            (),
        )
    status = Status.UNCLEAR if unclear else Status.MET
    return Finding(code, title, status, " ".join(parts), relied_on, unique_citations(tuple(cites)))


#: Exemptions the IRS uses by choice, where the foreseeable-harm test matters most.
DISCRETIONARY = {Exemption.B5: "(b)(5)", Exemption.B7E: "(b)(7)(E)"}


@reads(
    "exemptions_cited",
    decides="whether discretionary withholdings meet the foreseeable-harm test",
    law=(c.FOIA_FORESEEABLE_HARM,),
)
def discretionary_withholding_meets_foreseeable_harm(facts: Facts) -> Finding:
    """5 U.S.C. § 552(a)(8)(A): an agency withholds only if it "reasonably foresees that
    disclosure would harm an interest protected by an exemption" (or the law prohibits
    disclosure), considers partial disclosure, and takes reasonable steps to segregate and
    release what is not exempt; the flush language after § 552(b)(9) requires reasonably
    segregable portions to be released."""
    code, title = "foreseeable_harm", "Discretionary withholdings meet the foreseeable-harm test"
    relied_on = ("exemptions_cited",)
    named = [
        label for exemption, label in DISCRETIONARY.items() if exemption in facts.exemptions_cited
    ]
    if not named:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The letter does not cite (b)(5) or (b)(7)(E).",
            relied_on,
            (),
        )
    which = " and ".join(named)
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        f"The letter cites {which}. That an exemption could apply is not enough: the IRS may "
        "withhold only if it reasonably foresees that releasing the information would harm "
        "the interest the exemption protects. It must also consider releasing part of a "
        "record and release every part that can be separated from the exempt part. In an "
        f"appeal, ask the IRS what harm it foresees from releasing each part withheld under "
        f"{which}, and to release every part that can be separated.",
        relied_on,
        (c.FOIA_FORESEEABLE_HARM, c.FOIA_SEGREGABLE),
    )

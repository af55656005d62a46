"""The exemptions other than (b)(7): (b)(3) with I.R.C. § 6103, (b)(5) and (b)(6)."""

from __future__ import annotations

from questionnaires.framework.determination import Citation, Finding, Status
from questionnaires.framework.wording import unique_citations
from questionnaires.irs_records_request import citations as c

from .facts import Exemption, Facts

# ---------------------------------------------------------------------------
# 3. The other exemptions
# ---------------------------------------------------------------------------


def other_exemptions_cited(facts: Facts) -> Finding:
    """5 U.S.C. § 552(b)(3) (records another statute protects, such as tax return
    information under I.R.C. § 6103; most errors outside (b)(7) involved (b)(3), TIGTA Rep.
    at 5), § 552(b)(5) (inter- and intra-agency memorandums and letters) and § 552(b)(6)
    (personnel, medical and similar files, where release would be a clearly unwarranted
    invasion of personal privacy)."""
    code, title = "other_exemptions", "The other exemptions cited"
    relied_on = ("exemptions_cited",)
    cited = facts.exemptions_cited
    parts: list[str] = []
    cites: list[Citation] = []
    if Exemption.B3_6103 in cited:
        parts.append(
            "(b)(3) lets the IRS withhold records another law protects, such as tax return "
            "information under § 6103. But § 6103 lets the taxpayer get the taxpayer's own "
            "return information, so (b)(3) should not keep the client's own information from "
            "the client. TIGTA found most errors outside (b)(7) involved (b)(3)."
        )
        cites += [c.FOIA_B3, c.IRC_6103, c.IRC_6103E, c.REPORT_OTHER_ERRORS]
    if Exemption.B5 in cited:
        parts.append(
            "(b)(5) covers the agency's internal memos and letters that would not be "
            "available to someone in a lawsuit against it. TIGTA's report did not review these."
        )
        cites.append(c.FOIA_B5)
    if Exemption.B6 in cited:
        parts.append(
            "(b)(6) covers personnel, medical and similar files where release would be a "
            "clearly unwarranted invasion of someone's privacy. TIGTA's report did not review "
            "these."
        )
        cites.append(c.FOIA_B6)
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
            "released pages."
        )
        unclear = True
    if not parts:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The letter cites no exemption other than (b)(7).",
            relied_on,
            (),
        )
    status = Status.UNCLEAR if unclear else Status.MET
    return Finding(code, title, status, " ".join(parts), relied_on, unique_citations(tuple(cites)))

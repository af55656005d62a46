"""Exemption (b)(3) with I.R.C. § 6103, 5 U.S.C. § 552(b)(3): what § 6103 lets the IRS
withhold, and what it does not."""

from __future__ import annotations

from questionnaires.framework.determination import Finding, Status, reads
from questionnaires.framework.wording import YesNo, unique_citations
from questionnaires.irs_records_request import citations as c

from .facts import CollectionRight, Exemption, Facts, Item, MatterStatus, SignedBy
from .items import CLIENTS_RETURN_INFORMATION, UNNAMED_ITEMS, signer_not_known

WHAT_B3_COVERS = (
    "(b)(3) lets the IRS withhold what another law protects; here, § 6103. With § 6103 it "
    "can withhold: other people's tax information; the client's own return information, but "
    "only where the IRS determines that releasing it would seriously impair federal tax "
    "administration (§ 6103(e)(7)), which it often says while an examination is open, "
    "commonly together with (b)(7)(A); and the standards the IRS uses to choose returns for "
    "audit, and the data behind them, such as DIF scores, if it determines releasing them "
    "would seriously impair assessment, collection or enforcement (§ 6103(b)(2)). It cannot "
    "keep the client's own return information from the client merely because it is tax "
    "information. The foreseeable-harm test does not apply to (b)(3)."
)
#: Where staff do not know who signed the request (or with what authorization).
UNSURE_WHO_SIGNED = (
    " If the clinic sent the request without the client's signed authorization covering it, "
    "the IRS had to refuse: send a new request with one instead of appealing."
)

B3_CITATIONS = (
    c.FOIA_B3,
    c.IRC_6103E7,
    c.IRC_6103B2_SELECTION_STANDARDS,
    c.FOIA_FORESEEABLE_HARM_NOT_B3,
    c.REPORT_OTHER_ERRORS,
)


@reads(
    "exemptions_cited",
    "matter_status",
    "item_exemptions",
    "request_signed_by",
    "other_taxpayer_consent_given",
    "other_taxpayer_collection_right",
    decides="whether a (b)(3) withholding keeps back only what § 6103 protects",
    law=(
        c.FOIA_B3,
        c.IRC_6103,
    ),
)
def b3_withholds_only_what_6103_protects(facts: Facts) -> Finding:
    """5 U.S.C. § 552(b)(3) with I.R.C. § 6103: the taxpayer's own return information may be
    withheld from the taxpayer only where disclosure "would seriously impair Federal tax
    administration" (§ 6103(e)(7)); audit-selection standards and their data may be withheld
    if disclosure "will seriously impair assessment, collection, or enforcement"
    (§ 6103(b)(2), last sentence); § 552(a)(8)(B) keeps the foreseeable-harm test from
    requiring disclosure of what (b)(3) exempts. Most of TIGTA's errors outside (b)(7)
    involved (b)(3) (TIGTA Rep. at 5). Whether the matter is open decides how strong the
    § 6103(e)(7) reason is."""
    code, title = "b3_6103", "(b)(3) withholds only what § 6103 protects"
    relied_on = ("exemptions_cited", "matter_status", "item_exemptions")
    cites = unique_citations(B3_CITATIONS)
    if Exemption.B3_6103 not in facts.exemptions_cited:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The letter does not cite (b)(3) with § 6103.",
            relied_on,
            (),
        )
    marked = {item for item, exemption in facts.item_exemptions if exemption == Exemption.B3_6103}
    if facts.request_signed_by == SignedBy.CLINIC_NOT_AUTHORIZED:
        return Finding(
            code,
            title,
            Status.MET,
            WHAT_B3_COVERS + " Here the clinic sent the request without the client's signed "
            "authorization covering it, and the IRS may not give the client's return "
            "information to anyone else without one: the withholding was likely proper. Send "
            "a new request with a covering Form 2848 or Form 8821, or signed by the client.",
            (*relied_on, "request_signed_by"),
            unique_citations(cites, c.IRC_6103C, c.IRC_6103E6),
        )
    if Item.OWN_RETURN in marked:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            WHAT_B3_COVERS + " The IRS marked the client's own return (b)(3). A return is "
            "open to the taxpayer on written request (§ 6103(e)(1)); § 6103(e)(7) covers only "
            "return information, so it does not let the IRS keep the client's own return "
            "from the client, even while the matter is open.",
            relied_on,
            unique_citations(cites, c.IRC_6103E1),
        )
    unnamed = marked & UNNAMED_ITEMS
    if marked and not marked & CLIENTS_RETURN_INFORMATION and unnamed:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            WHAT_B3_COVERS + " We cannot tell whose information the item marked (b)(3) is (it "
            "was not named). If it is the client's own, § 6103(e)(7) decides it; check what "
            "was blacked out.",
            relied_on,
            cites,
        )
    other_return = Item.OTHER_TAXPAYER_RETURN in marked and not marked & CLIENTS_RETURN_INFORMATION
    collection = facts.other_taxpayer_collection_right
    other_relied_on = (
        *relied_on,
        "other_taxpayer_consent_given",
        "other_taxpayer_collection_right",
    )
    if other_return and collection in (
        CollectionRight.JOINT_DEBT,
        CollectionRight.TRUST_FUND_PENALTY,
    ):
        provision = "§ 6103(e)(8)" if collection == CollectionRight.JOINT_DEBT else "§ 6103(e)(9)"
        return Finding(
            code,
            title,
            Status.NOT_MET,
            WHAT_B3_COVERS + " The IRS marked another taxpayer's information (b)(3), but the "
            "request asked what the IRS did to collect from them, which it must disclose in "
            f"writing to the client on written request ({provision}): (b)(3) does not cover "
            "that part.",
            other_relied_on,
            unique_citations(
                cites, c.IRC_6103E8 if collection == CollectionRight.JOINT_DEBT else c.IRC_6103E9
            ),
        )
    if other_return and facts.other_taxpayer_consent_given == YesNo.YES:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            WHAT_B3_COVERS + " The IRS marked another taxpayer's return (b)(3), but the request "
            "came with that taxpayer's signed consent or was about a joint return the client "
            "filed with them: § 6103 lets the IRS give it then (§ 6103(c), (e)(1)(B)), so (b)(3) "
            "does not cover it.",
            other_relied_on,
            unique_citations(cites, c.IRC_6103C, c.IRC_6103E1B),
        )
    if other_return and (
        facts.other_taxpayer_consent_given != YesNo.NO or collection != CollectionRight.NEITHER
    ):
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            WHAT_B3_COVERS + " The IRS marked another taxpayer's return (b)(3). That is right "
            "unless the request came with that taxpayer's signed consent, was about a joint "
            "return the client filed with them (§ 6103(c), (e)(1)(B)), or asked what the IRS did "
            "to collect a joint tax debt from a former or separated spouse (§ 6103(e)(8)) or the "
            "trust fund recovery penalty from others found liable for it (§ 6103(e)(9)); we do "
            "not know which.",
            other_relied_on,
            unique_citations(cites, c.IRC_6103C, c.IRC_6103E1B, c.IRC_6103E8, c.IRC_6103E9),
        )
    if marked and not marked & CLIENTS_RETURN_INFORMATION:
        return Finding(
            code,
            title,
            Status.MET,
            WHAT_B3_COVERS + " The items marked (b)(3) are not the client's own return "
            "information; see each item below.",
            relied_on,
            cites,
        )
    status = facts.matter_status
    if status == MatterStatus.OPEN:
        return Finding(
            code,
            title,
            Status.MET,
            WHAT_B3_COVERS + " The matter is still open, so a § 6103(e)(7) reason may well "
            "apply for now. TIGTA found most errors outside (b)(7) under (b)(3): check each "
            "item below, and ask again once the matter closes.",
            relied_on,
            cites,
        )
    if status == MatterStatus.CLOSED:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            WHAT_B3_COVERS + " The matter is closed. If the IRS used (b)(3) to hold back the "
            "client's own information, ask it to explain how releasing it now would seriously "
            "impair federal tax administration. TIGTA found most errors outside (b)(7) under "
            "(b)(3)." + (UNSURE_WHO_SIGNED if signer_not_known(facts) else ""),
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        WHAT_B3_COVERS + " Find out whether the matter is still open: a § 6103(e)(7) reason "
        "for holding back the client's own information is much weaker once it has closed.",
        relied_on,
        cites,
    )

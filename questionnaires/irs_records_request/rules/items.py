"""Each item withheld or released, against what TIGTA found, and whether the same
information was treated the same way."""

from __future__ import annotations

from dataclasses import dataclass

from questionnaires.framework.determination import Citation, Finding, Status, reads
from questionnaires.framework.wording import YesNo
from questionnaires.irs_records_request import citations as c

from .facts import (
    EXEMPTION_LABELS,
    FLAG_LABELS,
    ITEM_LABELS,
    RELEASED,
    WITHHELD,
    CollectionRight,
    Exemption,
    Facts,
    Flag,
    IrsAction,
    Item,
    MatterStatus,
    SignedBy,
)

# ---------------------------------------------------------------------------
# 4. Each item withheld or released, against what TIGTA found
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemRule:
    flag: Flag
    reason: str
    citations: tuple[Citation, ...]
    ask: str = ""


#: What TIGTA found about each kind of item, withheld (TIGTA Rep. at 3-4). "ask" is what to
#: ask the IRS for in an appeal (or a new request).
WITHHELD_RULES: dict[str, ItemRule] = {
    Item.OWN_RETURN: ItemRule(
        Flag.LIKELY_IMPROPER,
        "The client's own return must be open to the client on written request "
        "(§ 6103(e)(1)). § 6103(e)(7), which lets the IRS hold back return information that "
        "would seriously impair federal tax administration, covers return information, not "
        "the return itself.",
        (c.IRC_6103E1, c.IRC_6103E7, c.FOIA_B3),
        "Ask the IRS to release the client's own return: § 6103(e)(1) opens it to the client "
        "on written request, open examination or not.",
    ),
    Item.REQUESTER_INFO: ItemRule(
        Flag.WORTH_CHALLENGING,
        "TIGTA found the IRS wrongly withheld information about requesters or their "
        "businesses that they were entitled to receive; § 6103(e) lets a taxpayer have the "
        "taxpayer's own return information.",
        (c.REPORT_RESULTS, c.IRC_6103E),
        "Ask the IRS to release the information about the client or the client's business "
        "(TIGTA report, page 3).",
    ),
    Item.EXAM_WORKPAPERS: ItemRule(
        Flag.WORTH_CHALLENGING,
        "Examination workpapers were among the records TIGTA found the IRS wrongly withheld.",
        (c.REPORT_RESULTS,),
        "Ask the IRS to release the workpapers, or to say for each withheld page which "
        "exemption applies and, for (b)(7), which of the six harms release would cause.",
    ),
    Item.IRS_EMAILS: ItemRule(
        Flag.WORTH_CHALLENGING,
        "IRS e-mails were among the records TIGTA found the IRS wrongly withheld.",
        (c.REPORT_RESULTS,),
        "Ask the IRS to release the e-mails, or to say for each one which exemption applies "
        "and why.",
    ),
    Item.OUTSIDE_SERVICES_INFO: ItemRule(
        Flag.WORTH_CHALLENGING,
        "TIGTA found the IRS wrongly withheld information about the requester that it got "
        "from outside information services. (Information about other people from those "
        "services is different: it should be withheld.)",
        (c.REPORT_RESULTS,),
        "Ask the IRS to release what it holds about the client from outside information services.",
    ),
    Item.ASSET_LOCATOR_THIRD_PARTY: ItemRule(
        Flag.LIKELY_PROPER,
        "Information about other people in asset locator records comes from a non-public "
        "system used for law enforcement, and TIGTA says it should be withheld. Exemption "
        "(b)(7)(C) protects personal information in law-enforcement records. If a "
        "blacked-out part is about the client rather than other people, ask for it: TIGTA "
        "also found some third-party redactions wrong.",
        (c.REPORT_DIF_AND_ASSET_LOCATOR, c.FOIA_B7C),
    ),
    Item.DIF_SCORE_WORDS: ItemRule(
        Flag.LIKELY_IMPROPER,
        'TIGTA found the words "DIF score" are not protected under exemption (b)(7)(E) and '
        "were withheld improperly. (The DIF, or Discriminant Index Function, score is a "
        "computer score the IRS gives a return to rate its audit potential.)",
        (c.REPORT_DIF_AND_ASSET_LOCATOR, c.REPORT_DIF_DEFINED, c.FOIA_B7E),
        'Ask the IRS to release the words "DIF score" (TIGTA report, page 4).',
    ),
    Item.DIF_DAS_REASON_CODE: ItemRule(
        Flag.LIKELY_IMPROPER,
        "TIGTA found the DIF/DAS reason code (it shows why there is a DIF record, such as a "
        "regular or special DIF return) is not protected under exemption (b)(7)(E) and was "
        "withheld improperly.",
        (c.REPORT_DIF_AND_ASSET_LOCATOR, c.REPORT_REASON_CODE, c.FOIA_B7E),
        "Ask the IRS to release the DIF/DAS reason code (TIGTA report, page 4).",
    ),
    Item.DIF_SCORE_OR_FORMULA: ItemRule(
        Flag.LIKELY_PROPER,
        "DIF scores and formulas show how the IRS chooses returns for audit. § 6103(b)(2) "
        "lets the IRS withhold the standards for choosing returns for audit (with exemption "
        "(b)(3)), and TIGTA says their release could harm tax administration (it discusses "
        "them under (b)(7)(E)). Withholding them is likely proper.",
        (
            c.REPORT_DIF_DEFINED,
            c.REPORT_DIF_AND_ASSET_LOCATOR,
            c.IRC_6103B2_SELECTION_STANDARDS,
            c.FOIA_B7E,
        ),
    ),
    Item.FORM_CODE: ItemRule(
        Flag.LIKELY_PROPER,
        "The form code identifies the DIF formula used to score the return, so it too "
        "reveals how returns are chosen for audit. The IRS's manual redacts it with the other "
        "DIF indicators, and TIGTA counted its release as an error. Withholding it is likely "
        "proper.",
        (
            c.REPORT_DIF_DEFINED,
            c.REPORT_RESULTS,
            c.REPORT_DIF_AND_ASSET_LOCATOR,
            c.REPORT_FORM_CODE_IRM,
        ),
    ),
    Item.OTHER_TAXPAYER_RETURN: ItemRule(
        Flag.LIKELY_PROPER,
        "Another taxpayer's return and return information are confidential: § 6103 forbids "
        "giving them out without that taxpayer's consent, and exemption (b)(3) carries that "
        "into FOIA. Withholding them is likely proper.",
        (c.IRC_6103, c.FOIA_B3, c.REPORT_DISCLOSURE_BAR),
    ),
    Item.OTHER_PEOPLE_INFO: ItemRule(
        Flag.LIKELY_PROPER,
        "Exemption (b)(7)(C) protects the personal privacy of individuals named in "
        "law-enforcement records, such as witnesses or employees. A business has no personal "
        "privacy, but the people named in its file do. Withholding their names and details "
        "is likely proper (unless they are the client).",
        (c.FOIA_B7C, c.FCC_V_ATT),
    ),
    Item.CONFIDENTIAL_SOURCE: ItemRule(
        Flag.LIKELY_PROPER,
        "Exemption (b)(7)(D) protects what could disclose the identity of a confidential "
        "source in law-enforcement records; it is one of the six harms the TIGTA report "
        "lists. TIGTA reported no errors about it. Withholding it is likely proper.",
        (c.REPORT_BACKGROUND, c.FOIA_B7D),
    ),
    Item.OTHER: ItemRule(
        Flag.UNCLEAR,
        "We cannot judge this item from the answers.",
        (c.FOIA_SEGREGABLE,),
        "If the client needs it, ask the IRS which exemption covers it and why, and for any "
        "part of it that can be separated from the exempt part.",
    ),
    Item.NOT_SURE: ItemRule(
        Flag.UNCLEAR,
        "We do not know what was withheld. FOIA requires the IRS to release any part of a "
        "record that can be separated from the exempt part, and to mark how much it deleted "
        "and under which exemption. When it denies records, it must try to estimate how much "
        "it withheld.",
        (c.FOIA_SEGREGABLE, c.FOIA_ESTIMATE_VOLUME),
        "Look for the exemption marked where text was blacked out. If the letter does not say "
        "what or how much was withheld, ask the IRS to say so.",
    ),
}

#: Items that are information about the client (or the client's business): what a privacy
#: exemption cannot keep from the client.
CLIENTS_OWN = frozenset({Item.REQUESTER_INFO, Item.OUTSIDE_SERVICES_INFO})
#: Items that are the client's own return information (§ 6103(e)(7) decides them).
#: (IRS e-mails about the client's case are data the IRS prepared in deciding the client's
#: liability: return information, § 6103(b)(2)(A).)
CLIENTS_RETURN_INFORMATION = frozenset(
    {Item.REQUESTER_INFO, Item.EXAM_WORKPAPERS, Item.OUTSIDE_SERVICES_INFO, Item.IRS_EMAILS}
)
#: Items staff could not name: whose information they are is not known.
UNNAMED_ITEMS = frozenset({Item.OTHER, Item.NOT_SURE})
PRIVACY_EXEMPTIONS = frozenset({Exemption.B6, Exemption.B7C})
#: Items whose rule stands whatever exemption is marked on them (TIGTA's findings, § 6103(b)(2)).
SETTLED_ITEMS = frozenset(
    {
        Item.ASSET_LOCATOR_THIRD_PARTY,
        Item.DIF_SCORE_WORDS,
        Item.DIF_DAS_REASON_CODE,
        Item.DIF_SCORE_OR_FORMULA,
        Item.FORM_CODE,
        Item.OTHER_TAXPAYER_RETURN,
        Item.OTHER_PEOPLE_INFO,
        Item.CONFIDENTIAL_SOURCE,
    }
)

PRIVACY_AGAINST_OWN = ItemRule(
    Flag.LIKELY_IMPROPER,
    "The IRS marked it with a privacy exemption, (b)(6) or (b)(7)(C). Those protect other "
    "people's personal privacy: they cannot keep the client's own information from the "
    "client, and a business has no personal privacy at all.",
    (c.FOIA_B6, c.FOIA_B7C, c.FCC_V_ATT),
    "Ask the IRS to release it: a privacy exemption cannot be used against the person the "
    "information is about, or for a business.",
)
B7A_AFTER_CLOSE = ItemRule(
    Flag.LIKELY_IMPROPER,
    "The IRS marked it (b)(7)(A) (release could interfere with enforcement proceedings), but "
    "the matter is closed.",
    (c.FOIA_B7A,),
    "Ask the IRS to release it, or to say which enforcement proceeding its release could "
    "still interfere with.",
)
B7A_WHILE_OPEN = ItemRule(
    Flag.LIKELY_PROPER,
    "The IRS marked it (b)(7)(A) (release could interfere with enforcement proceedings) while "
    "the matter is open. That may well apply for now, if release could harm the open matter.",
    (c.FOIA_B7A,),
    "Ask for it again once the matter closes.",
)
B7A_MATTER_UNKNOWN = ItemRule(
    Flag.UNCLEAR,
    "The IRS marked it (b)(7)(A) (release could interfere with enforcement proceedings). "
    "Whether that holds depends on whether the matter is still open, which is not known.",
    (c.FOIA_B7A,),
    "Find out whether the examination, collection or criminal matter is still open; if it "
    "has closed, ask the IRS to release it.",
)
B3_OWN_AFTER_CLOSE = ItemRule(
    Flag.WORTH_CHALLENGING,
    "The IRS marked it (b)(3) with § 6103. The client's own return information can be held "
    "back only where releasing it would seriously impair federal tax administration "
    "(§ 6103(e)(7)), and the matter is closed.",
    (c.FOIA_B3, c.IRC_6103E7),
    "Ask the IRS to release it, or to explain how releasing it now, with the matter closed, "
    "would seriously impair federal tax administration.",
)
B3_OWN_WHILE_OPEN = ItemRule(
    Flag.LIKELY_PROPER,
    "The IRS marked it (b)(3) with § 6103 while the matter is open. § 6103(e)(7) lets it "
    "hold back the client's own return information where releasing it would seriously "
    "impair federal tax administration, which is often said while a case is open.",
    (c.FOIA_B3, c.IRC_6103E7),
    "Ask for it again once the matter closes.",
)


OWN_RETURN_OTHER_EXEMPTION = ItemRule(
    Flag.WORTH_CHALLENGING,
    "The client's own return must be open to the client on written request (§ 6103(e)(1)). "
    "The IRS must show how giving the client a copy of the client's own return could cause "
    "the harm the exemption it marked protects against.",
    (c.IRC_6103E1, c.FOIA_FORESEEABLE_HARM),
    "Ask the IRS to release the client's own return, or to explain how releasing it to the "
    "client could cause the harm its exemption protects against.",
)
B3_OTHER_PEOPLE = ItemRule(
    Flag.LIKELY_PROPER,
    "The IRS marked it (b)(3) with § 6103: other people's return information is "
    "confidential, and for a partnership, S corporation, trust or estate return, schedules "
    "or lists naming other persons are left out of what a partner, shareholder or "
    "beneficiary may see (§ 6103(e)(10)). Withholding it is likely proper (unless it is "
    "about the client).",
    (c.FOIA_B3, c.IRC_6103, c.IRC_6103E10),
)
B3_CONFIDENTIAL_SOURCE = ItemRule(
    Flag.LIKELY_PROPER,
    "The IRS marked it (b)(3) with § 6103. What the IRS holds about who gave it information "
    "on the client is the client's return information, which it may hold back where "
    "releasing it would seriously impair federal tax administration (§ 6103(e)(7)), as "
    "revealing a confidential source may. Withholding it is likely proper.",
    (c.FOIA_B3, c.IRC_6103E7),
)


B3_NO_AUTHORIZATION = ItemRule(
    Flag.LIKELY_PROPER,
    "The IRS marked it (b)(3) with § 6103, and the clinic sent the request without the "
    "client's signed authorization covering it. The IRS may not give the client's return "
    "information to anyone else without one, so withholding it was likely proper.",
    (c.FOIA_B3, c.IRC_6103, c.IRC_6103C, c.IRC_6103E6, c.REPORT_OTHER_ERRORS),
    "Send a new request with the client's signed Form 2848 or Form 8821 covering these "
    "matters and years, or signed by the client, rather than appealing.",
)


NO_AUTHORIZATION_ANY_EXEMPTION = ItemRule(
    Flag.LIKELY_PROPER,
    "The clinic sent the request without the client's signed authorization covering it. "
    "Whatever exemption the IRS marked, it may not give the client's return or return "
    "information to anyone else without one (§ 6103(a), (c), (e)(6)), and toward the clinic "
    "the client's personal privacy is protected too: the client's own right to it does not "
    "pass to someone the client has not authorized. Withholding it was likely proper.",
    (c.IRC_6103, c.IRC_6103C, c.IRC_6103E6, c.FOIA_B6, c.FOIA_B7C),
    B3_NO_AUTHORIZATION.ask,
)
#: Added to a challenge of the client's own item when staff are not sure who signed.
SIGNER_NOT_KNOWN = (
    " But we do not know who signed the request. If the clinic signed it without the "
    "client's signed authorization covering it (Form 2848 or Form 8821), the IRS had to "
    "withhold it (§ 6103(a)), and the step is a new request with one, not an appeal."
)
SIGNER_NOT_KNOWN_ASK = (
    "First check who signed the request. If the client, or the clinic with a covering Form "
    "2848 or Form 8821, signed it: {ask} If the clinic signed it without one, send a new "
    "request with one instead."
)
#: The DIF indicators in the client's file: the words "DIF score", the DIF/DAS reason code and
#: the form code are data the IRS recorded about the client's return, showing whether it was
#: or will be examined: the client's return information (§ 6103(b)(2)(A)). TIGTA's findings on
#: them (SETTLED_ITEMS) assume a requester entitled to that information; toward anyone else,
#: § 6103(a) decides them first. (DIF scores and formulas are withheld whoever asks.)
CLIENTS_RETURN_DIF_ITEMS = frozenset(
    {Item.DIF_SCORE_WORDS, Item.DIF_DAS_REASON_CODE, Item.FORM_CODE}
)
#: The client's own items: the client's return and return information. Who signed the
#: request decides them first (§ 6103(a), (c), (e)(6)).
CLIENTS_OWN_ITEMS = frozenset(
    {*CLIENTS_RETURN_INFORMATION, Item.OWN_RETURN, *CLIENTS_RETURN_DIF_ITEMS}
)
#: Answers that leave who signed the request not known: "Not sure", or no answer (the
#: question is optional). Never read as authorized.
SIGNER_NOT_KNOWN_ANSWERS = (SignedBy.NOT_SURE, None)
#: Said of a DIF indicator when who signed the request decides it.
DIF_ITEM_IS_THE_CLIENTS = (
    "It is data the IRS recorded about the client's return, showing whether it was or will be "
    "examined: the client's return information (§ 6103(b)(2)(A)). TIGTA's finding about it "
    "assumes a requester entitled to the client's return information. "
)


def signer_not_known(facts: Facts) -> bool:
    """Whether who signed the request is not known ("Not sure", or left blank)."""
    return facts.request_signed_by in SIGNER_NOT_KNOWN_ANSWERS


def only_the_clients_own_withheld(facts: Facts, exemption: str | None = None) -> bool:
    """Whether everything withheld (under ``exemption``, where items are marked with it) is the
    client's own: then who signed the request decides whether the IRS could release it."""
    items = frozenset(facts.items_withheld)
    if exemption is not None:
        marked = frozenset(item for item, mark in facts.item_exemptions if mark == exemption)
        items = marked or items
    return bool(items) and items <= CLIENTS_OWN_ITEMS


OTHER_TAXPAYER_DISCLOSABLE = ItemRule(
    Flag.WORTH_CHALLENGING,
    "The request came with that taxpayer's signed consent, or the return is a joint return "
    "the client filed with them. § 6103 lets the IRS give a taxpayer's return to the person "
    "the taxpayer designates in a signed consent it receives within 120 days of its signing "
    "(§ 6103(c); 26 C.F.R. § 301.6103(c)-1(b)(2)), and a joint return is open to either "
    "spouse (§ 6103(e)(1)(B)): (b)(3) does not let it withhold what § 6103 lets it give.",
    (c.IRC_6103C, c.REG_CONSENT_120_DAYS, c.IRC_6103E1B, c.FOIA_B3),
    "Ask the IRS to release it, enclosing a copy of the consent (or saying it is a joint "
    "return the client filed), or to say why § 6103 still bars it (for example, that it "
    "received the consent more than 120 days after it was signed).",
)
#: § 6103(e)(8) and (e)(9), as read: the two cases where the IRS "shall disclose in writing",
#: on the client's written request and without the other person's consent, what it did to
#: collect from that other person. (b)(3) cannot withhold what § 6103 requires it to disclose.
COLLECTION_FROM_THE_OTHER_PERSON = {
    CollectionRight.JOINT_DEBT: ItemRule(
        Flag.WORTH_CHALLENGING,
        "The request was about a tax debt assessed on a joint return the client filed with "
        "the other person, and they are no longer married or no longer live together. On the "
        "client's written request, the IRS must tell the client in writing whether it has "
        "tried to collect that debt from the other person, the general nature of what it did "
        "and how much it collected (§ 6103(e)(8)), unless the debt can no longer be collected "
        "because its collection period has run (§ 6502). No consent is needed for that, and "
        "(b)(3) cannot withhold what § 6103 requires the IRS to disclose. Anything else about "
        "the other person is still confidential.",
        (c.IRC_6103E8, c.FOIA_B3),
        "Ask the IRS to disclose in writing, under § 6103(e)(8), whether it has tried to "
        "collect the joint debt from the other spouse, the general nature of what it did, and "
        "how much it collected.",
    ),
    CollectionRight.TRUST_FUND_PENALTY: ItemRule(
        Flag.WORTH_CHALLENGING,
        "The request was about the trust fund recovery penalty (§ 6672) the IRS found the "
        "client liable for. On the client's written request, the IRS must tell the client in "
        "writing the name of anyone else it found liable for the same penalty, and whether it "
        "has tried to collect the penalty from them, the general nature of what it did and "
        "how much it collected (§ 6103(e)(9)). No consent is needed for that, and (b)(3) "
        "cannot withhold what § 6103 requires the IRS to disclose. Anything else about them "
        "is still confidential.",
        (c.IRC_6103E9, c.FOIA_B3),
        "Ask the IRS to disclose in writing, under § 6103(e)(9), the names of the others it "
        "found liable for the same penalty, whether it has tried to collect it from them, the "
        "general nature of what it did, and how much it collected.",
    ),
}
#: Said where whether § 6103(e)(8) or (e)(9) applies is not known.
COLLECTION_NOT_KNOWN = (
    " Nor do we know whether the request was about what the IRS did to collect from that "
    "person: a joint tax debt with a former or separated spouse (§ 6103(e)(8)) or the trust "
    "fund recovery penalty (§ 6103(e)(9)). Then the IRS must disclose that part in writing "
    "without their consent."
)
OTHER_TAXPAYER_BASIS_NOT_KNOWN = ItemRule(
    Flag.UNCLEAR,
    "Another taxpayer's return and return information are confidential: § 6103 forbids "
    "giving them out without that taxpayer's consent (§ 6103(c)), unless it is a joint return "
    "the client filed with them (§ 6103(e)(1)(B)). We do not know whether the request came "
    "with that taxpayer's signed consent or is about a joint return: with neither, "
    "withholding it was likely proper; with either, it is worth challenging.",
    (c.IRC_6103, c.IRC_6103C, c.IRC_6103E1B, c.FOIA_B3),
    "Check whether the request enclosed that taxpayer's signed consent or was about a joint "
    "return the client filed with them; if so, ask the IRS to release it.",
)
OTHER_TAXPAYER_COLLECTION_NOT_KNOWN = ItemRule(
    Flag.UNCLEAR,
    "The request came without that taxpayer's signed consent and was not about a joint "
    "return the client filed with them, so § 6103 bars most of it (§ 6103(c))."
    + COLLECTION_NOT_KNOWN
    + " Without either, withholding it was likely proper.",
    (c.IRC_6103, c.IRC_6103C, c.IRC_6103E8, c.IRC_6103E9, c.FOIA_B3),
    "Check whether the request asked what the IRS did to collect a joint tax debt from a "
    "former or separated spouse, or the trust fund recovery penalty from others found liable "
    "for it; if so, ask the IRS to disclose that in writing (§ 6103(e)(8) or (e)(9)).",
)


def other_taxpayers_return_withheld(facts: Facts) -> ItemRule:
    """Another taxpayer's return withheld: proper under § 6103 and (b)(3) unless the request
    came with their signed consent (§ 6103(c)), was about a joint return the client filed with
    them (§ 6103(e)(1)(B)), or asked what the IRS did to collect from them where § 6103(e)(8)
    (a joint return's deficiency, the spouses apart) or (e)(9) (the trust fund recovery
    penalty) says the IRS "shall disclose in writing". Not known is unclear."""
    consent_or_joint = facts.other_taxpayer_consent_given
    collection = facts.other_taxpayer_collection_right
    if consent_or_joint == YesNo.YES:
        return OTHER_TAXPAYER_DISCLOSABLE
    if collection in COLLECTION_FROM_THE_OTHER_PERSON:
        return COLLECTION_FROM_THE_OTHER_PERSON[collection]
    if consent_or_joint == YesNo.NO and collection == CollectionRight.NEITHER:
        return flag_item(Item.OTHER_TAXPAYER_RETURN, WITHHELD)
    if consent_or_joint == YesNo.NO:
        return OTHER_TAXPAYER_COLLECTION_NOT_KNOWN
    if collection == CollectionRight.NEITHER:
        return OTHER_TAXPAYER_BASIS_NOT_KNOWN
    return ItemRule(
        Flag.UNCLEAR,
        OTHER_TAXPAYER_BASIS_NOT_KNOWN.reason + COLLECTION_NOT_KNOWN,
        (*OTHER_TAXPAYER_BASIS_NOT_KNOWN.citations, c.IRC_6103E8, c.IRC_6103E9),
        OTHER_TAXPAYER_BASIS_NOT_KNOWN.ask + " " + OTHER_TAXPAYER_COLLECTION_NOT_KNOWN.ask,
    )


def judge_withheld_item(item: str, exemption: str | None, facts: Facts) -> ItemRule:
    """One withheld item under the exemption marked on it.

    The client's own items asked for by the clinic without the client's authorization are
    likely properly withheld, whatever the exemption (I.R.C. § 6103(a), (c), (e)(6)); so are
    the DIF indicators in the client's file, the client's return information
    (§ 6103(b)(2)(A)). With the signer not known ("Not sure" or no answer), a challenge to
    them is unclear. Otherwise: a privacy exemption ((b)(6), (b)(7)(C)) against the client's
    own or a business's information is likely improper (FCC v. AT&T Inc., 562 U.S. 397
    (2011)); (b)(7)(A) after the matter closed is likely improper (5 U.S.C.
    § 552(b)(7)(A)); (b)(3) against the client's own return information turns on I.R.C.
    § 6103(e)(7) and whether the matter is open; another taxpayer's return turns on whether
    the request came with their consent, is about a joint return, or asked what the IRS did to
    collect from them (§ 6103(c), (e)(1)(B), (e)(8), (e)(9)). Otherwise TIGTA's finding for
    that kind of item stands."""
    dif = item in CLIENTS_RETURN_DIF_ITEMS
    if item in CLIENTS_OWN_ITEMS and facts.request_signed_by == SignedBy.CLINIC_NOT_AUTHORIZED:
        rule = (
            B3_NO_AUTHORIZATION
            if exemption == Exemption.B3_6103
            else NO_AUTHORIZATION_ANY_EXEMPTION
        )
        if dif:
            return ItemRule(
                rule.flag,
                DIF_ITEM_IS_THE_CLIENTS + rule.reason,
                (c.IRC_6103B2A, *rule.citations),
                rule.ask,
            )
        return rule
    rule = _judge_for_an_authorized_requester(item, exemption, facts)
    challenged = rule.flag in (Flag.LIKELY_IMPROPER, Flag.WORTH_CHALLENGING)
    if item in CLIENTS_OWN_ITEMS and signer_not_known(facts) and challenged:
        return ItemRule(
            Flag.UNCLEAR,
            rule.reason
            + (" " + DIF_ITEM_IS_THE_CLIENTS.strip() if dif else "")
            + SIGNER_NOT_KNOWN,
            (*rule.citations, *((c.IRC_6103B2A,) if dif else ()), c.IRC_6103C, c.IRC_6103E6),
            SIGNER_NOT_KNOWN_ASK.format(ask=rule.ask),
        )
    return rule


def _judge_for_an_authorized_requester(item: str, exemption: str | None, facts: Facts) -> ItemRule:
    base = flag_item(item, WITHHELD)
    if item == Item.OTHER_TAXPAYER_RETURN:
        return other_taxpayers_return_withheld(facts)
    if item == Item.OWN_RETURN:
        if exemption in (None, Exemption.B3_6103, Exemption.NOT_SURE, *PRIVACY_EXEMPTIONS):
            return base
        return OWN_RETURN_OTHER_EXEMPTION
    # The same flag, with the reason of the exemption actually marked.
    if exemption == Exemption.B3_6103 and item == Item.OTHER_PEOPLE_INFO:
        return B3_OTHER_PEOPLE
    if exemption == Exemption.B3_6103 and item == Item.CONFIDENTIAL_SOURCE:
        return B3_CONFIDENTIAL_SOURCE
    if item in SETTLED_ITEMS or exemption is None:
        return base
    if exemption in PRIVACY_EXEMPTIONS and item in CLIENTS_OWN:
        return PRIVACY_AGAINST_OWN
    if exemption == Exemption.B7A and facts.matter_status == MatterStatus.CLOSED:
        return B7A_AFTER_CLOSE
    if exemption == Exemption.B7A and facts.matter_status == MatterStatus.OPEN:
        return B7A_WHILE_OPEN
    if exemption == Exemption.B7A:
        return B7A_MATTER_UNKNOWN
    if exemption == Exemption.B3_6103 and item in CLIENTS_RETURN_INFORMATION:
        if facts.matter_status == MatterStatus.CLOSED:
            return B3_OWN_AFTER_CLOSE
        if facts.matter_status == MatterStatus.OPEN:
            return B3_OWN_WHILE_OPEN
    return base


_RELEASED_OK = ItemRule(
    Flag.NO_ISSUE,
    "Released. TIGTA found this kind of information should not be withheld from the requester.",
    (c.REPORT_RESULTS,),
)

#: What TIGTA found about each kind of item, released (TIGTA Rep. at 3-4).
RELEASED_RULES: dict[str, ItemRule] = {
    Item.OWN_RETURN: ItemRule(
        Flag.NO_ISSUE,
        "Released. The client's own return is open to the client (§ 6103(e)(1)).",
        (c.IRC_6103E1,),
    ),
    Item.REQUESTER_INFO: _RELEASED_OK,
    Item.EXAM_WORKPAPERS: _RELEASED_OK,
    Item.IRS_EMAILS: _RELEASED_OK,
    Item.OUTSIDE_SERVICES_INFO: _RELEASED_OK,
    Item.ASSET_LOCATOR_THIRD_PARTY: ItemRule(
        Flag.IRS_ERROR,
        "Information about other people from asset locator records should have been "
        "withheld; TIGTA found the IRS wrongly released it in five cases. It is other people's "
        "return information: see below on what to do with it.",
        (c.REPORT_DIF_AND_ASSET_LOCATOR, c.FOIA_B7C, c.IRC_7213A3),
    ),
    Item.DIF_SCORE_WORDS: ItemRule(
        Flag.NO_ISSUE,
        'Released. The words "DIF score" are not protected under exemption (b)(7)(E).',
        (c.REPORT_DIF_AND_ASSET_LOCATOR, c.FOIA_B7E),
    ),
    Item.DIF_DAS_REASON_CODE: ItemRule(
        Flag.NO_ISSUE,
        "Released. The DIF/DAS reason code is not protected under exemption (b)(7)(E).",
        (c.REPORT_DIF_AND_ASSET_LOCATOR, c.FOIA_B7E),
    ),
    Item.DIF_SCORE_OR_FORMULA: ItemRule(
        Flag.IRS_ERROR,
        "DIF scores and formulas reveal how returns are chosen for audit and should be withheld.",
        (c.REPORT_DIF_DEFINED, c.REPORT_DIF_AND_ASSET_LOCATOR),
    ),
    Item.FORM_CODE: ItemRule(
        Flag.IRS_ERROR,
        "The form code identifies the DIF formula, and TIGTA counted its release as an error.",
        (c.REPORT_DIF_DEFINED, c.REPORT_RESULTS),
    ),
    Item.OTHER_TAXPAYER_RETURN: ItemRule(
        Flag.IRS_ERROR,
        "Another taxpayer's return information should not have been released: § 6103 keeps "
        "it confidential. It is other people's return information: see below on what to do "
        "with it.",
        (c.IRC_6103, c.IRC_7213A3),
    ),
    Item.OTHER_PEOPLE_INFO: ItemRule(
        Flag.UNCLEAR,
        "Details of other people were released. There is nothing to appeal; use them only "
        "for the client's case and keep them confidential.",
        (c.FOIA_B7C,),
    ),
    Item.CONFIDENTIAL_SOURCE: ItemRule(
        Flag.UNCLEAR,
        "TIGTA's report does not deal with a released confidential source. It was released, "
        "so there is nothing to appeal.",
        (),
    ),
    Item.OTHER: ItemRule(
        Flag.UNCLEAR,
        "We cannot judge this item from the answers. It was released, so there is nothing to "
        "appeal.",
        (),
    ),
    Item.NOT_SURE: ItemRule(
        Flag.UNCLEAR,
        "We do not know what this is. It was released, so there is nothing to appeal.",
        (),
    ),
}

#: Each withheld item's finding is a test whose status answers it, so that the tag never
#: contradicts the flag: "The IRS has shown the withholding is justified". A released item is
#: never a ground for appeal, whatever its flag (which says so): its test "does not apply".
_FLAG_STATUS = {
    Flag.LIKELY_PROPER: Status.MET,
    Flag.LIKELY_IMPROPER: Status.NOT_MET,
    Flag.WORTH_CHALLENGING: Status.NOT_MET,
    Flag.UNCLEAR: Status.UNCLEAR,
}
_TITLES = {
    WITHHELD: "{label} (withheld): the withholding is justified",
    RELEASED: "{label} (released)",
}


def item_status(flag: str, side: str) -> Status:
    return _FLAG_STATUS[flag] if side == WITHHELD else Status.NOT_APPLICABLE


def flag_item(item: str, side: str) -> ItemRule:
    """The flag for one item withheld or released; an unknown item is unclear, never a
    guess."""
    rules = WITHHELD_RULES if side == WITHHELD else RELEASED_RULES
    return rules.get(item, rules[Item.OTHER])


def _ordered(items: frozenset[str]) -> list[str]:
    known = [i for i in Item if i in items]
    unknown = sorted(i for i in items if i not in set(Item))
    return known + unknown


def _relied_on(item: str, side: str, field: str, facts: Facts) -> tuple[str, ...]:
    """The answers one item's finding rests on: who signed, for the client's own items when it
    was given; whether there was consent, for another taxpayer's return withheld."""
    if side == RELEASED and released_to_a_clinic_not_authorized(item, facts):
        return (field, "request_signed_by")
    if side == RELEASED:
        return (field,)
    names = [field, "item_exemptions"]
    if item in CLIENTS_OWN_ITEMS:
        names.append("request_signed_by")
    if item == Item.OTHER_TAXPAYER_RETURN:
        names += ["other_taxpayer_consent_given", "other_taxpayer_collection_right"]
    return tuple(names)


RELEASED_WITHOUT_AUTHORIZATION = ItemRule(
    Flag.NO_ISSUE,
    "Released to the clinic without the client's signed authorization. The IRS should not "
    "have given the client's return information to the clinic without one (§ 6103(a), (c), "
    "(e)(6)); it is the client's own information, so there is nothing to appeal. Get the "
    "client's signed Form 2848 or Form 8821 on file before relying on it or sharing it.",
    (c.IRC_6103, c.IRC_6103C, c.IRC_6103E6),
)


def released_to_a_clinic_not_authorized(item: str, facts: Facts) -> bool:
    """The client's own item, released to a clinic the client had not authorized: the IRS's
    error under I.R.C. § 6103(a), no harm to the client, whose information it is."""
    return (
        item in CLIENTS_OWN_ITEMS
        and facts.request_signed_by == SignedBy.CLINIC_NOT_AUTHORIZED
        and flag_item(item, RELEASED).flag == Flag.NO_ISSUE
    )


def item_rule(item: str, side: str, facts: Facts) -> ItemRule:
    """The rule for one item: withheld items are judged under the exemption marked on them;
    the client's own items released to a clinic without the client's authorization say so."""
    if side == RELEASED and released_to_a_clinic_not_authorized(item, facts):
        return RELEASED_WITHOUT_AUTHORIZATION
    if side == RELEASED:
        return flag_item(item, side)
    return judge_withheld_item(item, dict(facts.item_exemptions).get(item), facts)


@reads(
    "items_withheld",
    "items_released",
    "item_exemptions",
    "request_signed_by",
    "other_taxpayer_consent_given",
    "other_taxpayer_collection_right",
    decides="whether the IRS was right to withhold or release each item",
    law=(c.REPORT_BACKGROUND,),
)
def item_findings(facts: Facts) -> tuple[tuple[Finding, ...], list[dict]]:
    """One finding per item withheld or released (TIGTA Rep. at 3-4), and the data rows."""
    findings: list[Finding] = []
    rows: list[dict] = []
    marked = dict(facts.item_exemptions)
    for side, items, field in (
        (WITHHELD, facts.items_withheld, "items_withheld"),
        (RELEASED, facts.items_released, "items_released"),
    ):
        for item in _ordered(items):
            rule = item_rule(item, side, facts)
            label = ITEM_LABELS.get(item, item)
            text = f"{FLAG_LABELS[rule.flag]}. {rule.reason}"
            if rule.ask:
                text += f" What to ask: {rule.ask}"
            findings.append(
                Finding(
                    f"{side}_{item}",
                    _TITLES[side].format(label=label),
                    item_status(rule.flag, side),
                    text,
                    _relied_on(item, side, field, facts),
                    rule.citations,
                )
            )
            rows.append(
                {
                    "item": str(item),
                    "label": label,
                    "withheld_or_released": side,
                    "flag": str(rule.flag),
                    "status": str(item_status(rule.flag, side)),
                    "exemption": marked.get(item) if side == WITHHELD else None,
                    "exemption_label": (
                        EXEMPTION_LABELS.get(marked.get(item, Exemption.NOT_SURE), "")
                        if side == WITHHELD
                        else ""
                    ),
                    "reason": rule.reason,
                    "ask": rule.ask if side == WITHHELD else "",
                    "citations": [cite.text for cite in rule.citations],
                }
            )
    return tuple(findings), rows


@reads(
    "irs_action",
    "items_withheld",
    decides="whether what the IRS withheld is known",
    law=(c.FOIA_SEGREGABLE, c.FOIA_ESTIMATE_VOLUME),
)
def withheld_records_identified(facts: Facts) -> Finding:
    """A letter that released part of the records, or withheld them all, withheld something:
    what it withheld must be known to judge the exemptions and whether the IRS released every
    reasonably segregable part (5 U.S.C. § 552(b), flush language after para. (9)) and
    estimated the volume it denied (§ 552(a)(6)(F)). Answers saying the IRS withheld records
    but that nothing was withheld contradict each other: unclear, never "no issue"."""
    code, title = "withheld_records_identified", "What the IRS withheld is known"
    relied_on = ("irs_action", "items_withheld")
    withheld_something = facts.irs_action in (IrsAction.RELEASED_PART, IrsAction.DENIED_ALL)
    if not withheld_something or facts.items_withheld:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The items withheld are named below, or the IRS withheld nothing.",
            relied_on,
            (),
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "The letter says the IRS withheld records, but no item withheld was named. Whole pages "
        "held back do not show as blacked out: count the pages released against the index or "
        "the letter's description, or ask the IRS what it withheld and how much. Until that "
        "is known, the exemptions cited and whether every part that could be separated was "
        "released cannot be judged.",
        relied_on,
        (c.FOIA_SEGREGABLE, c.FOIA_ESTIMATE_VOLUME),
    )


# ---------------------------------------------------------------------------
# 5. Consistent redactions
# ---------------------------------------------------------------------------


@reads(
    "inconsistent_redactions",
    "request_signed_by",
    decides="whether the same information was treated the same way",
    law=(c.REPORT_OTHER_ERRORS,),
)
def redactions_consistent(facts: Facts) -> Finding:
    """TIGTA found information withheld in one place and released in another within the same
    case file in 13 cases; IRS management agreed redactions "should have been applied
    consistently" (TIGTA Rep. at 5). That assumes a requester entitled to the information:
    toward a clinic the client had not authorized, what was released was the IRS's error under
    I.R.C. § 6103(a), not a ground to get more."""
    code, title = "consistent_redactions", "The same information was treated the same way"
    relied_on = ("inconsistent_redactions",)
    cites = (c.REPORT_OTHER_ERRORS,)
    answer = facts.inconsistent_redactions
    if answer is None:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "Not asked: the IRS did not release part of the records.",
            relied_on,
            (),
        )
    if answer == YesNo.YES and facts.request_signed_by == SignedBy.CLINIC_NOT_AUTHORIZED:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The same kind of information was withheld in one place and released in another. "
            "But the clinic sent the request without the client's signed authorization: the "
            "IRS should not have released the client's information to the clinic at all "
            "(§ 6103(a)), so this is not a ground to get more. Get the client's signed Form "
            "2848 or Form 8821 on file before relying on what was released, and make a new "
            "request with it.",
            (*relied_on, "request_signed_by"),
            (c.IRC_6103, c.IRC_6103C, c.IRC_6103E6),
        )
    if answer == YesNo.YES:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The same kind of information was withheld in one place and released in another. "
            "TIGTA found this in 13 cases, and IRS managers agreed redactions (blacked-out "
            "parts) should be applied consistently. Ask the IRS to release the information "
            "everywhere it appears, as it already did elsewhere.",
            relied_on,
            cites,
        )
    if answer == YesNo.NO:
        return Finding(
            code,
            title,
            Status.MET,
            "The redactions look consistent.",
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "Compare the pages: look for the same information blacked out on one page and shown "
        "on another. TIGTA found this in 13 cases.",
        relied_on,
        cites,
    )

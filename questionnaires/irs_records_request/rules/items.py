"""Each item withheld or released, against what TIGTA found, and whether the same
information was treated the same way."""

from __future__ import annotations

from dataclasses import dataclass

from questionnaires.framework.determination import Citation, Finding, Status
from questionnaires.framework.wording import YesNo
from questionnaires.irs_records_request import citations as c

from .facts import FLAG_LABELS, ITEM_LABELS, RELEASED, WITHHELD, Facts, Flag, Item

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
    Item.REQUESTER_INFO: ItemRule(
        Flag.WORTH_CHALLENGING,
        "TIGTA found the IRS wrongly withheld information about requesters or their "
        "businesses that they were entitled to receive. § 6103(e) lets "
        "a taxpayer have the taxpayer's own return information.",
        (c.REPORT_RESULTS, c.IRC_6103E),
        "Ask the IRS to release the information about the client or the client's business: "
        "§ 6103(e) lets the taxpayer have it, and TIGTA found such information wrongly "
        "withheld (TIGTA report, page 3).",
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
        "from outside information services. (Information about other "
        "people from those services is different: it should be withheld.)",
        (c.REPORT_RESULTS,),
        "Ask the IRS to release what it holds about the client from outside information "
        "services; it is information about the client, not about other people.",
    ),
    Item.ASSET_LOCATOR_THIRD_PARTY: ItemRule(
        Flag.LIKELY_PROPER,
        "Information about other people in asset locator records comes from a non-public "
        "system used for law enforcement, and TIGTA says it should be withheld. Exemption "
        "(b)(7)(C) protects personal information in law-enforcement "
        "records. If a blacked-out part is about the client rather than other people, ask "
        "for it: TIGTA also found some third-party redactions wrong.",
        (c.REPORT_DIF_AND_ASSET_LOCATOR, c.FOIA_B7C),
    ),
    Item.DIF_SCORE_WORDS: ItemRule(
        Flag.LIKELY_IMPROPER,
        'The words "DIF score" are not protected under exemption (b)(7)(E), and TIGTA found '
        "them improperly withheld. (The DIF, or Discriminant Index "
        "Function, score is a computer score the IRS gives a return to rate its audit "
        "potential.)",
        (c.REPORT_DIF_AND_ASSET_LOCATOR, c.REPORT_DIF_DEFINED, c.FOIA_B7E),
        'Ask the IRS to release the words "DIF score": TIGTA found they are not protected '
        "under (b)(7)(E) (TIGTA report, page 4).",
    ),
    Item.DIF_DAS_REASON_CODE: ItemRule(
        Flag.LIKELY_IMPROPER,
        "The DIF/DAS reason code (it shows why there is a DIF record, such as a regular or "
        "special DIF return) is not protected under exemption (b)(7)(E), and TIGTA found it "
        "improperly withheld.",
        (c.REPORT_DIF_AND_ASSET_LOCATOR, c.REPORT_REASON_CODE, c.FOIA_B7E),
        "Ask the IRS to release the DIF/DAS reason code: TIGTA found it is not protected "
        "under (b)(7)(E) (TIGTA report, page 4).",
    ),
    Item.DIF_SCORE_OR_FORMULA: ItemRule(
        Flag.LIKELY_PROPER,
        "DIF scores and formulas show how the IRS chooses returns for audit, and TIGTA says "
        "their release could harm tax administration. Withholding them is likely proper.",
        (c.REPORT_DIF_DEFINED, c.REPORT_DIF_AND_ASSET_LOCATOR, c.FOIA_B7E),
    ),
    Item.FORM_CODE: ItemRule(
        Flag.LIKELY_PROPER,
        "The form code identifies the DIF formula used to score the return, so it too "
        "reveals how returns are chosen for audit. The IRS's "
        "manual redacts it with the other DIF indicators, and TIGTA counted its release as an "
        "error. Withholding it is likely proper.",
        (
            c.REPORT_DIF_DEFINED,
            c.REPORT_RESULTS,
            c.REPORT_DIF_AND_ASSET_LOCATOR,
            c.REPORT_FORM_CODE_IRM,
        ),
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
        "We cannot judge this item from the answers. If the client needs it, ask the IRS "
        "which exemption covers it and why.",
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

_RELEASED_OK = ItemRule(
    Flag.NO_ISSUE,
    "Released. TIGTA found this kind of information should not be withheld from the requester.",
    (c.REPORT_RESULTS,),
)
_RELEASED_IN_ERROR = "The error is the IRS's, not a ground for appeal."

#: What TIGTA found about each kind of item, released (TIGTA Rep. at 3-4).
RELEASED_RULES: dict[str, ItemRule] = {
    Item.REQUESTER_INFO: _RELEASED_OK,
    Item.EXAM_WORKPAPERS: _RELEASED_OK,
    Item.IRS_EMAILS: _RELEASED_OK,
    Item.OUTSIDE_SERVICES_INFO: _RELEASED_OK,
    Item.ASSET_LOCATOR_THIRD_PARTY: ItemRule(
        Flag.IRS_ERROR,
        "Information about other people from asset locator records should have been "
        "withheld; TIGTA found the IRS wrongly released it in five cases. " + _RELEASED_IN_ERROR,
        (c.REPORT_DIF_AND_ASSET_LOCATOR, c.FOIA_B7C),
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
        "DIF scores and formulas reveal how returns are chosen for audit and should be "
        "withheld. " + _RELEASED_IN_ERROR,
        (c.REPORT_DIF_DEFINED, c.REPORT_DIF_AND_ASSET_LOCATOR),
    ),
    Item.FORM_CODE: ItemRule(
        Flag.IRS_ERROR,
        "The form code identifies the DIF formula, and TIGTA counted its release as an "
        "error. " + _RELEASED_IN_ERROR,
        (c.REPORT_DIF_DEFINED, c.REPORT_RESULTS),
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

_FLAG_STATUS = {
    Flag.LIKELY_PROPER: Status.MET,
    Flag.NO_ISSUE: Status.MET,
    Flag.LIKELY_IMPROPER: Status.NOT_MET,
    Flag.IRS_ERROR: Status.NOT_MET,
    Flag.WORTH_CHALLENGING: Status.UNCLEAR,
    Flag.UNCLEAR: Status.UNCLEAR,
}


def flag_item(item: str, side: str) -> ItemRule:
    """The flag for one item withheld or released; an unknown item is unclear, never a
    guess."""
    rules = WITHHELD_RULES if side == WITHHELD else RELEASED_RULES
    return rules.get(item, rules[Item.OTHER])


def _ordered(items: frozenset[str]) -> list[str]:
    known = [i for i in Item if i in items]
    unknown = sorted(i for i in items if i not in set(Item))
    return known + unknown


def item_findings(facts: Facts) -> tuple[tuple[Finding, ...], list[dict]]:
    """One finding per item withheld or released (TIGTA Rep. at 3-4), and the data rows."""
    findings: list[Finding] = []
    rows: list[dict] = []
    for side, items, field in (
        (WITHHELD, facts.items_withheld, "items_withheld"),
        (RELEASED, facts.items_released, "items_released"),
    ):
        for item in _ordered(items):
            rule = flag_item(item, side)
            label = ITEM_LABELS.get(item, item)
            text = f"{FLAG_LABELS[rule.flag]}. {rule.reason}"
            if rule.ask:
                text += f" {rule.ask}"
            findings.append(
                Finding(
                    f"{side}_{item}",
                    f"{side.capitalize()}: {label}",
                    _FLAG_STATUS[rule.flag],
                    text,
                    (field,),
                    rule.citations,
                )
            )
            rows.append(
                {
                    "item": str(item),
                    "label": label,
                    "withheld_or_released": side,
                    "flag": str(rule.flag),
                    "reason": rule.reason,
                    "ask": rule.ask if side == WITHHELD else "",
                    "citations": [cite.text for cite in rule.citations],
                }
            )
    return tuple(findings), rows


# ---------------------------------------------------------------------------
# 5. Consistent redactions
# ---------------------------------------------------------------------------


def redactions_consistent(facts: Facts) -> Finding:
    """TIGTA found information withheld in one place and released in another within the same
    case file in 13 cases; IRS management agreed redactions "should have been applied
    consistently" (TIGTA Rep. at 5)."""
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

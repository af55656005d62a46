"""Step 7: s 23AG(2), pay exempt abroad solely for listed reasons."""

from __future__ import annotations

from questionnaires.foreign_employment_income import citations as c
from questionnaires.framework.determination import Citation, Finding, Status, reads
from questionnaires.framework.wording import YesNo

from .answers import (
    LISTED_REASONS,
    UNLISTED_REASONS,
    ForeignTaxReason,
)
from .facts import (
    Facts,
)

# ---------------------------------------------------------------------------
# 7. s 23AG(2): not exempt where exempt abroad solely for listed reasons
# ---------------------------------------------------------------------------


_REASON_VALUES = frozenset(r.value for r in ForeignTaxReason)


@reads(
    "foreign_tax_reasons",
    decides="whether the pay was free of foreign tax only for a reason that rules it out",
    law=(
        c.S23AG_2_A_B,
        c.S23AG_2_C_D,
        c.S23AG_2_E_G,
    ),
)
def exempt_abroad_solely_for_listed_reasons(facts: Facts) -> Finding:
    """s 23AG(2): s 23AG(1) does not apply to foreign earnings that are exempt from tax in
    the foreign country *solely* because of (a)-(b) a double tax agreement or a law giving
    effect to one, (c)-(d) a foreign law that generally exempts, or does not tax, employment
    or personal services income, or (e)-(g) a law or international agreement on the
    privileges and immunities of diplomats, consuls or people connected with international
    organisations (CR 2005/54 para 77). Nauru has no income tax (para 80, (2)(d)), so "unless
    the income is also exempt from taxation in Nauru for another reason that is not listed in
    subsection 23AG(2)" the exemption is lost (para 81); Article 11.4 of the Australia-Nauru
    Agreement is such a reason, so the exemption stands (paras 35, 82-83).

    Modelled exactly, on the reasons the pay was not taxed abroad (an unlisted reason beside
    a listed one saves the exemption only if it actually applied to the client's pay: that
    is taken as shown for the class of CR 2005/54, where the ruling itself applies Article
    11.4, and otherwise referred for the evidence):
    - a reason outside the list (a specific agreement, or another reason) means the pay is
      not exempt abroad *solely* for listed reasons: s 23AG(2) does not apply;
    - pay taxed abroad, with no reason given for any untaxed pay: s 23AG(2) does not apply;
    - "not sure" (and no unlisted reason): unclear;
    - only listed reasons: s 23AG(2) takes away the exemption, unless some of the pay was
      taxed abroad too, in which case the answer turns on which pay is which: unclear."""
    relied_on = ("foreign_tax_reasons",)
    title = "Why the pay was not taxed overseas (the 'solely' rule)"
    answers = {ForeignTaxReason(r) for r in facts.foreign_tax_reasons if r in _REASON_VALUES}
    cites: list[Citation] = [c.S23AG_2_A_B, c.S23AG_2_C_D, c.S23AG_2_E_G, c.CR_SOLELY]
    rule = (
        "Australia does not exempt overseas pay that was free of foreign tax solely because "
        "of a double tax agreement (a tax treaty), a foreign law that does not tax wages, or "
        "diplomatic or international organisation privileges."
    )
    if ForeignTaxReason.FOREIGN_LAW_NO_TAX in answers:
        cites.append(c.CR_NAURU_NO_TAX)
    taxed = ForeignTaxReason.TAXED in answers
    reasons = answers - {ForeignTaxReason.TAXED}
    unlisted = reasons & UNLISTED_REASONS
    if not answers:
        status = Status.UNCLEAR
        explanation = " We do not know whether or why the pay was taxed overseas."
    elif {ForeignTaxReason.SPECIFIC_AGREEMENT, ForeignTaxReason.DOUBLE_TAX_AGREEMENT} <= reasons:
        status = Status.UNCLEAR
        explanation = (
            " Both a double tax agreement and another agreement between Australia and that "
            "country were given as reasons. A double tax agreement is a general tax treaty "
            "and is one of the listed reasons; only a different agreement (such as Article "
            "11.4 of the Australia-Nauru agreement) is not. Check the agreement under which "
            "the pay was not taxed: if it is the tax treaty, the pay is not exempt."
        )
    elif unlisted and reasons & LISTED_REASONS and facts.ruling_class_member != YesNo.YES:
        cites.append(c.CR_OTHER_REASON)
        status = Status.UNCLEAR
        explanation = (
            " Here the pay was free of tax there for a listed reason and, it is said, also "
            "under another law or agreement. That saves the exemption only if the other law "
            "or agreement actually applied to the client's pay: an agreement between "
            "governments usually has to be applied to a person (by registration, a "
            "certificate or notice to the foreign tax office). Get the evidence that it was "
            "applied to the client; if it was not, the pay is not exempt."
        )
    elif ForeignTaxReason.SPECIFIC_AGREEMENT in unlisted:
        cites.append(c.CR_NAURU_AGREEMENT)
        status = Status.MET
        explanation = (
            " Here a specific agreement between Australia and that country also exempts the "
            "client's pay, so it is not free of foreign tax solely for those reasons. This "
            "rule does not take away the exemption."
        )
    elif unlisted:
        cites.append(c.CR_OTHER_REASON)
        status = Status.MET
        explanation = (
            " Here the pay was also free of tax there for another reason that is not on that "
            "list, so it is not free of foreign tax solely for those reasons and this rule "
            "does not take away the exemption. Check that the other reason really is "
            "different from the three listed."
        )
    elif not reasons:
        status = Status.MET
        explanation = " The client's pay was taxed overseas, so this rule does not apply."
    elif ForeignTaxReason.NOT_SURE in reasons:
        status = Status.UNCLEAR
        explanation = (
            " We do not know all the reasons the pay was not taxed overseas, so we cannot "
            "tell whether it was solely for those reasons."
        )
    elif taxed:
        status = Status.UNCLEAR
        explanation = (
            " Some of the client's pay was taxed overseas and some was free of tax only for "
            "those reasons. The untaxed part is not exempt; someone needs to work out which "
            "pay is which."
        )
    else:
        status = Status.NOT_MET
        explanation = (
            " The client's pay was free of foreign tax only for those reasons, so it is not "
            "exempt in Australia."
        )
    return Finding(
        "foreign_tax_solely", title, status, rule + explanation, relied_on, tuple(cites)
    )

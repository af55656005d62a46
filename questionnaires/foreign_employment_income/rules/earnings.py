"""Step 6: foreign earnings derived from that foreign service (s 23AG(1), (7))."""

from __future__ import annotations

from dataclasses import dataclass

from questionnaires.foreign_employment_income import citations as c
from questionnaires.framework.determination import Citation, Finding, Status, reads

from .answers import (
    AbsenceKind,
    Payment,
    PaymentCircumstance,
)
from .facts import (
    Facts,
)

# ---------------------------------------------------------------------------
# 6. Foreign earnings derived from that foreign service
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PaymentRule:
    label: str
    from_foreign_service: bool | None
    reason: str
    citations: tuple[Citation, ...]


_FROM_SERVICE = "It is pay for the overseas service, so it counts as foreign earnings."
_PARA_21_ALLOWANCE = (
    "It is one of the allowances paid for the deployment, so it counts as foreign earnings "
    "from the overseas service."
)

PAYMENT_RULES: dict[str, PaymentRule] = {
    Payment.SALARY: PaymentRule(
        "Salary or wages for the overseas work",
        True,
        _FROM_SERVICE,
        (c.CR_RULING, c.CR_FOREIGN_EARNINGS),
    ),
    Payment.DEPLOYMENT_COMPOSITE_ALLOWANCE: PaymentRule(
        "Deployment composite allowance",
        True,
        "It is paid during the posting and the leave taken within it, so it counts as "
        "foreign earnings from the overseas service.",
        (c.CR_ALLOWANCES, c.CR_RULING),
    ),
    Payment.PRE_DEPLOYMENT_COMPOSITE_ALLOWANCE: PaymentRule(
        "Pre-deployment composite allowance",
        False,
        "It is paid for training in Australia before the posting, not for the overseas service.",
        (c.CR_NOT_EXEMPT_ALLOWANCES, c.CR_PRE_DEPLOYMENT),
    ),
    Payment.TRANSFER_ALLOWANCE: PaymentRule(
        "Transfer allowance",
        False,
        "It pays back costs before the posting starts and after it ends, not for the "
        "overseas service.",
        (c.CR_NOT_EXEMPT_ALLOWANCES, c.CR_TRANSFER),
    ),
    Payment.MOTOR_VEHICLE_ALLOWANCE: PaymentRule(
        "Motor vehicle allowance during deployment",
        True,
        _PARA_21_ALLOWANCE,
        (c.CR_ALLOWANCES, c.CR_RULING),
    ),
    Payment.EXTENDED_UNACCOMPANIED_SERVICE_ALLOWANCE: PaymentRule(
        "Extended unaccompanied overseas service allowance",
        True,
        _PARA_21_ALLOWANCE,
        (c.CR_ALLOWANCES, c.CR_RULING),
    ),
    Payment.MISSION_ALLOWANCE: PaymentRule(
        "Mission allowance", True, _PARA_21_ALLOWANCE, (c.CR_ALLOWANCES, c.CR_RULING)
    ),
    Payment.COMMUNICATIONS_ALLOWANCE: PaymentRule(
        "Telephone or communications allowance during the posting",
        True,
        _PARA_21_ALLOWANCE,
        (c.CR_ALLOWANCES, c.CR_RULING),
    ),
    Payment.MEALS_ACCOMMODATION_INCIDENTALS_ALLOWANCE: PaymentRule(
        "Meals, accommodation and incidentals allowance",
        True,
        _PARA_21_ALLOWANCE,
        (c.CR_ALLOWANCES, c.CR_RULING),
    ),
    Payment.OTHER_SERVICE_ALLOWANCE: PaymentRule(
        "Another allowance paid because of the overseas work",
        True,
        "Allowances paid because of the overseas service count as foreign earnings from it.",
        (c.S23AG_7, c.CR_FOREIGN_EARNINGS, c.CR_FROM_THAT_SERVICE),
    ),
    Payment.BONUS_OR_COMMISSION: PaymentRule(
        "Bonus or commission for the overseas work",
        True,
        "Bonuses and commission earned by the overseas service count as foreign earnings.",
        (c.S23AG_7, c.CR_FOREIGN_EARNINGS, c.CR_FROM_THAT_SERVICE),
    ),
    Payment.FOREIGN_RECREATION_LEAVE_PAY: PaymentRule(
        "Pay for recreation leave earned during the overseas service",
        True,
        "Pay for leave earned during the overseas service counts as foreign earnings from "
        "it, even if the leave is taken after the service ends.",
        (c.CR_RULING, c.CR_LEAVE_PAY),
    ),
    Payment.AUSTRALIAN_LEAVE_PAY: PaymentRule(
        "Pay for leave earned from work in Australia",
        False,
        "Leave earned by work in Australia is not earned by the overseas service, so pay for "
        "it is not foreign earnings from that service, even if the leave is taken during the "
        "posting.",
        (c.CR_FURTHER_LEAVE, c.CR_AUSTRALIAN_LEAVE, c.CR_FROM_THAT_SERVICE, c.CR_LEAVE_PAY),
    ),
    Payment.PENSION_OR_ANNUITY: PaymentRule(
        "Pension or annuity",
        False,
        "Pensions and annuities are left out of the meaning of foreign earnings.",
        (c.S23AG_7, c.CR_EXCLUSIONS),
    ),
    Payment.TERMINATION_PAYMENT: PaymentRule(
        "Termination payment",
        False,
        "Termination payments are left out of the meaning of foreign earnings.",
        (c.S23AG_7, c.CR_EXCLUSIONS),
    ),
    Payment.OTHER: PaymentRule(
        "Another payment",
        None,
        "We cannot tell from the answers whether this payment was earned by the overseas "
        "service; it needs checking.",
        (c.S23AG_7, c.CR_FROM_THAT_SERVICE),
    ),
}

_CIRCUMSTANCE_NOTES = {
    PaymentCircumstance.AUSTRALIAN_ACCOUNT: (
        "Pay put into an Australian bank account is still foreign earnings.",
        c.CR_AUSTRALIAN_ACCOUNT,
    ),
    PaymentCircumstance.PAID_AFTER_RETURN: (
        "Allowances and leave pay for the overseas service are still foreign earnings when "
        "paid after the client came back.",
        c.CR_PAID_AFTER_RETURN,
    ),
    PaymentCircumstance.ADVANCE_BEFORE_SERVICE: (
        "An advance paid before the service, against pay for it, is still foreign earnings "
        "from the service.",
        c.CR_PAID_AFTER_RETURN,
    ),
}


def payment_codes(facts: Facts) -> list[str]:
    """The payments in a fixed order (the order of ``Payment``), unknown codes as "other"."""
    codes = {p if p in PAYMENT_RULES else Payment.OTHER for p in facts.payments_received}
    return [p for p in Payment if p in codes]


def australian_leave_pay_not_split_out(facts: Facts) -> bool:
    """Leave earned in Australia was taken during the posting, but its pay was not listed
    on its own: it is inside the salary, and is not exempt (CR 2005/54 paras 63, 72)."""
    return any(
        a.absence_kind == AbsenceKind.AUSTRALIAN_ACCRUED_LEAVE for a in facts.absences
    ) and (Payment.AUSTRALIAN_LEAVE_PAY not in facts.payments_received)


@reads(
    "payments_received",
    "payment_circumstances",
    "absences",
    decides="which payments are foreign earnings from the overseas service",
    law=(c.S23AG_7,),
)
def foreign_earnings_from_that_foreign_service(facts: Facts) -> Finding:
    """s 23AG(7): "foreign earnings" means income consisting of earnings, salary, wages,
    commission, bonuses or allowances, but not pensions, annuities, termination payments and
    similar amounts (CR 2005/54 paras 67-70). s 23AG(1): only foreign earnings derived "from
    that foreign service" are exempt: they must be derived as a result of the foreign
    service (paras 72-74), so the pre-deployment composite allowance and the transfer
    allowance are not (paras 37, 75-76). A resident's foreign pay is otherwise assessable
    (ITAA 1997 s 6-5(2)); exempt income is not assessable (s 6-15(2); s 11-15 lists
    s 23AG)."""
    relied_on = ("payments_received", "payment_circumstances", "absences")
    title = "Foreign earnings from the overseas service"
    cites: list[Citation] = [
        c.S6_5_2,
        c.S6_15_2,
        c.S11_15,
        c.CR_ASSESSABLE,
        c.S23AG_7,
        c.CR_FOREIGN_EARNINGS,
    ]
    codes = payment_codes(facts)
    if not codes:
        return Finding(
            "foreign_earnings",
            title,
            Status.UNCLEAR,
            "No payments were entered, so we cannot say which pay is exempt.",
            relied_on,
            tuple(cites),
        )
    lines = []
    for code in codes:
        rule = PAYMENT_RULES[code]
        verdict = {True: "counts", False: "does not count", None: "unclear"}[
            rule.from_foreign_service
        ]
        lines.append(f"{rule.label}: {verdict}.")
        cites.extend(rule.citations)
    notes = []
    for circumstance in PaymentCircumstance:
        if circumstance in facts.payment_circumstances:
            note, citation = _CIRCUMSTANCE_NOTES[circumstance]
            notes.append(note)
            cites.append(citation)
    intro = (
        "Only 'foreign earnings' (salary, wages, bonuses, commission and allowances) earned by "
        "the overseas service can be exempt. "
    )
    explanation = intro + " ".join(lines + notes)
    verdicts = [PAYMENT_RULES[code].from_foreign_service for code in codes]
    unsplit_australian_leave = australian_leave_pay_not_split_out(facts)
    if unsplit_australian_leave:
        explanation += (
            " The client took leave earned from work in Australia during the posting, but "
            "pay for it was not listed separately. That pay is not exempt: get the leave "
            "record and list it as 'Pay for leave earned from work in Australia'."
        )
        cites += [c.CR_FURTHER_LEAVE, c.CR_AUSTRALIAN_LEAVE]
    if None in verdicts or unsplit_australian_leave:
        status = Status.UNCLEAR
    elif True in verdicts:
        status = Status.MET
    else:
        status = Status.NOT_MET
        explanation += " None of the payments is foreign earnings from the overseas service."
    return Finding(
        "foreign_earnings", title, status, explanation, relied_on, tuple(dict.fromkeys(cites))
    )

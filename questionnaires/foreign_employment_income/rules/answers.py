"""The answers the questions give (form field values), as the rules read them."""

from __future__ import annotations

from enum import StrEnum

# ---------------------------------------------------------------------------
# Answers (form field values)
# ---------------------------------------------------------------------------


class Outcome(StrEnum):
    EXEMPT = "exempt"
    PARTLY_EXEMPT = "partly_exempt"
    NOT_EXEMPT = "not_exempt"
    NOT_APPLICABLE = "not_applicable"
    REFER = "refer"


class Activity(StrEnum):
    """What the foreign service was directly attributable to (s 23AG(1AA)(a)-(e))."""

    DEVELOPMENT_ASSISTANCE = "development_assistance"  # (a)
    PUBLIC_FUND = "public_fund"  # (b)
    EXEMPT_ENTITY = "exempt_entity"  # (c)
    DISCIPLINED_FORCE = "disciplined_force"  # (d)
    REGULATIONS = "regulations"  # (e)
    NONE = "none"
    NOT_SURE = "not_sure"


class WorkCapacity(StrEnum):
    EMPLOYEE = "employee"
    OFFICE_HOLDER = "office_holder"
    CONTRACTOR = "contractor"
    NOT_SURE = "not_sure"


class ResidencyChange(StrEnum):
    """For a client who was not a resident the whole time: which way it went."""

    NEVER = "never"  # not a resident at any time during the overseas service
    STOPPED = "stopped"  # stopped being a resident part-way
    STARTED = "started"  # became a resident part-way
    NOT_SURE = "not_sure"


class AbsenceKind(StrEnum):
    FOREIGN_RECREATION_LEAVE = "foreign_recreation_leave"
    CYCLICAL_LEAVE = "cyclical_leave"
    TRAINING_BRIEFING = "training_briefing"
    OWN_ACCIDENT_OR_ILLNESS = "own_accident_or_illness"
    COMPASSIONATE = "compassionate"
    WORK_TRIP = "work_trip"
    SHORT_BREAK = "short_break"
    AUSTRALIAN_ACCRUED_LEAVE = "australian_accrued_leave"
    LONG_SERVICE_LEAVE = "long_service_leave"
    UNPAID_LEAVE = "unpaid_leave"
    OTHER = "other"
    NOT_SURE = "not_sure"


ABSENCE_KIND_LABELS = {
    AbsenceKind.FOREIGN_RECREATION_LEAVE: "recreation leave earned during the overseas service",
    AbsenceKind.CYCLICAL_LEAVE: "leave under a rotation (cyclical) arrangement",
    AbsenceKind.TRAINING_BRIEFING: (
        "training, briefing or debriefing during leave between postings"
    ),
    AbsenceKind.OWN_ACCIDENT_OR_ILLNESS: "the client's own accident or illness",
    AbsenceKind.COMPASSIONATE: (
        "the accident, illness or death of another person (compassionate leave)"
    ),
    AbsenceKind.WORK_TRIP: ("duties or training in Australia for the overseas job (a work trip)"),
    AbsenceKind.SHORT_BREAK: (
        "a short break that is part of the normal working conditions (weekends, public "
        "holidays, rostered days off)"
    ),
    AbsenceKind.AUSTRALIAN_ACCRUED_LEAVE: (
        "recreation leave earned wholly or partly from work in Australia"
    ),
    AbsenceKind.LONG_SERVICE_LEAVE: "long service leave or other extended leave",
    AbsenceKind.UNPAID_LEAVE: "leave without pay or on reduced pay",
    AbsenceKind.OTHER: "another reason",
    AbsenceKind.NOT_SURE: "a kind of absence we are not sure of",
}

#: Absences that s 23AG(6) and the Commissioner's published views treat as part of the
#: foreign service: recreation leave (CR 2005/54 paras 54-64; IT 2441) and, in TD 2012/8
#: para 1, the person's own accident or illness, another person's accident, illness or
#: death, work trips that are not excessive, and short breaks that are part of the normal
#: working conditions.
COUNTING_ABSENCES = frozenset(
    {
        AbsenceKind.FOREIGN_RECREATION_LEAVE,
        AbsenceKind.CYCLICAL_LEAVE,
        AbsenceKind.TRAINING_BRIEFING,
        AbsenceKind.OWN_ACCIDENT_OR_ILLNESS,
        AbsenceKind.COMPASSIONATE,
        AbsenceKind.WORK_TRIP,
        AbsenceKind.SHORT_BREAK,
    }
)

#: Counting absences for which this tool relies on TD 2012/8 para 1 (the Commissioner's
#: view) rather than on CR 2005/54: the tool has not read the words of s 23AG(6) on them.
TD_2012_8_ABSENCES = frozenset(
    {
        AbsenceKind.OWN_ACCIDENT_OR_ILLNESS,
        AbsenceKind.COMPASSIONATE,
        AbsenceKind.WORK_TRIP,
        AbsenceKind.SHORT_BREAK,
    }
)


class Payment(StrEnum):
    SALARY = "salary"
    DEPLOYMENT_COMPOSITE_ALLOWANCE = "deployment_composite_allowance"
    PRE_DEPLOYMENT_COMPOSITE_ALLOWANCE = "pre_deployment_composite_allowance"
    TRANSFER_ALLOWANCE = "transfer_allowance"
    MOTOR_VEHICLE_ALLOWANCE = "motor_vehicle_allowance"
    EXTENDED_UNACCOMPANIED_SERVICE_ALLOWANCE = "extended_unaccompanied_service_allowance"
    MISSION_ALLOWANCE = "mission_allowance"
    COMMUNICATIONS_ALLOWANCE = "communications_allowance"
    MEALS_ACCOMMODATION_INCIDENTALS_ALLOWANCE = "meals_accommodation_incidentals_allowance"
    OTHER_SERVICE_ALLOWANCE = "other_service_allowance"
    BONUS_OR_COMMISSION = "bonus_or_commission"
    FOREIGN_RECREATION_LEAVE_PAY = "foreign_recreation_leave_pay"
    AUSTRALIAN_LEAVE_PAY = "australian_leave_pay"
    PENSION_OR_ANNUITY = "pension_or_annuity"
    TERMINATION_PAYMENT = "termination_payment"
    OTHER = "other"


class PaymentCircumstance(StrEnum):
    AUSTRALIAN_ACCOUNT = "australian_account"
    PAID_AFTER_RETURN = "paid_after_return"
    ADVANCE_BEFORE_SERVICE = "advance_before_service"


class ForeignTaxReason(StrEnum):
    """Why the pay was not taxed in the foreign country (or that it was)."""

    TAXED = "taxed"
    DOUBLE_TAX_AGREEMENT = "double_tax_agreement"  # s 23AG(2)(a)-(b)
    FOREIGN_LAW_NO_TAX = "foreign_law_no_tax"  # s 23AG(2)(c)-(d)
    PRIVILEGES_IMMUNITIES = "privileges_immunities"  # s 23AG(2)(e)-(g)
    SPECIFIC_AGREEMENT = "specific_agreement"  # e.g. Article 11.4 (Nauru)
    OTHER = "other"
    NOT_SURE = "not_sure"


#: Reasons listed in s 23AG(2)(a)-(g).
LISTED_REASONS = frozenset(
    {
        ForeignTaxReason.DOUBLE_TAX_AGREEMENT,
        ForeignTaxReason.FOREIGN_LAW_NO_TAX,
        ForeignTaxReason.PRIVILEGES_IMMUNITIES,
    }
)

#: Reasons for being exempt abroad that are not listed in s 23AG(2) (CR 2005/54 para 81).
UNLISTED_REASONS = frozenset({ForeignTaxReason.SPECIFIC_AGREEMENT, ForeignTaxReason.OTHER})

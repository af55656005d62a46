"""The questions of the foreign employment income questionnaire, one page each, in the
staff member's words; the legal terms are in the hints."""

from questionnaires.framework.forms import (
    YES_NO,
    YES_NO_NOT_SURE,
    CheckboxesField,
    MemorableDateField,
    MoneyField,
    RadiosField,
    RowForm,
    StepForm,
    row_formset,
)

from .rules import (
    ABSENCE_KIND_LABELS,
    AbsenceKind,
    Activity,
    ForeignTaxReason,
    Payment,
    PaymentCircumstance,
    WorkCapacity,
)

INCOME_YEARS = [
    (f"{y}-{(y + 1) % 100:02d}", f"{y}-{(y + 1) % 100:02d}") for y in range(2004, 2027)
]


class IncomeYearForm(StepForm):
    income_year = RadiosField(
        label="Which income year is the overseas pay for?",
        help_text=(
            "An Australian income year runs from 1 July to 30 June: 2004-05 is 1 July 2004 to "
            "30 June 2005. Screen each year separately."
        ),
        choices=INCOME_YEARS,
        error_required="Select the income year",
    )


class ActivityForm(StepForm):
    attributable_activity = RadiosField(
        label="What was the client's overseas work for?",
        help_text=(
            "From 1 July 2009 overseas pay can only be exempt if the period of overseas work "
            "was directly for one of these (section 23AG(1AA)). Pay for overseas work done "
            "before 1 July 2009 is not affected."
        ),
        choices=[
            (
                Activity.DEVELOPMENT_ASSISTANCE,
                "Delivering Australian official development assistance (overseas aid), where "
                "the employer is not an Australian government agency",
            ),
            (
                Activity.PUBLIC_FUND,
                "The employer running a public fund for international aid or relief (an "
                "international affairs fund under item 9.1.1 or 9.1.2 of section 30-80(1) "
                "ITAA 1997)",
            ),
            (
                Activity.EXEMPT_ENTITY,
                "The work of an employer that is exempt from tax as a prescribed institution "
                "located, or pursuing its objectives, outside Australia (paragraph 50-50(c) or "
                "(d) ITAA 1997)",
            ),
            (
                Activity.DISCIPLINED_FORCE,
                "Deployment overseas as a member of a disciplined force, such as the police, "
                "by the Commonwealth, a State or Territory, or an authority of one of them",
            ),
            (Activity.REGULATIONS, "Another activity named in the regulations"),
            (Activity.NONE, "None of these"),
            (Activity.NOT_SURE, "Not sure"),
        ],
        error_required="Select what the overseas work was for, or Not sure",
    )


class ResidencyForm(StepForm):
    australian_resident = RadiosField(
        label="Was the client an Australian resident for tax purposes the whole time they "
        "worked overseas?",
        help_text=(
            "Residency for tax is not the same as citizenship. Most people who keep a home in "
            "Australia and go overseas for a set posting stay residents (Taxation Ruling IT "
            "2650)."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client stayed an Australian resident",
    )


class WorkCapacityForm(StepForm):
    work_capacity = RadiosField(
        label="How did the client work overseas?",
        help_text=(
            "Only employees and office holders are in 'foreign service'. People employed by a "
            "government, a government authority or an international organisation are "
            "employees (section 23AG(7))."
        ),
        choices=[
            (WorkCapacity.EMPLOYEE, "As an employee"),
            (WorkCapacity.OFFICE_HOLDER, "As the holder of an office"),
            (WorkCapacity.CONTRACTOR, "As a contractor or self-employed"),
            (WorkCapacity.NOT_SURE, "Not sure"),
        ],
        error_required="Select how the client worked overseas",
    )


class RulingClassForm(StepForm):
    ruling_class_member = RadiosField(
        label="Was the client deployed to Nauru with the Australian Federal Police's "
        "International Deployment Group?",
        help_text=(
            "Class Ruling CR 2005/54 covers AFP officers, people seconded to the AFP under "
            "section 69D and special members appointed under section 40E of the AFP Act 1979, "
            "deployed to Nauru under the Australia-Nauru Agreement."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client was part of that deployment",
    )


class ArrangementForm(StepForm):
    arrangement_as_described = RadiosField(
        label="Did the deployment follow the terms the ruling describes?",
        help_text=(
            "For example 16-week tours with 4-week leave blocks, salary and the listed "
            "allowances paid fortnightly (CR 2005/54, paras 12-35). The ruling binds the Tax "
            "Office only if it did."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the deployment followed the ruling's terms",
    )


class ServicePeriodForm(StepForm):
    page_hint = "Give the first and last day the client was posted overseas."
    service_start = MemorableDateField(
        label="When did the overseas service start?",
        error_required="Enter the date the overseas service started",
    )
    service_end = MemorableDateField(
        label="When did it end?",
        help_text=(
            "If it has not ended, give the last day of the income year. For example, 30 6 2025"
        ),
        error_required="Enter the date the overseas service ended",
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("service_start"), cleaned.get("service_end")
        if start and end and end < start:
            self.add_error("service_end", "The end date must not be before the start date")
        return cleaned


class AbsenceRowForm(RowForm):
    absence_start = MemorableDateField(
        label="First day away", error_required="Enter the first day of the absence"
    )
    absence_end = MemorableDateField(
        label="Last day away", error_required="Enter the last day of the absence"
    )
    absence_kind = RadiosField(
        label="Why was the client away?",
        choices=[(kind.value, ABSENCE_KIND_LABELS[kind].capitalize()) for kind in AbsenceKind],
        error_required="Select why the client was away",
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("absence_start"), cleaned.get("absence_end")
        if start and end and end < start:
            self.add_error("absence_end", "The last day must not be before the first day")
        return cleaned


AbsenceFormSet = row_formset(AbsenceRowForm, row_noun="absence")
AbsenceFormSet.page_hint = (
    "List each time the client left the overseas country during the service, for example "
    "to take leave in Australia. Leave the rows empty if there were none. Recreation leave "
    "earned overseas, rotation leave and training between postings count as overseas "
    "service; other absences do not (section 23AG(6))."
)


class LeftEarlyForm(StepForm):
    left_early_and_returned = RadiosField(
        label="Did the client leave the posting before finishing 91 days and later go back to it?",
        help_text=(
            "For example, brought home for a family emergency, then returned to continue the "
            "posting (CR 2005/54, para 53). If so, make sure the time away is listed as an "
            "absence on the previous page."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client left early and went back",
    )


class PaymentsForm(StepForm):
    payments_received = CheckboxesField(
        label="Which payments did the client receive for the overseas work?",
        help_text="Select all that apply. Each is checked separately.",
        choices=[
            (Payment.SALARY, "Salary or wages"),
            (Payment.DEPLOYMENT_COMPOSITE_ALLOWANCE, "Deployment composite allowance"),
            (
                Payment.PRE_DEPLOYMENT_COMPOSITE_ALLOWANCE,
                "Pre-deployment composite allowance (paid during training before leaving)",
            ),
            (Payment.TRANSFER_ALLOWANCE, "Transfer allowance (before leaving or after return)"),
            (Payment.MOTOR_VEHICLE_ALLOWANCE, "Motor vehicle allowance"),
            (
                Payment.EXTENDED_UNACCOMPANIED_SERVICE_ALLOWANCE,
                "Extended unaccompanied overseas service allowance",
            ),
            (Payment.MISSION_ALLOWANCE, "Mission allowance"),
            (Payment.COMMUNICATIONS_ALLOWANCE, "Telephone or communications allowance"),
            (
                Payment.MEALS_ACCOMMODATION_INCIDENTALS_ALLOWANCE,
                "Meals, accommodation and incidentals allowance",
            ),
            (Payment.OTHER_SERVICE_ALLOWANCE, "Another allowance for the overseas work"),
            (Payment.BONUS_OR_COMMISSION, "A bonus or commission"),
            (Payment.FOREIGN_RECREATION_LEAVE_PAY, "Pay for recreation leave earned overseas"),
            (Payment.PENSION_OR_ANNUITY, "A pension or annuity"),
            (Payment.TERMINATION_PAYMENT, "A termination payment"),
            (Payment.OTHER, "Another payment"),
        ],
        error_required="Select each payment the client received",
    )
    payment_circumstances = CheckboxesField(
        label="Did any of these happen? (optional)",
        help_text="They do not stop pay for the overseas work counting as foreign earnings.",
        choices=[
            (PaymentCircumstance.AUSTRALIAN_ACCOUNT, "Pay went into an Australian bank account"),
            (PaymentCircumstance.PAID_AFTER_RETURN, "Some was paid after the client came back"),
            (
                PaymentCircumstance.ADVANCE_BEFORE_SERVICE,
                "An advance of salary was paid before leaving",
            ),
        ],
        error_required="Select from the list",
        required=False,
    )


class ForeignTaxForm(StepForm):
    foreign_tax_reasons = CheckboxesField(
        label="Was the pay taxed in the country where the client worked? If not, why not?",
        help_text=(
            "Select all that apply. The exemption is lost if the pay was free of foreign tax "
            "only because of a tax treaty, a foreign law that does not tax wages, or "
            "diplomatic privileges (section 23AG(2)). If another law or agreement also "
            "exempted it there, the exemption can stand."
        ),
        choices=[
            (ForeignTaxReason.TAXED, "It was taxed there"),
            (ForeignTaxReason.DOUBLE_TAX_AGREEMENT, "Not taxed because of a double tax agreement"),
            (
                ForeignTaxReason.FOREIGN_LAW_NO_TAX,
                "Not taxed because that country does not tax wages (or has no income tax)",
            ),
            (
                ForeignTaxReason.PRIVILEGES_IMMUNITIES,
                "Not taxed because of diplomatic, consular or international organisation "
                "privileges",
            ),
            (
                ForeignTaxReason.SPECIFIC_AGREEMENT,
                "Not taxed because an agreement between Australia and that country exempts the "
                "client's pay (for Nauru, Article 11.4 of the Agreement)",
            ),
            (
                ForeignTaxReason.OTHER,
                "Not taxed because of another law or agreement, not one of those above",
            ),
            (ForeignTaxReason.NOT_SURE, "Not sure"),
        ],
        error_required="Select whether the pay was taxed there, or why not",
    )


class ProgressionChoiceForm(StepForm):
    wants_progression = RadiosField(
        label="Do you want to work out the tax on the client's other income?",
        help_text=(
            "Exempt overseas pay still raises the tax rate on other income ('exemption with "
            "progression', section 23AG(3)). You will need the amounts."
        ),
        choices=YES_NO,
        error_required="Select yes if you want the tax calculation",
    )


class ProgressionAmountsForm(StepForm):
    page_hint = "Whole dollars or dollars and cents, for the income year you chose."
    other_assessable_income = MoneyField(
        label="Other assessable income (Australian salary, interest and so on)",
        error_required="Enter the other assessable income, or 0",
    )
    other_deductions = MoneyField(
        label="Deductions against that income", error_required="Enter the deductions, or 0"
    )
    exempt_foreign_income = MoneyField(
        label="Exempt overseas pay", error_required="Enter the exempt overseas pay, or 0"
    )
    exempt_income_expenses = MoneyField(
        label="Expenses directly related to the exempt overseas pay",
        error_required="Enter those expenses, or 0",
    )

    def clean(self):
        cleaned = super().clean()
        income, deductions = (
            cleaned.get("other_assessable_income"),
            cleaned.get("other_deductions"),
        )
        if income is not None and deductions is not None and deductions > income:
            self.add_error("other_deductions", "The deductions must not be more than the income")
        pay = cleaned.get("exempt_foreign_income")
        expenses = cleaned.get("exempt_income_expenses")
        if pay is not None and expenses is not None and expenses > pay:
            self.add_error("exempt_income_expenses", "The expenses must not be more than the pay")
        return cleaned

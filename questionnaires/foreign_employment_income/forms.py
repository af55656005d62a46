"""The questions of the foreign employment income questionnaire, one page each, in the
staff member's words; the legal terms are in the hints."""

from datetime import date

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
from questionnaires.framework.wording import long_date

from .rules import (
    ABSENCE_KIND_LABELS,
    AbsenceKind,
    Activity,
    ForeignTaxReason,
    Payment,
    PaymentCircumstance,
    ResidencyChange,
    WorkCapacity,
    income_year_start,
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
            "Pay for overseas work done from 1 July 2009 can only be exempt if the period of "
            "overseas work was directly for one of these (section 23AG(1AA)). Pay for work "
            "done before 1 July 2009 is not affected, even if it was paid later: the dates "
            "of the service are asked later."
        ),
        choices=[
            (
                Activity.DEVELOPMENT_ASSISTANCE,
                "Delivering Australian official development assistance (overseas aid) by the "
                "employer (from 1 July 2016, only where the employer is not an Australian "
                "government agency)",
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


class ResidencyChangeForm(StepForm):
    residency_change = RadiosField(
        label="Was the client an Australian resident for tax purposes at any time while they "
        "worked overseas?",
        help_text=(
            "For example, the client may have moved overseas permanently part-way through, "
            "or moved to Australia part-way through. The exemption can only cover pay for "
            "the time the client was a resident."
        ),
        choices=[
            (ResidencyChange.NEVER, "No, not at any time during the overseas work"),
            (ResidencyChange.STOPPED, "Yes, but they stopped being a resident part-way"),
            (ResidencyChange.STARTED, "Yes, they became a resident part-way"),
            (ResidencyChange.NOT_SURE, "Not sure"),
        ],
        error_required="Select whether the client was a resident at any time, or Not sure",
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
    page_hint = (
        "Give the whole posting, even where it runs into another income year: the 91 days "
        "are counted over the whole period of service, not year by year."
    )
    service_start = MemorableDateField(
        label="When did the overseas service start?",
        error_required="Enter the date the overseas service started",
    )
    service_ended = RadiosField(
        label="Has the overseas service ended?",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the overseas service has ended, or Not sure",
    )
    service_end = MemorableDateField(
        label="If it has ended: when did it end?",
        help_text="The last day of the posting. For example, 19 12 2004",
        error_required="Enter the date the overseas service ended",
        required=False,
    )
    expected_service_end = MemorableDateField(
        label="If it has not ended: when is it planned to end? (optional)",
        help_text="From the posting's terms, if known.",
        error_required="Enter the planned end date",
        required=False,
    )

    def __init__(self, *args, income_year: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.income_year = income_year

    def clean(self):
        cleaned = super().clean()
        start, ended = cleaned.get("service_start"), cleaned.get("service_ended")
        end, planned = cleaned.get("service_end"), cleaned.get("expected_service_end")
        if ended == "yes" and end is None and "service_end" not in self.errors:
            self.add_error("service_end", "Enter the date the overseas service ended")
        if ended in ("no", "not_sure") and end is not None:
            self.add_error(
                "service_end",
                "Leave the end date empty if the service has not ended, or answer Yes to "
                "'Has the overseas service ended?'",
            )
        if ended == "yes" and planned is not None:
            self.add_error(
                "expected_service_end",
                "Leave the planned end date empty: the service has ended, so give its end "
                "date instead",
            )
        if start and end and end < start:
            self.add_error("service_end", "The end date must not be before the start date")
        if start and planned and planned < start:
            self.add_error(
                "expected_service_end", "The planned end date must not be before the start date"
            )
        first = income_year_start(self.income_year)
        if start and first is not None and "service_start" not in self.errors:
            # Service that ended before the year is allowed: pay for it can be received
            # late (CR 2005/54 para 73), and that pay belongs to the year it is received in.
            year_start, year_end = date(first, 7, 1), date(first + 1, 6, 30)
            if start > year_end:
                self.add_error(
                    "service_start",
                    f"The overseas service must have started by the end of the "
                    f"{self.income_year} income year ({long_date(year_start)} to "
                    f"{long_date(year_end)}): check the dates, or go back and change the "
                    "income year",
                )
        return cleaned


class DeathForm(StepForm):
    died_during_service = RadiosField(
        label="Did the client die while on the overseas posting?",
        help_text=(
            "If so, the posting can count as 91 days even though it was shorter (section "
            "23AG(1A), for deaths from 1 July 2004). Give the date of death as the end date."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client died while on the posting",
    )
    would_have_reached_91_days = RadiosField(
        label="If so: would the posting otherwise have lasted at least 91 days in all?",
        help_text="From the posting's planned length in the deployment papers or contract.",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the posting would have lasted 91 days, or Not sure",
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        died, lasting = (
            cleaned.get("died_during_service"),
            cleaned.get("would_have_reached_91_days"),
        )
        if died == "yes" and not lasting:
            self.add_error(
                "would_have_reached_91_days",
                "Select whether the posting would have lasted 91 days, or Not sure",
            )
        if died in ("no", "not_sure") and lasting:
            self.add_error(
                "would_have_reached_91_days",
                "Leave this empty: it is only asked if the client died on the posting",
            )
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


class AbsenceFormSet(row_formset(AbsenceRowForm, row_noun="absence")):
    """The absences, each checked against the period of service given on the page before."""

    page_hint = (
        "List each time the client left the overseas country during the service, for "
        "example to take leave in Australia, and any leave taken at the start before they "
        "first arrived. Leave the rows empty if there were none. Recreation leave earned "
        "overseas, rotation leave, training between postings, the client's own accident or "
        "illness, compassionate leave, work trips and short breaks such as weekends count "
        "as overseas service if the posting's terms allowed them; other absences do not "
        "(section 23AG(6); Taxation Determination TD 2012/8)."
    )

    def __init__(self, *args, service_start=None, service_end=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.service_start, self.service_end = service_start, service_end

    def clean(self):
        super().clean()
        if self.service_start is None:
            return
        period = f"from {long_date(self.service_start)}"
        if self.service_end is not None:
            period += f" to {long_date(self.service_end)}"
        for form in self.kept_rows():
            start = form.cleaned_data.get("absence_start")
            end = form.cleaned_data.get("absence_end")
            if start and start < self.service_start:
                form.add_error(
                    "absence_start",
                    f"The absence must be within the overseas service ({period}): check the "
                    "first day away, or the service dates",
                )
            if end and self.service_end is not None and end > self.service_end:
                form.add_error(
                    "absence_end",
                    f"The absence must be within the overseas service ({period}): check the "
                    "last day away, or the service dates",
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
            (
                Payment.AUSTRALIAN_LEAVE_PAY,
                "Pay for leave earned from work in Australia (even if taken during the posting)",
            ),
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
            "exempted it there, and was actually applied to the client's pay, the exemption "
            "can stand. A double tax agreement is a general "
            "tax treaty between Australia and the other country; an agreement about a "
            "particular deployment or aid program that exempts the client's pay is different."
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
                "Not taxed because an agreement between Australia and that country (not a double "
                "tax agreement) exempts the client's pay (for Nauru, Article 11.4 of the "
                "Agreement)",
            ),
            (
                ForeignTaxReason.OTHER,
                "Not taxed because of another law or agreement, not one of those above",
            ),
            (ForeignTaxReason.NOT_SURE, "Not sure"),
        ],
        error_required="Select whether the pay was taxed there, or why not",
    )

    def clean(self):
        cleaned = super().clean()
        reasons = set(cleaned.get("foreign_tax_reasons") or ())
        if {ForeignTaxReason.TAXED, ForeignTaxReason.NOT_SURE} <= reasons:
            self.add_error(
                "foreign_tax_reasons",
                "Select either 'It was taxed there' or 'Not sure', not both",
            )
        return cleaned


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
    page_hint = (
        "Whole dollars or dollars and cents, received in the income year you chose: where the "
        "posting runs into another income year, only the exempt pay received in this one."
    )
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
        pay = cleaned.get("exempt_foreign_income")
        expenses = cleaned.get("exempt_income_expenses")
        if pay is not None and expenses is not None and expenses > pay:
            self.add_error("exempt_income_expenses", "The expenses must not be more than the pay")
        return cleaned

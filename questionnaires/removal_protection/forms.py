"""Question pages for protection from removal: one topic per page, in the staff member's
words, with the legal term in the hint. Every choice list has an honest "Not sure"."""

from datetime import date

from django import forms

from questionnaires.framework.forms import (
    YES_NO_NOT_SURE,
    CheckboxesField,
    LongTextField,
    MemorableDateField,
    RadiosField,
    RowForm,
    StepForm,
    TextField,
    refused_as_future,
    row_formset,
    screening_date,
)
from questionnaires.framework.wording import us_long_date

from .rules import (
    AggravatedFelony,
    Circuit,
    CountryCondition,
    DeadlineException,
    EntryManner,
    FutureSource,
    GroundKnown,
    Harmer,
    HarmKind,
    LawyerRole,
    Motive,
    MotiveEvidence,
    NotReportedReason,
    OfficialDuty,
    OfficialsAware,
    PoliceResponse,
    Proceeding,
    PscReview,
    ResettlementException,
    TerrorismReview,
    arrived_18_years_before,
)

NOT_SURE = "not_sure"


def _not_in_future(form: StepForm, field: str, what: str) -> None:
    """The framework's check that a date is not after the screening date, with a message
    that names the date and says what today is."""
    today = us_long_date(screening_date())
    message = f"The date {what} must be today or in the past: today is {today}"
    refused_as_future(form, field, message)


def _as_date(value) -> date | None:
    """An earlier page's date answer, as a date (answers read back from storage or a file
    may hold it as ISO text)."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return value if isinstance(value, date) else None


def _exclusive(form: StepForm, field: str, alone: set[str], message: str) -> None:
    """Answers like "None of these" or "Not sure" cannot be ticked with anything else."""
    values = set(form.cleaned_data.get(field) or [])
    if values & alone and len(values) > 1:
        form.add_error(field, message)


# ---------------------------------------------------------------------------
# 1. The case
# ---------------------------------------------------------------------------


class CaseForm(StepForm):
    page_hint = "Where the client fears harm, and where the case is."

    country_of_return = TextField(
        label="Which country does the client fear being sent to?",
        max_length=100,
        error_required="Enter the country the client fears being sent to",
    )
    circuit = RadiosField(
        label="Which federal court of appeals circuit is the case in?",
        help_text=(
            "Usually the circuit where the immigration court is. The law on withholding of "
            "removal differs between circuits."
        ),
        choices=[
            (
                Circuit.FIRST,
                "First Circuit (Maine, Massachusetts, New Hampshire, Rhode Island, Puerto Rico)",
            ),
            (Circuit.SECOND, "Second Circuit (Connecticut, New York, Vermont)"),
            (Circuit.THIRD, "Third Circuit (Delaware, New Jersey, Pennsylvania)"),
            (
                Circuit.FOURTH,
                "Fourth Circuit (Maryland, North and South Carolina, Virginia, West Virginia)",
            ),
            (Circuit.FIFTH, "Fifth Circuit (Louisiana, Mississippi, Texas)"),
            (Circuit.SIXTH, "Sixth Circuit (Kentucky, Michigan, Ohio, Tennessee)"),
            (Circuit.SEVENTH, "Seventh Circuit (Illinois, Indiana, Wisconsin)"),
            (Circuit.EIGHTH, "Eighth Circuit (for example, Minnesota, Missouri, Iowa)"),
            (Circuit.NINTH, "Ninth Circuit (for example, California, Arizona, Washington)"),
            (Circuit.TENTH, "Tenth Circuit (for example, Colorado, Oklahoma, Utah)"),
            (Circuit.ELEVENTH, "Eleventh Circuit (Alabama, Florida, Georgia)"),
            (Circuit.DC, "D.C. Circuit"),
            (Circuit.OTHER, "Another circuit (not listed)"),
            (Circuit.UNKNOWN, "Not sure"),
        ],
        error_required="Select the circuit the case is in, or Not sure",
    )
    proceeding_type = RadiosField(
        label="What kind of case is it?",
        choices=[
            (Proceeding.REMOVAL_PROCEEDINGS, "Removal proceedings in immigration court"),
            (Proceeding.REINSTATEMENT, "Reinstatement of an earlier removal order"),
            (Proceeding.AFFIRMATIVE, "An application the client is making outside court"),
            (Proceeding.OTHER, "Something else"),
            (Proceeding.NOT_SURE, "Not sure"),
        ],
        error_required="Select the kind of case, or Not sure",
    )
    reinstated_order = RadiosField(
        label="Was the client removed (deported) before and then came back without permission?",
        help_text=(
            "If so, the earlier removal order can be reinstated (put back into force), and "
            "the client cannot get asylum (8 U.S.C. § 1231(a)(5)). Leaving on time under "
            "voluntary departure is not a removal: check the immigration file."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client was removed before and came back",
    )


# ---------------------------------------------------------------------------
# 2. Criminal history
# ---------------------------------------------------------------------------


class ConvictionsForm(StepForm):
    page_hint = "Some convictions bar withholding of removal."
    # Details typed before the answer changed to "No" are not kept on the record.
    asked_when = {"conviction_details": ("has_convictions", {"yes", "not_sure"})}

    has_convictions = RadiosField(
        label="Has the client been convicted of any crime, in any country?",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client has any convictions",
    )
    conviction_details = LongTextField(
        label="What were the convictions and sentences? (optional)",
        help_text="Kept on the record for the lawyer. The screening does not read it.",
        max_length=2000,
        required=False,
    )


class AggravatedFelonyForm(StepForm):
    page_hint = "Some convictions bar asylum or withholding of removal. A lawyer can check."

    aggravated_felony = RadiosField(
        label="Is any conviction an aggravated felony?",
        help_text=(
            "An aggravated felony is an offence on the immigration law's list of serious "
            "crimes (8 U.S.C. § 1101(a)(43)). Any aggravated felony bars asylum. If you are "
            "not sure, say so: a lawyer will check."
        ),
        choices=[
            (AggravatedFelony.YES, "Yes"),
            (AggravatedFelony.NO, "No"),
            (
                AggravatedFelony.LAWYER_FOUND_NOT,
                "No: a lawyer has checked the convictions and found none is",
            ),
            (AggravatedFelony.NOT_SURE, "Not sure"),
        ],
        error_required="Select whether any conviction is an aggravated felony, or Not sure",
    )
    drug_trafficking = RadiosField(
        label="Was any conviction for drug trafficking (selling or distributing drugs)?",
        help_text=(
            "Not simple possession. A drug trafficking aggravated felony is presumed to be a "
            "'particularly serious crime' that bars withholding of removal."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether any conviction was for drug trafficking, or Not sure",
    )
    psc_review = RadiosField(
        label="Has a lawyer reviewed whether any conviction is a 'particularly serious crime'?",
        help_text=(
            "Apart from the cases the law fixes, this is a lawyer's case-by-case call. "
            "Record it here once made."
        ),
        choices=[
            (PscReview.NOT_PSC, "Yes: none is a particularly serious crime"),
            (PscReview.IS_PSC, "Yes: at least one is a particularly serious crime"),
            (PscReview.NOT_REVIEWED, "Not reviewed yet"),
        ],
        error_required="Select what a lawyer found, or Not reviewed yet",
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("drug_trafficking") == "yes" and cleaned.get("aggravated_felony") == "no":
            self.add_error(
                "aggravated_felony",
                "Drug trafficking convictions are almost always aggravated felonies. Select "
                "'No: a lawyer has checked the convictions and found none is' if a lawyer has "
                "found this one is not, or Not sure",
            )
        return cleaned


class AggravatedFelonySentenceForm(StepForm):
    af_sentence_5_years = RadiosField(
        label=(
            "Do the prison terms imposed for the aggravated felonies add up to five years or more?"
        ),
        help_text=(
            "Count the whole term the judge imposed, including any part suspended or served "
            "on probation (8 U.S.C. § 1101(a)(48)(B)), not the time actually served. Five "
            "years or more is a 'particularly serious crime' that bars withholding of removal "
            "(8 U.S.C. § 1231(b)(3)(B))."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the terms imposed add up to five years or more",
    )


# ---------------------------------------------------------------------------
# 2a. Arrival and the asylum application; conduct that bars protection
# ---------------------------------------------------------------------------


class AsylumFilingForm(StepForm):
    page_hint = (
        "Asylum must usually be applied for within one year of the client's last arrival "
        "(8 U.S.C. § 1158(a)(2)(B)). Withholding and the Convention Against Torture have no "
        "deadline."
    )

    last_arrival_date = MemorableDateField(
        label="When did the client last arrive in the United States? (optional)",
        help_text="Leave blank if not known. For example, 3 27 2024",
        month_first=True,
        required=False,
        error_required="Enter the date the client last arrived",
    )
    asylum_filed = RadiosField(
        label="Has the client already filed an asylum application?",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client has filed an asylum application",
    )
    asylum_filed_date = MemorableDateField(
        label="If so, when was it filed? (optional)",
        help_text=(
            "The date on the receipt notice. Leave blank if not known. It can be before the "
            "last arrival: for example, the client filed, then travelled on advance parole "
            "and came back. Enter the real date; the result explains what to check."
        ),
        month_first=True,
        required=False,
        error_required="Enter the date the asylum application was filed",
    )
    unaccompanied_child = RadiosField(
        label=(
            "Did the client arrive as a child under 18 with no parent or legal guardian in "
            "the United States to care for them?"
        ),
        help_text="Unaccompanied children are not held to the one-year deadline.",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client arrived as an unaccompanied child",
    )
    deadline_exception = RadiosField(
        label="If the year has run, is there a reason the client could not apply in time?",
        help_text=(
            "Changed circumstances that affect the claim (for example, new danger at home), "
            "or extraordinary circumstances that caused the delay (for example, serious "
            "illness, or being an unaccompanied minor) can excuse a late application "
            "(8 C.F.R. § 1208.4(a)(4)-(5))."
        ),
        choices=[
            (DeadlineException.CHANGED, "Yes: circumstances changed"),
            (DeadlineException.EXTRAORDINARY, "Yes: extraordinary circumstances"),
            (DeadlineException.NONE, "No"),
            (DeadlineException.NOT_SURE, "Not sure, or the year has not run"),
        ],
        error_required="Select whether there is a reason the client could not apply in time",
    )

    def clean(self):
        cleaned = super().clean()
        _not_in_future(self, "last_arrival_date", "the client last arrived")
        _not_in_future(self, "asylum_filed_date", "the asylum application was filed")
        filed = cleaned.get("asylum_filed_date")
        if filed and cleaned.get("asylum_filed") in ("no", "not_sure"):
            self.add_error(
                "asylum_filed_date",
                "Leave the filing date blank, or select Yes if the client has filed",
            )
        # A filing date before the last arrival is accepted (R8-02b): both dates can be
        # true when the client filed, travelled (for example on advance parole) and came
        # back while the application was pending. The rules explain what to check.
        return cleaned


class ChildStatusForm(StepForm):
    page_hint = (
        "The one-year deadline does not apply to an unaccompanied child: under 18, with no "
        "lawful immigration status and no parent or legal guardian in the United States "
        "available to care for them (8 U.S.C. § 1158(a)(2)(E); 6 U.S.C. § 279(g)(2)). "
        "Whether the client still is one decides whether the exemption is clear."
    )

    client_under_18_now = RadiosField(
        label="Is the client under 18 today?",
        help_text="Check the client's date of birth on a birth certificate or passport.",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client is under 18 today",
    )
    parent_available_since_arrival = RadiosField(
        label=(
            "Since arriving, has a parent or legal guardian in the United States been "
            "available to care for the client?"
        ),
        help_text=(
            "A relative or sponsor who is not the client's legal guardian (an aunt, an older "
            "brother) does not count."
        ),
        choices=YES_NO_NOT_SURE,
        error_required=(
            "Select whether a parent or legal guardian in the United States has been "
            "available to care for the client"
        ),
    )
    lawful_status_now = RadiosField(
        label="Does the client have lawful immigration status today, such as a valid visa?",
        help_text="If the client was paroled or has a pending application, select Not sure.",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client has lawful immigration status today",
    )

    def __init__(self, *args, arrived=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.arrived = _as_date(arrived)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("client_under_18_now") == "yes" and arrived_18_years_before(
            self.arrived, screening_date()
        ):
            self.add_error(
                "client_under_18_now",
                f"The client last arrived on {us_long_date(self.arrived)}, 18 years or more "
                "ago, so cannot be under 18 today. Check the client's date of birth, and the "
                "arrival date on the last page",
            )
        return cleaned


class ChildAtFilingForm(StepForm):
    page_hint = (
        "The one-year deadline does not apply to an application filed by an unaccompanied "
        "child (8 U.S.C. § 1158(a)(2)(E)): under 18, with no lawful immigration status and "
        "no parent or legal guardian in the United States available to care for them "
        "(6 U.S.C. § 279(g)(2)). What counts is the day the application was filed, not today."
    )

    under_18_when_filed = RadiosField(
        label="Was the client under 18 on the day the asylum application was filed?",
        help_text=(
            "Compare the client's date of birth with the filing date on the receipt notice."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client was under 18 when the application was filed",
    )
    lawful_status_when_filed = RadiosField(
        label=(
            "Did the client have lawful immigration status on the day the asylum application "
            "was filed, such as a valid visa?"
        ),
        help_text=(
            "A child who still had a valid student or visitor visa, for example, was not an "
            "unaccompanied child that day, even without status today. If the client was "
            "paroled or had a pending application, select Not sure."
        ),
        choices=YES_NO_NOT_SURE,
        error_required=(
            "Select whether the client had lawful immigration status when the application "
            "was filed"
        ),
    )

    def __init__(self, *args, under_18_now=None, arrived=None, filed=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.under_18_now = under_18_now
        self.arrived, self.filed = _as_date(arrived), _as_date(filed)
        sent = self.data.get(self.add_prefix("under_18_when_filed")) if self.is_bound else None
        if under_18_now == "yes" and sent != "no":
            # Under 18 today, so under 18 on any earlier filing day: not asked (the rules
            # read it from the answer about today). "No" sent anyway (in answers given to
            # `manage.py screen` or the API) contradicts it: kept, to be refused in clean().
            del self.fields["under_18_when_filed"]

    def clean(self):
        cleaned = super().clean()
        then = cleaned.get("under_18_when_filed")
        if then == "no" and self.under_18_now == "yes":
            self.add_error(
                "under_18_when_filed",
                "The client is said to be under 18 today, so was under 18 when the "
                "application was filed. Select Yes, or go back and correct 'Is the client "
                "under 18 today?'",
            )
        elif then == "yes" and arrived_18_years_before(self.arrived, self.filed):
            self.add_error(
                "under_18_when_filed",
                f"The client last arrived on {us_long_date(self.arrived)}, 18 years or more "
                f"before the application was filed on {us_long_date(self.filed)}, so cannot "
                "have been under 18 then. Check the client's date of birth and both dates",
            )
        return cleaned


class EntryForm(StepForm):
    page_hint = (
        "Two border rules can stop asylum for people who crossed the southern border "
        "without an appointment or papers: the 2023 'lawful pathways' rule (entries from "
        "May 11, 2023 to May 11, 2025; 8 C.F.R. § 1208.33) and the 2024 'Securing the "
        "Border' rule (8 C.F.R. § 1208.35). How the client entered decides whether a "
        "lawyer must check them."
    )

    last_entry_manner = RadiosField(
        label="How did the client enter the United States that last time?",
        choices=[
            (
                EntryManner.PORT_WITH_APPOINTMENT,
                "At a port of entry with an appointment, or with a visa or other papers to "
                "enter (including by plane)",
            ),
            (
                EntryManner.PORT_WITHOUT_APPOINTMENT,
                "At a port of entry, without an appointment or papers",
            ),
            (
                EntryManner.BETWEEN_PORTS,
                "Between ports of entry (crossing the border away from an official crossing)",
            ),
            (EntryManner.NOT_SURE, "Not sure"),
        ],
        error_required="Select how the client entered, or Not sure",
    )


class BarsForm(StepForm):
    page_hint = (
        "Each of these can bar asylum, and some bar withholding too (8 U.S.C. "
        "§§ 1158(b)(2)(A), 1231(b)(3)(B)). Answer Not sure rather than guess: a lawyer will "
        "check."
    )

    persecutor_bar = RadiosField(
        label=(
            "Did the client ever take part in harming others because of their race, "
            "religion, nationality, social group or political opinion?"
        ),
        help_text=(
            "For example, as a soldier, police officer or gang member. The 'persecutor bar'."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client took part in harming others, or Not sure",
    )
    firm_resettlement = RadiosField(
        label=(
            "Before coming to the United States, was the client offered permanent status in "
            "another country?"
        ),
        help_text="For example, permanent residence or citizenship. 'Firm resettlement'.",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client was offered permanent status elsewhere",
    )
    prior_asylum_denied = RadiosField(
        label="Has the client ever applied for asylum before and been denied?",
        help_text="In any earlier stay or case, not only the present one.",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether an earlier asylum application was denied",
    )
    serious_nonpolitical_crime = RadiosField(
        label="Is there reason to think the client committed a serious crime outside the U.S.?",
        help_text=(
            "A 'serious nonpolitical crime', whether or not there was a conviction. "
            "It bars asylum and withholding."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client may have committed a serious crime abroad",
    )
    terrorism_bar = RadiosField(
        label="Does the client have any links to terrorist activity or a terrorist group?",
        help_text=(
            "As the immigration law defines it, which is very broad: even forced payments "
            "to an armed group can count."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client has links to terrorist activity, or Not sure",
    )


class BarDetailsForm(StepForm):
    page_hint = (
        "A 'yes' on the last page is not always a bar. These questions tell a lawyer whether "
        "it is. Answer Not sure rather than guess."
    )

    prior_denial_by_court = RadiosField(
        label="Was the earlier asylum application denied by a U.S. immigration judge or the "
        "Board of Immigration Appeals?",
        help_text=(
            "Only such a denial bars a new application (8 C.F.R. § 1208.4(a)(3)). A refusal "
            "by a U.S. asylum office, or by another country, is not the bar."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select who denied the earlier application, or Not sure",
    )
    resettlement_exception = RadiosField(
        label="Did either of these apply to the client in that other country?",
        help_text=(
            "Either means the offer of permanent status may not be 'firm resettlement' "
            "(8 C.F.R. § 208.15(a)-(b)). A lawyer will decide."
        ),
        choices=[
            (
                ResettlementException.FLIGHT,
                "The client was only passing through in flight: stayed only as long as needed "
                "to travel on, and built no significant ties there",
            ),
            (
                ResettlementException.RESTRICTED,
                "That country restricted the client so much (work, housing, property, travel) "
                "that the client was not really settled there",
            ),
            (ResettlementException.NONE, "Neither"),
            (ResettlementException.NOT_SURE, "Not sure"),
        ],
        error_required="Select whether either applied, or Not sure",
    )
    crime_political = RadiosField(
        label="Was the crime abroad political, or did the charge come from the people the "
        "client fears?",
        help_text=(
            "For example, a charge for protesting or organising against the government. Only "
            "a serious crime that is not political is a bar."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the crime was political, or Not sure",
    )

    def __init__(self, *args, asks=(), **kwargs):
        super().__init__(*args, **kwargs)
        for name in [name for name in self.fields if name not in asks]:
            del self.fields[name]


class TerrorismReviewForm(StepForm):
    page_hint = (
        "The immigration law's terrorism grounds (8 U.S.C. § 1182(a)(3)(B)) are very broad: "
        "they cover taking part in violence for an armed group, and giving it money, food, "
        "shelter or other support, even a little and even under threat. A client who falls "
        "under them cannot get asylum or withholding of removal. Force or threats (duress) "
        "do not excuse support. Only the Secretary of Homeland Security or of State can grant "
        "an exemption; a lawyer cannot."
    )

    terrorism_review = RadiosField(
        label="Has anyone decided whether the client falls under the terrorism grounds?",
        help_text=(
            "Record a finding once it is made. A lawyer's view that the client is outside "
            "them or exempt leaves the question open."
        ),
        choices=[
            (
                TerrorismReview.DESCRIBED,
                "Yes: the client falls under them (found by a judge, an officer or a lawyer)",
            ),
            (
                TerrorismReview.EXEMPTION_GRANTED,
                "DHS (USCIS) or the State Department granted the client an exemption",
            ),
            (
                TerrorismReview.NOT_DESCRIBED,
                "Only a lawyer's view: the client does not fall under them, or could be exempt",
            ),
            (TerrorismReview.NOT_REVIEWED, "Not decided yet, or Not sure"),
        ],
        error_required="Select what was decided about the terrorism grounds, or Not decided yet",
    )


# ---------------------------------------------------------------------------
# 3. Past harm
# ---------------------------------------------------------------------------


class PastHarmForm(StepForm):
    page_hint = "What happened to the client before, and any threats about the future."

    past_harm = RadiosField(
        label="Was the client harmed in that country before?",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client was harmed before",
    )
    harm_narrative = LongTextField(
        label="What happened, in your words (optional)",
        help_text=(
            "Kept on the record for the lawyer. The screening does not read it, so answer "
            "the questions that follow as well."
        ),
        required=False,
    )
    future_threats_made = RadiosField(
        label="Has anyone threatened to harm the client in the future?",
        help_text="For example, a threat to kill the client if they come back.",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether anyone has threatened the client",
    )


class HarmDetailsForm(StepForm):
    page_hint = (
        "The Convention Against Torture asks how severe the harm was, and whether it was "
        "done on purpose."
    )

    harm_kinds = CheckboxesField(
        label="What kinds of harm did the client suffer?",
        help_text="Select all that apply.",
        choices=[
            (HarmKind.PHYSICAL_ASSAULT, "Beating or other physical attack"),
            (HarmKind.BURNING_OR_CUTTING, "Burning, cutting or wounding"),
            (HarmKind.SEXUAL_VIOLENCE, "Sexual violence"),
            (HarmKind.DETENTION, "Being held or locked up"),
            (HarmKind.DEATH_THREATS, "Threats to kill"),
            (HarmKind.EXTORTION, "Demands for money"),
            (HarmKind.HARM_TO_FAMILY, "Harm to family members"),
            (HarmKind.PROPERTY, "Damage to home or property"),
            (HarmKind.OTHER, "Something else"),
            (HarmKind.NOT_SURE, "Not sure"),
        ],
        error_required="Select the kinds of harm the client suffered, or Not sure",
    )
    severe_pain = RadiosField(
        label="Did the harm cause the client severe physical or mental pain or suffering?",
        help_text=(
            "For example, serious injuries, lasting scars, or trauma that needs treatment. "
            "Torture means severe pain or suffering (8 C.F.R. § 1208.18(a)(1))."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the harm caused severe pain or suffering",
    )
    harm_intentional = RadiosField(
        label="Was the harm done on purpose?",
        help_text=(
            "Torture is specifically intended to cause severe pain or suffering, not an "
            "accident or the result of neglect (8 C.F.R. § 1208.18(a)(5))."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the harm was done on purpose",
    )
    lawful_sanction = RadiosField(
        label="Was the harm a punishment given under the country's law, such as a sentence?",
        help_text=(
            "Pain that comes only from a lawful punishment is not torture "
            "(8 C.F.R. § 1208.18(a)(3)); a lawyer decides whether the punishment is lawful."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the harm was a punishment under the country's law",
    )
    visible_scars = RadiosField(
        label="Does the client have scars or other marks from the harm?",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client has scars or marks",
    )
    medical_records = RadiosField(
        label="Is there a doctor's report or hospital record of the injuries?",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether there is a medical report or record",
    )

    def clean(self):
        cleaned = super().clean()
        _exclusive(
            self,
            "harm_kinds",
            {HarmKind.NOT_SURE},
            'Select "Not sure" on its own, or untick it and select the kinds of harm',
        )
        return cleaned


# ---------------------------------------------------------------------------
# 4. Who harmed the client
# ---------------------------------------------------------------------------

HARMER_ALONE = {Harmer.UNKNOWN}


class HarmersForm(StepForm):
    harmers = CheckboxesField(
        label="Who harmed or threatened the client?",
        help_text=(
            "Select all that apply. Public officials include police, soldiers and anyone "
            "working for the government, at any level."
        ),
        choices=[
            (Harmer.POLICE, "Police"),
            (Harmer.MILITARY, "Soldiers or the military"),
            (Harmer.OTHER_OFFICIAL, "Other government officials"),
            (Harmer.CARTEL, "A cartel"),
            (Harmer.GANG, "A gang"),
            (Harmer.OTHER_GROUP, "Another group (for example, guerrillas or a militia)"),
            (Harmer.PRIVATE_PERSON, "A private person (for example, a neighbour or relative)"),
            (Harmer.UNKNOWN, "Not known"),
        ],
        error_required="Select who harmed or threatened the client, or Not known",
    )

    def clean(self):
        cleaned = super().clean()
        _exclusive(
            self,
            "harmers",
            HARMER_ALONE,
            'Select "Not known" on its own, or untick it and select who harmed the client',
        )
        return cleaned


class OfficialDutyForm(StepForm):
    page_hint = (
        "Whether officials acted in their official capacity can decide protection under the "
        "Convention Against Torture. The Board asks whether they could do it because of "
        "their government position (Matter of J-G-R-)."
    )

    official_duty = RadiosField(
        label="Were the officials on duty or off duty when they harmed the client?",
        help_text=(
            "For example, working a shift, or in their own time. In the Ninth Circuit "
            "off-duty officials still count as public officials; elsewhere this may matter."
        ),
        choices=[
            (OfficialDuty.ON_DUTY, "On duty"),
            (OfficialDuty.OFF_DUTY, "Off duty"),
            (OfficialDuty.BOTH, "Some on duty, some off duty"),
            (OfficialDuty.NOT_SURE, "Not sure"),
        ],
        error_required="Select whether the officials were on or off duty",
    )
    officials_in_uniform = RadiosField(
        label="Were they in uniform, or carrying official weapons or badges?",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the officials were in uniform",
    )
    access_through_position = RadiosField(
        label="Did they find or reach the client through their job?",
        help_text=(
            "For example, using police records, a checkpoint, an arrest or a police station."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the officials reached the client through their job",
    )
    threatened_official_retaliation = RadiosField(
        label="Did they threaten to use their position against the client?",
        help_text="For example, arrest or charges if the client reported them.",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the officials threatened to use their position",
    )


class OfficialsForm(StepForm):
    page_hint = (
        "The Convention Against Torture covers harm by others when officials know of it and "
        "fail to stop it (acquiescence)."
    )

    officials_aware = RadiosField(
        label="Did officials know about the harm before it happened, or look the other way?",
        help_text=(
            "What counts is what they knew before it happened. If the police only ignored a "
            "report afterwards, say so on the page about what the police did."
        ),
        choices=[
            (OfficialsAware.KNEW_BEFOREHAND, "Yes, they knew beforehand"),
            (OfficialsAware.LOOKED_AWAY, "Yes, they looked the other way"),
            (OfficialsAware.NOT_AWARE, "No"),
            (OfficialsAware.NOT_SURE, "Not sure"),
        ],
        error_required="Select whether officials knew about the harm",
    )
    officials_protect_group = RadiosField(
        label="Do officials work with, or protect, the people who harmed the client?",
        help_text="For example, police paid by a cartel.",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether officials work with or protect the attackers",
    )
    reported_to_police = RadiosField(
        label="Did the client report the harm to the police?",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client reported the harm",
    )

    def __init__(self, *args, about_others=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not about_others:
            # Only officials did the harm: there is no one else's harm for them to allow.
            del self.fields["officials_aware"]
            del self.fields["officials_protect_group"]


class NotReportedForm(StepForm):
    not_reported_reason = RadiosField(
        label="Why did the client not report the harm to the police?",
        help_text=(
            "The client does not have to have reported it if reporting would have been "
            "useless or dangerous (Bringas-Rodriguez v. Sessions)."
        ),
        choices=[
            (NotReportedReason.FUTILE, "It would have been useless (the police would do nothing)"),
            (NotReportedReason.DANGEROUS, "It would have been dangerous"),
            (NotReportedReason.OTHER, "Another reason"),
            (NotReportedReason.NOT_SURE, "Not sure"),
        ],
        error_required="Select why the client did not report the harm, or Not sure",
    )


class PoliceResponseForm(StepForm):
    police_response = RadiosField(
        label="What did the police do after the client reported it?",
        choices=[
            (PoliceResponse.DID_NOTHING, "Nothing"),
            (PoliceResponse.REFUSED_TO_HELP, "Refused to help"),
            (PoliceResponse.TRIED_BUT_FAILED, "Tried, but could not stop it"),
            (
                PoliceResponse.ATTACKERS_WERE_COLLEAGUES,
                "Dropped it because the attackers were their colleagues",
            ),
            (PoliceResponse.PROTECTED_CLIENT, "Acted to protect the client"),
            (PoliceResponse.NOT_SURE, "Not sure"),
        ],
        error_required="Select what the police did",
    )


# ---------------------------------------------------------------------------
# 5. Why the client was harmed
# ---------------------------------------------------------------------------

PROTECTED_CHOICES = [
    (Motive.POLITICAL_OPINION, "The client's political opinion, expressed or assumed"),
    (Motive.RELIGION, "Religion"),
    (Motive.RACE, "Race"),
    (Motive.NATIONALITY, "Nationality"),
    (Motive.SOCIAL_GROUP, "Membership in a particular social group"),
]
PROTECTED_LABELS = dict(PROTECTED_CHOICES)


class MotivesForm(StepForm):
    # A description typed before "A particular social group" was unticked is not kept.
    asked_when = {"social_group_description": ("motives", {Motive.SOCIAL_GROUP})}

    motives = CheckboxesField(
        label="Why was the client harmed or threatened?",
        help_text=(
            "Select every reason that applies. Race, religion, nationality, a particular "
            "social group and political opinion are the 'protected grounds' for asylum and "
            "withholding of removal. Whether a group counts as a 'particular social group' "
            "is a legal question for the lawyer."
        ),
        choices=[
            (Motive.MONEY, "Money (extortion or robbery)"),
            *PROTECTED_CHOICES,
            (Motive.PERSONAL_DISPUTE, "A personal dispute"),
            (Motive.RECRUITMENT, "To make the client join them (forced recruitment)"),
            (Motive.GENERAL_CRIME, "General crime or violence"),
            (Motive.UNKNOWN, "Not known"),
        ],
        error_required="Select why the client was harmed, or Not known",
    )
    social_group_description = TextField(
        label="If a particular social group: what is the group? (optional)",
        help_text=(
            "In your words, for example 'women in the client's family who refused to marry'. "
            "Whether it counts is a legal question for the lawyer."
        ),
        max_length=300,
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        motives = set(cleaned.get("motives") or [])
        if Motive.SOCIAL_GROUP in motives and not cleaned.get("social_group_description"):
            self.add_error(
                "social_group_description",
                "Describe the particular social group, or untick it above",
            )
        return cleaned


class GroundDetailForm(RowForm):
    """The questions about one protected reason. The row's reason is set by the page (a
    hidden field), so the answers travel with their reason."""

    ground = RadiosField(
        label="Which reason?",
        choices=PROTECTED_CHOICES,
        widget=forms.HiddenInput,
        error_required="Go back and select why the client was harmed",
    )

    @property
    def row_title(self) -> str:
        return PROTECTED_LABELS.get(self["ground"].value(), "")

    ground_known = RadiosField(
        label="Did the people who harmed the client know of it, or think it applied to them?",
        help_text=(
            "What counts is the attackers' motive. If they did not know or care, the harm "
            "was not because of it."
        ),
        choices=[
            (GroundKnown.KNEW, "Yes, they knew"),
            (GroundKnown.ATTRIBUTED, "Yes, they assumed it (even if wrongly)"),
            (GroundKnown.DID_NOT_KNOW, "No, they did not know"),
            (GroundKnown.NOT_SURE, "Not sure"),
        ],
        error_required="Select whether the attackers knew of this reason",
    )
    ground_evidence = CheckboxesField(
        label="What shows it was part of their motive?",
        help_text="Select all that apply.",
        choices=[
            (MotiveEvidence.WHAT_THEY_SAID, "What they said"),
            (MotiveEvidence.HARM_WORSENED, "The harm got worse after they learned of it"),
            (MotiveEvidence.OTHER_EVIDENCE, "Other evidence"),
            (MotiveEvidence.NONE, "Nothing yet"),
            (MotiveEvidence.NOT_SURE, "Not sure"),
        ],
        error_required="Select what shows their motive, or Nothing yet",
    )
    harmed_others_without_ground = RadiosField(
        label="Did the same people harm others who do not share it?",
        help_text="For example, everyone in the area who would not pay.",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether they harmed others who do not share it",
    )
    would_have_harmed_anyway = RadiosField(
        label="Would they have harmed the client anyway, without it?",
        help_text=(
            "For example, for money alone. If so, it may still be 'a reason' (enough for "
            "withholding in the Ninth and Sixth Circuits), but not a central one."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether they would have harmed the client anyway",
    )
    lawyer_ground_role = RadiosField(
        label="Has a lawyer assessed how big a part it played?",
        help_text="A lawyer's view replaces what the screening works out from the answers.",
        choices=[
            (LawyerRole.CENTRAL, "Yes: a central reason"),
            (LawyerRole.ONE_REASON, "Yes: one reason, but not a central one"),
            (LawyerRole.NO_PART, "Yes: no part at all"),
            (LawyerRole.NOT_REVIEWED, "Not assessed yet"),
        ],
        error_required="Select what a lawyer found, or Not assessed yet",
    )

    def clean(self):
        cleaned = super().clean()
        _exclusive(
            self,
            "ground_evidence",
            {MotiveEvidence.NONE, MotiveEvidence.NOT_SURE},
            'Select "Nothing yet" or "Not sure" on its own, or untick it and select what '
            "shows their motive",
        )
        return cleaned


class GroundDetailFormSet(row_formset(GroundDetailForm, row_noun="reason", keyed_by="ground")):
    """One row for each protected reason ticked on the "why" page (``keys``), in that page's
    order. To change the reasons, staff change the "why" page."""

    page_hint = "Answer these questions for each protected reason you selected."


# ---------------------------------------------------------------------------
# 6. Future risk
# ---------------------------------------------------------------------------


class FutureRiskForm(StepForm):
    page_hint = "The risk the client would face if sent back."

    future_risk_source = RadiosField(
        label="Who would harm the client if they were sent back?",
        choices=[
            (FutureSource.SAME_PEOPLE, "The same people as before"),
            (FutureSource.OTHERS, "Other people"),
            (FutureSource.BOTH, "Both"),
            (FutureSource.NONE_IDENTIFIED, "No one in particular"),
            (FutureSource.NOT_SURE, "Not sure"),
        ],
        error_required="Select who would harm the client, or Not sure",
    )
    conditions_changed = RadiosField(
        label="Has anything changed since the harm that would protect the client now?",
        help_text=(
            "For example, a new government, or the people who did it were prosecuted. A "
            "fundamental change can defeat a claim based on past harm."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether anything has changed since the harm, or Not sure",
    )
    threats_to_find_anywhere = RadiosField(
        label="Has anyone threatened to find the client anywhere in the country?",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether anyone threatened to find the client anywhere",
    )
    client_marked = RadiosField(
        label="Is the client marked or easy to recognise?",
        help_text="For example, a scar the attackers made, tattoos, or being well known.",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client is marked or easy to recognise",
    )


class RelocationForm(StepForm):
    page_hint = "Moving elsewhere in the country is one thing the judge weighs."

    safe_area = RadiosField(
        label="Is there any part of the country where the client would be safe?",
        help_text=(
            "The client does not have to prove that moving is impossible, but the judge "
            "considers it (8 C.F.R. § 1208.16(c)(3))."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether any part of the country would be safe",
    )
    safe_area_reason = LongTextField(
        label="Why, or why not? (optional)",
        help_text="Kept on the record for the lawyer. The screening does not read it.",
        max_length=2000,
        required=False,
    )


COUNTRY_ALONE = {CountryCondition.NONE_KNOWN, CountryCondition.NOT_SURE}


class CountryConditionsForm(StepForm):
    country_conditions = CheckboxesField(
        label="What do reports say about the country?",
        help_text=(
            "Select all that apply. For example, the U.S. State Department's human rights "
            "report on the country."
        ),
        choices=[
            (CountryCondition.OFFICIAL_CORRUPTION, "Officials are corrupt"),
            (CountryCondition.COLLUSION, "Officials work with criminal groups"),
            (
                CountryCondition.HUMAN_RIGHTS_VIOLATIONS,
                "Flagrant human rights violations (for example, torture by police)",
            ),
            (CountryCondition.NONE_KNOWN, "None of these"),
            (CountryCondition.NOT_SURE, "Not sure"),
        ],
        error_required="Select what reports say about the country, or Not sure",
    )

    def clean(self):
        cleaned = super().clean()
        _exclusive(
            self,
            "country_conditions",
            COUNTRY_ALONE,
            'Select "None of these" or "Not sure" on its own, or untick it and select what '
            "the reports say",
        )
        return cleaned

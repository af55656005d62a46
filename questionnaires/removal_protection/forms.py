"""Question pages for protection from removal: one topic per page, in the staff member's
words, with the legal term in the hint. Every choice list has an honest "Not sure"."""

from django import forms

from questionnaires.framework.forms import (
    YES_NO_NOT_SURE,
    CheckboxesField,
    LongTextField,
    RadiosField,
    RowForm,
    StepForm,
    TextField,
    row_formset,
)

from .rules import (
    Circuit,
    CountryCondition,
    FutureSource,
    GroundKnown,
    GroundRole,
    Harmer,
    HarmKind,
    Motive,
    MotiveEvidence,
    OfficialDuty,
    OfficialsAware,
    PoliceResponse,
    Proceeding,
)

NOT_SURE = "not_sure"


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
            (Circuit.NINTH, "Ninth Circuit (for example, California, Arizona, Washington)"),
            (Circuit.SIXTH, "Sixth Circuit (Kentucky, Michigan, Ohio, Tennessee)"),
            (Circuit.OTHER, "Another circuit"),
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
            "the client cannot get asylum (8 U.S.C. § 1231(a)(5))."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client was removed before and came back",
    )


# ---------------------------------------------------------------------------
# 2. Criminal history
# ---------------------------------------------------------------------------


class ConvictionsForm(StepForm):
    page_hint = "Some convictions bar withholding of removal."

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
    aggravated_felony_5_years = RadiosField(
        label=(
            "Was any conviction an aggravated felony, with prison sentences adding up to five "
            "years or more?"
        ),
        help_text=(
            "An aggravated felony is an offence on the immigration law's list of serious "
            "crimes. With five years or more in total, it is a 'particularly serious crime' "
            "that bars withholding of removal (8 U.S.C. § 1231(b)(3)(B)). If you are not "
            "sure, say so: a lawyer will check."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether any conviction was an aggravated felony of five years",
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
        help_text="Torture is inflicted intentionally, not by accident.",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the harm was done on purpose",
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
    official_duty = RadiosField(
        label="Were the officials on duty or off duty when they harmed the client?",
        help_text=(
            "For example, in uniform and working, or in their own time. In the Ninth Circuit "
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


class OfficialsForm(StepForm):
    page_hint = (
        "The Convention Against Torture covers harm by others when officials know of it and "
        "fail to stop it (acquiescence)."
    )

    officials_aware = RadiosField(
        label="Did officials know about the harm before it happened, or look the other way?",
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
            (Motive.GENERAL_CRIME, "General crime or violence"),
            (Motive.UNKNOWN, "Not known"),
        ],
        error_required="Select why the client was harmed, or Not known",
    )


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
    ground_role = RadiosField(
        label="How big a part did it play?",
        help_text=(
            "For asylum it must be at least one central reason; for withholding in the Ninth "
            "and Sixth Circuits, one reason is enough."
        ),
        choices=[
            (GroundRole.CENTRAL, "The main reason, or a central one"),
            (GroundRole.ONE_REASON, "One reason among others, but not a central one"),
            (GroundRole.NO_PART, "No part at all"),
            (GroundRole.NOT_SURE, "Not sure"),
        ],
        error_required="Select how big a part this reason played",
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

"""Question pages for IRS records requests: one question per page, in the staff member's
words, with the legal term in the hint."""

from datetime import date

from django import forms

from questionnaires.framework.forms import (
    YES_NO_NOT_SURE,
    CheckboxesField,
    MemorableDateField,
    RadiosField,
    RowForm,
    StepForm,
    refused_as_future,
    row_formset,
)
from questionnaires.framework.wording import us_long_date

from .rules import (
    AppealStatus,
    AuthorizationForm,
    CollectionRight,
    Description,
    Exemption,
    IrsAction,
    Item,
    MatterStatus,
    Path,
    RecordKind,
    RecordsOwner,
    RefusalReason,
    RequestBasis,
    Requester,
    RequestPart,
    SentTo,
    SignedBy,
)

#: "None of these": a checkbox that must stand alone.
NONE = "none"


def as_date(value) -> date | None:
    """An earlier answer's date, whether the wizard hands it over as a date or as ISO text."""
    if isinstance(value, date) or value is None:
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _exclusive_none(form: StepForm, field: str, message: str) -> None:
    """ "None of these" cannot be ticked with anything else."""
    values = form.cleaned_data.get(field) or []
    if NONE in values and len(values) > 1:
        form.add_error(field, message)


class PathForm(StepForm):
    path = RadiosField(
        label="What do you need help with?",
        choices=[
            (Path.PREPARE_REQUEST, "Preparing a request for the client's IRS records"),
            (Path.REVIEW_RESPONSE, "Reviewing the IRS's answer to a records request"),
            (Path.NO_ANSWER, "Following up a records request the IRS has not answered"),
        ],
        error_required="Select whether you are preparing a request or reviewing an answer",
    )


# ---------------------------------------------------------------------------
# Path 1: preparing a request
# ---------------------------------------------------------------------------


class RecordsWantedForm(StepForm):
    records_wanted = CheckboxesField(
        label="Which records do you want?",
        help_text="Select all that apply.",
        choices=[
            (RecordKind.RETURNS_TRANSCRIPTS, "Copies of tax returns or transcripts"),
            (RecordKind.EXAM_COLLECTION_FILE, "An examination (audit) or collection file"),
            (RecordKind.WORKPAPERS, "The examiner's workpapers"),
            (RecordKind.IRS_EMAILS, "IRS e-mails"),
            (RecordKind.ANOTHER_TAXPAYER, "Records about another taxpayer"),
            (RecordKind.OTHER, "Other records"),
        ],
        error_required="Select the records you want",
    )


class RecordsOwnerForm(StepForm):
    records_owner = RadiosField(
        label="Whose records are they?",
        help_text=(
            "Tax records are confidential: the IRS gives them only to the taxpayer or to "
            "someone the taxpayer has authorized (I.R.C. § 6103)."
        ),
        choices=[
            (RecordsOwner.CLIENT, "The client's own (as an individual)"),
            (RecordsOwner.CLIENT_BUSINESS, "The client's business"),
            (
                RecordsOwner.ESTATE_OR_WARD,
                "A person who has died or cannot manage their affairs, for whom the client is "
                "executor, administrator, trustee or guardian",
            ),
            (RecordsOwner.ANOTHER_PERSON, "Another person's"),
            (RecordsOwner.NOT_SURE, "Not sure"),
        ],
        error_required="Select whose records they are",
    )


class RequesterForm(StepForm):
    requester = RadiosField(
        label="Who will sign and send the request?",
        choices=[
            (Requester.CLIENT, "The client"),
            (Requester.CLINIC, "The clinic, for the client"),
            (Requester.NOT_SURE, "Not sure"),
        ],
        error_required="Select who will sign and send the request",
    )


class AuthorizationFormForm(StepForm):
    authorization_form = RadiosField(
        label="Is there a signed authorization on file from the person whose records these are?",
        help_text=(
            "It must name whoever sends the request. Form 2848 (power of attorney) names a "
            "representative who may act for the taxpayer before the IRS. Form 8821 (tax "
            "information authorization) lets the IRS give information to the person named, "
            "but does not let them act for the taxpayer."
        ),
        choices=[
            (AuthorizationForm.FORM_2848, "Yes, Form 2848"),
            (AuthorizationForm.FORM_8821, "Yes, Form 8821"),
            (AuthorizationForm.NONE, "No"),
            (AuthorizationForm.NOT_SURE, "Not sure"),
        ],
        error_required="Select whether a signed authorization is on file",
    )


class AuthorizationCoversForm(StepForm):
    authorization_covers = RadiosField(
        label="Does the authorization cover the tax matters and years you are asking about?",
        help_text=(
            "Check the kinds of tax, form numbers and years or periods listed on it. It must "
            "also name whoever sends the request, as the representative on a Form 2848 or the "
            "designee on a Form 8821: if the client sends a request for another person's "
            "records, it must name the client. For a business's records, it must name the "
            "business as the taxpayer and be signed for the business."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the authorization covers these matters and years",
    )


class Form8821SignedForm(StepForm):
    form_8821_signed = MemorableDateField(
        label="When was the Form 8821 signed and dated? (optional)",
        help_text=(
            "By the client, or by the person whose records these are. The IRS acts on a Form "
            "8821 only if it receives it within 120 days after that date. Leave blank if you "
            "do not know. For example, 3 27 2025"
        ),
        error_required="Enter the date the client signed the Form 8821",
        month_first=True,
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        refused_as_future(
            self,
            "form_8821_signed",
            "The date the client signed the Form 8821 must be today or in the past: check "
            "the date next to the client's signature",
        )
        return cleaned


class ThirdPartyConsentForm(StepForm):
    third_party_consent = RadiosField(
        label="Has the other taxpayer signed a consent for their records to be given to you?",
        help_text=(
            "For example, a Form 8821 signed by that person. Without it the IRS must refuse "
            "that part of the request."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the other taxpayer has signed a consent",
    )


class ThirdPartyConsentCoversForm(StepForm):
    third_party_consent_covers = RadiosField(
        label="Does the other taxpayer's consent name whoever sends the request, and cover the "
        "records and years you are asking about?",
        help_text=(
            "The IRS acts only on a signed consent that names the person to receive the "
            "information (the client or the clinic), the kind of information and the tax "
            "years (26 C.F.R. § 301.6103(c)-1(b)(1)). If you do not answer, the result treats "
            "it as not known."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the consent names the sender and covers these records "
        "and years",
        required=False,
    )


class ThirdPartyConsentSignedForm(StepForm):
    third_party_consent_signed = MemorableDateField(
        label="When did the other taxpayer sign and date their consent? (optional)",
        help_text=(
            "The IRS acts on the consent only if it receives it within 120 days after that "
            "date. Leave blank if you do not know. For example, 3 27 2025"
        ),
        error_required="Enter the date the other taxpayer signed the consent",
        month_first=True,
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        refused_as_future(
            self,
            "third_party_consent_signed",
            "The date the other taxpayer signed the consent must be today or in the past: "
            "check the date next to their signature",
        )
        return cleaned


class JointReturnRecordsForm(StepForm):
    joint_return_records = RadiosField(
        label="Are the records about the other taxpayer about a joint return the client filed "
        "with them?",
        help_text=(
            "For example, the examination of a joint return filed with a former spouse. A "
            "joint return is open to either spouse (I.R.C. § 6103(e)(1)(B)), so no consent "
            "is needed for it. If you do not answer, the result treats them as not about a "
            "joint return, and says what to do if they are."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the records are about a joint return the client filed",
        required=False,
    )


class JointCollectionOnlyForm(StepForm):
    joint_collection_only = RadiosField(
        label="Is the other taxpayer a spouse on a joint return whom the client has divorced "
        "or no longer lives with, and does the client want only to know what the IRS did to "
        "collect the joint tax debt from them?",
        help_text=(
            "Then the IRS must tell the client, on written request, whether it tried to "
            "collect the joint debt from the other spouse, how, and how much it collected, "
            "without that spouse's consent (I.R.C. § 6103(e)(8)). Answer No if they are still "
            "married and live together."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client wants only to know about collecting a joint "
        "tax debt from a spouse or former spouse",
    )


class JointDeficiencyForm(StepForm):
    joint_deficiency_collectible = RadiosField(
        label="Did the IRS assess extra tax (a deficiency) on the joint return, and can it "
        "still collect it?",
        help_text=(
            "The right to be told how the IRS collected from the other spouse covers only a "
            "deficiency assessed on the joint return, and not one the IRS can no longer "
            "collect because its time to collect (I.R.C. § 6502) has run out (I.R.C. "
            "§ 6103(e)(8)). If you do not answer, the result treats it as not known."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the IRS assessed a deficiency it can still collect",
        required=False,
    )


class PenaltyOthersOnlyForm(StepForm):
    penalty_others_only = RadiosField(
        label="Was the client found liable for the trust fund recovery penalty, and does the "
        "client want only to know who else was found liable and what the IRS collected from "
        "them?",
        help_text=(
            "Then the IRS must tell the client, on written request, the names of the others it "
            "found liable for the same penalty and whether, how and how much it collected from "
            "them, without their consent (I.R.C. § 6103(e)(9))."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client wants only to know about others liable for "
        "the trust fund recovery penalty",
    )


class RecordsDescriptionForm(StepForm):
    records_description = RadiosField(
        label="How does the request describe the records?",
        help_text=(
            "The law requires a request that reasonably describes the records. The IRS "
            'closes a request that is too broad or vague as "imperfect".'
        ),
        choices=[
            (
                Description.SPECIFIC,
                "Specifically (for example, the examination file for the 2022 income tax year)",
            ),
            (Description.BROAD_OR_VAGUE, 'Broadly or vaguely (for example, "all my records")'),
            (Description.NOT_SURE, "Not sure"),
        ],
        error_required="Select how the request describes the records",
    )


class RequestIncludesForm(StepForm):
    request_includes = CheckboxesField(
        label="What will the request include?",
        help_text=(
            "Select all that apply. The IRS's published FOIA instructions on IRS.gov say what "
            "proof of identity and fee statement it asks for."
        ),
        choices=[
            (RequestPart.SIGNED, "It is in writing and signed"),
            (RequestPart.IDENTITY, "Proof of the requester's identity"),
            (RequestPart.FEES, "A statement about paying fees"),
            (RequestPart.NOT_SURE, "Not sure about the rest"),
            (NONE, "None of these"),
        ],
        error_required='Select what the request will include, or "None of these"',
    )

    def clean(self):
        cleaned = super().clean()
        _exclusive_none(
            self,
            "request_includes",
            'Select "None of these" on its own, or untick it and select what the request '
            "will include",
        )
        return cleaned


class RequestReceivedForm(StepForm):
    request_received = MemorableDateField(
        label="When did (or will) the IRS receive the request?",
        help_text=(
            "The IRS's answer is due 20 working days after it receives the request. If you "
            "do not know yet, give your best estimate. For example, 3 27 2025"
        ),
        error_required="Enter the date the IRS received or will receive the request",
        month_first=True,
    )

    def __init__(self, *args, already_sent: bool = False, **kwargs):
        #: Following up a request the IRS has not answered: it has been received already.
        self.already_sent = already_sent
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if self.already_sent:
            refused_as_future(
                self,
                "request_received",
                "The date the IRS received the request must be today or in the past; if it "
                'has not received it yet, choose "Preparing a request" on the first page',
            )
        return cleaned


class CaseStatusForm(StepForm):
    case_status = RadiosField(
        label="Is the examination, collection or criminal matter these records are about "
        "still open?",
        help_text=(
            "For example, whether the audit has ended. It decides what the IRS may hold "
            "back: while a matter is open, records whose release could interfere with it "
            "(exemption (b)(7)(A)) or seriously impair tax administration (I.R.C. "
            "§ 6103(e)(7)). If you do not answer, the result explains both cases."
        ),
        choices=[
            (MatterStatus.OPEN, "Still open"),
            (MatterStatus.CLOSED, "Closed"),
            (MatterStatus.NOT_KNOWN, "Not sure"),
        ],
        error_required="Select whether the matter is still open, or Not sure",
        required=False,
    )


# ---------------------------------------------------------------------------
# Path 2: reviewing the IRS's answer
# ---------------------------------------------------------------------------

ITEM_CHOICES = [
    (Item.OWN_RETURN, "The client's own filed return or amended return"),
    (Item.REQUESTER_INFO, "Information about the client or the client's business"),
    (Item.EXAM_WORKPAPERS, "Examination workpapers"),
    (Item.IRS_EMAILS, "IRS e-mails"),
    (Item.OUTSIDE_SERVICES_INFO, "Information about the client from outside information services"),
    (Item.ASSET_LOCATOR_THIRD_PARTY, "Information about other people from asset locator records"),
    (Item.DIF_SCORE_WORDS, 'The words "DIF score"'),
    (Item.DIF_DAS_REASON_CODE, "The DIF/DAS reason code"),
    (Item.DIF_SCORE_OR_FORMULA, "The DIF score itself or its formula"),
    (Item.FORM_CODE, "The form code"),
    (Item.OTHER_TAXPAYER_RETURN, "Another taxpayer's return or tax information"),
    (Item.OTHER_PEOPLE_INFO, "Names or details of other people, such as witnesses or employees"),
    (Item.CONFIDENTIAL_SOURCE, "The identity of a confidential source"),
    (Item.OTHER, "Something else"),
    (NONE, "None of these"),
]

#: Staff may not know what is behind a blacked-out page, so what was withheld has an honest
#: "Not sure"; what was released is on the pages in front of them.
WITHHELD_ITEM_CHOICES = [
    *ITEM_CHOICES[:-1],
    (Item.NOT_SURE, "Not sure what was withheld"),
    ITEM_CHOICES[-1],
]

ITEM_HINT = (
    "Select all that apply. DIF (Discriminant Index Function) information is the IRS's "
    "computer scoring of returns for audit: the score, its formula, the form code (which "
    "formula was used) and the DIF/DAS reason code (why there is a DIF record)."
)


class LetterDateForm(StepForm):
    page_hint = "The dates on the IRS's letter."

    letter_date = MemorableDateField(
        label="What is the date on the IRS's letter?",
        help_text="The appeal period runs from this date. For example, 3 27 2025",
        error_required="Enter the date on the IRS's letter",
        month_first=True,
    )
    letter_appeal_deadline = MemorableDateField(
        label="If the letter gives a date by which to appeal, what is it? (optional)",
        help_text=(
            "The law gives at least 90 days after the letter; the letter may give a later "
            "date. Leave blank if it gives none. For example, 6 25 2025"
        ),
        error_required="Enter the appeal date the letter gives",
        month_first=True,
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        letter = cleaned.get("letter_date")
        deadline = cleaned.get("letter_appeal_deadline")
        refused_as_future(
            self,
            "letter_date",
            "The date on the letter must be today or in the past: check the date on the "
            "IRS's letter",
        )
        if letter and deadline and deadline <= letter:
            self.add_error(
                "letter_appeal_deadline",
                f"The appeal date must be after the letter's date ({us_long_date(letter)}): "
                "check both dates on the letter, or leave the appeal date blank",
            )
        return cleaned


class MatterStatusForm(StepForm):
    matter_status = RadiosField(
        label="Is the examination, collection or criminal matter the records are about still "
        "open?",
        help_text=(
            "For example, whether the audit has ended. While a matter is open the IRS may hold "
            "back records whose release could interfere with it (exemption (b)(7)(A)) or "
            "seriously impair tax administration (I.R.C. § 6103(e)(7))."
        ),
        choices=[
            (MatterStatus.OPEN, "Still open"),
            (MatterStatus.CLOSED, "Closed"),
            (MatterStatus.NOT_KNOWN, "Not known"),
        ],
        error_required="Select whether the matter is still open, or Not known",
    )


class RequestSignedByForm(StepForm):
    request_signed_by = RadiosField(
        label="Who signed the request the IRS answered?",
        help_text=(
            "Without the client's signed authorization (Form 2848 or Form 8821) covering the "
            "matters and years asked about, the IRS may not give the client's tax information "
            "to anyone else. If you do not answer, the result treats it as not known, like "
            "Not sure."
        ),
        choices=[
            (SignedBy.CLIENT, "The client"),
            (SignedBy.CLINIC_AUTHORIZED, "The clinic, with a covering Form 2848 or 8821"),
            (SignedBy.CLINIC_NOT_AUTHORIZED, "The clinic, without a covering authorization"),
            (SignedBy.NOT_SURE, "Not sure"),
        ],
        error_required="Select who signed the request",
        required=False,
    )


class OtherTaxpayerConsentGivenForm(StepForm):
    other_taxpayer_consent_given = RadiosField(
        label="Did the request come with the other taxpayer's signed consent, or was it about a "
        "joint return the client filed with them?",
        help_text=(
            "The IRS may give another taxpayer's return to the person that taxpayer names in a "
            "signed consent (I.R.C. § 6103(c)), and a joint return is open to either spouse "
            "(§ 6103(e)(1)(B)). Without either, it must withhold it. If you do not answer, the "
            "result treats it as not known."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the request came with the other taxpayer's consent or "
        "was about a joint return",
        required=False,
    )


class OtherTaxpayerCollectionRightForm(StepForm):
    other_taxpayer_collection_right = RadiosField(
        label="Did the request ask what the IRS did to collect from the other person?",
        help_text=(
            "On the client's written request, the IRS must say in writing, without the other "
            "person's consent: for a tax debt assessed on a joint return, once the spouses are "
            "divorced, separated or living apart, whether and how it tried to collect from the "
            "other spouse and how much it collected (I.R.C. § 6103(e)(8)); for the trust fund "
            "recovery penalty, who else it found liable for it and whether, how and how much "
            "it collected from them (§ 6103(e)(9)). If you do not answer, the result treats it "
            "as not known."
        ),
        choices=[
            (
                CollectionRight.JOINT_DEBT,
                "Yes, a joint tax debt with a former or separated spouse",
            ),
            (
                CollectionRight.TRUST_FUND_PENALTY,
                "Yes, the trust fund recovery penalty others were also found liable for",
            ),
            (CollectionRight.NEITHER, "No, neither"),
            (CollectionRight.NOT_SURE, "Not sure"),
        ],
        error_required="Select whether the request asked what the IRS did to collect from the "
        "other person",
        required=False,
    )


class RequestBasisForm(StepForm):
    request_basis = RadiosField(
        label="Which law was the request made under?",
        help_text=(
            "A FOIA request cites the Freedom of Information Act (5 U.S.C. § 552). A § 6103 "
            "request asks for the taxpayer's own return information under I.R.C. § 6103(c) "
            "or (e). FOIA's 90-day appeal right applies to FOIA requests."
        ),
        choices=[
            (RequestBasis.FOIA, "The Freedom of Information Act (FOIA), or both"),
            (RequestBasis.SECTION_6103, "Only I.R.C. § 6103(c) or (e)"),
            (RequestBasis.NOT_SURE, "Not sure"),
        ],
        error_required="Select which law the request was made under",
    )


class IrsActionForm(StepForm):
    irs_action = RadiosField(
        label="What did the IRS do?",
        choices=[
            (IrsAction.RELEASED_ALL, "Released everything asked for"),
            (IrsAction.RELEASED_PART, "Released part and withheld the rest"),
            (IrsAction.DENIED_ALL, "Withheld everything"),
            (IrsAction.NO_RECORDS, "Said no records were found"),
            (IrsAction.IMPERFECT, 'Closed the request as "imperfect" (too broad or unclear)'),
            (IrsAction.NOT_SURE, "Not sure"),
        ],
        error_required="Select what the IRS did",
    )


class ExemptionsCitedForm(StepForm):
    exemptions_cited = CheckboxesField(
        label="Which exemptions does the letter cite?",
        help_text=(
            "Select all that apply. An exemption is a reason the law gives for withholding "
            'records, written like "(b)(7)(E)". Look in the letter and on the released pages.'
        ),
        choices=[
            (Exemption.B3_6103, "(b)(3), with I.R.C. § 6103"),
            (Exemption.B5, "(b)(5)"),
            (Exemption.B6, "(b)(6)"),
            (Exemption.B7_NO_LETTER, "(b)(7), without a letter (A) to (F)"),
            (Exemption.B7A, "(b)(7)(A)"),
            (Exemption.B7B, "(b)(7)(B)"),
            (Exemption.B7C, "(b)(7)(C)"),
            (Exemption.B7D, "(b)(7)(D)"),
            (Exemption.B7E, "(b)(7)(E)"),
            (Exemption.B7F, "(b)(7)(F)"),
            (Exemption.OTHER, "Another exemption"),
            (Exemption.NOT_SURE, "Not sure"),
        ],
        error_required='Select the exemptions the letter cites, or "Not sure"',
    )


class ItemsWithheldForm(StepForm):
    items_withheld = CheckboxesField(
        label="What did the IRS withhold or black out?",
        help_text=ITEM_HINT,
        choices=WITHHELD_ITEM_CHOICES,
        error_required='Select what the IRS withheld, or "None of these"',
    )

    def clean(self):
        cleaned = super().clean()
        _exclusive_none(
            self,
            "items_withheld",
            'Select "None of these" on its own, or untick it and select what was withheld',
        )
        return cleaned


class ItemsReleasedForm(StepForm):
    items_released = CheckboxesField(
        label="What did the IRS release?",
        help_text=ITEM_HINT,
        choices=ITEM_CHOICES,
        error_required='Select what the IRS released, or "None of these"',
    )

    def clean(self):
        cleaned = super().clean()
        _exclusive_none(
            self,
            "items_released",
            'Select "None of these" on its own, or untick it and select what was released',
        )
        return cleaned


class InconsistentRedactionsForm(StepForm):
    inconsistent_redactions = RadiosField(
        label="Was the same kind of information blacked out in one place but shown in another?",
        help_text="A redaction is a part of a page the IRS blacked out.",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the same information was treated differently",
    )


class RefusalReasonForm(StepForm):
    refusal_reason = RadiosField(
        label="What reason did the IRS give for refusing the request?",
        help_text=(
            "The reason is in the IRS's letter. A request under I.R.C. § 6103(c) or (e) asks "
            "for the taxpayer's own return information, by the taxpayer or someone the "
            "taxpayer has authorized."
        ),
        choices=[
            (RefusalReason.NO_AUTHORIZATION, "No valid authorization (such as Form 2848)"),
            (RefusalReason.MISSING_DETAILS, "The request was missing required details"),
            (RefusalReason.NO_RECORDS, "No records were found"),
            (RefusalReason.OTHER, "Another reason"),
            (RefusalReason.NOT_SURE, "Not sure"),
        ],
        error_required="Select the reason the IRS gave",
    )


class RecordsShownToExistForm(StepForm):
    records_shown_to_exist = RadiosField(
        label="Does the client have papers showing the records exist?",
        help_text=(
            "For example, the examiner's report, a 30-day letter, or letters from the officer "
            "handling the case."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the client has papers showing the records exist",
    )


class IrsTriedContactForm(StepForm):
    irs_tried_contact = RadiosField(
        label="Did the IRS try to contact the requester about what was missing before closing "
        "the request?",
        help_text="For example, a phone call or a letter asking for the missing details.",
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the IRS tried to contact the requester",
    )


EXEMPTION_CHOICES = [
    choice
    for choice in ExemptionsCitedForm.base_fields["exemptions_cited"].choices
    if choice[0] != Exemption.NOT_SURE
] + [(Exemption.NOT_SURE, "Not sure, or none marked")]
ITEM_NAMES = dict(WITHHELD_ITEM_CHOICES)


class ItemExemptionForm(RowForm):
    """The exemption marked on one withheld item. The row's item is set by the page (a
    hidden field), so the answer travels with its item."""

    item = RadiosField(
        label="Which item?",
        choices=WITHHELD_ITEM_CHOICES,
        widget=forms.HiddenInput,
        error_required="Go back and select what the IRS withheld",
    )
    item_exemption = RadiosField(
        label="Which exemption is marked on it?",
        help_text="Look beside the blacked-out part, or in the letter.",
        choices=EXEMPTION_CHOICES,
        error_required='Select the exemption marked on this item, or "Not sure, or none marked"',
    )

    @property
    def row_title(self) -> str:
        return ITEM_NAMES.get(self["item"].value(), "")


class ItemExemptionFormSet(row_formset(ItemExemptionForm, row_noun="item", keyed_by="item")):
    """One row for each item ticked on the "What was withheld" page, in that page's order. To
    change the items, staff change that page."""

    page_hint = "For each item the IRS withheld, the exemption it marked on it."


class ExtensionNoticeForm(StepForm):
    page_hint = "Whether the IRS gave itself more time, and when."

    extension_notice = RadiosField(
        label="Has the IRS sent a written notice giving itself more time?",
        help_text=(
            'FOIA lets the IRS take up to 10 more working days in "unusual circumstances", '
            "but only by a written notice that says why and when it expects to answer."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the IRS sent a written notice extending its time",
    )
    extension_notice_date = MemorableDateField(
        label="If so, what is the date on the notice? (optional)",
        help_text=(
            "A notice sent after the 20 working days ran out arguably gives the IRS no more "
            "time. For example, 3 27 2025"
        ),
        error_required="Enter the date on the IRS's notice",
        month_first=True,
        required=False,
    )

    def __init__(self, *args, request_received=None, **kwargs):
        self.request_received = as_date(request_received)
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        dated = cleaned.get("extension_notice_date")
        if refused_as_future(
            self, "extension_notice_date", "The date on the notice must be today or in the past"
        ):
            return cleaned
        if dated and self.request_received and dated < self.request_received:
            self.add_error(
                "extension_notice_date",
                "The notice cannot be dated before the IRS received the request "
                f"({us_long_date(self.request_received)}): check both dates",
            )
        elif dated and cleaned.get("extension_notice") in ("no", "not_sure"):
            self.add_error(
                "extension_notice_date",
                'Give the notice\'s date only if you answered "Yes": leave it blank, or '
                'choose "Yes"',
            )
        return cleaned


class SentToForm(StepForm):
    sent_to = RadiosField(
        label="Where was the request sent?",
        help_text=(
            "The IRS's 20 working days start when its FOIA (Disclosure) office receives the "
            "request, and no later than 10 days after an office designated to receive "
            "requests does. If you do not answer, the result counts from the date you gave."
        ),
        choices=[
            (SentTo.FOIA_OFFICE, "To the IRS's FOIA (Disclosure) office, as its instructions say"),
            (SentTo.OTHER_OFFICE, "To another IRS office or employee, such as the examiner"),
            (SentTo.NOT_SURE, "Not sure"),
        ],
        error_required="Select where the request was sent",
        required=False,
    )


class ClockPausedForm(StepForm):
    clock_paused = RadiosField(
        label="Has the IRS written to ask for information it needed, or about fees, before "
        "answering?",
        help_text=(
            "FOIA lets the IRS stop its 20-working-day clock once to ask for information it "
            "needs, and as often as needed to clarify fees, until it receives the reply; a "
            "letter sent after the 20 working days ran out does not stop it. If you do not "
            "answer, the result counts no pause and reminds you to check."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the IRS wrote to ask for information or about fees",
        required=False,
    )


class PauseDatesForm(StepForm):
    page_hint = "The dates of the IRS's letter asking for information or about fees."

    pause_asked = MemorableDateField(
        label="What is the date of the IRS's letter asking for information or about fees?",
        help_text=("If it wrote more than once, give its first letter. For example, 3 27 2025"),
        error_required="Enter the date of the IRS's letter asking for information or about fees",
        month_first=True,
    )
    pause_reply_received = MemorableDateField(
        label="When did the IRS receive the reply? (optional)",
        help_text=(
            "The clock starts again when the IRS receives the reply. Leave blank if the IRS "
            "has not received a reply yet. For example, 4 14 2025"
        ),
        error_required="Enter the date the IRS received the reply",
        month_first=True,
        required=False,
    )

    def __init__(self, *args, request_received=None, **kwargs):
        self.request_received = as_date(request_received)
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        asked = cleaned.get("pause_asked")
        replied = cleaned.get("pause_reply_received")
        asked_in_future = refused_as_future(
            self, "pause_asked", "The date of the IRS's letter must be today or in the past"
        )
        if (
            not asked_in_future
            and asked
            and self.request_received
            and asked < (self.request_received)
        ):
            self.add_error(
                "pause_asked",
                "The IRS cannot have written about the request before it received it "
                f"({us_long_date(self.request_received)}): check both dates",
            )
        replied_in_future = refused_as_future(
            self,
            "pause_reply_received",
            "The date the IRS received the reply must be today or in the past; leave it "
            "blank if the IRS has not received it yet",
        )
        if not replied_in_future and replied and asked and replied < asked:
            self.add_error(
                "pause_reply_received",
                f"The reply cannot have arrived before the IRS's letter ({us_long_date(asked)}): "
                "check both dates",
            )
        return cleaned


class AppealStatusForm(StepForm):
    appeal_status = RadiosField(
        label="Has an appeal of this letter been sent?",
        choices=[
            (AppealStatus.NOT_YET, "Not yet"),
            (AppealStatus.WAITING, "Yes, and there is no decision yet"),
            (AppealStatus.UPHELD, "Yes, and the IRS kept some or all of the withholding"),
            (AppealStatus.NOT_SURE, "Not sure"),
        ],
        error_required="Select whether an appeal has been sent",
    )


class AppealExtensionNoticeForm(StepForm):
    appeal_extension_notice = RadiosField(
        label="Has the IRS sent a written notice giving itself more time to decide the appeal?",
        help_text=(
            'FOIA lets the IRS take up to 10 more working days in "unusual circumstances", '
            "but only by a written notice that says why and when it expects to decide."
        ),
        choices=YES_NO_NOT_SURE,
        error_required="Select whether the IRS sent a written notice extending its time",
    )


class AppealReceivedForm(StepForm):
    appeal_received = MemorableDateField(
        label="When did the IRS receive the appeal?",
        help_text=(
            "The IRS must decide an appeal within 20 working days of receiving it. For "
            "example, 3 27 2025"
        ),
        error_required="Enter the date the IRS received the appeal",
        month_first=True,
    )

    def __init__(self, *args, letter_date=None, **kwargs):
        self.letter_date = as_date(letter_date)
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        received = cleaned.get("appeal_received")
        if refused_as_future(
            self,
            "appeal_received",
            "The date the IRS received the appeal must be today or in the past",
        ):
            return cleaned
        if received and self.letter_date and received < self.letter_date:
            self.add_error(
                "appeal_received",
                "The appeal cannot have been received before the letter's date "
                f"({us_long_date(self.letter_date)}): check both dates",
            )
        return cleaned

"""Drafted documents for the s 23AG questionnaire, read from the result's public data
(``payments``, ``progression``, ``income_year``, ``ruling_binding``), its findings, next
steps, caveats and sources; never from the rules' internals.

- The advice letter to the client: whether the pay is exempt, payment by payment; the tax on
  the other income "with progression" (CR 2005/54 para 86); what goes in the tax return;
  what records to keep. Offered for every result but ``refer``.
- For ``refer``: the referral note to a registered tax agent or the Tax Office, listing the
  open questions (the findings left unclear) and the documents to get first.
"""

from __future__ import annotations

from decimal import Decimal

from django import forms

from questionnaires.documents.content import (
    BulletList,
    Document,
    Heading,
    Lines,
    NumberedList,
    Paragraph,
    Table,
)
from questionnaires.documents.registry import DocumentType, Draft, register_document
from questionnaires.framework.determination import Status
from questionnaires.framework.forms import LongTextField, TextField
from questionnaires.framework.wording import long_date

SLUG = "foreign-employment-income"
REFER = "refer"
DOCUMENTS_TO_GET = "Documents to get first: "

PAYMENT_STATUS = {True: "Exempt", False: "Not exempt", None: "Needs checking"}

#: Kept whatever the result: each proves a fact the exemption rests on (CR 2005/54 paras
#: 43-86 as the findings cite them).
RECORDS_TO_KEEP = (
    "Your payment summary or income statement, and the pay slips, for every payment in the "
    "table above.",
    "Your deployment or posting orders, with the dates you left Australia and came back.",
    "Your leave and travel records for the time overseas (any absence may matter to the 91 days).",
    "Anything showing foreign tax on the pay, or why there was none.",
)


class LetterDetailsForm(forms.Form):
    client_name = TextField(
        label="The client's name, as the letter should address them",
        max_length=120,
        error_required="Enter the client's name",
    )
    client_address = LongTextField(
        label="The client's postal address",
        help_text="One line per line. Leave empty to send the letter by email.",
        max_length=400,
        required=False,
    )
    signer_name = TextField(
        label="Who signs the letter",
        help_text="The adviser's name; the clinic's signature block follows it.",
        max_length=120,
        error_required="Enter the name of the person who signs the letter",
    )


class ReferralDetailsForm(forms.Form):
    client_name = TextField(
        label="The client's name",
        max_length=120,
        error_required="Enter the client's name",
    )
    referred_to = TextField(
        label="Who the client is referred to",
        help_text="A registered tax agent, or the Australian Taxation Office.",
        max_length=200,
        error_required="Enter who the client is referred to",
    )
    signer_name = TextField(
        label="Who signs the note",
        max_length=120,
        error_required="Enter the name of the person who signs the note",
    )


def advice_called_for(draft: Draft) -> bool:
    return draft.determination.outcome != REFER


def referral_called_for(draft: Draft) -> bool:
    return draft.determination.outcome == REFER


def money(text: str | None) -> str:
    """An amount from the result's data ("19574.67") written out: "$19,574.67"."""
    if text in (None, ""):
        return "not worked out"
    return f"${Decimal(text):,.2f}"


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def _letterhead(draft: Draft) -> list:
    clinic = draft.clinic
    head = [clinic.name, *clinic.address, *filter(None, (clinic.phone, clinic.email))]
    return [Lines(tuple(line for line in head if line))] if any(head) else []


def _sign_off(draft: Draft, closing: str = "Yours sincerely,") -> list:
    return [
        Paragraph(closing),
        Lines(("", draft.details.get("signer_name", ""), *draft.clinic.signature)),
    ]


def _sources(draft: Draft) -> list:
    citations = draft.determination.citations
    if not citations:
        return []
    return [Heading("Sources", 2), NumberedList(tuple(c.text for c in citations))]


def payment_table(draft: Draft) -> Table:
    rows = tuple(
        (row["label"], PAYMENT_STATUS[row["exempt"]], row["reason"])
        for row in draft.data.get("payments") or []
    )
    return Table(
        f"Each payment in the {draft.data.get('income_year', '')} income year",
        ("Payment", "Exempt?", "Why"),
        rows,
    )


def progression_blocks(draft: Draft) -> list:
    progression = draft.data.get("progression")
    if not progression:
        return []
    rows = (
        ("Your other taxable income", money(progression["other_taxable_income"])),
        (
            "Your other income plus the exempt pay (notional gross taxable income)",
            money(progression["notional_gross_taxable_income"]),
        ),
        ("Income tax on that total", money(progression["income_tax"])),
        ("Medicare levy on that total", money(progression["medicare_levy"])),
        ("Tax on the total (notional gross tax)", money(progression["notional_gross_tax"])),
        ("Tax payable on your other income", money(progression["tax_payable"])),
    )
    blocks = [
        Heading('The tax on your other income "with progression"', 2),
        Paragraph(
            "The exempt pay is not taxed, but it is counted to find the rate of tax on your "
            "other income. The tax on your other income is the tax on the total, in the "
            "share your other income is of the total (CR 2005/54, para 86)."
        ),
        Table(f"Tax with progression, {progression['income_year']}", ("", "Amount"), rows),
        Paragraph(f"Rates: {progression['rates_source']}."),
    ]
    if progression.get("provisional"):
        blocks.append(
            Paragraph(
                "These figures are provisional: they hold only if the conditions still to be "
                "checked are met."
            )
        )
    return blocks


def advice_letter(draft: Draft) -> Document:
    determination = draft.determination
    name = draft.details.get("client_name", "")
    blocks: list = [
        *_letterhead(draft),
        Paragraph(long_date(draft.today)),
        Lines((name, *_lines(draft.details.get("client_address", "")))),
        Paragraph(f"Dear {name},"),
        Paragraph(
            f"Your overseas pay in the {draft.data.get('income_year', '')} income year: "
            "section 23AG of the Income Tax Assessment Act 1936",
            lead="Re: ",
        ),
        Heading("Our advice in short", 2),
        Paragraph(determination.headline),
        Heading("Your pay, payment by payment", 2),
        payment_table(draft),
        *progression_blocks(draft),
        Heading("What to do in your tax return", 2),
        NumberedList(determination.next_steps),
        Heading("Records to keep", 2),
        Paragraph(
            "Keep these for five years from when you lodge the tax return (longer if there is "
            'a dispute with the Tax Office), in case it asks for them (ATO, "How long you '
            'need to keep your records", ato.gov.au).'
        ),
        BulletList(RECORDS_TO_KEEP),
        Heading("Why", 2),
        BulletList(
            tuple(
                f"{f.title}: {f.status.label.lower()}. {f.explanation}"
                for f in determination.findings
                if f.status != Status.NOT_APPLICABLE
            )
        ),
        Heading("The limits of this advice", 2),
        BulletList(determination.caveats),
        *_sign_off(draft),
        *_sources(draft),
    ]
    return Document(title="Your overseas pay: our advice", blocks=tuple(blocks))


def documents_to_get(draft: Draft) -> str:
    for step in draft.determination.next_steps:
        if step.startswith(DOCUMENTS_TO_GET):
            return step.removeprefix(DOCUMENTS_TO_GET).rstrip(".")
    return ""


def referral_note(draft: Draft) -> Document:
    determination = draft.determination
    open_questions = tuple(
        f"{f.title}. {f.explanation}" for f in determination.findings if f.status == Status.UNCLEAR
    )
    settled = tuple(
        (f.title, f.status.label)
        for f in determination.findings
        if f.status in (Status.MET, Status.NOT_MET)
    )
    needed = documents_to_get(draft)
    blocks: list = [
        *_letterhead(draft),
        Paragraph(long_date(draft.today)),
        Paragraph(draft.details.get("referred_to", ""), lead="To: "),
        Paragraph(
            f"{draft.details.get('client_name', '')}: overseas pay in the "
            f"{draft.data.get('income_year', '')} income year (ITAA 1936 s 23AG)",
            lead="Client: ",
        ),
        Heading("Why we refer", 2),
        Paragraph(determination.headline),
        Heading("The open questions", 2),
        NumberedList(open_questions),
        Heading("Documents needed", 2),
        Paragraph(
            f"The client is getting: {needed}."
            if needed
            else "No particular documents were identified."
        ),
    ]
    if settled:
        blocks += [
            Heading("What the screening settled", 2),
            Table("Tests the screening could decide", ("Test", "Result"), settled),
        ]
    if draft.data.get("payments"):
        blocks += [Heading("The payments", 2), payment_table(draft)]
    blocks += [*_sign_off(draft, "Regards,"), *_sources(draft)]
    return Document(title="Referral: foreign employment income", blocks=tuple(blocks))


register_document(
    DocumentType(
        questionnaire=SLUG,
        slug="advice-letter",
        title="Advice letter to the client",
        description="In plain words: whether the pay is exempt, payment by payment, the tax "
        '"with progression", what goes in the tax return and what records to keep.',
        offered=advice_called_for,
        build=advice_letter,
        details_form=LetterDetailsForm,
    )
)
register_document(
    DocumentType(
        questionnaire=SLUG,
        slug="referral-note",
        title="Referral note",
        description="For a registered tax agent or the Tax Office: the open questions and "
        "the documents needed.",
        offered=referral_called_for,
        build=referral_note,
        details_form=ReferralDetailsForm,
    )
)

"""Drafted documents for IRS records requests, read from the result's public data
(``route``, ``checklist``, ``missing``, ``not_confirmed``, ``response_due``, ``key_dates``)
and the answers; never from the rules' internals.

Prepare path: the FOIA request letter (naming the part of I.R.C. § 6103 the route found),
with the requester's statement of identity under penalty of perjury in the form of
28 U.S.C. § 1746, and the checklist of what to attach.

Where to send it is the IRS's published FOIA guidance: the IRS.gov page "Freedom of
Information Act (FOIA) guidelines", read (as a copy of the page) on 29 November 2026. It
asks for requests through the FOIA Public Access Portal (FOIA.gov) or by fax, and by mail
only otherwise, to "Internal Revenue Service, GLDS Support Services, Stop 93A, Post Office
Box 621506, Atlanta, GA 30362" for personal and business taxpayer records. The fax number
was not checked, so it is not given: staff confirm the page before sending.
"""

from __future__ import annotations

from datetime import date

from django import forms

from questionnaires.documents.content import (
    BulletList,
    Document,
    Heading,
    Lines,
    Note,
    NumberedList,
    Paragraph,
    Table,
)
from questionnaires.documents.registry import DocumentType, Draft, register_document
from questionnaires.framework.determination import Status
from questionnaires.framework.forms import (
    YES_NO,
    LongTextField,
    MemorableDateField,
    MoneyField,
    RadiosField,
    TextField,
)
from questionnaires.framework.wording import join_words, us_long_date

SLUG = "irs-records-request"
FOIA_ROUTES = ("foia_6103", "foia")

IRS_GUIDANCE = (
    'IRS, "Freedom of Information Act (FOIA) guidelines", IRS.gov (read 29 November 2026)'
)
IRS_MAILING_ADDRESS = (
    "Internal Revenue Service",
    "GLDS Support Services",
    "Stop 93A",
    "Post Office Box 621506",
    "Atlanta, GA 30362",
)
#: 28 U.S.C. § 1746(2), executed within the United States, and § 1746(1), without.
DECLARATION_WITHIN_US = (
    "I declare under penalty of perjury that the foregoing is true and correct. Executed on "
    "(date) ______________."
)
DECLARATION_WITHOUT_US = (
    "I declare under penalty of perjury under the laws of the United States of America that "
    "the foregoing is true and correct. Executed on (date) ______________."
)

#: The rows of the result's ``checklist`` that call for an attachment (their ``item`` text).
AUTHORIZATION_ROW = (
    "A valid authorization (Form 2848 or Form 8821) covering the matters and periods"
)
CONSENT_ROW = "The other taxpayer's signed consent"

FORM_NAMES = {
    "form_2848": "Form 2848, Power of Attorney and Declaration of Representative",
    "form_8821": "Form 8821, Tax Information Authorization",
}

AUTHORITY_SENTENCES = {
    "6103(e)": "I.R.C. § 6103(e) permits their disclosure to the taxpayer.",
    "6103(e)(6)": "I.R.C. § 6103(e)(6) permits their disclosure to the taxpayer's attorney in "
    "fact, named in the enclosed Form 2848.",
    "6103(c)": "I.R.C. § 6103(c) permits their disclosure to the person the taxpayer "
    "designates in the enclosed signed consent.",
    "6103(e)(8)": "I.R.C. § 6103(e)(8) entitles the requester, a spouse on the joint return "
    "who is no longer married to or living with the other spouse, to be told whether and how "
    "the IRS tried to collect the joint deficiency from the other spouse and how much it "
    "collected.",
    "6103(e)(9)": "I.R.C. § 6103(e)(9) entitles the requester, a person found liable for the "
    "trust fund recovery penalty, to be told who else was found liable for it and whether, "
    "how and how much the IRS collected from them.",
}


def preparing_a_foia_request(draft: Draft) -> bool:
    """The result is the prepare path's, and the route is a FOIA request."""
    route = draft.data.get("route") or {}
    return draft.data.get("stage") == "prepare" and route.get("request") in FOIA_ROUTES


class RequestLetterDetailsForm(forms.Form):
    requester_name = TextField(
        label="The requester's full name",
        help_text="The taxpayer whose records these are, as on the tax return.",
        max_length=120,
        error_required="Enter the requester's full name",
    )
    requester_address = LongTextField(
        label="The requester's postal address",
        help_text="One line per line. The IRS may send the records here.",
        max_length=400,
        error_required="Enter the requester's postal address",
    )
    representative_name = TextField(
        label="If the clinic sends the request: the name of the person signing for the clinic",
        help_text="As named on the Form 2848 or Form 8821. Leave empty if the client signs.",
        max_length=120,
        required=False,
    )
    tax_years = TextField(
        label="Tax years or periods",
        help_text="For example: 2021, 2022 and 2023.",
        max_length=200,
        error_required="Enter the tax years or periods the records are about",
    )
    tax_forms = TextField(
        label="Tax forms or kind of tax",
        help_text="For example: Form 1040 (individual income tax).",
        max_length=200,
        error_required="Enter the tax form or kind of tax",
    )
    records_described = LongTextField(
        label="Describe the records asked for",
        help_text=(
            "Specific enough for the IRS to find them: the kind of file, the office or "
            "examiner if known, the dates."
        ),
        max_length=2000,
        error_required="Describe the records the request asks for",
    )
    fee_limit = MoneyField(
        label="Fees the requester agrees to pay, up to",
        help_text="The IRS asks for a statement about fees. The letter asks to be told first "
        "if fees will be higher.",
        error_required="Enter the most the requester agrees to pay in fees (0 for none)",
    )
    delivery = RadiosField(
        label="How should the IRS send the records?",
        choices=[
            ("electronic", "Electronically (as files)"),
            ("paper", "On paper, by mail"),
        ],
        error_required="Select how the IRS should send the records",
    )
    signed_in_us = RadiosField(
        label="Will the requester sign in the United States?",
        help_text="The wording of the statement under penalty of perjury depends on it "
        "(28 U.S.C. § 1746).",
        choices=YES_NO,
        error_required="Select whether the requester will sign in the United States",
    )


def _route(draft: Draft) -> dict:
    return draft.data.get("route") or {}


def _clinic_sends(draft: Draft) -> bool:
    return draft.answers.get("requester") == "clinic" or bool(
        draft.details.get("representative_name")
    )


def _authorization_form(draft: Draft) -> str | None:
    form = draft.answers.get("authorization_form")
    return form if form in FORM_NAMES else None


def _checklist_rows(draft: Draft) -> list[dict]:
    return list(draft.data.get("checklist") or [])


def _encloses_consent(draft: Draft) -> bool:
    return any(row["item"] == CONSENT_ROW for row in _checklist_rows(draft))


def _encloses_authorization(draft: Draft) -> bool:
    return _authorization_form(draft) is not None and any(
        row["item"] == AUTHORIZATION_ROW for row in _checklist_rows(draft)
    )


def enclosures(draft: Draft) -> list[str]:
    """What goes in the envelope with the letter, from the result's checklist."""
    items = ["The requester's signed statement of identity (at the end of this letter)"]
    form = _authorization_form(draft)
    if _encloses_authorization(draft) and form:
        items.append(f"A copy of the signed {FORM_NAMES[form]}")
    if _encloses_consent(draft):
        items.append("A copy of the other taxpayer's signed consent")
    return items


def _money(value) -> str:
    amount = f"{float(value):,.2f}"
    return "$" + amount.removesuffix(".00")


def _unresolved_note(draft: Draft) -> list[Note]:
    """A drafting note naming what the result says is missing or not confirmed."""
    notes = []
    missing = draft.data.get("missing") or []
    unconfirmed = draft.data.get("not_confirmed") or []
    if missing:
        notes.append(
            Note(
                "The screening found the request is missing: "
                + join_words([item[0].lower() + item[1:] for item in missing])
                + ". Do not send it until that is fixed."
            )
        )
    if unconfirmed:
        notes.append(
            Note(
                "Not yet confirmed: "
                + join_words([item[0].lower() + item[1:] for item in unconfirmed])
                + "."
            )
        )
    return notes


def request_letter(draft: Draft) -> Document:
    details = draft.details
    route = _route(draft)
    authority = route.get("authority") or ""
    name = details.get("requester_name", "")
    address = tuple(
        line.strip() for line in details.get("requester_address", "").splitlines() if line.strip()
    )
    representative = details.get("representative_name", "")
    clinic_sends = _clinic_sends(draft)
    clinic = draft.clinic

    if clinic_sends and (clinic.name or clinic.address):
        sender = (clinic.name, *clinic.address)
        sender += tuple(filter(None, (clinic.phone, clinic.email)))
    else:
        sender = (name, *address)
    subject = "Freedom of Information Act request (5 U.S.C. § 552)"
    if route.get("request") == "foia_6103" and authority:
        subject += f" invoking I.R.C. § {authority}"

    statute = (
        "This is a request under the Freedom of Information Act (FOIA), 5 U.S.C. § 552, for "
        "records of the Internal Revenue Service."
    )
    if authority in AUTHORITY_SENTENCES:
        statute += (
            f" The records are return information of {name or 'the taxpayer named below'}; "
            + AUTHORITY_SENTENCES[authority]
        )
    blocks: list = [
        *_unresolved_note(draft),
        Lines(sender),
        Paragraph(us_long_date(draft.today)),
        Lines(IRS_MAILING_ADDRESS),
        Paragraph(subject, lead="Re: "),
        Paragraph("Dear Disclosure Officer:"),
        Paragraph(statute),
        Heading("Records requested", 2),
        Paragraph(details.get("records_described", "")),
        Table(
            "The taxpayer and the periods",
            ("Taxpayer", "Tax form or kind of tax", "Tax years or periods"),
            ((name, details.get("tax_forms", ""), details.get("tax_years", "")),),
        ),
        Paragraph(
            "Taxpayer identification number: ______________ (written in by hand before "
            "sending; it is not kept in Casework Guide)."
        ),
        Heading("The requester", 2),
    ]
    requester_lines = [
        f"The requester is {name}, whose address is {', '.join(address)}. The requester's "
        "statement of identity, signed under penalty of perjury, is at the end of this letter."
    ]
    form = _authorization_form(draft)
    if clinic_sends and form and _encloses_authorization(draft):
        signer = representative or clinic.name or "the clinic"
        requester_lines.append(
            f"This request is made for the taxpayer by {signer}"
            + (f" of {clinic.name}" if representative and clinic.name else "")
            + f", named in the enclosed {FORM_NAMES[form]}, which covers these matters and "
            "periods. Please send the records to the taxpayer's representative at the address "
            "above."
        )
    if _encloses_consent(draft):
        requester_lines.append(
            "The request also asks for records about another taxpayer; that taxpayer's signed "
            "consent to their disclosure is enclosed."
        )
    blocks.append(NumberedList(tuple(requester_lines)))
    fee = details.get("fee_limit")
    delivery = {
        "electronic": "Please send the records electronically, as files.",
        "paper": "Please send the records on paper, by mail, to the address above.",
    }.get(details.get("delivery", ""), "")
    blocks += [
        Heading("Fees and delivery", 2),
        Paragraph(
            f"The requester agrees to pay fees of up to {_money(fee)}. Please tell the "
            "requester before doing work that would cost more."
            if fee not in (None, "")
            else "Fees: ______________."
        ),
        Paragraph(delivery),
        Heading("Time limit", 2),
        Paragraph(
            "FOIA requires a determination within 20 working days after the request is "
            "received (5 U.S.C. § 552(a)(6)(A)(i)). If any part is withheld, please release "
            "every reasonably segregable part, mark each deletion with the exemption relied "
            "on, and tell the requester of the right to appeal."
        ),
        Paragraph("Sincerely,"),
        Lines(
            (
                "______________________________",
                representative or (clinic.name if clinic_sends and not name else name),
                *(clinic.signature if clinic_sends else ()),
            )
        ),
        Heading("Statement of identity under penalty of perjury (28 U.S.C. § 1746)", 2),
        Paragraph(
            f"I, {name}, of {', '.join(address)}, am the person named in this request and the "
            "taxpayer whose records it asks for."
        ),
        Paragraph(
            DECLARATION_WITHIN_US
            if details.get("signed_in_us", "yes") == "yes"
            else DECLARATION_WITHOUT_US
        ),
        Lines(("______________________________", f"{name} (signature)")),
        Heading("Enclosures", 2),
        BulletList(tuple(enclosures(draft))),
        Note(
            "Send it as the IRS's published FOIA guidance says ("
            + IRS_GUIDANCE
            + "): through the FOIA Public Access Portal on FOIA.gov or by fax, or, only if "
            "neither can be used, by mail to the address above (for personal and business "
            "taxpayer records). Check the page on IRS.gov before sending: addresses change. "
            "Send it once only."
        ),
    ]
    return Document(title="Freedom of Information Act request", blocks=tuple(blocks))


PRESENT = {True: "Yes", False: "No: add it before sending", None: "Not confirmed: check"}


def attachment_checklist(draft: Draft) -> Document:
    rows = tuple((row["item"], PRESENT[row["present"]]) for row in _checklist_rows(draft))
    attach = ["The signed request letter, with the statement of identity signed and dated"]
    form = _authorization_form(draft)
    if any(row["item"] == AUTHORIZATION_ROW for row in _checklist_rows(draft)):
        attach.append(
            f"A copy of the signed {FORM_NAMES[form]}" if form else "A signed Form 2848 or 8821"
        )
        attach[-1] += ", covering the tax matters and periods asked about"
    if _encloses_consent(draft):
        attach.append("A copy of the other taxpayer's signed consent naming whoever sends it")
    key_dates = tuple((row["label"], row["text"]) for row in draft.data.get("key_dates") or [])
    blocks: list = [
        Paragraph(f"Client reference: {draft.client_reference or 'none'}."),
        Paragraph(
            "Route: a FOIA request"
            + (
                f" invoking I.R.C. § {_route(draft)['authority']}"
                if _route(draft).get("authority")
                else ""
            )
            + "."
        ),
        Heading("Attach", 1),
        NumberedList(tuple(attach)),
        Heading("What the request must include", 1),
        Table("Checked in the screening", ("Part of the request", "Present"), rows),
    ]
    if key_dates:
        blocks += [
            Heading("Dates to diary", 1),
            Table("Key dates", ("What", "Date"), key_dates),
        ]
    elif draft.data.get("response_due_reason"):
        blocks += [Heading("Dates to diary", 1), Paragraph(draft.data["response_due_reason"])]
    blocks += [
        Heading("Sending it", 1),
        BulletList(
            (
                "Through the FOIA Public Access Portal (FOIA.gov) or by fax, as the IRS asks; "
                "by mail only if neither can be used, to: " + ", ".join(IRS_MAILING_ADDRESS) + ".",
                "Send it once only, and keep proof of the date the IRS received it: the 20 "
                "working days run from then.",
                "Source: " + IRS_GUIDANCE + ". Check the page before sending.",
            )
        ),
    ]
    return Document(title="FOIA request: what to attach", blocks=tuple(blocks))


register_document(
    DocumentType(
        questionnaire=SLUG,
        slug="foia-request-letter",
        title="FOIA request letter",
        description="The request to send the IRS, naming the law the result found, with the "
        "requester's statement of identity under penalty of perjury.",
        offered=preparing_a_foia_request,
        build=request_letter,
        details_form=RequestLetterDetailsForm,
    )
)
register_document(
    DocumentType(
        questionnaire=SLUG,
        slug="foia-attachment-checklist",
        title="Checklist of what to attach",
        description="What goes in the envelope with the request, what it must include, and "
        "the dates to diary.",
        offered=preparing_a_foia_request,
        build=attachment_checklist,
    )
)


# ---------------------------------------------------------------------------
# Review path: the administrative appeal
# ---------------------------------------------------------------------------

APPEAL_OUTCOMES = ("appeal_recommended", "consider_appeal")
#: Withheld items worth challenging (the result's ``items[].flag``).
CHALLENGED_FLAGS = ("likely_improper", "worth_challenging", "unclear")
#: Findings about single items carry these prefixes; the appeal lists items from ``items``.
ITEM_FINDING_PREFIXES = ("withheld_", "released_")


def challenged_items(draft: Draft) -> list[dict]:
    return [
        row
        for row in draft.data.get("items") or []
        if row.get("withheld_or_released") == "withheld" and row.get("flag") in CHALLENGED_FLAGS
    ]


def other_grounds(draft: Draft) -> list:
    """Findings beyond single items that the result says the IRS got wrong."""
    return [
        finding
        for finding in draft.determination.findings
        if finding.status == Status.NOT_MET
        and not finding.code.startswith(ITEM_FINDING_PREFIXES)
        and finding.code in APPEAL_GROUNDS
    ]


#: The review path's findings that are grounds of appeal when not met (the rest, such as the
#: appeal window or the request's basis, are about the appeal itself).
APPEAL_GROUNDS = (
    "b7_harm",
    "b7a_open_matter",
    "b3_6103",
    "other_exemptions",
    "foreseeable_harm",
    "consistent_redactions",
    "closure_check",
    "contact_first",
)


def appeal_called_for(draft: Draft) -> bool:
    """The result recommends or suggests a FOIA appeal, its deadline is known, and something
    is worth challenging."""
    return (
        draft.data.get("path") == "review_response"
        and draft.data.get("stage") == "answer"
        and draft.determination.outcome in APPEAL_OUTCOMES
        and bool(draft.data.get("appeal_deadline"))
        and bool(challenged_items(draft) or other_grounds(draft))
    )


class AppealDetailsForm(forms.Form):
    requester_name = TextField(
        label="The requester's full name",
        max_length=120,
        error_required="Enter the requester's full name",
    )
    requester_address = LongTextField(
        label="The requester's postal address",
        help_text="One line per line.",
        max_length=400,
        error_required="Enter the requester's postal address",
    )
    request_number = TextField(
        label="The IRS's number for the request",
        help_text="On the IRS's letter (often called the case or request number).",
        max_length=60,
        error_required="Enter the IRS's number for the request, as on its letter",
    )
    request_date = MemorableDateField(
        label="When was the request sent?",
        month_first=True,
        error_required="Enter the date the request was sent",
    )
    appeal_address = LongTextField(
        label="Where the IRS letter says to send an appeal",
        help_text="Copy the address from the letter, one line per line.",
        max_length=400,
        error_required="Enter the address the IRS letter gives for appeals",
    )
    representative_name = TextField(
        label="If the clinic sends the appeal: the name of the person signing for the clinic",
        help_text="Leave empty if the client signs.",
        max_length=120,
        required=False,
    )


def _key_date(draft: Draft, label: str) -> str:
    for row in draft.data.get("key_dates") or []:
        if row["label"] == label:
            return row["text"]
    return ""


def administrative_appeal(draft: Draft) -> Document:
    details = draft.details
    clinic = draft.clinic
    name = details.get("requester_name", "")
    address = tuple(_address_lines(details.get("requester_address", "")))
    representative = details.get("representative_name", "")
    sender = (clinic.name, *clinic.address) if representative and clinic.name else (name, *address)
    number = details.get("request_number", "")
    letter_date = _key_date(draft, "IRS letter")
    deadline = us_long_date(date.fromisoformat(draft.data["appeal_deadline"]))
    sent = details.get("request_date")
    sent_text = f", sent on {us_long_date(date.fromisoformat(sent))}" if sent else ""
    items = challenged_items(draft)
    blocks: list = [
        Note(
            f"The appeal must reach the IRS by {deadline}. "
            "Send it to the address the IRS letter gives, mark the envelope (or the subject "
            "line) as a FOIA appeal, and keep proof of delivery."
        ),
        Lines(sender),
        Paragraph(us_long_date(draft.today)),
        Lines(tuple(_address_lines(details.get("appeal_address", "")))),
        Paragraph(f"Freedom of Information Act appeal: request number {number}", lead="Re: "),
        Paragraph("FREEDOM OF INFORMATION ACT APPEAL"),
        Paragraph(
            f"{name} appeals the Internal Revenue Service's determination"
            + (f" dated {letter_date}" if letter_date else "")
            + f" on the request number {number}{sent_text}, under 5 U.S.C. "
            "§ 552(a)(6)(A)(i)(III)(aa). This appeal is made within the time the letter "
            f"allows (by {deadline})."
        ),
    ]
    if items:
        blocks.append(Heading("The items withheld that this appeal challenges", 2))
        for number_in_list, row in enumerate(items, start=1):
            exemption = row.get("exemption_label") or "an exemption not stated"
            blocks.append(Heading(f"{number_in_list}. {row['label']} (withheld: {exemption})", 3))
            blocks.append(Paragraph(row["reason"]))
            if row.get("ask"):
                blocks.append(Paragraph(row["ask"], lead="What we ask: "))
            if row.get("citations"):
                blocks.append(Paragraph("; ".join(row["citations"]) + ".", lead="Authority: "))
    grounds = other_grounds(draft)
    if grounds:
        blocks.append(Heading("Other grounds", 2))
        blocks.append(
            NumberedList(
                tuple(
                    f"{f.title}: {f.explanation}"
                    + (f" ({'; '.join(c.text for c in f.citations)})" if f.citations else "")
                    for f in grounds
                )
            )
        )
    not_b3 = any(row.get("exemption") != "b3_6103" for row in items)
    blocks += [
        Heading("Segregable parts", 2),
        Paragraph(
            "Any reasonably segregable portion of a record must be released after deletion of "
            "the portions which are exempt, with the amount of information deleted and the "
            "exemption relied on marked where it was deleted (5 U.S.C. § 552(b), flush "
            "language after para. (9))."
        ),
    ]
    if not_b3:
        blocks.append(
            Paragraph(
                "Information may be withheld only if the IRS reasonably foresees that release "
                "would harm an interest the exemption protects, or the law prohibits release; "
                "the IRS must consider partial release (5 U.S.C. § 552(a)(8)(A)). The letter "
                "identifies no such harm for the items above."
            )
        )
    blocks += [
        Heading("What the requester asks", 2),
        NumberedList(
            (
                "Release the items listed above, or every reasonably segregable part of them.",
                "For anything still withheld, name the exemption relied on and estimate the "
                "volume withheld (5 U.S.C. § 552(a)(6)(F)).",
                "Decide this appeal within 20 working days of receiving it "
                "(5 U.S.C. § 552(a)(6)(A)(ii)).",
            )
        ),
        Paragraph("Sincerely,"),
        Lines(
            (
                "______________________________",
                representative or name,
                *(clinic.signature if representative else ()),
            )
        ),
        Heading("Enclosures", 2),
        BulletList(("A copy of the IRS's letter", "A copy of the request")),
    ]
    return Document(title="Freedom of Information Act appeal", blocks=tuple(blocks))


def _address_lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


register_document(
    DocumentType(
        questionnaire=SLUG,
        slug="foia-appeal",
        title="FOIA appeal",
        description="The administrative appeal of the IRS's answer: each item worth "
        "challenging with the exemption cited and the argument, and what is asked for.",
        offered=appeal_called_for,
        build=administrative_appeal,
        details_form=AppealDetailsForm,
    )
)

"""Drafted documents for protection from removal, read from the result's public data (each
form of protection under ``relief``, ``asylum_deadline``, ``nexus``, ``evidence_to_gather``,
``jurisdiction_warnings``), its findings with their citations, and the answers in words;
never from the rules' internals.

- The case assessment memo for the supervising lawyer: each form of protection with its
  status, each element with the facts and the authority, the bars and the deadlines, the
  open legal questions, the evidence plan.
- The declaration outline: the topics the client's declaration must cover for the elements
  in play, in order, with the facts already known (staff's answers) and the gaps to ask
  about. It outlines; it never writes the client's words.
"""

from __future__ import annotations

from django import forms

from questionnaires.documents.content import (
    BulletList,
    Document,
    Heading,
    Note,
    NumberedList,
    Paragraph,
    Table,
)
from questionnaires.documents.registry import DocumentType, Draft, register_document
from questionnaires.framework.determination import Finding, Status
from questionnaires.framework.forms import TextField
from questionnaires.framework.wording import us_long_date

SLUG = "removal-protection"

RELIEF_NAMES = {
    "asylum": "Asylum",
    "withholding": "Withholding of removal",
    "cat_withholding": "Withholding of removal under the Convention Against Torture",
    "cat_deferral": "Deferral of removal under the Convention Against Torture",
}
RELIEF_STATUS = {
    "strong": "Strong",
    "possible": "Possible",
    "weak": "Weak",
    "barred": "Barred",
    "not_available": "Not available",
    "unclear": "Unclear",
}
#: Protection still in play: worth a declaration.
IN_PLAY = ("strong", "possible", "weak", "unclear")

#: The elements, grouped as the memo discusses them (finding codes, in the analysis' order).
MEMO_SECTIONS = (
    (
        "Bars and deadlines",
        (
            "asylum_available",
            "asylum_filing_deadline",
            "asylum_bars",
            "particularly_serious_crime",
            "withholding_other_bars",
        ),
    ),
    ("Persecution", ("persecution_level_harm", "government_protection")),
    (
        "Nexus to a protected ground",
        ("nexus_one_central_reason", "nexus_a_reason", "withholding_nexus"),
    ),
    ("Future harm", ("past_persecution_presumption", "withholding_likelihood", "asylum_fear")),
    (
        "Convention Against Torture",
        ("cat_no_nexus", "past_torture", "state_action", "relocation", "cat_likelihood"),
    ),
)

#: The declaration's topics, in the order a declaration tells them, with the findings whose
#: facts belong under each and what to ask about beyond the gaps the findings name.
DECLARATION_TOPICS = (
    (
        "Arriving in the United States, and when the application was or will be filed",
        ("asylum_filing_deadline",),
        "The date of the last arrival, and anything that kept the client from filing within "
        "a year (changed circumstances, illness, status held).",
    ),
    (
        "What happened to the client",
        ("persecution_level_harm", "past_torture"),
        "Each event in order: when, where, who was there, what was done, injuries and "
        "treatment, and any witness or record.",
    ),
    (
        "Who harmed the client, and whether the authorities protected the client",
        ("government_protection", "state_action"),
        "Who the harmers were and any official role; whether the client reported it, to "
        "whom, and what happened; why not, if not.",
    ),
    (
        "Why the client was harmed",
        ("nexus_one_central_reason", "nexus_a_reason"),
        "What the harmers said or did that shows why; what they knew about the client; "
        "whether others like the client were treated the same way.",
    ),
    (
        "What the client fears on return",
        (
            "past_persecution_presumption",
            "withholding_likelihood",
            "asylum_fear",
            "cat_likelihood",
        ),
        "Threats since leaving, who made them and how the client learned of them; what has "
        "happened to family or others like the client.",
    ),
    (
        "Whether the client could live safely elsewhere in the country",
        ("relocation",),
        "Any place the client tried or considered, and why it would not be safe.",
    ),
)


class MemoDetailsForm(forms.Form):
    prepared_by = TextField(
        label="Who prepared the memo",
        max_length=120,
        error_required="Enter the name of the person who prepared the memo",
    )
    supervising_lawyer = TextField(
        label="The supervising lawyer it is for",
        max_length=120,
        error_required="Enter the supervising lawyer's name",
    )


def _relief(draft: Draft) -> dict:
    return draft.data.get("relief") or {}


def memo_called_for(draft: Draft) -> bool:
    """Every result: the supervising lawyer assesses every screening."""
    return True


def declaration_called_for(draft: Draft) -> bool:
    """Some form of protection is still in play."""
    return any(entry.get("status") in IN_PLAY for entry in _relief(draft).values())


def _findings(draft: Draft, codes) -> list[Finding]:
    by_code = {f.code: f for f in draft.determination.findings}
    return [by_code[code] for code in codes if code in by_code]


def _relief_table(draft: Draft) -> Table:
    rows = tuple(
        (
            RELIEF_NAMES.get(code, code),
            RELIEF_STATUS.get(entry["status"], entry["status"]),
            entry["reason"],
        )
        for code, entry in _relief(draft).items()
    )
    return Table("Each form of protection", ("Protection", "Status", "Why"), rows)


def _known(draft: Draft, finding: Finding) -> list[str]:
    """The answers the finding rests on, with the rest of the pages they are on (the
    details given with them, such as the convictions' description)."""
    steps = {answer["step"] for answer in draft.answers_for(finding.relied_on)}
    return [f"{a['question']} {a['answer']}" for a in draft.answers_in_words if a["step"] in steps]


def assessment_memo(draft: Draft) -> Document:
    determination = draft.determination
    details = draft.details
    deadline = draft.data.get("asylum_deadline") or {}
    deadline_status = (
        Status(deadline["status"]).label.lower()
        if deadline.get("status") in set(Status)
        else "not known"
    )
    nexus = draft.data.get("nexus") or {}
    blocks: list = [
        Paragraph("Privileged and confidential: attorney work product."),
        Table(
            "Memo",
            ("", ""),
            (
                ("To", details.get("supervising_lawyer", "")),
                ("From", details.get("prepared_by", "")),
                ("Date", us_long_date(draft.today)),
                ("Client", draft.client_reference or "no reference"),
                ("Country of return", draft.data.get("country_of_return") or "Not given"),
                ("Screened", f"{us_long_date(draft.completed_on)} (rules {draft.rules_version})"),
            ),
        ),
        Heading("Summary", 1),
        Paragraph(determination.headline),
        _relief_table(draft),
        Heading("Deadlines", 1),
    ]
    if deadline.get("last_day_in_words"):
        blocks.append(
            Paragraph(
                f"One-year asylum filing deadline: the last day to file is "
                f"{deadline['last_day_in_words']} (filed in time: {deadline_status})."
            )
        )
    else:
        blocks.append(
            Paragraph(
                "One-year asylum filing deadline: no date worked out "
                f"(filed in time: {deadline_status}); see the element below."
            )
        )
    blocks.append(Heading("Each element", 1))
    shown: set[str] = set()
    # Each element is explained once, in its section; the open questions and the sources
    # refer to it rather than repeat it.
    section_of: dict[str, str] = {}
    authorities_given: set[str] = set()
    for title, codes in MEMO_SECTIONS:
        findings = [f for f in _findings(draft, codes) if f.status != Status.NOT_APPLICABLE]
        if not findings:
            continue
        blocks.append(Heading(title, 2))
        for finding in findings:
            section_of[finding.code] = title
            authorities_given.update(c.text for c in finding.citations)
            blocks.append(
                Paragraph(
                    f"{finding.status.label}. {finding.explanation}", lead=f"{finding.title}: "
                )
            )
            # Each fact once, under the first element it bears on.
            known = [line for line in _known(draft, finding) if line not in shown]
            shown.update(known)
            if known:
                blocks.append(BulletList(tuple(f"Fact: {line}" for line in known)))
            if finding.citations:
                blocks.append(
                    Paragraph(
                        "; ".join(c.text for c in finding.citations) + ".", lead="Authority: "
                    )
                )
    if nexus:
        blocks += [
            Heading("Nexus standard", 2),
            Paragraph(
                f"Standard applied: {nexus.get('standard_applied', '')} "
                f"({nexus.get('standard_authority', '')})."
            ),
        ]
    open_questions = [
        f"{f.title} (explained under {section_of[f.code]}, above)."
        if f.code in section_of
        else f"{f.title}: {f.explanation}"
        for f in determination.findings
        if f.status == Status.UNCLEAR
    ]
    open_questions += list(draft.data.get("jurisdiction_warnings") or [])
    blocks += [
        Heading("Open legal questions", 1),
        NumberedList(tuple(open_questions)) if open_questions else Paragraph("None found."),
        Heading("Evidence plan", 1),
        BulletList(tuple(draft.data.get("evidence_to_gather") or ["Nothing listed."])),
        Heading("Next steps", 1),
        NumberedList(determination.next_steps),
        Heading("Limits", 1),
        BulletList(determination.caveats),
    ]
    other_sources = [c.text for c in determination.citations if c.text not in authorities_given]
    if other_sources:
        blocks += [
            Heading("Other sources", 1),
            Paragraph(
                "Each element's authorities are given under it, above. The screening also "
                "relied on these, for elements that do not apply here:"
            ),
            NumberedList(tuple(other_sources)),
        ]
    return Document(
        title="Case assessment memo: protection from removal",
        blocks=tuple(blocks),
        working_paper=True,
    )


def declaration_outline(draft: Draft) -> Document:
    blocks: list = [
        Note(
            "This is an outline for the interview, not a declaration. It lists the topics and "
            "what the screening already holds (in staff's words). The declaration is written "
            "from the client's own account, in the client's own words, with an interpreter "
            "where needed, and the client reads and signs it."
        ),
        Paragraph(
            f"Client: {draft.client_reference or 'no reference'}. Country of return: "
            f"{draft.data.get('country_of_return') or 'not given'}."
        ),
    ]
    number = 0
    for title, codes, prompts in DECLARATION_TOPICS:
        findings = [f for f in _findings(draft, codes) if f.status != Status.NOT_APPLICABLE]
        if not findings:
            continue
        number += 1
        blocks.append(Heading(f"{number}. {title}", 1))
        known = list(dict.fromkeys(line for f in findings for line in _known(draft, f)))
        blocks.append(Heading("Known from the screening", 2))
        blocks.append(BulletList(tuple(known)) if known else Paragraph("Nothing yet."))
        gaps = [f"{f.title}: {f.explanation}" for f in findings if f.status == Status.UNCLEAR]
        blocks.append(Heading("Ask about", 2))
        blocks.append(BulletList((*gaps, prompts)))
    blocks += [
        Heading("Before the declaration is drafted", 1),
        BulletList(
            (
                "The lawyer reviews the bars (criminal history, harm to others, resettlement, "
                "earlier applications) before the declaration touches them.",
                "The evidence plan in the assessment memo: what will corroborate each topic.",
            )
        ),
    ]
    return Document(
        title="Declaration outline: topics to cover", blocks=tuple(blocks), working_paper=True
    )


register_document(
    DocumentType(
        questionnaire=SLUG,
        slug="assessment-memo",
        title="Case assessment memo",
        description="For the supervising lawyer: each form of protection, each element with "
        "its facts and authority, the bars and deadlines, open questions, the evidence plan.",
        offered=memo_called_for,
        build=assessment_memo,
        details_form=MemoDetailsForm,
    )
)
register_document(
    DocumentType(
        questionnaire=SLUG,
        slug="declaration-outline",
        title="Declaration outline",
        description="The topics the client's declaration must cover, in order, with what is "
        "known and what to ask. An outline only: never the client's words.",
        offered=declaration_called_for,
        build=declaration_outline,
    )
)

"""A :class:`~.content.Document` as a Word file (DOCX), with python-docx.

Real Word structure, so the draft edits like any other letter: the title and headings use
the built-in Title and Heading styles (navigable, and read as headings by screen readers),
numbered lists the built-in "List Number" style with their numbering restarted at 1 for each
list, bullet lists "List Bullet", tables "Table Grid" with a repeated header row.
"""

from __future__ import annotations

from io import BytesIO

from docx import Document as new_docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from .content import BulletList, Document, Heading, Lines, Note, NumberedList, Paragraph, Table


def to_docx(document: Document) -> bytes:
    docx = new_docx()
    docx.core_properties.title = document.title
    docx.core_properties.language = "en-US"
    docx.styles["Normal"].font.name = "Liberation Serif"
    docx.styles["Normal"].font.size = Pt(11)
    docx.add_heading(document.title, level=0)
    for block in document.blocks:
        match block:
            case Heading(text, level):
                docx.add_heading(text, level=level)
            case Paragraph(text, lead):
                paragraph = docx.add_paragraph()
                if lead:
                    paragraph.add_run(lead).bold = True
                paragraph.add_run(text)
            case Lines(lines):
                paragraph = docx.add_paragraph()
                for number, line in enumerate(lines):
                    run = paragraph.add_run(line)
                    if number < len(lines) - 1:
                        run.add_break()
            case NumberedList(items):
                _numbered_list(docx, items)
            case BulletList(items):
                for item in items:
                    docx.add_paragraph(item, style="List Bullet")
            case Table(caption, header, rows):
                _table(docx, caption, header, rows)
            case Note(text):
                paragraph = docx.add_paragraph()
                paragraph.add_run("Drafting note (delete before sending): ").bold = True
                paragraph.add_run(text).italic = True
    if document.footer:
        footer = docx.sections[0].footer.paragraphs[0]
        footer.text = document.footer
        footer.runs[0].font.size = Pt(8)
    out = BytesIO()
    docx.save(out)
    return out.getvalue()


def _numbered_list(docx, items: tuple[str, ...]) -> None:
    """Paragraphs in "List Number", on a numbering instance of their own that starts at 1
    (the style alone would continue the previous list's numbers)."""
    numbering = docx.part.numbering_part.element
    style_num_id = docx.styles["List Number"].element.pPr.numPr.numId.val
    abstract_id = numbering.num_having_numId(style_num_id).abstractNumId.val
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    for item in items:
        paragraph = docx.add_paragraph(item, style="List Number")
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num.numId


def _table(docx, caption: str, header: tuple[str, ...], rows) -> None:
    docx.add_paragraph(caption, style="Caption")
    table = docx.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    # The header row repeats on each page and is read as the table's header.
    row_properties = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    row_properties.append(repeat)
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text

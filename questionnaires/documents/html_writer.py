"""A :class:`~.content.Document` as HTML, for its PDF (WeasyPrint, through
``questionnaires.pdf``). Everything is escaped; the stylesheet is inline, so the PDF fetches
nothing."""

from __future__ import annotations

from html import escape

from .content import BulletList, Document, Heading, Lines, Note, NumberedList, Paragraph, Table

STYLE = """
@page { size: Letter; margin: 2.2cm 2.2cm 2.5cm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages);
    font-size: 8pt; color: #505a5f; } }
body { font-family: "Liberation Serif", "DejaVu Serif", serif; font-size: 11pt;
  line-height: 1.35; color: #0b0c0c; }
h1 { font-size: 17pt; margin: 0 0 12pt; }
h2 { font-size: 13pt; margin: 14pt 0 6pt; }
h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }
p, ol, ul { margin: 0 0 8pt; }
.lines { margin: 0 0 10pt; }
.note { border: 1pt solid #505a5f; padding: 4pt 6pt; font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 0 0 10pt; }
caption { text-align: left; font-weight: bold; margin-bottom: 3pt; }
th, td { border: 0.75pt solid #505a5f; padding: 3pt 5pt; text-align: left; vertical-align: top; }
.made-from { font-size: 8pt; color: #505a5f; margin-top: 18pt; }
@page working-paper { margin: 1.8cm 2cm 2cm; }
.working-paper { page: working-paper; font-size: 10pt; line-height: 1.25; }
.working-paper h1 { font-size: 15pt; margin-bottom: 8pt; }
.working-paper h2 { font-size: 12pt; margin: 10pt 0 4pt; }
.working-paper h3 { font-size: 10.5pt; margin: 8pt 0 3pt; }
.working-paper p, .working-paper ol, .working-paper ul { margin-bottom: 5pt; }
"""


def to_html(document: Document) -> str:
    parts = [
        '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">',
        f"<title>{escape(document.title)}</title><style>{STYLE}</style></head>",
        '<body class="working-paper">' if document.working_paper else "<body>",
    ]
    parts.append(f"<h1>{escape(document.title)}</h1>")
    for block in document.blocks:
        match block:
            case Heading(text, level):
                tag = f"h{min(level, 2) + 1}"
                parts.append(f"<{tag}>{escape(text)}</{tag}>")
            case Paragraph(text, lead):
                lead_html = f"<strong>{escape(lead)}</strong>" if lead else ""
                parts.append(f"<p>{lead_html}{escape(text)}</p>")
            case Lines(lines):
                parts.append('<p class="lines">' + "<br>".join(map(escape, lines)) + "</p>")
            case NumberedList(items):
                parts.append("<ol>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ol>")
            case BulletList(items):
                parts.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>")
            case Table(caption, header, rows):
                head = "".join(f'<th scope="col">{escape(h)}</th>' for h in header)
                body = "".join(
                    "<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>"
                    for row in rows
                )
                parts.append(
                    f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr>"
                    f"</thead><tbody>{body}</tbody></table>"
                )
            case Note(text):
                parts.append(
                    '<p class="note"><strong>Drafting note (delete before sending): </strong>'
                    f"{escape(text)}</p>"
                )
    if document.footer:
        parts.append(f'<p class="made-from">{escape(document.footer)}</p>')
    parts.append("</body></html>")
    return "".join(parts)

"""One content source for a drafted document: headings, paragraphs, lists and tables.

Pure Python, no Django: a questionnaire's ``documents`` module builds a :class:`Document`
from the determination and the details staff typed, and both writers (DOCX and HTML for the
PDF) render the same blocks, so the two files always say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 or 2; the document's title is level 0


@dataclass(frozen=True)
class Paragraph:
    text: str
    #: Shown in bold before the text ("Re: ", "Subject: ").
    lead: str = ""


@dataclass(frozen=True)
class Lines:
    """Lines kept together without paragraph spacing: an address, a signature block."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class NumberedList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Note:
    """A drafting note for staff (shown boxed), to be removed before the document is sent."""

    text: str


Block = Heading | Paragraph | Lines | NumberedList | BulletList | Table | Note


@dataclass(frozen=True)
class Document:
    title: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    #: Shown in small print at the foot of every page: what it was made from.
    footer: str = ""
    #: A working paper for staff (a memo, an outline), not a letter: its PDF is set denser
    #: (smaller type, narrower margins), so a long one takes fewer pages to read and to make.
    working_paper: bool = False

    def text(self) -> str:
        """Every word of the document, in order (for tests and search)."""
        parts = [self.title]
        for block in self.blocks:
            match block:
                case Heading(text) | Note(text):
                    parts.append(text)
                case Paragraph(text, lead):
                    parts.append(f"{lead}{text}")
                case Lines(lines):
                    parts.extend(lines)
                case NumberedList(items) | BulletList(items):
                    parts.extend(items)
                case Table(caption, header, rows):
                    parts.append(caption)
                    parts.append(" | ".join(header))
                    parts.extend(" | ".join(row) for row in rows)
        return "\n".join(parts)

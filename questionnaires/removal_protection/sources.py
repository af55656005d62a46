"""Where the text of each removal-protection citation is (see
``questionnaires.framework.sources``).

*Barajas-Romero v. Lynch* is a page of the app, one anchor per reporter page (``*354`` to
``*365``). Sections of 8 U.S.C. (and 6 U.S.C. § 279) link to the Legal Information
Institute at the subsection; sections of 8 C.F.R. to the eCFR at the paragraph. The other
cases have no link.
"""

import re
from datetime import date
from pathlib import Path

from questionnaires.framework.determination import Citation
from questionnaires.framework.sources import Passage, SourceDocument, cfr, us_code

from . import citations as c


def split_reporter_pages(text: str) -> list[Passage]:
    """The opinion's reporter pages: each runs from its star marker (``*360``) to the next
    (the copy starts with the first marker, after the printed page number)."""
    _, *marked = re.split(r"\*(\d{3})\b", text)
    passages = []
    for page, chunk in zip(marked[::2], marked[1::2], strict=True):
        passages.append(Passage(f"page-{page}", f"Page *{page}", chunk.strip()))
    return passages


def page_anchor(pinpoint: str) -> str | None:
    """ "357-58" -> "page-357": the first page the pinpoint names."""
    match = re.match(r"(\d{3})\b", pinpoint)
    return f"page-{match[1]}" if match else None


BARAJAS_ROMERO = SourceDocument(
    slug="barajas-romero-v-lynch",
    authority=c.SEED,
    title="Barajas-Romero v. Lynch, 846 F.3d 351 (9th Cir. 2017)",
    issued=date(2017, 1, 18),
    path=Path(__file__).with_name("source_texts") / "barajas_romero_v_lynch.txt",
    split=split_reporter_pages,
    anchor_of=page_anchor,
    pinpoint_unit="page",
)

DOCUMENTS = (BARAJAS_ROMERO,)


def official_address(citation: Citation) -> str | None:
    if citation.authority == c.USC:
        return us_code(8, citation.pinpoint)
    if citation.authority == c.CFR:
        return cfr(8, citation.pinpoint)
    if citation.authority == c.UAC_DEFINED.authority:
        return us_code(6, citation.pinpoint)
    return None

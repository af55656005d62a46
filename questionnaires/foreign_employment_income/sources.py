"""Where the text of each s 23AG citation is (see ``questionnaires.framework.sources``).

CR 2005/54 is a page of the app, one anchor per numbered paragraph. Sections of the
ITAA 1936 and ITAA 1997, and the public rulings, link to the ATO's legal database (document
addresses of the form ``docid=PAC/19360027/23AG``; paragraph anchors are not given there).
The amending Acts' application items have no link.
"""

import re
from datetime import date
from pathlib import Path

from questionnaires.framework.determination import Citation
from questionnaires.framework.sources import Passage, SourceDocument, ato_act, ato_ruling

from . import citations as c

#: The ATO legal database's numbers for the Acts.
_ACTS = {c.ITAA_1936: "19360027", c.ITAA_1997: "19970038"}


def split_ruling(text: str) -> list[Passage]:
    """The ruling's cover and preamble, its numbered paragraphs 1 to 87, and what follows
    the Commissioner's signature (the detailed contents list and references), without the
    copy's emphasis marks and formula markup (para 86's worked example)."""
    text = text.replace("$$", "").replace("\\times", "\N{MULTIPLICATION SIGN}")
    text = text.replace("\\$", "$").replace("*", "")
    end = text.index("\nCommissioner of Taxation\n")
    preamble, *numbered = re.split(r"(?m)^(\d+)\. ", text[:end])
    passages = [Passage("preamble", "Cover and preamble", preamble.strip())]
    for number, chunk in zip(numbered[::2], numbered[1::2], strict=True):
        passages.append(Passage(f"para-{number}", f"Paragraph {number}", chunk.strip()))
    passages.append(Passage("after-the-paragraphs", "After the paragraphs", text[end:].strip()))
    return passages


def paragraph_anchor(pinpoint: str) -> str | None:
    """ "paras 35, 82-83" -> "para-35": the first paragraph the pinpoint names."""
    match = re.match(r"paras? (\d+)", pinpoint)
    return f"para-{match[1]}" if match else None


CR_2005_54 = SourceDocument(
    slug="cr-2005-54",
    authority=c.CR,
    title=(
        "Class Ruling CR 2005/54: Income tax: assessable income: Australian Federal Police "
        "employees \N{EN DASH} International Deployment Group deployed to Nauru as Assisting "
        "Australian Police"
    ),
    issued=date(2005, 6, 29),
    path=Path(__file__).with_name("source_texts") / "cr_2005_54.txt",
    split=split_ruling,
    anchor_of=paragraph_anchor,
)

DOCUMENTS = (CR_2005_54,)


def official_address(citation: Citation) -> str | None:
    if citation.authority in _ACTS:
        return ato_act(_ACTS[citation.authority], citation.pinpoint)
    return ato_ruling(citation.authority)

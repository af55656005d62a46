"""Where the text of each s 23AG citation is (see ``questionnaires.framework.sources``).

CR 2005/54 is a page of the app, one anchor per numbered paragraph. Sections of the
ITAA 1936 and ITAA 1997, and the public rulings, link to the ATO's legal database (document
addresses of the form ``docid=PAC/19360027/23AG``; paragraph anchors are not given there).
The amending Acts' application items have an authority note (:data:`NOTES`): no address for
an item was verified.
"""

import re
from datetime import date
from pathlib import Path

from questionnaires.framework.determination import Citation
from questionnaires.framework.sources import (
    Note,
    Passage,
    SourceDocument,
    ato_act,
    ato_ruling,
)

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


_ACT_AS_MADE = (
    "The Act as made, Schedule 1, on the Federal Register of Legislation (legislation.gov.au) "
    "or the ATO legal database (ato.gov.au/law), under the Act's name."
)

NOTES = (
    Note(
        c.ACT_2005_APPLICATION,
        "When the 2005 Act's changes to s 23AG apply: the rule for a person who died during "
        "foreign service (s 23AG(1A), deaths on or after 1 July 2004, item 5(1)) and the rule "
        "joining periods of foreign service (s 23AG(6A)-(6B), which replaced the earlier "
        "subsections (6A) to (6E)).",
        "The application item (Schedule 1, item 5), on the ATO legal database. The record does "
        "not keep the copy's address.",
        found_in=_ACT_AS_MADE,
        slug_override="tax-laws-amendment-2005-measures-no-5-act-2005-sch-1-item-5",
    ),
    Note(
        c.ACT_2009_APPLICATION,
        "When the limit on the kinds of foreign service (s 23AG(1AA)) applies: to foreign "
        "earnings derived on or after 1 July 2009 from foreign service performed on or after "
        "1 July 2009. Earnings derived before then, and earnings from service performed before "
        "then, are outside it.",
        "The application item (Schedule 1, item 2), on the ATO legal database. The record does "
        "not keep the copy's address.",
        found_in=_ACT_AS_MADE,
        slug_override="tax-laws-amendment-2009-budget-measures-no-1-act-2009-sch-1-item-2",
    ),
)

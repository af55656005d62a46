"""Where the text of each IRS records request citation is (see
``questionnaires.framework.sources``).

TIGTA Report No. 2023-10-055 is a page of the app, one anchor per page of the report (a
note is on the page cited with it: "at 2 n.5" opens page 2). 5 U.S.C. and the Internal
Revenue Code (26 U.S.C.) link to the Legal Information Institute at the subsection, and the
Treasury's regulations (26 C.F.R.) to the eCFR at the paragraph. The
Internal Revenue Manual (cited only as the report cites it) and the case have an authority
note (:data:`NOTES`): no official address for either was verified.
"""

import re
from datetime import date
from pathlib import Path

from questionnaires.framework.determination import Citation
from questionnaires.framework.sources import Note, Passage, SourceDocument, cfr, us_code

from . import citations as c

#: The report's pages in order: two unnumbered front pages, pages 1 to 11, the back cover.
PAGE_NAMES = ["Highlights", "Memorandum", *(str(n) for n in range(1, 12)), "Back cover"]

_TITLES = {c.USC5: 5, c.IRC: 26}


def split_report_pages(text: str) -> list[Passage]:
    """The report's pages. The OCR starts each page with a space before its running head,
    except after the one printed page number ("Page 2"), where the next page starts on a
    fresh line."""
    chunks: list[list[str]] = []
    after_page_2 = False
    for line in text.splitlines():
        if not chunks or re.match(r" \S", line) or (after_page_2 and line.strip()):
            chunks.append([])
            after_page_2 = False
        chunks[-1].append(line)
        if line.strip() == "Page 2":
            after_page_2 = True
    return [
        Passage(_anchor(name), name if not name.isdigit() else f"Page {name}", "\n".join(lines))
        for name, lines in zip(PAGE_NAMES, chunks, strict=True)
    ]


def _anchor(page_name: str) -> str:
    return "page-" + page_name.lower().replace(" ", "-")


def report_page_anchor(pinpoint: str) -> str | None:
    """ "at 2 n.5" -> "page-2"; "Highlights" -> "page-highlights"."""
    match = re.match(r"at (\d+)\b", pinpoint)
    if match:
        return _anchor(match[1])
    return _anchor(pinpoint) if pinpoint in PAGE_NAMES else None


TIGTA_REPORT = SourceDocument(
    slug="tigta-2023-10-055",
    authority=c.TIGTA,
    title=(
        "Treasury Inspector General for Tax Administration, Fiscal Year 2023 Mandatory Review "
        "of Compliance With the Freedom of Information Act, Report No. 2023-10-055"
    ),
    issued=date(2023, 9, 11),
    path=Path(__file__).with_name("source_texts") / "tigta_2023_10_055.txt",
    split=split_report_pages,
    anchor_of=report_page_anchor,
)

DOCUMENTS = (TIGTA_REPORT,)


#: A Treasury regulation named after the Code section it interprets, with a parenthesis in
#: its number: "§ 301.6103(c)-1(b)(2)" is paragraph (b)(2) of section 301.6103(c)-1.
_CODE_SECTION_REGULATION = re.compile(
    r"^§\s*(?P<section>\d+\.\d+\([a-z0-9]+\)-\d+)(?P<subdivisions>(\([0-9A-Za-z]+\))*)"
)


def treasury_regulation(pinpoint: str) -> str | None:
    """The eCFR's text of a 26 C.F.R. section, at the paragraph."""
    match = _CODE_SECTION_REGULATION.match(pinpoint)
    if not match:
        return cfr(26, pinpoint)
    section, paragraph = match["section"], match["subdivisions"]
    url = f"https://www.ecfr.gov/current/title-26/section-{section}"
    return f"{url}#p-{section}{paragraph}" if paragraph else url


def official_address(citation: Citation) -> str | None:
    if citation.authority in _TITLES:
        return us_code(_TITLES[citation.authority], citation.pinpoint)
    if citation.authority == c.CFR26:
        return treasury_regulation(citation.pinpoint)
    return None


NOTES = (
    Note(
        c.IRM_CONTACT_REQUESTER,
        "If a request is missing any required element, the caseworker should try to contact "
        "the requester before closing it: whether the IRS should have contacted the "
        "requester first.",
        "Not read in the manual itself: cited only as TIGTA Report No. 2023-10-055 cites it "
        "(page 5, note 15, shown in this app), quoted below from the report. On 30 November "
        "2026 only the opening of IRM 11.3.41 (manual transmittal of February 26, 2024, the "
        "latest found) could be read, in stored copies of irs.gov/irm/part11.",
        "2026-11-30",
        "should make sufficient effort to contact the requester and ask for the missing elements",
        found_in=(
            "The Internal Revenue Manual, published by the IRS: Part 11, Chapter 3, Section 41 "
            "(Disclosure Case Processing and Inventory Management), paragraph 11.3.41.3.2(1); "
            "the report cites the version of December 8, 2022."
        ),
        discussed_in=(c.REPORT_OTHER_ERRORS,),
        slug_override="irm-11-3-41-3-2",
    ),
    Note(
        c.FCC_V_ATT,
        "A corporation has no \N{LEFT DOUBLE QUOTATION MARK}personal privacy"
        "\N{RIGHT DOUBLE QUOTATION MARK} under FOIA exemption (b)(7)(C): the privacy "
        "exemptions protect people, not companies.",
        "Read for its holding, in November 2026; the copy read is not recorded.",
    ),
)

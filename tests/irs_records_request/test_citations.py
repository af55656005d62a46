"""Every pinpoint to TIGTA Report No. 2023-10-055 is checked against the seed text: each cited
page (and note) must hold the passage the rules rely on it for, and the report's figures must
be on the pages the result gives for them.

How the seed is paged: the OCR marks each page break by starting the page's first line with a
space (the running head "Fiscal Year 2023 Mandatory Review ..."), except after the one printed
page number, "Page 2", where the next page starts on a fresh line. The first two pages
(Highlights, the memorandum) are unnumbered; "Background" is page 1. Footnote numbers are read
from their order: each page's notes follow on from the last page's, and Appendix I starts
again at 1."""

import re
from pathlib import Path

import pytest

from questionnaires.framework.determination import Citation
from questionnaires.irs_records_request import citations as c
from questionnaires.irs_records_request import rules

SEED_FILE = Path(__file__).resolve().parents[1] / "sources" / "001_bab85d677463aef1.txt"

#: The pages in order: the two unnumbered front pages, pages 1 to 11, the back cover.
PAGE_NAMES = ["Highlights", "Memorandum", *range(1, 12), "Back cover"]

#: Each page's footnotes in order: (note number, the note's opening words as the OCR has them).
NOTES = {
    1: [(1, "5US.C.§552"), (2, "U.S.C. § 552(b)(7)"), (3, "fiscal year is any yearly")],
    2: [(4, "For Section 1102(d)(3)(a)"), (5, "An imperfect request is one")],
    3: [
        (6, "There were 7,549 FOIA requests closed"),
        (7, "The numbers do not reconcile"),
        (8, "The form code identifies"),
    ],
    4: [
        (9, "We counted the number of pages"),
        (10, "Report No. 2022-10-044"),
        (11, "IRM 11.3.41.13.8.9 (Aug. 26, 2021)"),
        (12, "The DIF/DAS reason code identifies"),
    ],
    5: [
        (13, "Some cases involved both scenarios"),
        (14, "There were 281"),
        (15, "IRM 11.3.41.3.2(1) (Dec. 8, 2022)"),
        (16, "Our stratified sample was selected"),
    ],
    7: [
        (1, "By law, tax records may not be disclosed"),
        (2, "requests are requests for tax return information"),
        (3, "We used a projected error rate"),
    ],
}

#: For each TIGTA citation, the passages its page (or, for "n.N", its note) must hold
#: (whitespace collapsed; OCR noise avoided).
PASSAGES = {
    "REPORT_HIGHLIGHTS": [
        "reviewed a statistical sample of 83 from a population of",
        "3,423 FOIA requests closed during Fiscal Year 2022",
        "18 (22 percent) of the 83 requests reviewed",
    ],
    "REPORT_BACKGROUND": [
        "but only to the extent that the production of such law enforcement records",
        "Could reasonably be expected to interfere with enforcement proceedings",
        "Would deprive a person of a right to a fair trial or an impartial adjudication",
        "constitute an unwarranted invasion of personal privacy",
        "disclose the identity of a confidential source",
        "Would disclose techniques, procedures, or guidelines for law enforcement",
        "endanger the life or physical safety of any individual",
        "does allow the taxpayer, or a person designated by the taxpayer, to request and "
        "receive the",
        "Office processes all written FOIA requests",
    ],
    "REPORT_PROCESSING": [
        "If the request includes all the necessary information",
        "If there are no records that are responsive to the request, the IRS will send a "
        "letter notifying the requester",
    ],
    "REPORT_IMPERFECT": [
        "not specific enough to process or too broad in scope",
        "Once determined as imperfect, the request must be closed",
    ],
    "REPORT_RESULTS": [
        "18 (22 percent) of the 83 requests reviewed",
        "Information concerning the requesting taxpayers or their businesses that they were "
        "authorized to receive",
        "Examination workpapers and IRS e-mails",
        "Information pertaining to the FOIA requester acquired using external information "
        "services",
        "The form code",
    ],
    "REPORT_CLOSURES": [
        'The IRS does not consider cases closed as “no responsive records” or "imperfect” as '
        "denials of information",
        "erroneously closed the cases as no responsive records or imperfect",
    ],
    "REPORT_DIF_DEFINED": [
        "The form code identifies the Discriminant Index Function (DIF) formula used to "
        "calculate the DIF score",
        "to classify returns for their examination potential",
    ],
    "REPORT_DIF_AND_ASSET_LOCATOR": [
        "third-party information contained in asset locator records",
        "released third-party information that should have been redacted",
        "(b)(7)(C), which protects personal information found in law enforcement records",
        "retrieved by IRS employees using a non-public system",
        "reason code, which are not protected under FOIA exemption (b)(7)(E)",
        "DIF formulas and scores contain information about how the IRS selects taxpayers for "
        "examination that could be detrimental to tax administration if disclosed",
    ],
    "REPORT_FORM_CODE_IRM": ["IRM 11.3.41.13.8.9 (Aug. 26, 2021)"],
    "REPORT_REASON_CODE": [
        "The DIF/DAS reason code identifies the reason for the DIF record, such as a regular "
        "or special DIF return",
    ],
    "REPORT_OTHER_ERRORS": [
        "Most of these errors involved FOIA exemption (b)(3)",
        "inconsistently redacted and released information within the same case file",
        "For 13 cases",
        "redactions should have been applied consistently",
        "requests seeking tax records protected by I.R.C. § 6103 must include a valid "
        "authorization document, e.g, Form 2848",
        "the caseworker should make sufficient effort to contact the requester and ask for "
        "the missing elements",
        "506 FOIA requests in FY 2022",
    ],
    "REPORT_PROJECTION": ["90 percent confident", "between 366 and 647 requests"],
    "REPORT_DISCLOSURE_BAR": [
        "By law, tax records may not be disclosed to any individual unless authorized by "
        "I.R.C. § 6103",
    ],
    "REPORT_6103_REQUESTS": [
        "requests are requests for tax return information made by either the individual "
        "taxpayer or by a designee of the taxpayer",
    ],
}


def collapse(text: str) -> str:
    return " ".join(text.split())


def split_pages(text: str) -> dict:
    """The seed's pages, keyed by ``PAGE_NAMES``."""
    chunks: list[list[str]] = []
    after_page_2 = False
    for line in text.splitlines():
        if not chunks or re.match(r" \S", line) or (after_page_2 and line.strip()):
            chunks.append([])
            after_page_2 = False
        chunks[-1].append(line)
        if line.strip() == "Page 2":
            after_page_2 = True
    return {name: "\n".join(lines) for name, lines in zip(PAGE_NAMES, chunks, strict=True)}


@pytest.fixture(scope="module")
def pages() -> dict:
    return {k: collapse(v) for k, v in split_pages(SEED_FILE.read_text("utf-8")).items()}


def note_text(pages: dict, page: int, number: int) -> str:
    """The text of note ``number`` on ``page``: from its opening words to the next note's."""
    notes = NOTES[page]
    index = [n for n, _ in notes].index(number)
    start = pages[page].index(notes[index][1])
    end = (
        pages[page].index(notes[index + 1][1], start)
        if index + 1 < len(notes)
        else len(pages[page])
    )
    return pages[page][start:end]


def report_citations() -> dict[str, Citation]:
    return {
        name: value
        for name, value in vars(c).items()
        if isinstance(value, Citation) and value.authority == c.TIGTA
    }


def parse_pinpoint(pinpoint: str) -> tuple[object, int | None]:
    """ "at 4 n.11" -> (4, 11); "at 3" -> (3, None); "Highlights" -> ("Highlights", None)."""
    if pinpoint == "Highlights":
        return "Highlights", None
    match = re.fullmatch(r"at (\d+)(?: n\.(\d+))?", pinpoint)
    assert match, f"not a page pinpoint: {pinpoint!r}"
    return int(match[1]), int(match[2]) if match[2] else None


# ---------------------------------------------------------------------------
# The paging itself
# ---------------------------------------------------------------------------


def test_the_seed_splits_into_the_reports_pages(pages):
    assert pages["Highlights"].startswith("HIGHLIGHTS")
    assert pages["Memorandum"].startswith("MEMORANDUM FOR")
    assert pages[1].startswith("Fiscal Year 2023 Mandatory Review") and "Background" in pages[1]
    assert pages[2].endswith("Page 2"), "the one printed page number closes page 2"
    assert "Results of Review" in pages[3]
    assert "Detailed Objective, Scope, and Methodology" in pages[7]
    assert "Response to the Draft Report" in pages[9]


def test_footnotes_run_in_order_from_page_to_page(pages):
    expected = 1
    for page in (1, 2, 3, 4, 5):
        position = 0
        for number, opening in NOTES[page]:
            assert number == expected, f"note {number} on page {page}"
            position = pages[page].index(opening, position)
            expected += 1
    assert [n for n, _ in NOTES[7]] == [1, 2, 3]


def test_a_wrong_page_is_caught(pages):
    """The check can fail: the DIF/DAS finding is on page 4, not page 3."""
    passage = "reason code, which are not protected under FOIA exemption (b)(7)(E)"
    assert passage not in pages[3]
    assert passage in pages[4]


# ---------------------------------------------------------------------------
# Every TIGTA citation
# ---------------------------------------------------------------------------


def test_every_report_citation_has_its_passages_listed():
    assert set(report_citations()) == set(PASSAGES)


@pytest.mark.parametrize("name", sorted(PASSAGES))
def test_report_pinpoint_matches_the_page_that_says_it(pages, name):
    page, note = parse_pinpoint(report_citations()[name].pinpoint)
    text = note_text(pages, page, note) if note else pages[page]
    for passage in PASSAGES[name]:
        assert passage in text, f"{name}: {passage!r} is not on page {page} note {note}"


def test_the_irm_is_cited_only_as_the_report_cites_it(pages):
    citation = c.IRM_CONTACT_REQUESTER
    assert citation.text == (
        "IRM 11.3.41.3.2(1) (Dec. 8, 2022, as cited in TIGTA Rep. No. 2023-10-055, at 5 n.15)"
    )
    assert "IRM 11.3.41.3.2(1) (Dec. 8, 2022)" in note_text(pages, 5, 15)
    assert "the IRM states that if initial analysis shows that a request is missing" in pages[5]


REGULATIONS_FILE = SEED_FILE.parent / "irs_regulation_excerpts.txt"

#: For each regulation citation: the passages its paragraph must hold (whitespace collapsed).
REGULATION_PASSAGES = {
    "REG_DEFICIENT_REQUEST": [
        "shall not be considered subject to the time constraints",
        "within 35 days from the date of a communication from the IRS, the request or appeal "
        "file shall be closed",
    ],
    "REG_REQUEST_CONTENTS": [
        "Be made in writing and signed by the individual making the request",
        "establish the identity and the right of the person making the request",
        "State the firm agreement of the requester to pay the fees",
        "State that it is made pursuant to the Freedom of Information Act",
        "Set forth the address where the person making the request desires to be notified",
        "wishes to inspect the records or desires to have a copy made",
        "Identify the category of the requester",
    ],
    "REG_MISDIRECTED_REQUEST": [
        "Misdirected requests that otherwise satisfy the requirements of this section shall be "
        "immediately transferred to the appropriate responsible IRS official",
        "shall commence when the transfer is received by the designated office",
    ],
    "REG_REASONABLE_DESCRIPTION": [
        "the name, taxpayer identification number",
        "subject matter, location, and years at issue",
    ],
    "REG_AUTHORIZATION_WITH_REQUEST": [
        "properly executed power of attorney, Privacy Act consent, or tax information "
        "authorization",
    ],
    "REG_APPEAL_35_DAYS": ["postmarked within 35 days after the later of the date"],
    "REG_CONSENT_SIGNED_BY_TAXPAYER": [
        "must be in the form of a separate written document pertaining solely to the authorized "
        "disclosure",
        "signed (see paragraph (e)(2) of this section) and dated by the taxpayer who filed the "
        "return or to whom the return information relates",
    ],
    "REG_CONSENT_120_DAYS": [
        "within 120 days following the date upon which the request or consent was signed and "
        "dated by the taxpayer",
        "applicable to section 6103(c) authorizations signed on or after October 19, 2009",
    ],
}


def regulation_sections() -> dict[str, str]:
    """The regulation excerpts by heading ("26 C.F.R. § 601.702(c)(4)(i)")."""
    text = REGULATIONS_FILE.read_text(encoding="utf-8")
    parts = re.split(r"^== (.+)$", text, flags=re.MULTILINE)
    return {parts[i].strip(): " ".join(parts[i + 1].split()) for i in range(1, len(parts), 2)}


def test_every_regulation_citation_has_its_passages_listed():
    names = {
        name
        for name, value in vars(c).items()
        if isinstance(value, Citation) and value.authority == c.CFR26
    }
    assert names == set(REGULATION_PASSAGES)


@pytest.mark.parametrize("name", sorted(REGULATION_PASSAGES))
def test_a_regulation_pinpoint_says_what_the_rules_rely_on(name):
    citation = getattr(c, name)
    text = regulation_sections()[citation.text]
    for passage in REGULATION_PASSAGES[name]:
        assert passage in text, f"{name}: {passage!r} not in {citation.text}"


def test_a_wrong_regulation_pinpoint_is_caught():
    """The 35 days are in the appeal paragraph, not in what a request must contain."""
    assert "35 days" not in regulation_sections()[c.REG_REQUEST_CONTENTS.text]


# ---------------------------------------------------------------------------
# The report's figures, with their pages
# ---------------------------------------------------------------------------

FIGURES = {
    "sampled": ["sample of 83"],
    "population": ["3,423 FOIA requests"],
    "errors": ["18 (22 percent) of the 83 requests"],
    "error_rate_percent": ["18 (22 percent)"],
    "projected": ["506 FOIA requests"],
    "projected_range": ["between 366 and 647"],
}


def pinpoint_pages(pinpoint: str) -> list:
    """ "Highlights; at 3" -> [("Highlights", None), (3, None)]."""
    return [parse_pinpoint(part.strip()) for part in pinpoint.split(";")]


@pytest.mark.parametrize("figure", sorted(FIGURES))
def test_each_figure_is_on_the_pages_given_for_it(pages, figure):
    pinpoint = rules.REPORT_CONTEXT["pages"][figure]
    for page, note in pinpoint_pages(pinpoint):
        text = note_text(pages, page, note) if note else pages[page]
        for passage in FIGURES[figure]:
            if page == "Highlights" and passage == "sample of 83":
                passage = "sample of 83 from a population of"
            assert passage in text, f"{figure}: {passage!r} not at {page} n.{note}"


def test_figures_in_the_context_match_the_report():
    context = rules.REPORT_CONTEXT
    assert set(context["pages"]) == set(FIGURES)
    assert "83 of the 3,423" in context["text"]
    assert "18 of them (22 percent)" in context["text"]
    assert "about 506 requests" in context["text"]
    assert "between 366 and 647" in context["text"]
    assert "Highlights and at 3" in context["text"]
    assert "at 5 and n.16" in context["text"]


# ---------------------------------------------------------------------------
# Page numbers written into the wording agree with the citations
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rule",
    [*rules.WITHHELD_RULES.values(), *rules.RELEASED_RULES.values()],
    ids=lambda rule: rule.reason[:30],
)
def test_a_page_named_in_the_wording_is_a_page_cited(rule):
    cited = {
        parse_pinpoint(cite.pinpoint)[0] for cite in rule.citations if cite.authority == c.TIGTA
    }
    for text in (rule.reason, rule.ask):
        for page in re.findall(r"TIGTA report, page (\d+)", text):
            assert int(page) in cited, f"page {page} named but not cited: {text!r}"


# ---------------------------------------------------------------------------
# Statutory pinpoints the rules rely on, checked against the statute's text
# ---------------------------------------------------------------------------

STATUTES_FILE = SEED_FILE.parent / "irs_statute_excerpts.txt"


def statute_sections() -> dict[str, str]:
    """The excerpts by heading ("5 U.S.C. § 552(a)(6)(B)(i)")."""
    text = STATUTES_FILE.read_text(encoding="utf-8")
    parts = re.split(r"^== (.+)$", text, flags=re.MULTILINE)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts), 2)}


#: For each citation: the excerpt that holds it, and what the rules rely on it for.
STATUTE_PASSAGES = {
    "FOIA_TOLLING": (
        "5 U.S.C. § 552(a)(6)(A)(ii) and the sentences after it",
        [
            "The 20-day period shall not be tolled by the agency except",
            "may make one request to the requester for information and toll the 20-day period",
            "if necessary to clarify with the requester issues regarding fee assessment",
            "receipt of the requester's response to the agency's request for information or "
            "clarification ends the tolling period",
        ],
    ),
    "FOIA_UNUSUAL_CIRCUMSTANCES": (
        "5 U.S.C. § 552(a)(6)(B)(i)",
        ["may be extended by written notice", "more than ten working days"],
    ),
    "FOIA_CONSTRUCTIVE_EXHAUSTION": (
        "5 U.S.C. § 552(a)(6)(C)(i)",
        ["shall be deemed to have exhausted his administrative remedies"],
    ),
    "FOIA_NO_SEARCH_FEES_WHEN_LATE": (
        "5 U.S.C. § 552(a)(4)(A)(viii)",
        [
            "shall not assess any search fees",
            "has failed to comply with any time limit under paragraph (6)",
            "provided a timely written notice",
        ],
    ),
    "FOIA_REFUSED_ALTERNATIVE": (
        "5 U.S.C. § 552(a)(6)(C)(iii)",
        ["arrange an alternative time frame", "determining whether exceptional circumstances"],
    ),
    "IRC_6103E1": (
        "I.R.C. § 6103(e)(1)",
        ["The return of a person shall, upon written request, be open to", "that individual"],
    ),
    "IRC_6103E10": (
        "I.R.C. § 6103(e)(10)",
        ["partnership, S corporation, trust, or an estate", "shall not include any supporting"],
    ),
    "IRC_6103E1B": ("I.R.C. § 6103(e)(1)(B)", ["either of the individuals"]),
    "IRC_6103E1D": (
        "I.R.C. § 6103(e)(1)(D)",
        [
            "designated by resolution of its board of directors",
            "signed by any principal officer and attested to by the secretary or other officer",
            "owning 1 percent or more of the outstanding stock",
            "if the corporation was an S corporation",
        ],
    ),
    "IRC_6103E2": ("I.R.C. § 6103(e)(2)", ["legally incompetent", "guardian of his estate"]),
    "IRC_6103E3": (
        "I.R.C. § 6103(e)(3)",
        ["the administrator, executor, or trustee of his estate", "has a material interest"],
    ),
    "IRC_6103E6": (
        "I.R.C. § 6103(e)(6)",
        ["the attorney in fact duly authorized in writing", "(5), (8), or (9)"],
    ),
    "IRC_6103E7": (
        "I.R.C. § 6103(e)(7)",
        ["would not seriously impair Federal tax administration"],
    ),
    "IRC_6103E8": (
        "I.R.C. § 6103(e)(8)",
        [
            "If any deficiency of tax with respect to a joint return is assessed",
            "no longer married or no longer reside in the same household",
            "shall not apply to any deficiency which may not be collected by reason of section "
            "6502",
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(STATUTE_PASSAGES))
def test_a_statutory_pinpoint_says_what_the_rules_rely_on(name):
    heading, passages = STATUTE_PASSAGES[name]
    citation = getattr(c, name)
    assert heading.startswith(citation.authority)
    assert citation.pinpoint.removesuffix("(I)-(II)") in heading
    text = " ".join(statute_sections()[heading].split())
    for passage in passages:
        assert passage in text, f"{name}: {passage!r} not in {heading}"


def test_the_tolling_citation_names_the_two_subclauses():
    assert c.FOIA_TOLLING.text == "5 U.S.C. § 552(a)(6)(A)(ii)(I)-(II)"

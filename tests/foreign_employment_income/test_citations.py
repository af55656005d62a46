"""Every pinpoint to Class Ruling CR 2005/54 is checked against the seed text: each cited
paragraph must hold the passage the rules rely on it for. That covers the ruling's own
citations and the authorities cited only "as cited in CR 2005/54, para N" (TR 96/15, IT 2441,
IT 2650, s 23AG(6D)).

How the seed is split: a paragraph starts with "N. " at the head of a line and runs to the
next one; the last (para 87, the detailed contents list) ends at the signature, "Commissioner
of Taxation". A paragraph's last block, if it is a one-line heading (the next paragraph's
heading, e.g. "Resident of Australia"), is not part of the paragraph. The split is checked:
paragraphs 1 to 87 in order, no gaps, and each heading sits before the paragraph the ruling's
own contents list (para 87) gives for it. The OCR text of this seed has no missing or garbled
paragraph numbers; if a re-OCR'd seed had one, the sanity test fails first."""

import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from questionnaires.foreign_employment_income import citations as c
from questionnaires.framework.determination import Citation

SEED_FILE = Path(__file__).resolve().parents[1] / "sources" / "002_2b4c8d514b51e2fd.txt"

LAST_PARAGRAPH = 87

#: The multiplication sign the seed prints in para 16 and para 86 (as LaTeX in the final sum).
TIMES = "\N{MULTIPLICATION SIGN}"

#: Where the ruling's contents list (para 87) names a heading differently from the text.
HEADING_AS_PRINTED = {"Engagement in foreign service": "Engaged in foreign service"}

#: For each citation resting on CR 2005/54 (its own citations and the "as cited in" ones), the
#: passages each named paragraph must hold (whitespace collapsed; OCR noise and markup
#: avoided). Every paragraph listed must be cited, and both ends of every cited range must be
#: listed, so a range cannot be shifted, stretched or shrunk unnoticed.
PASSAGES: dict[str, dict[int, list[str]]] = {
    # -- What this Class Ruling is about --------------------------------------------------
    "CR_CLASS": {
        3: [
            "The class of persons to which this Ruling applies are those persons deployed to "
            "Nauru as part of the International Deployment Group (IDG)",
            "Australian Federal Police (AFP) officers;",
            "persons seconded to the AFP under section 69D",
            "persons appointed to the AFP as special members of the AFP under section 40E",
            "who are deployed to Nauru under the Agreement between Australia and Nauru",
            "who remain Australian residents throughout the period of deployment",
        ],
        4: ["will be collectively referred to in this Ruling as AFP employees"],
        5: [
            "The class of persons includes AFP employees who while on deployment to Nauru "
            "return to Australia for a period during which they utilise leave that has wholly "
            "accrued from their service in Nauru",
        ],
        6: [
            "The class of person does not include AFP employees who while on deployment to "
            "Nauru return to Australia for a period during which they utilise leave that has "
            "wholly or partly accrued from service in Australia",
            "whose term of deployment to Nauru is suspended before completing a continuous "
            "period of foreign service of not less than 91 days",
        ],
    },
    "CR_QUALIFICATIONS": {
        7: ["The Commissioner makes this Ruling based on the precise arrangement identified"],
        8: [
            "may rely on its contents provided the arrangement actually carried out is carried "
            "out in accordance with the arrangement described in paragraphs 12 to 35",
        ],
        9: [
            "If the arrangement actually carried out is materially different from the "
            "arrangement that is described in this Ruling",
            "this Ruling has no binding effect on the Commissioner",
        ],
    },
    "CR_DATE_OF_EFFECT": {
        11: ["This Ruling applies from 1 July 2004.", "the relevant tax laws are not amended"],
    },
    # -- Arrangement -----------------------------------------------------------------------
    "CR_ARRANGEMENT": {
        12: ["The arrangement that is the subject of the Ruling is described below"],
        13: ["will be deployed to Nauru under the Agreement between Australia and Nauru which"],
        15: ["The periods of deployment of AFP employees in Nauru will be at least 91 days"],
        16: [f"the period of overseas duty will be three {TIMES} 16 weeks of overseas service"],
        19: [
            "Salary and other allowances will continue to be paid into the employee's "
            "nominated bank account on a fortnightly basis",
        ],
        21: ["AFP employees will be entitled to the following allowances:"],
        26: ["take recreation leave in blocks of four weeks, each block following a 16 week"],
        35: ["Article 11.4 of the Agreement provides that Designated Persons"],
    },
    "CR_ALLOWANCES": {
        21: [
            "AFP employees will be entitled to the following allowances:",
            "Pre-deployment composite allowance;",
            "Deployment composite allowance paid during overseas posting and recreation leave "
            "periods taken during the term of overseas posting;",
            "Transfer allowance;",
            "Motor vehicle allowance during deployment;",
            "Extended unaccompanied overseas service allowance;",
            "Mission allowance;",
            "Telephone/communications allowance during the overseas posting;",
            "Meals, accommodation and incidentals allowance.",
        ],
    },
    # -- Ruling ----------------------------------------------------------------------------
    "CR_RULING": {
        36: [
            "Subject to paragraph 37, the salary and allowances referred to in paragraphs 19 "
            "and 21 of this Ruling, derived by AFP employees described in paragraphs 3 to 6 of "
            "this Ruling deployed to Nauru are exempt from tax under section 23AG of the ITAA "
            "1936",
            "the salary and allowances are derived from that foreign service, including "
            "payments for recreation leave that has wholly accrued from the period of service "
            "in Nauru",
        ],
    },
    "CR_NOT_EXEMPT_ALLOWANCES": {
        37: [
            "The pre-deployment composite allowance and transfer allowance referred to in "
            "paragraph 21 are not exempt from tax under subsection 23AG(1) of the ITAA 1936",
        ],
    },
    # -- Explanation -----------------------------------------------------------------------
    "CR_ASSESSABLE": {
        38: [
            "Subsection 6-5(2) of the ITAA 1997 provides that the assessable income of a "
            "resident taxpayer includes ordinary income derived directly or indirectly from "
            "all sources, whether in or out of Australia",
        ],
        39: ["Salary and wages are ordinary income for the purposes of subsection 6-5(2)"],
        40: [
            "Subsection 6-15(2) of the ITAA 1997 provides that if an amount is exempt income "
            "then it is not assessable income",
        ],
        41: [
            "Section 11-15 of the ITAA 1997 lists those provisions dealing with income which "
            "may be exempt",
            "Included in this list is section 23AG of the ITAA 1936",
        ],
    },
    "CR_BASIC_TESTS": {
        43: [
            "Where a resident, being a natural person, has been engaged in foreign service for "
            "a continuous period of not less than 91 days, any foreign earnings derived by the "
            "person from that foreign service is exempt from tax",
        ],
        44: [
            "The basic tests for the exemption of foreign employment income in subsection "
            "23AG(1) of the ITAA 1936 are:",
            "the foreign service must be for a continuous period of not less than 91 days",
            "the taxpayer must derive 'foreign earnings' from that 'foreign service'",
        ],
    },
    "CR_RESIDENCY": {
        45: [
            "The determination of a person's residency status depends on that person's "
            "circumstances and is a determination made in relation to each year of income",
        ],
        46: [
            "AFP employees deployed to Nauru will remain Australian residents for tax purposes "
            "throughout the period of their deployment",
        ],
    },
    "CR_FOREIGN_SERVICE": {
        47: [
            "'Foreign service' is defined as 'service in a foreign country as the holder of an "
            "office or in the capacity of an employee' (subsection 23AG(7) of the ITAA 1936)",
        ],
        48: [
            "'a person employed by a government or an authority of a government or by an "
            "international organisation'",
        ],
        49: ["are considered to meet the above definition of an 'employee'"],
        50: ["Deployment of AFP employees to Nauru constitutes 'foreign service'"],
    },
    "CR_91_DAYS": {
        51: ["is expected to serve continuously in Nauru for a period of at least 91 days"],
        52: [
            "Should an AFP employee depart Nauru prior to the completion of 91 days of "
            "continuous service, that employee will normally be ineligible for the exemption",
        ],
    },
    "CR_RETURN_TO_POSTING": {
        53: [
            "an employee who departs Nauru prior to serving the necessary number of days, may "
            "still qualify for exemption if they return to continue their posting at a later "
            "date",
        ],
    },
    "CR_TEMPORARY_ABSENCES": {
        54: [
            "Subsection 23AG(6) of the ITAA 1936 and paragraph 11 of TR 96/15 treat certain "
            "temporary absences from foreign service as forming part of the period of foreign "
            "service",
        ],
        55: [
            "This includes absences on recreation leave, other than:",
            "leave wholly or partly attributable to a period of service or employment other "
            "than the foreign service;",
            "long service leave, furlough, extended leave or leave of a similar kind",
            "leave without pay or on reduced pay.",
        ],
        56: [
            "Where an AFP employee is temporarily absent from foreign service due to an absence "
            "on recreation leave defined in the previous paragraph, these absences will be "
            "taken to form part of the period of foreign service",
        ],
    },
    "CR_CYCLICAL": {
        57: [
            "Where the overseas employment is performed under a cyclical arrangement, the "
            "whole of the work cycle (times on and off) are regarded as a continuous period of "
            "employment",
        ],
        58: [
            "is treated as recreation leave that forms part of a period of foreign service "
            "under subsection 23AG(6)",
        ],
        59: ["uninterrupted cycles of five weeks on site and five weeks leave in Australia"],
        60: [
            "additional recreation leave entitlements granted to employees posted overseas are "
            "not extended leave where the additional leave is reasonable",
        ],
        61: [
            "it is considered that the recreation leave granted is reasonable and is "
            "considered to be recreation leave under subsection 23AG(6)",
        ],
        62: [
            "it is considered that the work arrangement is a cyclical arrangement as defined "
            "in IT 2441 and TR 96/15",
            "the entire period of the cyclical arrangement forms part of a continuous period "
            "of foreign service",
            "These absences will not break the continuity of eligible foreign service.",
        ],
    },
    "CR_FURTHER_LEAVE": {
        63: [
            "extends their stay to take further recreational leave, that further recreation "
            "leave will not be taken to form part of the foreign service",
            "any further leave taken will not have accrued wholly from foreign service in Nauru",
        ],
    },
    "CR_TRAINING": {
        64: [
            "when AFP employees make themselves available for additional training, briefing "
            "and debriefing at the discretion of the National Manager of the IDG, should be "
            "treated as part of the person's continuous period of foreign service provided "
            "they are not excessive",
        ],
    },
    "CR_AUSTRALIAN_LEAVE": {
        65: [
            "AFP employees who take leave that accrued wholly or partly from employment in "
            "Australia are not part of the class of person to whom this Ruling applies",
        ],
        66: [
            "In certain limited circumstances, an employee who is temporarily absent from "
            "Nauru while taking a period of leave that had accrued wholly or partly from "
            "employment in Australia may still meet the requirements of continuous service",
            "should seek professional advice",
        ],
    },
    "CR_FOREIGN_EARNINGS": {
        67: [
            "The definition of 'foreign earnings' is contained in subsection 23AG(7)",
            "'foreign earnings' means income consisting of earnings, salary, wages, "
            "commission, bonuses or allowances",
        ],
        68: ["are not, however, relevant to this arrangement"],
        69: [
            "The remuneration of posted AFP employees takes the form of an annual salary "
            "entitlement and the payment of various allowances",
        ],
        70: [
            "These salary and allowances are specifically included in the subsection 23AG(7) "
            "of the ITAA 1936 definition of 'foreign earnings'",
        ],
    },
    "CR_EXCLUSIONS": {
        67: [
            "but does not include any payment, consideration or amount that:",
            "is included in assessable income under Subdivision AA of Division 2",
            "is excluded from the definition of 'eligible termination payment' in subsection "
            "27A(1)",
        ],
        68: [
            "as they relate to pensions, annuities, eligible termination payments and other "
            "similar amounts",
        ],
    },
    "CR_AUSTRALIAN_ACCOUNT": {
        71: [
            "Whilst the salary of AFP employees may be paid into financial institutions in "
            "Australia, those 'earnings' are still considered 'foreign earnings'",
        ],
    },
    "CR_FROM_THAT_SERVICE": {
        72: [
            "To qualify for the exemption the 'foreign earnings' must be derived from the "
            "'foreign service'",
            "the foreign earnings, when derived, need to be derived as a result of the "
            "undertaking of that foreign service",
        ],
    },
    "CR_PAID_AFTER_RETURN": {
        73: [
            "allowances paid after the taxpayer returns to Australia that relate to the period "
            "of foreign service, such allowances are treated as foreign earnings derived from "
            "that foreign service",
            "any advances paid to the taxpayer prior to the undertaking of foreign service "
            "against salary arising from the undertaking of that foreign service would be "
            "treated as foreign earnings from foreign service",
        ],
    },
    "CR_LEAVE_PAY": {
        74: [
            "The salary that is paid when taking recreational leave that accrued during the "
            "period of foreign service is also considered to be foreign earnings from that "
            "service, even though the recreational leave may be taken after the completion of "
            "the foreign service",
        ],
    },
    "CR_PRE_DEPLOYMENT": {
        75: [
            "The composite allowance payable during the pre-deployment period is not derived "
            "from foreign service",
            "It is derived as a result of the training taken prior to leaving Australia",
        ],
    },
    "CR_TRANSFER": {
        76: [
            "The transfer allowance payable prior to the deployment period and after the end "
            "of the foreign service is not derived from that foreign service",
            "It is paid as a compensation for non-reimbursed expenditure",
        ],
    },
    "CR_SOLELY": {
        77: [
            "is exempt from tax in the foreign country solely because of:",
            "a double tax agreement or a law of a country that gives effect to such an "
            "agreement (paragraphs 23AG(2)(a) and (b))",
            "a law of that foreign country which generally exempts from, or does not provide "
            "for, the imposition of income tax on income derived in the capacity of an "
            "employee, income from personal services or any other similar income (paragraphs "
            "23AG(2)(c) and (d))",
            "privileges and immunities of diplomats or consuls or of persons connected with "
            "international organisations (paragraphs 23AG(2)(e), (f) and (g))",
        ],
    },
    "CR_NAURU_NO_TAX": {
        78: ["There is currently no double tax agreement between Australia and Nauru."],
        79: [
            "The privileges and immunities of persons connected with an international "
            "organisation do not apply to AFP employees working in Nauru",
        ],
        80: [
            "the law of Nauru does not provide for the imposition of income tax",
            "because paragraph 23AG(2)(d) of the ITAA 1936 applies",
        ],
        81: [
            "unless the income is also exempt from taxation in Nauru for another reason that "
            "is not listed in subsection 23AG(2) of the ITAA 1936, the income will not be "
            "exempt in Australia",
        ],
    },
    "CR_OTHER_REASON": {
        81: [
            "unless the income is also exempt from taxation in Nauru for another reason that "
            "is not listed in subsection 23AG(2) of the ITAA 1936",
        ],
    },
    "CR_NAURU_AGREEMENT": {
        35: [
            "Article 11.4 of the Agreement provides that Designated Persons such as AFP "
            "employees deployed to Nauru, shall be exempt from taxation by the Government of "
            "Nauru on their pay and other emoluments",
        ],
        82: [
            "The Agreement addresses taxation matters at Article 11.4",
            "The Agreement includes a specific clause exempting income from taxation in Nauru",
        ],
        83: [
            "are not exempt from tax in Nauru solely because of any of the reasons listed in "
            "subsection 23AG(2) of the ITAA 1936, subsection 23AG(2) will not deny the "
            "exemption under subsection 23AG(1)",
        ],
    },
    "CR_PROGRESSION": {
        84: [
            "are nevertheless taken into account in calculating the Australian tax on other "
            "assessable income derived by the employee (subsection 23AG(3) of the ITAA 1936)",
        ],
        85: [
            "the notional average rate of tax payable on the sum of exempt income and "
            "non-exempt income",
        ],
    },
    "CR_PROGRESSION_EXAMPLE": {
        86: [
            f"(Notional gross tax/Notional gross taxable income) {TIMES} Other taxable income",
            "(the normal Australian income tax and Medicare levy payable on a taxable income of",
            "The Australian tax payable (including Medicare levy) on Daniel's Australian "
            "income is:",
        ],
    },
    # -- Authorities cited only as CR 2005/54 cites them ----------------------------------
    "S23AG_6D": {
        66: [
            "about the application of subsection 23AG(6D) of the ITAA 1936 to their circumstances",
        ],
    },
    "TR_96_15_RETURN": {
        53: [
            "may still qualify for exemption if they return to continue their posting",
            "(refer paragraphs 9 to 16 of Taxation Ruling TR 96/15)",
        ],
    },
    "TR_96_15_ABSENCES": {
        54: [
            "paragraph 11 of TR 96/15 treat certain temporary absences from foreign service as "
            "forming part of the period of foreign service",
        ],
    },
    "IT_2441": {
        57: ["(Taxation Ruling IT 2441 and TR 96/15)"],
        58: [
            "IT 2441 states that where a resident is employed in a foreign country, leave "
            "taken in circumstances similar to those mentioned in Taxation Ruling IT 2015 is "
            "treated as recreation leave",
        ],
    },
    "IT_2650": {
        45: [
            "depends on that person's circumstances and is a determination made in relation "
            "to each year of income. For further information see Taxation Ruling IT 2650.",
        ],
    },
}

#: How the ruling names each authority it is the source for, with the authority's own pinpoint.
NAMED_IN_RULING = {
    "S23AG_6D": "subsection 23AG(6D) of the ITAA 1936",
    "TR_96_15_RETURN": "paragraphs 9 to 16 of Taxation Ruling TR 96/15",
    "TR_96_15_ABSENCES": "paragraph 11 of TR 96/15",
    "IT_2441": "IT 2441",
    "IT_2650": "Taxation Ruling IT 2650",
}

AS_CITED = re.compile(r"as cited in CR 2005/54, (paras? [0-9, -]+)$")


# ---------------------------------------------------------------------------
# Reading the seed and the pinpoints
# ---------------------------------------------------------------------------


def collapse(text: str) -> str:
    return " ".join(text.split())


def unmark(text: str) -> str:
    """The text without the seed's emphasis and LaTeX markup (para 86's example)."""
    text = text.replace("$$", "").replace("\\times", TIMES).replace("\\$", "$")
    return text.replace("*", "")


def _is_heading(block: str) -> bool:
    line = block.strip()
    return "\n" not in line and not line.startswith("-") and not line.endswith((".", ":", ";"))


def split_paragraphs(text: str) -> tuple[list[tuple[int, str]], dict[int, str]]:
    """The numbered paragraphs in the order they appear (number, raw text), and the heading
    printed just before each paragraph that has one."""
    body = text[: text.index("\nCommissioner of Taxation\n")]
    preamble, *rest = re.split(r"(?m)^(\d+)\. ", body)
    paragraphs: list[tuple[int, str]] = []
    headings: dict[int, str] = {}
    last = re.split(r"\n\s*\n", preamble.strip())[-1]
    heading = last.strip() if _is_heading(last) else None
    for number, chunk in zip(rest[::2], rest[1::2], strict=True):
        if heading:
            headings[int(number)] = heading
        blocks = re.split(r"\n\s*\n", chunk.strip())
        heading = None
        if len(blocks) > 1 and _is_heading(blocks[-1]):
            heading = blocks.pop().strip()
        paragraphs.append((int(number), "\n\n".join(blocks)))
    return paragraphs, headings


@pytest.fixture(scope="module")
def split() -> tuple[list[tuple[int, str]], dict[int, str]]:
    return split_paragraphs(SEED_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def paragraphs(split) -> dict[int, str]:
    return {number: collapse(text) for number, text in split[0]}


def pinpoint_ranges(pinpoint: str) -> list[tuple[int, int]]:
    """ "para 11" -> [(11, 11)]; "paras 35, 82-83" -> [(35, 35), (82, 83)]."""
    match = re.fullmatch(r"(paras?) (.+)", pinpoint)
    assert match, f"not a paragraph pinpoint: {pinpoint!r}"
    ranges = []
    for part in match[2].split(", "):
        numbers = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
        assert numbers, f"not a paragraph or range: {part!r} in {pinpoint!r}"
        start = int(numbers[1])
        end = int(numbers[2]) if numbers[2] else start
        assert start <= end, f"range runs backwards: {pinpoint!r}"
        ranges.append((start, end))
    count = sum(end - start + 1 for start, end in ranges)
    assert (match[1] == "para") == (count == 1), f"para/paras does not fit: {pinpoint!r}"
    return ranges


def paragraphs_of(pinpoint: str) -> list[int]:
    return [n for start, end in pinpoint_ranges(pinpoint) for n in range(start, end + 1)]


def ruling_pinpoints() -> dict[str, str]:
    """Every citation constant that rests on CR 2005/54, with the ruling's paragraphs it
    names: the ruling's own citations, and the "as cited in CR 2005/54, para N" ones."""
    found = {}
    for name, value in vars(c).items():
        if not isinstance(value, Citation):
            continue
        if value.authority == c.CR:
            found[name] = value.pinpoint
            continue
        for part in (value.pinpoint, value.parenthetical):
            match = AS_CITED.search(part)
            if match:
                found[name] = match[1]
    return found


def pinpoint_problems(name: str, pinpoint: str, paragraphs: dict[int, str]) -> list[str]:
    """Why ``pinpoint`` does not fit the passages listed for ``name`` (empty if it does)."""
    problems = []
    listed = PASSAGES[name]
    cited = paragraphs_of(pinpoint)
    for number in cited:
        if number not in paragraphs:
            problems.append(f"{name}: para {number} is not in the ruling")
    for number in sorted(set(listed) - set(cited)):
        problems.append(f"{name}: para {number} holds its passages but {pinpoint!r} omits it")
    for start, end in pinpoint_ranges(pinpoint):
        for number in {start, end} - set(listed):
            problems.append(f"{name}: para {number} ends {pinpoint!r} but has no passage")
    for number, passages in listed.items():
        for passage in passages:
            if passage not in paragraphs.get(number, ""):
                problems.append(f"{name}: {passage!r} is not in para {number}")
    return problems


# ---------------------------------------------------------------------------
# The split itself
# ---------------------------------------------------------------------------


def test_paragraphs_run_from_1_to_87_in_order_with_no_gaps(split):
    numbers = [number for number, _ in split[0]]
    assert numbers == list(range(1, LAST_PARAGRAPH + 1))


def test_headings_sit_before_the_paragraphs_the_contents_list_gives(split, paragraphs):
    raw = dict(split[0])
    contents = re.findall(r"(?m)^([^\t\n]+)\t(\d+)$", raw[LAST_PARAGRAPH])
    expected = {int(n): HEADING_AS_PRINTED.get(name, name) for name, n in contents}
    assert len(expected) == len(contents) == 19
    assert split[1] == expected


def test_paragraphs_start_and_end_where_expected(paragraphs):
    assert paragraphs[1].startswith("This Ruling sets out the Commissioner's opinion")
    assert paragraphs[44].endswith("(see paragraphs 77 to 83).")
    assert paragraphs[45].startswith("The determination of a person's residency status")
    assert "Resident of Australia" not in paragraphs[44]
    assert paragraphs[86].endswith("= \\$19,574.67$$")
    assert paragraphs[87].startswith("Below is a detailed contents list")
    assert "Commissioner of Taxation" not in paragraphs[87]


def test_pinpoint_ranges_are_read():
    assert paragraphs_of("para 11") == [11]
    assert paragraphs_of("paras 54-56") == [54, 55, 56]
    assert paragraphs_of("paras 35, 82-83") == [35, 82, 83]
    with pytest.raises(AssertionError):
        paragraphs_of("paras 11")
    with pytest.raises(AssertionError):
        paragraphs_of("para 54-56")


# ---------------------------------------------------------------------------
# Every citation to CR 2005/54
# ---------------------------------------------------------------------------


def test_every_ruling_citation_has_its_passages_listed():
    assert set(ruling_pinpoints()) == set(PASSAGES)


def test_every_citation_naming_the_ruling_is_read_as_a_ruling_citation():
    """A citation that mentions CR 2005/54 in a form the reader does not understand (say
    "as cited in CR 2005/54 para 9") would otherwise escape the check."""
    naming = {
        name
        for name, value in vars(c).items()
        if isinstance(value, Citation) and "CR 2005/54" in value.text
    }
    assert naming == set(ruling_pinpoints())


def test_the_ruling_citations_are_the_expected_number():
    citations = ruling_pinpoints()
    own = [name for name in citations if getattr(c, name).authority == c.CR]
    assert (len(own), len(citations) - len(own)) == (32, 5)


@pytest.mark.parametrize("name", sorted(PASSAGES))
def test_ruling_pinpoint_matches_the_paragraphs_that_say_it(paragraphs, name):
    assert pinpoint_problems(name, ruling_pinpoints()[name], paragraphs) == []


@pytest.mark.parametrize("name", sorted(NAMED_IN_RULING))
def test_authorities_are_cited_as_the_ruling_names_them(paragraphs, name):
    """The "as cited" authority and its own pinpoint are the ones the ruling gives, in each
    paragraph cited for them."""
    for number in paragraphs_of(ruling_pinpoints()[name]):
        assert NAMED_IN_RULING[name] in paragraphs[number], f"{name}: para {number}"


def test_every_authority_cited_as_the_ruling_cites_it_is_named():
    as_cited = {name for name in ruling_pinpoints() if getattr(c, name).authority != c.CR}
    assert set(NAMED_IN_RULING) == as_cited


def test_own_pinpoints_of_the_authorities_cited_as_the_ruling_cites_them():
    assert c.TR_96_15_RETURN.pinpoint == "paras 9-16"
    assert c.TR_96_15_ABSENCES.pinpoint == "para 11"
    assert c.S23AG_6D.pinpoint == "s 23AG(6D)"
    assert c.IT_2441.text == "IT 2441, as cited in CR 2005/54, paras 57-58"
    assert c.IT_2650.text == "IT 2650, as cited in CR 2005/54, para 45"


def test_each_passage_is_in_one_paragraph_only(paragraphs):
    """So that a passage pins its paragraph: moved to a neighbour, it would not be found."""
    for name, listed in PASSAGES.items():
        for number, passages in listed.items():
            for passage in passages:
                found = [n for n, text in paragraphs.items() if passage in text]
                assert found == [number], f"{name}: {passage!r} is in paras {found}"


# ---------------------------------------------------------------------------
# The check can fail
# ---------------------------------------------------------------------------


def _shifted(pinpoint: str, by: int) -> str:
    return re.sub(r"\d+", lambda m: str(int(m[0]) + by), pinpoint)


@pytest.mark.parametrize("by", [-1, 1])
@pytest.mark.parametrize("name", sorted(PASSAGES))
def test_a_pinpoint_one_paragraph_out_is_caught(paragraphs, name, by):
    assert pinpoint_problems(name, _shifted(ruling_pinpoints()[name], by), paragraphs)


@pytest.mark.parametrize(
    "name, wrong",
    [
        ("CR_TEMPORARY_ABSENCES", "paras 54-57"),  # stretched
        ("CR_TEMPORARY_ABSENCES", "paras 54-55"),  # shrunk
        ("CR_NAURU_AGREEMENT", "paras 82-83"),  # Article 11.4 itself left out
        ("CR_OTHER_REASON", "para 80"),
        ("IT_2650", "para 46"),
    ],
)
def test_a_wrong_pinpoint_is_caught(paragraphs, name, wrong):
    assert pinpoint_problems(name, wrong, paragraphs)


def test_a_passage_on_the_wrong_paragraph_is_caught(paragraphs):
    """The check reads the text: Article 11.4 is in para 35, not para 36."""
    assert "Article 11.4 of the Agreement provides" not in paragraphs[36]
    assert "Article 11.4 of the Agreement provides" in paragraphs[35]


# ---------------------------------------------------------------------------
# The worked example (para 86)
# ---------------------------------------------------------------------------


def test_para_86_holds_the_worked_example(paragraphs):
    text = unmark(paragraphs[86])
    for figure in ("90,000", "29,362", "60,000", "19,574.67"):
        assert figure in text, figure
    assert "Australian employment income of $60,300;" in text
    assert "allowable deductions against Australian income of $300;" in text
    assert "foreign exempt employment income of $30,100; and" in text
    assert "expenses directly related to foreign exempt employment income of $100." in text
    assert "notional gross taxable income is $90,000" in text
    assert "notional gross tax is $29,362" in text
    assert "other taxable income is $60,000 (Australian employment income)" in text
    assert f"($29,362/$90,000) {TIMES} $60,000 = $19,574.67" in text
    assert [n for n, text in paragraphs.items() if "19,574.67" in text] == [86]


def test_the_worked_example_adds_up():
    notional_income = (Decimal(60300) - 300) + (Decimal(30100) - 100)
    assert notional_income == 90000
    payable = (Decimal(29362) / notional_income * 60000).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert payable == Decimal("19574.67")

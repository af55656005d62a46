"""Every pinpoint to Barajas-Romero v. Lynch, 846 F.3d 351 (9th Cir. 2017) is checked
against the seed text: each cited page must hold the passage the rules rely on it for.

A page runs from its ``*NNN`` marker to the next marker. (The OCR also prints margin page
numbers at the head of some lines; those are not page breaks.)"""

import re
from pathlib import Path

import pytest

from questionnaires.framework.determination import Citation
from questionnaires.removal_protection import citations as c

SEED_FILE = Path(__file__).resolve().parents[1] / "sources" / "000_3650f35a52700786.txt"

#: For each seed citation, the passages each page in its pinpoint must hold (whitespace
#: collapsed; OCR noise avoided).
PASSAGES = {
    "SEED_CONVICTIONS": {
        354: ["convictions for felony methamphetamine possession and receiving stolen property"],
        355: ["found statutorily eligible for withholding of removal and Convention Against"],
    },
    "SEED_REINSTATEMENT": {
        355: [
            "Barajas-Romero reentered the United States with a false passport",
            "ICE commenced proceedings to reinstate his prior deportation order",
        ],
    },
    "SEED_MEDICAL_EVIDENCE": {
        355: ["a physician's report saying that the scars were", "12 centimeter"],
        356: ["post-traumatic stress disorder caused by his torture"],
    },
    "SEED_ESCALATION_FACTS": {
        355: ["The torture became much worse after Barajas-Romero's"],
        356: ["ample evidence that the police escalated their torture considerably"],
    },
    "SEED_PERSECUTORS_MOTIVE": {
        357: [
            "address the persecutor's motive for persecuting the victim",
            "if the persecutor has no idea what the victim's political opinion is and does "
            "not care what it is",
        ],
    },
    "SEED_MIXED_MOTIVES": {
        357: ["People, including persecutors, often have mixed motives"],
        358: [
            "partly because she was pro-government and partly just for the money",
            '"at least in part."',
        ],
    },
    "SEED_ONE_CENTRAL_REASON": {
        358: [
            "was or will be at least one central reason for persecuting the applicant",
            "Barajas-Romero seeks withholding of removal, not asylum",
        ],
    },
    "SEED_A_REASON": {
        358: ['The withholding statute just says "a" reason'],
        359: ['The phrase "a reason" includes weaker motives than "one central reason."'],
        360: ['We hold that "a reason" is a less demanding standard than "one central reason."'],
    },
    "SEED_C_T_L": {
        359: ["The BIA in this case followed its own precedent in Matter of C-T-L-"],
    },
    "SEED_ZETINO": {
        359: ["Zetino does not so hold"],
        360: ["there was no nexus at all between the feared persecution and political opinion"],
    },
    "SEED_A_REASON_HOLDING": {
        360: [
            'We hold that "a reason" is a less demanding standard than "one central reason."',
            "more likely than not they will be persecuted",
            "The torture became much worse after Barajas-",
            'the correct standard: "a reason" rather than "one central reason."',
        ],
    },
    "SEED_CAT": {
        361: [
            'it is "more likely than not that he or she would be tortured if removed',
            "The torturers' motivations need not relate to the five protected classifications",
            "includes killing",
            "including past torture and country conditions",
            "inflicted by or at the instigation of or with the consent or acquiescence of a "
            "public official",
            "Acquiescence of a public official requires that the public official, prior to "
            "the activity constituting torture, have awareness of such activity",
        ],
    },
    "SEED_NO_ROGUE_OFFICIAL": {
        362: [
            'The statute and regulations do not establish a "rogue official" exception',
            "even though they were local police",
            "Since the officers were apparently off-duty",
        ],
        363: ["the four policemen were public officials who themselves inflicted the torture"],
    },
    "SEED_ACQUIESCENCE": {
        363: [
            "consciously close their eyes to the fact it is going on",
            "not just that they are unable to solve it, as when the torturers cannot be "
            "identified",
            "Police ineffectiveness is not enough to establish an entitlement to relief",
            "worked on behalf of criminals or gangsters",
            "even if the federal government in Mexico would not similarly acquiesce",
            "efficacy of the government's efforts to stop the drug cartels' violence",
        ],
    },
    "SEED_RELOCATION": {
        363: [
            "The policemen had marked his forehead with a permanent scar to make him recognizable",
        ],
        364: [
            "the petitioner does not bear the burden under 8 C.F.R. § 1208.16(c)(3) to show "
            "that it is impossible to avoid torture by internally relocating",
            "Past evidence of torture is uncontradicted and substantial",
            "does not identify a safe place",
        ],
    },
}


def seed_citations() -> dict[str, Citation]:
    return {
        name: value
        for name, value in vars(c).items()
        if isinstance(value, Citation) and value.authority == c.SEED
    }


def pages_of(pinpoint: str) -> list[int]:
    """ "360" -> [360]; "358-60" -> [358, 359, 360]."""
    match = re.fullmatch(r"(\d{3})(?:-(\d{2,3}))?", pinpoint)
    assert match, f"not a page or page range: {pinpoint!r}"
    start = int(match[1])
    end = int(match[2]) if match[2] else start
    if end < 100:
        end += start - start % 100
    return list(range(start, end + 1))


@pytest.fixture(scope="module")
def seed_pages() -> dict[int, str]:
    parts = re.split(r"\*(\d{3})\b", SEED_FILE.read_text(encoding="utf-8"))
    return {int(parts[i]): " ".join(parts[i + 1].split()) for i in range(1, len(parts), 2)}


def test_pages_of_reads_ranges():
    assert pages_of("360") == [360]
    assert pages_of("358-60") == [358, 359, 360]
    assert pages_of("363-64") == [363, 364]


def test_every_seed_citation_has_its_passages_listed():
    assert set(seed_citations()) == set(PASSAGES)


@pytest.mark.parametrize("name", sorted(PASSAGES))
def test_seed_pinpoint_matches_the_page_that_says_it(seed_pages, name):
    citation = seed_citations()[name]
    assert citation.parenthetical == "9th Cir. 2017"
    cited = pages_of(citation.pinpoint)
    assert sorted(PASSAGES[name]) == cited, f"{name}: pinpoint {citation.pinpoint}"
    for page, passages in PASSAGES[name].items():
        for passage in passages:
            assert passage in seed_pages[page], f"{name}: {passage!r} is not on page {page}"


def test_a_wrong_page_is_caught(seed_pages):
    """The check can fail: the escalation sentence is on 356, not 357."""
    assert "ample evidence that the police escalated" not in seed_pages[357]
    assert "ample evidence that the police escalated" in seed_pages[356]


def test_seed_page_markers_run_from_354_to_365(seed_pages):
    assert sorted(seed_pages) == list(range(354, 366))


@pytest.mark.parametrize(
    "citation, text",
    [
        (c.BORJA, "Borja v. INS, 175 F.3d 732 (9th Cir. 1999) (en banc)"),
        (c.ZETINO, "Zetino v. Holder, 622 F.3d 1007 (9th Cir. 2010)"),
        (c.C_T_L, "Matter of C-T-L-, 25 I&N Dec. 341 (BIA 2010)"),
        (c.MADRIGAL, "Madrigal v. Holder, 716 F.3d 499 (9th Cir. 2013)"),
        (c.MALDONADO, "Maldonado v. Lynch, 786 F.3d 1155 (9th Cir. 2015) (en banc)"),
        (c.GUZMAN_VAZQUEZ, "Guzman-Vazquez v. Barr, 959 F.3d 253 (6th Cir. 2020)"),
        (c.QUITUIZACA, "Quituizaca v. Garland, 52 F.4th 103 (2d Cir. 2022)"),
        (c.J_G_R, "Matter of J-G-R-, 28 I&N Dec. 733 (BIA 2023)"),
        (c.Y_L, "Matter of Y-L-, A-G- & R-S-R-, 23 I&N Dec. 270 (A.G. 2002)"),
        (c.J_F_F, "Matter of J-F-F-, 23 I&N Dec. 912 (A.G. 2006)"),
        (c.M_E_V_G, "Matter of M-E-V-G-, 26 I&N Dec. 227 (BIA 2014)"),
        (c.W_G_R, "Matter of W-G-R-, 26 I&N Dec. 208 (BIA 2014)"),
        (c.M_Z_M_R, "Matter of M-Z-M-R-, 26 I&N Dec. 28 (BIA 2012)"),
        (
            c.BRINGAS_RODRIGUEZ,
            "Bringas-Rodriguez v. Sessions, 850 F.3d 1051 (9th Cir. 2017) (en banc)",
        ),
        (c.DELGADO_ORTIZ, "Delgado-Ortiz v. Holder, 600 F.3d 1148 (9th Cir. 2010)"),
        (c.GARCIA_MILIAN, "Garcia-Milian v. Holder, 755 F.3d 1026 (9th Cir. 2014)"),
        (c.PEREZ_GUZMAN, "Perez-Guzman v. Lynch, 835 F.3d 1066 (9th Cir. 2016)"),
        (c.MIGUEL_MIGUEL, "Miguel-Miguel v. Gonzales, 500 F.3d 941 (9th Cir. 2007)"),
        (c.LOPER_BRIGHT, "Loper Bright Enters. v. Raimondo, 144 S. Ct. 2244 (2024)"),
        (c.O_F_A_S, "Matter of O-F-A-S-, 28 I&N Dec. 35 (A.G. 2020)"),
        (c.ELIAS_ZACARIAS, "INS v. Elias-Zacarias, 502 U.S. 478, 482 (1992)"),
        (c.SEED_A_REASON_HOLDING, "Barajas-Romero v. Lynch, 846 F.3d 351, 360 (9th Cir. 2017)"),
    ],
)
def test_cases_are_cited_in_full_form(citation, text):
    assert citation.text == text


@pytest.mark.parametrize(
    "page, spelled",
    [
        (357, "Boria v I.N.S."),  # Borja v. INS, as the OCR spells it
        (359, "Zetino v. Holder"),
        (359, "Matter of C-T-L-"),
        (363, "Madrigal"),
        (364, "Maldonado v. Lvnch"),  # Maldonado v. Lynch, as the OCR spells it
    ],
)
def test_cases_cited_from_the_seed_are_discussed_on_the_page_cited_with_them(
    seed_pages, page, spelled
):
    assert spelled in seed_pages[page]


def test_statutes_and_regulations_are_the_ones_checked():
    """Every provision cited was checked against its text (citations.LAW_CHECKED). Those read
    in the 2026-11-29 check are now cited: § 1158(a)(2)(E) (unaccompanied children),
    § 1208.4(a)(2)(ii) (the last day carried past a weekend or holiday), §§ 1208.13(b)(3)(ii)
    and 1208.16(b)(3)(ii) (relocation presumed unreasonable, in the text in force), and the
    terrorism bar to withholding (§§ 1231(b)(3)(B)(iv), 1227(a)(4)(B), 1182(a)(3)(B);
    § 1208.16(c)(4)). Read 2026-11-30: § 1208.4(a)(5)(ii) (an unaccompanied minor's legal
    disability as an extraordinary circumstance); 6 U.S.C. § 279(g)(2), checked in
    :func:`test_the_child_definition_is_cited_from_title_6`; and, on a third search,
    § 241.8(e) (the referral to an asylum officer after a reinstated order) and § 1208.17(a)
    (deferral), which are now checked and no longer named as unconfirmed."""
    named = {
        "§ 1158(a)(2)(B)",
        "§ 1158(a)(2)(C)",
        "§ 1158(a)(2)(D)",
        "§ 1158(a)(2)(E)",
        "§ 1158(b)(3)(C)",
        "§ 1158(b)(2)(A)",
        "§ 1158(b)(2)(A)(i)",
        "§ 1158(b)(2)(A)(iii)",
        "§ 1158(b)(2)(A)(v)",
        "§ 1158(b)(2)(A)(vi)",
        "§ 1158(b)(2)(B)(i)",
        "§ 1101(a)(48)(B)",
        "§ 1182(a)(3)(B)",
        "§ 1182(d)(3)(B)(i)",
        "§ 1227(a)(4)(B)",
        "§ 1208.4(a)(2)(ii)",
        "§ 1208.4(a)(3)",
        "§ 208.15(a)-(b)",
        "§ 1003.31(c)",
        "§ 1208.33(a)",
        "§ 1208.4(a)(4)",
        "§ 1208.4(a)(5)",
        "§ 1208.4(a)(5)(ii)",
        "§ 1208.4(a)(5)(iv)",
        "§ 1208.4(a)",
        "§ 1208.13(b)(1)",
        "§ 1208.13(b)(2)(iii)",
        "§ 1208.16(b)(2)",
        "§ 1208.13(b)(2)(i)(B)",
        "§ 1208.13(b)(3)(ii)",
        "§ 241.8(e)",
        "§ 208.31",
        "§ 1208.31(e)",
        "§ 1208.18(a)(3)",
        "§ 1208.18(a)(4)",
        "§ 1208.18(a)(5)",
        "§ 1231(a)(5)",
        "§ 1158(b)(1)(B)(i)",
        "§ 1231(b)(3)",
        "§ 1231(b)(3)(B)",
        "§ 1231(b)(3)(B)(iv)",
        "§ 1208.16(b)(1)",
        "§ 1208.16(b)(3)(ii)",
        "§ 1208.16(c)(2)",
        "§ 1208.16(c)(3)",
        "§ 1208.16(c)(4)",
        "§ 1208.16(d)(2)",
        "§ 1208.17(a)",
        "§ 1208.18(a)(1)",
        "§ 1208.18(a)(7)",
        "§ 1208.35(a)",
    }
    used = {
        value.pinpoint
        for value in vars(c).values()
        if isinstance(value, Citation) and value.authority in (c.USC, c.CFR)
    }
    assert used == named
    for read_now in (
        "1158(a)(2)(B)-(E)",
        "1208.4(a)(2)(ii)",
        "1208.13(b)",
        "1208.16(b)-(d)",
        "1208.17(a)",
        "241.8(e)",
    ):
        assert read_now in c.LAW_CHECKED
    for read_now in ("1158(a)(2)", "1208.4", "1208.13", "1208.16(b)", "1208.17", "241.8"):
        assert read_now not in c.LAW_NOT_CONFIRMED


def test_the_reinstatement_referral_and_deferral_are_quoted_beside_their_constants():
    """The two regulations found on 2026-11-30 carry the words read, beside the constant."""
    comments = " ".join(
        line.strip().removeprefix("#").strip()
        for line in Path(c.__file__).read_text().splitlines()
        if line.strip().startswith("#")
    )
    assert c.REINSTATED_FEAR_REFERRAL.text == "8 C.F.R. § 241.8(e)"
    assert (
        "expresses a fear of returning to the country designated in that order, the alien "
        "shall be immediately referred to an asylum officer" in comments
    )
    assert c.CAT_DEFERRAL.text == "8 C.F.R. § 1208.17(a)"
    assert (
        "shall be granted deferral of removal to the country where he or she is more likely "
        "than not to be tortured" in comments
    )


def test_the_injunction_of_the_2020_amendments_is_cited_in_full_form():
    assert c.PANGEA.text == (
        "Pangea Legal Servs. v. U.S. Dep't of Homeland Sec., 512 F. Supp. 3d 966 (N.D. Cal. 2021)"
    )


def test_the_child_definition_is_cited_from_title_6():
    """6 U.S.C. § 279(g)(2), the definition 8 U.S.C. § 1158(a)(2)(E) points to (read
    2026-11-30), links to title 6 at the Legal Information Institute."""
    from questionnaires.removal_protection.sources import official_address

    assert c.UAC_DEFINED.text == "6 U.S.C. § 279(g)(2)"
    assert official_address(c.UAC_DEFINED) == ("https://www.law.cornell.edu/uscode/text/6/279#g_2")

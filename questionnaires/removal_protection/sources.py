"""Where the text of each removal-protection citation is (see
``questionnaires.framework.sources``).

*Barajas-Romero v. Lynch* is a page of the app, one anchor per reporter page (``*354`` to
``*365``). Sections of 8 U.S.C. (and 6 U.S.C. § 279) link to the Legal Information
Institute at the subsection; sections of 8 C.F.R. to the eCFR at the paragraph; *Loper
Bright* to the Supreme Court's slip opinion. Every other case has an authority note
(:data:`NOTES`): what the rules rely on it for and what was read of it, as recorded when it
was checked.
"""

import re
from datetime import date
from pathlib import Path

from questionnaires.framework.determination import Citation
from questionnaires.framework.sources import Note, Passage, SourceDocument, cfr, us_code

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


#: Opinions on the court's own site, each address seen in stored pages found by a search on
#: 2026-11-30 (Loper Bright: the "Opinion" field of a copy of its encyclopedia entry and a
#: post announcing the opinion on June 28, 2024 both give this slip opinion on
#: supremecourt.gov).
OPINIONS = {c.LOPER_BRIGHT: "https://www.supremecourt.gov/opinions/23pdf/22-451_7m58.pdf"}


def official_address(citation: Citation) -> str | None:
    if citation in OPINIONS:
        return OPINIONS[citation]
    if citation.authority == c.USC:
        return us_code(8, citation.pinpoint)
    if citation.authority == c.CFR:
        return cfr(8, citation.pinpoint)
    if citation.authority == c.UAC_DEFINED.authority:
        return us_code(6, citation.pinpoint)
    return None


# Authority notes -----------------------------------------------------------------------------

_ONLY_AS_THE_SEED_DISCUSSES_IT = (
    "The decision itself was not read: it is cited as Barajas-Romero v. Lynch discusses it, "
    "on the seed's page shown below."
)
#: The later authorities were checked on 2026-11-29 against their holding: the headnote or the
#: opening of the decision, on its first page (the pinpoint).
_HOLDING_CHECKED = (
    "Its holding: the headnote or the opening of the decision, on its first page. "
    "The copy read is not recorded."
)
_CHECKED_ON = "2026-11-29"


def _later(citation: Citation, relied_on: str, quoted: str = "", read: str = "") -> Note:
    return Note(citation, relied_on, read or _HOLDING_CHECKED, _CHECKED_ON, quoted)


NOTES = (
    # Cases discussed by name in the seed.
    Note(
        c.BORJA,
        "A persecutor can have mixed motives: harm is on account of a protected ground if it "
        "was inflicted at least in part because of it (a pro-government remark and demands "
        "for protection money).",
        _ONLY_AS_THE_SEED_DISCUSSES_IT,
        discussed_in=(c.SEED_MIXED_MOTIVES,),
    ),
    Note(
        c.ZETINO,
        "Where the harm had no connection at all to a protected ground, there is no nexus, "
        "under either standard.",
        _ONLY_AS_THE_SEED_DISCUSSES_IT,
        discussed_in=(c.SEED_ZETINO,),
    ),
    Note(
        c.C_T_L,
        "The Board's reading that the asylum standard (\N{LEFT DOUBLE QUOTATION MARK}at least "
        "one central reason\N{RIGHT DOUBLE QUOTATION MARK}) also applies to withholding of "
        "removal, which the Ninth Circuit rejected.",
        _ONLY_AS_THE_SEED_DISCUSSES_IT,
        discussed_in=(c.SEED_C_T_L,),
    ),
    Note(
        c.MADRIGAL,
        "Acquiescence under the Convention Against Torture: the efficacy of the government's "
        "efforts to stop the violence must be examined, not just the national government's "
        "willingness.",
        _ONLY_AS_THE_SEED_DISCUSSES_IT,
        discussed_in=(c.SEED_ACQUIESCENCE,),
    ),
    Note(
        c.MALDONADO,
        "A person seeking Convention Against Torture protection does not bear the burden of "
        "showing that torture could not be avoided by relocating within the country.",
        _ONLY_AS_THE_SEED_DISCUSSES_IT,
        discussed_in=(c.SEED_RELOCATION,),
    ),
    Note(
        c.ELIAS_ZACARIAS,
        "Forced recruitment by guerrillas is not necessarily persecution on account of "
        "political opinion: what counts is the victim's political opinion, not the "
        "persecutor's.",
        "Page 482 and the syllabus, in the copy at law.onecle.com.",
        "2026-11-29",
        "on account of the victim's political opinion, not the persecutor's",
    ),
    # Later authorities.
    _later(
        c.GUZMAN_VAZQUEZ,
        "The Sixth Circuit's holding that the asylum standard (one central reason) does not "
        "apply to withholding of removal.",
        "the BIA incorrectly required Guzman to demonstrate that his membership in a particular "
        "social group was 'at least one central reason'",
        read="The opening of the opinion. The copy read is not recorded.",
    ),
    _later(
        c.QUITUIZACA,
        "The Second Circuit's holding that the Board's reading (one central reason applies to "
        "withholding) was entitled to deference under Chevron, which Loper Bright has since "
        "overruled.",
        "is reasonable and thus entitled to deference",
    ),
    _later(
        c.O_F_A_S,
        "Torture by an official acting under color of law counts; there is no separate "
        "standard for a \N{LEFT DOUBLE QUOTATION MARK}rogue official"
        "\N{RIGHT DOUBLE QUOTATION MARK}.",
    ),
    _later(
        c.J_G_R,
        "Whether an official acted under color of law turns on whether the official was able "
        "to do it because of the government position (headnote (2)).",
    ),
    _later(
        c.Y_L,
        "Drug trafficking felonies are particularly serious crimes, save in very rare "
        "circumstances.",
    ),
    _later(
        c.MIGUEL_MIGUEL,
        "The Attorney General could create the Y-L- presumption for drug trafficking crimes, "
        "but the Board erred in applying it to a plea entered before it.",
    ),
    _later(
        c.M_H_Z,
        "The material support bar has no exception for support given under duress.",
        "does not include an implied exception for an alien who has provided material support "
        "to a terrorist organization under duress",
        read="The headnote. The copy read is not recorded.",
    ),
    Note(
        c.C_G_T,
        "Not reporting the harm to the authorities does not defeat a claim where reporting "
        "would have been futile or dangerous. A precedent of the Board, binding on "
        "immigration judges in every circuit.",
        "Headnote (2), in the decision's copy on ecases.us.",
        "2026-11-30",
        "A respondent's failure to report harm is not necessarily fatal to a claim of "
        "persecution if the respondent can demonstrate that reporting private abuse to "
        "government authorities would have been futile or dangerous.",
    ),
    Note(
        c.M_A_C_O,
        "Who hears the asylum application of a person found to be an unaccompanied child who "
        "turned 18 before filing: an immigration judge. A ruling on who hears the "
        "application, not on the one-year deadline.",
        "The headnote and the opening paragraphs, in casetext's copy of the decision "
        "(Interim Decision #3942, October 16, 2018). The full analysis was not read.",
        "2026-11-30",
        "An Immigration Judge has initial jurisdiction over an asylum application filed by a "
        "respondent who was previously determined to be an unaccompanied alien child but who "
        "turned 18 before filing the application",
    ),
    _later(
        c.J_F_F,
        "Where the feared harm depends on a chain of events, each step in the chain must be "
        "more likely than not (headnote).",
    ),
    Note(
        c.M_E_V_G,
        "A particular social group must be immutable, particular and socially distinct: "
        "the screening names the test and leaves it to a lawyer.",
        "Headnote (2), in the decision's copy on cetient.com.",
        "2026-11-30",
        "must establish that the group is (1) composed of members who share a common "
        "immutable characteristic, (2) defined with particularity, and (3) socially distinct "
        "within the society in question",
    ),
    Note(
        c.W_G_R,
        "The same three requirements for a particular social group, and the applicant's "
        "burden to show the group exists and the harm is on account of it.",
        "Headnotes (2) and (3), in the decision's copy on cetient.com.",
        "2026-11-30",
        "An applicant has the burden of demonstrating not only the existence of a cognizable "
        "particular social group and his membership in that particular social group, but "
        "also a risk of persecution \N{LEFT DOUBLE QUOTATION MARK}on account of"
        "\N{RIGHT DOUBLE QUOTATION MARK} his membership in that group.",
    ),
    _later(
        c.M_Z_M_R,
        "Relocation: could the client avoid persecution by moving within the country, and "
        "would it be reasonable to expect it.",
    ),
    _later(
        c.BRINGAS_RODRIGUEZ,
        "Reporting to the authorities is not required where it would have been futile or "
        "dangerous; a government unable or unwilling to control private persecutors.",
    ),
    _later(
        c.DELGADO_ORTIZ,
        "Generalized evidence of violence and crime is not enough for Convention Against "
        "Torture protection.",
    ),
    _later(
        c.GARCIA_MILIAN,
        "Police who did not investigate one attack for lack of identifying information did "
        "not acquiesce.",
    ),
    _later(
        c.PEREZ_GUZMAN,
        "A reinstated removal order bars asylum (deference to 8 C.F.R. \N{SECTION SIGN} "
        "1208.31(e)).",
    ),
    _later(
        c.PANGEA,
        "The order of January 8, 2021 preliminarily enjoining the 2020 amendments to the "
        "asylum and withholding regulations (85 Fed. Reg. 80274) before they took effect.",
    ),
)

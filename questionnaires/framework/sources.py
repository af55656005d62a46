"""The law one click away: where the text behind each citation is.

A source document the questionnaires are built from (a seed: CR 2005/54, *Barajas-Romero*,
the TIGTA report) is a page of the app, one passage (paragraph or reporter page) per anchor,
so "CR 2005/54, para 86" opens paragraph 86. Statutes, regulations and rulings link to their
official public text at the pinpoint where the publisher gives one (a subsection on the
Legal Information Institute and eCFR; a section of an Act or a ruling on the ATO's legal
database).

Each questionnaire says which documents and addresses are its own in a ``sources`` module
beside its ``rules`` (``questionnaires/<package>/sources.py``), with ``DOCUMENTS`` (its
seeds) and ``official_address(citation)``. A citation neither knows gets no link: never a
guessed one.

An authority whose text the app does not hold and for which no official address was verified
(a case outside the seeds, the IRM as a report cites it, an amending Act's application item)
has an authority note instead: a page of the app (``/sources/notes/<slug>/``) generated from
a :class:`Note` in the questionnaire's ``NOTES`` (in the same ``sources`` module): the full
citation, what the app relies on it for, what was read of it and when, where a lawyer finds
the full text, and the rules that cite it.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType

from django.urls import reverse
from django.utils.text import slugify

from .determination import Citation
from .registry import Questionnaire, all_questionnaires


@dataclass(frozen=True)
class Passage:
    """One paragraph or page of a source document: its anchor (``para-86``), the label of
    its heading ("Paragraph 86") and its text."""

    anchor: str
    label: str
    text: str


@dataclass(frozen=True)
class SourceDocument:
    """A source document shown as a page of the app."""

    slug: str
    #: The authority as its citations name it (``Citation.authority``).
    authority: str
    title: str
    issued: date
    path: Path
    #: The document's text split into passages.
    split: Callable[[str], list[Passage]]
    #: The anchor of the first passage a pinpoint names ("para 86" -> "para-86").
    anchor_of: Callable[[str], str | None]
    #: What a pinpoint that is only a number counts ("page": "page 360", "pages 357-58").
    pinpoint_unit: str = ""

    @functools.cached_property
    def passages(self) -> list[Passage]:
        return self.split(self.path.read_text(encoding="utf-8"))

    @functools.cached_property
    def anchors(self) -> frozenset[str]:
        return frozenset(passage.anchor for passage in self.passages)

    def pinpoint_words(self, citation: Citation) -> str:
        pinpoint = citation.pinpoint
        if not (self.pinpoint_unit and pinpoint[:1].isdigit()):
            return pinpoint
        plural = "s" if re.search(r"[-,]", pinpoint) else ""
        return f"{self.pinpoint_unit}{plural} {pinpoint}"

    def url(self, anchor: str | None = None) -> str:
        path = reverse("questionnaires:source", args=[self.slug])
        return f"{path}#{anchor}" if anchor else path


@dataclass(frozen=True)
class Link:
    """Where a citation's text is: a page of the app or an official address."""

    href: str
    #: Said after the citation to screen readers, and printed in the PDF.
    where: str

    @property
    def is_official(self) -> bool:
        return self.href.startswith("https://")


# Authority notes ---------------------------------------------------------------------------

#: Reporters by the abbreviation a citation uses, for "where to find the full text".
REPORTERS = {
    "I&N Dec.": (
        "Administrative Decisions Under Immigration and Nationality Laws of the United States "
        "(I&N Dec.), the precedent decisions of the Board of Immigration Appeals and the "
        "Attorney General, published by the Executive Office for Immigration Review"
    ),
    "U.S.": "United States Reports (U.S.), the Supreme Court's official reporter",
    "S. Ct.": "Supreme Court Reporter (S. Ct.)",
    "F.3d": "Federal Reporter, Third Series (F.3d)",
    "F.4th": "Federal Reporter, Fourth Series (F.4th)",
    "F. Supp. 3d": "Federal Supplement, Third Series (F. Supp. 3d)",
}
_REPORTER_CITATION = re.compile(
    r"(?P<volume>\d+) (?P<reporter>"
    + "|".join(re.escape(r) for r in REPORTERS)
    + r") (?P<page>\d+)"
)


@dataclass(frozen=True)
class Note:
    """What the app knows of an authority whose text it does not hold: the page shown for
    it in place of its text. Everything here is what was recorded when it was checked; a
    quotation is only ever of text that was read."""

    citation: Citation
    #: What the rules rely on it for, in a sentence.
    relied_on: str
    #: What of it was read, and in which copy ("the headnote, in casetext's copy").
    read: str
    #: When it was read (ISO date), or "" when the record does not say.
    on: str = ""
    #: Words quoted from what was read.
    quoted: str = ""
    #: Where a lawyer finds the full text, when the citation names no reporter
    #: (:data:`REPORTERS`).
    found_in: str = ""
    #: Passages shown by the app that discuss it (a seed's page citing the case).
    discussed_in: tuple[Citation, ...] = ()
    #: The page's address, when the authority's name alone would not do.
    slug_override: str = ""

    @property
    def slug(self) -> str:
        return self.slug_override or slugify(self.citation.authority)

    @property
    def read_on(self) -> date | None:
        return date.fromisoformat(self.on) if self.on else None

    @property
    def where_to_find(self) -> str:
        """Where the full text is: the reporter the citation names, volume and first page."""
        if self.found_in:
            return self.found_in
        match = _REPORTER_CITATION.search(self.citation.text)
        if not match:
            return ""
        return (
            f"Volume {match['volume']} of the {REPORTERS[match['reporter']]}, "
            f"starting at page {match['page']}. A law library or a legal research service "
            "has it."
        )

    def url(self) -> str:
        return reverse("questionnaires:note", args=[self.slug])


def notes(questionnaire: Questionnaire) -> tuple[Note, ...]:
    module = sources_module(questionnaire)
    return tuple(getattr(module, "NOTES", ())) if module else ()


def all_notes() -> dict[str, tuple[Note, list[Questionnaire]]]:
    """Every authority note by slug, with the questionnaires that cite its authority."""
    found: dict[str, tuple[Note, list[Questionnaire]]] = {}
    for questionnaire in all_questionnaires():
        for note in notes(questionnaire):
            found.setdefault(note.slug, (note, []))[1].append(questionnaire)
    return found


#: The anchor of a note page's citation, where a result's link opens it.
NOTE_ANCHOR = "citation"


# Official addresses ------------------------------------------------------------------------

_SECTION = re.compile(r"^§+\s*(?P<section>[0-9A-Za-z.\-]+)(?P<subdivisions>(\([0-9A-Za-z]+\))*)")


def _first_pinpoint(pinpoint: str) -> re.Match | None:
    """The section and subdivisions a pinpoint starts with (the start of a range)."""
    return _SECTION.match(pinpoint.split("-(")[0].strip())


def us_code(title: int, pinpoint: str) -> str | None:
    """The Legal Information Institute's text of a U.S. Code section, at the subdivision
    (8 U.S.C. § 1231(b)(3) -> .../uscode/text/8/1231#b_3)."""
    match = _first_pinpoint(pinpoint)
    if not match:
        return None
    url = f"https://www.law.cornell.edu/uscode/text/{title}/{match['section']}"
    parts = re.findall(r"\(([0-9A-Za-z]+)\)", match["subdivisions"])
    return f"{url}#{'_'.join(parts)}" if parts else url


def cfr(title: int, pinpoint: str) -> str | None:
    """The eCFR's text of a section, at the paragraph (8 C.F.R. § 1208.16(c)(2) ->
    .../title-8/section-1208.16#p-1208.16(c)(2))."""
    match = _first_pinpoint(pinpoint)
    if not match:
        return None
    section = match["section"]
    url = f"https://www.ecfr.gov/current/title-{title}/section-{section}"
    return f"{url}#p-{section}{match['subdivisions']}" if match["subdivisions"] else url


_ACT_PROVISION = re.compile(r"^(?:ss? (?P<section>[0-9A-Z\-]+?)(?=\(|$|\s)|Div (?P<division>\d+))")


def ato_act(act: str, pinpoint: str) -> str | None:
    """A section (or Division) of an Act on the ATO's legal database (ITAA 1936 s 23AG(1) ->
    docid=PAC/19360027/23AG). ``act`` is the database's number for the Act."""
    match = _ACT_PROVISION.match(pinpoint)
    if not match:
        return None
    provision = match["section"] or f"Div{match['division']}"
    return f"https://www.ato.gov.au/law/view/document?docid=PAC/{act}/{provision}"


_RULING = re.compile(r"^(?P<series>TR|TD|CR|IT) (?P<number>\d{2,4}(?:/\d+)?)$")
_RULING_DATABASE = {"TR": "TXR", "TD": "TXD", "CR": "CLR", "IT": "ITR"}


def ato_ruling(authority: str) -> str | None:
    """A public ruling on the ATO's legal database (TR 96/15 -> docid=TXR/TR9615/...)."""
    match = _RULING.match(authority)
    if not match:
        return None
    series = match["series"]
    code = f"{_RULING_DATABASE[series]}/{series}{match['number'].replace('/', '')}"
    return f"https://www.ato.gov.au/law/view/document?docid={code}/NAT/ATO/00001"


# A questionnaire's sources -----------------------------------------------------------------


def rules_package(questionnaire: Questionnaire) -> str:
    """The package holding the questionnaire's ``rules`` (``questionnaires.<package>``)."""
    module = questionnaire.determine.__module__
    head, found, _ = module.partition(".rules")
    return head if found else module.rpartition(".")[0]


def sources_module(questionnaire: Questionnaire) -> ModuleType | None:
    return _sources_module(rules_package(questionnaire))


@functools.cache
def _sources_module(package: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"{package}.sources")
    except ModuleNotFoundError:
        return None


def documents(questionnaire: Questionnaire) -> tuple[SourceDocument, ...]:
    module = sources_module(questionnaire)
    return tuple(getattr(module, "DOCUMENTS", ())) if module else ()


def all_documents() -> dict[str, tuple[SourceDocument, list[Questionnaire]]]:
    """Every source document by slug, with the questionnaires built on it."""
    found: dict[str, tuple[SourceDocument, list[Questionnaire]]] = {}
    for questionnaire in all_questionnaires():
        for document in documents(questionnaire):
            found.setdefault(document.slug, (document, []))[1].append(questionnaire)
    return found


def link_for(questionnaire: Questionnaire, citation: Citation) -> Link | None:
    """Where the text of ``citation`` is: the passage of a source document it names, else
    its official address, else nothing."""
    for document in documents(questionnaire):
        if citation.authority == document.authority:
            anchor = document.anchor_of(citation.pinpoint)
            if anchor in document.anchors:
                return Link(document.url(anchor), "the text in this app")
    module = sources_module(questionnaire)
    address = module.official_address(citation) if module else None
    if address:
        host = address.split("/")[2].removeprefix("www.")
        return Link(address, f"official text on {host}")
    for note in notes(questionnaire):
        if note.citation == citation:
            return Link(f"{note.url()}#{NOTE_ANCHOR}", "a note on it in this app")
    return None


# Which rules cite a document -----------------------------------------------------------------


@dataclass(frozen=True)
class CitingRule:
    """A rule function that cites a source document, and the passages it cites. What it
    decides is what its ``@reads`` declares (empty for a helper that declares nothing)."""

    name: str
    decides: str
    citations: tuple[Citation, ...]

    @property
    def name_in_words(self) -> str:
        return self.name.strip("_").replace("_", " ")


def citing_rules(
    document: SourceDocument | Note, questionnaire: Questionnaire
) -> list[CitingRule]:
    """The rule functions of ``questionnaire`` that name a citation of ``document`` (or of
    a note's authority), read from their source: a name of the citations module,
    ``c.CR_PROGRESSION_EXAMPLE``."""
    authority = document.citation.authority if isinstance(document, Note) else document.authority
    return list(_citing_rules(authority, rules_package(questionnaire)))


@functools.cache
def _citing_rules(authority: str, package_name: str) -> tuple[CitingRule, ...]:
    package = importlib.import_module(f"{package_name}.rules")
    citations = importlib.import_module(f"{package_name}.citations")
    found = []
    for module in _modules(package):
        tree = ast.parse(inspect.getsource(module))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef):
                continue
            cited = _cited_names(node, citations)
            of_document = tuple(dict.fromkeys(c for c in cited if c.authority == authority))
            if of_document:
                function = getattr(module, node.name, None)
                declared = getattr(function, "reads", None)
                decides = declared.decides if declared else ""
                found.append(CitingRule(node.name, decides, of_document))
    return tuple(found)


def _modules(package: ModuleType) -> list[ModuleType]:
    if not hasattr(package, "__path__"):
        return [package]
    return [package] + [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
    ]


def _cited_names(function: ast.FunctionDef, citations: ModuleType) -> list[Citation]:
    """The citations a function names as ``c.NAME`` (the citations module's alias)."""
    cited = []
    for node in ast.walk(function):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            value = getattr(citations, node.attr, None)
            if node.value.id == "c" and isinstance(value, Citation):
                cited.append(value)
    return cited

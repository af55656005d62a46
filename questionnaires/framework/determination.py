"""What a rule module returns. Pure Python: no Django import, so rules stay testable
and portable, and the same facts always give the same determination."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import asdict, dataclass, field, is_dataclass, replace
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """How a legal test came out on the facts given."""

    MET = "met"
    NOT_MET = "not_met"
    UNCLEAR = "unclear"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    Status.MET: "Met",
    Status.NOT_MET: "Not met",
    Status.UNCLEAR: "Unclear",
    Status.NOT_APPLICABLE: "Does not apply",
}


#: A pinpoint that is a provision (8 U.S.C. § 1231, ITAA 1936 s 23AG, IRM 11.3.41.3.2)
#: follows its authority after a space; a page or paragraph follows a comma.
_PROVISION = re.compile(r"^(§|ss? |\d+(\.\d+){2,})")


@dataclass(frozen=True)
class Citation:
    """An authority with a pinpoint, e.g. ``Citation("CR 2005/54", "para 43")`` or
    ``Citation("Barajas-Romero v. Lynch, 846 F.3d 351", "360", "9th Cir. 2017")`` or
    ``Citation("8 U.S.C.", "§ 1231(b)(3)")``."""

    authority: str
    pinpoint: str
    parenthetical: str = ""
    url: str = ""

    @property
    def is_provision(self) -> bool:
        """The pinpoint is a provision (a section, a paragraph of the manual), not a page."""
        return bool(_PROVISION.match(self.pinpoint))

    @property
    def text(self) -> str:
        joiner = " " if self.is_provision else ", "
        text = f"{self.authority}{joiner}{self.pinpoint}"
        if self.parenthetical:
            text += f" ({self.parenthetical})"
        return text

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Finding:
    """The outcome of one legal test.

    ``relied_on`` names the answers (form field names) the finding rests on, so the
    result page can say "Based on your answers: ...".
    """

    code: str
    title: str
    status: Status
    explanation: str
    relied_on: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Determination:
    """A screening's result: the outcome code and headline first, then the findings.

    ``data`` holds the questionnaire's own structured results (per payment, per form of
    relief, computed dates and amounts); it must be JSON-serialisable.
    """

    outcome: str
    headline: str
    findings: tuple[Finding, ...]
    next_steps: tuple[str, ...] = ()
    caveats: tuple[str, ...] = ()
    data: dict[str, Any] = field(default_factory=dict)

    def finding(self, code: str) -> Finding:
        """The finding with this code (KeyError if the rules made none)."""
        for finding in self.findings:
            if finding.code == code:
                return finding
        raise KeyError(code)

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every citation in the findings, first appearance first, without repeats:
        the numbered "Sources" list."""
        seen: dict[str, Citation] = {}
        for finding in self.findings:
            for citation in finding.citations:
                seen.setdefault(citation.text, citation)
        return tuple(seen.values())

    def to_dict(self) -> dict[str, Any]:
        """The JSON snapshot stored on a case record (re-rendered by ``from_dict``)."""
        return {
            "outcome": self.outcome,
            "headline": self.headline,
            "findings": [
                {
                    "code": f.code,
                    "title": f.title,
                    "status": str(f.status),
                    "explanation": f.explanation,
                    "relied_on": list(f.relied_on),
                    "citations": [asdict(c) for c in f.citations],
                }
                for f in self.findings
            ],
            "next_steps": list(self.next_steps),
            "caveats": list(self.caveats),
            "data": self.data,
        }

    @classmethod
    def from_dict(cls, snapshot: dict[str, Any]) -> Determination:
        return cls(
            outcome=snapshot["outcome"],
            headline=snapshot["headline"],
            findings=tuple(
                Finding(
                    code=f["code"],
                    title=f["title"],
                    status=Status(f["status"]),
                    explanation=f["explanation"],
                    relied_on=tuple(f["relied_on"]),
                    citations=tuple(Citation(**c) for c in f["citations"]),
                )
                for f in snapshot["findings"]
            ),
            next_steps=tuple(snapshot["next_steps"]),
            caveats=tuple(snapshot["caveats"]),
            data=snapshot.get("data", {}),
        )


@dataclass(frozen=True)
class Reads:
    """What a legal test reads and decides: declared once, on the rule function, by
    :func:`reads`. The result's "Based on your answers" lists the answers it reads; each
    question page says what its answers decide ("Why we ask")."""

    answers: tuple[str, ...]
    #: What the test decides, in plain words, as it ends "This decides ...":
    #: "whether the 91-day test is met".
    decides: str
    #: The provisions the test applies (the citation shown beside ``decides``).
    law: tuple[Citation, ...] = ()


#: Every legal test declared with :func:`reads`, by the module that declares it.
DECLARED_TESTS: dict[str, list[Reads]] = {}


def reads(*answers: str, decides: str, law: tuple[Citation, ...] = ()) -> Callable:
    """Declare the answers (form field names) a rule function reads and what it decides::

        @reads("australian_resident", "residency_change",
               decides="whether the client was an Australian resident", law=(c.S23AG_1,))
        def australian_resident(facts): ...

    The finding the function returns (alone, or within the tuple it returns) names its
    answers (``relied_on``) in the declared order: those of its branch, or all declared."""
    declared = Reads(tuple(answers), decides, tuple(law))

    def declare(test: Callable) -> Callable:
        @functools.wraps(test)
        def apply(*args, **kwargs):
            memo = _REMEMBERED.get()
            if memo is not None and len(args) == 1 and not kwargs and is_dataclass(args[0]):
                return _remembered(memo, test, args[0], declared.answers)
            return _relying_on(test(*args, **kwargs), declared.answers)

        apply.reads = declared
        DECLARED_TESTS.setdefault(test.__module__, []).append(declared)
        return apply

    return declare


#: Within :func:`tests_remembered`: for each legal test, its findings by the facts it read.
_REMEMBERED: ContextVar[dict | None] = ContextVar("tests_remembered", default=None)
_MISSING = object()


@contextmanager
def tests_remembered() -> Iterator[None]:
    """Within this block, a legal test declared with :func:`reads` and given one facts
    object is not run again on facts that hold the same values for every field it read
    the last time it ran: it is a pure function of what it reads, so it would read the
    same fields in the same order and return the same finding. What would change the
    result runs the rules once for each answer changed, and most tests read none of it."""
    token = _REMEMBERED.set({})
    try:
        yield
    finally:
        _REMEMBERED.reset(token)


class _Recording:
    """The facts, recording each field read (and its value) on the way through."""

    __slots__ = ("_facts", "_read")

    def __init__(self, facts):
        self._facts = facts
        self._read: dict[str, Any] = {}

    def __getattr__(self, name: str):
        value = getattr(self._facts, name)
        self._read.setdefault(name, value)
        return value

    @property
    def __class__(self):
        """The facts' class, so that ``isinstance`` sees the facts."""
        return type(self._facts)


def _remembered(memo: dict, test: Callable, facts, declared: tuple[str, ...]):
    """``test(facts)`` as :func:`reads` returns it, remembered by the fields it read."""
    by_fields = memo.setdefault(test, {})
    for names, results in by_fields.items():
        try:
            found = results.get(tuple(getattr(facts, name) for name in names), _MISSING)
        except TypeError:  # a value that cannot be a key
            continue
        if found is not _MISSING:
            return found
    recording = _Recording(facts)
    try:
        result = _relying_on(test(recording), declared)
    except Exception:
        # Not only reading fields (a copy of the facts with a field changed, say): run it
        # as it is, unremembered (an error of its own is raised again there).
        return _relying_on(test(facts), declared)
    with suppress(TypeError):  # a value that cannot be a key: not remembered
        by_fields.setdefault(tuple(recording._read), {})[tuple(recording._read.values())] = result
    return result


def _relying_on(result, declared: tuple[str, ...]):
    """The finding's answers in the order declared: those it names for its branch (an
    answer it names undeclared is kept, after them; a test checks there are none), or
    every declared one if it names none."""
    if isinstance(result, Finding):
        given = result.relied_on
        if not given:
            return replace(result, relied_on=declared)
        ordered = (
            *(name for name in declared if name in given),
            *(n for n in given if n not in declared),
        )
        return result if ordered == given else replace(result, relied_on=ordered)
    if isinstance(result, tuple):
        return tuple(_relying_on(item, declared) for item in result)
    return result


def declared_tests(package: str) -> list[Reads]:
    """The legal tests declared in the modules of ``package`` (a questionnaire's rules)."""
    return [
        declared
        for module, tests in DECLARED_TESTS.items()
        if module == package or module.startswith(f"{package}.")
        for declared in tests
    ]

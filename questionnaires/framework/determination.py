"""What a rule module returns. Pure Python: no Django import, so rules stay testable
and portable, and the same facts always give the same determination."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
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
    def text(self) -> str:
        joiner = " " if _PROVISION.match(self.pinpoint) else ", "
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

"""Why we ask: what a question page's answers decide, from the legal tests that declare
they read them (:func:`questionnaires.framework.determination.reads`), never written per
question. The result's "Based on your answers" comes from the same declarations."""

from __future__ import annotations

from .determination import Citation, Reads, declared_tests
from .registry import Questionnaire, Step
from .wording import join_words


def rules_package(questionnaire: Questionnaire) -> str:
    """Where the questionnaire's legal tests are declared: the ``rules`` package its
    ``determine`` comes from (or that module itself)."""
    module = questionnaire.determine.__module__
    head, found, _ = module.partition(".rules")
    return f"{head}.rules" if found else module


def tests_reading(questionnaire: Questionnaire, step: Step) -> list[Reads]:
    """The legal tests that read any answer of the page: first those that read it as
    their first answer (their main input), then those that read it among others."""
    names = step.field_names()
    tests = dict.fromkeys(
        test
        for test in declared_tests(rules_package(questionnaire))
        if set(names) & set(test.answers)
    )

    def rank(test: Reads) -> int:
        return min(test.answers.index(name) for name in names if name in test.answers)

    return sorted(tests, key=rank)


def why_we_ask(questionnaire: Questionnaire, step: Step) -> str:
    """One line: what the page's answers decide, with the law ("This decides whether the
    91-day test is met (ITAA 1936 s 23AG(1))."); empty if no test reads them."""
    decides = [
        test.decides + (f" ({_pinpoints(test.law)})" if test.law else "")
        for test in tests_reading(questionnaire, step)
    ]
    decides = list(dict.fromkeys(decides))
    return f"This decides {join_words(decides)}." if decides else ""


def _pinpoints(law: tuple[Citation, ...]) -> str:
    """The provisions, the authority named once and without the notes in brackets
    ("ITAA 1936 s 23AG(1), s 23AG(6)"); a case in full, with its court and year."""
    parts: list[str] = []
    previous = None
    for citation in law:
        text = citation.text
        if citation.is_provision:
            text = Citation(citation.authority, citation.pinpoint).text
        if citation.authority == previous and citation.is_provision:
            text = citation.pinpoint
        parts.append(text)
        previous = citation.authority
    return ", ".join(parts)

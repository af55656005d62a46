"""The document types each questionnaire offers, declared in its ``documents`` module:

.. code-block:: python

    register_document(DocumentType(
        questionnaire="irs-records-request",
        slug="request-letter",
        title="FOIA request letter",
        description="The request to send the IRS, with the statement of identity.",
        offered=lambda draft: draft.data.get("path") == "prepare_request",
        details_form=RequestLetterDetailsForm,
        build=request_letter,
    ))

``offered`` and ``build`` read only the record's snapshot (a :class:`Draft`: the
determination as stored, the answers, the clinic and the details typed), never the rules'
internals, so a document reads the same after the rules change.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django import forms

from questionnaires.framework.determination import Determination

from .content import Document


@dataclass(frozen=True)
class Clinic:
    """The clinic's own name, address and signature block (set once by an admin)."""

    name: str = ""
    address: tuple[str, ...] = ()
    signature: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Draft:
    """What a document is drafted from."""

    determination: Determination
    answers: Mapping[str, Any]
    details: Mapping[str, Any]
    clinic: Clinic
    client_reference: str
    completed_on: date
    rules_version: str
    law_as_of: date | None
    today: date
    record_version: int = 0
    #: Each question and answer as staff saw them: ``{"step", "field", "question", "answer"}``.
    answers_in_words: tuple[Mapping[str, str], ...] = ()

    @property
    def data(self) -> Mapping[str, Any]:
        return self.determination.data

    def answers_for(self, fields) -> list[Mapping[str, str]]:
        """The answers in words to these questions (by field name), in the order asked."""
        wanted = set(fields)
        return [answer for answer in self.answers_in_words if answer["field"] in wanted]


@dataclass(frozen=True)
class DocumentType:
    questionnaire: str
    slug: str
    title: str
    #: One line for the record page: what the document is for.
    description: str
    offered: Callable[[Draft], bool]
    build: Callable[[Draft], Document]
    #: The details not in the screening (names, addresses, numbers), asked when the
    #: document is first made. ``None``: the document needs none.
    details_form: type[forms.Form] | None = None
    #: The file name's stem ("foia-request-letter"); the reference and date are added.
    file_stem: str = field(default="")

    @property
    def stem(self) -> str:
        return self.file_stem or self.slug


_DOCUMENTS: dict[str, dict[str, DocumentType]] = {}


def register_document(document_type: DocumentType) -> DocumentType:
    by_slug = _DOCUMENTS.setdefault(document_type.questionnaire, {})
    if document_type.slug in by_slug:
        raise ValueError(f"Document {document_type.slug!r} is registered twice")
    by_slug[document_type.slug] = document_type
    return document_type


def discover(package: str) -> None:
    """Import a questionnaire package's ``documents`` module, if it has one."""
    if importlib.util.find_spec(f"{package}.documents"):
        importlib.import_module(f"{package}.documents")


def documents_for(questionnaire: str) -> list[DocumentType]:
    return list(_DOCUMENTS.get(questionnaire, {}).values())


def get(questionnaire: str, slug: str) -> DocumentType:
    """The document type (KeyError if the questionnaire has none by that name)."""
    return _DOCUMENTS[questionnaire][slug]


def offered(questionnaire: str, draft: Draft) -> list[DocumentType]:
    """The documents this result calls for."""
    return [kind for kind in documents_for(questionnaire) if kind.offered(draft)]

"""Drafted documents of a completed case record: the details form, and the DOCX and PDF
downloads. Only records the user may see (others' answer 404); making, changing and
downloading a document are audit events naming the record and the document type (never
its content)."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

from django import forms
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_http_methods

from questionnaires.audit import AuditEvent, record_event
from questionnaires.framework.determination import Determination
from questionnaires.framework.forms import MemorableDateField
from questionnaires.framework.rendering import error_summary
from questionnaires.models import CaseRecord

from . import registry
from .docx_writer import to_docx
from .html_writer import to_html
from .models import ClinicProfile, DraftDocument

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def draft_for(
    record: CaseRecord, details=None, today: date | None = None, clinic=None
) -> registry.Draft:
    """What a document of ``record`` is drafted from: its stored snapshot and the details."""
    return registry.Draft(
        determination=Determination.from_dict(record.determination),
        answers=record.answers,
        details=details or {},
        clinic=ClinicProfile.current() if clinic is None else clinic,
        client_reference=record.client_reference,
        completed_on=timezone.localdate(record.completed_at),
        rules_version=record.rules_version,
        law_as_of=record.law_as_of,
        today=today or timezone.localdate(),
        record_version=record.version,
        answers_in_words=tuple(record.answers_in_words or ()),
    )


def offered_documents(record: CaseRecord) -> list[registry.DocumentType]:
    # Whether a result calls for a document never depends on the clinic's details.
    return registry.offered(record.questionnaire, draft_for(record, clinic=registry.Clinic()))


def documents_section(record: CaseRecord) -> list[dict]:
    """The record page's "Documents": what this result calls for, each with its document
    if one was made (one query, only when something is offered)."""
    offered = offered_documents(record)
    made = {document.kind: document for document in record.documents.all()} if offered else {}
    return [{"type": kind, "document": made.get(kind.slug)} for kind in offered]


def _record_and_type(request, pk, kind) -> tuple[CaseRecord, registry.DocumentType]:
    record = get_object_or_404(CaseRecord.objects.visible_to(request.user).complete(), pk=pk)
    try:
        document_type = registry.get(record.questionnaire, kind)
    except KeyError:
        raise Http404("No such document") from None
    if document_type not in offered_documents(record):
        raise Http404("This result does not call for that document")
    return record, document_type


def _details_form(document_type, data=None, details=None) -> forms.Form:
    form_class = document_type.details_form or forms.Form
    initial = dict(details or {})
    for name, field in form_class.base_fields.items():
        if isinstance(field, MemorableDateField) and isinstance(initial.get(name), str):
            initial[name] = date.fromisoformat(initial[name])
    return form_class(data=data, initial=initial)


@require_http_methods(["GET", "POST"])
def document_details(request, pk, kind):
    """Ask the details a document needs that the screening does not hold, then make it
    (first time) or save the change."""
    record, document_type = _record_and_type(request, pk, kind)
    document = DraftDocument.objects.filter(record=record, kind=kind).first()
    if request.method == "POST":
        form = _details_form(document_type, data=request.POST)
        if form.is_valid():
            # As stored (dates and amounts as text), so an unchanged form is no change.
            details = json.loads(json.dumps(form.cleaned_data, cls=DjangoJSONEncoder))
            if document is None:
                DraftDocument.objects.create(
                    record=record,
                    kind=kind,
                    details=details,
                    made_by=request.user,
                    record_version=record.version,
                    rules_version=record.rules_version,
                )
                record_event(request.user, AuditEvent.Action.DOCUMENT_MADE, record, document=kind)
            elif details != document.details:
                document.details = details
                document.save(update_fields=["details", "changed_at"])
                record_event(
                    request.user, AuditEvent.Action.DOCUMENT_CHANGED, record, document=kind
                )
            return redirect(f"{record.get_absolute_url()}#document-{kind}")
    else:
        form = _details_form(document_type, details=document.details if document else None)
    return render(
        request,
        "questionnaires/documents/details.html",
        {
            "record": record,
            "document_type": document_type,
            "document": document,
            "form": form,
            "errors": error_summary(form) if form.is_bound else [],
        },
    )


def build_document(record: CaseRecord, document: DraftDocument, document_type):
    """The document's content, drafted from the record's snapshot and its details as of the
    day they were last saved (the letter's date)."""
    today = timezone.localdate(document.changed_at)
    content = document_type.build(draft_for(record, document.details, today))
    made = timezone.localdate(document.made_at)
    footer = (
        f"Draft made {made.isoformat()} by Casework Guide from case record "
        f"{record.client_reference or str(record.pk)[:8]} (version {document.record_version}, "
        f"rules {document.rules_version}). A lawyer reviews every draft before it is sent."
    )
    return dataclasses.replace(content, footer=footer)


@require_GET
def document_download(request, pk, kind, file_format):
    record, document_type = _record_and_type(request, pk, kind)
    document = get_object_or_404(DraftDocument, record=record, kind=kind)
    content = build_document(record, document, document_type)
    if file_format == "docx":
        payload, content_type = to_docx(content), DOCX_TYPE
    elif file_format == "pdf":
        # Imported here: WeasyPrint loads pango on import, and only PDFs need it.
        from questionnaires.pdf import (
            RenderingInProgress,
            RenderingTimedOut,
            one_rendering_per_user,
            write_pdf_within,
        )

        html = to_html(content)
        try:
            with one_rendering_per_user(request.user):
                payload = write_pdf_within(
                    html, request.build_absolute_uri("/"), settings.PDF_TIME_LIMIT
                )
        except (RenderingInProgress, RenderingTimedOut) as problem:
            busy = isinstance(problem, RenderingInProgress)
            return render(
                request,
                "questionnaires/pdf_unavailable.html",
                {"record": record, "busy": busy},
                status=429 if busy else 503,
            )
        content_type = "application/pdf"
    else:
        raise Http404("No such format")
    record_event(
        request.user,
        AuditEvent.Action.DOCUMENT_DOWNLOADED,
        record,
        document=kind,
        format=file_format,
    )
    reference = slugify(record.client_reference) or "no-reference"
    filename = f"{document_type.stem}-{reference}-{timezone.localdate().isoformat()}.{file_format}"
    response = HttpResponse(payload, content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    patch_cache_control(response, private=True, no_store=True)
    return response

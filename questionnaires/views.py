from functools import cache

from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import review
from .audit import AuditEvent, record_event, record_list_view
from .case_search import (
    SEARCH_SESSION_KEY,
    CaseFilterForm,
    ReferenceSearchForm,
    with_reference,
)
from .deadlines import open_deadlines
from .documents.views import documents_section
from .forms import ReviewDecisionForm
from .framework import registry
from .framework.determination import Determination, Status
from .framework.rendering import error_summary, numbered_findings
from .framework.sources import NOTE_ANCHOR, all_documents, all_notes, citing_rules, link_for
from .framework.wizard import QuestionnaireWizard, amendment_state, issue_intake
from .models import CaseRecord, is_supervisor


def _questionnaire_or_404(slug: str) -> registry.Questionnaire:
    try:
        return registry.get(slug)
    except KeyError:
        raise Http404("No such questionnaire") from None


@require_GET
def home(request):
    recent = CaseRecord.objects.filter(created_by=request.user).only(
        "id", "questionnaire", "client_reference", "status", "outcome", "updated_at"
    )[:10]
    return render(
        request,
        "questionnaires/home.html",
        {
            "questionnaires": registry.all_questionnaires(),
            "recent": recent,
            "next_deadlines": open_deadlines(request.user)[:5],
            "today": timezone.localdate(),
            # For a supervisor: how many screenings wait for review (None for others).
            "awaiting_review": (
                CaseRecord.objects.awaiting_review().count()
                if is_supervisor(request.user)
                else None
            ),
        },
    )


#: Case records shown on one page of the list.
CASES_PER_PAGE = 25


@require_http_methods(["GET", "POST"])
def case_list(request):
    """The records this user may see (a supervisor: the whole clinic's), filtered and sorted
    by the choices in the URL, and searched by client reference, exact or by its start.

    The search is posted and kept in the session; the list's URLs carry only
    ``searched=1``, so a reference never appears in a URL, which access logs keep. The
    stored reference is encrypted, so the search matches keyed hashes."""
    if request.method == "POST":
        return _search_by_reference(request)
    filter_form, records, filters = _filtered_records(request, request.GET)
    search = request.session.get(SEARCH_SESSION_KEY) if request.GET.get("searched") else None
    if search:
        records = with_reference(records, search)
        filters["match"] = search["match"]
    page = Paginator(records, CASES_PER_PAGE).get_page(request.GET.get("page"))
    action = AuditEvent.Action.SEARCHED if search else AuditEvent.Action.LISTED
    record_list_view(request, action, {**filters, "page": page.number})
    return _case_list_page(request, filter_form, page, search, ReferenceSearchForm(search))


def _filtered_records(request, params):
    """The filter form on ``params``, the records this user may see narrowed and sorted by
    it, and the filters applied (for the audit trail)."""
    visible = CaseRecord.objects.visible_to(request.user)
    filter_form = CaseFilterForm(
        params, visible=visible, can_see_others=is_supervisor(request.user)
    )
    records, filters = filter_form.filter(
        visible.select_related("created_by").only(
            "id",
            "questionnaire",
            "client_reference",
            "status",
            "outcome",
            "updated_at",
            "created_by__username",
        )
    )
    return filter_form, records, filters


def _search_by_reference(request):
    form = ReferenceSearchForm(request.POST)
    params = request.GET.copy()
    params.pop("page", None)
    if not form.is_valid():
        filter_form, records, _ = _filtered_records(request, params)
        page = Paginator(records, CASES_PER_PAGE).get_page(1)
        return _case_list_page(request, filter_form, page, None, form, status=400)
    request.session[SEARCH_SESSION_KEY] = form.cleaned_data
    params["searched"] = "1"
    return redirect(f"{reverse('questionnaires:case_list')}?{params.urlencode()}")


def _case_list_page(request, filter_form, page, search, search_form, status=200):
    errors = [
        {"target_id": form[name].id_for_label or f"id_{name}_0", "message": message}
        for form in (filter_form, search_form)
        if form.is_bound
        for name, messages in form.errors.items()
        for message in messages
    ]
    query = request.GET.copy()
    query.pop("page", None)
    without_search = request.GET.copy()
    for name in ("page", "searched"):
        without_search.pop(name, None)
    return render(
        request,
        "questionnaires/case_list.html",
        {
            "page": page,
            "filter_form": filter_form,
            "search_form": search_form,
            "search": search,
            "errors": errors,
            "page_query": query.urlencode(),
            "without_search": without_search.urlencode(),
        },
        status=status,
    )


@require_GET
def case_detail(request, pk):
    record = get_object_or_404(
        CaseRecord.objects.visible_to(request.user).select_related("created_by", "amends"),
        pk=pk,
    )
    record_event(request.user, AuditEvent.Action.VIEWED, record)
    return case_page(request, record)


def case_page(request, record: CaseRecord, review_form=None):
    """A record's page: a draft's state, or the result with its review status, comments,
    deadlines and history, and what this user may do with it."""
    workflow = {
        "history": review.history(record),
        "may_send_for_review": record.may_send_for_review(request.user),
    }
    if not record.is_complete:
        return render(request, "questionnaires/case_draft.html", {"record": record, **workflow})
    may_review = record.may_review(request.user)
    if may_review and review_form is None:
        review_form = ReviewDecisionForm()
    return render(
        request,
        "questionnaires/result.html",
        {
            **result_context(record),
            **workflow,
            "documents": documents_section(record),
            "reviews": list(record.reviews.select_related("reviewer")),
            "deadlines": list(record.deadlines.select_related("done_by")),
            "today": timezone.localdate(),
            "may_review": may_review,
            "review_form": review_form,
            "review_errors": error_summary(review_form) if review_form is not None else [],
        },
    )


@require_GET
def case_pdf(request, pk):
    """A completed result as a PDF download: the same content as the result page."""
    # Imported here: WeasyPrint loads pango on import, and only this view needs it.
    from .pdf import RenderingInProgress, RenderingTimedOut, result_pdf

    record = get_object_or_404(
        CaseRecord.objects.visible_to(request.user).complete().select_related("created_by"),
        pk=pk,
    )
    try:
        document = result_pdf(result_context(record), request)
    except (RenderingInProgress, RenderingTimedOut) as problem:
        return render(
            request,
            "questionnaires/pdf_unavailable.html",
            {"record": record, "busy": isinstance(problem, RenderingInProgress)},
            # 429: this user's other PDF is still being made; 503: this one took too long.
            status=429 if isinstance(problem, RenderingInProgress) else 503,
        )
    response = HttpResponse(document, "application/pdf")
    record_event(request.user, AuditEvent.Action.EXPORTED_PDF, record)
    reference = slugify(record.client_reference) or "no-reference"
    filename = f"screening-{reference}-{record.completed_at:%Y-%m-%d}.pdf"
    response["Content-Disposition"] = content_disposition_header(True, filename)
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_POST
def case_amend(request, pk):
    """Correct a finished screening: a new draft with the same answers, linked to the
    record it corrects, which stays as it is. Staff change what needs changing and
    confirm; both records are kept and both carry the event."""
    record = get_object_or_404(CaseRecord.objects.visible_to(request.user).complete(), pk=pk)
    questionnaire = _questionnaire_or_404(record.questionnaire)
    with transaction.atomic():
        # The record corrected, locked: two clicks at once (two tabs, a double click) start
        # one draft, which the second finds once the first has committed it.
        CaseRecord.objects.select_for_update().filter(pk=record.pk).values_list("pk").get()
        amendment = (
            CaseRecord.objects.drafts().filter(amends=record, created_by=request.user).first()
        )
        if amendment is None:
            amendment = CaseRecord.objects.create(
                questionnaire=record.questionnaire,
                created_by=request.user,
                amends=record,
                client_reference=record.client_reference,
                answers=record.answers,
                answers_in_words=record.answers_in_words,
                wizard_state=amendment_state(questionnaire, record),
                version=1,
            )
            record_event(request.user, AuditEvent.Action.AMENDED, record)
            record_event(request.user, AuditEvent.Action.CREATED, amendment)
    return redirect("questionnaires:resume", slug=amendment.questionnaire, intake=amendment.pk)


#: The changes listed on a result before the rest are folded away.
CHANGES_SHOWN = 8


def result_context(record: CaseRecord) -> dict:
    """What the result page (and its printed or PDF form) shows, read from the record's
    snapshot so it reads the same after the rules change."""
    determination = Determination.from_dict(record.determination)
    findings, sources = numbered_findings(determination, record.answers_in_words)
    try:
        questionnaire = registry.get(record.questionnaire)
    except KeyError:  # no longer offered: its sources are listed without links
        questionnaire = None
    linked_sources = [
        (number, citation, questionnaire and link_for(questionnaire, citation))
        for number, citation in sources
    ]
    # Records completed before it was computed have none.
    explained = record.determination.get("what_would_change") or {}
    number_of = {citation.text: number for number, citation in sources}
    changes = [with_source_numbers(change, number_of) for change in explained.get("changes", [])]
    thresholds = [with_source_numbers(t, number_of) for t in explained.get("thresholds", [])]
    return {
        "record": record,
        "corrected_by": record.amendments.complete().order_by("completed_at"),
        "determination": determination,
        "outcome_label": record.outcome_label,
        "findings": findings,
        "sources": linked_sources,
        "statuses": Status,
        "data_template": _result_data_template(record.questionnaire),
        "thresholds": thresholds,
        "changes_first": changes[:CHANGES_SHOWN],
        "changes_more": changes[CHANGES_SHOWN:],
    }


def with_source_numbers(change: dict, number_of: dict[str, int]) -> dict:
    """A change (or threshold) with its citations as the numbers of the result's sources,
    and any the sources do not list (cited only by the changed result) as text."""
    cited = change.get("citations", [])
    return {
        **change,
        "source_numbers": [number_of[text] for text in cited if text in number_of],
        "other_citations": [text for text in cited if text not in number_of],
    }


@require_GET
def source_document(request, slug):
    """A source document the questionnaires are built from, one anchor per paragraph or
    page, with the rules that cite it (each passage they cite linked)."""
    try:
        document, questionnaires = all_documents()[slug]
    except KeyError:
        raise Http404("No such source document") from None
    rules = [
        {
            "rule": rule,
            "passages": [
                (
                    document.pinpoint_words(citation),
                    document.url(document.anchor_of(citation.pinpoint)),
                )
                for citation in rule.citations
            ],
        }
        for questionnaire in questionnaires
        for rule in citing_rules(document, questionnaire)
    ]
    return render(
        request,
        "questionnaires/source.html",
        {"document": document, "questionnaires": questionnaires, "citing_rules": rules},
    )


@require_GET
def authority_note(request, slug):
    """An authority the app does not hold the text of: its full citation, what the rules rely
    on it for, what was read of it and when, where to find it, and the rules that cite it."""
    try:
        note, questionnaires = all_notes()[slug]
    except KeyError:
        raise Http404("No such authority note") from None
    rules = [
        rule for questionnaire in questionnaires for rule in citing_rules(note, questionnaire)
    ]
    discussed_in = [
        (citation, link_for(questionnaire, citation))
        for questionnaire in questionnaires[:1]
        for citation in note.discussed_in
    ]
    return render(
        request,
        "questionnaires/note.html",
        {
            "note": note,
            "anchor": NOTE_ANCHOR,
            "questionnaires": questionnaires,
            "citing_rules": rules,
            "discussed_in": discussed_in,
        },
    )


@cache
def _result_data_template(slug: str) -> str | None:
    """A questionnaire's own part of the result page (its tables), if it has one."""
    name = f"questionnaires/{slug}/result_data.html"
    try:
        get_template(name)
    except TemplateDoesNotExist:
        return None
    return name


@require_GET
def start(request, slug):
    """A new intake: a fresh random id, so parallel intakes never share answers, issued
    to this session alone: its record is created when the first page is sent."""
    _questionnaire_or_404(slug)
    return redirect("questionnaires:step", slug=slug, intake=issue_intake(request), step="client")


@cache
def _wizard_view(slug: str):
    return QuestionnaireWizard.for_questionnaire(registry.get(slug))


def wizard(request, slug, intake, step=None):
    _questionnaire_or_404(slug)
    return _wizard_view(slug)(request, slug=slug, intake=intake, step=step)

"""The clinic's workflow around finished records: review and sign-off, deadlines, and the
private calendar feed of deadlines."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import deadlines as deadline_tracking
from . import review
from .audit import AuditEvent, record_event, record_list_view
from .client_address import client_address
from .forms import ReviewDecisionForm
from .models import CalendarFeed, CaseRecord, Deadline, is_supervisor
from .views import case_page


def _visible_record(request, pk) -> CaseRecord:
    return get_object_or_404(
        CaseRecord.objects.visible_to(request.user).complete().select_related("created_by"),
        pk=pk,
    )


@require_POST
def send_for_review(request, pk):
    record = _visible_record(request, pk)
    try:
        review.send_for_review(record, request.user)
    except review.TransitionRefused as refused:
        raise PermissionDenied(str(refused)) from None
    messages.success(request, "Sent for review. A supervisor will approve it or return it.")
    return redirect(record)


@require_GET
def review_queue(request):
    """Supervisors only: the records waiting for review, the longest waiting first."""
    if not is_supervisor(request.user):
        raise PermissionDenied("Only supervisors review screenings.")
    records = (
        CaseRecord.objects.awaiting_review()
        .select_related("created_by")
        .only(
            "id",
            "questionnaire",
            "client_reference",
            "status",
            "outcome",
            "updated_at",
            "created_by__username",
        )
        .order_by("updated_at")
    )
    record_list_view(request, AuditEvent.Action.LISTED, {"status": CaseRecord.Status.IN_REVIEW})
    return render(request, "questionnaires/review_queue.html", {"records": records})


@require_POST
def review_decision(request, pk):
    """Approve a record in review, or return it with comments. The author of a record
    cannot decide on it; a non-supervisor cannot decide at all."""
    record = _visible_record(request, pk)
    if not is_supervisor(request.user):
        raise PermissionDenied("Only supervisors review screenings.")
    if record.created_by_id == request.user.pk:
        raise PermissionDenied("You cannot review your own screening: ask another supervisor.")
    form = ReviewDecisionForm(request.POST)
    if not form.is_valid():
        return case_page(request, record, review_form=form)
    try:
        decision = review.decide(
            record, request.user, form.cleaned_data["decision"], form.cleaned_data["comments"]
        )
    except review.TransitionRefused as refused:
        messages.error(request, str(refused))
        return redirect(record)
    messages.success(
        request,
        "Approved. The screening is now locked."
        if decision.decision == decision.Decision.APPROVED
        else "Returned to the author with your comments.",
    )
    return redirect("questionnaires:review_queue")


@require_GET
def deadline_list(request):
    """The user's open deadlines (a supervisor's: everyone's), overdue first."""
    today = timezone.localdate()
    open_deadlines = list(deadline_tracking.open_deadlines(request.user))
    record_list_view(request, AuditEvent.Action.LISTED, {"list": "deadlines"})
    return render(
        request,
        "questionnaires/deadlines.html",
        {
            "overdue": [d for d in open_deadlines if d.due < today],
            "upcoming": [d for d in open_deadlines if d.due >= today],
            "show_owner": is_supervisor(request.user),
            "today": today,
        },
    )


@require_POST
def deadline_done(request, pk):
    deadline = get_object_or_404(
        Deadline.objects.visible_to(request.user).select_related("record"), pk=pk
    )
    if deadline_tracking.mark_done(deadline, request.user):
        messages.success(request, f"Marked done: {deadline.action}.")
    else:
        messages.info(request, "That deadline was already marked done.")
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        return redirect(back)
    return redirect("questionnaires:deadlines")


@require_http_methods(["GET", "POST"])
def calendar_settings(request):
    """Make (or replace) or revoke the user's private calendar feed address. The new
    address is shown once, in the answer to the POST that made it."""
    new_url = None
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            if deadline_tracking.revoke_calendar_feed(request.user):
                messages.success(request, "Calendar address revoked. It no longer works.")
            return redirect("questionnaires:calendar")
        token = deadline_tracking.new_calendar_feed(request.user)
        new_url = request.build_absolute_uri(
            reverse("questionnaires:calendar_feed", kwargs={"token": token})
        )
    has_feed = new_url is not None or CalendarFeed.objects.filter(user=request.user).exists()
    return render(
        request, "questionnaires/calendar.html", {"new_url": new_url, "has_feed": has_feed}
    )


@login_not_required
@require_GET
def calendar_feed(request, token):
    """The calendar feed: no sign-in (calendar services cannot sign in), the secret in
    the address is the key. Each read is audited as its owner's, with the reader's
    address."""
    owner = deadline_tracking.feed_owner(token)
    if owner is None:
        raise Http404("No such calendar")
    body = deadline_tracking.calendar(owner, request.build_absolute_uri("/").rstrip("/"))
    # With the address it was read from: a leaked address shows up as strange reads.
    record_event(owner, AuditEvent.Action.CALENDAR_FEED_READ, address=client_address(request))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="deadlines.ics"'
    patch_cache_control(response, private=True, no_store=True)
    return response

import csv

from axes.admin import AccessAttemptAdmin, AccessFailureLogAdmin, AccessLogAdmin
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.views.main import SEARCH_VAR
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import format_html

from .audit import (
    AuditEvent,
    csv_safe,
    record_event,
    record_events,
    record_list_view,
    write_csv,
)
from .client_address import client_address
from .foreign_employment_income.models import IncomeTaxRateBand
from .framework import registry
from .models import CaseRecord, IncomeTaxRateTable


class QuestionnaireFilter(admin.SimpleListFilter):
    title = "questionnaire"
    parameter_name = "questionnaire"

    def lookups(self, request, model_admin):
        return [(q.slug, q.title) for q in registry.all_questionnaires()]

    def queryset(self, request, queryset):
        return queryset.filter(questionnaire=self.value()) if self.value() else queryset


class OutcomeFilter(admin.SimpleListFilter):
    title = "outcome"
    parameter_name = "outcome"

    def lookups(self, request, model_admin):
        outcomes = CaseRecord.objects.exclude(outcome="").values_list("questionnaire", "outcome")
        labels = {}
        for slug, code in outcomes.distinct():
            try:
                labels[code] = registry.get(slug).outcome_label(code)
            except KeyError:
                labels[code] = code
        return sorted(labels.items(), key=lambda item: item[1])

    def queryset(self, request, queryset):
        return queryset.filter(outcome=self.value()) if self.value() else queryset


@admin.register(CaseRecord)
class CaseRecordAdmin(admin.ModelAdmin):
    list_display = [
        "short_id",
        "questionnaire_title",
        "client_reference",
        "status",
        "outcome_label",
        "created_by",
        "updated_at",
    ]
    list_filter = [QuestionnaireFilter, OutcomeFilter, "status", "created_by", "updated_at"]
    search_fields = ["client_reference"]
    date_hierarchy = "updated_at"
    list_select_related = ["created_by"]
    actions = ["export_csv"]
    fields = [
        "id",
        "questionnaire",
        "client_reference",
        "status",
        "outcome",
        "created_by",
        "created_at",
        "updated_at",
        "completed_at",
        "rules_version",
        "law_as_of",
        "answers_readable",
        "result_readable",
    ]
    readonly_fields = [f for f in fields if f != "client_reference"]

    @admin.display(description="record")
    def short_id(self, obj):
        return str(obj.pk)[:8]

    @admin.display(description="questionnaire")
    def questionnaire_title(self, obj):
        return obj.questionnaire_title

    @admin.display(description="outcome")
    def outcome_label(self, obj):
        return obj.outcome_label

    @admin.display(description="answers")
    def answers_readable(self, obj):
        return render_to_string("admin/questionnaires/answers.html", {"record": obj})

    @admin.display(description="result")
    def result_readable(self, obj):
        if not obj.determination:
            return "No result yet (draft)."
        return render_to_string("admin/questionnaires/result.html", {"record": obj})

    def has_add_permission(self, request):
        # Records come from screenings, never typed in by hand.
        return False

    def get_queryset(self, request):
        # The app's rule in admin too: another user's record does not exist for someone who
        # is neither a superuser nor a supervisor (admin answers as for a missing record).
        return super().get_queryset(request).visible_to(request.user)

    def changelist_view(self, request, extra_context=None):
        """Lists and searches are recorded with their filters; a search by its having been
        made, not its term (a client reference)."""
        if request.method == "GET":
            filters = {name: value for name, value in request.GET.items() if name != SEARCH_VAR}
            searched = bool(request.GET.get(SEARCH_VAR))
            action = AuditEvent.Action.SEARCHED if searched else AuditEvent.Action.LISTED
            record_list_view(request, action, {"place": "admin", **filters})
        return super().changelist_view(request, extra_context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and request.method == "GET":
            record_event(request.user, AuditEvent.Action.VIEWED, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        record_event(request.user, AuditEvent.Action.CHANGED, obj)

    def delete_model(self, request, obj):
        record_event(request.user, AuditEvent.Action.DELETED, obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        record_events(request.user, AuditEvent.Action.DELETED, queryset)
        super().delete_queryset(request, queryset)

    # The audit trail records changes and deletions instead of admin's own history, which
    # would keep each record's name, client reference included, after the record is gone.
    def log_change(self, request, obj, message):
        return None

    def log_deletions(self, request, queryset):
        return None

    @admin.action(description="Export selected case records as CSV")
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.now().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="case-records-{stamp}.csv"'
        writer = csv.writer(response)
        writer.writerow(
            [
                "id",
                "questionnaire",
                "client_reference",
                "status",
                "outcome",
                "headline",
                "rules_version",
                "law_as_of",
                "created_by",
                "created_at",
                "completed_at",
            ]
        )
        records = list(queryset.select_related("created_by"))
        record_events(request.user, AuditEvent.Action.EXPORTED_CSV, records)
        for record in records:
            writer.writerow(
                [
                    record.pk,
                    record.questionnaire,
                    csv_safe(record.client_reference),
                    record.status,
                    record.outcome,
                    csv_safe((record.determination or {}).get("headline", "")),
                    record.rules_version,
                    record.law_as_of or "",
                    record.created_by.get_username(),
                    record.created_at.isoformat(),
                    record.completed_at.isoformat() if record.completed_at else "",
                ]
            )
        return response


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """The audit trail, read-only: no one adds, changes or deletes an event here."""

    list_display = ["at", "user", "action", "questionnaire", "record_id", "count", "detail"]
    list_filter = [("user", admin.RelatedOnlyFieldListFilter), "action", "at"]
    date_hierarchy = "at"
    search_fields = ["=record_id"]
    search_help_text = "Search by a case record's full id."
    list_select_related = ["user"]
    actions = ["export_csv"]

    @admin.action(description="Export selected events as CSV", permissions=["view"])
    def export_csv(self, request, queryset):
        """For an auditor: filter by date (the period), select all, export."""
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.now().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="audit-trail-{stamp}.csv"'
        write_csv(queryset.select_related("user").order_by("id"), response)
        return response

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class IncomeTaxRateBandInline(admin.TabularInline):
    model = IncomeTaxRateBand
    extra = 0


@admin.register(IncomeTaxRateTable)
class IncomeTaxRateTableAdmin(admin.ModelAdmin):
    list_display = ["income_year", "medicare_levy_percent", "bands_summary", "updated_at"]
    inlines = [IncomeTaxRateBandInline]
    search_fields = ["income_year"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("bands")

    @admin.display(description="bands")
    def bands_summary(self, obj):
        return format_html("{}", "; ".join(str(band) for band in obj.bands.all()))


class AuditedSignInRecords:
    """django-axes' sign-in records, whose deletion is recorded: deleting a lockout's access
    attempt unlocks the account (recorded as such); any deletion is recorded by count."""

    def delete_model(self, request, obj):
        self._record_deletion(request, [obj])
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        self._record_deletion(request, list(queryset))
        super().delete_queryset(request, queryset)

    def _record_deletion(self, request, records):
        address = client_address(request)
        for record in records:
            if getattr(record, "failures_since_start", 0) >= settings.AXES_FAILURE_LIMIT:
                record_event(
                    request.user,
                    AuditEvent.Action.UNLOCKED,
                    account=record.username,
                    address=address,
                )
        record_event(
            request.user,
            AuditEvent.Action.SIGN_IN_RECORDS_DELETED,
            count=len(records),
            kind=str(self.model._meta.verbose_name_plural),
            accounts=sorted({record.username or "" for record in records}),
            address=address,
        )


for model, model_admin in (
    (AccessAttempt, AccessAttemptAdmin),
    (AccessLog, AccessLogAdmin),
    (AccessFailureLog, AccessFailureLogAdmin),
):
    admin.site.unregister(model)
    admin.site.register(model, type(model_admin.__name__, (AuditedSignInRecords, model_admin), {}))

import csv

from django.contrib import admin
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import format_html

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
        for record in queryset.select_related("created_by"):
            writer.writerow(
                [
                    record.pk,
                    record.questionnaire,
                    _csv_safe(record.client_reference),
                    record.status,
                    record.outcome,
                    _csv_safe((record.determination or {}).get("headline", "")),
                    record.rules_version,
                    record.law_as_of or "",
                    record.created_by.get_username(),
                    record.created_at.isoformat(),
                    record.completed_at.isoformat() if record.completed_at else "",
                ]
            )
        return response


def _csv_safe(text: str) -> str:
    """Stop a spreadsheet from running a formula typed into free text."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


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

import csv

from axes.admin import AccessAttemptAdmin, AccessFailureLogAdmin, AccessLogAdmin
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.views.main import SEARCH_VAR, ChangeList
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.models import User
from django.http import HttpResponse, QueryDict
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.http import urlencode
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from .audit import (
    AuditEvent,
    csv_safe,
    record_event,
    record_events,
    record_list_view,
    write_csv,
)
from .client_address import client_address
from .documents.models import ClinicProfile
from .foreign_employment_income.models import IncomeTaxRateBand
from .framework import registry
from .framework.rescreening import changed_results
from .models import CaseRecord, Deadline, IncomeTaxRateTable
from .two_factor import reset_devices


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
        # Only outcomes of records this user may see: others' outcomes say something too.
        visible = model_admin.get_queryset(request)
        outcomes = visible.exclude(outcome="").values_list("questionnaire", "outcome")
        labels = {}
        for slug, code in outcomes.distinct():
            try:
                labels[code] = registry.get(slug).outcome_label(code)
            except KeyError:
                labels[code] = code
        return sorted(labels.items(), key=lambda item: item[1])

    def queryset(self, request, queryset):
        return queryset.filter(outcome=self.value()) if self.value() else queryset


#: Marks a case record list as searched; the term is in the session under this key.
SEARCHED = "_searched"
SEARCH_SESSION_KEY = "_casework_admin_search"


class PrivateSearchChangeList(ChangeList):
    """Links of a searched list (pages, filters, sorting) say it was searched, not for what."""

    def get_query_string(self, new_params=None, remove=None):
        new_params = {**(new_params or {}), SEARCH_VAR: None}
        if self.query:
            new_params[SEARCHED] = "1"
        return super().get_query_string(new_params, remove)


@admin.register(CaseRecord)
class CaseRecordAdmin(admin.ModelAdmin):
    list_display = [
        "short_id",
        "questionnaire_title",
        "reference",
        "status",
        "outcome_label",
        "created_by",
        "updated_at",
    ]
    # "created_by" lists only the authors of records this user may see (for a non-supervisor,
    # themselves), not every account.
    list_filter = [
        QuestionnaireFilter,
        OutcomeFilter,
        "status",
        ("created_by", admin.RelatedOnlyFieldListFilter),
        "updated_at",
    ]
    # The reference is encrypted: the search is an exact match on its keyed hash
    # (get_search_results), not a substring match.
    search_fields = ["client_reference"]
    search_help_text = "Search by the exact client reference (upper or lower case alike)."
    date_hierarchy = "updated_at"
    list_select_related = ["created_by"]
    actions = ["export_csv", "rescreen"]
    fields = [
        "id",
        "questionnaire_title",
        "client_reference",
        "status",
        "outcome_label",
        "created_by",
        "created_at",
        "updated_at",
        "completed_at",
        "rules_version",
        "law_as_of",
        "version",
        "amends",
        "answers_readable",
        "result_readable",
    ]
    readonly_fields = fields

    @admin.display(description="record")
    def short_id(self, obj):
        return str(obj.pk)[:8]

    # Not sortable: the column holds encrypted tokens, whose order means nothing.
    @admin.display(description="client reference")
    def reference(self, obj):
        return obj.client_reference

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

    def has_change_permission(self, request, obj=None):
        # A record changes only through its questionnaire, and a finished one never: its
        # answers and result stay as confirmed. "Amend" on the record's page (View on
        # site) starts a new version linked to it.
        return False

    def get_queryset(self, request):
        # The app's rule in admin too: another user's record does not exist for someone who
        # is neither a superuser nor a supervisor (admin answers as for a missing record).
        return super().get_queryset(request).visible_to(request.user)

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return queryset.with_reference(search_term), False

    def changelist_view(self, request, extra_context=None):
        """Lists and searches are recorded with their filters; a search by its having been
        made, not its term (a client reference).

        The term never appears in a URL, where access logs (the app server's, a proxy's)
        would keep it: the search form is posted, the term kept in the session, and the
        list's URLs carry only ``_searched=1`` (:class:`PrivateSearchChangeList`). A URL
        with ``?q=`` (a bookmark) is moved the same way."""
        posted_search = request.method == "POST" and SEARCH_VAR in request.POST
        if posted_search or (request.method == "GET" and SEARCH_VAR in request.GET):
            return self._keep_search_out_of_the_url(request)
        if request.GET.get(SEARCHED):
            request.GET = request.GET.copy()
            del request.GET[SEARCHED]
            request.GET[SEARCH_VAR] = request.session.get(SEARCH_SESSION_KEY, "")
        if request.method == "GET":
            filters = {name: value for name, value in request.GET.items() if name != SEARCH_VAR}
            searched = bool(request.GET.get(SEARCH_VAR))
            action = AuditEvent.Action.SEARCHED if searched else AuditEvent.Action.LISTED
            record_list_view(request, action, {"place": "admin", **filters})
        return super().changelist_view(request, extra_context)

    def _keep_search_out_of_the_url(self, request):
        given = request.POST if request.method == "POST" else request.GET
        term = given.get(SEARCH_VAR, "").strip()[:200]
        params = {
            name: value
            for name, value in given.items()
            if name not in (SEARCH_VAR, SEARCHED, "csrfmiddlewaretoken")
        }
        if term:
            request.session[SEARCH_SESSION_KEY] = term
            params[SEARCHED] = "1"
        return redirect(f"{request.path}?{urlencode(params)}" if params else request.path)

    def get_changelist(self, request, **kwargs):
        return PrivateSearchChangeList

    def get_preserved_filters(self, request):
        """The list's filters kept in links to a record and back, the term left out."""
        preserved = super().get_preserved_filters(request)
        if not preserved:
            return preserved
        filters = QueryDict(QueryDict(preserved).get("_changelist_filters", ""), mutable=True)
        if filters.pop(SEARCH_VAR, None):
            filters[SEARCHED] = "1"
        return urlencode({"_changelist_filters": filters.urlencode()})

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and request.method == "GET":
            record_event(request.user, AuditEvent.Action.VIEWED, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

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

    @admin.action(
        description="Re-screen selected records under the current rules (changes nothing)"
    )
    def rescreen(self, request, queryset):
        """Which selected completed records the current rules would give another result,
        old and new side by side; staff amend a record to take the new one."""
        selected = queryset.complete()
        by_questionnaire = []
        count = 0
        for questionnaire in registry.all_questionnaires():
            changes = changed_results(questionnaire, selected)
            count += len(changes)
            if changes:
                by_questionnaire.append((questionnaire, changes))
        record_event(
            request.user,
            AuditEvent.Action.RESCREENED,
            count=count,
            place="admin",
            selected=selected.count(),
        )
        context = {
            **self.admin_site.each_context(request),
            "title": "Results the current rules would change",
            "opts": self.model._meta,
            "by_questionnaire": by_questionnaire,
            "selected": selected.count(),
        }
        return TemplateResponse(request, "admin/questionnaires/caserecord/rescreen.html", context)


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """The audit trail, read-only: no one adds, changes or deletes an event here."""

    list_display = ["at", "user", "action", "questionnaire_title", "record_id", "count", "detail"]
    list_filter = [("user", admin.RelatedOnlyFieldListFilter), "action", "at"]
    date_hierarchy = "at"
    search_fields = ["=record_id"]
    search_help_text = "Search by a case record's full id."
    list_select_related = ["user"]
    actions = ["export_csv"]

    @admin.display(description="questionnaire", ordering="questionnaire")
    def questionnaire_title(self, obj):
        if not obj.questionnaire:
            return ""
        try:
            return registry.get(obj.questionnaire).title
        except KeyError:  # a questionnaire since retired: its slug is all there is
            return obj.questionnaire

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


@admin.register(Deadline)
class DeadlineAdmin(admin.ModelAdmin):
    """Deadlines, read-only: they come from results, and staff mark them done in the app
    (Deadlines), where it is audited."""

    list_display = ["due", "action", "record_short_id", "done_at", "done_by"]
    list_filter = [("done_at", admin.EmptyFieldListFilter), "due"]
    date_hierarchy = "due"
    list_select_related = ["record", "done_by"]

    @admin.display(description="case record", ordering="record")
    def record_short_id(self, obj):
        return format_html(
            '<a href="{}">{}</a>', obj.record.get_absolute_url(), obj.record.short_id
        )

    def get_queryset(self, request):
        # As for case records: another user's deadline does not exist for a non-supervisor.
        return super().get_queryset(request).visible_to(request.user)

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


@admin.register(ClinicProfile)
class ClinicProfileAdmin(admin.ModelAdmin):
    """The clinic's details for drafted documents: one row, set once and edited."""

    list_display = ["name", "phone", "email"]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not ClinicProfile.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


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


#: Django calls admin access "staff status"; in a clinic, "staff" means the people who screen
#: cases, who need neither it nor superuser status.
ADMIN_ACCESS_LABEL = "Admin site access (Django's \u201cstaff status\u201d)"
ADMIN_ACCESS_HELP = (
    "Lets this person sign in to this admin site. Clinic staff and supervisors do not need "
    "it: they use the app. Give it only to administrators."
)
NEW_ACCOUNT_HELP = (
    "Clinic staff and supervisors need only a username and a password. On the next page, "
    "leave \u201cAdmin site access\u201d and \u201cSuperuser status\u201d off unless this "
    "person administers the app, and add supervisors to the \u201csupervisors\u201d group "
    "(they see every case record)."
)


class UserAdmin(BaseUserAdmin):
    actions = [*BaseUserAdmin.actions, "reset_two_factor"]
    list_display = ["username", "first_name", "last_name", "is_active", "admin_access"]
    # Recorded by Django, never typed; and admin's split date-time inputs have no labels.
    readonly_fields = ["last_login", "date_joined"]
    # Plain multiple selects: the two-box widget's search icons carry ARIA labels that
    # assistive technology is not allowed to read (axe: aria-prohibited-attr).
    filter_horizontal = ()
    add_fieldsets = [
        (None, {"description": NEW_ACCOUNT_HELP, **options})
        for _, options in BaseUserAdmin.add_fieldsets
    ]

    @admin.display(description="admin site access", boolean=True, ordering="is_staff")
    def admin_access(self, obj):
        return obj.is_staff

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if "is_staff" in form.base_fields:
            form.base_fields["is_staff"].label = ADMIN_ACCESS_LABEL
            form.base_fields["is_staff"].help_text = ADMIN_ACCESS_HELP
        return form

    @admin.action(
        description="Reset two-factor sign-in (lost phone): set up again at next sign-in",
        permissions=["change"],
    )
    def reset_two_factor(self, request, queryset):
        users = list(queryset)
        reset_devices(request.user, users, request)
        self.message_user(
            request,
            f"Two-factor sign-in reset for {len(users)} account(s). Each sets it up again, "
            "with new recovery codes, at the next sign-in.",
        )


admin.site.unregister(User)
admin.site.register(User, UserAdmin)
# django-otp's own admin pages would show every account's secret key (as a QR code) and
# recovery codes to administrators: devices are managed only by their owner's enrolment
# and the reset above.
admin.site.unregister(TOTPDevice)
admin.site.unregister(StaticDevice)

# API tokens (questionnaires/api/admin.py), registered on import.
from .api import admin as api_admin  # noqa: E402, F401

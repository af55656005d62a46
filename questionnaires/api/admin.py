"""API tokens in Django admin: created for a user and shown once, revoked, never edited or
deleted (a revoked token stays, so the audit trail's mentions of it can be traced)."""

from django.contrib import admin
from django.template.response import TemplateResponse

from questionnaires.audit import AuditEvent, record_event
from questionnaires.client_address import client_address

from .tokens import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "shown", "created_at", "last_used_at", "revoked_at"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "user__username"]
    readonly_fields = ["shown", "created_at", "last_used_at", "revoked_at"]
    autocomplete_fields = ["user"]
    actions = ["revoke"]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return self.readonly_fields
        return ["user", "name", *self.readonly_fields]

    def get_fields(self, request, obj=None):
        return ["user", "name"] if obj is None else ["user", "name", *self.readonly_fields]

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        if change:
            return  # Nothing of a token can be changed, only revoked.
        request.new_api_token = obj.new_key()
        obj.save()
        self._record(request, AuditEvent.Action.API_TOKEN_CREATED, obj)

    def response_add(self, request, obj, post_url_continue=None):
        """The token, this once: only its hash is kept."""
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "API token created",
            "token": obj,
            "key": request.new_api_token,
        }
        return TemplateResponse(request, "admin/questionnaires/apitoken/created.html", context)

    @admin.action(description="Revoke selected API tokens (final)", permissions=["change"])
    def revoke(self, request, queryset):
        revoked = 0
        for token in queryset.filter(revoked_at__isnull=True):
            token.revoke()
            self._record(request, AuditEvent.Action.API_TOKEN_REVOKED, token)
            revoked += 1
        self.message_user(request, f"{revoked} API token(s) revoked. They no longer work.")

    @staticmethod
    def _record(request, action, token):
        record_event(
            request.user,
            action,
            account=token.user.get_username(),
            token=token.shown,
            name=token.name,
            address=client_address(request),
        )

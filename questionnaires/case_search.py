"""Finding a case record: the filters of the case list (in the URL) and the search by client
reference (posted, and kept in the session, never in a URL: access logs keep URLs)."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import F, Min, Q, QuerySet

from .framework import registry
from .models import CaseRecord

#: The session key of the current search by client reference: {"reference", "match"}.
SEARCH_SESSION_KEY = "case_search_reference"

#: The next deadline not yet done of each record (none: sorted last).
NEXT_DEADLINE = Min("deadlines__due", filter=Q(deadlines__done_at__isnull=True))

SORTS = {
    "newest": ("Most recently updated first", ["-updated_at"]),
    "oldest": ("Least recently updated first", ["updated_at"]),
    "created": ("Most recently started first", ["-created_at"]),
    "deadline": ("Next deadline first", [F("next_deadline").asc(nulls_last=True)]),
}


def outcome_choices() -> list[tuple[str, str]]:
    """Every questionnaire's outcomes, as ``slug:code`` (two questionnaires may share a
    code with different meanings)."""
    return [
        (f"{questionnaire.slug}:{code}", f"{questionnaire.title}: {label}")
        for questionnaire in registry.all_questionnaires()
        for code, label in questionnaire.outcome_labels.items()
    ]


class CaseFilterForm(forms.Form):
    """The case list's filters. Invalid values are reported and left out of the filter."""

    questionnaire = forms.ChoiceField(label="Questionnaire", required=False)
    status = forms.ChoiceField(
        label="Status", required=False, choices=[("", "All"), *CaseRecord.Status.choices]
    )
    outcome = forms.ChoiceField(label="Outcome", required=False)
    staff = forms.ModelChoiceField(
        label="Staff member",
        required=False,
        queryset=get_user_model().objects.none(),
        empty_label="All",
        to_field_name="username",
    )
    updated_from = forms.DateField(
        label="Updated on or after",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Enter the earliest date as a real date, like 2026-11-01"},
    )
    updated_to = forms.DateField(
        label="Updated on or before",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Enter the latest date as a real date, like 2026-11-30"},
    )
    sort = forms.ChoiceField(
        label="Sort by",
        required=False,
        choices=[(value, label) for value, (label, _) in SORTS.items()],
    )

    def __init__(self, *args, visible: QuerySet, can_see_others: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["questionnaire"].choices = [
            ("", "All"),
            *((q.slug, q.title) for q in registry.all_questionnaires()),
        ]
        self.fields["outcome"].choices = [("", "All"), *outcome_choices()]
        if can_see_others:
            authors = visible.values("created_by")
            self.fields["staff"].queryset = (
                get_user_model().objects.filter(pk__in=authors).order_by("username")
            )
        else:
            # Staff see only their own records: a filter by author would be empty or moot.
            del self.fields["staff"]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("updated_from"), cleaned.get("updated_to")
        if start and end and start > end:
            self.add_error(
                "updated_to", "Enter a latest date that is the same as or after the earliest date"
            )
        return cleaned

    def filter(self, records: QuerySet) -> tuple[QuerySet, dict[str, str]]:
        """``records`` narrowed by the valid filters, sorted; and the filters applied, by
        name, for the audit trail (they hold no client data)."""
        self.is_valid()
        values = {
            name: value
            for name, value in getattr(self, "cleaned_data", {}).items()
            if name not in self.errors and value not in (None, "")
        }
        applied = {}
        if "questionnaire" in values:
            records = records.filter(questionnaire=values["questionnaire"])
        if "status" in values:
            records = records.filter(status=values["status"])
        if "outcome" in values:
            slug, code = values["outcome"].split(":", 1)
            records = records.filter(questionnaire=slug, outcome=code)
        if "staff" in values:
            records = records.filter(created_by=values["staff"])
        if "updated_from" in values:
            records = records.filter(updated_at__date__gte=values["updated_from"])
        if "updated_to" in values:
            records = records.filter(updated_at__date__lte=values["updated_to"])
        for name, value in values.items():
            applied[name] = value.get_username() if name == "staff" else str(value)
        sort = values.get("sort", "newest")
        if sort == "deadline":
            records = records.annotate(next_deadline=NEXT_DEADLINE)
        return records.order_by(*SORTS[sort][1], "pk"), applied


class ReferenceSearchForm(forms.Form):
    reference = forms.CharField(
        label="Client reference",
        max_length=100,
        strip=True,
        error_messages={"required": "Enter a client reference, or the start of one"},
    )
    match = forms.ChoiceField(
        label="Match",
        choices=[("exact", "The whole reference"), ("starts", "The start of the reference")],
        initial="exact",
        required=False,
        widget=forms.RadioSelect,
    )

    def clean_match(self):
        return self.cleaned_data.get("match") or "exact"


def with_reference(records: QuerySet, search: dict) -> QuerySet:
    if search.get("match") == "starts":
        return records.with_reference_starting(search["reference"])
    return records.with_reference(search["reference"])

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse

from questionnaires.audit import AuditEvent  # noqa: F401
from questionnaires.documents.models import ClinicProfile, DraftDocument  # noqa: F401
from questionnaires.encryption import EncryptedJSONField, EncryptedTextField, reference_hash
from questionnaires.foreign_employment_income.models import IncomeTaxRateTable  # noqa: F401

SUPERVISORS_GROUP = "supervisors"


class CaseRecordQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Staff see their own records; members of the supervisors group see all."""
        if user.is_superuser or user.groups.filter(name=SUPERVISORS_GROUP).exists():
            return self
        return self.filter(created_by=user)

    def update(self, **kwargs):
        # The keyed hash follows the reference on every write path, update() included.
        if "client_reference" in kwargs:
            kwargs["client_reference_hash"] = reference_hash(kwargs["client_reference"])
        return super().update(**kwargs)

    def with_reference(self, reference: str):
        """Records whose client reference is this one (trimmed, case-folded): an exact
        match on the keyed hash, as the reference itself is stored encrypted."""
        wanted = reference_hash(reference)
        return self.filter(client_reference_hash=wanted) if wanted else self.none()

    def drafts(self):
        return self.filter(status=CaseRecord.Status.DRAFT)

    def complete(self):
        return self.filter(status=CaseRecord.Status.COMPLETE)


class CaseRecord(models.Model):
    """One screening of one client: a draft while staff work on it, then a complete record
    whose result is a snapshot, so it reads the same after the rules change."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        COMPLETE = "complete", "Complete"

    # Random, not sequential: a record's address reveals nothing and cannot be guessed.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    questionnaire = models.SlugField("questionnaire", max_length=64)
    # Client data below is encrypted at rest (questionnaires/encryption.py).
    client_reference = EncryptedTextField(
        max_length=100, blank=True, help_text="The clinic's own reference; need not be a name."
    )
    client_reference_hash = models.CharField(
        max_length=64,
        blank=True,
        editable=False,
        db_index=True,
        help_text="Keyed hash of the reference, for exact search.",
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT)
    answers = EncryptedJSONField(
        default=dict, blank=True, help_text="The answers of the steps that applied, by field."
    )
    answers_in_words = EncryptedJSONField(
        default=list, blank=True, help_text="Each question and answer as staff saw them."
    )
    wizard_state = EncryptedJSONField(
        default=dict, blank=True, help_text="A draft's saved place in the questionnaire."
    )
    determination = EncryptedJSONField(null=True, blank=True)
    outcome = models.CharField(max_length=40, blank=True)
    rules_version = models.CharField(max_length=20, blank=True)
    law_as_of = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="case_records"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    #: Counts the writes to the record: a write is made only on the version it read
    #: (compare-and-set), so two sessions on one intake never overwrite each other.
    version = models.PositiveIntegerField(default=0, editable=False)
    #: A completed record corrected in admin ("Amend") is never changed: the correction
    #: is a new record that names the one it replaces. Both are kept.
    amends = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        # The retention purge (or an administrator) may delete the old version first.
        on_delete=models.SET_NULL,
        related_name="amendments",
        editable=False,
        help_text="The completed record this one corrects.",
    )

    objects = CaseRecordQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        indexes = [
            models.Index(fields=["created_by", "-updated_at"], name="case_owner_recent"),
            models.Index(fields=["status", "updated_at"], name="case_status_updated"),
        ]

    def __str__(self):
        reference = self.client_reference or "no reference"
        return f"{self.questionnaire_title} ({reference})"

    def save(self, *args, **kwargs):
        self.client_reference_hash = reference_hash(self.client_reference)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "client_reference" in update_fields:
            kwargs["update_fields"] = {*update_fields, "client_reference_hash"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("questionnaires:case", kwargs={"pk": self.pk})

    @property
    def is_complete(self) -> bool:
        return self.status == self.Status.COMPLETE

    @property
    def questionnaire_title(self) -> str:
        from questionnaires.framework import registry

        try:
            return registry.get(self.questionnaire).title
        except KeyError:
            return self.questionnaire

    @property
    def outcome_label(self) -> str:
        from questionnaires.framework import registry

        if not self.outcome:
            return ""
        try:
            return registry.get(self.questionnaire).outcome_label(self.outcome)
        except KeyError:
            return self.outcome


class PdfRendering(models.Model):
    """A PDF being made for a user: at most one at a time (see ``questionnaires.pdf``)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, editable=False
    )
    started_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"PDF for user {self.user_id} since {self.started_at:%H:%M:%S}"

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from questionnaires.api.tokens import ApiToken  # noqa: F401
from questionnaires.audit import AuditEvent  # noqa: F401
from questionnaires.documents.models import ClinicProfile, DraftDocument  # noqa: F401
from questionnaires.encryption import (
    EncryptedJSONField,
    EncryptedTextField,
    reference_hash,
    reference_prefix_hash,
    reference_prefix_hashes,
)
from questionnaires.foreign_employment_income.models import IncomeTaxRateTable  # noqa: F401

SUPERVISORS_GROUP = "supervisors"


def is_supervisor(user) -> bool:
    """Members of the supervisors group (and superusers) see every record and review them.
    Asked once per user object (a request's user), however often a request asks."""
    if not user.is_authenticated:
        return False
    if not hasattr(user, "_casework_is_supervisor"):
        user._casework_is_supervisor = (
            user.is_superuser or user.groups.filter(name=SUPERVISORS_GROUP).exists()
        )
    return user._casework_is_supervisor


class CaseRecordQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Staff see their own records; members of the supervisors group see all."""
        if is_supervisor(user):
            return self
        return self.filter(created_by=user)

    def update(self, **kwargs):
        # The keyed hash follows the reference on every write path, update() included.
        if "client_reference" in kwargs:
            kwargs["client_reference_hash"] = reference_hash(kwargs["client_reference"])
            kwargs["client_reference_prefixes"] = reference_prefix_hashes(
                kwargs["client_reference"]
            )
        return super().update(**kwargs)

    def with_reference(self, reference: str):
        """Records whose client reference is this one (trimmed, case-folded): an exact
        match on the keyed hash, as the reference itself is stored encrypted."""
        wanted = reference_hash(reference)
        return self.filter(client_reference_hash=wanted) if wanted else self.none()

    def with_reference_starting(self, prefix: str):
        """Records whose client reference starts with ``prefix`` (trimmed, case-folded; up
        to SEARCHABLE_PREFIX_LENGTH characters count): one of the keyed hashes of its
        starts is the prefix's."""
        wanted = reference_prefix_hash(prefix)
        if not wanted:
            return self.none()
        return self.filter(client_reference_prefixes__contains=f" {wanted} ")

    def drafts(self):
        return self.filter(status=CaseRecord.Status.DRAFT)

    def complete(self):
        """Finished records (they have a result), whatever their review status."""
        return self.filter(status__in=CaseRecord.FINISHED)

    def awaiting_review(self):
        return self.filter(status=CaseRecord.Status.IN_REVIEW)


class CaseRecord(models.Model):
    """One screening of one client: a draft while staff work on it, then a complete record
    whose result is a snapshot, so it reads the same after the rules change."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        COMPLETE = "complete", "Completed"
        IN_REVIEW = "in_review", "In review"
        APPROVED = "approved", "Approved"
        RETURNED = "returned", "Returned"

    #: The statuses of a finished record: it has a result, which never changes. Review
    #: moves it between them: completed or returned -> in review -> approved or returned.
    FINISHED = (Status.COMPLETE, Status.IN_REVIEW, Status.APPROVED, Status.RETURNED)

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
    client_reference_prefixes = models.TextField(
        blank=True,
        editable=False,
        help_text="Keyed hashes of the reference's starts, for a 'starts with' search.",
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
        self.client_reference_prefixes = reference_prefix_hashes(self.client_reference)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "client_reference" in update_fields:
            kwargs["update_fields"] = {
                *update_fields,
                "client_reference_hash",
                "client_reference_prefixes",
            }
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("questionnaires:case", kwargs={"pk": self.pk})

    @property
    def is_complete(self) -> bool:
        """Finished: the record has a result (completed, in review, approved or returned)."""
        return self.status in self.FINISHED

    @property
    def short_id(self) -> str:
        """The first part of the record's id: enough to tell records apart, no client data."""
        return str(self.pk)[:8]

    def may_send_for_review(self, user) -> bool:
        """Its author sends a completed (or returned) record to a supervisor."""
        return self.created_by_id == user.pk and self.status in (
            self.Status.COMPLETE,
            self.Status.RETURNED,
        )

    def may_review(self, user) -> bool:
        """A supervisor approves or returns a record in review, never one of their own."""
        return (
            self.status == self.Status.IN_REVIEW
            and self.created_by_id != user.pk
            and is_supervisor(user)
        )

    @property
    def is_locked(self) -> bool:
        """An approved record takes no further review; a correction is a new version."""
        return self.status == self.Status.APPROVED

    @property
    def released_for_documents(self) -> bool:
        """May documents made from this record go to the client? With
        ``REQUIRE_REVIEW_BEFORE_RELEASE`` only once a supervisor approved it; without,
        any finished record except one a supervisor returned for changes."""
        if settings.REQUIRE_REVIEW_BEFORE_RELEASE:
            return self.status == self.Status.APPROVED
        return self.is_complete and self.status != self.Status.RETURNED

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


class Review(models.Model):
    """A supervisor's decision on a record in review, with their comments for the author.
    The comments may describe the client's case, so they are encrypted at rest."""

    class Decision(models.TextChoices):
        APPROVED = "approved", "Approved"
        RETURNED = "returned", "Returned for changes"

    record = models.ForeignKey(CaseRecord, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviews_given"
    )
    decision = models.CharField(max_length=10, choices=Decision)
    comments = EncryptedTextField(max_length=5000, blank=True)
    decided_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-decided_at", "-id"]

    def __str__(self):
        return f"{self.get_decision_display()}: record {self.record.short_id}"

    def clean(self):
        if self.reviewer_id is not None and self.reviewer_id == self.record.created_by_id:
            raise ValidationError("Authors cannot review their own records.", code="own_record")


class DeadlineQuerySet(models.QuerySet):
    def open(self):
        """Not done, on records not replaced by a finished newer version (whose own
        deadlines count instead)."""
        return self.filter(done_at__isnull=True).exclude(
            record__amendments__status__in=CaseRecord.FINISHED
        )

    def visible_to(self, user):
        return self.filter(record__in=CaseRecord.objects.visible_to(user))


class Deadline(models.Model):
    """A date a finished record's result says someone must act by, and what to do. Made
    when the record is finished, from its questionnaire's ``deadlines`` hook; the action
    is the questionnaire's own wording, never client text."""

    # Random, as a record's: its address says nothing and cannot be guessed.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    record = models.ForeignKey(CaseRecord, on_delete=models.CASCADE, related_name="deadlines")
    key = models.SlugField(max_length=64, help_text="Which of the result's dates this is.")
    action = models.CharField("what must be done", max_length=200)
    due = models.DateField()
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="deadlines_done",
    )

    objects = DeadlineQuerySet.as_manager()

    class Meta:
        ordering = ["due", "id"]
        constraints = [
            models.UniqueConstraint(fields=["record", "key"], name="deadline_once_per_record")
        ]
        indexes = [models.Index(fields=["done_at", "due"], name="deadline_open_due")]

    def __str__(self):
        return f"{self.action} by {self.due:%Y-%m-%d} (record {self.record.short_id})"

    @property
    def is_done(self) -> bool:
        return self.done_at is not None


class CalendarFeed(models.Model):
    """A user's private calendar feed of deadlines: the secret in its address is shown
    once and stored only as its SHA-256, so the table does not give it away. Making a
    new one or revoking it ends the old address."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Calendar feed of user {self.user_id}"


class PdfRendering(models.Model):
    """A PDF being made for a user: at most one at a time (see ``questionnaires.pdf``)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, editable=False
    )
    started_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"PDF for user {self.user_id} since {self.started_at:%H:%M:%S}"

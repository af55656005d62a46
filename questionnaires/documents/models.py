"""A drafted document of a case record, and the clinic's own details for every document."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from questionnaires.encryption import EncryptedJSONField

from .registry import Clinic


class ClinicProfile(models.Model):
    """The clinic's name, address and signature block, set once by an admin (one row)."""

    SINGLETON = 1

    id = models.PositiveSmallIntegerField(primary_key=True, default=SINGLETON, editable=False)
    name = models.CharField(max_length=200, blank=True)
    address = models.TextField(
        max_length=500, blank=True, help_text="The postal address, one line per line."
    )
    phone = models.CharField(max_length=50, blank=True)
    email = models.EmailField(blank=True)
    signature_block = models.TextField(
        max_length=500,
        blank=True,
        help_text="Under a letter's signature, one line per line: the signer's name is added "
        "above it.",
    )

    class Meta:
        app_label = "questionnaires"
        verbose_name = "clinic details for documents"
        verbose_name_plural = "clinic details for documents"

    def __str__(self):
        return self.name or "Clinic details"

    def save(self, *args, **kwargs):
        self.pk = self.SINGLETON
        super().save(*args, **kwargs)

    @classmethod
    def current(cls) -> Clinic:
        profile = cls.objects.filter(pk=cls.SINGLETON).first() or cls()
        return Clinic(
            name=profile.name,
            address=_lines(profile.address),
            signature=_lines(profile.signature_block),
            phone=profile.phone,
            email=profile.email,
        )


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class DraftDocument(models.Model):
    """A document made for a completed case record: the details staff typed for it (client
    data, stored encrypted) and what it was made from. Its content is drafted again from the
    record's snapshot and these details each time it is downloaded, so it never goes stale
    against its details and is never stored."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    record = models.ForeignKey(
        "questionnaires.CaseRecord", on_delete=models.CASCADE, related_name="documents"
    )
    kind = models.SlugField(max_length=64)
    details = EncryptedJSONField(default=dict, blank=True)
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", editable=False
    )
    made_at = models.DateTimeField(auto_now_add=True)
    changed_at = models.DateTimeField(auto_now=True)
    #: The record's version and rules version the document was made from.
    record_version = models.PositiveIntegerField(editable=False)
    rules_version = models.CharField(max_length=20, editable=False)

    class Meta:
        app_label = "questionnaires"
        constraints = [
            models.UniqueConstraint(fields=["record", "kind"], name="one_document_per_kind")
        ]

    def __str__(self):
        return f"{self.kind} for record {str(self.record_id)[:8]}"

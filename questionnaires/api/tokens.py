"""API tokens: one per system that calls the API, each acting as one user.

A token is shown once, when an administrator creates it in Django admin; only its SHA-256
is stored (a token is 32 random bytes, so a slow password hash adds nothing), with its
first characters to tell tokens apart. Revoking is final: a revoked token is kept, for the
audit trail, and never works again.
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

#: Every token starts with this, so a leaked one is recognised by secret scanners and people.
TOKEN_PREFIX = "cgapi_"
#: How many characters of a token are kept in clear to name it (the prefix and 6 more).
SHOWN_CHARACTERS = len(TOKEN_PREFIX) + 6


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def usable(self):
        return self.filter(revoked_at__isnull=True, user__is_active=True)


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="api_tokens",
        help_text="The staff member the system acts as: it sees and saves what they may.",
    )
    name = models.CharField(
        max_length=100, help_text="What uses the token, e.g. “LegalServer, Smith Clinic”."
    )
    shown = models.CharField(
        "starts with", max_length=20, editable=False, help_text="The token's first characters."
    )
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField("last used", null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField("revoked", null=True, blank=True, editable=False)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = "API token"
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} ({self.shown}…)"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    def new_key(self) -> str:
        """Give the token a new secret and return it: the only time it is seen."""
        key = TOKEN_PREFIX + secrets.token_urlsafe(32)
        self.key_hash = hash_key(key)
        self.shown = key[:SHOWN_CHARACTERS]
        return key

    def revoke(self) -> None:
        ApiToken.objects.filter(pk=self.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
        self.refresh_from_db(fields=["revoked_at"])


def token_for(request) -> ApiToken | None:
    """The usable token of ``Authorization: Bearer <token>``, or None."""
    scheme, _, key = request.headers.get("Authorization", "").partition(" ")
    key = key.strip()
    if scheme.lower() != "bearer" or not key.startswith(TOKEN_PREFIX) or len(key) > 100:
        return None
    return ApiToken.objects.usable().select_related("user").filter(key_hash=hash_key(key)).first()

"""Client data encrypted at rest, field by field (Fernet: AES-128-CBC with HMAC-SHA256).

Values are encrypted in ``get_prep_value``, so every write path is covered: ``save()``,
``create()``, ``bulk_create()`` and the wizard's compare-and-set ``QuerySet.update()``.
They are decrypted in ``from_db_value``. A value that no key opens raises
``InvalidToken`` rather than being shown as if it were plain text.

Keys come from ``settings.FIELD_ENCRYPTION_KEYS``, newest first: new values are encrypted
with the first, and every key still opens what it encrypted, so keys can be rotated
(``manage.py rotate_encryption_keys`` re-encrypts every row with the newest).

Exact search by client reference uses a keyed hash (``reference_hash``) kept beside the
encrypted value: equal references give equal hashes, which reveal nothing without the key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import FieldError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MaxLengthValidator
from django.db import models


@cache
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(key) for key in keys])


def fernet() -> MultiFernet:
    """The keys of the settings (cached per set of keys, so tests may override them)."""
    return _fernet(tuple(settings.FIELD_ENCRYPTION_KEYS))


def encrypt(text: str) -> str:
    return fernet().encrypt(text.encode()).decode()


def decrypt(token: str) -> str:
    return fernet().decrypt(token.encode()).decode()


def reference_hash(reference: str) -> str:
    """The keyed hash (HMAC-SHA256) of a client reference, trimmed and case-folded, so
    " AB-12 " finds "ab-12"; empty for no reference."""
    normalised = (reference or "").strip().casefold()
    if not normalised:
        return ""
    key = settings.SEARCH_HASH_KEY.encode()
    return hmac.new(key, normalised.encode(), hashlib.sha256).hexdigest()


#: Prefixes of a reference up to this length are searchable ("starts with").
SEARCHABLE_PREFIX_LENGTH = 40


def reference_prefix_hash(prefix: str) -> str:
    """The keyed hash of the start of a reference (trimmed, case-folded), trimmed to 16 hex
    digits: enough to tell prefixes apart, too short to serve as the full reference's."""
    normalised = (prefix or "").strip().casefold()[:SEARCHABLE_PREFIX_LENGTH]
    if not normalised:
        return ""
    key = settings.SEARCH_HASH_KEY.encode()
    return hmac.new(key, b"prefix:" + normalised.encode(), hashlib.sha256).hexdigest()[:16]


def reference_prefix_hashes(reference: str) -> str:
    """The keyed hashes of every start of a reference, one to
    :data:`SEARCHABLE_PREFIX_LENGTH` characters long, separated by spaces: a "starts with"
    search looks for one of them. They show which records' references begin alike, never
    what the references are. A space starts and ends the list too, so a search for
    " <hash> " matches whole hashes only."""
    normalised = (reference or "").strip().casefold()[:SEARCHABLE_PREFIX_LENGTH]
    if not normalised:
        return ""
    hashes = (reference_prefix_hash(normalised[:n]) for n in range(1, len(normalised) + 1))
    return f" {' '.join(hashes)} "


class _NotSearchable:
    """Each encryption of a value differs, so a lookup on the stored token could never
    match: refuse it rather than find nothing (search by the keyed hash instead)."""

    def get_lookup(self, lookup_name):
        if lookup_name != "isnull":
            raise FieldError(f"{self.name} is encrypted: it cannot be searched by value.")
        return super().get_lookup(lookup_name)


class EncryptedTextField(_NotSearchable, models.TextField):
    """Text stored encrypted. ``max_length`` is checked by a validator (the stored token
    is longer than the text)."""

    def __init__(self, *args, max_length=None, **kwargs):
        self.text_max_length = max_length
        super().__init__(*args, **kwargs)
        if max_length is not None:
            self.validators.append(MaxLengthValidator(max_length))

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.text_max_length is not None:
            kwargs["max_length"] = self.text_max_length
        return name, path, args, kwargs

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return None if value is None else encrypt(value)

    def from_db_value(self, value, expression, connection):
        return None if value is None else decrypt(value)


class EncryptedJSONField(_NotSearchable, models.TextField):
    """A JSON value (dicts, lists, strings, numbers) serialised, then stored encrypted.
    SQL NULL stays NULL (None); it holds nothing."""

    def get_prep_value(self, value):
        if value is None:
            return None
        return encrypt(json.dumps(value, cls=DjangoJSONEncoder, separators=(",", ":")))

    def from_db_value(self, value, expression, connection):
        return None if value is None else json.loads(decrypt(value))

    def to_python(self, value):
        return value

    def value_to_string(self, obj):
        return json.dumps(self.value_from_object(obj), cls=DjangoJSONEncoder)


#: The encrypted columns of the case record table (a migration names them too).
CASE_RECORD_TABLE = "questionnaires_caserecord"
CASE_RECORD_ENCRYPTED_COLUMNS = (
    "client_reference",
    "answers",
    "answers_in_words",
    "wizard_state",
    "determination",
)


#: The other encrypted columns, by table: a supervisor's comments on a record.
OTHER_ENCRYPTED_COLUMNS = {"questionnaires_review": ("comments",)}


def rewrite_rows(
    connection,
    rewrite,
    *,
    table=CASE_RECORD_TABLE,
    columns=CASE_RECORD_ENCRYPTED_COLUMNS,
    batch_size=500,
) -> int:
    """Give every row's encrypted columns, as stored, to ``rewrite(row)``, which answers
    the columns to change (a dict, empty for none; other columns of the table may be
    among them), and write those. Works on the raw
    columns, so it serves a migration (plain text in) as well as key rotation (tokens
    in). Rows are read in batches by primary key; returns how many rows were changed."""
    quote = connection.ops.quote_name
    selected = ", ".join(quote(c) for c in columns)
    changed, last_id = 0, None
    while True:
        with connection.cursor() as cursor:
            after = "" if last_id is None else f"WHERE {quote('id')} > %s"
            cursor.execute(
                f"SELECT {quote('id')}, {selected} FROM {quote(table)} {after} "
                f"ORDER BY {quote('id')} LIMIT %s",
                ([] if last_id is None else [last_id]) + [batch_size],
            )
            rows = cursor.fetchall()
            for row_id, *values in rows:
                row = dict(zip(columns, values, strict=True))
                update = rewrite(row)
                if update:
                    # Only if the row is still as read: a concurrent write (already with
                    # the newest key) is never overwritten with an older value.
                    assignments = ", ".join(f"{quote(c)} = %s" for c in update)
                    read = {c: row[c] for c in update if row.get(c) is not None}
                    unchanged = "".join(f" AND {quote(c)} = %s" for c in read)
                    cursor.execute(
                        f"UPDATE {quote(table)} SET {assignments} "
                        f"WHERE {quote('id')} = %s{unchanged}",
                        [*update.values(), row_id, *read.values()],
                    )
                    changed += cursor.rowcount
        if len(rows) < batch_size:
            return changed
        last_id = rows[-1][0]


def rotate_row(row: dict) -> dict:
    """A row's tokens re-encrypted with the newest key; nothing for a row already so."""
    newest = Fernet(settings.FIELD_ENCRYPTION_KEYS[0])
    update = {}
    for column, token in row.items():
        if token is None:
            continue
        try:
            newest.decrypt(token.encode())
        except InvalidToken:
            update[column] = fernet().rotate(token.encode()).decode()
    return update

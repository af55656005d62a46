from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection

from questionnaires.encryption import (
    OTHER_ENCRYPTED_COLUMNS,
    reference_hash,
    reference_prefix_hashes,
    rewrite_rows,
    rotate_row,
)
from questionnaires.models import CaseRecord, DraftDocument


class Command(BaseCommand):
    help = (
        "Re-encrypt every case record's client data with the newest key (the first of "
        "DJANGO_FIELD_ENCRYPTION_KEYS), and recompute the client reference's search hashes "
        "where DJANGO_SEARCH_HASH_KEY changed. Run it after putting a new key first; when it "
        "has finished, the old keys can be removed. Safe to run again or after an "
        "interruption: values already under the newest keys are left as they are."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, batch_size, **options):
        if len(settings.FIELD_ENCRYPTION_KEYS) < 2:
            self.stdout.write("Only one key is configured: checking every value is under it.")
        changed = rewrite_rows(connection, rotate_row, batch_size=batch_size)
        self.stdout.write(f"Re-encrypted {changed} case record(s) with the newest key.")
        for table, columns in OTHER_ENCRYPTED_COLUMNS.items():
            changed = rewrite_rows(
                connection, rotate_row, table=table, columns=columns, batch_size=batch_size
            )
            self.stdout.write(f"Re-encrypted {changed} row(s) of {table} with the newest key.")
        # A drafted document's details: read (any key opens them) and written back under
        # the newest key.
        documents = 0
        for pk, details in DraftDocument.objects.values_list("pk", "details").iterator(
            chunk_size=batch_size
        ):
            documents += DraftDocument.objects.filter(pk=pk).update(details=details)
        self.stdout.write(f"Re-encrypted the details of {documents} drafted document(s).")
        rehashed = 0
        hashes = CaseRecord.objects.values_list(
            "pk", "client_reference", "client_reference_hash", "client_reference_prefixes"
        )
        for pk, reference, stored, stored_prefixes in hashes.iterator(chunk_size=batch_size):
            wanted = reference_hash(reference)
            wanted_prefixes = reference_prefix_hashes(reference)
            if (wanted, wanted_prefixes) != (stored, stored_prefixes):
                # Only if unchanged since read: a concurrent write set the right hashes.
                rehashed += CaseRecord.objects.filter(
                    pk=pk, client_reference_hash=stored, client_reference_prefixes=stored_prefixes
                ).update(client_reference_hash=wanted, client_reference_prefixes=wanted_prefixes)
        self.stdout.write(f"Recomputed the search hashes of {rehashed} case record(s).")

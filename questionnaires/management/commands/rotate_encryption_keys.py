from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection

from questionnaires.encryption import rewrite_rows, rotate_row


class Command(BaseCommand):
    help = (
        "Re-encrypt every case record's client data with the newest key (the first of "
        "DJANGO_FIELD_ENCRYPTION_KEYS). Run it after putting a new key first; when it has "
        "finished, the old keys can be removed. Safe to run again or after an interruption: "
        "values already under the newest key are left as they are."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, batch_size, **options):
        if len(settings.FIELD_ENCRYPTION_KEYS) < 2:
            self.stdout.write("Only one key is configured: checking every value is under it.")
        changed = rewrite_rows(connection, rotate_row, batch_size=batch_size)
        self.stdout.write(f"Re-encrypted {changed} case record(s) with the newest key.")

from django.core.management.base import BaseCommand

from questionnaires.deadlines import record_deadlines
from questionnaires.models import CaseRecord


class Command(BaseCommand):
    help = (
        "Make the deadlines of finished case records from their results, for records "
        "finished before deadlines were kept. Safe to run again: a record's existing "
        "deadlines are left as they are (done or not)."
    )

    def handle(self, *args, **options):
        made = 0
        records = CaseRecord.objects.complete().only(
            "id", "questionnaire", "status", "determination"
        )
        for record in records.iterator(chunk_size=200):
            made += len(record_deadlines(record))
        self.stdout.write(f"Made {made} deadline(s).")

"""The audit trail for a period as CSV, for an auditor (hashes included).

    python manage.py export_audit_trail --from 2026-01-01 --to 2026-03-31 [--output FILE]

Both dates are included, in the app's time zone. Without --output the CSV goes to standard
output. Admin > Audit events offers the same export for the events selected there.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from questionnaires.audit import AuditEvent, write_csv


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"Give dates as YYYY-MM-DD, not {value!r}") from None


class Command(BaseCommand):
    help = "Export the audit trail for a period as CSV."

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", required=True, type=_date)
        parser.add_argument("--to", dest="end", required=True, type=_date)
        parser.add_argument("--output", help="a file to write (default: standard output)")

    def handle(self, *args, start, end, output, **options):
        if end < start:
            raise CommandError("--to is before --from")
        zone = timezone.get_current_timezone()
        since = datetime.datetime.combine(start, datetime.time.min, zone)
        until = datetime.datetime.combine(
            end + datetime.timedelta(days=1), datetime.time.min, zone
        )
        events = (
            AuditEvent.objects.filter(at__gte=since, at__lt=until)
            .select_related("user")
            .order_by("id")
        )
        if output:
            with open(output, "w", newline="", encoding="utf-8") as out:
                write_csv(events, out)
        else:
            write_csv(events, self.stdout)

from datetime import timedelta

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.management.base import BaseCommand
from django.utils import timezone

from questionnaires.audit import record_purge
from questionnaires.models import CaseRecord


class Command(BaseCommand):
    help = (
        "Delete completed case records older than the retention period, drafts untouched "
        "for the draft retention period and expired sessions (with the unsaved answers of "
        "abandoned intakes in them); report how many were deleted."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.CASE_RETENTION_DAYS,
            help="Keep completed records this many days (default: CASE_RETENTION_DAYS)",
        )
        parser.add_argument(
            "--draft-days",
            type=int,
            default=settings.DRAFT_RETENTION_DAYS,
            help="Keep drafts untouched this many days (default: DRAFT_RETENTION_DAYS)",
        )
        parser.add_argument("--dry-run", action="store_true", help="Count, delete nothing")

    def handle(self, *args, days, draft_days, dry_run, **options):
        now = timezone.now()
        complete = CaseRecord.objects.complete().filter(created_at__lt=now - timedelta(days=days))
        drafts = CaseRecord.objects.drafts().filter(
            updated_at__lt=now - timedelta(days=draft_days)
        )
        # Nothing else deletes a session row once its browser is gone, and an abandoned
        # intake's answers are in it.
        expired_sessions = Session.objects.filter(expire_date__lt=now)
        counts = {
            "complete": complete.count(),
            "draft": drafts.count(),
            "sessions": expired_sessions.count(),
        }
        if not dry_run:
            complete.delete()
            drafts.delete()
            expired_sessions.delete()
            record_purge(counts["complete"] + counts["draft"])
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{verb} {counts['complete']} completed case record(s) older than {days} days, "
            f"{counts['draft']} draft(s) untouched for {draft_days} days "
            f"and {counts['sessions']} expired session(s)."
        )
        return None

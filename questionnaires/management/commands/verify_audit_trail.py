"""Check the audit trail's hash chain: every event's hash matches its content and links to
the event before it. Exit 0 when the chain holds; 1, naming the first break, when not.

    python manage.py verify_audit_trail
"""

from django.core.management.base import BaseCommand, CommandError

from questionnaires.audit import AuditEvent, first_break


class Command(BaseCommand):
    help = "Verify the audit trail's hash chain and report the first break."

    def handle(self, *args, **options):
        event, problem = first_break()
        if event is not None:
            raise CommandError(
                f"The audit trail is broken at event {event.pk} ({event.at.isoformat()}, "
                f"{event.action}): {problem}. Events from there on cannot be trusted.",
                returncode=1,
            )
        self.stdout.write(f"The audit trail holds: {AuditEvent.objects.count()} events checked.")

"""List the completed case records whose result the current rules would change.

    python manage.py rescreen <slug> [--format text|json]

Nothing is changed: to take the new result, staff open the record and amend it (a new
version, screened under the current rules). Each record is re-screened as of the day it
was completed. The listing holds client references: it is for the clinic's staff, and
running it is recorded in the audit trail (with the count, never the references).
"""

import json

from django.core.management.base import BaseCommand, CommandError

from questionnaires.audit import AuditEvent, record_event
from questionnaires.framework import registry
from questionnaires.framework.rescreening import Rescreening, changed_results
from questionnaires.models import CaseRecord


class Command(BaseCommand):
    help = (
        "List completed case records of a questionnaire whose outcome or any finding's "
        "status the current rules would change, old and new side by side. Changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="The questionnaire, e.g. irs-records-request")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, slug, format, **options):
        try:
            questionnaire = registry.get(slug)
        except KeyError:
            known = ", ".join(q.slug for q in registry.all_questionnaires())
            raise CommandError(f"No questionnaire {slug!r}. Known: {known}") from None
        changes = changed_results(questionnaire, CaseRecord.objects.all())
        record_event(
            None,
            AuditEvent.Action.RESCREENED,
            questionnaire=slug,
            count=len(changes),
            place="command",
        )
        if format == "json":
            listing = {
                "questionnaire": slug,
                "rules_version": questionnaire.rules_version,
                "changed": [as_json(change) for change in changes],
            }
            self.stdout.write(json.dumps(listing, indent=2, ensure_ascii=False))
            return
        self.stdout.write(
            f"{questionnaire.title}, rules version {questionnaire.rules_version}: "
            f"{len(changes)} completed record(s) would change."
        )
        for change in changes:
            self.stdout.write("")
            self.stdout.write(as_text(change))


def as_json(change: Rescreening) -> dict:
    record = change.record
    return {
        "record": str(record.pk),
        "client_reference": record.client_reference,
        "rules_version": record.rules_version,
        "screened_as_of": change.screened_as_of.isoformat(),
        "outcome": {
            "before": change.before.outcome,
            "after": change.after.outcome if change.after else None,
        },
        "changes": {
            status.code: {
                "before": str(status.before) if status.before else None,
                "after": str(status.after) if status.after else None,
            }
            for status in change.status_changes
        },
        "needs_answers": change.needs_answers,
    }


def as_text(change: Rescreening) -> str:
    record = change.record
    lines = [
        f"Record {record.pk} ({record.client_reference or 'no reference'}), rules "
        f"{record.rules_version or 'unknown'}, screened as of {change.screened_as_of}:"
    ]
    if change.needs_answers:
        lines.append("  Needs answers to new questions first: " + ", ".join(change.needs_answers))
        return "\n".join(lines)
    if change.outcome_changed:
        lines.append(f"  Outcome: {change.outcome_before} -> {change.outcome_after}")
    else:
        lines.append(f"  Outcome: {change.outcome_before} (unchanged)")
    for status in change.status_changes:
        lines.append(f"  {status.title}: {status.before_label} -> {status.after_label}")
    return "\n".join(lines)

from django.db import migrations, models

from questionnaires.audit import GENESIS, event_hash


def chain_existing_events(apps, schema_editor):
    """Give the events recorded before the chain their hashes, in the order they were
    recorded, so the chain starts at the first event ever recorded."""
    AuditEvent = apps.get_model("questionnaires", "AuditEvent")
    previous = GENESIS
    for event in AuditEvent.objects.order_by("id").iterator():
        digest = event_hash(event, previous)
        AuditEvent.objects.filter(pk=event.pk).update(previous_hash=previous, hash=digest)
        previous = digest


class Migration(migrations.Migration):
    dependencies = [
        ("questionnaires", "0006_pdf_rendering_per_user"),
    ]

    operations = [
        migrations.AddField(
            model_name="auditevent",
            name="detail",
            field=models.JSONField(
                blank=True,
                default=dict,
                editable=False,
                help_text="What else the event names: an account, a group, a filter, an address.",
            ),
        ),
        migrations.AddField(
            model_name="auditevent",
            name="previous_hash",
            field=models.CharField(default="", editable=False, max_length=64),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="auditevent",
            name="hash",
            field=models.CharField(default="", editable=False, max_length=64),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="auditevent",
            name="action",
            field=models.CharField(
                choices=[
                    ("created", "Created"),
                    ("viewed", "Viewed"),
                    ("changed", "Changed"),
                    ("resumed", "Resumed"),
                    ("exported_pdf", "Exported as PDF"),
                    ("exported_csv", "Exported as CSV"),
                    ("deleted", "Deleted"),
                    ("purged", "Purged"),
                    ("listed", "Listed case records"),
                    ("searched", "Searched case records"),
                    ("signed_in", "Signed in"),
                    ("signed_out", "Signed out"),
                    ("sign_in_failed", "Failed sign-in"),
                    ("locked_out", "Account locked"),
                    ("unlocked", "Account unlocked"),
                    ("sign_in_records_deleted", "Sign-in records deleted"),
                    ("account_created", "Account created"),
                    ("account_changed", "Account changed"),
                    ("account_deleted", "Account deleted"),
                    ("groups_changed", "Group membership changed"),
                    ("permissions_changed", "Permissions changed"),
                    ("group_changed", "Group created, renamed or deleted"),
                ],
                editable=False,
                max_length=40,
            ),
        ),
        migrations.AlterField(
            model_name="auditevent",
            name="count",
            field=models.PositiveIntegerField(
                blank=True, editable=False, help_text="Records purged or deleted.", null=True
            ),
        ),
        migrations.RunPython(chain_existing_events, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="auditevent",
            name="hash",
            field=models.CharField(editable=False, max_length=64, unique=True),
        ),
    ]

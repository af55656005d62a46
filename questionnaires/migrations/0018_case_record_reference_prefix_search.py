"""A "starts with" search on the client reference: the keyed hashes of each start of the
reference, filled in for existing records."""

from django.db import migrations, models

from questionnaires.encryption import reference_prefix_hashes


def fill_prefixes(apps, schema_editor):
    CaseRecord = apps.get_model("questionnaires", "CaseRecord")
    # The historical model's reference field decrypts as the current one does.
    for pk, reference in CaseRecord.objects.values_list("pk", "client_reference").iterator(
        chunk_size=500
    ):
        CaseRecord.objects.filter(pk=pk).update(
            client_reference_prefixes=reference_prefix_hashes(reference)
        )


class Migration(migrations.Migration):
    dependencies = [("questionnaires", "0017_api_tokens")]

    operations = [
        migrations.AddField(
            model_name="caserecord",
            name="client_reference_prefixes",
            field=models.TextField(
                blank=True,
                editable=False,
                help_text="Keyed hashes of the reference's starts, for a 'starts with' search.",
            ),
        ),
        migrations.RunPython(fill_prefixes, migrations.RunPython.noop),
    ]

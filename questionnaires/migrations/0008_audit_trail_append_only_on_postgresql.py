"""On PostgreSQL, the audit table refuses UPDATE and DELETE, whoever asks: the app's own
database account cannot rewrite history either. (SQLite has no separate accounts; there the
model and the hash chain guard the trail.)"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION questionnaires_auditevent_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'Audit events are append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER questionnaires_auditevent_append_only
    BEFORE UPDATE OR DELETE ON questionnaires_auditevent
    FOR EACH ROW EXECUTE FUNCTION questionnaires_auditevent_append_only();
"""

DROP = """
DROP TRIGGER IF EXISTS questionnaires_auditevent_append_only ON questionnaires_auditevent;
DROP FUNCTION IF EXISTS questionnaires_auditevent_append_only();
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql, params=None)  # no placeholders: % is literal

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("questionnaires", "0007_audit_trail_hash_chain_and_access_events"),
    ]

    operations = [migrations.RunPython(on_postgresql(CREATE), on_postgresql(DROP))]

"""Encrypts the client data of existing case records and fills the reference's search hash.

Reversible: going back decrypts the values (which needs the keys) before 0011 turns the
columns back into JSON.
"""

from django.db import migrations

from questionnaires.encryption import decrypt, encrypt, reference_hash, rewrite_rows


def encrypt_row(row):
    return {
        **{column: encrypt(value) for column, value in row.items() if value is not None},
        "client_reference_hash": reference_hash(row["client_reference"]),
    }


def decrypt_row(row):
    return {column: decrypt(value) for column, value in row.items() if value is not None}


def encrypt_existing(apps, schema_editor):
    rewrite_rows(schema_editor.connection, encrypt_row)


def decrypt_existing(apps, schema_editor):
    rewrite_rows(schema_editor.connection, decrypt_row)


class Migration(migrations.Migration):
    dependencies = [("questionnaires", "0012_encrypt_client_data_at_rest")]

    operations = [migrations.RunPython(encrypt_existing, decrypt_existing)]

"""The documents framework: one content source in both formats, key rotation of the
details, and hostile input on the details form."""

import io

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command

from questionnaires.documents.content import (
    BulletList,
    Document,
    Heading,
    Lines,
    Note,
    NumberedList,
    Paragraph,
    Table,
)
from questionnaires.documents.docx_writer import to_docx
from questionnaires.documents.html_writer import to_html
from questionnaires.documents.models import DraftDocument
from tests.documents.helpers import details_url, docx_text, make_document
from tests.documents.test_irs_documents import DETAILS, LETTER, OWN_FILE
from tests.factories import screened_record

SAMPLE = Document(
    title="A title",
    blocks=(
        Heading("First part"),
        Paragraph("Body <b>not markup</b> & more", lead="Re: "),
        NumberedList(("one", "two")),
        Heading("Second part", 2),
        NumberedList(("three", "four")),
        BulletList(("a bullet",)),
        Table("A table", ("Left", "Right"), (("1", "2"),)),
        Lines(("line one", "line two")),
        Note("remove me"),
    ),
    footer="Made from record X",
)


def test_both_formats_carry_every_block_of_the_one_source():
    text, paragraphs = docx_text(to_docx(SAMPLE))
    html = to_html(SAMPLE)
    for expected in ("First part", "one", "four", "a bullet", "line one", "remove me"):
        assert expected in text and expected in html
    assert "Left | Right" in text and "1 | 2" in text
    assert "Re: Body <b>not markup</b> & more" in text
    assert "Body &lt;b&gt;not markup&lt;/b&gt; &amp; more" in html  # escaped, never markup
    assert '<th scope="col">Left</th>' in html and "<caption>A table</caption>" in html
    assert "Made from record X" in html
    styles = [p.style.name for p in paragraphs]
    assert styles[:2] == ["Title", "Heading 1"]
    assert styles.count("List Number") == 4


def test_each_numbered_list_starts_again_at_one():
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(to_docx(SAMPLE)))
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    num_ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert num_ids[0] == num_ids[1] and num_ids[2] == num_ids[3] and num_ids[0] != num_ids[2]
    numbering = document.part.numbering_part.element
    for num_id in {num_ids[0], num_ids[2]}:
        num = numbering.num_having_numId(num_id)
        start = num.find(qn("w:lvlOverride")).find(qn("w:startOverride"))
        assert start.get(qn("w:val")) == "1"


@pytest.mark.django_db
def test_key_rotation_re_encrypts_document_details(settings, staff_user, client):
    key_a, key_b = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [key_a]
    client.force_login(staff_user)
    record = screened_record(staff_user, "irs-records-request", OWN_FILE)
    make_document(client, record, LETTER, DETAILS)
    settings.FIELD_ENCRYPTION_KEYS = [key_b, key_a]
    out = io.StringIO()
    call_command("rotate_encryption_keys", stdout=out)
    assert "Re-encrypted the details of 1 drafted document(s)" in out.getvalue()
    settings.FIELD_ENCRYPTION_KEYS = [key_b]
    assert DraftDocument.objects.get().details["requester_name"] == "Maria Example"


@pytest.mark.parametrize(
    "hostile",
    [
        {"requester_name": "x" * 5000},
        {"requester_name": "bad\x00name"},
        {"fee_limit": "-5"},
        {"fee_limit": "1e400"},
        {"delivery": "carrier pigeon"},
        {"tax_years": "2021\x1b"},
    ],
)
def test_hostile_details_are_refused_with_a_message_never_a_500(staff_client, staff_user, hostile):
    record = screened_record(staff_user, "irs-records-request", OWN_FILE)
    response = staff_client.post(details_url(record, LETTER), {**DETAILS, **hostile})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert not DraftDocument.objects.exists()

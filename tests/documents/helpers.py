"""Making and reading drafted documents in tests."""

from __future__ import annotations

from io import BytesIO

from django.urls import reverse


def details_url(record, kind: str) -> str:
    return reverse("questionnaires:document_details", args=[record.pk, kind])


def download_url(record, kind: str, file_format: str) -> str:
    return reverse("questionnaires:document_download", args=[record.pk, kind, file_format])


def make_document(client, record, kind: str, details: dict) -> None:
    """Post the details form (as a browser would) and expect the redirect to the record."""
    response = client.post(details_url(record, kind), details)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert response["Location"].endswith(f"#document-{kind}")


def docx_text(payload: bytes) -> tuple[str, list]:
    """The DOCX's text (paragraphs, then every table cell) and its paragraphs, read back
    with python-docx."""
    import docx

    document = docx.Document(BytesIO(payload))
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines), document.paragraphs


def pdf_text(payload: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(payload)).pages)

"""IRS records requests: the FOIA request letter and the attachment checklist, drafted from
real screenings (the wizard's own scenarios) and read back from the DOCX and the PDF."""

from datetime import date, timedelta

import pytest

from questionnaires.audit import AuditEvent
from questionnaires.documents.models import ClinicProfile, DraftDocument
from questionnaires.framework.wording import us_long_date
from tests.documents.helpers import (
    details_url,
    docx_text,
    download_url,
    make_document,
    pdf_text,
)
from tests.factories import screened_record

SLUG = "irs-records-request"
LETTER = "foia-request-letter"
CHECKLIST = "foia-attachment-checklist"

# tests/irs_records_request/test_wizard.py's own file request, sent by the client.
OWN_FILE = {
    "client_reference": "IRS-1",
    "path": "prepare_request",
    "records_wanted": ["exam_collection_file"],
    "records_owner": "client",
    "requester": "client",
    "records_description": "specific",
    "request_includes": ["signed", "identity", "fees"],
    "request_received": "2024-11-25",
}
# The clinic sends it under the client's Form 2848.
CLINIC_WITH_2848 = {
    **OWN_FILE,
    "client_reference": "IRS-2",
    "requester": "clinic",
    "authorization_form": "form_2848",
    "authorization_covers": "yes",
}
DETAILS = {
    "requester_name": "Maria Example",
    "requester_address": "12 Elm Street\nSpringfield, IL 62701",
    "representative_name": "",
    "tax_years": "2021 and 2022",
    "tax_forms": "Form 1040",
    "records_described": "The complete examination file for the 2021 and 2022 audit.",
    "fee_limit": "50",
    "delivery": "electronic",
    "signed_in_us": "yes",
}


@pytest.fixture
def own_file(staff_user):
    return screened_record(staff_user, SLUG, OWN_FILE)


def test_the_letter_drafts_the_route_the_result_found(staff_client, own_file):
    route = own_file.determination["data"]["route"]
    assert (route["request"], route["authority"]) == ("foia_6103", "6103(e)")
    make_document(staff_client, own_file, LETTER, DETAILS)
    response = staff_client.get(download_url(own_file, LETTER, "docx"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Content-Disposition"].startswith(
        'attachment; filename="foia-request-letter-irs-1-'
    )
    text, paragraphs = docx_text(response.content)
    assert (
        "Re: Freedom of Information Act request (5 U.S.C. § 552) invoking I.R.C. § 6103(e)" in text
    )
    assert "I.R.C. § 6103(e) permits their disclosure to the taxpayer." in text
    assert "Maria Example | Form 1040 | 2021 and 2022" in text
    assert "The complete examination file for the 2021 and 2022 audit." in text
    assert "agrees to pay fees of up to $50." in text
    assert "Please send the records electronically" in text
    # 28 U.S.C. § 1746(2): signed within the United States.
    assert (
        "I declare under penalty of perjury that the foregoing is true and correct. "
        "Executed on (date)" in text
    )
    assert "under the laws of the United States of America" not in text
    assert "Stop 93A" in text and "Atlanta, GA 30362" in text
    # Word structure: real headings and styles, the title first.
    styles = {p.style.name for p in paragraphs}
    assert {"Title", "Heading 2", "List Bullet", "List Number"} <= styles
    assert paragraphs[0].text == "Freedom of Information Act request"
    # A number the app never keeps is left to be written in by hand.
    assert "Taxpayer identification number: ______________" in text


def test_signing_abroad_uses_the_declaration_made_without_the_united_states(
    staff_client, own_file
):
    make_document(staff_client, own_file, LETTER, {**DETAILS, "signed_in_us": "no"})
    text, _ = docx_text(staff_client.get(download_url(own_file, LETTER, "docx")).content)
    assert (
        "I declare under penalty of perjury under the laws of the United States of America "
        "that the foregoing is true and correct." in text
    )


def test_the_clinic_sends_it_under_the_clients_form_2848(staff_client, staff_user):
    ClinicProfile.objects.create(
        name="Springfield Legal Aid",
        address="1 Court Square\nSpringfield, IL 62701",
        signature_block="Staff Attorney\nSpringfield Legal Aid",
    )
    record = screened_record(staff_user, SLUG, CLINIC_WITH_2848)
    assert record.determination["data"]["route"]["authority"] == "6103(e)(6)"
    make_document(
        staff_client, record, LETTER, {**DETAILS, "representative_name": "Alex Advocate"}
    )
    text, _ = docx_text(staff_client.get(download_url(record, LETTER, "docx")).content)
    assert "invoking I.R.C. § 6103(e)(6)" in text
    assert "named in the enclosed Form 2848, Power of Attorney" in text
    assert "made for the taxpayer by Alex Advocate of Springfield Legal Aid" in text
    assert "Springfield Legal Aid\n1 Court Square" in text  # the clinic's letterhead
    assert (
        "A copy of the signed Form 2848, Power of Attorney and Declaration of Representative"
        in text
    )
    assert "Staff Attorney" in text  # the clinic's signature block


def test_the_checklist_has_the_results_checklist_and_dates(staff_client, own_file):
    data = own_file.determination["data"]
    make_document(staff_client, own_file, CHECKLIST, {})
    text, _ = docx_text(staff_client.get(download_url(own_file, CHECKLIST, "docx")).content)
    for row in data["checklist"]:
        assert f"{row['item']} | Yes" in text
    due = date.fromisoformat(data["response_due"])
    assert f"Answer due (20 working days) | {us_long_date(due)}" in text
    assert "Route: a FOIA request invoking I.R.C. § 6103(e)." in text


def test_what_the_result_says_is_missing_is_a_drafting_note(staff_client, staff_user):
    record = screened_record(
        staff_user, SLUG, {**OWN_FILE, "request_includes": ["signed", "identity"]}
    )
    assert record.determination["data"]["missing"] == ["A statement about fees"]
    make_document(staff_client, record, LETTER, DETAILS)
    text, _ = docx_text(staff_client.get(download_url(record, LETTER, "docx")).content)
    assert (
        "Drafting note (delete before sending): The screening found the request is missing: "
        "a statement about fees." in text
    )


def test_the_pdf_has_the_same_content(staff_client, own_file):
    make_document(staff_client, own_file, LETTER, DETAILS)
    response = staff_client.get(download_url(own_file, LETTER, "pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(pdf_text(response.content).split())
    assert "invoking I.R.C. § 6103(e)" in text
    assert "Maria Example" in text
    assert "I declare under penalty of perjury that the foregoing is true and correct." in text


def test_the_record_page_offers_both_documents_only_for_a_foia_request(
    staff_client, staff_user, own_file
):
    page = staff_client.get(own_file.get_absolute_url()).content.decode()
    assert 'id="documents"' in page
    assert details_url(own_file, LETTER) in page and details_url(own_file, CHECKLIST) in page
    returns_only = screened_record(
        staff_user,
        SLUG,
        {
            "client_reference": "IRS-3",
            "path": "prepare_request",
            "records_wanted": ["returns_transcripts"],
        },
    )
    assert returns_only.determination["data"]["route"]["request"] == "other_channel"
    page = staff_client.get(returns_only.get_absolute_url()).content.decode()
    assert 'id="documents"' not in page
    assert staff_client.get(details_url(returns_only, LETTER)).status_code == 404


def test_details_are_checked_and_errors_say_how_to_fix_them(staff_client, own_file):
    response = staff_client.post(details_url(own_file, LETTER), {**DETAILS, "requester_name": ""})
    assert response.status_code == 200
    page = response.content.decode()
    assert "<title>Error: " in page
    assert "Enter the requester&#x27;s full name" in page
    assert not DraftDocument.objects.exists()


def test_others_records_are_404_and_nothing_is_recorded(
    client, other_staff_user, staff_client, own_file
):
    make_document(staff_client, own_file, LETTER, DETAILS)
    client.force_login(other_staff_user)
    before = AuditEvent.objects.count()
    assert client.get(details_url(own_file, LETTER)).status_code == 404
    assert client.post(details_url(own_file, LETTER), DETAILS).status_code == 404
    assert client.get(download_url(own_file, LETTER, "docx")).status_code == 404
    assert client.get(download_url(own_file, LETTER, "pdf")).status_code == 404
    assert AuditEvent.objects.count() == before


def test_made_changed_and_downloaded_are_audited_without_content(staff_client, own_file):
    make_document(staff_client, own_file, LETTER, DETAILS)
    make_document(staff_client, own_file, LETTER, DETAILS)  # the same details: no change
    make_document(staff_client, own_file, LETTER, {**DETAILS, "tax_years": "2022"})
    staff_client.get(download_url(own_file, LETTER, "docx"))
    staff_client.get(download_url(own_file, LETTER, "pdf"))
    events = AuditEvent.objects.filter(record_id=own_file.pk, action__startswith="document")
    assert [
        (e.action, e.detail.get("document"), e.detail.get("format")) for e in events.order_by("id")
    ] == [
        ("document_made", LETTER, None),
        ("document_changed", LETTER, None),
        ("document_downloaded", LETTER, "docx"),
        ("document_downloaded", LETTER, "pdf"),
    ]
    assert all("Maria" not in str(e.detail) for e in events)


def test_details_are_stored_encrypted_and_versioned(staff_client, own_file):
    from django.db import connection

    make_document(staff_client, own_file, LETTER, DETAILS)
    document = DraftDocument.objects.get()
    assert document.details["requester_name"] == "Maria Example"
    assert document.record_version == own_file.version
    assert document.rules_version == own_file.rules_version
    with connection.cursor() as cursor:
        cursor.execute("SELECT details FROM questionnaires_draftdocument")
        (stored,) = cursor.fetchone()
    assert "Maria" not in stored


def test_an_unknown_document_or_format_is_404(staff_client, own_file):
    assert staff_client.get(details_url(own_file, "no-such-letter")).status_code == 404
    make_document(staff_client, own_file, LETTER, DETAILS)
    assert staff_client.get(download_url(own_file, LETTER, "odt")).status_code == 404


# ---------------------------------------------------------------------------
# Review path: the administrative appeal
# ---------------------------------------------------------------------------

APPEAL = "foia-appeal"
# The seed's DIF file (TIGTA Rep. at 3-4): the DIF score's words withheld under (b)(7)(E).
DIF_FILE = {
    "client_reference": "IRS-DIF",
    "path": "review_response",
    "letter_date": (date.today() - timedelta(days=10)).isoformat(),
    "request_basis": "foia",
    "irs_action": "released_part",
    "exemptions_cited": ["b7e"],
    "matter_status": "not_known",
    "request_signed_by": "client",
    "items_withheld": ["dif_score_words", "form_code"],
    "item_exemptions": [
        {"item": "dif_score_words", "item_exemption": "b7e"},
        {"item": "form_code", "item_exemption": "b7e"},
    ],
    "items_released": ["requester_info"],
    "inconsistent_redactions": "no",
    "appeal_status": "not_yet",
}
APPEAL_DETAILS = {
    "requester_name": "Maria Example",
    "requester_address": "12 Elm Street\nSpringfield, IL 62701",
    "request_number": "F24123-0456",
    "request_date_day": "3",
    "request_date_month": "4",
    "request_date_year": "2024",
    "appeal_address": "IRS Appeals\nFOIA Appeals Unit\nAddress as on the letter",
    "representative_name": "",
}


def test_the_appeal_challenges_each_item_with_its_exemption_and_authority(
    staff_client, staff_user
):
    record = screened_record(staff_user, SLUG, DIF_FILE)
    data = record.determination["data"]
    assert record.outcome == "appeal_recommended"
    page = staff_client.get(record.get_absolute_url()).content.decode()
    assert details_url(record, APPEAL) in page
    assert details_url(record, LETTER) not in page
    make_document(staff_client, record, APPEAL, APPEAL_DETAILS)
    text, _ = docx_text(staff_client.get(download_url(record, APPEAL, "docx")).content)
    assert "FREEDOM OF INFORMATION ACT APPEAL" in text
    assert "Re: Freedom of Information Act appeal: request number F24123-0456" in text
    assert "sent on April 3, 2024" in text
    deadline = us_long_date(date.fromisoformat(data["appeal_deadline"]))
    assert f"must reach the IRS by {deadline}" in text
    letter = us_long_date(date.fromisoformat(DIF_FILE["letter_date"]))
    assert f"determination dated {letter}" in text
    challenged = [
        row
        for row in data["items"]
        if row["withheld_or_released"] == "withheld"
        and row["flag"] in ("likely_improper", "worth_challenging", "unclear")
    ]
    assert challenged
    for row in challenged:
        assert f"{row['label']} (withheld: {row['exemption_label']})" in text
        assert row["reason"] in text
        for citation in row["citations"]:
            assert citation in text
    assert "TIGTA Rep. No. 2023-10-055, at 4" in text
    assert "5 U.S.C. § 552(b), flush language after para. (9)" in text
    assert "5 U.S.C. § 552(a)(8)(A)" in text
    assert "IRS Appeals\nFOIA Appeals Unit" in text


def test_no_appeal_is_offered_when_nothing_is_worth_challenging(staff_client, staff_user):
    record = screened_record(
        staff_user,
        SLUG,
        {
            **DIF_FILE,
            "client_reference": "IRS-ALL",
            "irs_action": "released_all",
            "items_released": ["requester_info"],
        },
    )
    assert record.outcome == "no_issue_found"
    assert 'id="documents"' not in staff_client.get(record.get_absolute_url()).content.decode()
    assert staff_client.get(details_url(record, APPEAL)).status_code == 404


def test_the_details_page_shows_what_was_saved_for_changing(staff_client, staff_user):
    record = screened_record(staff_user, SLUG, DIF_FILE)
    make_document(staff_client, record, APPEAL, APPEAL_DETAILS)
    page = staff_client.get(details_url(record, APPEAL)).content.decode()
    assert 'value="F24123-0456"' in page
    assert 'name="request_date_year" type="text" inputmode="numeric" value="2024"' in page
    assert "Save changes" in page


def test_the_documents_say_when_the_clinic_sends_nothing_before_approval(
    staff_client, own_file, settings
):
    page = staff_client.get(own_file.get_absolute_url()).content.decode()
    assert "Not to be sent yet" not in page

    settings.REQUIRE_REVIEW_BEFORE_RELEASE = True
    page = staff_client.get(own_file.get_absolute_url()).content.decode()
    assert "Not to be sent yet" in page
    assert "send this one for review first" in page

    own_file.status = own_file.Status.APPROVED
    own_file.save()
    page = staff_client.get(own_file.get_absolute_url()).content.decode()
    assert "Not to be sent yet" not in page

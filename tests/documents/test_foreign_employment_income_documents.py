"""s 23AG: the advice letter and the referral note, drafted from the questionnaire's own
scenarios (Daniel, CR 2005/54 para 86) and read back from the DOCX."""

import pytest

from questionnaires.documents.models import ClinicProfile
from tests.documents.helpers import details_url, docx_text, download_url, make_document
from tests.factories import screened_record
from tests.foreign_employment_income.test_wizard import DANIEL

SLUG = "foreign-employment-income"
LETTER = "advice-letter"
REFERRAL = "referral-note"

LETTER_DETAILS = {
    "client_name": "Daniel Example",
    "client_address": "3 Anzac Parade\nCanberra ACT 2600",
    "signer_name": "Sam Adviser",
}
# Leave earned in Australia breaks the 91 days: the questionnaire refers it.
BROKEN_SERVICE = {
    **DANIEL,
    "client_reference": "DANIEL-REFER",
    "service_end": "2004-12-20",
    "absences": [
        {
            "absence_start": "2004-10-01",
            "absence_end": "2004-10-20",
            "absence_kind": "australian_accrued_leave",
        }
    ],
}


@pytest.fixture
def daniel(staff_user):
    return screened_record(staff_user, SLUG, DANIEL)


def test_the_advice_letter_has_the_para_86_figures_and_each_payment(staff_client, daniel):
    ClinicProfile.objects.create(name="Canberra Community Law", signature_block="Tax clinic")
    data = daniel.determination["data"]
    assert daniel.outcome == "exempt"
    make_document(staff_client, daniel, LETTER, LETTER_DETAILS)
    response = staff_client.get(download_url(daniel, LETTER, "docx"))
    text, paragraphs = docx_text(response.content)
    assert daniel.determination["headline"] in text
    for payment in data["payments"]:
        assert f"{payment['label']} | Exempt | {payment['reason']}" in text
    # CR 2005/54 para 86, to the cent, as the determination holds it.
    assert "Your other taxable income | $60,000.00" in text
    assert "(notional gross taxable income) | $90,000.00" in text
    assert "Tax on the total (notional gross tax) | $29,362.00" in text
    assert "Tax payable on your other income | $19,574.67" in text
    assert data["progression"]["rates_source"] in text
    for step in daniel.determination["next_steps"]:
        assert step in text
    assert "CR 2005/54, para 86" in text  # in the sources
    assert "Dear Daniel Example," in text
    assert "Sam Adviser\nTax clinic" in text
    assert "Canberra Community Law" in text
    assert paragraphs[0].style.name == "Title"


def test_a_referred_result_offers_the_referral_note_not_the_letter(staff_client, staff_user):
    record = screened_record(staff_user, SLUG, BROKEN_SERVICE)
    assert record.outcome == "refer"
    page = staff_client.get(record.get_absolute_url()).content.decode()
    assert details_url(record, REFERRAL) in page
    assert details_url(record, LETTER) not in page
    assert staff_client.get(details_url(record, LETTER)).status_code == 404
    make_document(
        staff_client,
        record,
        REFERRAL,
        {
            "client_name": "Daniel Example",
            "referred_to": "A registered tax agent",
            "signer_name": "Sam",
        },
    )
    text, _ = docx_text(staff_client.get(download_url(record, REFERRAL, "docx")).content)
    unclear = [f for f in record.determination["findings"] if f["status"] == "unclear"]
    assert unclear
    for finding in unclear:
        assert f"{finding['title']}. {finding['explanation']}" in text
    documents_step = next(
        s for s in record.determination["next_steps"] if s.startswith("Documents to get first")
    )
    assert documents_step.removeprefix("Documents to get first: ").rstrip(".") in text
    assert "To: A registered tax agent" in text


def test_an_exempt_result_does_not_offer_the_referral_note(staff_client, daniel):
    page = staff_client.get(daniel.get_absolute_url()).content.decode()
    assert details_url(daniel, LETTER) in page
    assert details_url(daniel, REFERRAL) not in page
    assert staff_client.get(details_url(daniel, REFERRAL)).status_code == 404

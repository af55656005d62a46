"""Protection from removal: the case assessment memo and the declaration outline, drafted
from the seed (Barajas-Romero v. Lynch, as staff would enter it) and read back."""

import re

import pytest

from tests.documents.helpers import details_url, docx_text, download_url, make_document
from tests.factories import screened_record
from tests.removal_protection.test_wizard import SEED

SLUG = "removal-protection"
MEMO = "assessment-memo"
OUTLINE = "declaration-outline"
MEMO_DETAILS = {"prepared_by": "Pat Paralegal", "supervising_lawyer": "Lee Lawyer"}


@pytest.fixture
def seed(staff_user):
    return screened_record(staff_user, SLUG, SEED)


def test_the_memo_holds_each_protection_element_and_authority(staff_client, seed):
    determination = seed.determination
    make_document(staff_client, seed, MEMO, MEMO_DETAILS)
    text, _ = docx_text(staff_client.get(download_url(seed, MEMO, "docx")).content)
    assert "To | Lee Lawyer" in text and "From | Pat Paralegal" in text
    assert "Country of return | Mexico" in text
    assert determination["headline"] in text
    for code, entry in determination["data"]["relief"].items():
        assert entry["reason"] in text, code
    for finding in determination["findings"]:
        if finding["status"] == "not_applicable":
            continue
        assert f"{finding['title']}: " in text
        assert finding["explanation"] in text
        for citation in finding["citations"]:
            assert citation["authority"] in text
    for item in determination["data"]["evidence_to_gather"]:
        assert item in text
    # The facts under the elements are staff's answers, e.g. the conviction details.
    assert "Methamphetamine possession; receiving stolen property (1998)." in text
    assert "Barajas-Romero v. Lynch, 846 F.3d 351" in text


def test_the_outline_lists_topics_facts_and_gaps_never_the_clients_words(staff_client, seed):
    page = staff_client.get(seed.get_absolute_url()).content.decode()
    assert details_url(seed, OUTLINE) in page
    make_document(staff_client, seed, OUTLINE, {})
    text, paragraphs = docx_text(staff_client.get(download_url(seed, OUTLINE, "docx")).content)
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings[:2] == [
        "1. What happened to the client",
        "2. Who harmed the client, and whether the authorities protected the client",
    ]
    assert "Held for three days by four off-duty police who burned him." in text  # a known fact
    unclear = [
        f
        for f in seed.determination["findings"]
        if f["status"] == "unclear"
        and f["code"] in ("government_protection", "state_action", "nexus_one_central_reason")
    ]
    for finding in unclear:
        assert finding["explanation"] in text
    # An outline: no sentence in the first person.
    assert not re.search(r"(^|[.:] )(I|My|Me) ", text, re.MULTILINE)
    assert "in the client's own words" in text


def test_the_outline_is_offered_only_while_some_protection_is_in_play(seed):
    from questionnaires.documents.views import draft_for
    from questionnaires.framework.determination import Determination
    from questionnaires.removal_protection.documents import declaration_called_for

    draft = draft_for(seed)
    assert declaration_called_for(draft)
    snapshot = Determination.from_dict(seed.determination).to_dict()
    for entry in snapshot["data"]["relief"].values():
        entry["status"] = "barred"
    seed.determination = snapshot
    assert not declaration_called_for(draft_for(seed))


def test_the_memo_explains_each_element_once_and_refers_back_to_it(staff_client, seed):
    """The open questions name each unclear element and where it is explained; the
    authorities are given under each element, not listed again; the PDF is set as a working
    paper."""
    from questionnaires.documents.html_writer import to_html
    from questionnaires.documents.models import DraftDocument
    from questionnaires.documents.registry import get
    from questionnaires.documents.views import build_document
    from questionnaires.framework.determination import Determination

    make_document(staff_client, seed, MEMO, MEMO_DETAILS)
    text, paragraphs = docx_text(staff_client.get(download_url(seed, MEMO, "docx")).content)
    findings = {f["code"]: f for f in seed.determination["findings"]}
    unclear = [f for f in findings.values() if f["status"] == "unclear"]
    assert findings["particularly_serious_crime"] in unclear
    for finding in unclear:
        assert text.count(finding["explanation"]) == 1, finding["code"]
    title = findings["particularly_serious_crime"]["title"]
    assert f"{title} (explained under Bars and deadlines, above)." in text
    headings = [p.text for p in paragraphs if p.style.name.startswith("Heading")]
    assert "Sources" not in headings
    authorities = [p.text for p in paragraphs if p.text.startswith("Authority: ")]
    for finding in Determination.from_dict(seed.determination).findings:
        if finding.status != "not_applicable" and finding.citations:
            cited = "; ".join(c.text for c in finding.citations)
            assert f"Authority: {cited}." in authorities, finding.code

    document = DraftDocument.objects.get(record=seed, kind=MEMO)
    html = to_html(build_document(seed, document, get(SLUG, MEMO)))
    assert '<body class="working-paper">' in html

"""On the result page each finding folds into a native <details> whose summary holds its
title and status (as text, no heading); the PDF lists them open."""

import re

import pytest

from questionnaires.pdf import result_html
from questionnaires.views import result_context
from tests.factories import make_record

pytestmark = pytest.mark.django_db


def test_each_finding_folds_with_its_title_and_status_in_the_summary(staff_client, staff_user):
    record = make_record(staff_user)
    html = staff_client.get(record.get_absolute_url()).content.decode()
    findings = html[html.index('<h2 id="findings">Why: the findings</h2>') :]
    assert findings.index("Open a finding to see why, and the answers it rests on.") < (
        findings.index("<details")
    )
    folded = re.search(
        r'<details class="finding" id="finding-residency">(.*?)</details>', html, re.S
    )
    assert folded, findings
    summary = re.search(r"<summary[^>]*>(.*?)</summary>", folded[1], re.S)
    assert summary, folded[1]
    # The title and status, as text: no heading in the summary, and closed by default.
    assert (
        '<span class="details__summary-text finding__title">Australian resident</span>'
        in (summary[1])
    )
    assert '<strong class="tag tag--unclear">Unclear</strong>' in summary[1]
    assert "<h" not in summary[1] and "open" not in folded[0].split(">")[0]
    # The explanation, the answers it rests on and the sources inside, after the summary.
    inside = folded[1][summary.end() :]
    assert "<p>Staff were not sure.</p>" in inside
    assert "Based on your answers:" in inside
    assert "<li>Resident?: <strong>Not sure</strong></li>" in inside
    assert re.search(r'Sources: <a href="#source-1" aria-label="Source 1">\[1\]</a>', inside)
    assert "Staff were not sure." not in html[: folded.start()]


def test_each_finding_has_a_details_of_its_own(staff_client, staff_user):
    record = make_record(staff_user)
    determination = dict(record.determination)
    second = dict(determination["findings"][0], code="foreign_service", title="Foreign service")
    second["status"] = "met"
    record.determination = dict(determination, findings=[determination["findings"][0], second])
    record.save()
    html = staff_client.get(record.get_absolute_url()).content.decode()
    codes = re.findall(r'<details class="finding" id="finding-([\w-]+)">', html)
    assert codes == ["residency", "foreign_service"]
    assert '<strong class="tag tag--met">Met</strong></summary>' in html


def test_the_pdf_lists_them_open(staff_user, rf):
    record = make_record(staff_user)
    request = rf.get(record.get_absolute_url())
    request.user = staff_user
    html = result_html(result_context(record), request)
    assert "<details" not in html[html.index("Why: the findings") :]
    # Run in after the finding's explanation, each answer in bold after its question.
    based_on = '<p class="based-on"><strong>Based on your answers:</strong> Resident?: '
    assert based_on + "<strong>Not sure</strong>" in html

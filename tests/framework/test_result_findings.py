"""The result page folds the answers each finding rests on into a native <details> (its
summary names the finding to screen readers); the PDF lists them open."""

import re

import pytest

from questionnaires.pdf import result_html
from questionnaires.views import result_context
from tests.factories import make_record

pytestmark = pytest.mark.django_db


def test_the_answers_a_finding_rests_on_fold_away_on_the_page(staff_client, staff_user):
    record = make_record(staff_user)
    html = staff_client.get(record.get_absolute_url()).content.decode()
    folded = re.search(r'<details class="based-on">(.*?)</details>', html, re.S)
    assert folded, html
    assert (
        '<summary class="details__summary"><span class="details__summary-text">The 1 answer '
        'this rests on<span class="visually-hidden">: Australian resident</span></span></summary>'
    ) in folded[1]
    assert "Resident?: <strong>Not sure</strong>" in folded[1]
    # The finding's title, status, explanation and sources stay in view.
    start = html.index('<section class="finding"')
    finding = html[start : html.index('<details class="based-on">')]
    assert "Australian resident" in finding and "Unclear" in finding
    assert "Staff were not sure." in finding


def test_the_pdf_lists_them_open(staff_user, rf):
    record = make_record(staff_user)
    request = rf.get(record.get_absolute_url())
    request.user = staff_user
    html = result_html(result_context(record), request)
    assert "<details" not in html[html.index("Why: the findings") :]
    # Run in after the finding's explanation, each answer in bold after its question.
    based_on = '<p class="based-on"><strong>Based on your answers:</strong> Resident?: '
    assert based_on + "<strong>Not sure</strong>" in html

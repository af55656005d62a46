"""What would change the s 23AG result: the ruling's para 86 facts, run again with one
answer changed (``manage.py screen``'s ``what_would_change``)."""

import json

import pytest

from tests.foreign_employment_income.test_screen import screen
from tests.foreign_employment_income.test_wizard import DANIEL

pytestmark = pytest.mark.django_db

PARA_86 = {key: value for key, value in DANIEL.items() if key != "client_reference"}


def changes(tmp_path, answers):
    return json.loads(screen(tmp_path, answers, "--today", "2025-07-01"))


def test_dropping_the_specific_agreement_makes_the_pay_not_exempt(tmp_path):
    document = changes(tmp_path, PARA_86)
    assert document["outcome"] == "exempt"
    [nauru] = [
        change
        for change in document["what_would_change"]
        if change["question"] == "foreign_tax_reasons" and change["then"] == ["foreign_law_no_tax"]
    ]
    # Free of Nauru tax only because Nauru has no income tax: s 23AG(2)(d) takes the
    # exemption away (CR 2005/54 paras 80-81).
    assert nauru["now"] == ["foreign_law_no_tax", "specific_agreement"]
    assert nauru["outcome"] == "not_exempt"
    assert nauru["changes"]["foreign_tax_solely"] == "not_met"
    assert (
        "ITAA 1936 s 23AG(2)(c)-(d) (foreign law exempting or not taxing)" in (nauru["citations"])
    )
    assert nauru["explanation"].startswith(
        "If “Not taxed because an agreement between Australia and that country (not a double "
        "tax agreement) exempts the client's pay (for Nauru, Article 11.4 of the Agreement)” "
        "were not ticked for “Was the pay taxed in the country where the client worked? If "
        "not, why not?”, the result would be “Not exempt”"
    )


def test_an_answer_the_exemption_does_not_turn_on_is_not_listed(tmp_path):
    document = changes(tmp_path, PARA_86)
    asked = {change["question"] for change in document["what_would_change"]}
    # Leaving early and coming back, or a death, would change nothing on these facts.
    assert "left_early_and_returned" not in asked
    assert "died_during_service" not in asked
    # The ruling's arrangement changes only whether the ruling binds, not the outcome.
    arrangement = [
        c for c in document["what_would_change"] if c["question"] == "arrangement_as_described"
    ]
    assert arrangement and {c["outcome"] for c in arrangement} == {"exempt"}


def test_the_91st_day_is_reported_directly(tmp_path):
    [threshold] = changes(tmp_path, PARA_86)["thresholds"]
    assert threshold["explanation"].startswith(
        "The overseas service reaches 91 days on 30 November 2004"
    )
    assert threshold["test"] == "continuous_91_days"
    assert "ITAA 1936 s 23AG(1)" in threshold["citations"]


def test_the_text_format_shows_them(tmp_path):
    text = screen(tmp_path, PARA_86, "--today", "2025-07-01", "--format", "text")
    section = text.split("What would change the result:\n", 1)[1]
    assert section.startswith("- The overseas service reaches 91 days on 30 November 2004")
    assert "were not ticked for “Was the pay taxed in the country" in section

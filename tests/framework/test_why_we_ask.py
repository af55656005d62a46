"""Why we ask: a question page says what its answers decide, from the legal tests that
declare they read them; the result's "Based on your answers" uses the same declaration."""

import pytest

from questionnaires.framework import determination as declared
from questionnaires.framework.determination import Citation, Finding, Status, reads
from questionnaires.framework.forms import YES_NO, RadiosField, StepForm
from questionnaires.framework.registry import Questionnaire, Step
from questionnaires.framework.why_we_ask import why_we_ask
from tests.factories import Intake

S23AG_1 = Citation("ITAA 1936", "s 23AG(1)", "a note")
S23AG_6 = Citation("ITAA 1936", "s 23AG(6)")
CASE = Citation("Barajas-Romero v. Lynch, 846 F.3d 351", "360", "9th Cir. 2017")


class ResidentForm(StepForm):
    resident = RadiosField(label="Resident?", choices=YES_NO, error_required="Select")


class AwayForm(StepForm):
    days_away = RadiosField(label="Away long?", choices=YES_NO, error_required="Select")


@reads("resident", decides="whether the client was a resident", law=(S23AG_1,))
def resident_test(facts):
    return Finding("resident", "Resident", Status.MET, "", ("resident",))


@reads("days_away", "resident", decides="whether the 91-day test is met", law=(S23AG_1, S23AG_6))
def ninety_one_days(facts):
    return Finding("days", "91 days", Status.MET, ""), "data"


QUESTIONNAIRE = Questionnaire(
    slug="test-why",
    title="Test",
    summary="",
    jurisdiction="",
    law_as_of=None,
    rules_version="1",
    steps=(Step("resident", "Residency", ResidentForm), Step("away", "Away", AwayForm)),
    build_facts=lambda answers, today: answers,
    determine=lambda facts: None,
)


def test_a_page_says_what_its_answers_decide_main_reader_first():
    assert why_we_ask(QUESTIONNAIRE, QUESTIONNAIRE.step("resident")) == (
        "This decides whether the client was a resident (ITAA 1936 s 23AG(1)) and whether the "
        "91-day test is met (ITAA 1936 s 23AG(1), s 23AG(6))."
    )
    assert why_we_ask(QUESTIONNAIRE, QUESTIONNAIRE.step("away")) == (
        "This decides whether the 91-day test is met (ITAA 1936 s 23AG(1), s 23AG(6))."
    )
    # A page no rule reads says nothing.
    assert why_we_ask(QUESTIONNAIRE, QUESTIONNAIRE.step("client")) == ""


def test_the_line_changes_when_the_rules_that_read_the_answer_change(monkeypatch):
    before = why_we_ask(QUESTIONNAIRE, QUESTIONNAIRE.step("away"))
    monkeypatch.setitem(declared.DECLARED_TESTS, __name__, list(declared.DECLARED_TESTS[__name__]))

    @reads("days_away", decides="whether the client may rely on the ruling", law=(CASE,))
    def ruling(facts):
        return Finding("ruling", "Ruling", Status.MET, "")

    after = why_we_ask(QUESTIONNAIRE, QUESTIONNAIRE.step("away"))
    assert after != before
    # A case keeps its court and year.
    assert after.endswith(
        "and whether the client may rely on the ruling (Barajas-Romero v. Lynch, 846 F.3d 351, "
        "360 (9th Cir. 2017))."
    )


def test_the_finding_names_the_declared_answers_in_their_order():
    # The branch named one answer: kept, in the declared order.
    assert resident_test(None).relied_on == ("resident",)
    # A finding returned with other values (in a tuple), naming none: all declared.
    finding, data = ninety_one_days(None)
    assert finding.relied_on == ("days_away", "resident") and data == "data"


@pytest.mark.django_db
def test_a_question_page_shows_the_line(staff_client):
    intake = Intake(staff_client, "foreign-employment-income")
    intake.post({"client_reference": ""})
    html = staff_client.get(intake.url).content.decode()
    assert intake.step == "income_year"
    assert (
        '<p class="why-we-ask" id="why-we-ask"><strong>Why we ask:</strong> This decides whether '
        "the kind of overseas work can be exempt for pay from 1 July 2009 (ITAA 1936 s 23AG(1AA))"
    ) in html

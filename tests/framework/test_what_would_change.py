"""What would change the result: the rules run again with one answer changed, on a small
questionnaire whose rules are written here, so each expectation follows from them."""

from datetime import date

from questionnaires.framework.determination import Determination, Finding, Status
from questionnaires.framework.encoding import form_data
from questionnaires.framework.forms import (
    YES_NO_NOT_SURE,
    CheckboxesField,
    RadiosField,
    StepForm,
    TextField,
)
from questionnaires.framework.registry import Questionnaire, Step
from questionnaires.framework.screening import determine, walk_data
from questionnaires.framework.what_would_change import explain, what_would_change

TODAY = date(2025, 7, 1)


class ResidentForm(StepForm):
    resident = RadiosField(label="Resident?", choices=YES_NO_NOT_SURE, error_required="Select")


class EmployedForm(StepForm):
    employed = RadiosField(
        label="How did the client work?",
        choices=[("yes", "Employee"), ("office", "Office holder"), ("no", "Contractor")],
        error_required="Select",
    )
    employer = TextField(label="Employer", required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("employed") == "no" and cleaned.get("employer"):
            self.add_error("employer", "Leave the employer empty if not an employee")
        return cleaned


class ReasonsForm(StepForm):
    reasons = CheckboxesField(
        label="Why not taxed?",
        choices=[("treaty", "A treaty"), ("agreement", "An agreement"), ("not_sure", "Not sure")],
        error_required="Select",
    )

    def clean(self):
        cleaned = super().clean()
        if "not_sure" in (cleaned.get("reasons") or []) and len(cleaned["reasons"]) > 1:
            self.add_error("reasons", "Not sure cannot be ticked with a reason")
        return cleaned


class NoteForm(StepForm):
    colour = RadiosField(
        label="Favourite colour?",
        choices=[("red", "Red"), ("blue", "Blue")],
        error_required="Select",
    )


def for_residents(answers):
    """Applies when the client is (or may be) a resident."""
    return answers.get("resident") != "no"


def for_employees(answers):
    """Applies when the client is an employee or office holder."""
    return for_residents(answers) and answers.get("employed") in ("yes", "office")


STEPS = (
    Step("resident", "Residency", ResidentForm),
    Step("employed", "Employment", EmployedForm, for_residents),
    Step("reasons", "Foreign tax", ReasonsForm, for_employees),
    Step("note", "A note", NoteForm),
)

#: The facts the rules last saw, to check what a change hands them.
SEEN: list[dict] = []


def rules(facts: dict) -> Determination:
    SEEN.append(facts)
    resident = {"yes": Status.MET, "no": Status.NOT_MET}.get(facts.get("resident"), Status.UNCLEAR)
    employed = {"yes": Status.MET, "office": Status.MET, "no": Status.NOT_MET}.get(
        facts.get("employed"), Status.UNCLEAR
    )
    reasons = set(facts.get("reasons") or ())
    if not reasons or "not_sure" in reasons:
        solely = Status.UNCLEAR
    else:
        solely = Status.MET if "agreement" in reasons else Status.NOT_MET
    findings = (
        Finding("resident", "A resident", resident, "", ("resident",)),
        Finding("employee", "An employee", employed, "", ("employed",)),
        Finding("solely", "Not solely for a treaty", solely, "", ("reasons",)),
    )
    statuses = [f.status for f in findings]
    if Status.NOT_MET in statuses:
        outcome = "not_exempt"
    elif Status.UNCLEAR in statuses:
        outcome = "refer"
    else:
        outcome = "exempt"
    return Determination(outcome, outcome, findings, data={"day": "1 May 2025"})


QUESTIONNAIRE = Questionnaire(
    slug="test-changes",
    title="Test",
    summary="",
    jurisdiction="",
    law_as_of=TODAY,
    rules_version="1",
    steps=STEPS,
    build_facts=lambda answers, today: dict(answers),
    determine=rules,
    outcome_labels={"exempt": "Exempt", "not_exempt": "Not exempt", "refer": "Refer"},
    thresholds=lambda d: [(f"The day that matters is {d.data['day']}.", "employee")],
)

EXEMPT = {
    "client_reference": "",
    "resident": "yes",
    "employed": "yes",
    "employer": "Acme",
    "reasons": ["treaty", "agreement"],
    "colour": "red",
}


def screened(answers):
    data = {step.name: form_data(step, answers) for step in QUESTIONNAIRE.intake_steps}
    state = walk_data(QUESTIONNAIRE.intake_steps, data)
    assert state.complete, state.invalid
    return state, determine(QUESTIONNAIRE, state.answers, TODAY)


def changes_of(answers, **options):
    state, determination = screened(answers)
    return what_would_change(QUESTIONNAIRE, state, determination, TODAY, **options)


def find(changes, question, then):
    return [c for c in changes if c["question"] == question and c["then"] == then]


def test_a_change_that_moves_the_outcome_is_kept_with_the_statuses_it_moves():
    [change] = find(changes_of(EXEMPT).changes, "reasons", ["treaty"])
    assert change["now"] == ["treaty", "agreement"]
    assert change["outcome"] == "not_exempt"
    assert change["changes"] == {"solely": "not_met"}
    assert change["explanation"] == (
        "If “An agreement” were not ticked for “Why not taxed?”, the result would be “Not "
        "exempt” (Not solely for a treaty: not met)."
    )
    # A change that is not one option ticked or unticked says both answers.
    [refer] = find(changes_of(EXEMPT).changes, "reasons", ["not_sure"])
    assert refer["explanation"].startswith(
        "If the answer to “Why not taxed?” were “Not sure” instead of “A treaty, An agreement”"
    )


def test_an_answer_the_rules_do_not_turn_on_is_not_listed():
    found = changes_of(EXEMPT)
    assert not [c for c in found.changes if c["question"] == "colour"]
    # It was still tried: the cost counts it.
    assert found.reruns == len(list(_all_variants()))


def _all_variants():
    from questionnaires.framework.what_would_change import variants

    state, _ = screened(EXEMPT)
    return variants(QUESTIONNAIRE, state)


def test_a_page_the_change_brings_into_play_is_unanswered_and_named():
    answers = {**EXEMPT, "employed": "no", "employer": ""}
    answers.pop("reasons")
    [change] = find(changes_of(answers).changes, "employed", "yes")
    # The foreign tax page would apply, with no answer yet: the rules saw none.
    assert change["outcome"] == "refer"
    assert change["changes"] == {"employee": "met"}
    assert change["explanation"].endswith(
        "The questions on “Foreign tax” would then need answers."
    )
    # "Office holder" gives the same result: listed with it, not on its own.
    assert change["also"] == ["office"] and change["also_words"] == ["Office holder"]
    assert not find(changes_of(answers).changes, "employed", "office")


def test_a_page_the_change_takes_out_of_play_is_not_handed_to_the_rules():
    SEEN.clear()
    changes_of(EXEMPT)
    no_longer_employed = [facts for facts in SEEN if facts.get("employed") == "no"]
    assert no_longer_employed
    # Nor is an answer on the same page that the change makes invalid (the employer).
    assert all("reasons" not in f and f.get("employer") is None for f in no_longer_employed)


def test_not_sure_answers_come_first_then_changes_of_the_outcome():
    answers = {**EXEMPT, "resident": "not_sure"}
    found = changes_of(answers).changes
    assert found[0]["question"] == "resident" and found[0]["now_not_sure"]
    assert {c["then"] for c in found if c["question"] == "resident"} == {"yes", "no"}
    rest = found[2:]
    assert [c["outcome_changes"] for c in rest] == sorted(
        (c["outcome_changes"] for c in rest), reverse=True
    )


def test_a_combination_the_page_refuses_is_not_tried():
    SEEN.clear()
    changes_of(EXEMPT)
    assert not [f for f in SEEN if {"not_sure", "treaty"} <= set(f.get("reasons") or ())]
    # "Not sure" on its own is a valid answer, and tried.
    assert [f for f in SEEN if f.get("reasons") == ["not_sure"]]


def test_a_not_sure_tick_is_replaced_by_each_reason():
    answers = {**EXEMPT, "reasons": ["not_sure"]}
    found = changes_of(answers).changes
    assert find(found, "reasons", ["agreement"])[0]["outcome"] == "exempt"
    assert find(found, "reasons", ["treaty"])[0]["outcome"] == "not_exempt"
    assert all(c["now_not_sure"] for c in found if c["question"] == "reasons")


def test_the_reruns_are_capped():
    found = changes_of(EXEMPT, max_reruns=2)
    assert found.reruns == 2 and found.capped


def test_the_thresholds_come_with_the_citations_of_their_test():
    state, determination = screened(EXEMPT)
    explained = explain(QUESTIONNAIRE, state, determination, TODAY)
    assert explained["thresholds"] == [
        {"explanation": "The day that matters is 1 May 2025.", "test": "employee", "citations": []}
    ]
    assert explained["reruns"] > 0 and not explained["capped"]


def test_a_failure_never_costs_the_result_and_logs_no_answers(caplog):
    def failing(facts):
        if facts.get("colour") == "blue":
            raise ValueError(f"secret {facts}")
        return rules(facts)

    broken = Questionnaire(**{**QUESTIONNAIRE.__dict__, "determine": failing})
    state, determination = screened(EXEMPT)
    explained = explain(broken, state, determination, TODAY)
    assert explained["failed"] and explained["changes"] == []
    assert (
        "ValueError" in caplog.text and "secret" not in caplog.text and "Acme" not in caplog.text
    )

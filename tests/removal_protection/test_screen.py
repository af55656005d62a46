"""``manage.py screen removal-protection``: JSON and text output, --schema, bad input."""

import json
import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.removal_protection.test_wizard import NOT_SURE_ALL, ROBBERY, SEED

SLUG = "removal-protection"
ANSWERS = {key: value for key, value in SEED.items() if key != "client_reference"}


def screen(tmp_path, answers, *args) -> str:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    out = StringIO()
    call_command("screen", SLUG, "--answers", str(path), *args, stdout=out)
    return out.getvalue()


def test_seed_case_as_json(tmp_path):
    document = json.loads(screen(tmp_path, ANSWERS))
    assert set(document) == {
        "questionnaire",
        "rules_version",
        "law_as_of",
        "outcome",
        "headline",
        "findings",
        "next_steps",
        "caveats",
        "data",
        "what_would_change",
        "thresholds",
    }
    assert document["questionnaire"] == SLUG
    assert document["outcome"] == "protection_likely"
    data = document["data"]
    assert data["circuit"] == "ninth"
    assert {code: entry["status"] for code, entry in data["relief"].items()} == {
        "asylum": "not_available",
        "withholding": "possible",
        "cat_withholding": "possible",
        "cat_deferral": "strong",
    }
    for code in ("asylum", "withholding", "cat_withholding", "cat_deferral"):
        assert data[code] == data["relief"][code]
    assert data["asylum"]["reason"].startswith("Asylum is closed")
    # The client has medical records, so no doctor's report is asked for; a country report is.
    assert not any("doctor's report" in item for item in data["evidence_to_gather"])
    assert any(
        "State Department human rights report on Mexico" in item
        for item in data["evidence_to_gather"]
    )
    nexus = data["nexus"]
    assert nexus["one_central_reason"] == "unclear"
    assert nexus["a_reason"] == "met"
    assert nexus["standard_applied"] == "a_reason"
    assert nexus["grounds"] == [
        {
            "ground": "political_opinion",
            "one_central_reason": "unclear",
            "a_reason": "met",
            "role": "not_sure",
            "lawyer_override": False,
        }
    ]
    assert len(nexus["circuit_table"]) == 12
    assert document["law_as_of"] == "2026-11-30"
    state = next(f for f in document["findings"] if f["code"] == "state_action")
    assert "Barajas-Romero v. Lynch, 846 F.3d 351, 362-63 (9th Cir. 2017)" in state["citations"]
    assert "officials_protect_group" in state["relied_on"]


@pytest.mark.parametrize(
    ("answers", "outcome"),
    [(ROBBERY, "protection_unlikely"), (NOT_SURE_ALL, "refer")],
)
def test_other_outcomes(tmp_path, answers, outcome):
    assert json.loads(screen(tmp_path, answers))["outcome"] == outcome


def test_sixth_circuit_flags_the_off_duty_question(tmp_path):
    document = json.loads(screen(tmp_path, {**ANSWERS, "circuit": "sixth"}))
    warnings = document["data"]["jurisdiction_warnings"]
    assert any("O-F-A-S-" in warning for warning in warnings)
    state = next(f for f in document["findings"] if f["code"] == "state_action")
    assert state["status"] == "unclear"


def test_text_format(tmp_path):
    text = screen(tmp_path, ANSWERS, "--format", "text")
    assert "Outcome: protection_likely" in text
    assert re.search(r"Source: 8 U\.S\.C\.,? § 1231\(a\)\(5\)", text)
    assert "Source: Maldonado v. Lynch, 786 F.3d 1155 (9th Cir. 2015) (en banc)" in text


def test_text_format_shows_what_the_page_shows(tmp_path):
    """Each protection's status, the evidence to gather and the circuit warnings come before
    the findings, as on the result page."""
    text = screen(tmp_path, ANSWERS, "--format", "text")
    sections = text.split("Findings:")[0]
    assert "Each form of protection:\n- Asylum: not available." in sections
    assert "- Deferral of removal under the Convention Against Torture: strong." in sections
    assert "Evidence to gather:\n- " in sections
    assert "Where the circuit matters:\n- Officials harmed the client" in sections


def test_schema_lists_the_steps_and_when_they_apply():
    out = StringIO()
    call_command("screen", SLUG, "--schema", stdout=out)
    schema = json.loads(out.getvalue())
    steps = {step["step"]: step for step in schema["steps"]}
    assert steps["aggravated_felony"]["applies"].startswith("Applies when the client has")
    grounds = steps["ground_details"]["fields"][0]
    assert grounds["type"] == "list of rows"
    assert [f["name"] for f in grounds["row_fields"]] == [
        "ground",
        "ground_known",
        "ground_evidence",
        "harmed_others_without_ground",
        "would_have_harmed_anyway",
        "lawyer_ground_role",
    ]
    assert steps["ground_details"]["asks"].startswith("The protected reasons ticked")
    assert "plainly used their office" in steps["officials"]["asks"]
    assert "asks" not in steps["case"]
    circuit = next(f for f in steps["case"]["fields"] if f["name"] == "circuit")
    assert circuit["allowed_values"][:2] == ["first", "second"]
    assert {"ninth", "sixth", "dc", "other", "unknown"} <= set(circuit["allowed_values"])
    assert steps["aggravated_felony_sentence"]["applies"].startswith("Applies when a conviction")
    assert steps["asylum_filing"]["applies"].startswith("Applies when asylum is not closed")
    assert steps["not_reported"]["applies"].startswith("Applies when the client did not report")


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({**ANSWERS, "favourite_colour": "blue"}, "favourite_colour"),
        ({**ANSWERS, "circuit": "twelfth"}, "Select the circuit the case is in"),
        ({**ANSWERS, "harmers": "police"}, "must be a list of choices"),
        ({**ANSWERS, "country_conditions": ["none_known", "collusion"]}, "on its own"),
        # A row for a reason not ticked does not answer for the one ticked.
        (
            {**ANSWERS, "ground_details": [{**ANSWERS["ground_details"][0], "ground": "race"}]},
            r"ground_details\[0\].ground_known \(The client's political opinion, expressed or "
            r"assumed\): Select whether the attackers knew",
        ),
        ({**ANSWERS, "ground_details": [{"colour": "red"}]}, "not a field of this row"),
    ],
)
def test_bad_input_is_refused_with_exit_code_2(tmp_path, answers, message):
    with pytest.raises(CommandError, match=message) as error:
        screen(tmp_path, answers)
    assert error.value.returncode == 2


@pytest.mark.parametrize(
    ("circuit", "withholding_nexus", "standard"),
    [
        ("ninth", "met", "a_reason"),
        ("sixth", "met", "a_reason"),
        ("other", "unclear", "one_central_reason"),
        ("second", "unclear", "one_central_reason"),
        ("fifth", "unclear", "one_central_reason"),
        ("unknown", "unclear", "both"),
    ],
)
def test_each_circuit(tmp_path, circuit, withholding_nexus, standard):
    document = json.loads(screen(tmp_path, {**ANSWERS, "circuit": circuit}))
    nexus = next(f for f in document["findings"] if f["code"] == "withholding_nexus")
    assert nexus["status"] == withholding_nexus
    assert document["data"]["nexus"]["standard_applied"] == standard
    if circuit == "sixth":
        assert "Guzman-Vazquez v. Barr, 959 F.3d 253 (6th Cir. 2020)" in nexus["citations"]
    if circuit in ("other", "fifth"):
        assert "Matter of C-T-L-, 25 I&N Dec. 341 (BIA 2010)" in nexus["citations"]
        assert "Not verified in the check" in document["data"]["nexus"]["standard_authority"]
    if circuit == "second":
        assert "Quituizaca v. Garland, 52 F.4th 103 (2d Cir. 2022)" in nexus["citations"]


def test_an_aggravated_felony_bars_withholding_but_not_deferral(tmp_path):
    document = json.loads(
        screen(
            tmp_path,
            {**ANSWERS, "aggravated_felony": "yes", "af_sentence_5_years": "yes"},
        )
    )
    data = document["data"]
    assert data["withholding"]["status"] == "barred"
    assert data["cat_withholding"]["status"] == "barred"
    assert data["cat_deferral"]["status"] == "strong"
    assert document["outcome"] == "protection_likely"


def test_not_sure_harm_kinds_alone(tmp_path):
    with pytest.raises(CommandError, match="on its own") as error:
        screen(tmp_path, {**ANSWERS, "harm_kinds": ["not_sure", "detention"]})
    assert error.value.returncode == 2


OPEN_ASYLUM = {**ANSWERS, "proceeding_type": "removal_proceedings", "reinstated_order": "no"}


def test_dates_are_checked_against_the_screening_date_not_the_clock(tmp_path):
    """An arrival after --today is refused at the field; one before it is accepted even if
    it is after the real date, and the deadline is counted to --today."""
    answers = {
        **OPEN_ASYLUM,
        "last_arrival_date": "2030-01-02",
        "last_entry_manner": "port_appointment",
    }
    document = json.loads(screen(tmp_path, answers, "--today", "2030-03-01"))
    assert document["data"]["asylum_deadline"]["last_day_to_file"] == "2031-01-02"
    with pytest.raises(CommandError, match="must be today or in the past") as error:
        screen(tmp_path, answers, "--today", "2030-01-01")
    assert error.value.returncode == 2


@pytest.mark.parametrize(
    ("review", "withholding", "bars"),
    [("not_reviewed", "unclear", "unclear"), ("described", "barred", "not_met")],
    ids=["links-not-decided", "found-to-fall-under"],
)
def test_terrorism_links_keep_the_json_contract(tmp_path, review, withholding, bars):
    answers = {**OPEN_ASYLUM, "terrorism_bar": "yes", "terrorism_review": review}
    document = json.loads(screen(tmp_path, answers))
    data = document["data"]
    assert set(data["relief"]) == {"asylum", "withholding", "cat_withholding", "cat_deferral"}
    assert data["withholding"]["status"] == withholding
    assert data["cat_withholding"]["status"] == withholding
    assert data["cat_deferral"]["status"] == "strong"
    other = next(f for f in document["findings"] if f["code"] == "withholding_other_bars")
    assert other["status"] == bars
    assert "terrorism_review" in other["relied_on"]


def test_schema_says_when_the_terrorism_page_applies():
    out = StringIO()
    call_command("screen", SLUG, "--schema", stdout=out)
    steps = {step["step"]: step for step in json.loads(out.getvalue())["steps"]}
    terrorism = steps["terrorism_review"]
    assert terrorism["applies"].startswith("Applies when the client is said to have links")
    assert terrorism["fields"][0]["allowed_values"] == [
        "described",
        "exemption_granted",
        "not_described",
        "not_reviewed",
    ]


def test_schema_says_when_the_bar_details_page_applies_and_what_it_asks():
    out = StringIO()
    call_command("screen", SLUG, "--schema", stdout=out)
    steps = {step["step"]: step for step in json.loads(out.getvalue())["steps"]}
    details = steps["bar_details"]
    assert details["applies"].startswith("Applies when an earlier asylum denial")
    assert details["asks"].startswith("One question for each of those bars")
    motives = next(f for f in steps["motives"]["fields"] if f["name"] == "motives")
    assert "recruitment" in motives["allowed_values"]


def test_a_bar_detail_for_a_bar_not_answered_yes_is_not_read(tmp_path):
    """The page is skipped when no bar is answered "yes": an answer for it is not fed to the
    rules (only the steps that apply are), so it cannot make a bar."""
    answers = {**OPEN_ASYLUM, "prior_denial_by_court": "yes"}
    document = json.loads(screen(tmp_path, answers))
    bars = next(f for f in document["findings"] if f["code"] == "asylum_bars")
    assert "denied" not in bars["explanation"] and "denial" not in bars["explanation"]


#: An answers file made before rules 2.2.0: an arrival after June 5, 2024, and no answer to
#: how the client entered (the page added then), nor to the child page of 2.3.0.
BEFORE_2_2 = {
    key: value
    for key, value in {
        **OPEN_ASYLUM,
        "last_arrival_date": "2025-02-01",
        "asylum_filed": "no",
        "unaccompanied_child": "yes",
    }.items()
    if key not in ("last_entry_manner", "asylum_filed_date")
}


def test_an_answers_file_from_before_a_question_was_added_still_screens(tmp_path):
    """The questions added since (``added_questions``) are read as "Not sure": the findings
    they decide are unclear, never met, and the result says which were assumed."""
    document = json.loads(screen(tmp_path, BEFORE_2_2, "--today", "2026-11-30"))
    assumed = {each["field"]: each for each in document["answers_assumed"]}
    assert set(assumed) == {
        "last_entry_manner",
        "client_under_18_now",
        "parent_available_since_arrival",
        "lawful_status_now",
    }
    assert assumed["last_entry_manner"]["added_in"] == "2.2.0"
    assert assumed["client_under_18_now"]["assumed"] == "not_sure"
    assert "It was read as 'Not sure'" in assumed["client_under_18_now"]["warning"]
    findings = {f["code"]: f for f in document["findings"]}
    assert findings["asylum_filing_deadline"]["status"] == "unclear"
    assert findings["asylum_bars"]["status"] == "unclear"
    assert document["data"]["asylum"]["status"] != "strong"
    text = screen(tmp_path, BEFORE_2_2, "--today", "2026-11-30", "--format", "text")
    assert "Answers assumed:\n- The answers do not answer 'Is the client under 18 today?'" in text
    assert "- The answers do not answer 'How did the client enter" in text


def test_a_complete_answers_file_assumes_nothing(tmp_path):
    """The key appears only when something was assumed, so a complete file's result keeps
    exactly its keys; a left-out question whose page does not apply assumes nothing."""
    document = json.loads(screen(tmp_path, ANSWERS))
    assert "answers_assumed" not in document
    early = {
        **{k: v for k, v in OPEN_ASYLUM.items() if k != "last_entry_manner"},
        "last_arrival_date": "2023-01-10",
        "unaccompanied_child": "no",
    }
    assert "answers_assumed" not in json.loads(screen(tmp_path, early))


def test_a_record_to_keep_is_never_made_from_assumed_answers():
    from questionnaires.framework import registry
    from questionnaires.framework.screening import AnswersRejected
    from questionnaires.framework.screening import screen as run

    with pytest.raises(AnswersRejected, match="last_entry_manner"):
        run(
            registry.get(SLUG),
            BEFORE_2_2,
            __import__("datetime").date(2026, 11, 30),
            assume_added=False,
        )

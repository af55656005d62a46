"""What would change the removal-protection result: a bar answered the other way moves the
forms of protection; the last day to file for asylum is reported directly."""

import json

from tests.removal_protection.test_screen import ANSWERS, screen

ARRIVED_IN_MARCH = {
    **ANSWERS,
    "proceeding_type": "removal_proceedings",
    "reinstated_order": "no",
    "last_arrival_date": "2025-03-01",
    "last_entry_manner": "port_appointment",
    "asylum_filed": "no",
    "deadline_exception": "none",
}


def document(tmp_path, answers):
    return json.loads(screen(tmp_path, answers, "--today", "2025-07-01"))


def test_a_persecutor_bar_would_bar_withholding(tmp_path):
    found = document(tmp_path, ANSWERS)["what_would_change"]
    [bar] = [c for c in found if c["question"] == "persecutor_bar" and c["then"] == "yes"]
    assert bar["now"] == "no"
    assert bar["changes"]["withholding_other_bars"] == "not_met"
    assert bar["changes"]["relief_withholding"] == "barred"
    assert "Withholding of removal: barred" in bar["explanation"]
    assert (
        "Withholding of removal under the Convention Against Torture: barred"
        in (bar["explanation"])
    )


def test_not_sure_answers_are_listed_first(tmp_path):
    found = document(tmp_path, {**ANSWERS, "persecutor_bar": "not_sure"})["what_would_change"]
    firsts = [change["now_not_sure"] for change in found]
    assert firsts == sorted(firsts, reverse=True)
    # What finding it out could do: a "yes" bars withholding. (A "no" settles nothing more
    # here: the money the persecutors demanded keeps the terrorism grounds open.)
    assert {c["then"] for c in found if c["now_not_sure"]} == {"yes"}
    assert {c["question"] for c in found if c["now_not_sure"]} == {"persecutor_bar"}


def test_an_answer_no_rule_turns_on_here_is_not_listed(tmp_path):
    found = document(tmp_path, ANSWERS)["what_would_change"]
    # The client's injuries are on record either way: it changes what evidence to
    # gather, not any test or form of protection.
    assert not [c for c in found if c["question"] in ("visible_scars", "medical_records")]


def test_the_last_day_to_file_for_asylum_is_reported(tmp_path):
    [threshold] = document(tmp_path, ARRIVED_IN_MARCH)["thresholds"]
    assert threshold == {
        "explanation": "The last day to file for asylum within the one-year deadline is "
        "March 2, 2026.",
        "test": "asylum_filing_deadline",
        "citations": threshold["citations"],
    }
    assert "8 U.S.C. § 1158(a)(2)(B)" in threshold["citations"]

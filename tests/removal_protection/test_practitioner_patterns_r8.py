"""Round 8 practitioner patterns (/work/adversarial/round8.md), one test each, named after
the pattern: the WRONG ones (12b, 12, 02b), the TOO CONFIDENT one (07), the UNCLEAR
WORDING ones (24, 04, 23, 02), and the comparator kept as a regression (12c). Each pattern
is the shared baseline (``patterns.py``) with the reviewer's changes, screened through the
wizard's own forms and conditions as ``manage.py screen`` screens an answers file, so a
refused answer is tested where staff would meet it. Each docstring gives the pattern and
the authority read for it."""

from datetime import date

from questionnaires.framework import registry
from questionnaires.framework.determination import Status
from questionnaires.framework.screening import screen
from questionnaires.removal_protection import citations as c
from tests.removal_protection.patterns import REVIEW_BASELINE

TODAY = date(2026, 11, 30)
RELIEF = ("asylum", "withholding", "cat_withholding", "cat_deferral")


def r8(drop=(), **changes):
    """The baseline with the pattern's answers, screened as an answers file is."""
    answers = {k: v for k, v in {**REVIEW_BASELINE, **changes}.items() if k not in drop}
    return screen(registry.get("removal-protection"), answers, TODAY)


def statuses(screening) -> tuple[str, ...]:
    relief = screening.determination.data["relief"]
    return tuple(relief[code]["status"] for code in RELIEF)


def finding(screening, code):
    return screening.determination.finding(code)


#: The reviewer's 12b: Fifth Circuit, an off-duty police officer with nothing linking the
#: harm to the office; other officials knew beforehand and protect him.
OFF_DUTY_OFFICIALS_KNEW = {
    "circuit": "fifth",
    "official_duty": "off_duty",
    "officials_in_uniform": "no",
    "access_through_position": "no",
    "threatened_official_retaliation": "no",
    "officials_aware": "knew_beforehand",
    "officials_protect_group": "yes",
}


# WRONG


def test_r8_12b_off_duty_official_other_officials_knew_and_protect_is_acquiescence():
    """R8-12b (WRONG, fixed): the officer acted off duty, out of uniform, not through the
    job, with no threat: under Matter of O-F-A-S- / J-G-R- he may count as a private
    person. But 8 C.F.R. § 1208.18(a)(7) (ACQUIESCENCE_DEFINED): acquiescence is official
    awareness before the activity and a breach of the legal duty to intervene; officials
    who knew beforehand and protect him meet it. The answers were dropped by the form and
    state action came out not met; now it is met, as for the private attacker (12c)."""
    result = r8(**OFF_DUTY_OFFICIALS_KNEW)
    state_action = finding(result, "state_action")
    assert state_action.status == Status.MET
    assert state_action.explanation.startswith("Met through acquiescence")
    assert c.ACQUIESCENCE_DEFINED.text in [x.text for x in state_action.citations]
    assert finding(result, "government_protection").status == Status.MET
    assert statuses(result)[:3] == ("strong", "strong", "strong")
    assert result.determination.outcome == "protection_likely"


def test_r8_12_off_duty_official_with_a_threat_is_met_by_acquiescence_too():
    """R8-12 (WRONG, fixed): as 12b, but the officer threatened to use his position. The
    color-of-law question stays for a lawyer (J-G-R-: a threat is "another relevant
    consideration"), but the acquiescence route is met on the same answers, so state
    action is met whatever the capacity; and answering the threat "No" no longer makes it
    not met."""
    result = r8(**{**OFF_DUTY_OFFICIALS_KNEW, "threatened_official_retaliation": "yes"})
    state_action = finding(result, "state_action")
    assert state_action.status == Status.MET
    assert "whatever the capacity" in state_action.explanation
    assert statuses(result)[2] == "strong"


def test_r8_12c_private_attacker_comparator_still_met():
    """R8-12c (OK, kept): the same answers with a private attacker: acquiescence met. An
    official attacker must never make the case weaker than this."""
    result = r8(
        drop=(
            "official_duty",
            "officials_in_uniform",
            "access_through_position",
            "threatened_official_retaliation",
        ),
        circuit="fifth",
        harmers=["private_person"],
        officials_aware="knew_beforehand",
        officials_protect_group="yes",
    )
    assert finding(result, "state_action").status == Status.MET
    official = r8(**OFF_DUTY_OFFICIALS_KNEW)
    assert statuses(official) == statuses(result)

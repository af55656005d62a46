"""Round 8 practitioner patterns (/work/adversarial/round8.md), one test each, named after
the pattern: the WRONG ones (12b, 12, 02b), the TOO CONFIDENT one (07), the UNCLEAR
WORDING ones (24, 04, 23, 02), and the comparator kept as a regression (12c). Each pattern
is the shared baseline (``patterns.py``) with the reviewer's changes, screened through the
wizard's own forms and conditions as ``manage.py screen`` screens an answers file, so a
refused answer is tested where staff would meet it. Each docstring gives the pattern and
the authority read for it."""

import pytest

from questionnaires.framework.determination import Status
from questionnaires.framework.screening import AnswersRejected
from questionnaires.removal_protection import citations as c
from tests.removal_protection.patterns import (
    finding,
    statuses,
)
from tests.removal_protection.patterns import screened as r8

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


def test_r8_02b_filing_before_the_last_arrival_after_advance_parole_is_screened():
    """R8-02b (WRONG, fixed): affirmative asylum filed January 2025; the client travelled
    on advance parole and came back in September 2025; the application is pending. The
    form refused the filing date, so staff could only enter a false one. USCIS FAQ ("What
    if I want or need to travel after I've applied for asylum?", read with the search tool):
    advance parole "allows certain aliens to return to the United States without a visa
    after traveling abroad", and an applicant who leaves without it "shall be presumed to
    have abandoned" the application. Now accepted; the deadline is neither late nor on time
    by the last arrival: unclear, saying what a lawyer should check."""
    result = r8(
        proceeding_type="affirmative",
        last_arrival_date="2025-09-10",
        asylum_filed="yes",
        asylum_filed_date="2025-01-15",
    )
    deadline = finding(result, "asylum_filing_deadline")
    assert deadline.status == Status.UNCLEAR
    assert "before the client's last arrival on September 10, 2025" in deadline.explanation
    assert "Both dates can be true" in deadline.explanation
    assert "whether the client left with advance parole" in deadline.explanation
    assert "within a year of the arrival before it" in deadline.explanation
    assert statuses(result)[0] != "barred"


def test_r8_02_child_filed_then_left_and_returned_in_proceedings_is_explained():
    """R8-02 (UNCLEAR WORDING, fixed): a child who came alone filed in 2023, left, and came
    back in February 2025; removal proceedings now. The refusal only said "Check both
    dates". Now the date is accepted and the finding says both dates can be true, that in
    proceedings leaving may have ended the case, and what to do; the child exemption is not
    taken as settled for an application that may no longer stand."""
    result = r8(
        last_arrival_date="2025-02-01",
        asylum_filed="yes",
        unaccompanied_child="yes",
        deadline_exception="none",
        last_entry_manner="between_ports",
        asylum_filed_date="2023-06-01",
        client_under_18_now="no",
        parent_available_since_arrival="no",
        lawful_status_now="no",
        under_18_when_filed="yes",
        lawful_status_when_filed="no",
    )
    deadline = finding(result, "asylum_filing_deadline")
    assert deadline.status == Status.UNCLEAR
    assert "Both dates can be true" in deadline.explanation
    assert "The case is in removal proceedings now" in deadline.explanation
    assert "a new one may be needed" in deadline.explanation
    assert statuses(result)[0] != "strong"


def test_r8_02b_a_filing_date_in_the_future_is_still_refused():
    """Impossible dates are still refused: a filing date after the screening date."""
    with pytest.raises(AnswersRejected):
        r8(asylum_filed="yes", asylum_filed_date="2027-01-15")


# TOO CONFIDENT


def test_r8_07_drug_trafficking_aggravated_felony_cleared_by_a_lawyer_is_only_possible():
    """R8-07 (TOO CONFIDENT, fixed): a drug trafficking aggravated felony, under five years
    imposed, that a lawyer recorded as "not a particularly serious crime". Matter of Y-L-
    (citations.py; sources.py note: "particularly serious crimes, save in very rare
    circumstances"); Park v. Garland court summary (read with the search tool): the
    presumption "may be overcome only in the most extenuating circumstances that are both
    extraordinary and compelling". Withholding and CAT withholding are at most possible,
    naming Y-L-; deferral stays as the fallback."""
    result = r8(
        has_convictions="yes",
        aggravated_felony="yes",
        drug_trafficking="yes",
        psc_review="not_psc",
        af_sentence_5_years="no",
    )
    psc = finding(result, "particularly_serious_crime")
    assert psc.status == Status.UNCLEAR
    assert "Matter of Y-L-" in psc.explanation
    assert c.Y_L.text in [x.text for x in psc.citations]
    relief = result.determination.data["relief"]
    for code in ("withholding", "cat_withholding"):
        assert relief[code]["status"] == "possible"
        assert "Matter of Y-L-" in relief[code]["reason"]
        assert "extraordinary" in relief[code]["reason"]
    assert relief["cat_deferral"]["status"] == "strong"
    assert statuses(result)[0] == "barred"


def test_r8_07_other_convictions_cleared_by_a_lawyer_still_reach_strong():
    """R8-07's boundary: the seed's client (drug possession and receiving stolen property,
    no drug trafficking) with a lawyer's "not a particularly serious crime" is not held to
    the drug trafficking presumption: withholding stays strong (seed at 354-55)."""
    result = r8(
        has_convictions="yes",
        conviction_details="Methamphetamine possession; receiving stolen property.",
        aggravated_felony="no",
        drug_trafficking="no",
        psc_review="not_psc",
    )
    assert finding(result, "particularly_serious_crime").status == Status.MET
    assert statuses(result)[1:3] == ("strong", "strong")


# UNCLEAR WORDING


def _child_exemption_leads_with_the_conclusion(result):
    deadline = finding(result, "asylum_filing_deadline")
    assert deadline.status == Status.UNCLEAR
    assert deadline.explanation.startswith("The child exemption does not apply: the client")
    assert "Whether it applies here is not yet clear" not in deadline.explanation
    assert "for a lawyer to argue" in deadline.explanation
    assert "So is keeping lawful status" in deadline.explanation
    assert statuses(result)[0] == "possible"


def test_r8_24_under_18_in_status_when_filed_leads_with_the_conclusion():
    """R8-24 (UNCLEAR WORDING, fixed): under 18 today, came alone January 2024, filed late
    in June 2025 while holding lawful status. The exemption fails on the filing-day status
    (6 U.S.C. § 279(g)(2)(A), "has no lawful immigration status", UAC_DEFINED); the text
    said "Whether it applies here is not yet clear" and then that it did not. Now it leads
    with the conclusion; the exceptions are left for a lawyer."""
    _child_exemption_leads_with_the_conclusion(
        r8(
            last_arrival_date="2024-01-10",
            asylum_filed="yes",
            unaccompanied_child="yes",
            deadline_exception="none",
            asylum_filed_date="2025-06-01",
            client_under_18_now="yes",
            parent_available_since_arrival="no",
            lawful_status_now="yes",
            lawful_status_when_filed="yes",
        )
    )


def test_r8_04_in_status_when_filed_with_extraordinary_circumstances_claimed():
    """R8-04 (UNCLEAR WORDING, fixed): came alone at 15 on a visa, filed late at 17 still in
    status; extraordinary circumstances claimed. Same wording as 24: conclusion first."""
    _child_exemption_leads_with_the_conclusion(
        r8(
            proceeding_type="affirmative",
            last_arrival_date="2023-08-15",
            asylum_filed="yes",
            unaccompanied_child="yes",
            deadline_exception="extraordinary_circumstances",
            asylum_filed_date="2025-03-03",
            client_under_18_now="no",
            parent_available_since_arrival="no",
            lawful_status_now="no",
            under_18_when_filed="yes",
            lawful_status_when_filed="yes",
        )
    )


def test_r8_23_old_file_filed_within_the_year_is_not_told_anything_was_assumed():
    """R8-23 (UNCLEAR WORDING, fixed): an answers file from before 2.4.0 (no filing-day
    questions); came alone January 2026, filed July 2026, 18 or over today. A filing within
    the year is timely whatever the client's age or status that day (8 C.F.R.
    § 1208.4(a)(2)(ii), the year counted from the last arrival), so the filing-day page
    does not apply and nothing is listed as assumed; a late filing still asks it."""
    came_alone = {
        "last_arrival_date": "2026-01-05",
        "asylum_filed": "yes",
        "unaccompanied_child": "yes",
        "deadline_exception": "none",
        "asylum_filed_date": "2026-07-01",
        "client_under_18_now": "no",
        "parent_available_since_arrival": "no",
        "lawful_status_now": "no",
    }
    result = r8(**came_alone)
    assert finding(result, "asylum_filing_deadline").status == Status.MET
    assert result.assumed == []
    assert statuses(result)[0] == "strong"
    late = r8(**{**came_alone, "last_arrival_date": "2024-01-05"})
    assert {a["field"] for a in late.assumed} == {
        "under_18_when_filed",
        "lawful_status_when_filed",
    }

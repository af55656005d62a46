"""Round 7 practitioner patterns (/work/adversarial/round7.md), one test each, named after
the pattern: the four WRONG ones (01, 02, 05/05b, 41), the four TOO CONFIDENT ones (08, 10,
38, 44), the four UNCLEAR WORDING ones (03, 15, 20, 39), and four that were right, kept as
regressions (04, 16, 26, 40). Each pattern is the shared baseline (``patterns.py``) with
the reviewer's changes, screened through the wizard's own forms and conditions as
``manage.py screen`` screens an answers file, so a refused answer is tested where staff
would meet it. Each docstring gives the pattern and the authority read for it."""

import pytest

from questionnaires.framework.determination import Status
from questionnaires.framework.screening import AnswersRejected
from questionnaires.removal_protection import citations as c
from tests.removal_protection.patterns import (
    finding,
    statuses,
)
from tests.removal_protection.patterns import screened as r7

#: A child who came alone (the reviewer's 01): on a student visa at 15, filed at 17, 18 now.
CAME_ALONE_FILED = {
    "proceeding_type": "affirmative",
    "last_arrival_date": "2023-08-15",
    "asylum_filed": "yes",
    "unaccompanied_child": "yes",
    "deadline_exception": "none",
    "asylum_filed_date": "2025-03-03",
    "client_under_18_now": "no",
    "parent_available_since_arrival": "no",
    "lawful_status_now": "no",
    "under_18_when_filed": "yes",
}

#: The conviction page of the reviewer's 05: a state drug sale conviction.
DRUG_SALE = {
    "has_convictions": "yes",
    "conviction_details": "state sale of a controlled substance, 90 days jail",
    "aggravated_felony": "no",
    "drug_trafficking": "yes",
    "psc_review": "not_reviewed",
}


# WRONG


def test_r7_01_a_child_with_a_visa_on_the_filing_day_is_not_taken_as_exempt():
    """R7-01 (WRONG, fixed): came alone at 15 on a student visa; filed late at 17 while
    the visa was valid; 18 now and out of status. The definition the exemption points to
    is "has no lawful immigration status in the United States" (6 U.S.C. § 279(g)(2)(A),
    quoted in citations.py), on the filing day; no status today says nothing about that
    day. The answers file (made before the question was added) leaves it open: unclear,
    naming it. Answered "Yes", the lawful-status exception is named (8 C.F.R.
    § 1208.4(a)(5)(iv)); only "No" meets the deadline."""
    old_file = r7(**CAME_ALONE_FILED)
    deadline = finding(old_file, "asylum_filing_deadline")
    assert deadline.status == Status.UNCLEAR
    assert "whether the client had lawful immigration status" in deadline.explanation
    assert "when the client was still an unaccompanied child" not in deadline.explanation
    assert statuses(old_file)[0] == "possible"
    assert [a["field"] for a in old_file.assumed] == ["lawful_status_when_filed"]

    with_visa = r7(**CAME_ALONE_FILED, lawful_status_when_filed="yes")
    deadline = finding(with_visa, "asylum_filing_deadline")
    assert deadline.status == Status.UNCLEAR
    assert "had lawful immigration status on the day the application was filed" in (
        deadline.explanation
    )
    assert "So is keeping lawful status" in deadline.explanation
    assert c.LAWFUL_STATUS_EXTRAORDINARY in deadline.citations
    assert statuses(with_visa) == ("possible", "strong", "strong", "not_available")

    no_status_then = r7(**CAME_ALONE_FILED, lawful_status_when_filed="no")
    assert finding(no_status_then, "asylum_filing_deadline").status == Status.MET
    assert statuses(no_status_then)[0] == "strong"


def test_r7_02_under_18_today_after_arriving_21_years_ago_is_refused():
    """R7-02 (WRONG, fixed): arrived January 10, 2005; "under 18 today"; never filed. Nobody
    who arrived 18 years or more ago is under 18 ("has not attained 18 years of age", 6
    U.S.C. § 279(g)(2)(B)): the child page refuses the answer, naming both answers."""
    with pytest.raises(AnswersRejected) as refused:
        r7(
            proceeding_type="affirmative",
            last_arrival_date="2005-01-10",
            unaccompanied_child="yes",
            deadline_exception="none",
            client_under_18_now="yes",
            parent_available_since_arrival="no",
            lawful_status_now="no",
        )
    message = str(refused.value)
    assert "client_under_18_now" in message
    assert "January 10, 2005, 18 years or more ago, so cannot be under 18 today" in message


def test_r7_05_a_drug_sale_is_not_an_aggravated_felony_only_as_a_lawyers_finding():
    """R7-05 and 05b (WRONG, fixed): a state drug sale conviction. "No" alone is still
    refused (drug trafficking convictions usually are aggravated felonies), and the message
    names the answer that records a lawyer's finding; with that answer the file screens, the
    aggravated felony bar to asylum is cleared (only the particularly serious crime review
    is left open), and with the lawyer's "not a particularly serious crime" (05b) every form
    is strong. Authority: the rules' own citations; the
    categorical question is the lawyer's."""
    with pytest.raises(AnswersRejected, match="No: a lawyer has checked the convictions"):
        r7(**DRUG_SALE)
    with pytest.raises(AnswersRejected, match="No: a lawyer has checked the convictions"):
        r7(**{**DRUG_SALE, "psc_review": "not_psc"})

    unreviewed = r7(**{**DRUG_SALE, "aggravated_felony": "no_lawyer_found"})
    bars = finding(unreviewed, "asylum_bars")
    assert bars.status == Status.UNCLEAR
    assert "aggravated felony" not in bars.explanation
    assert "particularly serious crime" in bars.explanation
    psc = finding(unreviewed, "particularly_serious_crime")
    assert psc.status == Status.UNCLEAR
    assert "A lawyer found the drug trafficking conviction is not an aggravated felony" in (
        psc.explanation
    )
    assert statuses(unreviewed) == ("possible", "possible", "possible", "strong")

    cleared = r7(
        **{
            **DRUG_SALE,
            "aggravated_felony": "no_lawyer_found",
            "psc_review": "not_psc",
        }
    )
    assert finding(cleared, "particularly_serious_crime").status == Status.MET
    assert statuses(cleared) == ("strong", "strong", "strong", "not_available")


def test_r7_41_under_18_today_but_18_or_older_when_filed_is_refused():
    """R7-41 (WRONG, fixed): under 18 today, but "not under 18" on a filing day in 2024. The
    filing-day page is now asked wherever a child who came alone has filed, and refuses the
    answer that cannot be true, instead of silently dropping it."""
    with pytest.raises(AnswersRejected) as refused:
        r7(
            proceeding_type="affirmative",
            last_arrival_date="2023-01-10",
            asylum_filed="yes",
            unaccompanied_child="yes",
            deadline_exception="none",
            asylum_filed_date="2024-06-01",
            client_under_18_now="yes",
            parent_available_since_arrival="no",
            lawful_status_now="no",
            under_18_when_filed="no",
            lawful_status_when_filed="no",
        )
    message = str(refused.value)
    assert "under_18_when_filed" in message
    assert "so was under 18 when the application was filed" in message


# TOO CONFIDENT


def test_r7_08_a_threat_alone_from_an_off_duty_officer_is_for_a_lawyer():
    """R7-08 (TOO CONFIDENT, fixed): Fifth Circuit; off-duty officer, not in uniform, did not
    reach the client through the job, but threatened to use his position. Matter of J-G-R-,
    28 I&N Dec. 733 (BIA 2023): the key consideration is whether the official could do it
    because of the position; a threat to retaliate through official channels is "another
    relevant consideration" (as quoted by sabrinadamast.com, read with the search tool).
    State action is unclear and says what decides it; CAT withholding is possible."""
    s = r7(
        circuit="fifth",
        official_duty="off_duty",
        officials_in_uniform="no",
        access_through_position="no",
        threatened_official_retaliation="yes",
    )
    state = finding(s, "state_action")
    assert state.status == Status.UNCLEAR
    assert "using their position" not in state.explanation
    assert "For it: they threatened to use their office" in state.explanation
    assert "they did not reach the client through their position" in state.explanation
    assert "What decides it" in state.explanation
    assert c.J_G_R in state.citations
    assert statuses(s)[2] == "possible"
    # In the Ninth Circuit there is no "rogue official" exception: unchanged.
    ninth = r7(
        official_duty="off_duty",
        officials_in_uniform="no",
        access_through_position="no",
        threatened_official_retaliation="yes",
    )
    assert finding(ninth, "state_action").status == Status.MET


def test_r7_10_harm_not_on_purpose_yet_for_his_opinion_is_a_contradiction():
    """R7-10 (TOO CONFIDENT, fixed): on-duty police beat and detained the activist for his
    opinion ("would not have harmed him without it"), but staff answered "harm not done on
    purpose". The two cannot both be right: the link findings are unclear and name both
    answers; asylum and withholding are no better than possible."""
    s = r7(harm_intentional="no")
    for code in ("nexus_one_central_reason", "nexus_a_reason", "withholding_nexus"):
        link = finding(s, code)
        assert link.status == Status.UNCLEAR, code
        assert "the answers disagree" in link.explanation
        assert "not to have been done on purpose" in link.explanation
    assert statuses(s) == ("possible", "possible", "possible", "not_available")
    assert any(
        "whether the harm was done on purpose" in step for step in s.determination.next_steps
    )


def test_r7_38_they_did_not_know_his_opinion_yet_spoke_of_it_is_a_contradiction():
    """R7-38 (TOO CONFIDENT, fixed): "they did not know" of the political opinion, yet "what
    they said" shows it was their motive and they would not have harmed him without it.
    Not resolved against the client (weak) nor for him: unclear, naming the answers that
    disagree and the "they assumed it" answer; asylum and withholding possible."""
    s = r7(
        ground_details=[
            {
                "ground": "political_opinion",
                "ground_known": "did_not_know",
                "ground_evidence": ["what_they_said"],
                "harmed_others_without_ground": "no",
                "would_have_harmed_anyway": "no",
                "lawyer_ground_role": "not_reviewed",
            }
        ]
    )
    for code in ("nexus_one_central_reason", "nexus_a_reason", "withholding_nexus"):
        link = finding(s, code)
        assert link.status == Status.UNCLEAR, code
        assert "the answers disagree" in link.explanation
        assert "said not to have known of the client's political opinion" in link.explanation
        assert "what they said shows it was their motive" in link.explanation
        assert "they assumed it" in link.explanation
    assert statuses(s)[:2] == ("possible", "possible")
    assert any(
        "knew of the protected reason, or assumed it" in step
        for step in s.determination.next_steps
    )


def test_r7_44_reinstatement_not_sure_of_a_removal_does_not_say_he_was_removed():
    """R7-44 (TOO CONFIDENT, fixed): case type "reinstatement", but staff are not sure the
    client was ever removed. 8 U.S.C. § 1231(a)(5) reinstates a prior order against one who
    "has reentered ... illegally after having been removed or having departed voluntarily,
    under an order of removal": both must be shown. Asylum is unclear, not "not available";
    the finding names the documents that decide it (Form I-871 and the earlier order)."""
    s = r7(proceeding_type="reinstatement", reinstated_order="not_sure")
    available = finding(s, "asylum_available")
    assert available.status == Status.UNCLEAR
    assert "The client was removed before" not in available.explanation
    assert "not known whether the client was ever removed" in available.explanation
    assert "Form I-871" in available.explanation
    assert statuses(s) == ("unclear", "strong", "strong", "not_available")
    assert "Asylum is not open" not in s.determination.headline
    assert any("Form I-871" in step for step in s.determination.next_steps)
    # Staff sure of the removal: closed, as before.
    closed = r7(proceeding_type="reinstatement", reinstated_order="yes")
    assert finding(closed, "asylum_available").status == Status.NOT_MET
    assert statuses(closed)[0] == "not_available"


# UNCLEAR WORDING: the conclusion first, matching "possible"

LEAD = "Asylum may still be open"


def _no_barred_before_the_child_text(text: str) -> None:
    assert text.startswith(LEAD)
    assert "so asylum is barred" not in text


def test_r7_03_a_late_filing_by_a_child_of_unknown_age_leads_with_may_still_be_open():
    """R7-03 (UNCLEAR WORDING, fixed): came alone in 2024; filed June 2025; age today and
    on the filing day not known. Possible, and the reason opens with that, never with
    "so asylum is barred"."""
    s = r7(
        proceeding_type="affirmative",
        last_arrival_date="2024-01-10",
        asylum_filed="yes",
        unaccompanied_child="yes",
        deadline_exception="none",
        asylum_filed_date="2025-06-02",
        client_under_18_now="not_sure",
        parent_available_since_arrival="no",
        lawful_status_now="no",
        under_18_when_filed="not_sure",
        lawful_status_when_filed="not_sure",
    )
    deadline = finding(s, "asylum_filing_deadline")
    assert deadline.status == Status.UNCLEAR
    _no_barred_before_the_child_text(deadline.explanation)
    assert "without the child exemption asylum would be barred" in deadline.explanation
    assert "whether the client was under 18" in deadline.explanation
    assert statuses(s)[0] == "possible"


def test_r7_15_an_old_answers_file_of_a_child_who_filed_late_reads_the_same_way():
    """R7-15 (UNCLEAR WORDING, fixed): an answers file from before rules 2.3.0, without the
    child questions: each is assumed "Not sure", listed, and the reason leads with the
    conclusion."""
    s = r7(
        proceeding_type="affirmative",
        last_arrival_date="2021-02-01",
        asylum_filed="yes",
        unaccompanied_child="yes",
        deadline_exception="none",
        asylum_filed_date="2023-09-01",
    )
    assert {a["field"] for a in s.assumed} == {
        "client_under_18_now",
        "parent_available_since_arrival",
        "lawful_status_now",
        "under_18_when_filed",
        "lawful_status_when_filed",
    }
    deadline = finding(s, "asylum_filing_deadline")
    assert deadline.status == Status.UNCLEAR
    _no_barred_before_the_child_text(deadline.explanation)
    assert statuses(s)[0] == "possible"


def test_r7_20_a_child_with_status_today_who_never_filed_leads_with_may_still_be_open():
    """R7-20 (UNCLEAR WORDING, fixed): under 18, came alone February 2024, lawful status
    now, never filed. The lawful-status exception is still named (8 C.F.R.
    § 1208.4(a)(5)(iv)); the year ran to Monday February 3, 2025."""
    s = r7(
        proceeding_type="affirmative",
        last_arrival_date="2024-02-01",
        unaccompanied_child="yes",
        deadline_exception="none",
        client_under_18_now="yes",
        parent_available_since_arrival="no",
        lawful_status_now="yes",
    )
    deadline = finding(s, "asylum_filing_deadline")
    assert deadline.status == Status.UNCLEAR
    _no_barred_before_the_child_text(deadline.explanation)
    assert "February 3, 2025" in deadline.explanation
    assert "So is keeping lawful status" in deadline.explanation
    assert statuses(s)[0] == "possible"


def test_r7_39_a_child_who_filed_at_17_with_a_parent_later_leads_with_may_still_be_open():
    """R7-39 (UNCLEAR WORDING, fixed): came alone 2021 at 16; filed January 2023 at 17; a
    parent came later; about 21 now; removal proceedings. "Since arriving" cannot tell
    whether the parent came before the filing: unclear, and it says so."""
    s = r7(
        last_arrival_date="2021-06-01",
        asylum_filed="yes",
        unaccompanied_child="yes",
        deadline_exception="none",
        asylum_filed_date="2023-01-10",
        client_under_18_now="no",
        parent_available_since_arrival="yes",
        lawful_status_now="no",
        under_18_when_filed="yes",
        lawful_status_when_filed="no",
    )
    deadline = finding(s, "asylum_filing_deadline")
    assert deadline.status == Status.UNCLEAR
    _no_barred_before_the_child_text(deadline.explanation)
    assert "whether a parent or legal guardian in the United States was available" in (
        deadline.explanation
    )
    assert statuses(s)[0] == "possible"


# OK, kept as regressions


def test_r7_04_an_arrival_before_april_1997_and_a_filing_a_day_late_is_barred():
    """R7-04 (OK): arrived May 1, 1996; filed April 2, 1998; no exception. The year runs
    from April 1, 1997 (8 C.F.R. § 1208.4(a)(2)(ii), quoted in deadline.py) to Wednesday
    April 1, 1998."""
    s = r7(
        last_arrival_date="1996-05-01",
        asylum_filed="yes",
        deadline_exception="none",
        asylum_filed_date="1998-04-02",
    )
    deadline = finding(s, "asylum_filing_deadline")
    assert deadline.status == Status.NOT_MET
    assert "The year ran out on April 1, 1998" in deadline.explanation
    assert statuses(s) == ("barred", "strong", "strong", "not_available")


def test_r7_16_the_last_day_is_today_and_nobody_knows_whether_anything_was_filed():
    """R7-16 (OK): file today."""
    s = r7(last_arrival_date="2025-11-30", asylum_filed="not_sure")
    assert statuses(s)[0] == "strong"
    assert "November 30, 2026" in s.determination.headline
    assert "today" in s.determination.headline


def test_r7_26_a_year_from_thanksgiving_2025_ended_on_a_friday():
    """R7-26 (OK): arrived Thursday November 27, 2025; filed Monday November 30, 2026.
    November 27, 2026 is a Friday and not a federal holiday (Thanksgiving 2026 is the 26th),
    so nothing carries the last day to Monday."""
    s = r7(
        last_arrival_date="2025-11-27",
        asylum_filed="yes",
        deadline_exception="none",
        asylum_filed_date="2026-11-30",
    )
    deadline = finding(s, "asylum_filing_deadline")
    assert deadline.status == Status.NOT_MET
    assert "November 27, 2026" in deadline.explanation
    assert statuses(s)[0] == "barred"


def test_r7_40_a_child_who_turned_18_in_court_files_with_the_court_within_the_year():
    """R7-40 (OK): came alone March 2026; 18 now; not filed; removal proceedings. File
    within the year with the immigration court (Matter of M-A-C-O-, in citations.py)."""
    s = r7(
        last_arrival_date="2026-03-01",
        unaccompanied_child="yes",
        client_under_18_now="no",
        parent_available_since_arrival="no",
        lawful_status_now="no",
    )
    deadline = finding(s, "asylum_filing_deadline")
    assert deadline.status == Status.MET
    assert "File within the year, by March 1, 2027, with the immigration court" in (
        deadline.explanation
    )
    assert c.M_A_C_O in deadline.citations
    assert statuses(s)[0] == "strong"


def test_r7_an_old_answers_file_of_a_child_under_18_today_is_not_asked_the_age_then():
    """A child under 18 today was under 18 on any earlier filing day: the filing-day page
    does not ask it, so an answers file without it is not told it was assumed; only the
    lawful status that day is."""
    given = {k: v for k, v in CAME_ALONE_FILED.items() if k != "under_18_when_filed"}
    s = r7(**{**given, "client_under_18_now": "yes"})
    assert [a["field"] for a in s.assumed] == ["lawful_status_when_filed"]
    assert "under_18_when_filed" not in s.state.answers

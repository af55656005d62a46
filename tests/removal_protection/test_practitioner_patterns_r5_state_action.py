"""Round 5 practitioner patterns on the Convention Against Torture chain and the
government's part in the harm (/work/adversarial/13-r5.md: R5-1, R5-2, R5-3, R5-4, R5-7 and
R5-10), one test each, named after the pattern. Each pattern is built from the answers as
staff give them (the reviewer's answers files, through ``build_facts``), and each test
asserts the status of every form of protection and the wording that matters. Each docstring
gives the pattern and the authority read for it."""

from datetime import date

from questionnaires.framework.determination import Status
from questionnaires.removal_protection import citations as c
from questionnaires.removal_protection.rules import determine
from questionnaires.removal_protection.rules.persecution import FIFTH_CIRCUIT_NOTE
from questionnaires.removal_protection.wizard import build_facts
from tests.removal_protection.patterns import REVIEW_BASELINE

SCREENED = date(2026, 11, 30)
DROP = object()


#: A gang instead of the police: the page on what the officials were doing is skipped.
GANG = {
    "harmers": ["gang"],
    "official_duty": DROP,
    "officials_in_uniform": DROP,
    "access_through_position": DROP,
    "threatened_official_retaliation": DROP,
}


def answers(*changes: dict) -> dict:
    result = dict(REVIEW_BASELINE)
    for change in changes:
        for name, value in change.items():
            if value is DROP:
                result.pop(name, None)
            else:
                result[name] = value
    return result


def screen(answers_given: dict):
    given = dict(answers_given)
    given["last_arrival_date"] = date.fromisoformat(given["last_arrival_date"])
    return determine(build_facts(given, SCREENED))


RELIEF = ("asylum", "withholding", "cat_withholding", "cat_deferral")


def statuses(d) -> tuple[str, ...]:
    return tuple(d.data[code]["status"] for code in RELIEF)


def status(d, code):
    return d.finding(code).status


def text(d, code):
    return d.finding(code).explanation


# R5-1: the CAT chain and "Other people"

P01 = answers(
    {
        "future_threats_made": "no",
        "harm_kinds": ["physical_assault", "burning_or_cutting", "detention"],
        "future_risk_source": "others",
        "threats_to_find_anywhere": "no",
        "safe_area": "not_sure",
        "country_conditions": ["none_known"],
    }
)


def test_r5_1_other_people_are_not_known_people_and_past_officials_are_not_the_future_ones():
    """R5-1: on-duty police beat and burned the client years ago; no threats since; staff
    say *other people* would harm him now. CAT has no presumption: the client must show he
    "would be tortured" (8 C.F.R. § 1208.16(c)(2)), each step of a chain more likely than
    not (Matter of J-F-F-, 23 I&N Dec. 912 (A.G. 2006), headnote read). Nothing shows the
    other people would seek him out, the officials' reach is that of the past torturers,
    and whether officials would take part in what others do (§ 1208.18(a)(1), (a)(7)) is
    unknown. Asylum and withholding keep the presumption from past persecution."""
    d = screen(P01)
    assert statuses(d) == ("strong", "strong", "unclear", "not_available")
    chain = d.finding("cat_likelihood")
    assert chain.status == Status.UNCLEAR
    assert "known people" not in chain.explanation
    assert "whether the other people the client fears would seek the client out" in (
        chain.explanation
    )
    # The reach link is not the past officials' (R6-13 names them only as the past torturers).
    assert "they could find the client" not in chain.explanation
    assert "the past torture weighs heavily, but it was done by different people" in (
        chain.explanation
    )
    assert c.J_F_F in chain.citations
    state = d.finding("state_action")
    assert state.status == Status.UNCLEAR
    assert "the client now fears other people, not those who harmed them before" in (
        state.explanation
    )
    assert "who would torture the client now" in state.explanation


def test_r5_1_the_same_people_keep_the_chain_and_the_past_officials():
    """The baseline: the same police would seek him out; the chain and state action hold."""
    d = screen(answers({"harm_kinds": ["physical_assault", "burning_or_cutting", "detention"]}))
    assert statuses(d) == ("strong", "strong", "strong", "not_available")
    assert "the people who harmed the client would seek the client out" in text(
        d, "cat_likelihood"
    )


# R5-2: "looked the other way" (compare p02b)

P02 = answers(
    GANG,
    {
        "harm_kinds": ["physical_assault", "burning_or_cutting"],
        "officials_aware": "looked_away",
        "not_reported_reason": "other",
        "country_conditions": ["none_known"],
    },
)
P02B = answers(
    GANG,
    {
        "harm_kinds": ["physical_assault", "burning_or_cutting"],
        "reported_to_police": "yes",
        "not_reported_reason": DROP,
        "police_response": "did_nothing",
        "country_conditions": ["none_known"],
    },
)


def test_r5_2_looked_the_other_way_is_unwillingness_but_acquiescence_needs_the_timing():
    """R5-2: a gang beat and burned the client; not reported; officials "looked the other
    way". Acquiescence needs awareness "prior to the activity constituting torture" and a
    breach of the duty to intervene (8 C.F.R. § 1208.18(a)(7), quoted in Barajas-Romero,
    846 F.3d at 361; "consciously close their eyes", id. at 363): the answer does not say
    when. It is a higher showing than a government unwilling to control the gang, so that
    finding is met and the two no longer point opposite ways. Same statuses as p02b, where
    the police ignored a report."""
    d = screen(P02)
    assert statuses(d) == ("strong", "strong", "possible", "not_available")
    state = d.finding("state_action")
    assert state.status == Status.UNCLEAR
    assert "If they knew of it before it happened" in state.explanation
    assert "if they only ignored it afterwards, that alone is not enough" in state.explanation
    assert "Find out when and what the officials knew." in state.explanation
    assert c.ACQUIESCENCE_DEFINED in state.citations
    protection = d.finding("government_protection")
    assert protection.status == Status.MET
    assert "Met: officials looked the other way" in protection.explanation
    assert d.headline.startswith(
        "The client looks likely to qualify for asylum and withholding of removal."
    )
    assert statuses(screen(P02B)) == statuses(d)


def test_r5_2_officials_who_protect_the_gang_still_acquiesce():
    d = screen(answers(P02, {"officials_protect_group": "yes"}))
    assert status(d, "state_action") == Status.MET
    assert d.data["cat_withholding"]["status"] == "strong"


# R5-3: on duty, "Not sure" whether they used the job, outside the Ninth Circuit

P03 = answers(
    {
        "circuit": "fifth",
        "officials_in_uniform": "no",
        "access_through_position": "not_sure",
        "motives": ["personal_dispute"],
        "ground_details": [],
        "country_conditions": ["none_known"],
    }
)


def test_r5_3_on_duty_in_plain_clothes_with_the_use_of_the_office_not_known():
    """R5-3: Fifth Circuit; a police officer beat the client in a personal dispute while on
    duty but in plain clothes; not known whether he found the client through the job or
    threatened to use it. Outside the Ninth Circuit the Board asks whether the official
    acted "under color of law" (Matter of O-F-A-S-, 28 I&N Dec. 35 (A.G. 2020), headnote
    read): "whether the official was able to engage in the conduct because of his or her
    government position" (Matter of J-G-R-, 28 I&N Dec. 733 (BIA 2023), headnote (2) read).
    Being on duty is one fact, not the answer; "Not sure" is never yes."""
    d = screen(P03)
    assert statuses(d) == ("weak", "weak", "possible", "not_available")
    state = d.finding("state_action")
    assert state.status == Status.UNCLEAR
    assert "in the course of their work" not in state.explanation
    assert "Against it: they were not in uniform." in state.explanation
    assert "Not known: whether they reached the client through their position" in (
        state.explanation
    )
    assert "A lawyer must decide it." in state.explanation
    assert c.J_G_R in state.citations


def test_r5_3_on_duty_and_using_the_job_is_met_in_any_circuit():
    d = screen(answers(P03, {"access_through_position": "yes"}))
    assert status(d, "state_action") == Status.MET
    assert "using their position" in text(d, "state_action")


def test_r5_3_the_same_facts_in_the_ninth_circuit_are_met():
    """No "rogue official" exception in the Ninth Circuit (Barajas-Romero, 846 F.3d at
    362-63)."""
    d = screen(answers(P03, {"circuit": "ninth"}))
    assert status(d, "state_action") == Status.MET
    assert c.SEED_NO_ROGUE_OFFICIAL in d.finding("state_action").citations


# R5-4: a death threat with extortion, "severe suffering"

P04 = answers(
    GANG,
    {
        "harmers": ["cartel"],
        "harm_kinds": ["death_threats", "extortion"],
        "visible_scars": "no",
        "medical_records": "no",
        "officials_protect_group": "yes",
        "motives": ["money"],
        "ground_details": [],
        "country_conditions": ["collusion"],
    },
)


def test_r5_4_a_threat_to_kill_later_for_money_is_not_past_torture_per_se():
    """R5-4: a cartel (protected by officials) told the client he would be killed if he did
    not pay by the end of the month; staff say it caused severe suffering. Mental pain is
    torture only as "prolonged mental harm caused by or resulting from" (among others) "the
    threat of imminent death" (8 C.F.R. § 1208.18(a)(4)(iii); the same words are in 18
    U.S.C. § 2340(2)(C)). A threat to kill later is not plainly imminent, and "severe
    suffering" says nothing of prolonged harm: a lawyer's call. With no attack, whether
    they would carry out the threat is open too, so CAT is no better than possible."""
    d = screen(P04)
    assert statuses(d) == ("weak", "weak", "possible", "possible")
    torture = d.finding("past_torture")
    assert torture.status == Status.UNCLEAR
    assert "a threat of imminent death" in torture.explanation
    assert "a threat to kill later" in torture.explanation
    assert "may not be imminent" in torture.explanation
    assert "severe distress is not by itself prolonged mental harm" in torture.explanation
    assert "torture includes killing" not in torture.explanation
    assert c.MENTAL_PAIN in torture.citations
    chain = d.finding("cat_likelihood")
    assert chain.status == Status.UNCLEAR
    assert "whether they would carry out their threat to kill the client" in chain.explanation
    assert status(d, "state_action") == Status.MET  # officials protect the cartel


def test_r5_4_a_beating_with_the_threat_is_still_torture():
    d = screen(answers(P04, {"harm_kinds": ["death_threats", "extortion", "physical_assault"]}))
    assert status(d, "past_torture") == Status.MET
    said = (
        "In the Ninth Circuit a killing by officials, or with their acquiescence, can be torture"
    )
    assert said in text(d, "past_torture")


# R5-7: the Fifth Circuit and private persecutors

P07 = answers(
    GANG,
    {
        "circuit": "fifth",
        "officials_aware": "not_aware",
        "officials_protect_group": "no",
        "reported_to_police": "yes",
        "not_reported_reason": DROP,
        "police_response": "tried_but_failed",
        "country_conditions": ["official_corruption"],
    },
)
P07B = answers(
    GANG,
    {
        "circuit": "fifth",
        "officials_aware": "not_aware",
        "officials_protect_group": "no",
        "not_reported_reason": "futile",
        "client_marked": "yes",
    },
)


def test_r5_7_fifth_circuit_police_who_tried_and_general_corruption_are_left_to_a_lawyer():
    """R5-7: Fifth Circuit; a gang beat and detained a political organiser; he reported it
    and the police arrested one man, who was released; country reports mention corruption.
    Case summaries say the Fifth Circuit requires a government that "condoned" the harm or
    showed "complete helplessness" to protect the victim (Gonzales-Veliz v. Barr, 938 F.3d
    219 (5th Cir. 2019); Bertrand v. Garland, No. 19-60620 (5th Cir. June 3, 2022)). Only
    the openings of those opinions could be read, not the passages stating the test, so
    the rules do not apply it: they leave the finding unclear, say why, and name the cases
    for a lawyer; asylum and withholding are no better than possible."""
    d = screen(P07)
    assert statuses(d) == ("possible", "possible", "possible", "not_available")
    protection = d.finding("government_protection")
    assert protection.status == Status.UNCLEAR
    assert (
        "Not yet shown: under the Ninth Circuit's rule (Bringas-Rodriguez) this would be met: "
        "the police tried but could not stop it"
    ) in protection.explanation
    assert "Met:" not in protection.explanation
    assert "completely helpless" in protection.explanation
    assert "could not read the court's own words" in protection.explanation
    assert any("Gonzales-Veliz v. Barr, 938 F.3d 219" in note for note in d.caveats)
    cited = {citation.text for finding in d.findings for citation in finding.citations}
    assert not any("Gonzales-Veliz" in cite or "Bertrand" in cite for cite in cited)


def test_r5_7b_fifth_circuit_not_reported_because_useless_is_left_to_a_lawyer():
    """p07b: the same, not reported because it would be useless. Bringas-Rodriguez (no need
    to report where futile) is Ninth Circuit law."""
    d = screen(P07B)
    assert statuses(d) == ("possible", "possible", "weak", "not_available")
    protection = d.finding("government_protection")
    assert protection.status == Status.UNCLEAR
    assert FIFTH_CIRCUIT_NOTE.strip() in protection.explanation


def test_r5_7_the_same_facts_in_the_ninth_circuit_are_met():
    """Bringas-Rodriguez v. Sessions, 850 F.3d 1051 (9th Cir. 2017) (en banc)."""
    for pattern in (P07, P07B):
        d = screen(answers(pattern, {"circuit": "ninth"}))
        assert status(d, "government_protection") == Status.MET
        assert not any("Gonzales-Veliz" in note for note in d.caveats)


def test_r5_7_other_circuits_do_not_read_inability_from_general_corruption():
    """The reviewer's note for other circuits: police who tried, and general corruption
    reports, are for the circuit's own cases, not met."""
    d = screen(answers(P07, {"circuit": "fourth"}))
    protection = d.finding("government_protection")
    assert protection.status == Status.UNCLEAR
    assert (
        "This circuit's own standard for a government unable to control private persecutors "
        "was not checked and may be stricter; a lawyer must check it"
    ) in protection.explanation
    assert "Fifth Circuit" not in protection.explanation


def test_r5_7_officials_protecting_the_gang_is_met_in_the_fifth_circuit_too():
    d = screen(answers(P07, {"officials_protect_group": "yes", "police_response": "did_nothing"}))
    assert status(d, "government_protection") == Status.MET
    assert FIFTH_CIRCUIT_NOTE.strip() not in text(d, "government_protection")


# R5-10: officials "knew beforehand"

P10 = answers(
    GANG,
    {
        "harm_kinds": ["physical_assault", "burning_or_cutting"],
        "officials_aware": "knew_beforehand",
        "country_conditions": ["none_known"],
    },
)


def test_r5_10_officials_who_knew_beforehand_are_not_reported_as_unknown():
    """R5-10: a gang beat and burned the client; the local commander had been told of the
    plan (officials "knew beforehand"); not reported afterwards (dangerous). That is the
    first element of 8 C.F.R. § 1208.18(a)(7) (awareness "prior to the activity"); the
    breach of the duty to intervene still needs evidence of what they did. Never "not yet
    known whether officials knew"."""
    d = screen(P10)
    assert statuses(d) == ("strong", "strong", "possible", "not_available")
    state = d.finding("state_action")
    assert state.status == Status.UNCLEAR
    assert "not yet known whether officials knew" not in state.explanation
    assert "Others harmed the client, and officials knew beforehand." in state.explanation
    assert "Acquiescence needs that awareness and then a breach of their duty" in (
        state.explanation
    )
    assert "whether they did nothing to stop it, or tried, needs evidence" in state.explanation
    assert status(d, "government_protection") == Status.MET


def test_r5_10_knew_beforehand_and_ignored_the_report_is_acquiescence():
    d = screen(
        answers(
            P10,
            {
                "reported_to_police": "yes",
                "not_reported_reason": DROP,
                "police_response": "did_nothing",
            },
        )
    )
    assert status(d, "state_action") == Status.MET
    assert d.data["cat_withholding"]["status"] == "strong"

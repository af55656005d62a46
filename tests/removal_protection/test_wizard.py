"""Protection from removal through the wizard (Django test client): which pages appear on
each branch, the stored record's outcome and findings, errors, and changes from the review."""

import html
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from questionnaires.framework.forms import screening_as_of
from tests.factories import Intake

SLUG = "removal-protection"

#: Barajas-Romero v. Lynch, 846 F.3d 351, 354-56 (9th Cir. 2017), as staff would enter it.
SEED = {
    "client_reference": "BR-1",
    "country_of_return": "Mexico",
    "circuit": "ninth",
    "proceeding_type": "reinstatement",
    "reinstated_order": "yes",
    "asylum_filed": "no",
    "unaccompanied_child": "no",
    "deadline_exception": "not_sure",
    "persecutor_bar": "no",
    "firm_resettlement": "no",
    "prior_asylum_denied": "no",
    "serious_nonpolitical_crime": "no",
    "terrorism_bar": "no",
    "has_convictions": "yes",
    "conviction_details": "Methamphetamine possession; receiving stolen property (1998).",
    "aggravated_felony": "no",
    "drug_trafficking": "no",
    "psc_review": "not_reviewed",
    "past_harm": "yes",
    "harm_narrative": "Held for three days by four off-duty police who burned him.",
    "future_threats_made": "yes",
    "harm_kinds": [
        "physical_assault",
        "burning_or_cutting",
        "detention",
        "death_threats",
        "extortion",
    ],
    "severe_pain": "yes",
    "harm_intentional": "yes",
    "lawful_sanction": "no",
    "visible_scars": "yes",
    "medical_records": "yes",
    "harmers": ["police", "cartel"],
    "official_duty": "off_duty",
    "officials_in_uniform": "not_sure",
    "access_through_position": "not_sure",
    "threatened_official_retaliation": "not_sure",
    "officials_aware": "not_sure",
    "officials_protect_group": "not_sure",
    "reported_to_police": "yes",
    "police_response": "attackers_were_colleagues",
    "motives": ["money", "political_opinion"],
    "ground_details": [
        {
            "ground": "political_opinion",
            "ground_known": "knew",
            "ground_evidence": ["harm_worsened"],
            # The police extorted him before the remark and escalated after it (355-56).
            "harmed_others_without_ground": "not_sure",
            "would_have_harmed_anyway": "yes",
            "lawyer_ground_role": "not_reviewed",
        }
    ],
    "future_risk_source": "same_people",
    "conditions_changed": "no",
    "threats_to_find_anywhere": "yes",
    "client_marked": "yes",
    "safe_area": "no",
    "safe_area_reason": "Told a bullet would go where the scar is.",
    "country_conditions": ["official_corruption", "collusion"],
}

ALL_STEPS = [
    "client",
    "case",
    "convictions",
    "aggravated_felony",
    "bars",
    "past_harm",
    "harm_details",
    "harmers",
    "official_duty",
    "officials",
    "police_response",
    "motives",
    "ground_details",
    "future_risk",
    "relocation",
    "country_conditions",
]

BARS = (
    "persecutor_bar",
    "firm_resettlement",
    "prior_asylum_denied",
    "serious_nonpolitical_crime",
    "terrorism_bar",
)

#: A client robbed by a gang, no convictions, nothing reported: the short path.
ROBBERY = {
    "country_of_return": "Guatemala",
    "circuit": "other",
    "proceeding_type": "removal_proceedings",
    "reinstated_order": "no",
    "last_arrival_date": "2025-01-15",
    "last_entry_manner": "port_appointment",
    "asylum_filed": "no",
    "unaccompanied_child": "no",
    "deadline_exception": "none",
    **dict.fromkeys(BARS, "no"),
    "has_convictions": "no",
    "past_harm": "no",
    "future_threats_made": "no",
    "harmers": ["gang"],
    "officials_aware": "not_aware",
    "officials_protect_group": "no",
    "reported_to_police": "no",
    "not_reported_reason": "other",
    "motives": ["general_crime"],
    "future_risk_source": "none_identified",
    "conditions_changed": "no",
    "threats_to_find_anywhere": "no",
    "client_marked": "no",
    "safe_area": "yes",
    "country_conditions": ["none_known"],
}

SHORT_STEPS = [
    "client",
    "case",
    "convictions",
    "asylum_filing",
    "entry",
    "bars",
    "past_harm",
    "harmers",
    "officials",
    "not_reported",
    "motives",
    "future_risk",
    "relocation",
    "country_conditions",
]

NOT_SURE_ALL = {
    "country_of_return": "Eritrea",
    "circuit": "unknown",
    "proceeding_type": "not_sure",
    "reinstated_order": "not_sure",
    "asylum_filed": "not_sure",
    "unaccompanied_child": "not_sure",
    "deadline_exception": "not_sure",
    **dict.fromkeys(BARS, "not_sure"),
    "has_convictions": "not_sure",
    "past_harm": "not_sure",
    "future_threats_made": "not_sure",
    "harmers": ["unknown"],
    "officials_aware": "not_sure",
    "officials_protect_group": "not_sure",
    "reported_to_police": "not_sure",
    "motives": ["unknown"],
    "future_risk_source": "not_sure",
    "conditions_changed": "not_sure",
    "threats_to_find_anywhere": "not_sure",
    "client_marked": "not_sure",
    "safe_area": "not_sure",
    "country_conditions": ["not_sure"],
}


@pytest.fixture
def intake(staff_client):
    return Intake(staff_client, SLUG)


def page(response) -> str:
    return html.unescape(response.content.decode())


def go_to(intake: Intake, step: str) -> None:
    intake.url = intake.url.rstrip("/").rsplit("/", 1)[0] + f"/{step}/"


def finding(record, code):
    return next(f for f in record.determination["findings"] if f["code"] == code)


def relief(record, code):
    return record.determination["data"]["relief"][code]["status"]


def test_seed_case_asks_every_page_and_supports_the_opinions_reasoning(intake):
    assert intake.answer_until_review(SEED) == ALL_STEPS
    record = intake.finish()
    assert record.client_reference == "BR-1"
    assert record.outcome == "protection_likely"
    assert relief(record, "asylum") == "not_available"
    assert relief(record, "withholding") == "possible"
    assert relief(record, "cat_deferral") == "strong"
    assert finding(record, "withholding_nexus")["status"] == "met"
    # Escalation after the remark but a money motive before it: central is left to a lawyer.
    assert finding(record, "nexus_one_central_reason")["status"] == "unclear"
    assert finding(record, "state_action")["status"] == "met"
    assert record.answers["harm_narrative"].startswith("Held for three days")
    assert record.answers["ground_details"][0]["would_have_harmed_anyway"] == "yes"
    grounds = record.determination["data"]["nexus"]["grounds"]
    assert grounds[0]["role"] == "not_sure"
    assert grounds[0]["lawyer_override"] is False


def test_short_path_skips_the_follow_up_pages(intake):
    assert intake.answer_until_review(ROBBERY) == SHORT_STEPS
    record = intake.finish()
    assert record.outcome == "protection_unlikely"
    assert relief(record, "withholding") == "weak"
    assert relief(record, "cat_withholding") == "weak"
    assert "aggravated_felony" not in record.answers
    assert relief(record, "asylum") == "barred"  # the year ran out; no exception


def test_not_sure_everywhere_refers_to_a_lawyer(intake):
    visited = intake.answer_until_review(NOT_SURE_ALL)
    assert "harm_details" not in visited and "ground_details" not in visited
    record = intake.finish()
    assert record.outcome == "refer"
    assert record.determination["data"]["circuit"] == "unknown"
    assert record.determination["data"]["jurisdiction_warnings"]


def test_unknown_circuit_with_a_secondary_reason_is_possible(intake):
    answers = {
        **SEED,
        "circuit": "unknown",
        "reinstated_order": "no",
        "proceeding_type": "removal_proceedings",
        "has_convictions": "no",
        "harmers": ["police"],
        "official_duty": "off_duty",
        # Off duty, the acquiescence questions are asked (R8-12): police who only did
        # nothing about a report do not settle it, so state action stays unclear.
        "police_response": "did_nothing",
    }
    visited = intake.answer_until_review(answers)
    assert "aggravated_felony" not in visited
    record = intake.finish()
    assert record.outcome == "protection_possible"
    assert finding(record, "withholding_nexus")["status"] == "unclear"
    assert finding(record, "state_action")["status"] == "unclear"
    assert relief(record, "withholding") == "unclear"


def test_official_duty_page_only_for_officials(intake):
    answers = {**SEED, "harmers": ["cartel"]}
    visited = intake.answer_until_review(answers)
    assert "official_duty" not in visited
    assert "police_response" in visited


def test_when_only_officials_did_the_harm_the_page_asks_only_about_a_report(intake, staff_client):
    # They plainly used their office (reached the client through the job): no one else's
    # harm for officials to allow.
    answers = {
        **SEED,
        "harmers": ["police"],
        "official_duty": "on_duty",
        "access_through_position": "yes",
    }
    while intake.step != "officials":
        intake.post(answers)
    response = staff_client.get(intake.url)
    assert list(response.context["form"].fields) == ["reported_to_police"]
    # One question left on the page: it is the page's heading.
    assert response.context["single_question"].name == "reported_to_police"
    intake.answer_until_review(answers)
    record = intake.finish()
    assert record.answers["reported_to_police"] == "yes"
    assert "officials_aware" not in record.answers
    assert "officials_protect_group" not in record.answers
    assert finding(record, "state_action")["status"] == "met"


def test_changing_to_officials_only_drops_the_acquiescence_answers(intake):
    answers = {**SEED, "harmers": ["cartel"], "officials_aware": "looked_away"}
    intake.answer_until_review(answers)
    go_to(intake, "harmers")
    intake.post({"harmers": ["military"]})
    intake.answer_until_review(
        {**answers, "official_duty": "on_duty", "access_through_position": "yes"}
    )
    record = intake.finish()
    assert "officials_aware" not in record.answers
    assert finding(record, "state_action")["status"] == "met"


def test_an_off_duty_official_brings_the_acquiescence_questions_back(intake, staff_client):
    """R8-12b: an off-duty official with nothing linking the harm to the office may count as
    a private person, so whether other officials knew and protect him is asked, and decides
    state action as it would for a private attacker."""
    answers = {
        **SEED,
        "circuit": "fifth",
        "harmers": ["police"],
        "official_duty": "off_duty",
        "officials_in_uniform": "no",
        "access_through_position": "no",
        "threatened_official_retaliation": "no",
        "officials_aware": "knew_beforehand",
        "officials_protect_group": "yes",
    }
    while intake.step != "officials":
        intake.post(answers)
    response = staff_client.get(intake.url)
    assert list(response.context["form"].fields) == [
        "officials_aware",
        "officials_protect_group",
        "reported_to_police",
    ]
    intake.answer_until_review(answers)
    record = intake.finish()
    assert record.answers["officials_protect_group"] == "yes"
    state_action = finding(record, "state_action")
    assert state_action["status"] == "met"
    assert "acquiescence" in state_action["explanation"]


def test_missing_answer_shows_how_to_fix_it(intake):
    intake.post({"client_reference": ""})
    response = intake.post({"circuit": "ninth"})
    assert intake.step == "case"
    text = page(response)
    assert "Enter the country the client fears being sent to" in text
    assert "Select whether the client was removed before and came back" in text


def test_not_known_with_a_named_harmer_is_refused(intake):
    intake.answer_until_review(SEED)
    go_to(intake, "harmers")
    response = intake.post({"harmers": ["unknown", "police"]})
    assert response.status_code == 200
    assert 'Select "Not known" on its own' in page(response)


def test_a_second_row_for_a_reason_is_dropped(intake):
    intake.answer_until_review(SEED)
    go_to(intake, "ground_details")
    row = SEED["ground_details"][0]
    other = {**row, "lawyer_ground_role": "no_part"}
    intake.post({"ground_details": [row, other]})
    intake.answer_until_review(SEED)
    record = intake.finish()
    assert record.answers["ground_details"] == [row]


def test_changing_convictions_from_the_review_brings_in_the_serious_crime_page(intake):
    answers = {**SEED, "has_convictions": "no"}
    visited = intake.answer_until_review(answers)
    assert "aggravated_felony" not in visited
    assert intake.review().status_code == 200
    go_to(intake, "convictions")
    intake.post({"has_convictions": "yes"})
    assert intake.step == "aggravated_felony"
    intake.post(
        {"aggravated_felony": "yes", "drug_trafficking": "no", "psc_review": "not_reviewed"}
    )
    assert intake.step == "aggravated_felony_sentence"
    intake.post({"af_sentence_5_years": "yes"})
    assert intake.step == "review"
    record = intake.finish()
    assert relief(record, "withholding") == "barred"
    assert relief(record, "cat_withholding") == "barred"
    assert relief(record, "cat_deferral") == "strong"


def test_conviction_details_are_not_kept_once_the_answer_is_no(intake):
    intake.answer_until_review(SEED)
    go_to(intake, "convictions")
    intake.change({"has_convictions": "no", "conviction_details": SEED["conviction_details"]})
    intake.answer_until_review(SEED)  # pages the change brings in
    review = page(intake.review())
    assert "Methamphetamine" not in review
    record = intake.finish()
    assert record.answers["has_convictions"] == "no"
    assert "conviction_details" not in record.answers
    assert "Methamphetamine" not in str(record.answers_in_words)


def test_conviction_details_are_kept_when_not_sure(intake):
    intake.answer_until_review({**SEED, "has_convictions": "not_sure"})
    record = intake.finish()
    assert record.answers["conviction_details"] == SEED["conviction_details"]


def test_a_social_group_description_is_not_kept_once_the_group_is_unticked(intake):
    answers = {
        **SEED,
        "motives": ["money", "political_opinion", "social_group"],
        "social_group_description": "Former police informants",
        "ground_details": [
            *SEED["ground_details"],
            {**SEED["ground_details"][0], "ground": "social_group"},
        ],
    }
    intake.answer_until_review(answers)
    go_to(intake, "motives")
    intake.change(
        {
            "motives": ["money", "political_opinion"],
            "social_group_description": "Former police informants",
        }
    )
    intake.answer_until_review(answers)
    record = intake.finish()
    assert "social_group_description" not in record.answers
    assert "informants" not in str(record.answers_in_words)


def test_dropping_the_protected_reason_drops_its_details(intake):
    intake.answer_until_review(SEED)
    go_to(intake, "motives")
    assert intake.change({"motives": ["money"]}) > 0
    assert intake.step == "future_risk"  # the details page no longer applies
    assert intake.answer_until_review(SEED) == ["future_risk", "relocation", "country_conditions"]
    record = intake.finish()
    assert "ground_details" not in record.answers
    assert finding(record, "withholding_nexus")["status"] == "not_met"
    assert record.outcome == "protection_likely"  # CAT needs no protected reason


def test_result_page_shows_relief_table_evidence_and_sources(intake, staff_client):
    record = intake.complete(SEED)
    text = html.unescape(staff_client.get(record.get_absolute_url()).content.decode())
    assert "How each form of protection looks on these answers" in text
    assert "Deferral under the Convention Against Torture" in text
    assert "Evidence to gather" in text
    assert "Barajas-Romero v. Lynch, 846 F.3d 351, 362-63 (9th Cir. 2017)" in text
    assert "Protection likely" in text


def test_every_page_renders_with_its_question(intake, staff_client):
    pages = {}
    for step in ALL_STEPS:
        response = staff_client.get(intake.url)
        assert response.status_code == 200, step
        assert intake.step == step
        pages[step] = page(response)
        intake.post(SEED)
    assert intake.step == "review"
    assert "Which federal court of appeals circuit is the case in?" in pages["case"]
    assert (
        "Answer these questions for each protected reason you selected" in pages["ground_details"]
    )
    assert "Would they have harmed the client anyway, without it?" in pages["ground_details"]
    assert "Has a lawyer assessed how big a part it played?" in pages["ground_details"]
    assert "Has a lawyer reviewed whether any conviction" in pages["aggravated_felony"]


@pytest.mark.parametrize(
    ("circuit", "nexus", "withholding", "state_action"),
    [
        ("ninth", "met", "possible", "met"),
        ("sixth", "met", "possible", "unclear"),
        ("other", "unclear", "possible", "unclear"),
        ("unknown", "unclear", "unclear", "unclear"),
    ],
)
def test_the_seed_case_in_each_circuit(intake, circuit, nexus, withholding, state_action):
    """Barajas-Romero's facts in each circuit: "a reason" in the Ninth and Sixth, "one
    central reason" elsewhere, both for an unknown circuit; off-duty police are public
    officials in the Ninth, and elsewhere the color-of-law question is flagged."""
    record = intake.complete({**SEED, "circuit": circuit})
    assert finding(record, "withholding_nexus")["status"] == nexus
    assert relief(record, "withholding") == withholding
    assert finding(record, "state_action")["status"] == state_action
    assert relief(record, "asylum") == "not_available"
    warnings = record.determination["data"]["jurisdiction_warnings"]
    # Officials harmed him: the Board's test is flagged in every circuit.
    assert any("O-F-A-S-" in warning and "J-G-R-" in warning for warning in warnings)


def test_not_sure_about_the_kinds_of_harm_must_stand_alone(intake):
    intake.answer_until_review(SEED)
    go_to(intake, "harm_details")
    response = intake.post({**SEED, "harm_kinds": ["not_sure", "detention"]})
    assert response.status_code == 200
    assert 'Select "Not sure" on its own' in page(response)
    intake.post({**SEED, "harm_kinds": ["not_sure"]})
    assert intake.step == "harmers"
    intake.answer_until_review(SEED)
    record = intake.finish()
    assert record.answers["harm_kinds"] == ["not_sure"]


def test_a_private_group_only_asks_no_duty_question_and_can_acquiesce(intake):
    answers = {
        **SEED,
        "harmers": ["cartel"],
        "officials_aware": "looked_away",
        "officials_protect_group": "yes",
        "police_response": "did_nothing",
    }
    visited = intake.answer_until_review(answers)
    assert "official_duty" not in visited
    record = intake.finish()
    assert finding(record, "state_action")["status"] == "met"
    assert "official_duty" not in record.answers


def test_result_page_headline_and_nexus_table(intake, staff_client):
    record = intake.complete(SEED)
    text = html.unescape(staff_client.get(record.get_absolute_url()).content.decode())
    assert "Asylum is not open: an earlier removal order is reinstated." in text
    assert "One central reason (asylum; withholding outside the Ninth and Sixth Circuits)" in text
    assert "most circuits" not in text
    assert "Barajas-Romero v. Lynch, 846 F.3d 351, 355-56 (9th Cir. 2017)" in text


RELIGION_ROW = {
    "ground": "religion",
    "ground_known": "knew",
    "ground_evidence": ["what_they_said"],
    "harmed_others_without_ground": "no",
    "would_have_harmed_anyway": "no",
    "lawyer_ground_role": "not_reviewed",
}


def test_the_reasons_page_has_one_row_for_each_reason_ticked(intake, staff_client):
    answers = {**SEED, "motives": ["money", "religion", "political_opinion"]}
    while intake.step != "ground_details":
        intake.post(answers)
    response = staff_client.get(intake.url)
    form = response.context["form"]
    assert [row.row_title for row in form.forms] == [
        "The client's political opinion, expressed or assumed",
        "Religion",
    ]
    text = page(response)
    assert 'type="hidden" name="ground_details-1-ground" value="religion"' in text
    # The rows are the reasons ticked: none can be added or removed on this page.
    assert "Add another" not in text
    assert "Remove this" not in text
    response = intake.post({"ground_details": SEED["ground_details"]})
    assert response.status_code == 200
    assert "Religion: Select whether the attackers knew of this reason" in page(response)


def test_add_row_on_the_reasons_page_only_continues(intake, staff_client):
    answers = {**SEED, "motives": ["money", "political_opinion", "religion"]}
    while intake.step != "ground_details":
        intake.post(answers)
    intake.post({"ground_details": [*SEED["ground_details"], RELIGION_ROW]}, action="add_row")
    assert intake.step == "future_risk"


def test_answers_stay_with_their_reason_when_reasons_change(intake, staff_client):
    answers = {**SEED, "motives": ["money", "religion"], "ground_details": [RELIGION_ROW]}
    intake.answer_until_review(answers)
    go_to(intake, "motives")
    # Political opinion comes first on the page: the religion answers must not move to it.
    intake.post({"motives": ["money", "political_opinion", "religion"]})
    assert intake.step == "ground_details"
    form = staff_client.get(intake.url).context["form"]
    assert form.forms[0]["ground_known"].value() is None
    assert form.forms[1]["ground_known"].value() == RELIGION_ROW["ground_known"]
    assert form.forms[1]["ground_evidence"].value() == RELIGION_ROW["ground_evidence"]


def test_unticking_a_reason_leaves_its_details_out(intake, staff_client):
    answers = {
        **SEED,
        "motives": ["money", "political_opinion", "religion"],
        "ground_details": [*SEED["ground_details"], RELIGION_ROW],
    }
    intake.answer_until_review(answers)
    go_to(intake, "motives")
    intake.post({"motives": ["money", "political_opinion"]})
    # The page shows the political opinion row as answered, without the religion row.
    assert intake.step == "ground_details"
    response = staff_client.get(intake.url)
    assert response.context["errors"] == []
    assert [row.row_title for row in response.context["form"].forms] == [
        "The client's political opinion, expressed or assumed"
    ]
    # A row sent for the reason no longer ticked is dropped.
    intake.answer_until_review(answers)
    record = intake.finish()
    grounds = record.determination["data"]["nexus"]["grounds"]
    assert [g["ground"] for g in grounds] == ["political_opinion"]
    assert [row["ground"] for row in record.answers["ground_details"]] == ["political_opinion"]
    assert finding(record, "nexus_one_central_reason")["status"] == "unclear"


def test_ticking_a_reason_from_the_review_asks_for_its_row(intake, staff_client):
    intake.answer_until_review(SEED)
    go_to(intake, "motives")
    intake.post({"motives": ["money", "political_opinion", "religion"]})
    assert intake.step == "ground_details"
    intake.answer_until_review({**SEED, "ground_details": [*SEED["ground_details"], RELIGION_ROW]})
    # "Check your answers" names each row after its reason, as the page does.
    review = page(staff_client.get(intake.url))
    assert '<dt class="summary-list__key">Religion</dt>' in review
    assert (
        "Did the people who harmed the client know of it, or think it applied to them?: "
        "Yes, they knew; What shows it was part of their motive?: What they said"
    ) in review
    assert "Which reason?" not in review
    assert "Reason 2" not in review
    record = intake.finish()
    grounds = record.determination["data"]["nexus"]["grounds"]
    assert {g["ground"] for g in grounds} == {"political_opinion", "religion"}


# ---------------------------------------------------------------------------
# The pages issue 13 added: when each appears, and the cross-field checks on them
# ---------------------------------------------------------------------------

#: The seed's facts in ordinary removal proceedings: asylum is open, so its page is asked.
OPEN_ASYLUM = {
    **SEED,
    "proceeding_type": "removal_proceedings",
    "reinstated_order": "no",
    "last_arrival_date": "2026-06-01",
    "last_entry_manner": "port_appointment",
}


def test_asylum_filing_page_only_when_asylum_is_not_closed(intake, staff_client):
    visited = intake.answer_until_review(OPEN_ASYLUM)
    assert visited.index("asylum_filing") == visited.index("aggravated_felony") + 1
    assert "bars" in visited
    record = intake.finish()
    text = html.unescape(staff_client.get(record.get_absolute_url()).content.decode())
    assert "Asylum deadline:</strong> file by June 1, 2027" in text
    assert "Withholding standard applied: 'a reason'" in text
    assert "Not known yet (from the facts)" in text
    assert record.answers["last_arrival_date"] == "2026-06-01"
    assert record.determination["data"]["asylum_deadline"]["status"] in ("met", "unclear")


def test_removed_before_in_ordinary_proceedings_still_asks_about_asylum(intake):
    """The answers disagree (P28): asylum is not closed, so its page is asked."""
    answers = {**OPEN_ASYLUM, "reinstated_order": "yes"}
    assert "asylum_filing" in intake.answer_until_review(answers)
    record = intake.finish()
    assert finding(record, "asylum_available")["status"] == "unclear"


def test_sentence_page_only_for_an_aggravated_felony(intake):
    answers = {**SEED, "aggravated_felony": "yes", "af_sentence_5_years": "yes"}
    visited = intake.answer_until_review(answers)
    assert visited[visited.index("aggravated_felony") + 1] == "aggravated_felony_sentence"
    record = intake.finish()
    assert relief(record, "withholding") == "barred"


def test_not_reported_page_only_when_not_reported(intake):
    answers = {**SEED, "reported_to_police": "no", "not_reported_reason": "futile"}
    visited = intake.answer_until_review(answers)
    assert "not_reported" in visited and "police_response" not in visited
    record = intake.finish()
    assert record.answers["not_reported_reason"] == "futile"


def test_an_arrival_date_in_the_future_is_refused_at_the_field(intake):
    while intake.step != "asylum_filing":
        intake.post(OPEN_ASYLUM)
    next_month = (timezone.localdate() + timedelta(days=30)).isoformat()
    response = intake.post({**OPEN_ASYLUM, "last_arrival_date": next_month})
    assert intake.step == "asylum_filing"
    assert "The date the client last arrived must be today or in the past" in page(response)


def test_a_filing_date_before_the_arrival_is_accepted_and_explained(intake, staff_client):
    """R8-02b: filed, travelled on advance parole, came back: both dates can be true. The
    page says so in its hint, accepts the date, and the result leaves the deadline unclear
    with what to check."""
    while intake.step != "asylum_filing":
        intake.post(OPEN_ASYLUM)
    hint = page(staff_client.get(intake.url))
    assert "It can be before the last arrival" in hint
    answers = {**OPEN_ASYLUM, "asylum_filed": "yes", "asylum_filed_date": "2025-01-01"}
    intake.post(answers)
    assert intake.step != "asylum_filing"
    intake.answer_until_review(answers)
    record = intake.finish()
    deadline = finding(record, "asylum_filing_deadline")
    assert deadline["status"] == "unclear"
    assert "advance parole" in deadline["explanation"]


def test_a_filing_date_in_the_future_is_still_refused(intake):
    while intake.step != "asylum_filing":
        intake.post(OPEN_ASYLUM)
    answers = {**OPEN_ASYLUM, "asylum_filed": "yes", "asylum_filed_date": "2099-01-01"}
    intake.post(answers)
    assert intake.step == "asylum_filing"


def test_a_filing_date_without_a_filing_is_refused(intake):
    while intake.step != "asylum_filing":
        intake.post(OPEN_ASYLUM)
    response = intake.post({**OPEN_ASYLUM, "asylum_filed_date": "2026-07-01"})
    assert "Leave the filing date blank, or select Yes" in page(response)


def test_an_earlier_denial_from_another_stay_is_accepted(intake):
    """An earlier denial (any stay) and a filing in this stay are different facts (V3)."""
    answers = {
        **OPEN_ASYLUM,
        "prior_asylum_denied": "yes",
        "prior_denial_by_court": "yes",
        "asylum_filed": "no",
    }
    assert "bar_details" in intake.answer_until_review(answers)
    record = intake.finish()
    assert relief(record, "asylum") == "barred"
    assert finding(record, "asylum_bars")["status"] == "not_met"


def test_drug_trafficking_said_not_to_be_an_aggravated_felony_is_queried(intake):
    while intake.step != "aggravated_felony":
        intake.post(SEED)
    response = intake.post({**SEED, "drug_trafficking": "yes", "aggravated_felony": "no"})
    assert intake.step == "aggravated_felony"
    assert "Drug trafficking convictions are almost always aggravated felonies" in page(response)


def test_a_social_group_needs_its_description(intake):
    while intake.step != "motives":
        intake.post(SEED)
    response = intake.post({**SEED, "motives": ["social_group"]})
    assert intake.step == "motives"
    assert "Describe the particular social group, or untick it above" in page(response)


def test_terrorism_page_only_when_links_are_reported(intake):
    """A "yes" to links to terrorist activity asks the precise fact: is the client found to
    fall under the terrorism grounds (8 U.S.C. § 1182(a)(3)(B))? "Not sure" is not a yes."""
    visited = intake.answer_until_review({**OPEN_ASYLUM, "terrorism_bar": "not_sure"})
    assert "terrorism_review" not in visited
    intake.finish()


def test_links_found_to_fall_under_the_terrorism_grounds_bar_withholding(intake, staff_client):
    answers = {**OPEN_ASYLUM, "terrorism_bar": "yes", "terrorism_review": "described"}
    while intake.step != "terrorism_review":
        intake.post(answers)
    text = page(staff_client.get(intake.url))
    assert "Has anyone decided whether the client falls under the terrorism grounds?" in text
    assert "Not decided yet, or Not sure" in text
    visited = intake.answer_until_review(answers)
    assert visited[0] == "terrorism_review" and visited[1] == "past_harm"
    record = intake.finish()
    assert record.answers["terrorism_review"] == "described"
    assert finding(record, "withholding_other_bars")["status"] == "not_met"
    assert relief(record, "asylum") == "barred"
    assert relief(record, "withholding") == "barred"
    assert relief(record, "cat_deferral") == "strong"


def test_terrorism_page_needs_an_answer(intake):
    answers = {**OPEN_ASYLUM, "terrorism_bar": "yes"}
    while intake.step != "terrorism_review":
        intake.post(answers)
    response = intake.post({})
    assert intake.step == "terrorism_review"
    assert "Select what was decided about the terrorism grounds, or Not decided yet" in page(
        response
    )


def test_answering_no_to_links_drops_the_terrorism_finding(intake):
    answers = {**OPEN_ASYLUM, "terrorism_bar": "yes", "terrorism_review": "described"}
    intake.answer_until_review(answers)
    go_to(intake, "bars")
    intake.post({**answers, "terrorism_bar": "no"})
    intake.answer_until_review({**answers, "terrorism_bar": "no"})
    record = intake.finish()
    assert "terrorism_review" not in record.answers
    assert relief(record, "withholding") != "barred"


def test_dates_are_checked_against_the_screening_date_not_the_clock(intake):
    """The "today or in the past" check reads the screening date (issue 15's hook), so the
    wizard and ``manage.py screen --today`` agree."""
    while intake.step != "asylum_filing":
        intake.post(OPEN_ASYLUM)
    with screening_as_of(timezone.localdate() - timedelta(days=60)):
        response = intake.post(
            {**OPEN_ASYLUM, "last_arrival_date": timezone.localdate().isoformat()}
        )
    assert intake.step == "asylum_filing"
    assert "The date the client last arrived must be today or in the past" in page(response)


def test_bar_details_page_asks_only_about_the_bars_answered_yes(intake, staff_client):
    """A "yes" to an earlier denial or a crime abroad asks whether it is the bar; an offer of
    permanent status not answered "yes" is not asked about (R3-4 to R3-6)."""
    answers = {
        **OPEN_ASYLUM,
        "prior_asylum_denied": "yes",
        "serious_nonpolitical_crime": "yes",
        "prior_denial_by_court": "no",
        "crime_political": "yes",
    }
    while intake.step != "bar_details":
        intake.post(answers)
    response = staff_client.get(intake.url)
    assert list(response.context["form"].fields) == ["prior_denial_by_court", "crime_political"]
    assert "A refusal by a U.S. asylum office, or by another country" in page(response)
    intake.answer_until_review(answers)
    record = intake.finish()
    assert record.answers["prior_denial_by_court"] == "no"
    assert "resettlement_exception" not in record.answers
    assert relief(record, "asylum") == "possible"  # the political charge is a lawyer's call
    assert finding(record, "withholding_other_bars")["status"] == "unclear"


def test_no_bar_answered_yes_skips_the_bar_details_page(intake):
    assert "bar_details" not in intake.answer_until_review(OPEN_ASYLUM)


def test_bar_details_page_needs_each_answer(intake):
    answers = {**OPEN_ASYLUM, "firm_resettlement": "yes"}
    while intake.step != "bar_details":
        intake.post(answers)
    response = intake.post({})
    assert intake.step == "bar_details"
    assert "Select whether either applied, or Not sure" in page(response)


def test_forced_recruitment_can_be_given_as_a_reason(intake):
    answers = {**OPEN_ASYLUM, "motives": ["political_opinion", "recruitment"]}
    intake.answer_until_review(answers)
    record = intake.finish()
    assert finding(record, "nexus_one_central_reason")["status"] == "unclear"


def test_entry_page_only_for_an_arrival_on_or_after_may_11_2023(intake):
    """How the client entered matters from the start of the 2023 'lawful pathways' window
    (8 C.F.R. § 1208.33(a): May 11, 2023), then under the 2024 'Securing the Border' rule
    (8 C.F.R. § 1208.35). R5-8: an arrival in the window is asked too."""
    visited = intake.answer_until_review({**OPEN_ASYLUM, "last_arrival_date": "2023-05-10"})
    assert "entry" not in visited


def test_entry_page_for_an_arrival_in_the_lawful_pathways_window(intake):
    answers = {**OPEN_ASYLUM, "last_arrival_date": "2024-03-10"}
    assert "entry" in intake.answer_until_review(answers)
    record = intake.finish()
    # At a port with an appointment: neither border rule is left open.
    bars = finding(record, "asylum_bars")["explanation"]
    assert "lawful pathways" not in bars and "Securing the Border" not in bars


#: The short path for a client who came alone at 16 and is still a child.
CHILD = {
    **ROBBERY,
    "last_arrival_date": "2024-03-01",
    "unaccompanied_child": "yes",
    "client_under_18_now": "yes",
    "parent_available_since_arrival": "no",
    "lawful_status_now": "no",
}


def test_the_child_page_follows_the_filing_page_for_a_child_who_came_alone(intake):
    visited = intake.answer_until_review(CHILD)
    assert visited[visited.index("asylum_filing") + 1] == "child_status"
    record = intake.finish()
    assert record.answers["client_under_18_now"] == "yes"
    # The year ran out long ago, but the client is still an unaccompanied child.
    assert finding(record, "asylum_filing_deadline")["status"] == "met"
    assert relief(record, "asylum") != "barred"


def test_the_child_page_is_not_asked_when_the_client_did_not_come_alone(intake):
    assert "child_status" not in intake.answer_until_review(ROBBERY)


def test_a_client_who_has_turned_18_is_left_to_a_lawyer(intake):
    intake.answer_until_review({**CHILD, "client_under_18_now": "no"})
    record = intake.finish()
    deadline = finding(record, "asylum_filing_deadline")
    assert deadline["status"] == "unclear"
    assert "has turned 18" in deadline["explanation"]
    assert any(cite["authority"] == "Matter of M-A-C-O-" for cite in deadline["citations"])


def test_the_filing_day_page_follows_for_a_filed_child_who_may_have_turned_18(intake):
    """R6-7 and R7-01: the exemption turns on the client's age and lawful status on the day
    the application was filed, asked wherever a client who came alone has filed."""
    answers = {
        **CHILD,
        "asylum_filed": "yes",
        "asylum_filed_date": "2025-06-01",
        "client_under_18_now": "no",
        "under_18_when_filed": "yes",
        "lawful_status_when_filed": "no",
    }
    visited = intake.answer_until_review(answers)
    assert visited[visited.index("child_status") + 1] == "child_at_filing"
    record = intake.finish()
    assert record.answers["under_18_when_filed"] == "yes"
    assert record.answers["lawful_status_when_filed"] == "no"
    assert finding(record, "asylum_filing_deadline")["status"] == "met"


def test_the_filing_day_page_is_asked_for_a_child_still_under_18_who_has_filed(intake):
    """R7-01: a child under 18 today who filed may still have had a visa that day (6 U.S.C.
    § 279(g)(2): "has no lawful immigration status"), so the page is asked; a visa then
    leaves the deadline unclear, not met. Their age that day is not asked: under 18 today,
    they were under 18 then."""
    answers = {
        **CHILD,
        "asylum_filed": "yes",
        "asylum_filed_date": "2025-06-01",
        "lawful_status_when_filed": "yes",
    }
    assert "child_at_filing" in intake.answer_until_review(answers)
    record = intake.finish()
    assert "under_18_when_filed" not in record.answers
    deadline = finding(record, "asylum_filing_deadline")
    assert deadline["status"] == "unclear"
    assert (
        "had lawful immigration status on the day the application was filed"
        in (deadline["explanation"])
    )


def test_a_child_under_18_today_who_filed_without_status_meets_the_deadline(intake):
    """The page's one question for a child still under 18: no lawful status on the filing
    day, with every part of the definition holding, meets the exemption."""
    answers = {
        **CHILD,
        "asylum_filed": "yes",
        "asylum_filed_date": "2025-06-01",
        "lawful_status_when_filed": "no",
    }
    intake.answer_until_review(answers)
    page = reverse(
        "questionnaires:step",
        kwargs={"slug": SLUG, "intake": intake.intake_id, "step": "child_at_filing"},
    )
    shown = intake.client.get(page).content.decode()
    assert "lawful_status_when_filed" in shown and "under_18_when_filed" not in shown
    record = intake.finish()
    assert finding(record, "asylum_filing_deadline")["status"] == "met"


def test_the_filing_day_page_is_not_asked_for_a_filing_within_the_year(intake):
    """R8-23: filed within a year of the last arrival, the deadline is met on the dates
    alone, whatever the client's age or status that day: the filing-day page decides
    nothing and is not asked (so an old answers file is not told it was assumed)."""
    answers = {
        **CHILD,
        "last_arrival_date": "2026-01-05",
        "asylum_filed": "yes",
        "asylum_filed_date": "2026-07-01",
        "client_under_18_now": "no",
    }
    visited = intake.answer_until_review(answers)
    assert "child_status" in visited and "child_at_filing" not in visited
    record = intake.finish()
    assert "lawful_status_when_filed" not in record.answers
    assert finding(record, "asylum_filing_deadline")["status"] == "met"


def test_the_filing_day_page_is_not_asked_before_anything_is_filed(intake):
    assert "child_at_filing" not in intake.answer_until_review({**CHILD, "asylum_filed": "no"})


def test_an_age_on_the_filing_day_sent_for_a_client_under_18_today_is_checked(intake):
    """R7-41: under 18 today cannot be 18 or older on an earlier filing day. The page does
    not ask it, but a forged post that answers it anyway is refused at the field, not
    dropped unread."""
    answers = {
        **CHILD,
        "asylum_filed": "yes",
        "asylum_filed_date": "2025-06-01",
        "under_18_when_filed": "no",
        "lawful_status_when_filed": "no",
    }
    with pytest.raises(AssertionError, match="so was under 18 when the application was filed"):
        intake.answer_until_review(answers)
    assert intake.step == "child_at_filing"


def test_the_filing_day_page_refuses_under_18_then_for_an_arrival_18_years_earlier(intake):
    answers = {
        **CHILD,
        "last_arrival_date": "2005-01-10",
        "client_under_18_now": "no",
        "asylum_filed": "yes",
        "asylum_filed_date": "2024-06-01",
        "under_18_when_filed": "yes",
        "lawful_status_when_filed": "no",
    }
    with pytest.raises(AssertionError, match="cannot have been under 18 then"):
        intake.answer_until_review(answers)
    assert intake.step == "child_at_filing"


def test_the_child_page_refuses_under_18_today_for_an_arrival_18_years_ago(intake):
    """R7-02: a client who last arrived 18 years or more ago cannot be under 18 today."""
    with pytest.raises(AssertionError, match="18 years or more ago, so cannot be under 18"):
        intake.answer_until_review({**CHILD, "last_arrival_date": "2005-01-10"})
    assert intake.step == "child_status"


def test_the_conviction_page_takes_no_for_a_drug_sale_only_as_a_lawyers_finding(intake):
    """R7-05: "No" for a drug trafficking conviction is refused, and its message names the
    answer that is accepted: "No: a lawyer has checked"."""
    convicted = {
        **ROBBERY,
        "has_convictions": "yes",
        "conviction_details": "state sale of a controlled substance, 90 days jail",
        "drug_trafficking": "yes",
        "psc_review": "not_reviewed",
    }
    with pytest.raises(AssertionError, match="No: a lawyer has checked the convictions"):
        intake.answer_until_review({**convicted, "aggravated_felony": "no"})
    assert intake.step == "aggravated_felony"
    intake.answer_until_review({**convicted, "aggravated_felony": "no_lawyer_found"})
    record = intake.finish()
    assert record.answers["aggravated_felony"] == "no_lawyer_found"
    assert finding(record, "asylum_bars")["status"] != "not_met"


def test_the_child_page_is_not_asked_when_a_reinstated_order_closes_asylum(intake):
    answers = {**CHILD, "proceeding_type": "reinstatement", "reinstated_order": "yes"}
    visited = intake.answer_until_review(answers)
    assert "asylum_filing" not in visited and "child_status" not in visited

"""The screenings the simulated staff run: realistic answers for each questionnaire, one
set per branch, given as ``manage.py screen`` takes them (field names, ISO dates, lists).

Each questionnaire's flows together walk its main branches; the locustfile picks one at
random for every screening. A questionnaire that is registered but has no flows here
stops the benchmark (add its flows when it is added).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any


@dataclass(frozen=True)
class Flow:
    slug: str
    name: str
    answers: dict[str, Any]


def days_ago(days: int) -> str:
    return (date.today() - timedelta(days=days)).isoformat()


# Foreign employment income (s 23AG) -------------------------------------------------------

FOREIGN = "foreign-employment-income"

#: CR 2005/54 para 86: 16 weeks in Nauru with the AFP and 4 weeks' leave earned there.
_NAURU = {
    "income_year": "2004-05",
    "australian_resident": "yes",
    "work_capacity": "employee",
    "ruling_class_member": "yes",
    "arrangement_as_described": "yes",
    "service_start": "2004-09-01",
    "service_ended": "yes",
    "service_end": "2005-01-19",
    "died_during_service": "no",
    "absences": [
        {
            "absence_start": "2004-12-23",
            "absence_end": "2005-01-19",
            "absence_kind": "foreign_recreation_leave",
        }
    ],
    "left_early_and_returned": "no",
    "payments_received": ["salary", "deployment_composite_allowance", "mission_allowance"],
    "foreign_tax_reasons": ["foreign_law_no_tax", "specific_agreement"],
    "wants_progression": "yes",
    "other_assessable_income": "60300",
    "other_deductions": "300",
    "exempt_foreign_income": "30100",
    "exempt_income_expenses": "100",
}

_AID_WORK = {
    **_NAURU,
    "income_year": "2023-24",
    "attributable_activity": "development_assistance",
    "ruling_class_member": "no",
    "service_start": "2023-08-01",
    "service_end": "2024-05-31",
    "absences": [
        {
            "absence_start": "2023-12-20",
            "absence_end": "2024-01-05",
            "absence_kind": "foreign_recreation_leave",
        },
        {
            "absence_start": "2024-03-04",
            "absence_end": "2024-03-08",
            "absence_kind": "training_briefing",
        },
    ],
    "payments_received": ["salary", "bonus_or_commission"],
    "payment_circumstances": ["australian_account"],
    "foreign_tax_reasons": ["taxed"],
    "wants_progression": "no",
}

FOREIGN_FLOWS = (
    Flow(FOREIGN, "AFP in Nauru, with progression (para 86)", _NAURU),
    Flow(
        FOREIGN,
        "pre-deployment allowance not exempt",
        {**_NAURU, "payments_received": ["salary", "pre_deployment_composite_allowance"]},
    ),
    Flow(
        FOREIGN,
        "no foreign tax only because Nauru has none",
        {**_NAURU, "foreign_tax_reasons": ["foreign_law_no_tax"], "wants_progression": "no"},
    ),
    Flow(
        FOREIGN,
        "non-resident",
        {**_NAURU, "australian_resident": "no", "residency_change": "never"},
    ),
    Flow(FOREIGN, "contractor", {**_NAURU, "work_capacity": "contractor"}),
    Flow(FOREIGN, "aid work abroad, two absences", _AID_WORK),
    Flow(
        FOREIGN,
        "after 2009 with no listed activity",
        {**_AID_WORK, "attributable_activity": "none"},
    ),
    Flow(
        FOREIGN,
        "Australian leave breaks the 91 days",
        {
            **_NAURU,
            "service_end": "2004-12-20",
            "absences": [
                {
                    "absence_start": "2004-10-01",
                    "absence_end": "2004-10-20",
                    "absence_kind": "australian_accrued_leave",
                }
            ],
            "wants_progression": "no",
        },
    ),
)


# IRS records requests ----------------------------------------------------------------------

IRS = "irs-records-request"

_OWN_FILE = {
    "path": "prepare_request",
    "records_wanted": ["exam_collection_file"],
    "records_owner": "client",
    "requester": "client",
    "records_description": "specific",
    "request_includes": ["signed", "identity", "fees"],
    "request_received": days_ago(3),
}

_PART_RELEASED = {
    "path": "review_response",
    "letter_date": days_ago(12),
    "request_basis": "foia",
    "irs_action": "released_part",
    "exemptions_cited": ["b7e"],
    "matter_status": "closed",
    "items_withheld": ["dif_score_words", "form_code"],
    # The exemption marked on each withheld item; the page keeps the rows for the items
    # ticked (the section 6103 flow withholds the workpapers).
    "item_exemptions": [
        {"item": item, "item_exemption": "b7e"}
        for item in ("dif_score_words", "form_code", "exam_workpapers")
    ],
    "items_released": ["requester_info"],
    "inconsistent_redactions": "no",
    "appeal_status": "not_yet",
}

IRS_FLOWS = (
    Flow(IRS, "own exam file, ready to send", _OWN_FILE),
    Flow(
        IRS, "returns only: Form 4506-T", {**_OWN_FILE, "records_wanted": ["returns_transcripts"]}
    ),
    Flow(
        IRS,
        "clinic sends with Form 2848",
        {
            **_OWN_FILE,
            "records_wanted": ["exam_collection_file", "irs_emails"],
            "requester": "clinic",
            "authorization_form": "form_2848",
            "authorization_covers": "yes",
        },
    ),
    Flow(
        IRS,
        "clinic sends with Form 8821 signed a month ago",
        {
            **_OWN_FILE,
            "requester": "clinic",
            "authorization_form": "form_8821",
            "authorization_covers": "yes",
            "form_8821_signed": days_ago(30),
        },
    ),
    Flow(
        IRS,
        "another person's records, no authorization",
        {**_OWN_FILE, "records_owner": "another_person", "authorization_form": "none"},
    ),
    Flow(
        IRS,
        "another taxpayer too, vague description",
        {
            **_OWN_FILE,
            "records_wanted": ["exam_collection_file", "another_taxpayer"],
            "third_party_consent": "yes",
            "third_party_consent_covers": "yes",
            "third_party_consent_signed": days_ago(20),
            "records_description": "broad_or_vague",
        },
    ),
    Flow(IRS, "part released, DIF words withheld", _PART_RELEASED),
    Flow(
        IRS,
        "everything released",
        {**_PART_RELEASED, "irs_action": "released_all", "items_released": ["none"]},
    ),
    Flow(
        IRS,
        "closed as imperfect",
        {**_PART_RELEASED, "irs_action": "imperfect", "irs_tried_contact": "no"},
    ),
    Flow(
        IRS,
        "section 6103 refusal",
        {
            **_PART_RELEASED,
            "request_basis": "section_6103",
            "irs_action": "denied_all",
            "exemptions_cited": ["not_sure"],
            "items_withheld": ["exam_workpapers"],
            "refusal_reason": "missing_details",
            "irs_tried_contact": "not_sure",
        },
    ),
    Flow(
        IRS,
        "another taxpayer's return withheld, sent with their consent",
        {
            **_PART_RELEASED,
            "exemptions_cited": ["b3_6103"],
            "items_withheld": ["other_taxpayer_return"],
            "item_exemptions": [{"item": "other_taxpayer_return", "item_exemption": "b3_6103"}],
            "other_taxpayer_consent_given": "yes",
        },
    ),
    Flow(
        IRS,
        "others liable for the trust fund recovery penalty, what the IRS collected withheld",
        {
            **_PART_RELEASED,
            "exemptions_cited": ["b3_6103"],
            "items_withheld": ["other_taxpayer_return"],
            "item_exemptions": [{"item": "other_taxpayer_return", "item_exemption": "b3_6103"}],
            "other_taxpayer_consent_given": "no",
            "other_taxpayer_collection_right": "trust_fund_penalty",
        },
    ),
    Flow(IRS, "appeal deadline passed", {**_PART_RELEASED, "letter_date": days_ago(120)}),
    Flow(
        IRS,
        "appeal sent, decision awaited",
        {
            **_PART_RELEASED,
            "appeal_status": "waiting",
            "appeal_received": days_ago(5),
            "appeal_extension_notice": "no",
        },
    ),
    Flow(
        IRS,
        "no records for a file known to exist",
        {**_PART_RELEASED, "irs_action": "no_records", "records_shown_to_exist": "yes"},
    ),
    Flow(
        IRS,
        "former spouse's joint debt",
        {
            **_OWN_FILE,
            "records_wanted": ["exam_collection_file", "another_taxpayer"],
            "third_party_consent": "no",
            "joint_collection_only": "yes",
        },
    ),
    Flow(
        IRS,
        "others liable for the trust fund recovery penalty",
        {
            **_OWN_FILE,
            "records_wanted": ["exam_collection_file", "another_taxpayer"],
            "third_party_consent": "no",
            "joint_collection_only": "no",
            "penalty_others_only": "yes",
        },
    ),
    Flow(
        IRS,
        "no answer, extension notice",
        {
            "path": "no_answer",
            "request_received": days_ago(50),
            "request_basis": "foia",
            "extension_notice": "yes",
        },
    ),
    Flow(
        IRS,
        "no answer, the IRS stopped the clock to ask for information",
        {
            "path": "no_answer",
            "request_received": days_ago(40),
            "request_basis": "foia",
            "sent_to": "foia_office",
            "extension_notice": "no",
            "clock_paused": "yes",
            "pause_asked": days_ago(30),
            "pause_reply_received": days_ago(20),
        },
    ),
)


# Protection from removal --------------------------------------------------------------------

REMOVAL = "removal-protection"

_POLICE_TORTURE = {
    "country_of_return": "Honduras",
    "circuit": "ninth",
    "proceeding_type": "removal_proceedings",
    "reinstated_order": "no",
    "last_arrival_date": days_ago(200),
    # Came to a port of entry with an appointment: the 2024 border rule's exception.
    "last_entry_manner": "port_appointment",
    "asylum_filed": "no",
    "unaccompanied_child": "no",
    "deadline_exception": "not_sure",
    "persecutor_bar": "no",
    "firm_resettlement": "no",
    "prior_asylum_denied": "no",
    "serious_nonpolitical_crime": "no",
    "terrorism_bar": "no",
    "has_convictions": "no",
    "conviction_details": "",
    "past_harm": "yes",
    "harm_narrative": (
        "Police officers detained the client after a protest, beat him and burned his arms, "
        "and told him they would kill him if he spoke against the mayor again."
    ),
    "future_threats_made": "yes",
    "harm_kinds": ["physical_assault", "burning_or_cutting", "detention", "death_threats"],
    "severe_pain": "yes",
    "harm_intentional": "yes",
    "lawful_sanction": "no",
    "visible_scars": "yes",
    "medical_records": "yes",
    "harmers": ["police"],
    "official_duty": "on_duty",
    "officials_in_uniform": "yes",
    "access_through_position": "yes",
    "threatened_official_retaliation": "not_sure",
    "officials_aware": "knew_beforehand",
    "officials_protect_group": "no",
    "reported_to_police": "no",
    "not_reported_reason": "dangerous",
    "motives": ["political_opinion"],
    "social_group_description": "",
    "ground_details": [
        {
            "ground": "political_opinion",
            "ground_known": "knew",
            "ground_evidence": ["what_they_said"],
            "harmed_others_without_ground": "no",
            "would_have_harmed_anyway": "no",
            "lawyer_ground_role": "not_reviewed",
        }
    ],
    "future_risk_source": "same_people",
    "conditions_changed": "no",
    "threats_to_find_anywhere": "yes",
    "client_marked": "yes",
    "safe_area": "no",
    "safe_area_reason": "",
    "country_conditions": ["official_corruption", "human_rights_violations"],
}

_GANG_EXTORTION = {
    **_POLICE_TORTURE,
    "country_of_return": "El Salvador",
    "circuit": "other",
    # Came alone at 16 and is still under 18: the page on unaccompanied children.
    "unaccompanied_child": "yes",
    "client_under_18_now": "yes",
    "parent_available_since_arrival": "no",
    "lawful_status_now": "no",
    "harm_narrative": "A gang demanded rent from the client's shop and beat him when he refused.",
    "harm_kinds": ["physical_assault", "extortion"],
    "severe_pain": "no",
    "visible_scars": "no",
    "medical_records": "no",
    "harmers": ["gang"],
    "officials_aware": "not_aware",
    "officials_protect_group": "not_sure",
    "reported_to_police": "yes",
    "police_response": "did_nothing",
    "motives": ["money", "general_crime"],
    "future_risk_source": "same_people",
    "threats_to_find_anywhere": "no",
    "client_marked": "no",
    "safe_area": "not_sure",
    "country_conditions": ["not_sure"],
}

REMOVAL_FLOWS = (
    Flow(
        REMOVAL,
        "earlier denial abroad, a political crime, terrorism links not yet reviewed",
        {
            **_POLICE_TORTURE,
            "prior_asylum_denied": "yes",
            "prior_denial_by_court": "no",
            "firm_resettlement": "yes",
            "resettlement_exception": "restricted",
            "serious_nonpolitical_crime": "yes",
            "crime_political": "not_sure",
            "terrorism_bar": "yes",
            "terrorism_review": "not_reviewed",
            "last_entry_manner": "between_ports",
        },
    ),
    Flow(REMOVAL, "police torture for political opinion", _POLICE_TORTURE),
    Flow(REMOVAL, "gang extortion, reported to police", _GANG_EXTORTION),
    Flow(
        REMOVAL,
        "reinstated order and a serious conviction",
        {
            **_POLICE_TORTURE,
            "proceeding_type": "reinstatement",
            "reinstated_order": "yes",
            "has_convictions": "yes",
            "conviction_details": "Drug trafficking, 2016, six years.",
            "aggravated_felony": "yes",
            "af_sentence_5_years": "yes",
            "drug_trafficking": "yes",
            "psc_review": "not_reviewed",
        },
    ),
    Flow(
        REMOVAL,
        "religion and social group, two reasons, Sixth Circuit",
        {
            **_POLICE_TORTURE,
            "circuit": "sixth",
            "harmers": ["other_group", "private_person"],
            "officials_aware": "looked_away",
            "reported_to_police": "yes",
            "police_response": "refused_to_help",
            "motives": ["religion", "social_group", "personal_dispute"],
            "social_group_description": "Converts from the village's majority faith",
            "ground_details": [
                {
                    "ground": "religion",
                    "ground_known": "knew",
                    "ground_evidence": ["what_they_said", "harm_worsened"],
                    "harmed_others_without_ground": "not_sure",
                    "would_have_harmed_anyway": "yes",
                    "lawyer_ground_role": "not_reviewed",
                },
                {
                    "ground": "social_group",
                    "ground_known": "attributed",
                    "ground_evidence": ["other_evidence"],
                    "harmed_others_without_ground": "no",
                    "would_have_harmed_anyway": "no",
                    "lawyer_ground_role": "not_reviewed",
                },
            ],
        },
    ),
    Flow(
        REMOVAL,
        "cartel with off-duty officials",
        {
            **_GANG_EXTORTION,
            "harmers": ["cartel", "other_official"],
            "official_duty": "off_duty",
            "officials_aware": "looked_away",
            "police_response": "attackers_were_colleagues",
            "motives": ["social_group"],
            "social_group_description": "Former members of the cartel's rival family",
            "ground_details": [
                {
                    "ground": "social_group",
                    "ground_known": "attributed",
                    "ground_evidence": ["harm_worsened"],
                    "harmed_others_without_ground": "not_sure",
                    "would_have_harmed_anyway": "yes",
                    "lawyer_ground_role": "not_reviewed",
                }
            ],
            "country_conditions": ["collusion"],
        },
    ),
    Flow(
        REMOVAL,
        "personal dispute, safe elsewhere",
        {
            **_GANG_EXTORTION,
            "past_harm": "no",
            "harm_narrative": "",
            "future_threats_made": "no",
            "harmers": ["private_person"],
            "reported_to_police": "no",
            "motives": ["personal_dispute"],
            "future_risk_source": "none_identified",
            "safe_area": "yes",
            "safe_area_reason": "Her brother lives safely in the capital.",
            "country_conditions": ["none_known"],
        },
    ),
    Flow(
        REMOVAL,
        "no past harm, fears unknown people",
        {
            **_GANG_EXTORTION,
            # Filed late, and 18 now: the page on the client's age and status on the filing
            # day (not asked for a filing within the year, R8-23).
            "last_arrival_date": days_ago(500),
            "asylum_filed": "yes",
            "asylum_filed_date": days_ago(30),
            "client_under_18_now": "no",
            "under_18_when_filed": "not_sure",
            "lawful_status_when_filed": "not_sure",
            "past_harm": "no",
            "harm_narrative": "",
            "future_threats_made": "not_sure",
            "harmers": ["unknown"],
            "officials_aware": "not_sure",
            "reported_to_police": "no",
            "motives": ["unknown"],
            "future_risk_source": "not_sure",
            "threats_to_find_anywhere": "not_sure",
            "client_marked": "not_sure",
            "country_conditions": ["none_known"],
        },
    ),
)


FLOWS: dict[str, tuple[Flow, ...]] = {
    FOREIGN: FOREIGN_FLOWS,
    IRS: IRS_FLOWS,
    REMOVAL: REMOVAL_FLOWS,
}

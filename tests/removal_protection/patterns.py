"""The baseline answers the practitioner reviews build their fact patterns on, and the
helpers the pattern tests screen them with (/work/adversarial/13-r5.md, round7.md,
round8.md)."""

from datetime import date

from questionnaires.framework import registry
from questionnaires.framework.screening import screen

#: The day the reviews of rounds 7 and 8 screened their patterns.
TODAY = date(2026, 11, 30)
RELIEF = ("asylum", "withholding", "cat_withholding", "cat_deferral")

#: The reviewer's baseline: Ninth Circuit, removal proceedings, no convictions, arrived
#: June 1, 2026 at a port with an appointment, not filed, no bars; on-duty police in uniform
#: detained and beat the client for his political opinion (what they said; would not have
#: harmed him otherwise); threats, threats to find him anywhere, no safe area.
REVIEW_BASELINE = {
    "client_reference": "",
    "country_of_return": "Mexico",
    "circuit": "ninth",
    "proceeding_type": "removal_proceedings",
    "reinstated_order": "no",
    "has_convictions": "no",
    "last_arrival_date": "2026-06-01",
    "asylum_filed": "no",
    "unaccompanied_child": "no",
    "deadline_exception": "not_sure",
    "last_entry_manner": "port_appointment",
    "persecutor_bar": "no",
    "firm_resettlement": "no",
    "prior_asylum_denied": "no",
    "serious_nonpolitical_crime": "no",
    "terrorism_bar": "no",
    "past_harm": "yes",
    "future_threats_made": "yes",
    "harm_kinds": ["physical_assault", "detention"],
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
    "officials_aware": "not_sure",
    "officials_protect_group": "not_sure",
    "reported_to_police": "no",
    "not_reported_reason": "dangerous",
    "motives": ["political_opinion"],
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
    "client_marked": "no",
    "safe_area": "no",
    "country_conditions": ["human_rights_violations"],
}


def screened(drop=(), **changes):
    """The baseline with a pattern's answers (less those in ``drop``), screened as an
    answers file is: through the wizard's own forms and conditions."""
    answers = {k: v for k, v in {**REVIEW_BASELINE, **changes}.items() if k not in drop}
    return screen(registry.get("removal-protection"), answers, TODAY)


def statuses(screening) -> tuple[str, ...]:
    """Each form of protection's status, in the order of ``RELIEF``."""
    relief = screening.determination.data["relief"]
    return tuple(relief[code]["status"] for code in RELIEF)


def finding(screening, code):
    return screening.determination.finding(code)

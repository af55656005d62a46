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
    "items_withheld": ["dif_score_words", "form_code"],
    "items_released": ["requester_info"],
    "inconsistent_redactions": "no",
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
    Flow(IRS, "appeal deadline passed", {**_PART_RELEASED, "letter_date": days_ago(120)}),
)


FLOWS: dict[str, tuple[Flow, ...]] = {IRS: IRS_FLOWS}

"""What would change the IRS records result: the dates reported directly, and a change of
the kind of help asked for is another screening, not a change to list."""

import json

from tests.irs_records_request.test_screen import REQUEST, RESPONSE, screen


def test_the_due_date_of_the_answer_is_reported(tmp_path):
    document = json.loads(screen(tmp_path, REQUEST, "--today", "2024-12-01"))
    [due] = document["thresholds"]
    assert due["explanation"] == (
        "The IRS's answer is due by January 22, 2025, unless it takes more time in writing."
    )
    assert due["test"] == "response_due"


def test_the_last_day_to_appeal_is_reported(tmp_path):
    document = json.loads(screen(tmp_path, RESPONSE, "--today", "2025-01-10"))
    [appeal] = document["thresholds"]
    assert appeal["explanation"].startswith("The appeal is due by April 2, 2025")
    assert (
        "5 U.S.C. § 552(a)(6)(A)(i)(III)(aa) (as amended by the FOIA Improvement Act of 2016)"
        in (appeal["citations"])
    )


def test_no_authorization_would_stop_the_request(tmp_path):
    found = json.loads(screen(tmp_path, REQUEST, "--today", "2024-12-01"))["what_would_change"]
    [missing] = [c for c in found if c["question"] == "authorization_form" and c["then"] == "none"]
    assert missing["outcome"] == "needs_authorization"
    assert missing["changes"] == {"authorization": "not_met"}


def test_another_kind_of_help_is_not_a_change_of_one_answer(tmp_path):
    found = json.loads(screen(tmp_path, REQUEST, "--today", "2024-12-01"))["what_would_change"]
    assert not [c for c in found if c["question"] == "path"]

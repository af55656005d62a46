"""Fact patterns written by an experienced FOIA and tax-procedure practitioner to break the
IRS records questionnaire (/work/adversarial/issue-15.md; round 4: /work/adversarial/15-r4.md,
R4-1 to R4-18; round 5: /work/adversarial/15-r5.md, R5-1 to R5-23), one test per pattern,
each with the result the law supports. Where this tool answers differently from the reviewer, the
docstring says why."""

import json
from dataclasses import replace
from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from questionnaires.framework.determination import Status
from questionnaires.framework.encoding import form_data
from questionnaires.framework.wording import YesNo
from questionnaires.irs_records_request import citations as c
from questionnaires.irs_records_request import forms
from questionnaires.irs_records_request.rules import (
    AppealStatus,
    AuthorizationForm,
    CollectionRight,
    Description,
    Exemption,
    Facts,
    Flag,
    IrsAction,
    Item,
    MatterStatus,
    Outcome,
    Path,
    RecordKind,
    RecordsOwner,
    RefusalReason,
    Requester,
    RequestPart,
    determine,
)
from questionnaires.irs_records_request.wizard import QUESTIONNAIRE

TODAY = date(2026, 11, 30)
ALL_PARTS = frozenset({RequestPart.SIGNED, RequestPart.IDENTITY, RequestPart.FEES})


def prepared(**overrides) -> Facts:
    """P1: the client signs a FOIA request for the client's own examination file."""
    base = {
        "path": Path.PREPARE_REQUEST,
        "today": TODAY,
        "records_wanted": frozenset({RecordKind.EXAM_COLLECTION_FILE}),
        "records_owner": RecordsOwner.CLIENT,
        "requester": Requester.CLIENT,
        "records_description": Description.SPECIFIC,
        "request_includes": ALL_PARTS,
        "request_received": date(2026, 12, 1),
    }
    base.update(overrides)
    return Facts(**base)


def reviewed(marks: dict | None = None, **overrides) -> Facts:
    """A FOIA letter dated November 2, 2026 that released part of the records, on a request the
    client signed; ``marks`` gives the exemption marked on each withheld item."""
    base = {
        "path": Path.REVIEW_RESPONSE,
        "today": TODAY,
        "letter_date": date(2026, 11, 2),
        "request_basis": "foia",
        "irs_action": IrsAction.RELEASED_PART,
        "exemptions_cited": frozenset({Exemption.B7E}),
        "items_withheld": frozenset(),
        "items_released": frozenset({Item.REQUESTER_INFO}),
        "inconsistent_redactions": YesNo.NO,
        "appeal_status": AppealStatus.NOT_YET,
        "request_signed_by": "client",
    }
    base.update(overrides)
    if marks:
        base["item_exemptions"] = tuple(marks.items())
        base.setdefault("items_withheld", frozenset(marks))
        if not base["items_withheld"]:
            base["items_withheld"] = frozenset(marks)
    return Facts(**base)


def flags(result) -> dict:
    return {
        (row["item"], row["withheld_or_released"]): row["flag"] for row in result.data["items"]
    }


def statuses(result) -> dict:
    return {
        (row["item"], row["withheld_or_released"]): row["status"] for row in result.data["items"]
    }


# ---------------------------------------------------------------------------
# A. Routes and authorizations
# ---------------------------------------------------------------------------


def test_p01_own_exam_file_is_a_foia_request_naming_6103e_with_foias_dates():
    """P1. The client's own examination file: a FOIA request naming I.R.C. § 6103(e) keeps
    the 20 working days (due December 30, 2026), the appeal and court review; a § 6103-only
    request has none. 5 U.S.C. § 552(a)(4)(B), (a)(6)(A)(i); I.R.C. § 6103(e), (e)(7)."""
    result = determine(prepared())
    assert result.outcome == Outcome.READY
    route = result.data["route"]
    assert (route["code"], route["request"], route["authority"], route["is_foia"]) == (
        "6103e",
        "foia_6103",
        "6103(e)",
        True,
    )
    assert "no time limit for the answer" in route["trade_off"]
    assert result.data["response_due"] == "2026-12-30"
    assert "FOIA request that names" in result.headline
    assert {c.FOIA_COURT_REVIEW, c.IRC_6103E7} <= set(result.finding("route").citations)


def test_p02_form_2848_representative_is_the_attorney_in_fact_under_6103e6():
    """P2. A Form 2848 representative receives return information as the taxpayer's
    attorney in fact (I.R.C. § 6103(e)(6)); § 6103(c) is the Form 8821 designee route."""
    facts = prepared(
        records_wanted=frozenset({RecordKind.EXAM_COLLECTION_FILE, RecordKind.WORKPAPERS}),
        requester=Requester.CLINIC,
        authorization_form=AuthorizationForm.FORM_2848,
        authorization_covers=YesNo.YES,
    )
    result = determine(facts)
    assert result.outcome == Outcome.READY
    assert result.data["route"]["authority"] == "6103(e)(6)"
    assert "§ 6103(c)" not in result.finding("authorization").explanation
    assert "attorney in fact (§ 6103(e)(6))" in result.finding("authorization").explanation
    assert result.data["response_due"] == "2026-12-30"


def test_p03_form_8821_signed_long_before_is_not_ready_to_send():
    """P3. A Form 8821 signed 139 days before the IRS receives it. 26 C.F.R.
    § 301.6103(c)-1(b)(2) (read in the eCFR copy): no disclosure under a § 6103(c) consent
    "unless the request or consent is received by the Internal Revenue Service ... within 120
    days following the date upon which the request or consent was signed and dated". The form
    is stale: the request must not go with it; the client signs a new one."""
    received = date(2026, 12, 1)
    signed = received - timedelta(days=139)
    facts = prepared(
        requester=Requester.CLINIC,
        authorization_form=AuthorizationForm.FORM_8821,
        authorization_covers=YesNo.YES,
        form_8821_signed=signed,
        request_received=received,
    )
    result = determine(facts)
    assert result.data["route"]["authority"] == "6103(c)"
    timing = result.finding("form_8821_timing")
    assert timing.status == Status.NOT_MET
    assert "by November 12, 2026 (120 days later)" in timing.explanation
    assert c.REG_CONSENT_120_DAYS in timing.citations
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert "more than 120 days after the client signed it" in result.headline
    assert result.data["form_8821_last_day"] == "2026-11-12"
    assert result.data["response_due"] is None
    # Signed 120 days before it arrives: the last day itself is in time.
    in_time = determine(replace(facts, form_8821_signed=received - timedelta(days=120)))
    assert in_time.finding("form_8821_timing").status == Status.MET
    assert in_time.outcome == Outcome.READY


def test_p04_former_spouses_collection_on_a_joint_debt_needs_no_consent():
    """P4. On written request, either spouse on a joint return (divorced or living apart)
    is told whether the IRS tried to collect the joint deficiency from the other, how, and
    how much: no consent needed (I.R.C. § 6103(e)(8))."""
    facts = prepared(
        records_wanted=frozenset({RecordKind.EXAM_COLLECTION_FILE, RecordKind.ANOTHER_TAXPAYER}),
        third_party_consent=YesNo.NO,
        joint_collection_only=YesNo.YES,
        joint_deficiency_collectible=YesNo.YES,
    )
    result = determine(facts)
    consent = result.finding("other_taxpayer_consent")
    assert consent.status == Status.MET
    assert c.IRC_6103E8 in consent.citations
    assert "Anything else about the other spouse still needs their signed consent" in (
        consent.explanation
    )
    assert result.outcome == Outcome.READY


def test_p05_another_persons_file_without_consent_has_no_due_date():
    """P5. Another person's file with no consent is barred (I.R.C. § 6103(a), (c); FOIA
    (b)(3)); a due date for a request that must not be sent is misleading."""
    facts = prepared(
        records_wanted=frozenset({RecordKind.ANOTHER_TAXPAYER}),
        records_owner=RecordsOwner.ANOTHER_PERSON,
        requester=Requester.CLINIC,
        authorization_form=AuthorizationForm.NONE,
    )
    result = determine(facts)
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert result.data["response_due"] is None
    assert "Do not send the request" in result.data["response_due_reason"]
    assert "response_due" not in {finding.code for finding in result.findings}


def test_p06_corporate_officer_request_needs_a_principal_officers_signature_and_attestation():
    """P6. A corporation's return is open to an officer on a written request "signed by any
    principal officer and attested to by the secretary or other officer" (I.R.C.
    § 6103(e)(1)(D)(ii)); the route is FOIA naming § 6103(e)."""
    result = determine(prepared(records_owner=RecordsOwner.CLIENT_BUSINESS))
    assert result.data["route"]["request"] == "foia_6103"
    assert "attested by the secretary or another officer" in result.data["route"]["reason"]


# ---------------------------------------------------------------------------
# B. Open or closed matters; exemptions item by item
# ---------------------------------------------------------------------------

P7_MARKS = {Item.EXAM_WORKPAPERS: Exemption.B3_6103, Item.IRS_EMAILS: Exemption.B7A}


def test_p07_open_examination_b7a_and_b3_with_6103e7_are_likely_proper():
    """P7. While the examination is open, (b)(7)(A) and (b)(3) with I.R.C. § 6103(e)(7) may
    apply: no strong appeal; ask again once it closes. The (b)(3) text must not say (b)(3)
    cannot keep the client's own information from the client."""
    facts = reviewed(
        P7_MARKS,
        exemptions_cited=frozenset({Exemption.B7A, Exemption.B3_6103}),
        matter_status=MatterStatus.OPEN,
    )
    result = determine(facts)
    assert flags(result)[(Item.EXAM_WORKPAPERS, "withheld")] == "likely_proper"
    assert flags(result)[(Item.IRS_EMAILS, "withheld")] == "likely_proper"
    assert result.finding("b7a_open_matter").status == Status.MET
    assert result.finding("b3_6103").status == Status.MET
    assert "should not keep the client's own information" not in str(result.to_dict())
    assert result.outcome == Outcome.NO_ISSUE_FOUND
    assert "while the matter is open" in result.headline
    assert result.data["appeal_deadline"] == "2027-01-31"


def test_p08_closed_examination_b7a_is_a_strong_ground_of_appeal():
    """P8. (b)(7)(A) protects only against interfering with enforcement proceedings; with
    the examination closed it is likely improper: appeal by January 31, 2027 (a Sunday: have
    it arrive by Friday January 29). 5 U.S.C. § 552(b)(7)(A), (a)(6)(A)(i)(III)(aa)."""
    facts = reviewed(
        {Item.EXAM_WORKPAPERS: Exemption.B7A},
        exemptions_cited=frozenset({Exemption.B7A}),
        matter_status=MatterStatus.CLOSED,
    )
    result = determine(facts)
    assert flags(result)[(Item.EXAM_WORKPAPERS, "withheld")] == "likely_improper"
    assert result.finding("b7a_open_matter").status == Status.NOT_MET
    assert result.outcome == Outcome.APPEAL_RECOMMENDED
    assert result.headline.startswith("Appeal by January 31, 2027")
    assert any("Diary January 29, 2027" in step for step in result.next_steps)


def test_p09_not_known_whether_anything_is_open_is_unclear_not_strong():
    """P9. Whether a collection or criminal matter is still open decides (b)(7)(A): not
    known is unclear, find out (5 U.S.C. § 552(b)(7)(A))."""
    facts = reviewed(
        {Item.EXAM_WORKPAPERS: Exemption.B7A},
        exemptions_cited=frozenset({Exemption.B7A}),
        matter_status=MatterStatus.NOT_KNOWN,
    )
    result = determine(facts)
    assert result.finding("b7a_open_matter").status == Status.UNCLEAR
    assert result.outcome == Outcome.CONSIDER_APPEAL
    assert "Find out whether" in result.finding("b7a_open_matter").explanation


def test_p10_dif_score_under_b3_with_6103b2_is_proper_and_b3_is_explained_correctly():
    """P10. The flush language of I.R.C. § 6103(b)(2) protects audit-selection standards
    (DIF scores) with (b)(3); foreseeable harm does not reach (b)(3) (5 U.S.C.
    § 552(a)(8)(B)). No appeal needed."""
    facts = reviewed(
        {Item.DIF_SCORE_OR_FORMULA: Exemption.B3_6103},
        exemptions_cited=frozenset({Exemption.B3_6103}),
        matter_status=MatterStatus.CLOSED,
        items_released=frozenset({Item.REQUESTER_INFO, Item.EXAM_WORKPAPERS}),
    )
    result = determine(facts)
    assert flags(result)[(Item.DIF_SCORE_OR_FORMULA, "withheld")] == "likely_proper"
    b3 = result.finding("b3_6103")
    assert b3.status == Status.MET
    assert c.IRC_6103B2_SELECTION_STANDARDS in b3.citations
    assert c.FOIA_FORESEEABLE_HARM_NOT_B3 in b3.citations
    assert result.outcome == Outcome.NO_ISSUE_FOUND


def test_p11_privacy_exemptions_against_the_clients_own_information_are_likely_improper():
    """P11. (b)(6) and (b)(7)(C) protect other people's privacy, not the requester's against
    the requester (5 U.S.C. § 552(b)(6), (b)(7)(C); I.R.C. § 6103(e))."""
    facts = reviewed(
        {Item.REQUESTER_INFO: Exemption.B6},
        exemptions_cited=frozenset({Exemption.B6, Exemption.B7C}),
        items_released=frozenset({Item.EXAM_WORKPAPERS}),
        matter_status=MatterStatus.CLOSED,
    )
    result = determine(facts)
    assert flags(result)[(Item.REQUESTER_INFO, "withheld")] == "likely_improper"
    assert statuses(result)[(Item.REQUESTER_INFO, "withheld")] == "not_met"
    assert result.outcome == Outcome.APPEAL_RECOMMENDED
    assert "did not review" not in result.finding("other_exemptions").explanation


def test_p12_b7c_against_a_corporations_information_is_likely_improper():
    """P12. A corporation has no "personal privacy" under (b)(7)(C): FCC v. AT&T Inc., 562
    U.S. 397 (2011). (The employees' names, individuals' information, cannot be answered
    separately: the item list lumps the client and the client's business together.)"""
    facts = reviewed(
        {Item.REQUESTER_INFO: Exemption.B7C},
        exemptions_cited=frozenset({Exemption.B7C}),
        items_released=frozenset(),
        matter_status=MatterStatus.CLOSED,
    )
    result = determine(facts)
    row = next(row for row in result.data["items"] if row["item"] == Item.REQUESTER_INFO)
    assert row["flag"] == "likely_improper"
    assert c.FCC_V_ATT.text in row["citations"]
    assert "a business has no personal privacy" in row["reason"]
    assert result.outcome == Outcome.APPEAL_RECOMMENDED


def test_p13_b5_and_b7e_on_emails_bring_foreseeable_harm_and_segregability():
    """P13. Discretionary withholdings: withhold only if the IRS reasonably foresees harm,
    and segregate and release non-exempt parts (5 U.S.C. § 552(a)(8)(A); § 552(b), last
    sentence). The reviewer rates it appeal-recommended because factual passages sit inside
    whole withheld pages; the tool does not ask that fact, so it recommends considering an
    appeal and puts both statutory arguments in the next steps."""
    facts = reviewed(
        {Item.IRS_EMAILS: Exemption.B5},
        exemptions_cited=frozenset({Exemption.B5, Exemption.B7E}),
        items_released=frozenset({Item.REQUESTER_INFO, Item.EXAM_WORKPAPERS}),
        matter_status=MatterStatus.CLOSED,
    )
    result = determine(facts)
    harm = result.finding("foreseeable_harm")
    assert harm.status == Status.UNCLEAR
    assert harm.citations == (c.FOIA_FORESEEABLE_HARM, c.FOIA_SEGREGABLE)
    assert result.outcome == Outcome.CONSIDER_APPEAL
    assert any("what harm it foresees" in step for step in result.next_steps)
    assert "found seven more cases" in result.finding("other_exemptions").explanation


# ---------------------------------------------------------------------------
# C. Third-party information, tags, "not sure"
# ---------------------------------------------------------------------------


def test_p14_third_party_asset_locator_information_received_says_what_to_do():
    """P14. Other people's return information released to the clinic: no appeal, but do not
    print, publish or pass it on (I.R.C. § 7213(a)(3)); tell the disclosure office. The
    headline must not say the IRS got nothing wrong."""
    facts = reviewed(
        irs_action=IrsAction.RELEASED_ALL,
        exemptions_cited=frozenset(),
        items_released=frozenset({Item.REQUESTER_INFO, Item.ASSET_LOCATOR_THIRD_PARTY}),
        inconsistent_redactions=None,
        appeal_status=None,
    )
    result = determine(facts)
    assert result.outcome == Outcome.NO_ISSUE_FOUND
    assert "no sign that the IRS got this wrong" not in result.headline
    assert flags(result)[(Item.ASSET_LOCATOR_THIRD_PARTY, "released")] == "irs_error"
    step = result.next_steps[0]
    assert "§ 7213(a)(3)" in step and "prints or publishes" in step
    assert "disclosure office" in step


def test_p15_dif_words_withheld_and_form_code_released_carry_different_tags():
    """P15. Withholding "DIF score" under (b)(7)(E) is likely improper (TIGTA Rep. at 4);
    releasing the form code is the IRS's error, not a ground for appeal (at 3 n.8)."""
    facts = reviewed(
        {Item.DIF_SCORE_WORDS: Exemption.B7E},
        items_released=frozenset({Item.FORM_CODE, Item.REQUESTER_INFO}),
        matter_status=MatterStatus.CLOSED,
    )
    result = determine(facts)
    tags = statuses(result)
    assert tags[(Item.DIF_SCORE_WORDS, "withheld")] == "not_met"
    assert tags[(Item.FORM_CODE, "released")] == "not_applicable"
    assert flags(result)[(Item.FORM_CODE, "released")] == "irs_error"
    assert result.outcome == Outcome.APPEAL_RECOMMENDED


def test_p16_exemptions_not_sure_is_unclear_never_no_b7():
    """P16. "Not sure" which exemptions: every exemption finding is unclear; deletions must
    be marked with their exemption (5 U.S.C. § 552(b), last sentence)."""
    facts = reviewed(
        exemptions_cited=frozenset({Exemption.NOT_SURE}),
        items_withheld=frozenset({Item.NOT_SURE}),
        inconsistent_redactions=YesNo.NOT_SURE,
    )
    result = determine(facts)
    assert result.finding("b7_harm").status == Status.UNCLEAR
    assert "does not rely on exemption (b)(7)" not in result.finding("b7_harm").explanation
    assert result.finding("b7a_open_matter").status == Status.UNCLEAR
    assert result.outcome == Outcome.CONSIDER_APPEAL
    assert "worth questioning" not in result.headline


def test_p17_not_sure_what_the_irs_did_is_said_as_unclear():
    """P17. Not sure what the IRS did: nothing can be judged; get the letter, and diary the
    earliest appeal date (5 U.S.C. § 552(a)(6)(A)(i)(III)(aa))."""
    facts = reviewed(
        irs_action=IrsAction.NOT_SURE,
        exemptions_cited=frozenset({Exemption.NOT_SURE}),
        items_withheld=frozenset({Item.NOT_SURE}),
        items_released=frozenset(),
        inconsistent_redactions=YesNo.NOT_SURE,
        refusal_reason=RefusalReason.NOT_SURE,
    )
    result = determine(facts)
    assert "first check the letter" in result.headline
    assert "worth questioning" not in result.headline
    assert result.finding("b7_harm").status == Status.UNCLEAR


# ---------------------------------------------------------------------------
# D. No answer; after the appeal; appeal dates
# ---------------------------------------------------------------------------


def test_p18_no_answer_after_an_extension_is_constructive_exhaustion():
    """P18. Received December 1, 2026: due December 30; the written extension adds no more
    than ten working days, to January 14, 2027; both passed, so the requester is deemed to
    have exhausted (5 U.S.C. § 552(a)(6)(A)(i), (B)(i)-(ii), (C)(i), (a)(4)(B))."""
    facts = Facts(
        path=Path.NO_ANSWER,
        today=date(2027, 1, 20),
        request_basis="foia",
        request_received=date(2026, 12, 1),
        extension_notice=YesNo.YES,
    )
    result = determine(facts)
    assert result.outcome == Outcome.ANSWER_OVERDUE
    assert result.data["response_due"] == "2027-01-14"
    finding = result.finding("answer_due")
    assert "December 30, 2026" in finding.explanation
    assert "constructive exhaustion" in finding.explanation
    assert "FOIA Public Liaison" in finding.explanation and "OGIS" in finding.explanation
    assert {c.FOIA_CONSTRUCTIVE_EXHAUSTION, c.FOIA_PUBLIC_LIAISON_OGIS} <= set(finding.citations)
    assert result.data["appeal_deadline"] is None


def test_p19_appeal_undecided_after_20_working_days_opens_the_court():
    """P19. Appeal received January 4, 2027: decision due February 2 (20 working days; MLK
    Day skipped), February 17 with a written extension; none by February 10 (5 U.S.C.
    § 552(a)(6)(A)(ii), (B)(i), (C)(i), (a)(4)(B))."""
    facts = reviewed(
        {Item.EXAM_WORKPAPERS: Exemption.B7A},
        exemptions_cited=frozenset({Exemption.B7A}),
        matter_status=MatterStatus.CLOSED,
        today=date(2027, 2, 10),
        appeal_status=AppealStatus.WAITING,
        appeal_received=date(2027, 1, 4),
        appeal_extension_notice=YesNo.NO,
    )
    result = determine(facts)
    assert result.outcome == Outcome.ANSWER_OVERDUE
    assert result.data["appeal_decision_due"] == "2027-02-02"
    text = result.finding("appeal_decision").explanation
    assert "February 17, 2027" in text and "district court" in text


def test_p20_day_90_on_a_sunday_means_have_it_arrive_by_friday():
    """P20. Day 90 is Sunday January 31, 2027; FOIA has no weekend rollover; whether a
    postmark is enough depends on the letter (5 U.S.C. § 552(a)(6)(A)(i)(III)(aa))."""
    facts = reviewed(
        {Item.REQUESTER_INFO: Exemption.B6},
        exemptions_cited=frozenset({Exemption.B6}),
        matter_status=MatterStatus.CLOSED,
    )
    window = determine(facts).finding("appeal_window").explanation
    assert "January 31, 2027 is a Sunday" in window
    assert "arrives by January 29, 2027" in window
    assert "unless the letter says a postmark is enough" in window


def test_p21_day_90_was_a_saturday_screened_on_monday():
    """P21. Day 90 was Saturday November 28, 2026; no rollover. Send the appeal today anyway
    and make a new request at once."""
    facts = reviewed(
        {Item.EXAM_WORKPAPERS: Exemption.B7A},
        letter_date=date(2026, 8, 30),
        irs_action=IrsAction.DENIED_ALL,
        exemptions_cited=frozenset({Exemption.B7A}),
        items_released=frozenset(),
        inconsistent_redactions=None,
        matter_status=MatterStatus.CLOSED,
    )
    result = determine(facts)
    assert result.outcome == Outcome.DEADLINE_PASSED
    assert "send the appeal today anyway" in result.headline
    window = result.finding("appeal_window")
    assert window.status == Status.NOT_MET
    assert "November 28, 2026 was a Saturday" in window.explanation
    assert "Send the appeal today anyway" in window.explanation
    assert window.explanation in result.next_steps


def test_p22_the_letters_later_appeal_date_governs():
    """P22. The period is one "determined by the head of the agency that is not less than 90
    days": the letter's December 14, 2026 governs (5 U.S.C. § 552(a)(6)(A)(i)(III)(aa)); the
    DIF/DAS reason code withheld under (b)(7)(E) is likely improper (TIGTA Rep. at 4)."""
    facts = reviewed(
        {Item.DIF_DAS_REASON_CODE: Exemption.B7E},
        letter_date=date(2026, 8, 31),
        letter_appeal_deadline=date(2026, 12, 14),
        matter_status=MatterStatus.CLOSED,
    )
    result = determine(facts)
    assert result.outcome == Outcome.APPEAL_RECOMMENDED
    assert result.data["appeal_deadline"] == "2026-12-14"
    assert "The letter gives December 14, 2026" in result.finding("appeal_window").explanation


def test_p23_letter_dated_after_the_screening_date_is_an_error():
    """P23. A letter dated after today is impossible: an error at the field in the wizard,
    and no appeal date from the rules."""
    facts = reviewed(
        {Item.EXAM_WORKPAPERS: Exemption.B7A},
        letter_date=date(2026, 12, 15),
        irs_action=IrsAction.DENIED_ALL,
        exemptions_cited=frozenset({Exemption.B7A}),
        items_released=frozenset(),
        matter_status=MatterStatus.CLOSED,
    )
    result = determine(facts)
    assert result.finding("appeal_window").status == Status.UNCLEAR
    assert result.data["appeal_deadline"] is None
    future = date.today() + timedelta(days=15)
    step = QUESTIONNAIRE.step("letter_date")
    form = step.bind(form_data(step, {"letter_date": future.isoformat()}), {})
    assert not form.is_valid()
    assert "must be today or in the past" in str(form.errors["letter_date"])


def test_p24_day_90_on_memorial_day():
    """P24. Day 90 is Monday May 31, 2027, Memorial Day: have it arrive by Friday May 28;
    (b)(7)(A) after the examination closed is a strong ground."""
    facts = reviewed(
        {Item.EXAM_WORKPAPERS: Exemption.B7A},
        today=date(2027, 5, 24),
        letter_date=date(2027, 3, 2),
        exemptions_cited=frozenset({Exemption.B7A}),
        matter_status=MatterStatus.CLOSED,
    )
    result = determine(facts)
    assert result.outcome == Outcome.APPEAL_RECOMMENDED
    window = result.finding("appeal_window").explanation
    assert "May 31, 2027 is Memorial Day" in window and "arrives by May 28, 2027" in window


def test_p25_leap_year_day_90_is_today():
    """P25. January 1, 2028 + 90 days = March 31, 2028 (leap year): today is the last day."""
    facts = reviewed(
        {Item.EXAM_WORKPAPERS: Exemption.B7A},
        today=date(2028, 3, 31),
        letter_date=date(2028, 1, 1),
        irs_action=IrsAction.DENIED_ALL,
        exemptions_cited=frozenset({Exemption.B7A}),
        items_released=frozenset(),
        inconsistent_redactions=None,
        matter_status=MatterStatus.CLOSED,
    )
    result = determine(facts)
    assert result.data["appeal_deadline"] == "2028-03-31"
    assert "Today is the last day" in result.finding("appeal_window").explanation


def test_p26_thanksgiving_receipt_and_leap_day_counts_are_kept():
    """P26. Regression: received on Thanksgiving 2026, due December 24 (December 28 if
    counted from the next working day); received February 28, 2028, day 1 is February 29,
    due March 27 (5 U.S.C. § 552(a)(6)(A)(i))."""
    thanksgiving = determine(
        prepared(
            records_wanted=frozenset({RecordKind.EXAM_COLLECTION_FILE, RecordKind.IRS_EMAILS}),
            request_received=date(2026, 11, 26),
        )
    )
    assert thanksgiving.outcome == Outcome.READY
    assert thanksgiving.data["response_due"] == "2026-12-24"
    assert thanksgiving.data["due_date_count"]["due_if_received_next_working_day"] == (
        "2026-12-28"
    )
    leap = determine(
        prepared(
            today=date(2028, 2, 20),
            records_owner=RecordsOwner.CLIENT_BUSINESS,
            requester=Requester.CLINIC,
            authorization_form=AuthorizationForm.FORM_8821,
            authorization_covers=YesNo.NOT_SURE,
            records_description=Description.BROAD_OR_VAGUE,
            request_includes=frozenset({RequestPart.SIGNED, RequestPart.NOT_SURE}),
            request_received=date(2028, 2, 28),
        )
    )
    assert leap.outcome == Outcome.NEEDS_AUTHORIZATION
    assert leap.data["due_date_count"]["first_counted_day"] == "2028-02-29"
    assert leap.data["response_due"] == "2028-03-27"


def test_p27_no_records_for_a_file_the_client_can_prove_exists_is_a_strong_appeal():
    """P27. "No responsive records" while the client holds the examiner's report: a strong
    challenge to the adequacy of the search (TIGTA Rep. at 3 n.6); no advice said twice."""
    facts = reviewed(
        irs_action=IrsAction.NO_RECORDS,
        exemptions_cited=frozenset(),
        items_released=frozenset(),
        inconsistent_redactions=None,
        records_shown_to_exist=YesNo.YES,
        irs_tried_contact=YesNo.NOT_SURE,
    )
    result = determine(facts)
    assert result.finding("closure_check").status == Status.NOT_MET
    assert result.outcome == Outcome.APPEAL_RECOMMENDED
    only_6103 = determine(
        Facts(
            path=Path.REVIEW_RESPONSE,
            today=TODAY,
            letter_date=date(2026, 11, 2),
            request_basis="section_6103",
            irs_action=IrsAction.DENIED_ALL,
            exemptions_cited=frozenset({Exemption.NOT_SURE}),
            items_withheld=frozenset({Item.NOT_SURE}),
            refusal_reason=RefusalReason.NO_RECORDS,
            records_shown_to_exist=YesNo.NOT_SURE,
        )
    )
    steps = only_6103.next_steps
    assert not any("see below on checking the search" in step for step in steps)
    sentences = [s.strip() for step in steps for s in step.split(". ") if s.strip()]
    assert len(sentences) == len(set(sentences))


# ---------------------------------------------------------------------------
# Second (verifying) round: /work/adversarial/issue-15-verify.md
# ---------------------------------------------------------------------------

V1_MARKS = {Item.REQUESTER_INFO: Exemption.B7C}


def v_appeal(**overrides) -> Facts:
    """V1: the client's own information withheld under (b)(7)(C), matter closed; an appeal
    received by IRS Appeals on January 4, 2027, within the 90 days."""
    base = {
        "exemptions_cited": frozenset({Exemption.B7C}),
        "matter_status": MatterStatus.CLOSED,
        "items_released": frozenset({Item.EXAM_WORKPAPERS}),
        "today": date(2027, 2, 10),
        "appeal_status": AppealStatus.WAITING,
        "appeal_received": date(2027, 1, 4),
        "appeal_extension_notice": YesNo.NO,
    }
    base.update(overrides)
    return reviewed(V1_MARKS, **base)


def test_v01_an_appeal_sent_in_time_is_never_too_late():
    """V1. An appeal filed within the "not less than 90 days" is timely; then only the
    decision (20 working days) and court review matter (5 U.S.C. § 552(a)(6)(A)(i)(III)(aa),
    (A)(ii), (a)(4)(B))."""
    result = determine(v_appeal())
    window = result.finding("appeal_window")
    assert window.status == Status.NOT_APPLICABLE
    assert "too late" not in window.explanation
    assert "Appeal due" not in [row["label"] for row in result.data["key_dates"]]
    assert result.outcome == Outcome.ANSWER_OVERDUE
    upheld = determine(v_appeal(appeal_status=AppealStatus.UPHELD, today=date(2027, 3, 1)))
    assert upheld.outcome == Outcome.COURT_REVIEW
    assert "too late" not in upheld.finding("appeal_window").explanation


def test_v02_a_stand_alone_6103e8_request_needs_no_consent():
    """V2. On written request the IRS "shall disclose" to a divorced or separated spouse
    whether, how and how much it collected the joint deficiency from the other (I.R.C.
    § 6103(e)(8)); no consent."""
    facts = prepared(
        records_wanted=frozenset({RecordKind.ANOTHER_TAXPAYER}),
        authorization_form=AuthorizationForm.NONE,
        joint_collection_only=YesNo.YES,
        joint_deficiency_collectible=YesNo.YES,
    )
    result = determine(facts)
    assert result.outcome == Outcome.READY
    assert result.data["route"]["authority"] == "6103(e)(8)"
    # Not said whether the deficiency was assessed and is still collectible: not ready.
    unanswered = Facts(**{**facts.__dict__, "joint_deficiency_collectible": None})
    assert determine(unanswered).outcome == Outcome.NEEDS_AUTHORIZATION
    assert "must refuse" not in result.headline
    assert c.IRC_6103E8 in result.finding("route").citations


def test_v03_the_6103e8_question_states_its_condition():
    """V3. (e)(8) applies only if the spouses "are no longer married or no longer reside in
    the same household": the question says so, and a spouse still living with the client
    answers no (then the other taxpayer's consent is needed)."""
    label = forms.JointCollectionOnlyForm.base_fields["joint_collection_only"].label
    assert "divorced or no longer lives with" in label
    facts = prepared(
        records_wanted=frozenset({RecordKind.EXAM_COLLECTION_FILE, RecordKind.ANOTHER_TAXPAYER}),
        third_party_consent=YesNo.NO,
        joint_collection_only=YesNo.NO,
        penalty_others_only=YesNo.NO,
    )
    result = determine(facts)
    assert result.finding("other_taxpayer_consent").status == Status.NOT_MET
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION


def test_v04_emails_under_b3_while_the_audit_is_open_are_likely_proper():
    """V4. IRS e-mails about the client's examination are the client's return information
    (I.R.C. § 6103(b)(2)(A)); while the audit is open § 6103(e)(7) may keep them back."""
    facts = reviewed(
        {Item.IRS_EMAILS: Exemption.B3_6103},
        exemptions_cited=frozenset({Exemption.B3_6103}),
        matter_status=MatterStatus.OPEN,
    )
    result = determine(facts)
    assert flags(result)[(Item.IRS_EMAILS, "withheld")] == "likely_proper"
    assert "not the client's own return information" not in result.finding("b3_6103").explanation
    assert result.outcome == Outcome.NO_ISSUE_FOUND
    closed = determine(
        reviewed(
            {Item.IRS_EMAILS: Exemption.B3_6103},
            exemptions_cited=frozenset({Exemption.B3_6103}),
            matter_status=MatterStatus.CLOSED,
        )
    )
    assert flags(closed)[(Item.IRS_EMAILS, "withheld")] == "worth_challenging"


def test_v05_a_request_for_information_stops_the_count():
    """V5. The IRS may toll the 20 days once while awaiting information it asked for, or to
    clarify fees (5 U.S.C. § 552(a)(6)(A), sentence after clause (ii)). The tool does not ask
    the tolling dates, so it says the count stops and to add the days waited, rather than
    stating the request is overdue without that caveat."""
    facts = Facts(
        path=Path.NO_ANSWER,
        today=date(2027, 1, 20),
        request_basis="foia",
        request_received=date(2026, 12, 1),
        extension_notice=YesNo.NO,
    )
    finding = determine(facts).finding("answer_due")
    assert "unless the IRS asked for information it needed or to clarify fees" in (
        finding.explanation
    )
    assert "must then appeal that answer first" in finding.explanation


def test_v06_a_late_appeal_is_unclear_not_a_ripe_lawsuit():
    """V6. An appeal that reached the IRS after the deadline may be refused, and then the
    client has not exhausted: ask Appeals, make a new request, see a lawyer (Oglesby v. U.S.
    Dep't of the Army, 920 F.2d 57 (D.C. Cir. 1990), as the reviewer reports)."""
    facts = v_appeal(
        letter_date=date(2026, 8, 3),
        appeal_received=date(2026, 11, 9),
        today=date(2026, 12, 20),
    )
    result = determine(facts)
    assert result.finding("appeal_window").status == Status.UNCLEAR
    assert result.outcome == Outcome.DEADLINE_PASSED
    assert "may now ask a federal court" not in result.headline


def test_v07_appeal_decision_between_day_20_and_30_with_the_notice_not_known():
    """V7. The appeal limit "may be extended by written notice" by up to ten working days
    (5 U.S.C. § 552(a)(6)(B)(i)): with the notice not known, unclear, not overdue."""
    result = determine(v_appeal(appeal_extension_notice=YesNo.NOT_SURE))
    assert result.outcome == Outcome.AWAITING_ANSWER
    assert result.finding("appeal_decision").status == Status.UNCLEAR
    assert "February 17, 2027" in result.headline
    with_notice = determine(v_appeal(appeal_extension_notice=YesNo.YES))
    assert with_notice.outcome == Outcome.AWAITING_ANSWER
    assert with_notice.data["appeal_decision_due"] == "2027-02-17"


def test_v08_no_extension_notice_means_overdue_after_20_working_days():
    """V8. With no written notice the 20 working days govern (5 U.S.C. § 552(a)(6)(A)(i),
    (C)(i)): "no" is not read as "not sure"."""
    facts = Facts(
        path=Path.NO_ANSWER,
        today=date(2027, 1, 6),
        request_basis="foia",
        request_received=date(2026, 12, 1),
        extension_notice=YesNo.NO,
    )
    result = determine(facts)
    assert result.outcome == Outcome.ANSWER_OVERDUE
    assert result.data["response_due"] == "2026-12-30"


def test_v09_law_not_known_does_not_promise_court():
    """V9. FOIA's limits apply only to a FOIA request (5 U.S.C. § 552(a)(6)(A), (C)(i)):
    with the law not known, the headline is conditional."""
    facts = Facts(
        path=Path.NO_ANSWER,
        today=TODAY,
        request_basis="not_sure",
        request_received=date(2026, 10, 1),
        extension_notice=YesNo.NOT_SURE,
    )
    result = determine(facts)
    assert result.outcome == Outcome.AWAITING_ANSWER
    assert result.headline.startswith("Check whether the request was made under FOIA")


def test_v10_others_liable_for_the_trust_fund_recovery_penalty():
    """V10. A person found liable for the § 6672 penalty is told, on written request, who
    else was found liable and whether, how and how much the IRS collected from them (I.R.C.
    § 6103(e)(9)); no consent."""
    facts = prepared(
        records_wanted=frozenset({RecordKind.EXAM_COLLECTION_FILE, RecordKind.ANOTHER_TAXPAYER}),
        third_party_consent=YesNo.NO,
        joint_collection_only=YesNo.NO,
        penalty_others_only=YesNo.YES,
    )
    result = determine(facts)
    consent = result.finding("other_taxpayer_consent")
    assert consent.status == Status.MET and c.IRC_6103E9 in consent.citations
    assert result.outcome == Outcome.READY


def test_v11_another_taxpayers_return_released_gets_the_7213_step():
    """V11. Another taxpayer's return released to the clinic: the IRS's error; do not print,
    publish or pass it on (I.R.C. § 7213(a)(3))."""
    facts = reviewed(
        irs_action=IrsAction.RELEASED_ALL,
        exemptions_cited=frozenset(),
        items_released=frozenset({Item.REQUESTER_INFO, Item.OTHER_TAXPAYER_RETURN}),
        inconsistent_redactions=None,
        appeal_status=None,
    )
    result = determine(facts)
    assert flags(result)[(Item.OTHER_TAXPAYER_RETURN, "released")] == "irs_error"
    assert "§ 7213(a)(3)" in result.next_steps[0]


def test_v12_witnesses_or_employees_names_under_b7c_are_likely_proper():
    """V12. (b)(7)(C) protects individuals named in law-enforcement records; FCC v. AT&T
    denies personal privacy only to the corporation."""
    facts = reviewed(
        {Item.OTHER_PEOPLE_INFO: Exemption.B7C},
        exemptions_cited=frozenset({Exemption.B7C}),
        matter_status=MatterStatus.CLOSED,
    )
    result = determine(facts)
    assert flags(result)[(Item.OTHER_PEOPLE_INFO, "withheld")] == "likely_proper"
    assert result.outcome == Outcome.NO_ISSUE_FOUND


def test_v13_a_letter_date_shorter_than_90_days_is_explained():
    """V13. The requester has "not less than 90 days" (5 U.S.C.
    § 552(a)(6)(A)(i)(III)(aa)): a shorter date in the letter does not bind, and the result
    says so."""
    facts = reviewed(
        {Item.EXAM_WORKPAPERS: Exemption.B7A},
        exemptions_cited=frozenset({Exemption.B7A}),
        matter_status=MatterStatus.CLOSED,
        letter_appeal_deadline=date(2026, 12, 7),
    )
    result = determine(facts)
    assert result.data["appeal_deadline"] == "2027-01-31"
    assert "earlier than the law allows" in result.finding("appeal_window").explanation


def test_v14_a_saturday_receipt_is_not_called_overdue_a_day_early():
    """V14. Delivered Saturday January 16, 2027 (MLK Day on the Monday), with an extension
    notice: counted from the next working day, day 30 is March 3, 2027, today."""
    facts = Facts(
        path=Path.NO_ANSWER,
        today=date(2027, 3, 3),
        request_basis="foia",
        request_received=date(2027, 1, 16),
        extension_notice=YesNo.YES,
    )
    result = determine(facts)
    assert result.outcome == Outcome.AWAITING_ANSWER
    assert result.data["response_due"] == "2027-03-03"


def test_v15_form_8821_signing_date_not_known_is_unclear_never_passed():
    """V15. The 120-day rule is now read (26 C.F.R. § 301.6103(c)-1(b)(2)). When staff do not
    know when the client signed the Form 8821, the tool cannot say the IRS will act on it: the
    timing is unclear and the request is not called ready. A Form 2848 is not a § 6103(c)
    consent, so the rule is not applied to it."""
    facts = prepared(
        requester=Requester.CLINIC,
        authorization_form=AuthorizationForm.FORM_8821,
        authorization_covers=YesNo.YES,
    )
    result = determine(facts)
    assert result.finding("form_8821_timing").status == Status.UNCLEAR
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert "check when the client signed the Form 8821" in result.headline
    assert result.data["form_8821_last_day"] is None
    with_2848 = determine(replace(facts, authorization_form=AuthorizationForm.FORM_2848))
    assert "form_8821_timing" not in {finding.code for finding in with_2848.findings}
    assert with_2848.outcome == Outcome.READY


def test_v16_a_request_received_long_ago_is_not_ready_to_send():
    """V16. A request the IRS received two months ago is not "ready to send": the headline
    points to the follow-up path (5 U.S.C. § 552(a)(6)(C)(i))."""
    result = determine(prepared(request_received=date(2026, 10, 1)))
    assert "ready to send" not in result.headline
    assert "Following up a records request the IRS has not answered" in result.headline


def test_v17_b7a_item_with_the_matter_unknown_is_unclear():
    """V17. With the matter's status unknown, a (b)(7)(A) item is unclear, not a ground the
    IRS failed (5 U.S.C. § 552(b)(7)(A))."""
    facts = reviewed(
        {Item.EXAM_WORKPAPERS: Exemption.B7A},
        exemptions_cited=frozenset({Exemption.B7A}),
        matter_status=MatterStatus.NOT_KNOWN,
    )
    result = determine(facts)
    assert flags(result)[(Item.EXAM_WORKPAPERS, "withheld")] == "unclear"
    assert statuses(result)[(Item.EXAM_WORKPAPERS, "withheld")] == "unclear"


# ---------------------------------------------------------------------------
# Round 3 (/work/adversarial/irs-r3.md): R3-01 to R3-16, each decided on the statute's text
# (5 U.S.C. § 552 and I.R.C. § 6103 as read on November 29, 2026; tests/sources)
# ---------------------------------------------------------------------------


def unanswered(**overrides) -> Facts:
    base = {"path": Path.NO_ANSWER, "today": TODAY, "request_basis": "foia"}
    base.update(overrides)
    return Facts(**base)


def test_r3_01_an_executor_asks_for_the_decedents_file_without_anyones_consent():
    """R3-01 (breaks, fixed). The return of a decedent is open to "the administrator,
    executor, or trustee of his estate" (I.R.C. § 6103(e)(3)(A)); a guardian's likewise
    (§ 6103(e)(2)). No consent from the dead is possible or needed: name § 6103(e)(2)-(3) and
    enclose proof of the appointment."""
    result = determine(prepared(records_owner=RecordsOwner.ESTATE_OR_WARD))
    assert result.data["route"]["authority"] == "6103(e)(2)-(3)"
    assert result.data["route"]["code"] == "6103e"
    assert result.finding("authorization").status == Status.NOT_APPLICABLE
    assert {c.IRC_6103E3, c.IRC_6103E2} <= set(result.finding("route").citations)
    assert result.outcome == Outcome.INCOMPLETE  # the proof of appointment is not confirmed
    assert "proof of the client's appointment" in result.headline
    assert any("letters testamentary" in step for step in result.next_steps)
    # Answered as "another person's" records, the estate and guardian routes are still named.
    other = determine(
        prepared(records_owner=RecordsOwner.ANOTHER_PERSON, authorization_form="none")
    )
    assert "the executor or administrator of the estate may ask" in (
        other.finding("authorization").explanation
    )


def test_r3_02_a_joint_returns_exam_file_needs_no_consent_from_the_former_spouse():
    """R3-02 (breaks, fixed). "in the case of an income tax return filed jointly, either of
    the individuals with respect to whom the return is filed" (§ 6103(e)(1)(B)); return
    information follows unless it would seriously impair tax administration (§ 6103(e)(7))."""
    facts = prepared(
        records_wanted=frozenset({RecordKind.EXAM_COLLECTION_FILE, RecordKind.ANOTHER_TAXPAYER}),
        third_party_consent=YesNo.NO,
        joint_return_records=YesNo.YES,
    )
    result = determine(facts)
    assert result.outcome == Outcome.READY
    consent = result.finding("other_taxpayer_consent")
    assert consent.status == Status.MET
    assert c.IRC_6103E1B in consent.citations
    assert "The other taxpayer's signed consent" not in [
        r["item"] for r in result.data["checklist"]
    ]
    # Not a joint return: consent needed, and the result says why a joint return would differ.
    no = determine(
        prepared(
            records_wanted=facts.records_wanted,
            third_party_consent=YesNo.NO,
            joint_return_records=YesNo.NO,
            joint_collection_only=YesNo.NO,
            penalty_others_only=YesNo.NO,
        )
    )
    assert no.outcome == Outcome.NEEDS_AUTHORIZATION
    assert (
        "either spouse may get a joint return" in no.finding("other_taxpayer_consent").explanation
    )


def test_r3_03_the_clients_own_filed_return_withheld_under_b3_is_likely_improper():
    """R3-03 (breaks, fixed). "The return of a person shall, upon written request, be open to
    ... that individual" (§ 6103(e)(1)(A)); § 6103(e)(7)'s impairment test covers "Return
    information", not the return. Open examination or not."""
    facts = reviewed(
        {Item.OWN_RETURN: Exemption.B3_6103},
        exemptions_cited=frozenset({Exemption.B3_6103}),
        matter_status=MatterStatus.OPEN,
    )
    result = determine(facts)
    assert flags(result)[(Item.OWN_RETURN, "withheld")] == Flag.LIKELY_IMPROPER
    assert result.finding("b3_6103").status == Status.NOT_MET
    assert result.outcome == Outcome.APPEAL_RECOMMENDED
    assert c.IRC_6103E1 in result.finding("withheld_own_return").citations
    # The item is offered on the page, in the staff member's words.
    assert Item.OWN_RETURN in dict(forms.ITEM_CHOICES)


def test_r3_04_an_unnamed_item_marked_b3_is_unclear_not_someone_elses():
    """R3-04 (breaks, fixed). "Other" is not known to be a third party's information: the
    (b)(3) finding is unclear, never "not the client's own return information"."""
    facts = reviewed(
        {Item.OTHER: Exemption.B3_6103},
        exemptions_cited=frozenset({Exemption.B3_6103}),
        matter_status=MatterStatus.OPEN,
    )
    finding = determine(facts).finding("b3_6103")
    assert finding.status == Status.UNCLEAR
    assert "are not the client's own return information" not in finding.explanation
    assert "We cannot tell whose information" in finding.explanation


def test_r3_05_b3_refusal_of_a_clinic_without_an_authorization_is_likely_proper():
    """R3-05 (breaks, fixed). Returns and return information "shall be confidential"
    (§ 6103(a)) save to a designee (§ 6103(c)) or an attorney in fact "duly authorized in
    writing" (§ 6103(e)(6)); third-party requests "must include a valid authorization
    document" (TIGTA Rep. at 5). The step is a new request with one, not an appeal."""
    facts = reviewed(
        {Item.EXAM_WORKPAPERS: Exemption.B3_6103},
        irs_action=IrsAction.DENIED_ALL,
        exemptions_cited=frozenset({Exemption.B3_6103}),
        matter_status=MatterStatus.CLOSED,
        items_released=frozenset(),
        request_signed_by="clinic_not_authorized",
    )
    result = determine(facts)
    assert flags(result)[(Item.EXAM_WORKPAPERS, "withheld")] == Flag.LIKELY_PROPER
    assert result.finding("b3_6103").status == Status.MET
    assert result.outcome == Outcome.NO_ISSUE_FOUND
    assert "Send a new request with a covering Form 2848 or Form 8821" in (
        result.finding("b3_6103").explanation
    )
    assert result.headline.startswith("Nothing to appeal: without the client's signed")
    assert any("Send a new request" in step for step in result.next_steps)
    # Not known who signed: the (b)(3) finding says to check, never that the IRS erred.
    unsure = determine(
        reviewed(
            {Item.EXAM_WORKPAPERS: Exemption.B3_6103},
            exemptions_cited=frozenset({Exemption.B3_6103}),
            matter_status=MatterStatus.CLOSED,
            request_signed_by="not_sure",
        )
    ).finding("b3_6103")
    assert "without the client's signed authorization" in unsure.explanation


def test_r3_06_a_request_handed_to_the_examiner_is_not_yet_overdue():
    """R3-06 (breaks, fixed). The 20 days "shall commence on the date on which the request is
    first received by the appropriate component ..., but in any event not later than ten days
    after" a designated component receives it (5 U.S.C. § 552(a)(6)(A)). Handed to the
    revenue agent on October 26, 2026, the answer is due by December 7, 2026 at the latest
    of that count, so on November 30 it is not yet overdue."""
    facts = unanswered(
        today=date(2026, 11, 30),
        request_received=date(2026, 10, 26),
        extension_notice=YesNo.NO,
        sent_to="other_office",
    )
    result = determine(facts)
    assert result.outcome == Outcome.AWAITING_ANSWER
    assert result.data["response_due"] == "2026-12-07"
    assert result.findings[0].status == Status.UNCLEAR
    assert "acknowledgment letter" in result.headline
    assert c.FOIA_20_DAYS_COMMENCE in result.findings[0].citations


def test_r3_07_a_shareholder_is_among_those_who_may_ask_for_the_corporations_file():
    """R3-07 (weak, fixed). § 6103(e)(1)(D)(iii)-(v): a 1 percent shareholder of record, an S
    corporation's shareholders in the election years, and for a dissolved corporation a
    person State law authorizes."""
    route = determine(prepared(records_owner=RecordsOwner.CLIENT_BUSINESS)).finding("route")
    for words in ("owning 1 percent or more", "for an S corporation", "dissolved corporation"):
        assert words in route.explanation
    assert c.IRC_6103E1D in route.citations


def test_r3_08_the_clients_personal_form_2848_does_not_cover_the_companys_file():
    """R3-08 (weak, fixed). The attorney in fact must be "duly authorized in writing by any of
    the persons described in paragraph (1)" (§ 6103(e)(6)): for the company, by the company
    through a person (e)(1)(D) names."""
    facts = prepared(
        records_owner=RecordsOwner.CLIENT_BUSINESS,
        requester=Requester.CLINIC,
        authorization_form=AuthorizationForm.FORM_2848,
        authorization_covers=YesNo.YES,
    )
    finding = determine(facts).finding("authorization")
    assert "a form the client signed as an individual does not cover them" in finding.explanation
    hint = forms.AuthorizationCoversForm.base_fields["authorization_covers"].help_text
    assert "name the business as the taxpayer" in hint


def test_r3_09_6103e8_needs_an_assessed_deficiency_the_irs_can_still_collect():
    """R3-09 (weak, fixed). § 6103(e)(8) covers a "deficiency of tax with respect to a joint
    return" that "is assessed", and "shall not apply to any deficiency which may not be
    collected by reason of section 6502"; and the text reads "§ 6103(e)(8)", not "§ (e)(8)"."""
    facts = prepared(
        records_wanted=frozenset({RecordKind.ANOTHER_TAXPAYER}),
        records_owner=RecordsOwner.ANOTHER_PERSON,
        authorization_form=AuthorizationForm.NONE,
        joint_collection_only=YesNo.YES,
        joint_deficiency_collectible=YesNo.NO,
    )
    result = determine(facts)
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert "§ 6103(e)(8) does not help here" in result.finding("authorization").explanation
    allowed = determine(
        prepared(
            records_wanted=frozenset({RecordKind.ANOTHER_TAXPAYER}),
            records_owner=RecordsOwner.ANOTHER_PERSON,
            authorization_form=AuthorizationForm.NONE,
            joint_collection_only=YesNo.YES,
            joint_deficiency_collectible=YesNo.NOT_SURE,
        )
    )
    text = " ".join(f.explanation for f in allowed.findings)
    assert "§ (e)(8)" not in text and "§ 6103(e)(8)" in text
    assert allowed.outcome != Outcome.READY


def test_r3_10_an_extension_notice_sent_after_day_20_is_arguably_too_late():
    """R3-10 (weak, fixed). The limits "may be extended by written notice" (§ 552(a)(6)(B)(i))
    and the fee rules speak of "a timely written notice" (§ 552(a)(4)(A)(viii)(II)(aa)): a
    notice dated November 3, after day 20 (October 30), arguably extends nothing."""
    facts = unanswered(
        today=date(2026, 11, 5),
        request_received=date(2026, 10, 1),
        extension_notice=YesNo.YES,
        extension_notice_date=date(2026, 11, 3),
    )
    result = determine(facts)
    assert result.findings[0].status == Status.UNCLEAR
    assert result.data["response_due"] == "2026-10-30"
    assert "arguably overdue since October 30, 2026" in result.headline
    # Without the notice's date, the result says to check it.
    undated = determine(
        unanswered(
            today=date(2026, 11, 5),
            request_received=date(2026, 10, 1),
            extension_notice=YesNo.YES,
        )
    )
    assert "counts only if the IRS sent it by October 30, 2026" in (
        undated.findings[0].explanation
    )


def test_r3_11_overdue_names_the_courts_extra_time_refused_alternatives_and_fees():
    """R3-11 (weak, fixed). Constructive exhaustion stands (§ 552(a)(6)(C)(i)), but a court
    may allow more time, a refused alternative time frame counts (§ 552(a)(6)(C)(iii)), and
    a late agency may not charge search fees (§ 552(a)(4)(A)(viii))."""
    result = determine(
        unanswered(
            today=date(2026, 11, 27),
            request_received=date(2026, 10, 1),
            extension_notice=YesNo.YES,
        )
    )
    assert result.outcome == Outcome.ANSWER_OVERDUE
    finding = result.findings[0]
    assert "refusal of a reasonable offer" in finding.explanation
    assert "may not charge search fees" in finding.explanation
    assert {c.FOIA_REFUSED_ALTERNATIVE, c.FOIA_NO_SEARCH_FEES_WHEN_LATE} <= set(finding.citations)


def test_r3_12_an_appeal_received_on_a_saturday_is_not_overdue_a_day_early():
    """R3-12 (weak, fixed). Counted from the next working day, as a request is, the decision
    on an appeal delivered Saturday January 9, 2027 is due February 9, 2027 (MLK Day
    skipped): not overdue that day (§ 552(a)(6)(A)(ii))."""
    facts = reviewed(
        {Item.REQUESTER_INFO: Exemption.B7C},
        today=date(2027, 2, 9),
        letter_date=date(2026, 11, 16),
        exemptions_cited=frozenset({Exemption.B7C}),
        matter_status=MatterStatus.CLOSED,
        items_released=frozenset({Item.EXAM_WORKPAPERS}),
        appeal_status=AppealStatus.WAITING,
        appeal_received=date(2027, 1, 9),
        appeal_extension_notice=YesNo.NO,
    )
    result = determine(facts)
    assert result.data["appeal_decision_due"] == "2027-02-09"
    assert result.outcome == Outcome.AWAITING_ANSWER


def test_r3_13_an_exemption_marked_but_not_cited_is_flagged():
    """R3-13 (weak, fixed). "the exemption under which the deletion is made, shall be
    indicated" (§ 552(b), flush text): a (b)(7)(A) mark the letter does not cite is a
    discrepancy to check, not "the letter does not cite (b)(7)(A)"."""
    facts = reviewed(
        {Item.EXAM_WORKPAPERS: Exemption.B7A},
        exemptions_cited=frozenset({Exemption.B3_6103}),
        matter_status=MatterStatus.OPEN,
    )
    finding = determine(facts).finding("b7a_open_matter")
    assert finding.status == Status.UNCLEAR
    assert "do not include it" in finding.explanation


def test_r3_14_another_persons_transcript_is_signed_for_by_that_taxpayer():
    """R3-14 (holds). Copies of returns or transcripts: Form 4506 or 4506-T, signed by the
    taxpayer whose returns they are (§ 6103(e)(1) limits who may have them)."""
    result = determine(prepared(records_wanted=frozenset({RecordKind.RETURNS_TRANSCRIPTS})))
    assert result.outcome == Outcome.USE_OTHER_CHANNEL
    assert any("The taxpayer whose returns they are" in step for step in result.next_steps)


def test_r3_15_other_partners_schedules_under_b3_are_judged_under_6103():
    """R3-15 (holds; wording fixed). § 6103(e)(10): a partnership's return disclosed under (e)
    "shall not include any supporting schedule, attachment, or list which includes the
    taxpayer identity information of a person other than the entity". Likely proper, for
    § 6103's reason, not (b)(7)(C)'s."""
    facts = reviewed(
        {Item.OTHER_PEOPLE_INFO: Exemption.B3_6103},
        exemptions_cited=frozenset({Exemption.B3_6103}),
        matter_status=MatterStatus.CLOSED,
    )
    result = determine(facts)
    assert flags(result)[(Item.OTHER_PEOPLE_INFO, "withheld")] == Flag.LIKELY_PROPER
    finding = result.finding("withheld_other_people_info")
    assert "§ 6103(e)(10)" in finding.explanation
    assert "(b)(7)(C) protects" not in finding.explanation
    assert c.IRC_6103E10 in finding.citations


def test_r3_16_an_informants_identity_under_b3_after_closing_is_likely_proper():
    """R3-16 (holds; wording fixed). The informant's identity is the client's return
    information, which the IRS may keep back where disclosure would seriously impair federal
    tax administration (§ 6103(e)(7)); the reason given is § 6103's, for a (b)(3) mark."""
    facts = reviewed(
        {Item.CONFIDENTIAL_SOURCE: Exemption.B3_6103},
        exemptions_cited=frozenset({Exemption.B3_6103, Exemption.B7D}),
        matter_status=MatterStatus.CLOSED,
    )
    result = determine(facts)
    assert flags(result)[(Item.CONFIDENTIAL_SOURCE, "withheld")] == Flag.LIKELY_PROPER
    finding = result.finding("withheld_confidential_source")
    assert "§ 6103(e)(7)" in finding.explanation
    assert c.IRC_6103E7 in finding.citations


# ---------------------------------------------------------------------------
# Round 4 (/work/adversarial/15-r4.md): today is November 30, 2026 unless a pattern says
# otherwise.
# ---------------------------------------------------------------------------

R4_LETTER = date(2026, 10, 15)


def r4_review(marks: dict | None = None, **overrides) -> Facts:
    """A FOIA letter of October 15, 2026 that released part of the records."""
    base = {
        "letter_date": R4_LETTER,
        "matter_status": MatterStatus.CLOSED,
        "items_released": frozenset(),
    }
    base.update(overrides)
    return reviewed(marks, **base)


def test_r4_01_a_clinic_without_authorization_is_rightly_refused_under_any_exemption():
    """R4-1 (BREAK, fixed). Toward a clinic the client has not authorized, the client is a
    third party: § 6103(a) bars giving it the client's return or return information, and the
    client's privacy is protected against it ((b)(6), (b)(7)(C)). Whatever exemption is marked,
    withholding the client's own items from it is likely proper; the step is a new request
    with an authorization, not an appeal."""
    facts = r4_review(
        {
            Item.REQUESTER_INFO: Exemption.B7C,
            Item.EXAM_WORKPAPERS: Exemption.B7A,
            Item.OWN_RETURN: Exemption.B6,
        },
        exemptions_cited=frozenset({Exemption.B6, Exemption.B7C, Exemption.B7A}),
        request_signed_by="clinic_not_authorized",
    )
    result = determine(facts)
    for item in (Item.REQUESTER_INFO, Item.EXAM_WORKPAPERS, Item.OWN_RETURN):
        assert flags(result)[(item, "withheld")] == Flag.LIKELY_PROPER, item
    finding = result.finding("withheld_requester_info")
    assert "Whatever exemption the IRS marked" in finding.explanation
    assert "request_signed_by" in finding.relied_on
    assert result.outcome not in (Outcome.APPEAL_RECOMMENDED, Outcome.CONSIDER_APPEAL)
    assert any("Send a new request" in step for step in result.next_steps)
    others = result.finding("other_exemptions").explanation
    assert "cannot keep the client's own information from the client" not in others
    assert "toward the clinic" in others


def test_r4_02_a_pause_asked_after_day_20_tolls_nothing():
    """R4-2 (BREAK, fixed). Only "the 20-day period" may be tolled (5 U.S.C. § 552(a)(6)(A),
    the sentences after clause (ii)). Received October 1, 2026: day 20 is October 30 (Columbus
    Day skipped); a timely notice adds ten working days, to November 16 (Veterans Day
    skipped). A letter asking for information on November 3, day 22, stops nothing: on
    November 30 the answer is overdue."""
    facts = unanswered(
        request_received=date(2026, 10, 1),
        sent_to="foia_office",
        extension_notice=YesNo.YES,
        extension_notice_date=date(2026, 10, 20),
        clock_paused=YesNo.YES,
        pause_asked=date(2026, 11, 3),
        pause_reply_received=date(2026, 11, 20),
    )
    result = determine(facts)
    assert result.outcome == Outcome.ANSWER_OVERDUE
    assert result.data["response_due"] == "2026-11-16"
    finding = result.finding("answer_due")
    assert finding.status == Status.NOT_MET
    assert "the pause gives it no more time" in finding.explanation


def test_r4_03_a_notice_sent_after_the_paused_due_date_is_arguably_too_late():
    """R4-3 (BREAK, fixed). With the pause of October 8-13 left out, the 20 working days
    ended November 4, 2026; a notice of unusual circumstances dated November 9 came after
    that and arguably extends nothing (§ 552(a)(6)(B)(i)). Unclear: arguably overdue since
    November 4; November 19 if the notice counts. Never "not due yet"."""
    facts = unanswered(
        today=date(2026, 11, 12),
        request_received=date(2026, 10, 1),
        sent_to="foia_office",
        extension_notice=YesNo.YES,
        extension_notice_date=date(2026, 11, 9),
        clock_paused=YesNo.YES,
        pause_asked=date(2026, 10, 8),
        pause_reply_received=date(2026, 10, 13),
    )
    result = determine(facts)
    finding = result.finding("answer_due")
    assert finding.status == Status.UNCLEAR
    assert result.data["response_due"] == "2026-11-04"
    assert "arguably" in finding.explanation
    assert "November 19, 2026" in finding.explanation
    assert "not due yet" not in result.headline
    assert "arguably overdue since November 4, 2026" in result.headline


def test_r4_04_sent_to_another_office_with_the_notice_not_known_is_unclear_until_day_30():
    """R4-4 (BREAK, fixed). Handed to another office on October 1, 2026, the 20 days began no
    later than October 11; with a possible notice of unusual circumstances, 30 working days
    end November 24. Until then it is unclear, never "overdue since October 30"; after it,
    overdue by November 24 at the latest."""
    facts = unanswered(
        today=date(2026, 11, 20),
        request_received=date(2026, 10, 1),
        sent_to="other_office",
        extension_notice=YesNo.NOT_SURE,
        clock_paused=YesNo.NO,
    )
    result = determine(facts)
    assert result.findings[0].status == Status.UNCLEAR
    assert result.outcome == Outcome.AWAITING_ANSWER
    assert result.data["response_due"] == "2026-11-24"
    assert "October 30" not in result.headline
    later = determine(replace(facts, today=date(2026, 11, 25)))
    assert later.outcome == Outcome.ANSWER_OVERDUE
    assert later.data["response_due"] == "2026-11-24"
    assert "October 30" not in later.headline
    assert "acknowledgment letter" in later.findings[0].explanation


def test_r4_05_a_form_8821_signed_after_the_request_arrived_did_not_come_with_it():
    """R4-5 (BREAK, fixed). A Form 8821 signed November 20, 2026 cannot have come with a
    request the IRS received on November 10: it had no § 6103(c) consent then (§ 6103(a);
    26 C.F.R. § 301.6103(c)-1(b)(2)). Not ready; send the form now or make a new request."""
    facts = prepared(
        requester=Requester.CLINIC,
        authorization_form=AuthorizationForm.FORM_8821,
        authorization_covers=YesNo.YES,
        form_8821_signed=date(2026, 11, 20),
        request_received=date(2026, 11, 10),
        matter_status=MatterStatus.CLOSED,
    )
    result = determine(facts)
    timing = result.finding("form_8821_timing")
    assert timing.status == Status.UNCLEAR
    assert "cannot have come with the request" in timing.explanation
    assert result.outcome != Outcome.READY
    assert "dated after the request reached the IRS" in result.headline
    # A request already received, with everything in order, is not "ready to send".
    sent = determine(prepared(request_received=date(2026, 11, 10)))
    assert sent.outcome == Outcome.READY
    assert "ready to send" not in sent.headline
    assert sent.headline.startswith("The request reached the IRS on November 10, 2026")


def test_r4_06_another_taxpayers_return_withheld_turns_on_their_consent():
    """R4-6 (BREAK, fixed). Withholding another taxpayer's return under (b)(3) is proper only
    if the request had neither their signed consent (§ 6103(c)) nor a joint return the client
    filed with them (§ 6103(e)(1)(B)). The review path now asks; not known is unclear."""
    marks = {Item.OTHER_TAXPAYER_RETURN: Exemption.B3_6103}
    base = {
        "exemptions_cited": frozenset({Exemption.B3_6103}),
        "request_signed_by": "clinic_authorized",
        "items_released": frozenset({Item.REQUESTER_INFO}),
    }
    not_known = determine(r4_review(marks, **base))
    assert flags(not_known)[(Item.OTHER_TAXPAYER_RETURN, "withheld")] == Flag.UNCLEAR
    assert not_known.outcome != Outcome.NO_ISSUE_FOUND
    assert "no appeal is needed" not in not_known.headline
    assert not_known.finding("b3_6103").status == Status.UNCLEAR
    given = determine(r4_review(marks, other_taxpayer_consent_given=YesNo.YES, **base))
    assert flags(given)[(Item.OTHER_TAXPAYER_RETURN, "withheld")] == Flag.WORTH_CHALLENGING
    assert given.finding("b3_6103").status == Status.NOT_MET
    assert given.outcome in (Outcome.APPEAL_RECOMMENDED, Outcome.CONSIDER_APPEAL)
    none = determine(
        r4_review(
            marks,
            other_taxpayer_consent_given=YesNo.NO,
            other_taxpayer_collection_right=CollectionRight.NEITHER,
            **base,
        )
    )
    assert flags(none)[(Item.OTHER_TAXPAYER_RETURN, "withheld")] == Flag.LIKELY_PROPER
    assert none.outcome == Outcome.NO_ISSUE_FOUND
    # Round 5 (R5-5): without consent, § 6103(e)(8) and (e)(9) may still open part of it.
    no_consent = determine(r4_review(marks, other_taxpayer_consent_given=YesNo.NO, **base))
    assert flags(no_consent)[(Item.OTHER_TAXPAYER_RETURN, "withheld")] == Flag.UNCLEAR


def test_r4_07_the_other_taxpayers_consent_is_checked_like_any_6103c_consent():
    """R4-7 (BREAK, fixed). The other taxpayer's consent is a § 6103(c) consent: signed and
    dated by that taxpayer, naming the designee, the information and the years (26 C.F.R.
    § 301.6103(c)-1(b)(1)), and received within 120 days of its signing ((b)(2)). The route
    names § 6103(c) for their records alongside § 6103(e)(6) for the client's."""
    base = {
        "records_wanted": frozenset(
            {RecordKind.EXAM_COLLECTION_FILE, RecordKind.ANOTHER_TAXPAYER}
        ),
        "requester": Requester.CLINIC,
        "authorization_form": AuthorizationForm.FORM_2848,
        "authorization_covers": YesNo.YES,
        "third_party_consent": YesNo.YES,
        "request_received": date(2026, 12, 10),
        "matter_status": MatterStatus.CLOSED,
    }
    nothing_checked = determine(prepared(**base))
    assert nothing_checked.outcome == Outcome.NEEDS_AUTHORIZATION
    assert nothing_checked.finding("other_taxpayer_consent").status == Status.UNCLEAR
    assert nothing_checked.finding("other_taxpayer_consent_timing").status == Status.UNCLEAR
    checked = determine(
        prepared(
            **base,
            third_party_consent_covers=YesNo.YES,
            third_party_consent_signed=date(2026, 11, 1),
        )
    )
    assert checked.outcome == Outcome.READY
    assert checked.data["third_party_consent_last_day"] == "2027-03-01"
    route = checked.finding("route").explanation
    assert "§ 6103(e)(6)" in route and "also name § 6103(c)" in route
    stale = determine(
        prepared(
            **base,
            third_party_consent_covers=YesNo.YES,
            third_party_consent_signed=date(2026, 8, 1),
        )
    )
    assert stale.finding("other_taxpayer_consent_timing").status == Status.NOT_MET
    assert stale.outcome == Outcome.NEEDS_AUTHORIZATION


def test_r4_08_not_sure_who_signed_is_never_read_as_authorized():
    """R4-8 (BREAK, fixed). If the clinic signed without a Form 2848 or 8821, a (b)(3)
    withholding of the client's information was proper (§ 6103(a)); "Not sure" who signed
    leaves a challenge to it unclear, with the check to make first."""
    facts = r4_review(
        {Item.REQUESTER_INFO: Exemption.B3_6103, Item.EXAM_WORKPAPERS: Exemption.B3_6103},
        exemptions_cited=frozenset({Exemption.B3_6103}),
        request_signed_by="not_sure",
    )
    result = determine(facts)
    for item in (Item.REQUESTER_INFO, Item.EXAM_WORKPAPERS):
        assert flags(result)[(item, "withheld")] == Flag.UNCLEAR, item
    finding = result.finding("withheld_exam_workpapers")
    assert "we do not know who signed the request" in finding.explanation
    assert any("First check who signed the request" in step for step in result.next_steps)


def test_r4_09_an_upheld_appeal_with_nothing_arguable_does_not_send_the_client_to_court():
    """R4-9 (BREAK, fixed). Court review is available (§ 552(a)(4)(B)), but with the only
    withholding likely proper (DIF scores under § 6103(b)(2) and (b)(3)) the headline must not
    tell staff the next step is court."""
    facts = reviewed(
        {Item.DIF_SCORE_OR_FORMULA: Exemption.B3_6103},
        letter_date=date(2026, 6, 1),
        exemptions_cited=frozenset({Exemption.B3_6103, Exemption.B7E}),
        matter_status=MatterStatus.CLOSED,
        request_signed_by="client",
        items_released=frozenset({Item.REQUESTER_INFO, Item.EXAM_WORKPAPERS}),
        appeal_status=AppealStatus.UPHELD,
    )
    result = determine(facts)
    assert flags(result)[(Item.DIF_SCORE_OR_FORMULA, "withheld")] == Flag.LIKELY_PROPER
    assert result.outcome == Outcome.COURT_REVIEW
    assert "we found nothing the IRS likely got wrong" in result.headline
    assert "Talk to a lawyer about filing" not in result.headline


def test_r4_10_released_part_with_nothing_named_withheld_is_unclear():
    """R4-10 (BREAK, fixed). A partial release withheld something; with no item named, the
    exemptions and segregability (§ 552(b), flush text) cannot be judged: unclear, never
    "no appeal is needed"."""
    facts = r4_review(
        exemptions_cited=frozenset({Exemption.B7A}),
        matter_status=MatterStatus.OPEN,
        request_signed_by="client",
        items_withheld=frozenset(),
        items_released=frozenset({Item.REQUESTER_INFO}),
    )
    result = determine(facts)
    finding = result.finding("withheld_records_identified")
    assert finding.status == Status.UNCLEAR
    assert c.FOIA_SEGREGABLE in finding.citations
    assert result.outcome != Outcome.NO_ISSUE_FOUND
    assert "no appeal is needed" not in result.headline
    assert any("no item withheld was named" in step for step in result.next_steps)


def test_r4_11_a_stale_form_8821_headline_allows_for_one_the_irs_already_has():
    """R4-11 (MINOR, fixed). § 301.6103(c)-1(b)(2) asks when the IRS received the form: the
    headline allows for one already on the Centralized Authorization File."""
    facts = prepared(
        requester=Requester.CLINIC,
        authorization_form=AuthorizationForm.FORM_8821,
        authorization_covers=YesNo.YES,
        form_8821_signed=date(2026, 7, 1),
        request_received=date(2026, 12, 10),
        matter_status=MatterStatus.OPEN,
    )
    result = determine(facts)
    assert result.outcome == Outcome.NEEDS_AUTHORIZATION
    assert "Unless the IRS already received this form in time" in result.headline
    assert "Centralized Authorization File" in result.headline


def test_r4_12_another_persons_form_8821_is_theirs_not_the_clients():
    """R4-12 (MINOR, fixed). For another person's records, that person signs the Form 8821
    and the client is their designee. The 120 days still run out on August 29, 2026."""
    facts = prepared(
        records_owner=RecordsOwner.ANOTHER_PERSON,
        authorization_form=AuthorizationForm.FORM_8821,
        authorization_covers=YesNo.YES,
        form_8821_signed=date(2026, 5, 1),
        request_received=date(2026, 12, 10),
    )
    result = determine(facts)
    timing = result.finding("form_8821_timing")
    assert timing.status == Status.NOT_MET
    assert "August 29, 2026" in timing.explanation
    assert timing.explanation.startswith("The other person signed the Form 8821")
    assert "client's designee" not in result.finding("authorization").explanation
    assert "that person's designee" in result.finding("authorization").explanation
    assert "after that person signed it" in result.headline


def test_r4_13_the_letters_own_appeal_date_is_named_as_applied():
    """R4-13 (MINOR, fixed). The letter's own later date (Sunday November 29, 2026) was used;
    FOIA does not roll it to Monday. The finding no longer tells staff to use a date they
    already entered."""
    facts = reviewed(
        {Item.EXAM_WORKPAPERS: Exemption.B7A},
        letter_date=date(2026, 8, 20),
        letter_appeal_deadline=date(2026, 11, 29),
        irs_action=IrsAction.DENIED_ALL,
        exemptions_cited=frozenset({Exemption.B7A}),
        matter_status=MatterStatus.CLOSED,
        request_signed_by="client",
        items_released=frozenset(),
    )
    result = determine(facts)
    assert result.outcome == Outcome.DEADLINE_PASSED
    assert "a day the IRS was closed" in result.headline
    window = result.finding("appeal_window").explanation
    assert "That is the letter's own date" in window
    assert "If the letter gives a later date" not in window
    assert "unless the letter gives a later appeal date" not in result.headline
    assert not any("Check the letter for its appeal deadline" in s for s in result.next_steps)


def test_r4_14_open_matter_b3_items_are_proper_but_inconsistency_is_a_ground():
    """R4-14 (OK). While the matter is open, § 6103(e)(7) may justify the (b)(3) withholding;
    the inconsistent redactions are the ground of appeal (TIGTA Rep. at 5)."""
    facts = r4_review(
        {Item.IRS_EMAILS: Exemption.B3_6103, Item.REQUESTER_INFO: Exemption.B3_6103},
        exemptions_cited=frozenset({Exemption.B3_6103}),
        matter_status=MatterStatus.OPEN,
        request_signed_by="client",
        inconsistent_redactions=YesNo.YES,
    )
    result = determine(facts)
    assert result.outcome == Outcome.APPEAL_RECOMMENDED
    assert result.data["appeal_deadline"] == "2027-01-13"
    for item in (Item.IRS_EMAILS, Item.REQUESTER_INFO):
        assert flags(result)[(item, "withheld")] == Flag.LIKELY_PROPER
    assert result.finding("consistent_redactions").status == Status.NOT_MET


def test_r4_15_christmas_eve_receipt_is_due_january_26():
    """R4-15 (OK). Received Thursday December 24, 2026: day 1 is December 28; Christmas, New
    Year's Day and Martin Luther King Day (January 18, 2027) are skipped: due January 26."""
    facts = prepared(
        records_wanted=frozenset(
            {RecordKind.RETURNS_TRANSCRIPTS, RecordKind.EXAM_COLLECTION_FILE}
        ),
        request_received=date(2026, 12, 24),
        matter_status=MatterStatus.CLOSED,
    )
    result = determine(facts)
    assert result.outcome == Outcome.READY
    assert result.data["response_due"] == "2027-01-26"
    assert result.data["due_date_count"]["first_counted_day"] == "2026-12-28"
    assert "Form 4506-T" in result.finding("route").explanation


def test_r4_16_appeal_pending_dif_words_and_a_released_return():
    """R4-16 (OK). Appeal received Monday November 2, 2026: decision due December 2 (Veterans
    Day and Thanksgiving skipped). The words "DIF score" withheld are likely improper (TIGTA at
    4), the form code likely proper; another taxpayer's return released is the IRS's error,
    with the § 7213(a)(3) step."""
    facts = r4_review(
        {Item.DIF_SCORE_WORDS: Exemption.B7E, Item.FORM_CODE: Exemption.B7E},
        exemptions_cited=frozenset({Exemption.B7E}),
        request_signed_by="client",
        items_released=frozenset({Item.OTHER_TAXPAYER_RETURN, Item.REQUESTER_INFO}),
        appeal_status=AppealStatus.WAITING,
        appeal_received=date(2026, 11, 2),
        appeal_extension_notice=YesNo.NO,
    )
    result = determine(facts)
    assert result.data["appeal_decision_due"] == "2026-12-02"
    assert flags(result)[(Item.DIF_SCORE_WORDS, "withheld")] == Flag.LIKELY_IMPROPER
    assert flags(result)[(Item.FORM_CODE, "withheld")] == Flag.LIKELY_PROPER
    assert flags(result)[(Item.OTHER_TAXPAYER_RETURN, "released")] == Flag.IRS_ERROR
    assert any("§ 7213(a)(3)" in step for step in result.next_steps)


def test_r4_17_law_not_sure_everything_withheld_while_open_is_hedged():
    """R4-17 (OK). The law is not known: the appeal window says the 90 days are FOIA's;
    the workpapers are likely proper while the matter is open."""
    facts = reviewed(
        {Item.EXAM_WORKPAPERS: Exemption.B3_6103},
        letter_date=date(2026, 9, 3),
        request_basis="not_sure",
        irs_action=IrsAction.DENIED_ALL,
        exemptions_cited=frozenset({Exemption.B3_6103}),
        matter_status=MatterStatus.OPEN,
        request_signed_by="client",
        items_released=frozenset(),
        refusal_reason=RefusalReason.OTHER,
    )
    result = determine(facts)
    assert result.outcome == Outcome.CONSIDER_APPEAL
    assert result.data["appeal_deadline"] == "2026-12-02"
    assert "this period is FOIA's" in result.finding("appeal_window").explanation
    assert flags(result)[(Item.EXAM_WORKPAPERS, "withheld")] == Flag.LIKELY_PROPER


def test_r4_18_an_extension_notice_dated_before_receipt_is_refused_at_the_field():
    """R4-18 (OK). A notice cannot be dated before the IRS received the request."""
    step = QUESTIONNAIRE.step("extension_notice")
    answers = {"extension_notice": "yes", "extension_notice_date": "2026-09-20"}
    form = step.bind(form_data(step, answers), {"request_received": "2026-10-01"})
    assert not form.is_valid()
    assert "cannot be dated before the IRS received the request" in str(form.errors)


# ---------------------------------------------------------------------------
# Round 5 (/work/adversarial/15-r5.md): R5-1 to R5-23, each on the reviewer's own answers,
# screened through the wizard's forms and conditions (``manage.py screen``). Today is
# November 30, 2026 unless a pattern says otherwise. Law read for this round: I.R.C.
# § 6103(b)(2)(A), (e)(6), (e)(8) and (e)(9) in the U.S. Code (26 U.S.C. § 6103).
# ---------------------------------------------------------------------------

SLUG = "irs-records-request"


def screened(tmp_path, answers: dict, today: str = "2026-11-30") -> dict:
    """``manage.py screen`` on the reviewer's answers, as JSON."""
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    out = StringIO()
    call_command(
        "screen", SLUG, "--answers", str(path), "--today", today, "--format", "json", stdout=out
    )
    return json.loads(out.getvalue())


def finding_of(result: dict, code: str) -> dict:
    return next(f for f in result["findings"] if f["code"] == code)


def row_of(result: dict, item: str, side: str = "withheld") -> dict:
    return next(
        row
        for row in result["data"]["items"]
        if row["item"] == item and row["withheld_or_released"] == side
    )


#: The common part of the reviewer's review-path answers: a FOIA letter of October 15, 2026
#: that released part of the records, the matter closed, no appeal yet.
R5_LETTER = {
    "path": "review_response",
    "letter_date": "2026-10-15",
    "request_basis": "foia",
    "irs_action": "released_part",
    "matter_status": "closed",
    "items_released": ["none"],
    "inconsistent_redactions": "no",
    "appeal_status": "not_yet",
}

P01 = {
    **R5_LETTER,
    "exemptions_cited": ["b7e"],
    "request_signed_by": "clinic_not_authorized",
    "items_withheld": ["dif_score_words", "dif_das_reason_code"],
    "item_exemptions": [
        {"item": "dif_score_words", "item_exemption": "b7e"},
        {"item": "dif_das_reason_code", "item_exemption": "b7e"},
    ],
}


def test_r5_01_dif_words_and_reason_code_are_the_clients_return_information(tmp_path):
    """R5-1 (BREAK, fixed). The words "DIF score" and the DIF/DAS reason code in the client's
    file are data the IRS recorded about the client's return, showing whether it was or will
    be examined: the client's return information (I.R.C. § 6103(b)(2)(A), as read). TIGTA's
    finding that (b)(7)(E) does not cover them assumes an entitled requester; toward a clinic
    with no Form 2848 or 8821, § 6103(a) bars release whatever exemption is marked (R4-1)."""
    result = screened(tmp_path, P01)
    for item in ("dif_score_words", "dif_das_reason_code"):
        row = row_of(result, item)
        assert row["flag"] == Flag.LIKELY_PROPER, item
        assert "I.R.C. § 6103(b)(2)(A)" in row["citations"]
        assert "Whatever exemption the IRS marked" in row["reason"]
    assert result["outcome"] == Outcome.NO_ISSUE_FOUND
    assert result["headline"].startswith("Nothing to appeal: without the client's signed")
    assert any("Send a new request" in step for step in result["next_steps"])
    # The DIF analysis for a requester the client authorized is TIGTA's, unchanged.
    authorized = screened(tmp_path, {**P01, "request_signed_by": "clinic_authorized"})
    assert row_of(authorized, "dif_score_words")["flag"] == Flag.LIKELY_IMPROPER
    assert row_of(authorized, "dif_das_reason_code")["flag"] == Flag.LIKELY_IMPROPER
    assert authorized["outcome"] == Outcome.APPEAL_RECOMMENDED
    # DIF scores and formulas stay likely proper whoever signed (§ 6103(b)(2), last sentence).
    scores = screened(
        tmp_path,
        {
            **P01,
            "items_withheld": ["dif_score_or_formula"],
            "item_exemptions": [{"item": "dif_score_or_formula", "item_exemption": "b7e"}],
        },
    )
    assert row_of(scores, "dif_score_or_formula")["flag"] == Flag.LIKELY_PROPER


P02 = {
    **R5_LETTER,
    "exemptions_cited": ["b7e"],
    "request_signed_by": "not_sure",
    "items_withheld": ["dif_score_words", "form_code"],
    "item_exemptions": [
        {"item": "dif_score_words", "item_exemption": "b7e"},
        {"item": "form_code", "item_exemption": "b7e"},
    ],
}


def test_r5_02_dif_words_with_the_signer_not_known_are_unclear(tmp_path):
    """R5-2 (BREAK, fixed). Had the clinic signed without an authorization, withholding the
    words "DIF score" was required by § 6103(a); "Not sure" who signed leaves the challenge
    unclear, with the check to make first. The form code stays likely proper."""
    result = screened(tmp_path, P02)
    words = row_of(result, "dif_score_words")
    assert words["flag"] == Flag.UNCLEAR
    assert "we do not know who signed the request" in words["reason"]
    assert words["ask"].startswith("First check who signed the request")
    assert row_of(result, "form_code")["flag"] == Flag.LIKELY_PROPER
    assert result["outcome"] == Outcome.CONSIDER_APPEAL
    assert "first check who signed the request" in result["headline"]
    assert "request_signed_by" in finding_of(result, "withheld_dif_score_words")["relied_on"]


P03 = {
    **R5_LETTER,
    "exemptions_cited": ["b3_6103", "b7a"],
    "request_signed_by": "not_sure",
    "items_withheld": ["requester_info", "exam_workpapers"],
    "item_exemptions": [
        {"item": "requester_info", "item_exemption": "b7c"},
        {"item": "exam_workpapers", "item_exemption": "b7a"},
    ],
}


def test_r5_03_b7a_after_close_with_the_signer_not_known_is_not_a_sure_appeal(tmp_path):
    """R5-3 (BREAK, fixed). (b)(7)(A) after the matter closed is a strong ground of appeal
    (5 U.S.C. § 552(b)(7)(A)) only for a requester entitled to the client's information; had
    the clinic signed without an authorization, § 6103(a) barred release whatever the label.
    With "Not sure" who signed and only the client's own items withheld, the letter-level
    finding is unclear, its step says whose signature makes it an appeal, and the outcome is
    "consider an appeal"."""
    result = screened(tmp_path, P03)
    b7a = finding_of(result, "b7a_open_matter")
    assert b7a["status"] == Status.UNCLEAR
    assert "we do not know who signed the request" in b7a["explanation"]
    assert "request_signed_by" in b7a["relied_on"]
    assert result["outcome"] == Outcome.CONSIDER_APPEAL
    assert "likely withheld information" not in result["headline"]
    assert not any(step.startswith("Appeal every (b)(7)(A)") for step in result["next_steps"])
    assert any(
        step.startswith("If the client, or the clinic with a covering Form 2848 or 8821, signed")
        and "Appeal every (b)(7)(A) withholding" in step
        for step in result["next_steps"]
    )
    for item in ("requester_info", "exam_workpapers"):
        assert row_of(result, item)["flag"] == Flag.UNCLEAR, item
    # Signed by the client, the same letter is a strong ground of appeal.
    client = screened(tmp_path, {**P03, "request_signed_by": "client"})
    assert finding_of(client, "b7a_open_matter")["status"] == Status.NOT_MET
    assert client["outcome"] == Outcome.APPEAL_RECOMMENDED
    assert any(step.startswith("Appeal every (b)(7)(A)") for step in client["next_steps"])


def test_r5_04_who_signed_left_blank_is_not_known_never_authorized(tmp_path):
    """R5-4 (BREAK, fixed). The question is optional (its hint says so), so a blank answer is
    read as not known, like "Not sure" (as the other optional questions are): the same result
    as R5-3, never the result for an authorized requester."""
    answers = {name: value for name, value in P03.items() if name != "request_signed_by"}
    result = screened(tmp_path, answers)
    assert result["outcome"] == Outcome.CONSIDER_APPEAL
    for item in ("requester_info", "exam_workpapers"):
        row = row_of(result, item)
        assert row["flag"] == Flag.UNCLEAR, item
        assert "we do not know who signed the request" in row["reason"]
    assert finding_of(result, "b7a_open_matter")["status"] == Status.UNCLEAR
    assert result["headline"] == screened(tmp_path, P03)["headline"]
    hint = str(forms.RequestSignedByForm.base_fields["request_signed_by"].help_text)
    assert "treats it as not known" in hint


P05 = {
    **R5_LETTER,
    "exemptions_cited": ["b3_6103"],
    "request_signed_by": "client",
    "items_withheld": ["other_taxpayer_return"],
    "item_exemptions": [{"item": "other_taxpayer_return", "item_exemption": "b3_6103"}],
    "other_taxpayer_consent_given": "no",
    "items_released": ["requester_info"],
}


def test_r5_05_collection_from_others_liable_is_owed_without_their_consent(tmp_path):
    """R5-5 (BREAK, fixed). I.R.C. § 6103(e)(9), as read: where the IRS finds a person liable
    for the § 6672 penalty, "upon request in writing of such person, the Secretary shall
    disclose in writing" the others found liable and "whether the Secretary has attempted to
    collect such penalty from such other person, the general nature of such collection
    activities, and the amount collected"; § 6103(e)(8) says the same for a joint return's
    assessed deficiency once the spouses are no longer married or no longer live together.
    (b)(3) cannot withhold what § 6103 requires to be disclosed. A new question asks it
    (when there was no consent, or it is not known); left unanswered it is not known, never
    "no appeal is needed"."""
    not_asked = screened(tmp_path, P05)
    row = row_of(not_asked, "other_taxpayer_return")
    assert row["flag"] == Flag.UNCLEAR
    assert "§ 6103(e)(8)" in row["reason"] and "§ 6103(e)(9)" in row["reason"]
    assert not_asked["outcome"] == Outcome.CONSIDER_APPEAL
    assert "no appeal is needed" not in not_asked["headline"]
    penalty = screened(tmp_path, {**P05, "other_taxpayer_collection_right": "trust_fund_penalty"})
    row = row_of(penalty, "other_taxpayer_return")
    assert row["flag"] == Flag.WORTH_CHALLENGING
    assert "I.R.C. § 6103(e)(9)" in row["citations"]
    assert "under § 6103(e)(9)" in row["ask"]
    assert finding_of(penalty, "b3_6103")["status"] == Status.NOT_MET
    assert penalty["outcome"] == Outcome.CONSIDER_APPEAL
    assert penalty["data"]["appeal_deadline"] == "2027-01-13"
    joint = screened(tmp_path, {**P05, "other_taxpayer_collection_right": "joint_debt"})
    row = row_of(joint, "other_taxpayer_return")
    assert row["flag"] == Flag.WORTH_CHALLENGING
    assert "I.R.C. § 6103(e)(8)" in row["citations"]
    assert "collection period has run (§ 6502)" in row["reason"]
    neither = screened(tmp_path, {**P05, "other_taxpayer_collection_right": "neither"})
    assert row_of(neither, "other_taxpayer_return")["flag"] == Flag.LIKELY_PROPER
    assert neither["outcome"] == Outcome.NO_ISSUE_FOUND
    # The question is asked only where consent did not already settle it.
    step = QUESTIONNAIRE.step("other_taxpayer_collection_right")
    assert step.applies({**P05, "other_taxpayer_consent_given": "not_sure"})
    assert not step.applies({**P05, "other_taxpayer_consent_given": "yes"})


P06 = {
    **R5_LETTER,
    "letter_date": "2026-06-01",
    "exemptions_cited": ["b3_6103"],
    "request_signed_by": "client",
    "items_withheld": ["dif_score_or_formula"],
    "item_exemptions": [{"item": "dif_score_or_formula", "item_exemption": "b3_6103"}],
    "items_released": ["requester_info", "exam_workpapers"],
    "appeal_status": "upheld",
}


def test_r5_06_an_upheld_appeal_with_nothing_arguable_does_not_say_file_suit(tmp_path):
    """R5-6 (MINOR, fixed). Court review is available (5 U.S.C. § 552(a)(4)(B)), but with the
    only withholding likely proper (DIF scores, § 6103(b)(2) last sentence) the court finding
    and the next step agree with the headline: no "Talk to a lawyer about filing"."""
    result = screened(tmp_path, P06)
    assert result["outcome"] == Outcome.COURT_REVIEW
    assert "we found nothing the IRS likely got wrong" in result["headline"]
    court = finding_of(result, "appeal_decision")
    assert court["status"] == Status.MET
    assert "we found nothing the IRS likely got wrong" in court["explanation"]
    assert "Talk to a lawyer about filing" not in court["explanation"]
    assert "5 U.S.C. § 552(a)(4)(B)" in court["citations"]
    assert not any("Talk to a lawyer about filing" in step for step in result["next_steps"])
    # With something arguable, the court step stands.
    arguable = screened(
        tmp_path,
        {
            **P06,
            "exemptions_cited": ["b7a"],
            "items_withheld": ["exam_workpapers"],
            "item_exemptions": [{"item": "exam_workpapers", "item_exemption": "b7a"}],
            "items_released": ["requester_info"],
        },
    )
    assert (
        "Talk to a lawyer about filing" in finding_of(arguable, "appeal_decision")["explanation"]
    )


P07 = {
    **R5_LETTER,
    "letter_date": "2026-06-01",
    "exemptions_cited": ["b7a"],
    "request_signed_by": "clinic_not_authorized",
    "items_withheld": ["exam_workpapers"],
    "item_exemptions": [{"item": "exam_workpapers", "item_exemption": "b7a"}],
    "appeal_status": "upheld",
}


def test_r5_07_upheld_appeal_for_a_clinic_without_authorization_means_a_new_request(tmp_path):
    """R5-7 (MINOR, fixed). Toward a clinic without a Form 2848 or 8821, § 6103(a) barred
    release of the client's workpapers whatever the label, so (b)(7)(A) after close is no
    "strong ground of appeal"; the step is a new request with an authorization, not court."""
    result = screened(tmp_path, P07)
    assert result["outcome"] == Outcome.COURT_REVIEW
    b7a = finding_of(result, "b7a_open_matter")
    assert b7a["status"] == Status.NOT_APPLICABLE
    assert "strong ground of appeal" not in b7a["explanation"]
    assert "label does not matter" in b7a["explanation"]
    assert (
        "Talk to a lawyer about filing" not in finding_of(result, "appeal_decision")["explanation"]
    )
    assert result["next_steps"][0].startswith("Send a new request with the client's signed")


P08 = {
    **R5_LETTER,
    "exemptions_cited": ["b3_6103"],
    "request_signed_by": "clinic_not_authorized",
    "items_withheld": ["requester_info"],
    "item_exemptions": [{"item": "requester_info", "item_exemption": "b3_6103"}],
    "items_released": ["exam_workpapers"],
    "inconsistent_redactions": "yes",
}


def test_r5_08_inconsistent_redactions_toward_a_clinic_without_authorization(tmp_path):
    """R5-8 (MINOR, fixed). TIGTA's inconsistency cases (TIGTA Rep. at 5) assume an entitled
    requester. Toward a clinic without the client's authorization, what was released was the
    IRS's error under § 6103(a), not a ground to get more."""
    result = screened(tmp_path, P08)
    assert result["outcome"] == Outcome.NO_ISSUE_FOUND
    consistency = finding_of(result, "consistent_redactions")
    assert consistency["status"] == Status.NOT_APPLICABLE
    assert "release the information everywhere" not in consistency["explanation"]
    assert "not a ground to get more" in consistency["explanation"]
    assert "request_signed_by" in consistency["relied_on"]
    assert not any("release the information consistently" in s for s in result["next_steps"])
    # For the client, the same answers are a ground of appeal (TIGTA Rep. at 5).
    client = screened(tmp_path, {**P08, "request_signed_by": "client"})
    assert finding_of(client, "consistent_redactions")["status"] == Status.NOT_MET


P11 = {
    **R5_LETTER,
    "exemptions_cited": ["b3_6103"],
    "request_signed_by": "clinic_not_authorized",
    "items_withheld": ["requester_info"],
    "item_exemptions": [{"item": "requester_info", "item_exemption": "b3_6103"}],
    "items_released": ["own_return", "exam_workpapers"],
}


def test_r5_11_client_items_released_to_a_clinic_without_authorization(tmp_path):
    """R5-11 (MINOR, fixed). The clinic had no § 6103 right to the client's workpapers: their
    release was the IRS's error under § 6103(a), with no harm to the client, whose file it
    is. The released rows say to get an authorization on file before relying on them."""
    result = screened(tmp_path, P11)
    assert result["outcome"] == Outcome.NO_ISSUE_FOUND
    assert result["headline"].startswith("Nothing to appeal: without the client's signed")
    for item in ("own_return", "exam_workpapers"):
        row = row_of(result, item, "released")
        assert row["reason"].startswith("Released to the clinic without the client's signed")
        assert "should not be withheld from the requester" not in row["reason"]
        assert "Form 2848 or Form 8821 on file" in row["reason"]
    client = screened(tmp_path, {**P11, "request_signed_by": "client"})
    assert (
        "should not be withheld from the requester"
        in (row_of(client, "exam_workpapers", "released")["reason"])
    )


#: The reviewer's prepare-path answers: the clinic, with the client's Form 2848, asks for the
#: client's closed examination file and another taxpayer's records with their consent.
R5_WITH_CONSENT = {
    "path": "prepare_request",
    "records_wanted": ["exam_collection_file", "another_taxpayer"],
    "records_owner": "client",
    "requester": "clinic",
    "authorization_form": "form_2848",
    "authorization_covers": "yes",
    "third_party_consent": "yes",
    "third_party_consent_covers": "yes",
    "records_description": "specific",
    "request_includes": ["signed", "identity", "fees"],
    "request_received": "2026-12-10",
    "case_status": "closed",
}


def test_r5_09_a_consent_dated_after_the_request_arrived_did_not_come_with_it(tmp_path):
    """R5-9 (MINOR, fixed). Signed November 25, 2026, the other taxpayer's consent cannot have
    come with a request the IRS received on November 20 (26 C.F.R. § 301.6103(c)-1(b)(2)):
    the headline says so, as R4-5's does for a Form 8821; the "check when they signed"
    headline is left to a consent with no date (R5-20)."""
    result = screened(
        tmp_path,
        {
            **R5_WITH_CONSENT,
            "third_party_consent_signed": "2026-11-25",
            "request_received": "2026-11-20",
        },
    )
    assert result["outcome"] == Outcome.NEEDS_AUTHORIZATION
    assert result["headline"].startswith(
        "The other taxpayer's consent is dated after the request reached the IRS"
    )
    assert "check when the other taxpayer signed" not in result["headline"]
    timing = finding_of(result, "other_taxpayer_consent_timing")
    assert timing["status"] == Status.UNCLEAR
    assert "March 25, 2027" in timing["explanation"]


def test_r5_10_another_persons_form_2848_makes_its_representative_their_attorney(tmp_path):
    """R5-10 (MINOR, fixed). A Form 2848 from the other person makes the representative it
    names that person's attorney in fact (I.R.C. § 6103(e)(6), as read: "the attorney in fact
    duly authorized in writing by any of the persons described in paragraph (1)"), not the
    client's; it must name whoever sends the request, and the coverage question's hint now
    says so."""
    result = screened(
        tmp_path,
        {
            "path": "prepare_request",
            "records_wanted": ["another_taxpayer"],
            "records_owner": "another_person",
            "requester": "client",
            "authorization_form": "form_2848",
            "authorization_covers": "yes",
            "records_description": "specific",
            "request_includes": ["signed", "identity", "fees"],
            "request_received": "2026-12-10",
        },
    )
    authorization = finding_of(result, "authorization")["explanation"]
    assert "that person's attorney in fact (§ 6103(e)(6))" in authorization
    assert "the client's attorney in fact" not in authorization
    assert "check that it names the client" in authorization
    hint = str(forms.AuthorizationCoversForm.base_fields["authorization_covers"].help_text)
    assert "name whoever sends the request" in hint
    # Not sure whether it covers (and names the sender) is never read as yes.
    unsure = screened(
        tmp_path,
        {
            "path": "prepare_request",
            "records_wanted": ["another_taxpayer"],
            "records_owner": "another_person",
            "requester": "client",
            "authorization_form": "form_2848",
            "authorization_covers": "not_sure",
            "records_description": "specific",
            "request_includes": ["signed", "identity", "fees"],
            "request_received": "2026-12-10",
        },
    )
    assert finding_of(unsure, "authorization")["status"] == Status.UNCLEAR
    assert unsure["outcome"] != Outcome.READY


# The OK patterns, kept as regression tests (counted by hand in the review: working days
# leave out weekends and legal public holidays).

R5_UNANSWERED = {"path": "no_answer", "request_received": "2026-10-01", "request_basis": "foia"}


@pytest.mark.parametrize(
    ("pattern", "answers", "today", "outcome", "due", "words"),
    [
        (
            # Day 20 is October 30 (Columbus Day skipped): a pause asked that day tolls; 19
            # days had passed, and the reply of November 16 leaves one: November 17.
            "R5-12",
            {
                "sent_to": "foia_office",
                "extension_notice": "no",
                "clock_paused": "yes",
                "pause_asked": "2026-10-30",
                "pause_reply_received": "2026-11-16",
            },
            "2026-11-30",
            Outcome.ANSWER_OVERDUE,
            "2026-11-17",
            "overdue (it was due by November 17, 2026)",
        ),
        (
            # From October 11, November 4 is day 17; after the reply of Friday November 20 the
            # 4 days left end November 27 (Thanksgiving skipped).
            "R5-13",
            {
                "sent_to": "other_office",
                "extension_notice": "no",
                "clock_paused": "yes",
                "pause_asked": "2026-11-04",
                "pause_reply_received": "2026-11-20",
            },
            "2026-11-30",
            Outcome.ANSWER_OVERDUE,
            "2026-11-27",
            "November 27, 2026 at the latest), unless the office",
        ),
        (
            "R5-13 (December 2)",
            {
                "sent_to": "other_office",
                "extension_notice": "no",
                "clock_paused": "yes",
                "pause_asked": "2026-11-04",
                "pause_reply_received": "2026-11-20",
            },
            "2026-12-02",
            Outcome.ANSWER_OVERDUE,
            "2026-11-27",
            "acknowledgment letter",
        ),
        (
            # A notice of November 5 is late only on the earliest count: not yet overdue on
            # November 18; overdue by November 24 at the latest on November 30.
            "R5-14 (November 18)",
            {"sent_to": "other_office", "extension_notice": "yes", "clock_paused": "no"},
            "2026-11-18",
            Outcome.AWAITING_ANSWER,
            "2026-11-24",
            "may be overdue, or not yet due",
        ),
        (
            "R5-14",
            {"sent_to": "other_office", "extension_notice": "yes", "clock_paused": "no"},
            "2026-11-30",
            Outcome.ANSWER_OVERDUE,
            "2026-11-24",
            "November 24, 2026 at the latest",
        ),
        (
            # R4-3's facts on November 30: overdue whether the late notice counts or not.
            "R5-15",
            {
                "sent_to": "foia_office",
                "extension_notice": "yes",
                "extension_notice_date": "2026-11-06",
                "clock_paused": "yes",
                "pause_asked": "2026-10-08",
                "pause_reply_received": "2026-10-13",
            },
            "2026-11-30",
            Outcome.ANSWER_OVERDUE,
            "2026-11-19",
            "overdue",
        ),
        (
            # A notice dated on day 20 is timely: day 30 is November 16 (Veterans Day skipped).
            "R5-16",
            {
                "sent_to": "foia_office",
                "extension_notice": "yes",
                "extension_notice_date": "2026-10-30",
                "clock_paused": "no",
            },
            "2026-11-12",
            Outcome.AWAITING_ANSWER,
            "2026-11-16",
            "not due yet: it is due by November 16, 2026",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) and value.startswith("R5") else "",
)
def test_r5_12_to_16_when_the_answer_is_due(
    tmp_path, pattern, answers, today, outcome, due, words
):
    """R5-12 to R5-16 (OK). 5 U.S.C. § 552(a)(6)(A)-(B): 20 working days, tolled only within
    them; a timely notice adds 10; a request sent to another office starts its count no later
    than 10 days after that office received it."""
    extra = {"extension_notice_date": "2026-11-05"} if pattern.startswith("R5-14") else {}
    result = screened(tmp_path, {**R5_UNANSWERED, **answers, **extra}, today)
    assert result["outcome"] == outcome, pattern
    assert result["data"]["response_due"] == due, pattern
    assert words in result["headline"], pattern


def test_r5_15_the_late_notice_is_named_and_overdue_either_way(tmp_path):
    """R5-15 (OK): the finding explains the two dates (November 4 arguably; November 19)."""
    answers = {
        **R5_UNANSWERED,
        "sent_to": "foia_office",
        "extension_notice": "yes",
        "extension_notice_date": "2026-11-06",
        "clock_paused": "yes",
        "pause_asked": "2026-10-08",
        "pause_reply_received": "2026-10-13",
    }
    explanation = finding_of(screened(tmp_path, answers), "answer_due")["explanation"]
    assert "November 4" in explanation and "November 19, 2026" in explanation


def test_r5_17_an_appeal_decision_overdue_is_constructive_exhaustion(tmp_path):
    """R5-17 (OK). Appeal received Tuesday September 15, 2026: day 20 is October 14 (Columbus
    Day skipped); on November 12 the decision is overdue (§ 552(a)(6)(A)(ii), (C)(i))."""
    answers = {
        **R5_LETTER,
        "letter_date": "2026-09-01",
        "irs_action": "denied_all",
        "exemptions_cited": ["b7a"],
        "request_signed_by": "client",
        "items_withheld": ["exam_workpapers"],
        "item_exemptions": [{"item": "exam_workpapers", "item_exemption": "b7a"}],
        "appeal_status": "waiting",
        "appeal_received": "2026-09-15",
        "appeal_extension_notice": "no",
    }
    for name in ("items_released", "inconsistent_redactions"):
        answers.pop(name)
    result = screened(tmp_path, answers, "2026-11-12")
    assert result["outcome"] == Outcome.ANSWER_OVERDUE
    assert result["data"]["appeal_decision_due"] == "2026-10-14"
    assert "(it was due by October 14, 2026)" in result["headline"]


@pytest.mark.parametrize(
    ("pattern", "signed", "outcome", "status", "last_day"),
    [
        # July 1 + 120 days is October 29, 2026: a request received December 10 is too late.
        ("R5-18", "2026-07-01", Outcome.NEEDS_AUTHORIZATION, Status.NOT_MET, "2026-10-29"),
        # August 12 + 120 days is December 10 exactly: "within 120 days following" includes
        # day 120, and the regulation has no weekend rule.
        ("R5-19", "2026-08-12", Outcome.READY, Status.MET, "2026-12-10"),
        # No date: unclear, with the "check when they signed" headline.
        ("R5-20", None, Outcome.NEEDS_AUTHORIZATION, Status.UNCLEAR, None),
    ],
)
def test_r5_18_to_20_the_other_taxpayers_consent_and_its_120_days(
    tmp_path, pattern, signed, outcome, status, last_day
):
    """R5-18 to R5-20 (OK). 26 C.F.R. § 301.6103(c)-1(b)(2): the IRS acts on a consent only
    if it receives it "within 120 days following the date upon which the request or consent
    was signed and dated"."""
    answers = dict(R5_WITH_CONSENT)
    if signed:
        answers["third_party_consent_signed"] = signed
    result = screened(tmp_path, answers)
    assert result["outcome"] == outcome, pattern
    assert finding_of(result, "other_taxpayer_consent_timing")["status"] == status, pattern
    assert result["data"]["third_party_consent_last_day"] == last_day, pattern
    if pattern == "R5-18":
        assert "also name § 6103(c)" in finding_of(result, "route")["explanation"]
    if pattern == "R5-20":
        assert result["headline"].startswith(
            "Before sending the request, check when the other taxpayer signed"
        )


def test_r5_21_released_part_with_nothing_named_withheld_is_unclear(tmp_path):
    """R5-21 (OK; R4-10 holds): what was withheld must be known to judge segregability
    (§ 552(b), flush text)."""
    answers = {
        **R5_LETTER,
        "exemptions_cited": ["b7a"],
        "matter_status": "open",
        "request_signed_by": "client",
        "items_withheld": ["none"],
        "items_released": ["requester_info"],
    }
    result = screened(tmp_path, answers)
    assert result["outcome"] == Outcome.CONSIDER_APPEAL
    finding = finding_of(result, "withheld_records_identified")
    assert finding["status"] == Status.UNCLEAR
    assert "Whole pages held back" in finding["explanation"]


def test_r5_22_a_letter_dated_after_today_is_refused_at_the_field(tmp_path):
    """R5-22 (OK): a letter dated December 5 cannot be reviewed on November 30."""
    answers = {
        **R5_LETTER,
        "letter_date": "2026-12-05",
        "irs_action": "denied_all",
        "exemptions_cited": ["b7a"],
        "request_signed_by": "client",
        "items_withheld": ["exam_workpapers"],
        "item_exemptions": [{"item": "exam_workpapers", "item_exemption": "b7a"}],
    }
    with pytest.raises(CommandError, match="must be today or in the past"):
        screened(tmp_path, answers)


def test_r5_23_a_letter_giving_35_days_still_leaves_the_law_s_90(tmp_path):
    """R5-23 (OK). The 90-day floor of 5 U.S.C. § 552(a)(6)(A)(i)(III)(aa) applies over the
    letter's November 19 (the old 35 days of 26 C.F.R. § 601.702(c)(10)(i))."""
    answers = {
        **R5_LETTER,
        "letter_appeal_deadline": "2026-11-19",
        "irs_action": "denied_all",
        "exemptions_cited": ["b7a"],
        "request_signed_by": "client",
        "items_withheld": ["exam_workpapers"],
        "item_exemptions": [{"item": "exam_workpapers", "item_exemption": "b7a"}],
    }
    result = screened(tmp_path, answers)
    assert result["outcome"] == Outcome.APPEAL_RECOMMENDED
    assert result["data"]["appeal_deadline"] == "2027-01-13"
    assert result["headline"].startswith("Appeal by January 13, 2027")

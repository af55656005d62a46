"""The result of preparing a request: the outcome, headline, checklist and key dates."""

from __future__ import annotations

from questionnaires.framework.determination import Determination, Finding, Status
from questionnaires.framework.wording import YesNo, join_words, us_long_date

from .consent_timing import (
    consent_last_day,
    form_8821_last_day,
    form_8821_received_in_time,
    other_taxpayer_consent_received_in_time,
    signed_after_the_request,
)
from .dates import (
    WORKING_DAYS_TO_RESPOND,
    DueDate,
    due_date_details,
    lower_first,
    response_due_within_20_working_days,
)
from .facts import Description, Facts, Outcome, Path, RecordsOwner
from .report import CURRENCY_CAVEAT, REPORT_CONTEXT, TIGTA_CAVEAT, key_date
from .request import (
    records_reasonably_described,
    request_made_under_published_rules,
    request_part_present,
)
from .route import (
    ROUTE_LABELS,
    TRADE_OFF,
    Route,
    consent_of_the_other_taxpayer,
    joint_debt_facts_only,
    joint_deficiency_unconfirmed,
    matter_still_open,
    other_person_records,
    route_for_the_request,
    valid_authorization_on_file,
)

# ---------------------------------------------------------------------------
# Path 1 result
# ---------------------------------------------------------------------------


NOT_YET_TO_BE_SENT = (
    "Do not send the request until the authorization is in hand: the 20 working days run from "
    "when the IRS receives it."
)

AUTHORIZATION_ROW = (
    "A valid authorization (Form 2848 or Form 8821) covering the matters and periods"
)
CONSENT_ROW = "The other taxpayer's signed consent"
#: Not asked: the result reminds staff to enclose it (I.R.C. § 6103(e)(2)-(3)).
PROOF_ROW = "Proof of the client's appointment as executor, administrator, trustee or guardian"


def _is_permission_row(item: str) -> bool:
    return item in (AUTHORIZATION_ROW, CONSENT_ROW)


def _checklist(facts: Facts, authorization: Finding, consent: Finding) -> list[dict]:
    rows: list[dict] = [
        {"item": "In writing and signed", "present": request_part_present(facts, "signed")},
        {
            "item": "Records described specifically enough to find",
            "present": {
                Description.SPECIFIC: True,
                Description.BROAD_OR_VAGUE: False,
            }.get(facts.records_description),
        },
        {"item": "The requester's identity", "present": request_part_present(facts, "identity")},
    ]
    status_present = {Status.MET: True, Status.NOT_MET: False, Status.UNCLEAR: None}
    if authorization.status != Status.NOT_APPLICABLE:
        rows.append(
            {
                "item": AUTHORIZATION_ROW,
                "present": status_present[authorization.status],
            }
        )
    if consent.status != Status.NOT_APPLICABLE and not joint_debt_facts_only(facts):
        rows.append(
            {
                "item": CONSENT_ROW,
                "present": status_present[consent.status],
            }
        )
    if facts.records_owner == RecordsOwner.ESTATE_OR_WARD:
        rows.append({"item": PROOF_ROW, "present": None})
    rows.append({"item": "A statement about fees", "present": request_part_present(facts, "fees")})
    return rows


def determine_request(facts: Facts) -> Determination:
    route_finding, route = route_for_the_request(facts)
    authorization = valid_authorization_on_file(facts)
    form_8821_timing = form_8821_received_in_time(facts, authorization)
    consent = consent_of_the_other_taxpayer(facts)
    consent_timing = other_taxpayer_consent_received_in_time(facts, consent)
    description = records_reasonably_described(facts)
    formalities = request_made_under_published_rules(facts)
    due = response_due_within_20_working_days(facts, route)
    matter = matter_still_open(facts) if facts.matter_status else None
    findings = (route_finding, authorization, consent, description, formalities, due)
    if form_8821_timing.status != Status.NOT_APPLICABLE:
        findings = (route_finding, authorization, form_8821_timing, *findings[2:])
    if consent_timing.status != Status.NOT_APPLICABLE:
        at = findings.index(consent) + 1
        findings = (*findings[:at], consent_timing, *findings[at:])
    checklist = _checklist(facts, authorization, consent)
    details = due_date_details(facts.request_received) if facts.request_received else None
    permission = (authorization, form_8821_timing, consent, consent_timing)
    permission_refused = Status.NOT_MET in {finding.status for finding in permission}
    permission_unconfirmed = Status.UNCLEAR in {finding.status for finding in permission}
    if route.code == "other_channel":
        # Returns and transcripts only: no records request, so no checklist or due date.
        findings, checklist, details = (route_finding,), [], None
    elif permission_refused:
        # A request that must not be sent yet has no due date to diary.
        findings, details = findings[:-1], None
    if matter and route.code != "other_channel":
        findings = (*findings, matter)
    due_date = details.due if details else None
    missing = [row["item"] for row in checklist if row["present"] is False]
    unconfirmed = [row["item"] for row in checklist if row["present"] is None]

    next_steps: list[str] = []
    if route.code == "other_channel":
        outcome = Outcome.USE_OTHER_CHANNEL
        headline = (
            "A records request is not needed: ask for the returns on Form 4506 or the "
            "transcripts on Form 4506-T."
        )
        next_steps.append(
            "Fill in Form 4506 (copy of a return) or Form 4506-T (transcript) for the years "
            "needed, following the form's instructions. The taxpayer whose returns they are "
            "(or someone allowed to sign for them) signs the form."
        )
    elif permission_refused or (route.code is not None and permission_unconfirmed):
        # No authorization (or one that does not cover the request) blocks the request
        # whatever else is missing; an unconfirmed one does once the route is known.
        outcome = Outcome.NEEDS_AUTHORIZATION
        if other_person_records(facts) and authorization.status == Status.NOT_MET:
            headline = (
                "Do not send the request yet: the IRS must refuse another person's tax "
                "records without that person's signed authorization."
            )
        elif form_8821_timing.status == Status.NOT_MET:
            signer = "that person" if other_person_records(facts) else "the client"
            headline = (
                "Do not send the request yet: the IRS will not act on a Form 8821 it receives "
                f"more than 120 days after {signer} signed it. Unless the IRS already received "
                "this form in time (for example, it is on the IRS's Centralized Authorization "
                f"File), have {signer} sign a new one."
            )
        elif consent_timing.status == Status.NOT_MET:
            headline = (
                "Do not send the request yet: the IRS will not act on the other taxpayer's "
                "consent if it receives it more than 120 days after they signed it. Ask them to "
                "sign a new one."
            )
        elif consent.status == Status.NOT_MET and facts.third_party_consent == YesNo.YES:
            headline = (
                "Do not send the request yet: the other taxpayer's consent does not name whoever "
                "sends the request or cover these records and years. Ask them to sign one that "
                "does, or leave their records out."
            )
        elif permission_refused:
            headline = (
                "Do not send the request yet: get a signed authorization that covers these "
                "records first."
            )
        elif facts.joint_return_records == YesNo.NOT_SURE and Status.UNCLEAR in (
            authorization.status,
            consent.status,
        ):
            headline = (
                "Before sending the request, check whether the records about the other taxpayer "
                "are about a joint return the client filed with them: if not, that person's "
                "signed consent is needed."
            )
        elif joint_deficiency_unconfirmed(facts):
            headline = (
                "Before sending the request, check that the IRS assessed a deficiency on the "
                "joint return that it can still collect: only then is no consent needed."
            )
        elif form_8821_timing.status == Status.UNCLEAR and signed_after_the_request(
            facts.form_8821_signed, facts
        ):
            headline = (
                "The Form 8821 is dated after the request reached the IRS, so it did not come "
                "with it: send it to the IRS office handling the request now, or make a new "
                "request with it."
            )
        elif form_8821_timing.status == Status.UNCLEAR:
            headline = (
                "Before sending the request, check when the client signed the Form 8821: the "
                "IRS must receive it within 120 days of that date."
            )
        elif consent.status == Status.UNCLEAR and facts.third_party_consent == YesNo.YES:
            headline = (
                "Before sending the request, check the other taxpayer's consent: that it names "
                "whoever sends the request and covers these records and years"
                + (
                    ", and when they signed it (the IRS must receive it within 120 days)."
                    if consent_timing.status == Status.UNCLEAR
                    else "."
                )
            )
        elif consent_timing.status == Status.UNCLEAR and signed_after_the_request(
            facts.third_party_consent_signed, facts
        ):
            headline = (
                "The other taxpayer's consent is dated after the request reached the IRS, so it "
                "did not come with it: send it to the IRS office handling the request now, or "
                "make a new request with it."
            )
        elif consent_timing.status == Status.UNCLEAR:
            headline = (
                "Before sending the request, check when the other taxpayer signed their "
                "consent: the IRS must receive it within 120 days of that date."
            )
        else:
            headline = (
                "Before sending the request, confirm that a valid signed authorization "
                "covering these records is on file."
            )
        for finding in permission:
            if finding.status in (Status.NOT_MET, Status.UNCLEAR):
                next_steps.append(finding.explanation)
        others = [item for item in missing if not _is_permission_row(item)]
        unsure = [item for item in unconfirmed if not _is_permission_row(item)]
        if others:
            next_steps.append(
                "Also add what the request is missing: "
                + join_words([lower_first(item) for item in others])
                + "."
            )
        if unsure:
            next_steps.append(
                "Also confirm: " + join_words([lower_first(item) for item in unsure]) + "."
            )
        if route_finding.status == Status.UNCLEAR:
            next_steps.append(route_finding.explanation)
    elif route.code is None or missing or unconfirmed:
        outcome = Outcome.INCOMPLETE
        gaps = []
        if route.code is None:
            gaps.append("say whose records these are and who sends the request")
        if missing:
            gaps.append("missing: " + join_words([lower_first(item) for item in missing]))
        if unconfirmed:
            gaps.append("not confirmed: " + join_words([lower_first(i) for i in unconfirmed]))
        headline = "The request is not ready yet; " + "; ".join(gaps) + "."
        for finding in (
            route_finding,
            authorization,
            form_8821_timing,
            consent,
            consent_timing,
            description,
            formalities,
        ):
            if finding.status in (Status.NOT_MET, Status.UNCLEAR):
                next_steps.append(finding.explanation)
    else:
        outcome = Outcome.READY
        headline = f"The request is ready to send as {ROUTE_LABELS[route.code]}."
        if due_date and due_date < facts.today:
            headline = (
                f"The IRS's answer was due by {us_long_date(due_date)}, which has passed: if "
                "the request was sent and there is no answer, the IRS is late (choose "
                '"Following up a records request the IRS has not answered").'
            )
        elif due_date and facts.request_received < facts.today:
            headline = (
                f"The request reached the IRS on {us_long_date(facts.request_received)}: its "
                f"answer is due by {us_long_date(due_date)}. If there is no answer by then, "
                'follow it up (choose "Following up a records request the IRS has not '
                'answered").'
            )
        elif due_date:
            headline = headline[:-1] + f"; the answer is due by {us_long_date(due_date)}."
        next_steps.append(
            "Send the signed request to the IRS as its published FOIA instructions on IRS.gov "
            "direct, and keep proof of the date it was received."
        )
    if PROOF_ROW in unconfirmed:
        next_steps.append(
            "Enclose proof of the client's appointment (letters testamentary, letters of "
            "administration or the court order naming the guardian) with the request "
            "(§ 6103(e)(2)-(3))."
        )
    if matter and matter.status == Status.UNCLEAR and outcome == Outcome.READY:
        next_steps.append(
            "Find out whether the examination, collection or criminal matter is still open: it "
            "decides what the IRS may hold back."
        )
    if outcome == Outcome.READY and due_date:
        next_steps.append(
            f"Diary {us_long_date(due_date)}: if there is no answer by then, contact the IRS "
            "office handling the request."
        )

    key_dates = []
    if details:
        key_dates.append(key_date("Request received (not counted)", details.received))
        key_dates.append(key_date("Day 1 of the 20 working days", details.first_counted_day))
        key_dates.append(key_date("Answer due (20 working days)", due_date))
        if details.due_if_received_next_working_day:
            key_dates.append(
                key_date(
                    "Answer due if the IRS counts the request as received on "
                    + us_long_date(details.first_counted_day),
                    details.due_if_received_next_working_day,
                )
            )
    form_8821_deadline = (
        form_8821_last_day(facts.form_8821_signed)
        if form_8821_timing.status in (Status.MET, Status.NOT_MET)
        else None
    )
    if form_8821_deadline:
        key_dates.append(
            key_date("Last day the IRS can receive the Form 8821", form_8821_deadline)
        )
    consent_deadline = (
        consent_last_day(facts.third_party_consent_signed)
        if consent_timing.status in (Status.MET, Status.NOT_MET)
        else None
    )
    if consent_deadline:
        key_dates.append(
            key_date("Last day the IRS can receive the other taxpayer's consent", consent_deadline)
        )

    date_caveats = (
        (
            "The due date skips weekends and the federal legal public holidays (with their "
            "observed days). It does not skip Inauguration Day or one-off closures ordered by "
            "the President; if the IRS was closed on such a day, its date may be a day later.",
            "The day the IRS receives the request is not counted; the 20 working days start "
            "the next working day.",
        )
        if details
        else ()
    )
    caveats = (*date_caveats, TIGTA_CAVEAT, CURRENCY_CAVEAT)
    return Determination(
        outcome=str(outcome),
        headline=headline,
        findings=findings,
        next_steps=tuple(dict.fromkeys(next_steps)),
        caveats=caveats,
        data={
            "path": Path.PREPARE_REQUEST.value,
            "stage": "prepare",
            "route": {
                "code": route.contract_code,
                "request": route.code,
                "reason": route.reason,
                "is_foia": route.is_foia,
                "authority": route.authority,
                "trade_off": TRADE_OFF if route.is_foia else "",
            },
            "checklist": checklist,
            "missing": missing,
            "not_confirmed": unconfirmed,
            "response_due": due_date.isoformat() if due_date else None,
            "due_date_count": _due_date_data(details),
            "items": [],
            "response_due_reason": (
                NOT_YET_TO_BE_SENT if permission_refused else _response_due_reason(route, due_date)
            ),
            "appeal_deadline": None,
            "appeal_deadline_reason": "No answer yet: there is nothing to appeal.",
            "appeal_decision_due": None,
            "key_dates": key_dates,
            "report_context": REPORT_CONTEXT,
            "matter_status": facts.matter_status,
            "form_8821_last_day": form_8821_deadline.isoformat() if form_8821_deadline else None,
            "third_party_consent_last_day": (
                consent_deadline.isoformat() if consent_deadline else None
            ),
        },
    )


def _response_due_reason(route: Route, due_date) -> str:
    """Why ``data["response_due"]`` is what it is: only a FOIA request carries a due date."""
    if route.code == "other_channel":
        return (
            "Not a FOIA request: the IRS's forms for returns and transcripts have no FOIA due "
            "date."
        )
    if due_date is None:
        return "Enter the date the IRS received (or will receive) the request."
    if not route.is_foia:
        return "The due date if the request is sent under FOIA, as recommended."
    return ""


def _due_date_data(details: DueDate | None) -> dict | None:
    """``data["due_date_count"]``: how the 20 working days were counted."""
    if details is None:
        return None
    alternative = details.due_if_received_next_working_day
    return {
        "received": details.received.isoformat(),
        "received_text": us_long_date(details.received),
        "receipt_day_counted": False,
        "first_counted_day": details.first_counted_day.isoformat(),
        "first_counted_day_text": us_long_date(details.first_counted_day),
        "working_days": WORKING_DAYS_TO_RESPOND,
        "due": details.due.isoformat(),
        "due_text": us_long_date(details.due),
        "holidays_skipped": [
            {"date": day.isoformat(), "text": us_long_date(day), "name": name}
            for day, name in details.holidays_skipped
        ],
        "closures_counted": [
            {"date": day.isoformat(), "text": us_long_date(day), "name": name}
            for day, name in details.closures_counted
        ],
        "due_if_received_next_working_day": alternative.isoformat() if alternative else None,
    }

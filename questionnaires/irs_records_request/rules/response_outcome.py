"""The result of reviewing the IRS's answer (or its silence): the outcome, headline, next
steps and key dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from questionnaires.framework.determination import Determination, Finding, Status
from questionnaires.framework.wording import YesNo, unique_citations, us_long_date
from questionnaires.irs_records_request import citations as c

from .adverse import adverse_determination
from .dates import (
    appeal_deadline,
    appeal_within_90_days,
    last_working_day_by,
    missed_by_a_day_off,
)
from .exemption_b3 import b3_withholds_only_what_6103_protects
from .exemption_b7 import (
    b7_withholding_names_a_listed_harm,
    b7a_enforcement_proceedings_still_open,
)
from .exemptions_other import (
    discretionary_withholding_meets_foreseeable_harm,
    other_exemptions_cited,
)
from .facts import (
    RELEASED,
    WITHHELD,
    AppealStatus,
    Facts,
    Flag,
    IrsAction,
    Item,
    MatterStatus,
    Outcome,
    Path,
    RefusalReason,
    RequestBasis,
    SentTo,
    SignedBy,
)
from .items import (
    CLIENTS_OWN_ITEMS,
    item_findings,
    item_rule,
    redactions_consistent,
    signer_not_known,
    withheld_records_identified,
)
from .refusals import (
    closure_without_release_checked,
    irs_tried_to_contact_requester_first,
    section_6103_refusal_reason,
)
from .report import CURRENCY_CAVEAT, REPORT_CONTEXT, TIGTA_CAVEAT, key_date
from .timeline import appeal_decided_in_time, request_answer_due

_SHORT_STEPS = {
    ("b7_harm", Status.NOT_MET): (
        "Ask the IRS to say which of the six (b)(7) harms applies to each (b)(7) withholding."
    ),
    ("b7a_open_matter", Status.NOT_MET): (
        "Appeal every (b)(7)(A) withholding: the matter is closed, so the IRS must show how "
        "release could still interfere with an enforcement proceeding."
    ),
    ("b7a_open_matter", Status.UNCLEAR): (
        "Find out whether the examination, collection or criminal matter is still open: a "
        "(b)(7)(A) withholding after it closed is a strong ground of appeal."
    ),
    ("b3_6103", Status.UNCLEAR): (
        "Where the IRS used (b)(3) for the client's own information, ask it to explain how "
        "releasing it would seriously impair federal tax administration (§ 6103(e)(7))."
    ),
    ("consistent_redactions", Status.NOT_MET): (
        "Ask the IRS to release the information consistently, as it already released it "
        "elsewhere in the file."
    ),
    ("consistent_redactions", Status.UNCLEAR): (
        "Compare the released pages for the same information blacked out in one place and "
        "shown in another."
    ),
}

#: The (b)(7)(A) step when who signed the request is not known: an appeal only if the client,
#: or the clinic with a covering authorization, signed it (I.R.C. § 6103(a)).
B7A_SIGNER_NOT_KNOWN_STEP = (
    "If the client, or the clinic with a covering Form 2848 or 8821, signed the request: "
    + _SHORT_STEPS[("b7a_open_matter", Status.NOT_MET)]
    + " If the clinic signed it without a covering authorization, send a new request with one "
    "instead."
)


def _short_step(finding: Finding, facts: Facts) -> str:
    """The next step for a finding not met or unclear: its short form, or its explanation."""
    if (
        finding.code == "b7a_open_matter"
        and facts.matter_status == MatterStatus.CLOSED
        and signer_not_known(facts)
        and "request_signed_by" in finding.relied_on
    ):
        return B7A_SIGNER_NOT_KNOWN_STEP
    if finding.code == "b3_6103" and "other_taxpayer_consent_given" in finding.relied_on:
        return ""  # the other taxpayer's item says what to check and ask
    return _SHORT_STEPS.get((finding.code, finding.status), finding.explanation)


#: Items that are other taxpayers' return information: released, they are the clinic's to
#: keep confidential (I.R.C. § 7213(a)(3)).
THIRD_PARTY_RETURN_INFORMATION = frozenset(
    {Item.ASSET_LOCATOR_THIRD_PARTY, Item.OTHER_TAXPAYER_RETURN}
)
THIRD_PARTY_STEP = (
    "The IRS released other people's return information. Do "
    "not use, copy or pass it on: anyone who receives return information disclosed without "
    "authority and willfully prints or publishes it commits a felony (I.R.C. § 7213(a)(3)). "
    "Keep it apart from the client's papers and consider telling the IRS disclosure office "
    "that sent it."
)
HELP_STEP = (
    "For help short of an appeal, the letter must name the IRS's FOIA Public Liaison, and "
    "the Office of Government Information Services (OGIS) offers mediation. Asking them for "
    "help does not change the appeal deadline."
)
#: The court-review finding when the IRS kept its withholding on appeal and nothing the
#: screening found is arguable: court review is there (5 U.S.C. § 552(a)(4)(B)), but the
#: result must not send the client to it.
NOTHING_ARGUABLE_IN_COURT = (
    "The IRS decided the appeal and kept some or all of the withholding. Court review is "
    "available: a federal district court can order the IRS to release records it withheld "
    "wrongly. But we found nothing the IRS likely got wrong, so a suit is unlikely to get these "
    "records. Talk to a lawyer about court only if you see a ground this screening could not "
    "judge."
)
NEW_REQUEST_WITH_AUTHORIZATION_STEP = (
    "Send a new request with the client's signed Form 2848 or Form 8821 covering these matters "
    "and years, or have the client sign it."
)
NOT_A_FOIA_DATE = "The request was made only under § 6103: FOIA's dates do not apply."


def _review_caveats(appeal_sent: bool) -> tuple[str, ...]:
    window = (
        ()
        if appeal_sent
        else (
            "The 90-day period is the least the law allows; the letter may give a later date "
            "and says where to send the appeal.",
        )
    )
    return (*window, TIGTA_CAVEAT, CURRENCY_CAVEAT)


#: What to do once FOIA's time limit (for the answer or the appeal) has passed.
OVERDUE_STEPS = (
    "Ask the IRS's FOIA Public Liaison for help, or the Office of Government Information "
    "Services (OGIS) for free mediation.",
    "If that does not bring an answer, talk to a lawyer about asking a federal district court "
    "to order the records released.",
)
#: Only for a request: a late answer to it must be appealed before going to court.
ANSWERED_LATE_STEP = (
    "If the IRS answers before then, review its answer with this tool: the client must appeal "
    "it before going to court."
)


def _timeline_steps(finding: Finding, due: date | None, request: bool) -> tuple[str, ...]:
    """Short next steps for a request (``request``) or an appeal awaiting the IRS (the
    finding explains)."""
    overdue = (*OVERDUE_STEPS, ANSWERED_LATE_STEP) if request else OVERDUE_STEPS
    if finding.status == Status.MET and due:
        return (f"Diary {us_long_date(due)}: if there is no answer by then, follow it up.",)
    if finding.status == Status.NOT_MET:
        return overdue
    if finding.status == Status.UNCLEAR and due:
        check = (
            "Check the file for a written notice from the IRS giving itself more time, or "
            "asking for information or about fees, and the dates on it."
            if request
            else "Check the file for a written notice from the IRS giving itself more time to "
            "decide the appeal."
        )
        return (check, *overdue)
    return (finding.explanation,)


def _data(facts: Facts, **values) -> dict:
    """``determination.data`` for the review path: every key present, null where it does not
    apply, with the reason."""
    data = {
        "path": Path.REVIEW_RESPONSE.value,
        "stage": "answer",
        "route": None,
        "checklist": [],
        "missing": [],
        "not_confirmed": [],
        "response_due": None,
        "response_due_reason": "The IRS has answered; its time to answer no longer matters.",
        "due_date_count": None,
        "items": [],
        "appeal_deadline": None,
        "appeal_deadline_reason": "",
        "appeal_decision_due": None,
        "key_dates": [key_date("Today", facts.today)],
        "report_context": REPORT_CONTEXT,
        "matter_status": facts.matter_status,
        "form_8821_last_day": None,
        "third_party_consent_last_day": None,
    }
    data.update(values)
    return data


ACKNOWLEDGMENT_STEP = (
    "Find the IRS's acknowledgment letter: enter the date its FOIA office received the "
    "request as the date received, to see the IRS's own due date.",
)


def determine_no_answer(facts: Facts) -> Determination:
    """The IRS has not answered the request yet."""
    finding, due = request_answer_due(facts)
    when = f" (it was due by {us_long_date(due)})" if due else ""
    # Sent to another office first: its dates are a range (see
    # ``timeline._answer_due_when_sent_elsewhere``), so no date is headlined as "the" date.
    elsewhere = "sent_to" in finding.relied_on and facts.sent_to in (
        SentTo.OTHER_OFFICE,
        SentTo.NOT_SURE,
    )
    if elsewhere and due:
        when = f" (it was due by {us_long_date(due)} at the latest)"
    # Sent elsewhere and unclear though the date given has passed: either, with a pause and
    # no reply yet, the clock may still be stopped on the later count (the date given is only
    # the earliest), or both counts have run out and whether the IRS paused is not known.
    past_due = due is not None and facts.today > due
    still_stopped = (
        elsewhere
        and finding.status == Status.UNCLEAR
        and past_due
        and facts.clock_paused == YesNo.YES
        and facts.pause_reply_received is None
    )
    pause_not_known = (
        elsewhere and finding.status == Status.UNCLEAR and past_due and not still_stopped
    )
    if finding.status == Status.NOT_MET and facts.request_basis != RequestBasis.FOIA:
        outcome = Outcome.AWAITING_ANSWER
        headline = (
            "Check whether the request was made under FOIA: if it was, the IRS's answer is "
            f"overdue{when}"
            + (
                " (unless the office that first received it is not one the IRS designates to "
                "receive FOIA requests: check the IRS's acknowledgment letter)"
                if elsewhere
                else ""
            )
            + " and the client may go to court; if it was made only under § 6103, "
            "there is no time limit, so send a FOIA request that names § 6103 now."
        )
    elif finding.status == Status.NOT_MET and elsewhere:
        outcome = Outcome.ANSWER_OVERDUE
        headline = (
            f"The IRS's answer is overdue{when}, unless the office that first received the "
            "request is not one the IRS designates to receive FOIA requests: check the IRS's "
            "acknowledgment letter. The client may now ask a federal court to order the "
            "records released; the FOIA Public Liaison or OGIS can help first."
        )
    elif finding.status == Status.NOT_MET:
        outcome = Outcome.ANSWER_OVERDUE
        headline = (
            f"The IRS's answer is overdue{when}: the client may now ask a federal court to "
            "order the records released. The FOIA Public Liaison or OGIS can help first."
        )
    elif (
        finding.status == Status.UNCLEAR
        and due
        and not elsewhere
        and facts.extension_notice == YesNo.YES
        and facts.extension_notice_date
        and facts.extension_notice_date > due
    ):
        outcome = Outcome.AWAITING_ANSWER
        headline = (
            "The IRS's notice giving itself more time came after its 20 working days ran out, "
            f"so its answer is arguably overdue since {us_long_date(due)}: see below."
        )
    elif pause_not_known:
        outcome = Outcome.AWAITING_ANSWER
        headline = (
            f"Check the file: the IRS's answer was due by {us_long_date(due)} at the latest and "
            "is overdue, unless the IRS stopped the clock to ask for information or about "
            "fees, or the office that first received the request is not one the IRS "
            "designates to receive FOIA requests (check the IRS's acknowledgment letter)."
        )
    elif finding.status == Status.UNCLEAR and due and elsewhere:
        outcome = Outcome.AWAITING_ANSWER
        headline = (
            "The IRS's answer may be overdue, or "
            + ("its clock may still be stopped" if still_stopped else "not yet due")
            + ": the request went to another IRS office first, so check the IRS's "
            "acknowledgment letter for the date its FOIA office received it"
            + (
                ""
                if facts.extension_notice == YesNo.NO
                else ", and the file for a notice giving the IRS more time"
            )
            + (
                "."
                if still_stopped
                else ". If that office is one designated to receive requests, the answer is "
                f"due by {us_long_date(due)} at the latest."
            )
        )
    elif finding.status == Status.UNCLEAR and due and facts.clock_paused == YesNo.NOT_SURE:
        outcome = Outcome.AWAITING_ANSWER
        headline = (
            f"Check the file: the IRS's answer was due by {us_long_date(due)} and is overdue, "
            "unless the IRS stopped the clock to ask for information or about fees."
        )
    elif finding.status == Status.UNCLEAR and due:
        outcome = Outcome.AWAITING_ANSWER
        headline = (
            "Check the file for a written extension notice: without one the IRS's answer is "
            f"overdue; with one it is due by {us_long_date(due)}."
        )
    elif finding.status == Status.MET and due is None:
        outcome = Outcome.AWAITING_ANSWER
        headline = (
            "The IRS's clock is stopped until it receives the reply to its letter: send the "
            "reply now and keep proof of when it arrived."
        )
    elif finding.status == Status.MET and elsewhere:
        outcome = Outcome.AWAITING_ANSWER
        headline = (
            f"The IRS's answer is not due before {us_long_date(due)}: the request went to "
            "another IRS office first, so check the IRS's acknowledgment letter for the date "
            "its FOIA office received it."
        )
    elif finding.status == Status.MET:
        outcome = Outcome.AWAITING_ANSWER
        headline = f"The IRS's answer is not due yet: it is due by {us_long_date(due)}."
    elif finding.status == Status.NOT_APPLICABLE:
        outcome = Outcome.AWAITING_ANSWER
        headline = (
            "A request made only under § 6103 has no time limit: ask the IRS when it will "
            "answer, or send a FOIA request that names § 6103."
        )
    else:
        outcome = Outcome.AWAITING_ANSWER
        headline = "Enter the date the IRS received the request to see when its answer is due."
    key_dates = []
    if facts.request_received:
        key_dates.append(key_date("Request received (not counted)", facts.request_received))
    if facts.clock_paused == YesNo.YES and facts.pause_asked:
        key_dates.append(key_date("IRS stopped the clock (not counted)", facts.pause_asked))
        if facts.pause_reply_received:
            key_dates.append(
                key_date("IRS received the reply (not counted)", facts.pause_reply_received)
            )
    if due:
        if not elsewhere:
            label = "Answer due"
        elif finding.status == Status.MET or still_stopped:
            label = "Answer due, at the earliest (sent to another office first)"
        else:
            label = "Answer due, at the latest (sent to another office first)"
        key_dates.append(key_date(label, due))
    key_dates.append(key_date("Today", facts.today))
    if facts.request_basis == RequestBasis.SECTION_6103:
        due_reason = NOT_A_FOIA_DATE
    elif due is None and finding.status == Status.MET:
        due_reason = (
            "The IRS stopped the clock to ask for information or about fees and has not "
            "received the reply: the date depends on when it does."
        )
    elif due is None:
        due_reason = "The date the IRS received the request is not known."
    elif elsewhere and (finding.status == Status.MET or still_stopped):
        due_reason = (
            "The earliest date the answer can be due: the request went to another IRS office "
            "first, and the count starts when the FOIA office receives it."
        )
    elif elsewhere:
        due_reason = (
            "The latest date, if the IRS office that first received the request is one "
            "designated to receive requests: the count starts when the FOIA office receives "
            "it, and no later than 10 days after such an office does."
        )
    else:
        due_reason = ""
    return Determination(
        outcome=str(outcome),
        headline=headline,
        findings=(finding,),
        next_steps=(
            *(ACKNOWLEDGMENT_STEP if elsewhere else ()),
            *_timeline_steps(finding, due, request=True),
        ),
        caveats=(TIGTA_CAVEAT, CURRENCY_CAVEAT),
        data=_data(
            facts,
            path=Path.NO_ANSWER.value,
            stage="request",
            response_due=due.isoformat() if due else None,
            response_due_reason=due_reason,
            appeal_deadline_reason="The IRS has not answered, so there is nothing to appeal yet.",
            key_dates=key_dates,
        ),
    )


def _appeal_stage(appeal: Finding, due: date | None) -> tuple[Outcome, str] | None:
    """The outcome once an appeal has been sent, or None before one."""
    if appeal.status == Status.NOT_APPLICABLE:
        return None
    if appeal.status == Status.NOT_MET:
        return Outcome.ANSWER_OVERDUE, (
            f"The IRS's decision on the appeal is overdue (it was due by {us_long_date(due)}): "
            "the client may now ask a federal court to order the records released."
        )
    if appeal.status == Status.UNCLEAR and due:
        return Outcome.AWAITING_ANSWER, (
            "Check the file for a written notice giving the IRS more time to decide the appeal: "
            f"without one the decision is overdue; with one it is due by {us_long_date(due)}."
        )
    if appeal.status == Status.MET and due:
        return Outcome.AWAITING_ANSWER, (
            f"The IRS must decide the appeal by {us_long_date(due)}: diary that date."
        )
    if appeal.status == Status.MET:
        return Outcome.COURT_REVIEW, (
            "The IRS kept its withholding on appeal: the next step is a federal district "
            "court (or OGIS mediation). Talk to a lawyer about filing."
        )
    return None


def determine_response(facts: Facts) -> Determination:
    adverse = adverse_determination(facts)
    b7 = b7_withholding_names_a_listed_harm(facts)
    b7a = b7a_enforcement_proceedings_still_open(facts)
    b3 = b3_withholds_only_what_6103_protects(facts)
    exemptions = other_exemptions_cited(facts)
    harm = discretionary_withholding_meets_foreseeable_harm(facts)
    items, rows = item_findings(facts)
    identified = withheld_records_identified(facts)
    consistency = redactions_consistent(facts)
    refusal = section_6103_refusal_reason(facts)
    closure = closure_without_release_checked(facts)
    contact = irs_tried_to_contact_requester_first(facts)
    window = appeal_within_90_days(facts, adverse)
    appeal, appeal_due = appeal_decided_in_time(facts)
    findings = (
        adverse,
        b7,
        b7a,
        b3,
        exemptions,
        harm,
        *((identified,) if identified.status != Status.NOT_APPLICABLE else ()),
        *items,
        consistency,
        refusal,
        closure,
        contact,
        window,
        appeal,
    )

    withheld_flags = {row["flag"] for row in rows if row["withheld_or_released"] == WITHHELD}
    withheld_items = {row["item"] for row in rows if row["withheld_or_released"] == WITHHELD}
    # The clinic asked without the client's authorization for nothing but the client's own
    # items: the IRS could not give them to it (§ 6103(a)), whatever exemption it named.
    unauthorized_own_only = (
        facts.request_signed_by == SignedBy.CLINIC_NOT_AUTHORIZED
        and bool(withheld_items)
        and withheld_items <= CLIENTS_OWN_ITEMS
    )
    strong = Flag.LIKELY_IMPROPER in withheld_flags or Status.NOT_MET in (
        b7.status,
        b7a.status,
        consistency.status,
        closure.status,
    )
    questionable = Flag.WORTH_CHALLENGING in withheld_flags or contact.status == Status.NOT_MET
    unknown = (
        Flag.UNCLEAR in withheld_flags
        or adverse.status == Status.UNCLEAR
        or identified.status == Status.UNCLEAR
        or Status.UNCLEAR
        in (
            b7.status,
            b7a.status,
            b3.status,
            exemptions.status,
            consistency.status,
            closure.status,
            contact.status,
            refusal.status,
        )
    )
    # Who signed the request is not known, and the client's own items withheld turn on it.
    signer_decides = signer_not_known(facts) and any(
        row["withheld_or_released"] == WITHHELD
        and row["item"] in CLIENTS_OWN_ITEMS
        and row["flag"] == Flag.UNCLEAR
        for row in rows
    )
    # The foreseeable-harm test is an argument for an appeal, not a reason for one.
    weak = questionable or unknown
    if unauthorized_own_only:
        strong = weak = False
    if adverse.status == Status.NOT_MET and not strong:
        weak = False
    deadline = appeal_deadline(facts) if window.status in (Status.MET, Status.NOT_MET) else None
    by = f" by {us_long_date(deadline)}" if deadline else ""
    only_6103 = facts.request_basis == RequestBasis.SECTION_6103
    released_in_error = any(row["flag"] == Flag.IRS_ERROR for row in rows)
    third_party_received = any(
        row["item"] in THIRD_PARTY_RETURN_INFORMATION and row["withheld_or_released"] == RELEASED
        for row in rows
    )

    next_steps: list[str] = []
    if third_party_received:
        next_steps.append(THIRD_PARTY_STEP)
    stage = _appeal_stage(appeal, appeal_due)
    appeal_sent = facts.appeal_status in (AppealStatus.WAITING, AppealStatus.UPHELD)
    if appeal_sent and window.status == Status.UNCLEAR and facts.appeal_received:
        # The appeal arrived after the deadline: whether the IRS accepts it comes first.
        stage = (
            Outcome.DEADLINE_PASSED,
            "The appeal reached the IRS after the time to appeal: ask IRS Appeals whether it "
            "accepted it, make a new request now, and talk to a lawyer before going to court.",
        )
        next_steps.append(window.explanation)
    if stage and stage[0] == Outcome.COURT_REVIEW and not (strong or weak):
        # Nothing arguable: court review is there, but the result must not send them to it.
        stage = (
            Outcome.COURT_REVIEW,
            "The IRS kept its withholding on appeal. Court review is available, but we found "
            "nothing the IRS likely got wrong, so a suit is unlikely to get these records.",
        )
        appeal = replace(
            appeal,
            explanation=NOTHING_ARGUABLE_IN_COURT,
            citations=unique_citations(appeal.citations, c.FOIA_COURT_REVIEW),
        )
        findings = (*findings[:-1], appeal)
        if facts.request_signed_by == SignedBy.CLINIC_NOT_AUTHORIZED and withheld_items:
            next_steps.append(NEW_REQUEST_WITH_AUTHORIZATION_STEP)
    if stage:
        outcome, headline = stage
        if appeal.status in (Status.MET, Status.NOT_MET, Status.UNCLEAR) and appeal_due:
            next_steps.extend(_timeline_steps(appeal, appeal_due, request=False))
        elif outcome != Outcome.DEADLINE_PASSED:
            next_steps.append(appeal.explanation)
    elif (strong or weak) and window.status == Status.NOT_MET:
        outcome = Outcome.DEADLINE_PASSED
        headline = (
            f"The time to appeal ended on {us_long_date(deadline)}, so make a new request for "
            "the records"
            + (
                ""
                if facts.letter_appeal_deadline
                else " (unless the letter gives a later appeal date)"
            )
            + "."
        )
        if missed_by_a_day_off(deadline, facts.today):
            headline = (
                f"The time to appeal ended on {us_long_date(deadline)}, a day the IRS was "
                "closed: send the appeal today anyway, and make a new request at once."
            )
        next_steps.append(
            "Make a new request for the withheld records, using the points below."
            if facts.letter_appeal_deadline
            else "Check the letter for its appeal deadline; if it has passed, make a new "
            "request for the withheld records, using the points below."
        )
        next_steps.append(window.explanation)
    elif strong:
        outcome = Outcome.APPEAL_RECOMMENDED
        act = "Challenge the IRS's answer" if only_6103 else f"Appeal{by}"
        headline = (
            f"{act}: the IRS likely withheld information it should have released or did not "
            "give a proper reason."
        )
    elif weak:
        outcome = Outcome.CONSIDER_APPEAL
        act = (
            "Consider challenging the IRS's answer or making a new request"
            if only_6103
            else f"Consider an appeal{by}"
        )
        if facts.irs_action in (IrsAction.NOT_SURE, None):
            headline = (
                f"{act}, but first check the letter: we cannot judge the IRS's answer until "
                "we know what it did."
            )
        elif questionable:
            headline = f"{act}: some of what the IRS did is worth questioning."
        elif signer_decides:
            headline = (
                f"{act}, but first check who signed the request: if the clinic signed it "
                "without the client's signed authorization (Form 2848 or 8821), the IRS could "
                "not give it the client's information, and the step is a new request with one."
            )
        else:
            headline = (
                f"{act}: parts of the IRS's answer could not be judged from the answers "
                "given; check the points below."
            )
    else:
        outcome = Outcome.NO_ISSUE_FOUND
        if released_in_error:
            headline = (
                "Nothing here to appeal, but the IRS released information it should have "
                "withheld (its error, not a ground for appeal): see what to do below."
            )
        elif facts.request_signed_by == SignedBy.CLINIC_NOT_AUTHORIZED and any(
            row["withheld_or_released"] == WITHHELD for row in rows
        ):
            headline = (
                "Nothing to appeal: without the client's signed authorization the IRS could not "
                "give the clinic the client's information. Send a new request with one."
            )
            next_steps.append(NEW_REQUEST_WITH_AUTHORIZATION_STEP)
        elif facts.matter_status == MatterStatus.OPEN and any(
            row["withheld_or_released"] == WITHHELD for row in rows
        ):
            headline = (
                "No appeal is likely to succeed while the matter is open: ask again for what was "
                "withheld once it closes."
            )
        elif any(row["flag"] == Flag.UNCLEAR for row in rows):
            headline = (
                "Nothing to appeal in what the IRS withheld; some released items could not be "
                "judged."
            )
        else:
            headline = "We found no sign that the IRS got this wrong, so no appeal is needed."

    appealing = outcome in (Outcome.APPEAL_RECOMMENDED, Outcome.CONSIDER_APPEAL)
    if appealing and only_6103:
        next_steps.append(
            "A request made only under § 6103 has no FOIA appeal. Ask the IRS office that "
            "answered to reconsider, or make a new FOIA request that names § 6103, so that "
            "FOIA's time limit and appeal apply."
        )
    if appealing and deadline:
        send_by = last_working_day_by(deadline)
        arrive = "" if send_by == deadline else f" ({us_long_date(deadline)} is not a working day)"
        next_steps.append(
            f"Diary {us_long_date(send_by)}{arrive}: send the appeal so that it arrives by then, "
            "to the address in the letter, and keep proof of delivery."
        )
    if appealing and not only_6103:
        next_steps.append(HELP_STEP)
    if outcome in (Outcome.APPEAL_RECOMMENDED, Outcome.CONSIDER_APPEAL, Outcome.DEADLINE_PASSED):
        for finding in (
            identified,
            b7,
            b7a,
            b3,
            exemptions,
            harm,
            consistency,
            refusal,
            closure,
            contact,
        ):
            if finding is refusal and facts.refusal_reason == RefusalReason.NO_RECORDS:
                continue  # the closure finding says what to do about "no records"
            step = _short_step(finding, facts)
            if finding.status in (Status.NOT_MET, Status.UNCLEAR) and step:
                next_steps.append(step)
        for row in rows:
            rule = item_rule(row["item"], row["withheld_or_released"], facts)
            if row["withheld_or_released"] == WITHHELD and rule.ask:
                next_steps.append(f"{row['label']}: {rule.ask}")
    if released_in_error and not third_party_received:
        next_steps.append(
            "Some information was released that the IRS should have withheld. That is the "
            "IRS's error, not a ground for appeal."
        )

    key_dates = []
    if facts.letter_date:
        key_dates.append(key_date("IRS letter", facts.letter_date))
    if deadline and not appeal_sent:
        key_dates.append(key_date("Appeal due", deadline))
    if appeal_due:
        key_dates.append(key_date("Appeal decision due (20 working days)", appeal_due))
    key_dates.append(key_date("Today", facts.today))

    if deadline:
        appeal_reason = ""
    elif only_6103:
        appeal_reason = NOT_A_FOIA_DATE
    elif adverse.status == Status.NOT_MET:
        appeal_reason = "The IRS released everything asked for: there is nothing to appeal."
    else:
        appeal_reason = window.explanation
    return Determination(
        outcome=str(outcome),
        headline=headline,
        findings=findings,
        next_steps=tuple(dict.fromkeys(next_steps)),
        caveats=_review_caveats(appeal_sent),
        data=_data(
            facts,
            response_due_reason=(
                NOT_A_FOIA_DATE if only_6103 else "The IRS has answered; its due date has passed."
            ),
            items=rows,
            appeal_deadline=deadline.isoformat() if deadline else None,
            appeal_deadline_reason=appeal_reason,
            appeal_decision_due=appeal_due.isoformat() if appeal_due else None,
            stage="appeal" if stage else "answer",
            key_dates=key_dates,
        ),
    )

"""The result of reviewing the IRS's answer: the outcome, headline, next steps and key dates."""

from __future__ import annotations

from questionnaires.framework.determination import Determination, Status
from questionnaires.framework.wording import us_long_date

from .adverse import adverse_determination
from .dates import appeal_deadline_date, appeal_within_90_days
from .exemption_b7 import b7_withholding_names_a_listed_harm
from .exemptions_other import other_exemptions_cited
from .facts import WITHHELD, Facts, Flag, Outcome, Path, RequestBasis
from .items import flag_item, item_findings, redactions_consistent
from .refusals import (
    closure_without_release_checked,
    irs_tried_to_contact_requester_first,
    section_6103_refusal_reason,
)
from .report import REPORT_CONTEXT, key_date

# ---------------------------------------------------------------------------
# Path 2 result
# ---------------------------------------------------------------------------


_SHORT_STEPS = {
    ("b7_harm", Status.NOT_MET): (
        "Ask the IRS to say which of the six (b)(7) harms applies to each (b)(7) withholding."
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


def determine_response(facts: Facts) -> Determination:
    adverse = adverse_determination(facts)
    b7 = b7_withholding_names_a_listed_harm(facts)
    exemptions = other_exemptions_cited(facts)
    items, rows = item_findings(facts)
    consistency = redactions_consistent(facts)
    refusal = section_6103_refusal_reason(facts)
    closure = closure_without_release_checked(facts)
    contact = irs_tried_to_contact_requester_first(facts)
    window = appeal_within_90_days(facts, adverse)
    findings = (adverse, b7, exemptions, *items, consistency, refusal, closure, contact, window)

    withheld_flags = {row["flag"] for row in rows if row["withheld_or_released"] == WITHHELD}
    strong = (
        Flag.LIKELY_IMPROPER in withheld_flags
        or b7.status == Status.NOT_MET
        or consistency.status == Status.NOT_MET
    )
    weak = (
        bool(withheld_flags & {Flag.WORTH_CHALLENGING, Flag.UNCLEAR})
        or adverse.status == Status.UNCLEAR
        or Status.UNCLEAR in (b7.status, exemptions.status, consistency.status)
        or closure.status == Status.UNCLEAR
        or contact.status in (Status.NOT_MET, Status.UNCLEAR)
        or refusal.status == Status.UNCLEAR
    )
    if adverse.status == Status.NOT_MET and not strong:
        weak = False
    deadline = (
        appeal_deadline_date(facts.letter_date)
        if facts.letter_date and window.status in (Status.MET, Status.NOT_MET)
        else None
    )
    by = f" by {us_long_date(deadline)}" if deadline else ""
    only_6103 = facts.request_basis == RequestBasis.SECTION_6103

    next_steps: list[str] = []
    if (strong or weak) and window.status == Status.NOT_MET:
        outcome = Outcome.DEADLINE_PASSED
        headline = (
            f"The 90-day appeal period ended on {us_long_date(deadline)}, so make a new "
            "request for the records (unless the letter gives a later appeal date)."
        )
        next_steps.append(
            "Check the letter for its appeal deadline; if it has passed, make a new request "
            "for the withheld records, using the points below."
        )
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
        headline = f"{act}: some of what the IRS did is worth questioning."
    else:
        outcome = Outcome.NO_ISSUE_FOUND
        headline = "We found no sign that the IRS got this wrong, so no appeal is needed."

    if outcome in (Outcome.APPEAL_RECOMMENDED, Outcome.CONSIDER_APPEAL) and only_6103:
        next_steps.append(
            "A request made only under § 6103 has no FOIA appeal. Ask the IRS office that "
            "answered to reconsider, or make a new request that also cites FOIA, so that "
            "FOIA's time limit and 90-day appeal apply."
        )
    if outcome in (Outcome.APPEAL_RECOMMENDED, Outcome.CONSIDER_APPEAL) and deadline:
        next_steps.append(
            f"Diary {us_long_date(deadline)}. Check the IRS's letter for the exact appeal "
            "deadline and the address to send the appeal to."
        )
    if outcome != Outcome.NO_ISSUE_FOUND:
        for finding in (b7, consistency, refusal, closure, contact):
            if finding.status in (Status.NOT_MET, Status.UNCLEAR):
                next_steps.append(
                    _SHORT_STEPS.get((finding.code, finding.status), finding.explanation)
                )
        for row in rows:
            rule = flag_item(row["item"], row["withheld_or_released"])
            if row["withheld_or_released"] == WITHHELD and rule.ask:
                next_steps.append(f"{row['label']}: {rule.ask}")
    if any(row["flag"] == Flag.IRS_ERROR for row in rows):
        next_steps.append(
            "Some information was released that the IRS should have withheld. That is the "
            "IRS's error, not a ground for appeal."
        )

    key_dates = []
    if facts.letter_date:
        key_dates.append(key_date("IRS letter", facts.letter_date))
    if deadline:
        key_dates.append(key_date("Appeal due (90 days after the letter)", deadline))
    key_dates.append(key_date("Today", facts.today))

    caveats = (
        "The 90-day period is the least the law allows; the letter may give a later date and "
        "says where to send the appeal.",
        "TIGTA's findings describe mistakes in cases it sampled; they do not bind the IRS. "
        + REPORT_CONTEXT["text"],
    )
    return Determination(
        outcome=str(outcome),
        headline=headline,
        findings=findings,
        next_steps=tuple(dict.fromkeys(next_steps)),
        caveats=caveats,
        data={
            "path": Path.REVIEW_RESPONSE.value,
            "route": None,
            "checklist": [],
            "missing": [],
            "not_confirmed": [],
            "response_due": None,
            "due_date_count": None,
            "items": rows,
            "appeal_deadline": deadline.isoformat() if deadline else None,
            "key_dates": key_dates,
            "report_context": REPORT_CONTEXT,
        },
    )

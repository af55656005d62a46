"""How soon a signed Form 8821 must reach the IRS.

26 C.F.R. § 301.6103(c)-1(b)(2): a disclosure under a written request or consent (the Form
8821 kind, under I.R.C. § 6103(c)) "shall not be made unless the request or consent is
received by the Internal Revenue Service ... within 120 days following the date upon which the
request or consent was signed and dated by the taxpayer". By para. (f) that applies to
authorizations signed on or after October 19, 2009. A Form 2848 is not a § 6103(c) consent
(the representative receives information under § 6103(e)(6); para. (c)(3) points there), so
the rule is applied to the Form 8821 only. The regulation counts calendar days and does not
move a last day that falls on a weekend."""

from __future__ import annotations

from datetime import date, timedelta

from questionnaires.framework.determination import Finding, Status
from questionnaires.framework.wording import us_long_date
from questionnaires.irs_records_request import citations as c

from .facts import AuthorizationForm, Facts

CONSENT_RECEIPT_DAYS = 120
#: Para. (f): the 120 days apply to § 6103(c) authorizations signed on or after this date.
CONSENT_RECEIPT_RULE_START = date(2009, 10, 19)

CODE = "form_8821_timing"
TITLE = "The IRS receives the Form 8821 within 120 days of its signing"
RELIED_ON = ("form_8821_signed", "request_received")
ALREADY_RECEIVED = (
    " This does not apply if the IRS already received this form within the 120 days (for "
    "example, it was recorded on the IRS's Centralized Authorization File then)."
)


def form_8821_last_day(signed: date) -> date:
    """The last day the IRS may receive a Form 8821 signed and dated on ``signed``."""
    return signed + timedelta(days=CONSENT_RECEIPT_DAYS)


def form_8821_received_in_time(facts: Facts, authorization: Finding) -> Finding:
    """Whether the Form 8821 on file will reach the IRS within 120 days of its signing. Applies
    only when a Form 8821 covering the request is on file (the authorization finding is met)."""
    cites = (c.REG_CONSENT_120_DAYS,)
    if (
        facts.authorization_form != AuthorizationForm.FORM_8821
        or authorization.status != Status.MET
    ):
        return Finding(
            CODE, TITLE, Status.NOT_APPLICABLE, "No Form 8821 is relied on.", RELIED_ON, ()
        )
    signed = facts.form_8821_signed
    if signed is None:
        return Finding(
            CODE,
            TITLE,
            Status.UNCLEAR,
            "Check the date the client signed and dated the Form 8821: the IRS acts on it only "
            "if it receives it within 120 days after that date. If it will arrive later, have "
            "the client sign and date a new one and send it with the request.",
            RELIED_ON,
            cites,
        )
    if signed < CONSENT_RECEIPT_RULE_START:
        return Finding(
            CODE,
            TITLE,
            Status.UNCLEAR,
            f"The Form 8821 was signed on {us_long_date(signed)}, before October 19, 2009, "
            "when the 120-day rule began. A form that old may no longer be on the IRS's "
            "records: have the client sign and date a new one and send it with the request.",
            RELIED_ON,
            cites,
        )
    last_day = form_8821_last_day(signed)
    signed_text = (
        f"The client signed the Form 8821 on {us_long_date(signed)}, so the IRS must receive "
        f"it by {us_long_date(last_day)} (120 days later)."
    )
    arrives = facts.request_received
    if (arrives or facts.today) > last_day:
        when = (
            f" The request reaches the IRS on {us_long_date(arrives)}, after that."
            if arrives is not None
            else " That day has passed."
        )
        return Finding(
            CODE,
            TITLE,
            Status.NOT_MET,
            signed_text
            + when
            + " The IRS will not act on it: have the client sign and date a new Form 8821 and "
            "send it with the request." + ALREADY_RECEIVED,
            RELIED_ON,
            cites,
        )
    if arrives is not None and arrives <= facts.today:
        arrival = (
            f" The IRS received the request, with a copy of the form, on {us_long_date(arrives)}."
        )
    else:
        arrival = (
            f" The request, with a copy of the form, is to reach the IRS on "
            f"{us_long_date(arrives)}."
            if arrives is not None
            else ""
        ) + (
            " Send it in time; if the request is delayed past that date, have the client sign "
            "and date a new one."
        )
    return Finding(
        CODE,
        TITLE,
        Status.MET,
        signed_text + arrival,
        RELIED_ON,
        cites,
    )

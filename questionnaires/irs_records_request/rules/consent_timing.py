"""How soon a signed § 6103(c) consent must reach the IRS: the Form 8821 on file, and the other
taxpayer's consent.

26 C.F.R. § 301.6103(c)-1(b)(2): a disclosure under a written request or consent (the Form
8821 kind, under I.R.C. § 6103(c)) "shall not be made unless the request or consent is
received by the Internal Revenue Service ... within 120 days following the date upon which the
request or consent was signed and dated by the taxpayer". By para. (b)(1) the consent is
signed and dated "by the taxpayer who filed the return or to whom the return information
relates", so the rule binds any § 6103(c) consent: the client's Form 8821, a Form 8821 signed
by the person whose records they are, and another taxpayer's consent to the disclosure of
their records with the client's. By para. (f) it applies to authorizations signed on or after
October 19, 2009. A Form 2848 is not a § 6103(c) consent (the representative receives
information under § 6103(e)(6); para. (c)(3) points there), so the rule is not applied to it.
The regulation counts calendar days and does not move a last day that falls on a weekend.

The Form 8821 instructions were not read (only their opening, Rev. September 2021, which does
not speak of the 120 days): the rule is applied from the regulation alone."""

from __future__ import annotations

from datetime import date, timedelta

from questionnaires.framework.determination import Finding, Status, reads
from questionnaires.framework.wording import YesNo, us_long_date
from questionnaires.irs_records_request import citations as c

from .facts import AuthorizationForm, Facts
from .route import other_person_records

CONSENT_RECEIPT_DAYS = 120
#: Para. (f): the 120 days apply to § 6103(c) authorizations signed on or after this date.
CONSENT_RECEIPT_RULE_START = date(2009, 10, 19)

CODE = "form_8821_timing"
TITLE = "The IRS receives the Form 8821 within 120 days of its signing"
OTHER_CODE = "other_taxpayer_consent_timing"
OTHER_TITLE = "The IRS receives the other taxpayer's consent within 120 days of its signing"
ALREADY_RECEIVED = (
    " This does not apply if the IRS already received this form within the 120 days (for "
    "example, it was recorded on the IRS's Centralized Authorization File then)."
)


def consent_last_day(signed: date) -> date:
    """The last day the IRS may receive a § 6103(c) consent signed and dated on ``signed``."""
    return signed + timedelta(days=CONSENT_RECEIPT_DAYS)


#: The Form 8821 is a § 6103(c) consent: the same 120 days.
form_8821_last_day = consent_last_day


def signed_after_the_request(signed: date | None, facts: Facts) -> bool:
    """The consent is dated after the day the request reaches the IRS: it cannot have come
    with it."""
    return (
        signed is not None
        and facts.request_received is not None
        and (signed > facts.request_received)
    )


def _received_within_120_days(
    facts: Facts,
    signed: date | None,
    *,
    document: str,
    signer: str,
    new_one: str,
    new_named: str,
    copy: str,
    code: str,
    title: str,
    relied_on: tuple[str, ...],
    already_received: str,
) -> Finding:
    """Whether a § 6103(c) consent signed on ``signed`` reaches the IRS, with the request, by
    the 120th day after (26 C.F.R. § 301.6103(c)-1(b)(2)); unknown when ``signed`` is None.
    ``new_one``/``new_named``: what to do for a fresh consent ("have the client sign and date
    a new one"/"... a new Form 8821")."""
    cites = (c.REG_CONSENT_120_DAYS,)
    send_new = f"{new_one} and send it with the request."
    if signed is None:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            f"Check the date {signer} signed and dated {document}: the IRS acts on it only if it "
            f"receives it within 120 days after that date. If it will arrive later, {send_new}",
            relied_on,
            cites,
        )
    if signed < CONSENT_RECEIPT_RULE_START:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            f"{_capital(document)} was signed on {us_long_date(signed)}, before October 19, "
            f"2009, when the 120-day rule began. One that old may no longer be on the IRS's "
            f"records: {send_new}",
            relied_on,
            cites,
        )
    last_day = consent_last_day(signed)
    arrives = facts.request_received
    if signed_after_the_request(signed, facts):
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            f"{_capital(signer)} signed {document} on {us_long_date(signed)}, after the date "
            f"the request reaches the IRS ({us_long_date(arrives)}), so it cannot have come "
            "with the request, and the IRS may not give the information without it. Send it "
            f"now to the IRS office handling the request, to arrive by {us_long_date(last_day)} "
            "(120 days after its signing), or make a new request with it.",
            relied_on,
            cites,
        )
    signed_text = (
        f"{_capital(signer)} signed {document} on {us_long_date(signed)}, so the IRS must "
        f"receive it by {us_long_date(last_day)} (120 days later)."
    )
    if (arrives or facts.today) > last_day:
        when = (
            f" The request reaches the IRS on {us_long_date(arrives)}, after that."
            if arrives is not None
            else " That day has passed."
        )
        return Finding(
            code,
            title,
            Status.NOT_MET,
            f"{signed_text}{when} The IRS will not act on it: {new_named} and send it with the "
            f"request.{already_received}",
            relied_on,
            cites,
        )
    if arrives is not None and arrives <= facts.today:
        arrival = f" The IRS received the request, with {copy}, on {us_long_date(arrives)}."
    else:
        arrival = (
            f" The request, with {copy}, is to reach the IRS on {us_long_date(arrives)}."
            if arrives is not None
            else ""
        ) + f" Send it in time; if the request is delayed past that date, {new_one}."
    return Finding(code, title, Status.MET, signed_text + arrival, relied_on, cites)


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


@reads(
    "form_8821_signed",
    "request_received",
    decides="whether the IRS receives the Form 8821 within 120 days of its signing",
    law=(c.REG_CONSENT_120_DAYS,),
)
def form_8821_received_in_time(facts: Facts, authorization: Finding) -> Finding:
    """Whether the Form 8821 on file will reach the IRS within 120 days of its signing
    (26 C.F.R. § 301.6103(c)-1(b)(2)). Applies only when a Form 8821 covering the request is on
    file (the authorization finding is met). The taxpayer whose records these are signs it: the
    client, or the other person when the records are theirs."""
    relied_on = ("form_8821_signed", "request_received")
    if (
        facts.authorization_form != AuthorizationForm.FORM_8821
        or authorization.status != Status.MET
    ):
        return Finding(
            CODE, TITLE, Status.NOT_APPLICABLE, "No Form 8821 is relied on.", relied_on, ()
        )
    signer = "the other person" if other_person_records(facts) else "the client"
    return _received_within_120_days(
        facts,
        facts.form_8821_signed,
        document="the Form 8821",
        signer=signer,
        new_one=f"have {signer} sign and date a new one",
        new_named=f"have {signer} sign and date a new Form 8821",
        copy="a copy of the form",
        code=CODE,
        title=TITLE,
        relied_on=relied_on,
        already_received=ALREADY_RECEIVED,
    )


@reads(
    "third_party_consent_signed",
    "request_received",
    decides="whether the IRS receives the other taxpayer's consent within 120 days of its signing",
    law=(c.REG_CONSENT_120_DAYS, c.REG_CONSENT_SIGNED_BY_TAXPAYER),
)
def other_taxpayer_consent_received_in_time(facts: Facts, consent: Finding) -> Finding:
    """Whether the other taxpayer's signed consent, relied on for their records asked for with
    the client's, will reach the IRS within 120 days of its signing. The consent is a § 6103(c)
    consent signed and dated by the taxpayer to whom the information relates (26 C.F.R.
    § 301.6103(c)-1(b)(1)), so the same 120 days apply ((b)(2)). Applies only when the consent
    finding rests on that consent (not on a joint return, § 6103(e)(8) or (e)(9))."""
    relied_on = ("third_party_consent_signed", "request_received")
    relies_on_the_consent = (
        facts.third_party_consent == YesNo.YES and consent.status != Status.NOT_APPLICABLE
    )
    if not relies_on_the_consent:
        return Finding(
            OTHER_CODE,
            OTHER_TITLE,
            Status.NOT_APPLICABLE,
            "No consent from the other taxpayer is relied on.",
            relied_on,
            (),
        )
    return _received_within_120_days(
        facts,
        facts.third_party_consent_signed,
        document="the consent",
        signer="the other taxpayer",
        new_one="ask the other taxpayer to sign and date a new one",
        new_named="ask the other taxpayer to sign and date a new consent",
        copy="a copy of the consent",
        code=OTHER_CODE,
        title=OTHER_TITLE,
        relied_on=relied_on,
        already_received=(
            " This does not apply if the IRS already received this consent within the 120 days."
        ),
    )

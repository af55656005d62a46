"""Preparing a request: which law it goes under (I.R.C. § 6103(c), § 6103(e), FOIA, or the
IRS's forms for returns and transcripts), the authorization from the person whose records
these are, and the consent of another taxpayer."""

from __future__ import annotations

from dataclasses import dataclass

from questionnaires.framework.determination import Finding, Status
from questionnaires.framework.wording import YesNo, unique_citations
from questionnaires.irs_records_request import citations as c

from .facts import (
    VALID_AUTHORIZATIONS,
    AuthorizationForm,
    Facts,
    RecordKind,
    RecordsOwner,
    Requester,
)

# ---------------------------------------------------------------------------
# 1. The route: § 6103(e), § 6103(c), FOIA, or the IRS's forms
# ---------------------------------------------------------------------------

ROUTE_LABELS = {
    "6103e": "an I.R.C. § 6103(e) request (the taxpayer's own return information)",
    "6103c": "an I.R.C. § 6103(c) request (to a person the taxpayer designates)",
    "foia": "a Freedom of Information Act (FOIA) request",
    "other_channel": "Form 4506 or Form 4506-T",
}


@dataclass(frozen=True)
class Route:
    code: str | None  # "6103e", "6103c", "foia", "other_channel"; None when unknown
    reason: str


def other_person_records(facts: Facts) -> bool:
    """The request is for another person's records (not the client's or the business's)."""
    wanted = facts.records_wanted - {RecordKind.RETURNS_TRANSCRIPTS}
    return facts.records_owner == RecordsOwner.ANOTHER_PERSON or (
        wanted == {RecordKind.ANOTHER_TAXPAYER}
    )


def route_for_the_request(facts: Facts) -> tuple[Finding, Route]:
    """Which law the request goes under.

    I.R.C. § 6103 keeps returns and return information confidential, but lets the taxpayer
    (§ 6103(e)) or a person the taxpayer designates in writing (§ 6103(c)) request and
    receive the taxpayer's return and return information (TIGTA Rep. at 1; at 7 n.2). FOIA,
    5 U.S.C. § 552, makes agency records available on request unless an exemption applies
    (at 1). Copies of returns and transcripts have their own IRS forms (Form 4506, Form
    4506-T), so a FOIA request is not needed for them.
    """
    title = "Which kind of request to make"
    relied_on = ("records_wanted", "records_owner", "requester")
    wanted = facts.records_wanted
    transcripts_note = (
        " For the returns or transcripts, Form 4506 (copy of a return) or Form 4506-T "
        "(transcript) is simpler than a records request."
        if RecordKind.RETURNS_TRANSCRIPTS in wanted
        else ""
    )
    if not wanted:
        route = Route(None, "We need to know which records are wanted.")
        return (
            Finding("route", title, Status.UNCLEAR, route.reason, relied_on, ()),
            route,
        )
    if wanted == {RecordKind.RETURNS_TRANSCRIPTS}:
        route = Route(
            "other_channel",
            "Only copies of returns or transcripts are wanted. The IRS has forms for these: "
            "Form 4506 for a copy of a return and Form 4506-T for a transcript. A FOIA "
            "request is not needed.",
        )
        return (
            Finding("route", title, Status.MET, route.reason, relied_on, ()),
            route,
        )
    if other_person_records(facts):
        route = Route(
            "6103c",
            "The records are another person's. Tax records may not be disclosed to anyone "
            "unless § 6103 allows it. § 6103(c) lets a person the taxpayer names in a signed, "
            "written consent get the taxpayer's return information, so the request needs "
            "that person's consent." + transcripts_note,
        )
        cites = unique_citations(c.IRC_6103C, c.REPORT_DISCLOSURE_BAR, c.REPORT_BACKGROUND)
        return (
            Finding("route", title, Status.MET, route.reason, relied_on, cites),
            route,
        )
    if facts.records_owner not in (RecordsOwner.CLIENT, RecordsOwner.CLIENT_BUSINESS) or (
        facts.requester not in (Requester.CLIENT, Requester.CLINIC)
    ):
        route = Route(
            None,
            "The route depends on whose records these are and who sends the request; "
            "answer both to see the route.",
        )
        return (
            Finding("route", title, Status.UNCLEAR, route.reason, relied_on, ()),
            route,
        )
    if wanted & {RecordKind.IRS_EMAILS, RecordKind.OTHER}:
        route = Route(
            "foia",
            "The request includes IRS e-mails or other records that may hold more than the "
            "client's own return information. FOIA (the Freedom of Information Act) reaches "
            "all IRS records unless an exemption (a listed reason to withhold) applies. Under "
            "FOIA the IRS must still give the client what § 6103 lets the client have."
            + transcripts_note,
        )
        cites = unique_citations(c.FOIA, c.REPORT_BACKGROUND, c.IRC_6103E)
        return (
            Finding("route", title, Status.MET, route.reason, relied_on, cites),
            route,
        )
    if facts.requester == Requester.CLIENT:
        route = Route(
            "6103e",
            "The client asks for the client's own examination or collection file or "
            "workpapers. That is the client's return information, which § 6103(e) lets the "
            "taxpayer request and receive. For a business, the person signing must be one "
            "§ 6103(e) allows to get the business's information." + transcripts_note,
        )
        cites = unique_citations(c.IRC_6103E, c.REPORT_BACKGROUND, c.REPORT_6103_REQUESTS)
    else:
        route = Route(
            "6103c",
            "The clinic asks for the client's own examination or collection file or "
            "workpapers. § 6103(c) lets a person the taxpayer designates in writing receive "
            "the taxpayer's return information, so the clinic sends it with the client's "
            "authorization." + transcripts_note,
        )
        cites = unique_citations(c.IRC_6103C, c.REPORT_BACKGROUND, c.REPORT_6103_REQUESTS)
    return Finding("route", title, Status.MET, route.reason, relied_on, cites), route


# ---------------------------------------------------------------------------
# 2. Authorization from the person whose records these are
# ---------------------------------------------------------------------------


def authorization_needed(facts: Facts) -> bool | None:
    """An authorization is needed when someone other than the taxpayer asks: the clinic for
    the client, or anyone for another person's records. None when we cannot tell."""
    if other_person_records(facts) or facts.requester == Requester.CLINIC:
        return True
    if facts.requester == Requester.CLIENT and facts.records_owner in (
        RecordsOwner.CLIENT,
        RecordsOwner.CLIENT_BUSINESS,
    ):
        return False
    return None


def valid_authorization_on_file(facts: Facts) -> Finding:
    """Third-party requests for records that I.R.C. § 6103 protects "must include a valid
    authorization document, e.g, Form 2848" (TIGTA Rep. at 5); without it the IRS must refuse
    (§ 6103; FOIA exemption (b)(3), 5 U.S.C. § 552(b)(3)). Form 2848 names a representative
    who may practise before the IRS; Form 8821 authorizes disclosure of information only. The
    authorization must cover the tax matters and periods asked about.
    """
    code, title = "authorization", "A valid authorization is on file"
    relied_on = ("requester", "records_owner", "authorization_form", "authorization_covers")
    cites = unique_citations(c.REPORT_OTHER_ERRORS, c.IRC_6103, c.FOIA_B3)
    needed = authorization_needed(facts)
    other_person = other_person_records(facts)
    form = facts.authorization_form
    if needed is False:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The client asks for the client's own records, so no authorization is needed.",
            relied_on,
            (),
        )
    if form in VALID_AUTHORIZATIONS and facts.authorization_covers == YesNo.YES:
        text = (
            "A signed Form 2848 is on file and covers the matters and periods asked about."
            if form == AuthorizationForm.FORM_2848
            else "A signed Form 8821 is on file and covers the matters and periods asked "
            "about. A Form 8821 lets the IRS give the named person information, but it does "
            "not let them act for the client; for that, use Form 2848."
        )
        return Finding(
            code, title, Status.MET, text + " Send a copy with the request.", relied_on, cites
        )
    if needed is None and form not in VALID_AUTHORIZATIONS:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "We cannot tell whether the taxpayer is asking for the taxpayer's own records: "
            "who sends the request, or whose records they are, is not known. If anyone other "
            "than the taxpayer sends it, a signed authorization from the taxpayer (Form 2848 "
            "or Form 8821) is needed.",
            relied_on,
            cites,
        )
    if form == AuthorizationForm.NONE:
        if other_person:
            text = (
                "The request is for another person's tax records and there is no signed "
                "authorization from that person. The IRS must refuse it: § 6103 keeps those "
                "records confidential, and FOIA exemption (b)(3) lets the IRS withhold "
                "records another law protects. First get that person's signed Form 8821 (or "
                "Form 2848) naming whoever will send the request."
            )
        else:
            text = (
                "The clinic will send the request, but there is no signed authorization from "
                "the client. Get the client's signed Form 2848 (to represent the client) or "
                "Form 8821 (to receive information) covering these matters and periods, or "
                "have the client sign the request."
            )
        return Finding(code, title, Status.NOT_MET, text, relied_on, cites)
    if form in VALID_AUTHORIZATIONS and facts.authorization_covers == YesNo.NO:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The authorization on file does not cover the tax matters or periods asked "
            "about. Get a new one that does before sending the request.",
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "We could not confirm that a valid authorization covering these matters and periods "
        "is on file. Check the file for a signed Form 2848 or Form 8821 before sending.",
        relied_on,
        cites,
    )


def consent_of_the_other_taxpayer(facts: Facts) -> Finding:
    """Records about another taxpayer, asked for alongside the client's own, are that
    taxpayer's return information: the IRS may not disclose them without that taxpayer's
    written consent (I.R.C. § 6103, § 6103(c); TIGTA Rep. at 7 n.1; exemption (b)(3))."""
    code, title = "other_taxpayer_consent", "The other taxpayer has consented"
    relied_on = ("records_wanted", "third_party_consent")
    cites = unique_citations(c.IRC_6103C, c.REPORT_DISCLOSURE_BAR, c.FOIA_B3)
    if RecordKind.ANOTHER_TAXPAYER not in facts.records_wanted or other_person_records(facts):
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The request does not ask for records about a taxpayer other than the client "
            "(or that is dealt with under the authorization above).",
            relied_on,
            (),
        )
    if facts.third_party_consent == YesNo.YES:
        return Finding(
            code,
            title,
            Status.MET,
            "The other taxpayer has signed a consent; send a copy with the request.",
            relied_on,
            cites,
        )
    if facts.third_party_consent == YesNo.NO:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The request also asks for records about another taxpayer, with no signed "
            "consent from that person. The IRS must refuse that part (§ 6103; exemption "
            "(b)(3)). Get that person's signed consent (Form 8821) first, or leave that part "
            "out.",
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "We could not confirm that the other taxpayer has signed a consent. Without one the "
        "IRS must refuse that part of the request.",
        relied_on,
        cites,
    )

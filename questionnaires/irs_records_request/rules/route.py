"""Preparing a request: which law it goes under (FOIA, invoking I.R.C. § 6103(c) or (e) for
the client's own return information, or the IRS's forms for returns and transcripts), the
authorization from the person whose records these are, and the consent of another taxpayer."""

from __future__ import annotations

from dataclasses import dataclass

from questionnaires.framework.determination import Finding, Status, reads
from questionnaires.framework.wording import YesNo, unique_citations
from questionnaires.irs_records_request import citations as c

from .facts import (
    VALID_AUTHORIZATIONS,
    AuthorizationForm,
    Facts,
    MatterStatus,
    RecordKind,
    RecordsOwner,
    Requester,
)

# ---------------------------------------------------------------------------
# 1. The route: FOIA (invoking § 6103(c) or (e)), or the IRS's forms
# ---------------------------------------------------------------------------

ROUTE_LABELS = {
    "foia_6103": (
        "a FOIA request that names I.R.C. § 6103 as the law that lets the IRS give the information"
    ),
    "foia": "a Freedom of Information Act (FOIA) request",
    "other_channel": "Form 4506 or Form 4506-T",
}

#: The routes that are FOIA requests: only these carry FOIA's time limit and appeal.
FOIA_ROUTES = frozenset({"foia_6103", "foia"})

#: The part of § 6103 that lets the IRS give the information to whoever asks.
AUTHORITY_LABELS = {
    "6103(e)": "§ 6103(e), which lets the taxpayer see the taxpayer's own return and return "
    "information",
    "6103(e)(6)": "§ 6103(e)(6), which lets the taxpayer's attorney in fact, named in a signed "
    "Form 2848, receive it",
    "6103(c)": "§ 6103(c), which lets a person the taxpayer designates in a signed consent "
    "(Form 8821) receive it",
    "6103(e)(2)-(3)": "§ 6103(e)(3), which lets the executor or administrator of a person "
    "who has died see that person's returns (an heir or beneficiary only if the IRS finds a "
    "material interest), or § 6103(e)(2), which lets the guardian of a legally incompetent "
    "person's estate see theirs",
    "6103(e)(1)(B)": "§ 6103(e)(1)(B), which lets either spouse see a joint income tax return "
    "they filed (and its return information, as § 6103(e)(7) allows)",
    "6103(e)(8)": "§ 6103(e)(8), which lets a spouse on a joint return who is divorced or "
    "living apart learn how the IRS collected the joint debt from the other spouse",
    "6103(e)(9)": "§ 6103(e)(9), which lets a person liable for the trust fund recovery "
    "penalty learn who else was found liable and what the IRS collected from them",
}
AUTHORITY_CITATIONS = {
    "6103(e)": (c.IRC_6103E, c.IRC_6103E7),
    "6103(e)(6)": (c.IRC_6103E6, c.IRC_6103E7),
    "6103(c)": (c.IRC_6103C,),
    "6103(e)(2)-(3)": (c.IRC_6103E3, c.IRC_6103E2, c.IRC_6103E7),
    "6103(e)(1)(B)": (c.IRC_6103E1B, c.IRC_6103E7),
    "6103(e)(8)": (c.IRC_6103E8,),
    "6103(e)(9)": (c.IRC_6103E9,),
}

TRADE_OFF = (
    "Why a FOIA request: a request made only under § 6103 has no time limit for the answer, "
    "no FOIA appeal and no review by a court under FOIA. A FOIA request that names § 6103 as "
    "the law allowing the IRS to give the information keeps FOIA's 20-working-day limit, the "
    "appeal and court review. The trade-off: it goes through the IRS's formal FOIA process, "
    "and the IRS can still withhold parts under FOIA's exemptions."
)
TRADE_OFF_CITATIONS = (c.FOIA_20_WORKING_DAYS, c.FOIA_90_DAY_APPEAL, c.FOIA_COURT_REVIEW)


@dataclass(frozen=True)
class Route:
    code: str | None  # "foia_6103", "foia", "other_channel"; None when unknown
    reason: str
    #: "6103(e)", "6103(e)(6)" or "6103(c)"; None when it does not apply or is not known.
    authority: str | None = None

    @property
    def is_foia(self) -> bool:
        return self.code in FOIA_ROUTES

    @property
    def contract_code(self) -> str | None:
        """The route as `manage.py screen` has always named it: the part of § 6103 that
        allows disclosure ("6103c" for a designee, "6103e" for the taxpayer and the others
        § 6103(e) names), or "foia" / "other_channel". Consumers of the JSON rely on these
        codes; what kind of request to make is the added key ``request``."""
        if self.code != "foia_6103":
            return self.code
        return "6103c" if self.authority == "6103(c)" else "6103e"


def other_person_records(facts: Facts) -> bool:
    """The request is for another person's records (not the client's or the business's)."""
    wanted = facts.records_wanted - {RecordKind.RETURNS_TRANSCRIPTS}
    return facts.records_owner == RecordsOwner.ANOTHER_PERSON or (
        wanted == {RecordKind.ANOTHER_TAXPAYER}
    )


def joint_debt_facts_only(facts: Facts) -> bool:
    """The request about another taxpayer is only for what the law gives the client without
    that taxpayer's consent: I.R.C. § 6103(e)(8) (a divorced or separated spouse on a joint
    return: whether, how and how much the IRS collected the joint deficiency from the other)
    or § 6103(e)(9) (a person liable for the § 6672 penalty: who else was found liable, and
    whether, how and how much the IRS collected from them)."""
    return (
        facts.joint_return_records == YesNo.YES
        or facts.penalty_others_only == YesNo.YES
        or joint_deficiency_may_be_asked_about(facts)
    )


def joint_deficiency_may_be_asked_about(facts: Facts) -> bool:
    """I.R.C. § 6103(e)(8): "If any deficiency of tax with respect to a joint return is
    assessed and the individuals filing such return are no longer married or no longer
    reside in the same household", either may ask in writing whether, how and how much the
    IRS collected from the other; it "shall not apply to any deficiency which may not be
    collected by reason of section 6502". False only when staff said there is no such
    deficiency (or it can no longer be collected); "not sure" leaves it open, and the
    findings say to check."""
    return (
        facts.joint_collection_only == YesNo.YES and facts.joint_deficiency_collectible != YesNo.NO
    )


def joint_deficiency_ruled_out(facts: Facts) -> bool:
    """The client wants only the joint debt's collection facts, but there is no deficiency
    assessed on the joint return that the IRS can still collect: § 6103(e)(8) does not
    apply."""
    return (
        facts.joint_collection_only == YesNo.YES and facts.joint_deficiency_collectible == YesNo.NO
    )


def joint_deficiency_unconfirmed(facts: Facts) -> bool:
    """§ 6103(e)(8) is relied on, but staff are not sure (or did not say) that there is a
    deficiency assessed on the joint return that the IRS can still collect."""
    return (
        joint_deficiency_may_be_asked_about(facts)
        and facts.penalty_others_only != YesNo.YES
        and facts.joint_deficiency_collectible in (YesNo.NOT_SURE, None)
    )


#: Why § 6103(e)(8) does not help when there is no collectible deficiency on the joint return.
NO_JOINT_DEFICIENCY = (
    "§ 6103(e)(8) does not help here: it covers only a deficiency assessed on the joint "
    "return that the IRS can still collect. "
)

#: The conditions of § 6103(e)(8) that staff have not confirmed.
CHECK_JOINT_DEFICIENCY = (
    " Check that the IRS assessed a deficiency on the joint return and can still collect it "
    "(its time to collect under § 6502 has not run out): § 6103(e)(8) covers nothing else."
)


def _consent_free_authority(facts: Facts) -> str:
    if facts.joint_return_records == YesNo.YES:
        return "6103(e)(1)(B)"
    return "6103(e)(8)" if joint_deficiency_may_be_asked_about(facts) else "6103(e)(9)"


def disclosure_authority(facts: Facts) -> str | None:
    """Which part of I.R.C. § 6103 lets the IRS give the records to whoever sends the request:
    the taxpayer (§ 6103(e)); the taxpayer's attorney in fact under a Form 2848
    (§ 6103(e)(6)); a designee under a Form 8821, or anyone with another person's consent
    (§ 6103(c)). None when it turns on an authorization not yet known."""
    if other_person_records(facts) and joint_debt_facts_only(facts):
        return _consent_free_authority(facts)
    if other_person_records(facts):
        return "6103(c)"
    if facts.requester == Requester.CLIENT and facts.records_owner == RecordsOwner.ESTATE_OR_WARD:
        return "6103(e)(2)-(3)"
    if facts.requester == Requester.CLIENT:
        return "6103(e)"
    if facts.authorization_form == AuthorizationForm.FORM_2848:
        return "6103(e)(6)"
    if facts.authorization_form == AuthorizationForm.FORM_8821:
        return "6103(c)"
    return None


def _authority_sentence(authority: str | None) -> str:
    if authority is None:
        return (
            " Name the part of § 6103 that fits the authorization: § 6103(e)(6) for the "
            "attorney in fact on a Form 2848, or § 6103(c) for the designee on a Form 8821."
        )
    return f" Name {AUTHORITY_LABELS[authority]}."


#: While the examination, collection or criminal matter is open, the IRS may withhold return
#: information whose release would seriously impair federal tax administration (I.R.C.
#: § 6103(e)(7), with exemption (b)(3)) and records whose release could interfere with
#: enforcement proceedings (exemption (b)(7)(A)).
OPEN_MATTER = (
    " If the examination, collection or criminal matter is still open, the IRS may hold back "
    "parts of the file while it is: § 6103(e)(7) lets it refuse return information whose "
    "release would seriously impair federal tax administration, and exemption (b)(7)(A) "
    "covers records whose release could interfere with enforcement proceedings. Ask again "
    "for anything held back once the matter closes. If there is a criminal investigation, "
    "talk to a lawyer before sending any request."
)
OPEN_MATTER_CITATIONS = (c.IRC_6103E7, c.FOIA_B3, c.FOIA_B7A)


def matter_still_open(facts: Facts) -> Finding:
    """What to expect from the IRS, by whether the examination, collection or criminal
    matter is still open. While it is, I.R.C. § 6103(e)(7) lets the IRS refuse the taxpayer's
    return information whose disclosure would seriously impair federal tax administration
    (withheld under exemption (b)(3), 5 U.S.C. § 552(b)(3)), and exemption (b)(7)(A) covers
    records whose release "could reasonably be expected to interfere with enforcement
    proceedings" (§ 552(b)(7)(A); TIGTA Rep. at 1). Once it is closed, (b)(7)(A) needs
    another proceeding that release could still interfere with."""
    code, title = "matter_open", "The matter is still open"
    relied_on = ("matter_status",)
    cites = unique_citations(OPEN_MATTER_CITATIONS, (c.REPORT_BACKGROUND,))
    status = facts.matter_status
    if status == MatterStatus.OPEN:
        return Finding(
            code,
            title,
            Status.MET,
            "The matter is still open, so expect the IRS to hold back parts of the file while "
            "it is: § 6103(e)(7) lets it refuse return information whose release would "
            "seriously impair federal tax administration, and exemption (b)(7)(A) covers "
            "records whose release could interfere with enforcement proceedings. It must "
            "still release the rest. Ask again for what it holds back once the matter "
            "closes. If there is a criminal investigation, talk to a lawyer before sending "
            "any request.",
            relied_on,
            cites,
        )
    if status == MatterStatus.CLOSED:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The matter is closed, so exemption (b)(7)(A) (release could interfere with "
            "enforcement proceedings) should not be used unless another proceeding is still "
            "open or expected: if the IRS uses it, that is a strong ground of appeal. The IRS "
            "may still hold back other things, such as other people's information or the "
            "standards it uses to select returns for audit.",
            relied_on,
            unique_citations(c.FOIA_B7A, c.REPORT_BACKGROUND, c.IRC_6103B2_SELECTION_STANDARDS),
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "We do not know whether the examination, collection or criminal matter is still "
        "open. Find out (ask the examiner or revenue officer, or check the latest IRS letter): "
        "while it is open, the IRS may hold back parts of the file (§ 6103(e)(7); exemption "
        "(b)(7)(A)); once it has closed, (b)(7)(A) is a strong ground of appeal. If there may "
        "be a criminal investigation, talk to a lawyer before sending any request.",
        relied_on,
        cites,
    )


#: Who may ask for a business's return information (I.R.C. § 6103(e)(1)(C)-(D)).
BUSINESS_SIGNER = (
    " For a business, the person signing must be one § 6103(e)(1) allows to get the "
    "business's information: for a partnership, a partner in the years asked about; for a "
    "corporation, a person its board designates, an officer whose request is signed by a "
    "principal officer and attested by the secretary or another officer, or a shareholder of "
    "record owning 1 percent or more (for an S corporation, anyone who was a shareholder in the "
    "years asked about; for a dissolved corporation, a person State law lets act for it). "
    "Name the one that applies, and check the signature, attestation or proof of "
    "shareholding before sending."
)

#: A business's records need the business's own authorization (I.R.C. § 6103(e)(1)(D), (e)(6)).
BUSINESS_AUTHORIZATION = (
    " For the business's records, the form must name the business as the taxpayer and be "
    "signed for it by a person § 6103(e)(1) allows (for a corporation, for example, a "
    "principal officer): a form the client signed as an individual does not cover them."
)

#: The records' owners the client may ask for in the client's own right.
OWN_OR_IN_CHARGE = (RecordsOwner.CLIENT, RecordsOwner.CLIENT_BUSINESS, RecordsOwner.ESTATE_OR_WARD)

#: A fiduciary proves the appointment (I.R.C. § 6103(e)(2)-(3)).
PROOF_OF_ROLE = (
    " Enclose proof of the client's appointment, such as letters testamentary, letters of "
    "administration or the court order naming the guardian; an heir or beneficiary must "
    "show a material interest the records affect."
)

#: Another person's records without their consent: who may still ask, by law.
OTHERS_WHO_MAY_ASK = (
    " If that person has died, the executor or administrator of the estate may ask for the "
    "returns, and an heir or beneficiary may if the IRS finds they have a material interest "
    "(§ 6103(e)(3)); for a person who is legally incompetent, the guardian of their estate "
    "may ask (§ 6103(e)(2)). Send proof of that role with the request."
)
OTHERS_WHO_MAY_ASK_CITATIONS = (c.IRC_6103E3, c.IRC_6103E2)

#: Records about a joint return are the client's own return too.
JOINT_RETURN_IS_THE_CLIENTS = (
    " If these records are about a joint return the client filed with that person, they are "
    "the client's own return too: either spouse may get a joint return (§ 6103(e)(1)(B)), "
    "without the other's consent. Ask for them as the client's own records."
)


@reads(
    "records_wanted",
    "records_owner",
    "requester",
    "authorization_form",
    "third_party_consent",
    decides="which kind of request to make",
    law=(
        c.FOIA,
        c.IRC_6103C,
    ),
)
def route_for_the_request(facts: Facts) -> tuple[Finding, Route]:
    """Which law the request goes under.

    I.R.C. § 6103 keeps returns and return information confidential, but lets the taxpayer
    (§ 6103(e); return information under § 6103(e)(7)), the taxpayer's attorney in fact
    (§ 6103(e)(6)) or a person the taxpayer designates (§ 6103(c)) receive them (TIGTA Rep.
    at 1; at 7 n.2). Only a FOIA request (5 U.S.C. § 552) carries FOIA's time limit
    (§ 552(a)(6)(A)(i)), the appeal (§ 552(a)(6)(A)(i)(III)(aa)) and court review
    (§ 552(a)(4)(B)); so the request is made under FOIA, naming § 6103 as the authority for
    giving the client's own information. Copies of returns and transcripts have their own
    IRS forms (Form 4506, Form 4506-T).
    """
    title = "Which kind of request to make"
    relied_on = ("records_wanted", "records_owner", "requester", "authorization_form")
    wanted = facts.records_wanted
    transcripts_note = (
        " For the returns or transcripts, Form 4506 (copy of a return) or Form 4506-T "
        "(transcript) is simpler than a records request."
        if RecordKind.RETURNS_TRANSCRIPTS in wanted
        else ""
    )
    if not wanted:
        route = Route(None, "We need to know which records are wanted.")
        return Finding("route", title, Status.UNCLEAR, route.reason, relied_on, ()), route
    if wanted == {RecordKind.RETURNS_TRANSCRIPTS}:
        route = Route(
            "other_channel",
            "Only copies of returns or transcripts are wanted. The IRS has forms for these: "
            "Form 4506 for a copy of a return and Form 4506-T for a transcript. A FOIA "
            "request is not needed.",
        )
        return Finding("route", title, Status.MET, route.reason, relied_on, ()), route
    if not other_person_records(facts) and (
        facts.records_owner not in OWN_OR_IN_CHARGE
        or facts.requester not in (Requester.CLIENT, Requester.CLINIC)
    ):
        route = Route(
            None,
            "The route depends on whose records these are and who sends the request; "
            "answer both to see the route. Whatever the answers, send it as a FOIA request "
            "so that FOIA's time limit and appeal apply.",
        )
        return Finding("route", title, Status.UNCLEAR, route.reason, relied_on, ()), route

    authority = disclosure_authority(facts)
    if other_person_records(facts) and joint_debt_facts_only(facts):
        code = "foia_6103"
        what = (
            "The client wants only what the law gives the client about the other taxpayer, "
            "without their consent. Make it a FOIA request that names "
            f"{AUTHORITY_LABELS[authority]}. Anything else about the other taxpayer still "
            "needs their consent."
        )
        cites = AUTHORITY_CITATIONS[authority]
    elif other_person_records(facts):
        code = "foia_6103"
        what = (
            "The records are another person's. Tax records may not be disclosed to anyone "
            "unless § 6103 allows it, so the request needs that person's signed consent "
            "naming whoever sends it. Make it a FOIA request that names § 6103(c)."
        )
        cites = (c.IRC_6103C, c.REPORT_DISCLOSURE_BAR, c.REPORT_BACKGROUND)
    elif wanted & {RecordKind.IRS_EMAILS, RecordKind.OTHER}:
        code = "foia"
        what = (
            "The request includes IRS e-mails or other records that may hold more than the "
            "client's own return information. FOIA (the Freedom of Information Act) reaches "
            "all IRS records unless an exemption (a listed reason to withhold) applies. For "
            "the client's own return information in them, also name § 6103 as the law that "
            "lets the IRS give it." + _authority_sentence(authority)
        )
        cites = (c.FOIA, c.REPORT_BACKGROUND, *AUTHORITY_CITATIONS.get(authority, ()))
    else:
        code = "foia_6103"
        who = "The client asks" if facts.requester == Requester.CLIENT else "The clinic asks"
        what = (
            f"{who} for the client's own examination or collection file or workpapers: the "
            "client's return information. Send a FOIA request that names § 6103 as the law "
            "that lets the IRS give it." + _authority_sentence(authority)
        )
        business = facts.records_owner == RecordsOwner.CLIENT_BUSINESS
        if business:
            what += BUSINESS_SIGNER
        if facts.records_owner == RecordsOwner.ESTATE_OR_WARD:
            what = (
                f"{who} for the records of a person for whom the client is executor, "
                "administrator, trustee or guardian. No consent from that person is needed: "
                "send a FOIA request that names § 6103 as the law that lets the IRS give them."
                + _authority_sentence(authority)
                + PROOF_OF_ROLE
            )
        cites = (
            *((c.IRC_6103E1D,) if business else ()),
            *(
                (c.IRC_6103E3, c.IRC_6103E2)
                if facts.records_owner == RecordsOwner.ESTATE_OR_WARD
                else ()
            ),
            c.REPORT_BACKGROUND,
            c.REPORT_6103_REQUESTS,
            *AUTHORITY_CITATIONS.get(authority, ()),
        )
    if (
        RecordKind.ANOTHER_TAXPAYER in wanted
        and not other_person_records(facts)
        and facts.third_party_consent == YesNo.YES
    ):
        what += (
            " For the other taxpayer's records, also name § 6103(c): the IRS may give them "
            "only to the person the other taxpayer's signed consent names."
        )
        cites = (*cites, c.IRC_6103C)
        relied_on = (*relied_on, "third_party_consent")
    # Where staff said whether the matter is open, its own finding says what to expect.
    own = not other_person_records(facts) and facts.matter_status is None
    open_matter = OPEN_MATTER if own else ""
    route = Route(code, what + " " + TRADE_OFF + open_matter + transcripts_note, authority)
    cites = unique_citations(
        c.FOIA, tuple(cites), TRADE_OFF_CITATIONS, OPEN_MATTER_CITATIONS if own else ()
    )
    return Finding("route", title, Status.MET, route.reason, relied_on, cites), route


# ---------------------------------------------------------------------------
# 2. Authorization from the person whose records these are
# ---------------------------------------------------------------------------


def authorization_needed(facts: Facts) -> bool | None:
    """An authorization is needed when someone other than the taxpayer asks: the clinic for
    the client, or anyone for another person's records. None when we cannot tell."""
    if other_person_records(facts) and joint_debt_facts_only(facts):
        return facts.requester != Requester.CLIENT
    if other_person_records(facts) or facts.requester == Requester.CLINIC:
        return True
    if facts.requester == Requester.CLIENT and facts.records_owner in OWN_OR_IN_CHARGE:
        return False
    return None


@reads(
    "requester",
    "records_owner",
    "authorization_form",
    "authorization_covers",
    decides="whether a valid authorization is on file",
    law=(
        c.IRC_6103,
        c.REPORT_OTHER_ERRORS,
    ),
)
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
    if other_person and joint_debt_facts_only(facts):
        authority = _consent_free_authority(facts)
        text = (
            f"No consent from the other taxpayer is needed for what § {authority} gives "
            "the client."
        )
        unconfirmed = joint_deficiency_unconfirmed(facts)
        if facts.requester == Requester.CLIENT and not unconfirmed:
            cites = AUTHORITY_CITATIONS[authority]
            return Finding(code, title, Status.NOT_APPLICABLE, text, relied_on, cites)
        if facts.requester == Requester.CLIENT:
            return Finding(
                code,
                title,
                Status.UNCLEAR,
                text + CHECK_JOINT_DEFICIENCY + " If it does not, the other spouse's signed "
                "consent is needed.",
                (*relied_on, "joint_deficiency_collectible"),
                AUTHORITY_CITATIONS[authority],
            )
        if authority == "6103(e)(1)(B)":
            return Finding(
                code,
                title,
                Status.UNCLEAR,
                text + " If the clinic sends the request, it needs the client's own signed "
                "Form 2848 or Form 8821 covering that year and that joint return; check it is "
                "on file.",
                relied_on,
                (*AUTHORITY_CITATIONS[authority], c.IRC_6103E6, c.IRC_6103C),
            )
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            text + " If the clinic sends the request, it needs the client's own signed Form "
            f"2848 covering the year asked about: § 6103(e)(6) lets the client's attorney in "
            f"fact receive what § {authority} gives the client. The law does not say the "
            "same of a person named in a Form 8821, so use a Form 2848 or have the client "
            "sign the request." + (CHECK_JOINT_DEFICIENCY if unconfirmed else ""),
            relied_on,
            (*AUTHORITY_CITATIONS[authority], c.IRC_6103E6),
        )
    if needed is False:
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "The client asks in the client's own right as executor, administrator, trustee "
            "or guardian, so no authorization from anyone else is needed." + PROOF_OF_ROLE
            if facts.records_owner == RecordsOwner.ESTATE_OR_WARD
            else "The client asks for the client's own records, so no authorization is needed.",
            relied_on,
            (),
        )
    if form in VALID_AUTHORIZATIONS and facts.authorization_covers == YesNo.YES:
        if form == AuthorizationForm.FORM_2848 and other_person:
            text = (
                "A signed Form 2848 from that person is on file and covers the matters and "
                "periods asked about. The representative it names receives that person's "
                "information as that person's attorney in fact (§ 6103(e)(6)) and may act for "
                "them."
                + (
                    " It must name whoever sends the request: here the client sends it, so "
                    "check that it names the client as representative. If it names someone "
                    "else, that representative must send the request."
                    if facts.requester == Requester.CLIENT
                    else ""
                )
            )
            cites = unique_citations(cites, c.IRC_6103E6)
        elif form == AuthorizationForm.FORM_2848:
            text = (
                "A signed Form 2848 is on file and covers the matters and periods asked about. "
                "The representative it names receives the client's information as the "
                "client's attorney in fact (§ 6103(e)(6)) and may act for the client."
            )
            cites = unique_citations(cites, c.IRC_6103E6)
        else:
            owner = "that person" if other_person else "the client"
            text = (
                "A signed Form 8821 is on file and covers the matters and periods asked "
                f"about. The person it names is {owner}'s designee (§ 6103(c)): the IRS may "
                f"give them the information, but they may not act for {owner} (for that, "
                f"use Form 2848), may use it only for the purpose {owner} agreed to, and "
                f"may not pass it on without {owner}'s permission."
            )
            cites = unique_citations(cites, c.IRC_6103C)
        if facts.records_owner == RecordsOwner.ESTATE_OR_WARD:
            text += (
                " It must be signed by the client as executor, administrator, trustee or "
                "guardian, for the person whose records these are." + PROOF_OF_ROLE
            )
        if facts.records_owner == RecordsOwner.CLIENT_BUSINESS:
            text += BUSINESS_AUTHORIZATION
            cites = unique_citations(cites, c.IRC_6103E1D)
        cites = unique_citations(cites, c.REG_AUTHORIZATION_WITH_REQUEST)
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
    if (
        form == AuthorizationForm.NONE
        and other_person
        and (facts.joint_return_records == YesNo.NOT_SURE)
    ):
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "There is no signed authorization from the other taxpayer, and we do not know "
            "whether these records are about a joint return the client filed with them."
            + JOINT_RETURN_IS_THE_CLIENTS
            + " If they are not, the IRS must refuse them without that person's signed Form "
            "8821 (or Form 2848).",
            (*relied_on, "joint_return_records"),
            unique_citations(cites, c.IRC_6103E1B),
        )
    if form == AuthorizationForm.NONE:
        if other_person:
            text = (NO_JOINT_DEFICIENCY if joint_deficiency_ruled_out(facts) else "") + (
                "The request is for another person's tax records and there is no signed "
                "authorization from that person. The IRS must refuse it: § 6103 keeps those "
                "records confidential, and FOIA exemption (b)(3) lets the IRS withhold "
                "records another law protects. First get that person's signed Form 8821 (or "
                "Form 2848) naming whoever will send the request." + OTHERS_WHO_MAY_ASK
            )
            cites = unique_citations(cites, OTHERS_WHO_MAY_ASK_CITATIONS)
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


@reads(
    "records_wanted",
    "third_party_consent",
    "third_party_consent_covers",
    "joint_collection_only",
    "penalty_others_only",
    "joint_return_records",
    "joint_deficiency_collectible",
    decides="whether the other taxpayer's consent is needed and given",
    law=(
        c.IRC_6103C,
        c.IRC_6103E9,
        c.REG_CONSENT_SIGNED_BY_TAXPAYER,
    ),
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
        covers = facts.third_party_consent_covers
        names = (*relied_on, "third_party_consent_covers")
        cover_cites = unique_citations(cites, c.REG_CONSENT_SIGNED_BY_TAXPAYER)
        if covers == YesNo.YES:
            return Finding(
                code,
                title,
                Status.MET,
                "The other taxpayer has signed a consent that names whoever sends the request "
                "and covers the records and years asked about; send a copy with the request.",
                names,
                cover_cites,
            )
        if covers == YesNo.NO:
            return Finding(
                code,
                title,
                Status.NOT_MET,
                "The other taxpayer's consent does not name whoever sends the request, or does "
                "not cover the records or years asked about. The IRS may act only on a signed "
                "consent that names the person to receive the information, the kind of "
                "information and the years (26 C.F.R. § 301.6103(c)-1(b)(1)): ask the other "
                "taxpayer to sign a new one that does, or leave that part out.",
                names,
                cover_cites,
            )
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The other taxpayer has signed a consent. Check that it names whoever sends the "
            "request (the client or the clinic), the kind of records and the years asked "
            "about: the IRS may act only on a consent that does (26 C.F.R. "
            "§ 301.6103(c)-1(b)(1)). Then send a copy with the request.",
            names,
            cover_cites,
        )
    if facts.joint_return_records == YesNo.YES:
        return Finding(
            code,
            title,
            Status.MET,
            "No consent is needed for this part. The records are about a joint return the "
            "client filed with that person, and a joint income tax return is open to either "
            "spouse (§ 6103(e)(1)(B)), with its return information unless releasing it would "
            "seriously impair federal tax administration (§ 6103(e)(7)). The IRS may still "
            "black out the other spouse's separate information, such as a new address or "
            "other years.",
            (*relied_on, "joint_return_records"),
            (c.IRC_6103E1B, c.IRC_6103E7),
        )
    if facts.penalty_others_only == YesNo.YES:
        return Finding(
            code,
            title,
            Status.MET,
            "No consent is needed for this part. A person the IRS found liable for the trust "
            "fund recovery penalty (§ 6672) is told, on written request, the name of anyone "
            "else it found liable for the same penalty and whether, how and how much it "
            "collected from them (§ 6103(e)(9)). Ask for that by name. Anything else about "
            "them still needs their signed consent.",
            (*relied_on, "penalty_others_only"),
            (c.IRC_6103E9,),
        )
    if joint_deficiency_may_be_asked_about(facts):
        unconfirmed = joint_deficiency_unconfirmed(facts)
        return Finding(
            code,
            title,
            Status.UNCLEAR if unconfirmed else Status.MET,
            "No consent is needed for this part. When a deficiency on a joint return is "
            "assessed and the spouses are no longer married or no longer live together, the "
            "IRS must tell either of them in writing, on written request, whether it has tried "
            "to collect the deficiency from the other, the general nature of what it did and "
            "how much it collected (§ 6103(e)(8)). Ask for that by name. Anything else about "
            "the other spouse still needs their signed consent."
            + (CHECK_JOINT_DEFICIENCY if facts.joint_deficiency_collectible != YesNo.YES else ""),
            (*relied_on, "joint_collection_only", "joint_deficiency_collectible"),
            (c.IRC_6103E8,),
        )
    if facts.third_party_consent == YesNo.NO and facts.joint_return_records == YesNo.NOT_SURE:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The other taxpayer has not signed a consent, and we do not know whether these "
            "records are about a joint return the client filed with them."
            + JOINT_RETURN_IS_THE_CLIENTS
            + " If they are not, the IRS must refuse that part (§ 6103; exemption (b)(3)).",
            (*relied_on, "joint_return_records"),
            unique_citations(cites, c.IRC_6103E1B),
        )
    if facts.third_party_consent == YesNo.NO:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            (NO_JOINT_DEFICIENCY if joint_deficiency_ruled_out(facts) else "")
            + "The request also asks for records about another taxpayer, with no signed "
            "consent from that person. The IRS must refuse that part (§ 6103; exemption "
            "(b)(3)). Get that person's signed consent (Form 8821) first, or leave that part "
            "out." + JOINT_RETURN_IS_THE_CLIENTS,
            relied_on,
            unique_citations(cites, c.IRC_6103E1B),
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

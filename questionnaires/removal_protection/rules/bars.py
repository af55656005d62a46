"""Is each form of protection open at all. Asylum: a reinstated order closes it (8 U.S.C.
§ 1231(a)(5)); the one-year filing deadline (§ 1158(a)(2)(B)-(D), in deadline.py); the
mandatory bars (§ 1158(b)(2)). Both kinds of withholding: a particularly serious crime
(§ 1231(b)(3)(B); 8 C.F.R. § 1208.16(d)(2)) and the other conduct bars. Deferral of
removal under the Convention Against Torture has no bars (8 C.F.R. § 1208.17(a))."""

from __future__ import annotations

from datetime import date

from questionnaires.framework.determination import Finding, Status, reads
from questionnaires.framework.wording import YesNo, join_words
from questionnaires.removal_protection import citations as c

from .answers import (
    NOT_AN_AGGRAVATED_FELONY,
    DeadlineException,
    EntryManner,
    Facts,
    Harmer,
    HarmKind,
    Proceeding,
    PscReview,
    ResettlementException,
    TerrorismReview,
)

#: Proceedings in which a reinstated order is not what is being decided: an answer that the
#: client was "removed before" sits badly with them (a departure under voluntary departure,
#: or a family's word "deported", may not be a removal under an order).
NOT_REINSTATEMENT = (Proceeding.REMOVAL_PROCEEDINGS, Proceeding.AFFIRMATIVE)


def reinstatement_answers_disagree(facts: Facts) -> bool:
    return (
        facts.proceeding_type == Proceeding.REINSTATEMENT and facts.reinstated_order == YesNo.NO
    ) or (facts.reinstated_order == YesNo.YES and facts.proceeding_type in NOT_REINSTATEMENT)


def asylum_closed_by_reinstated_order(facts: Facts) -> bool:
    """The answers say an earlier removal order is reinstated, and do not contradict it."""
    if reinstatement_answers_disagree(facts):
        return False
    return facts.reinstated_order == YesNo.YES or (
        facts.proceeding_type == Proceeding.REINSTATEMENT and facts.reinstated_order != YesNo.NO
    )


def reinstatement_not_confirmed(facts: Facts) -> bool:
    """The case is described as a reinstatement, but staff are not sure the client was ever
    removed: the answers treat asylum as closed (its pages are not asked), but the removal
    that reinstatement needs is not known (8 U.S.C. § 1231(a)(5): an alien who "has
    reentered the United States illegally after having been removed or having departed
    voluntarily, under an order of removal")."""
    return (
        facts.proceeding_type == Proceeding.REINSTATEMENT
        and facts.reinstated_order == YesNo.NOT_SURE
    )


def open_points(unknown: list[str], effect: str) -> str:
    """Points not yet known, each of which could have ``effect``: one in a sentence, more
    numbered, each its own sentence (some carry a colon or a clause of their own, and
    joined with "and" they ran together: R6-14)."""
    if len(unknown) == 1:
        return f"Not yet known: {unknown[0]}. It could {effect}."
    listed = " ".join(
        f"({number}) {point[:1].upper()}{point[1:]}." for number, point in enumerate(unknown, 1)
    )
    return f"Not yet known, and each could {effect}: {listed}"


@reads(
    "reinstated_order",
    "proceeding_type",
    decides="whether asylum is open despite a reinstated removal order",
    law=(c.REINSTATEMENT,),
)
def asylum_available_despite_reinstated_order(facts: Facts) -> Finding:
    """8 U.S.C. § 1231(a)(5): when a person removed under an order re-enters without
    permission, the earlier order is reinstated and the person may not apply for any relief
    under the Act, so asylum is closed; the Ninth Circuit upheld the regulation that says so
    (Perez-Guzman v. Lynch, 835 F.3d 1066 (9th Cir. 2016)). Withholding of removal and CAT
    protection stay open: Barajas-Romero was in exactly this posture and was "found
    statutorily eligible for withholding of removal and Convention Against Torture relief"
    (seed at 355); he "seeks withholding of removal, not asylum" (at 358). A person whose
    order is reinstated and who "expresses a fear of returning" is "immediately referred to an
    asylum officer" for a reasonable fear interview (8 C.F.R. § 241.8(e), § 208.31)."""
    code, title = "asylum_available", "Asylum is open to the client (no reinstated order)"
    relied_on = ("reinstated_order", "proceeding_type")
    cites = (c.REINSTATEMENT, c.PEREZ_GUZMAN, c.SEED_REINSTATEMENT, c.SEED_ONE_CENTRAL_REASON)
    if facts.proceeding_type == Proceeding.REINSTATEMENT and facts.reinstated_order == YesNo.NO:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The answers disagree: the case is described as a reinstatement of an earlier "
            "removal order, but the client is said not to have an order reinstated. Check the "
            "immigration file. If an earlier order was reinstated, asylum is closed.",
            relied_on,
            cites,
        )
    if reinstatement_answers_disagree(facts):
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The answers disagree: the client is said to have been removed and come back, but "
            "the case is in ordinary proceedings, where a reinstated order is not what is "
            "decided. A person who left on time under voluntary departure, or whom the family "
            "calls 'deported', may have no order to reinstate. Check the immigration file: if "
            "there is no reinstated order, asylum is open, subject to its deadline and bars.",
            relied_on,
            cites,
        )
    if reinstatement_not_confirmed(facts):
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The case is described as a reinstatement of an earlier removal order, but it is "
            "not known whether the client was ever removed (or left under a removal order) "
            "and came back without permission. Reinstatement needs both an earlier order and "
            "a removal or departure under it. If both are shown, asylum is closed; if not, it "
            "may be open. What decides it: the reinstatement notice (Form I-871) and the "
            "earlier order, and how the client left after it. Withholding of removal and "
            "protection under the Convention Against Torture stay open either way.",
            relied_on,
            cites,
        )
    if asylum_closed_by_reinstated_order(facts):
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "The client was removed before and came back without permission, so the earlier "
            "removal order is reinstated (put back into force). A person in that position "
            "cannot get asylum. Withholding of removal and protection under the Convention "
            "Against Torture are still open, as they were for the client in Barajas-Romero: "
            "after a reasonable fear interview with an asylum officer, an immigration judge "
            "hears them alone ('withholding-only' proceedings).",
            relied_on,
            (*cites, c.REINSTATED_FEAR_REFERRAL, c.REASONABLE_FEAR, c.WITHHOLDING_ONLY),
        )
    if facts.reinstated_order == YesNo.NO:
        return Finding(
            code,
            title,
            Status.MET,
            "No earlier removal order is being reinstated, so this does not close asylum.",
            relied_on,
            (c.REINSTATEMENT,),
        )
    if facts.proceeding_type == Proceeding.REMOVAL_PROCEEDINGS:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "It is not known whether the client was removed before. The case is in ordinary "
            "removal proceedings, where a reinstated order is not what is decided, so asylum "
            "is open there unless the immigration file shows an earlier order being "
            "reinstated. Check the file.",
            relied_on,
            cites,
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        "It is not known whether the client was removed before and came back without "
        "permission. If so, the earlier order is reinstated and asylum is closed; withholding "
        "and Convention Against Torture protection stay open.",
        relied_on,
        cites,
    )


def _aggravated_felony(facts: Facts) -> str:
    """Whether any conviction is an aggravated felony (yes / no / not sure)."""
    if facts.has_convictions == YesNo.NO:
        return YesNo.NO
    if facts.has_convictions == YesNo.YES and facts.aggravated_felony == YesNo.YES:
        return YesNo.YES
    if facts.has_convictions == YesNo.YES and facts.aggravated_felony in NOT_AN_AGGRAVATED_FELONY:
        return YesNo.NO
    return YesNo.NOT_SURE


ASYLUM_BAR_QUESTIONS = (
    ("persecutor_bar", "took part in persecuting others", c.PERSECUTOR_BAR),
    ("firm_resettlement", "was firmly resettled in another country", c.FIRM_RESETTLEMENT),
    ("prior_asylum_denied", "had an earlier asylum application denied", c.PRIOR_DENIAL),
    (
        "serious_nonpolitical_crime",
        "committed a serious nonpolitical crime outside the United States",
        c.SERIOUS_NONPOLITICAL_CRIME,
    ),
)


def prior_denial_is_the_bar(facts: Facts) -> str:
    """8 U.S.C. § 1158(a)(2)(C): no new application after one was "denied"; 8 C.F.R.
    § 1208.4(a)(3): "not been denied unless denied by an immigration judge or the Board of
    Immigration Appeals". A refusal by an asylum office or another country is not the bar."""
    if facts.prior_asylum_denied != YesNo.YES:
        return facts.prior_asylum_denied if facts.prior_asylum_denied == YesNo.NO else NS
    return _yes_no(facts.prior_denial_by_court)


def firmly_resettled(facts: Facts) -> str:
    """8 U.S.C. § 1158(b)(2)(A)(vi); 8 C.F.R. § 208.15: an offer of permanent status is not
    firm resettlement where (a) the client went there only in flight, stayed only as long as
    needed to travel on and built no significant ties, or (b) that country restricted the
    client's residence so much that the client was not in fact resettled."""
    if facts.firm_resettlement != YesNo.YES:
        return facts.firm_resettlement if facts.firm_resettlement == YesNo.NO else NS
    if facts.resettlement_exception == ResettlementException.NONE:
        return YesNo.YES
    return NS


def serious_nonpolitical_crime_abroad(facts: Facts) -> str:
    """8 U.S.C. §§ 1158(b)(2)(A)(iii), 1231(b)(3)(B)(iii): a serious *nonpolitical* crime.
    A crime the client is said to have committed is the bar when it was not political; one
    that was political, or brought by the persecutors, is left to a lawyer's weighing."""
    if facts.serious_nonpolitical_crime != YesNo.YES:
        answer = facts.serious_nonpolitical_crime
        return answer if answer == YesNo.NO else NS
    # A political charge is not cleared on the staff's word either: whether its political
    # side outweighs the crime is a lawyer's weighing.
    return YesNo.YES if facts.crime_political == YesNo.NO else NS


def _yes_no(answer: str | None) -> str:
    return answer if answer in (YesNo.YES, YesNo.NO) else NS


NS = YesNo.NOT_SURE

#: What staff are told to find out when a bar answered "yes" is not yet the bar.
BAR_DETAILS_OPEN = {
    "prior_asylum_denied": (
        "whether the earlier asylum denial was by a U.S. immigration judge or the Board of "
        "Immigration Appeals (only such a denial is the bar)"
    ),
    "firm_resettlement": (
        "whether the offer of permanent status elsewhere is firm resettlement, or an "
        "exception applies (only passing through in flight, or living there under heavy "
        "restrictions)"
    ),
    "serious_nonpolitical_crime": (
        "whether the crime abroad was a serious nonpolitical crime (a political offence, or "
        "a charge brought by the persecutors, needs a lawyer's weighing)"
    ),
}
BAR_DETAIL_CITES = {
    "prior_asylum_denied": c.PRIOR_DENIAL_BY_COURT,
    "firm_resettlement": c.FIRM_RESETTLEMENT_EXCEPTIONS,
    "serious_nonpolitical_crime": c.SERIOUS_NONPOLITICAL_CRIME,
}
BAR_TESTS = {
    "prior_asylum_denied": prior_denial_is_the_bar,
    "firm_resettlement": firmly_resettled,
    "serious_nonpolitical_crime": serious_nonpolitical_crime_abroad,
}


def falls_under_terrorism_grounds(facts: Facts) -> str:
    """Whether the client is described in the terrorism grounds of 8 U.S.C. § 1182(a)(3)(B)
    (yes / no / not sure). "Links to terrorist activity" is broader than that: a yes to it
    is settled by a recorded finding that the client falls under them, or by an exemption
    granted by the Secretary of Homeland Security or of State (§ 1182(d)(3)(B)(i)). A
    lawyer's view that the client is outside them or exempt settles nothing: only the
    Secretaries grant exemptions, and support given under duress is still support (Matter
    of M-H-Z-)."""
    if facts.terrorism_bar == YesNo.NO:
        return YesNo.NO
    if facts.terrorism_bar != YesNo.YES:
        return YesNo.NOT_SURE
    return {
        TerrorismReview.DESCRIBED: YesNo.YES,
        TerrorismReview.EXEMPTION_GRANTED: YesNo.NO,
    }.get(facts.terrorism_review, YesNo.NOT_SURE)


def only_a_lawyers_view_on_terrorism(facts: Facts) -> bool:
    """The links are unresolved, and what is recorded is a lawyer's view that the client is
    outside the terrorism grounds or exempt (not an exemption granted)."""
    return (
        terrorism_links_unresolved(facts)
        and facts.terrorism_review == TerrorismReview.NOT_DESCRIBED
    )


def terrorism_links_unresolved(facts: Facts) -> bool:
    """The client has links to terrorist activity, and no one has decided whether they put
    the client under the terrorism grounds."""
    return facts.terrorism_bar == YesNo.YES and falls_under_terrorism_grounds(facts) == (
        YesNo.NOT_SURE
    )


def may_have_paid_a_designated_group(facts: Facts) -> bool:
    """A gang or cartel demanded money from the client, and the terrorism question was not
    answered "yes". In February 2025 the State Department designated MS-13, Tren de Aragua
    and six Mexican cartels as Foreign Terrorist Organizations; money given to such a group
    can be support that falls under the terrorism grounds of 8 U.S.C. § 1182(a)(3)(B), even
    when forced, and staff rarely think of extortion paid as a "link to terrorist activity".
    Whether the client paid, and to which group, is not asked: a lawyer must check."""
    return (
        facts.terrorism_bar != YesNo.YES
        and bool(facts.harmers & {Harmer.GANG, Harmer.CARTEL})
        and HarmKind.EXTORTION in facts.harm_kinds
    )


#: The window of the lawful pathways rule (8 C.F.R. § 1208.33(a)(1)(i)).
LAWFUL_PATHWAYS_WINDOW = (date(2023, 5, 11), date(2025, 5, 11))


def entered_in_the_lawful_pathways_window(facts: Facts) -> bool:
    """8 C.F.R. § 1208.33(a): a rebuttable presumption of ineligibility for asylum for a
    person who entered from Mexico at the southwest border without documents between May 11,
    2023 and May 11, 2025, after passing through another country; not for an unaccompanied
    child ((a)(2)(i)), nor for one who came to a port of entry at a scheduled time ((a)(2)),
    or with a visa or other papers (outside (a)(1)). How the client entered is asked for an
    arrival from the window's start: an entry at a port with an appointment, or with papers,
    closes it; any other answer, or none, leaves it for a lawyer."""
    arrival = facts.last_arrival_date
    start, end = LAWFUL_PATHWAYS_WINDOW
    return (
        arrival is not None
        and start <= arrival <= end
        and facts.unaccompanied_child != YesNo.YES
        and facts.last_entry_manner != EntryManner.PORT_WITH_APPOINTMENT
    )


def arrived_when_a_border_rule_applied(facts: Facts) -> bool:
    """The client last arrived on or after May 11, 2023 (the lawful pathways window, then
    the 2024 rule): how the client entered decides whether either could apply."""
    arrival = facts.last_arrival_date
    return arrival is not None and arrival >= LAWFUL_PATHWAYS_WINDOW[0]


#: The day the "Securing the Border" proclamation and rule took effect (8 C.F.R. § 1208.35).
SECURING_THE_BORDER_START = date(2024, 6, 5)


def arrived_after_the_border_rule_began(facts: Facts) -> bool:
    """The client last arrived on or after June 5, 2024, so how the client entered decides
    whether 8 C.F.R. § 1208.35 could apply."""
    arrival = facts.last_arrival_date
    return arrival is not None and arrival >= SECURING_THE_BORDER_START


def securing_the_border_may_apply(facts: Facts) -> bool:
    """8 C.F.R. § 1208.35(a)(1): a person who entered across the southern border while the
    2024 "Securing the Border" limits were in effect is ineligible for asylum, unless the
    person is described in section 3(b) of the Proclamation of June 3, 2024 (an
    unaccompanied child; a person with a visa or other permission to enter, or who came to
    a port of entry at a scheduled time and place) or shows exceptionally compelling
    circumstances ((a)(2)). An entry between ports, at a port without an appointment, or
    one not known ("Not sure", or not answered) may bring it into play; whether the limits
    were in effect on that date, and whether the rule still stands, is a lawyer's check."""
    return (
        arrived_after_the_border_rule_began(facts)
        and facts.unaccompanied_child != YesNo.YES
        and facts.last_entry_manner != EntryManner.PORT_WITH_APPOINTMENT
    )


SECURING_THE_BORDER_OPEN = (
    "whether the 2024 'Securing the Border' rule bars asylum: a person who "
    "crossed the southern border while its emergency limits were in effect, other than at a "
    "port of entry with an appointment or with a visa, is not eligible for asylum unless "
    "exceptionally compelling circumstances are shown (at the time of entry, an acute "
    "medical emergency, an imminent and extreme threat to life or safety, or being a "
    "trafficking victim). A lawyer must check whether the rule applied on the date the "
    "client entered, and whether it has since been set aside"
)


LAWFUL_PATHWAYS_OPEN = (
    "how the client entered: a person who crossed the southern border from Mexico without "
    "papers between May 11, 2023 and May 11, 2025, after passing through another country, "
    "is presumed not eligible for asylum (the 'lawful pathways' rule) unless an exception "
    "applies or the presumption is rebutted; a lawyer should also check the rule still "
    "stands"
)


#: What staff are told to find out when a gang or cartel demanded money.
PAYMENTS_OPEN = (
    "whether the client ever paid or helped the gang or cartel that demanded money (MS-13, "
    "Tren de Aragua and six Mexican cartels were designated terrorist organizations in 2025, "
    "and even forced payments to such a group can fall under the terrorism grounds)"
)


#: What staff are told to find out about the terrorism grounds.
TERRORISM_OPEN = (
    "whether the client's links to terrorist activity put the client under the immigration "
    "law's terrorism grounds (a lawyer's call, including any exemption)"
)
#: Why a lawyer's view that the client is outside the terrorism grounds or exempt is not
#: enough (8 U.S.C. § 1182(d)(3)(B)(i); Matter of M-H-Z-).
TERRORISM_LAWYER_VIEW = (
    "A lawyer's view that the client is outside the terrorism grounds or exempt does not "
    "settle it: only the Secretary of Homeland Security or of State can grant an exemption, "
    "and support given under threat (duress) still counts. Until an exemption is granted, "
    "treat the terrorism bar as open."
)


@reads(
    "persecutor_bar",
    "serious_nonpolitical_crime",
    "firm_resettlement",
    "prior_asylum_denied",
    "terrorism_bar",
    "has_convictions",
    "aggravated_felony",
    "psc_review",
    "prior_denial_by_court",
    "resettlement_exception",
    "crime_political",
    "terrorism_review",
    "last_arrival_date",
    "unaccompanied_child",
    "last_entry_manner",
    decides="whether a bar rules out asylum",
    law=(c.ASYLUM_BARS,),
)
def asylum_mandatory_bars(facts: Facts) -> Finding:
    """8 U.S.C. § 1158(b)(2)(A): no asylum for a person who (i) took part in persecuting
    others, (ii) was convicted of a particularly serious crime (any aggravated felony is one,
    (B)(i)), (iii) committed a serious nonpolitical crime abroad, (v) falls under the
    terrorism grounds, or (vi) was firmly resettled elsewhere; § 1158(a)(2)(C): no new
    application after one was denied, unless circumstances changed ((D)). Each is a fact the
    staff answer; an unresolved one keeps asylum below strong."""
    code, title = "asylum_bars", "Not barred from asylum (persecutor, crimes, resettlement...)"
    relied_on = (
        *(name for name, _, _ in ASYLUM_BAR_QUESTIONS),
        "last_arrival_date",
        "last_entry_manner",
        "unaccompanied_child",
        "prior_denial_by_court",
        "resettlement_exception",
        "crime_political",
        "terrorism_bar",
        "terrorism_review",
        "has_convictions",
        "aggravated_felony",
        "psc_review",
    )
    if asylum_closed_by_reinstated_order(facts):
        return Finding(
            code,
            title,
            Status.NOT_APPLICABLE,
            "Asylum is closed by the reinstated order, so its bars do not matter.",
            relied_on,
            (c.ASYLUM_BARS,),
        )
    barred: list[str] = []
    unknown: list[str] = []
    cites = [c.ASYLUM_BARS]
    for name, words, cite in ASYLUM_BAR_QUESTIONS:
        answer = BAR_TESTS[name](facts) if name in BAR_TESTS else getattr(facts, name)
        if answer == YesNo.YES:
            barred.append(words)
            cites.append(cite)
        elif answer != YesNo.NO and getattr(facts, name) == YesNo.YES:
            unknown.append(BAR_DETAILS_OPEN[name])
            cites += [cite, BAR_DETAIL_CITES[name]]
        elif answer != YesNo.NO:
            unknown.append(f"whether the client {words}")
    terrorism = falls_under_terrorism_grounds(facts)
    if terrorism == YesNo.YES:
        barred.append("falls under the terrorism grounds")
        cites += [c.TERRORISM_BAR, c.TERRORISM_GROUNDS, c.TERRORISM_EXEMPTION]
    elif only_a_lawyers_view_on_terrorism(facts):
        unknown.append(
            "whether the client falls under the terrorism grounds (a lawyer's view is not an "
            "exemption)"
        )
        cites += [c.TERRORISM_BAR, c.TERRORISM_GROUNDS, c.TERRORISM_EXEMPTION, c.M_H_Z]
    elif terrorism_links_unresolved(facts):
        unknown.append(TERRORISM_OPEN)
        cites += [c.TERRORISM_BAR, c.TERRORISM_GROUNDS, c.TERRORISM_EXEMPTION]
    elif terrorism == YesNo.NOT_SURE:
        unknown.append("whether the client has links to terrorist activity")
    if may_have_paid_a_designated_group(facts):
        unknown.append(PAYMENTS_OPEN)
        cites += [c.TERRORISM_BAR, c.TERRORISM_GROUNDS]
    if securing_the_border_may_apply(facts):
        unknown.append(SECURING_THE_BORDER_OPEN)
        cites.append(c.SECURING_THE_BORDER)
    if entered_in_the_lawful_pathways_window(facts):
        unknown.append(LAWFUL_PATHWAYS_OPEN)
        cites.append(c.LAWFUL_PATHWAYS)
    if facts.last_arrival_date is None and facts.unaccompanied_child != YesNo.YES:
        unknown.append(
            "when and how the client last entered: an entry across the southern border "
            "from May 11, 2023 can bring in the 2023 'lawful pathways' rule or the 2024 "
            "'Securing the Border' rule"
        )
        cites += [c.LAWFUL_PATHWAYS, c.SECURING_THE_BORDER]
    if prior_denial_is_the_bar(facts) == YesNo.YES and (
        facts.deadline_exception == DeadlineException.CHANGED
    ):
        # A denied application does not bar a new one based on changed circumstances.
        barred.remove("had an earlier asylum application denied")
        unknown.append("whether the changed circumstances allow a new application")
        cites.append(c.DEADLINE_EXCEPTIONS)
    felony = _aggravated_felony(facts)
    if felony == YesNo.YES:
        barred.append("has an aggravated felony conviction")
        cites.append(c.AGGRAVATED_FELONY_ASYLUM)
    elif felony == YesNo.NOT_SURE:
        unknown.append("whether any conviction is an aggravated felony")
        cites.append(c.AGGRAVATED_FELONY_ASYLUM)
    if facts.psc_review == PscReview.IS_PSC and felony != YesNo.YES:
        barred.append("was convicted of what a lawyer found to be a particularly serious crime")
    elif (
        facts.has_convictions == YesNo.YES
        and felony != YesNo.YES
        and facts.psc_review != PscReview.NOT_PSC
    ):
        unknown.append("whether a conviction is a particularly serious crime (a lawyer's call)")
    if barred:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            f"Asylum is barred: the client {join_words(barred)}. Withholding of removal and "
            "the Convention Against Torture may still be open (see below)."
            + (
                " The terrorism grounds do not apply if the Department of Homeland Security "
                "or the State Department grants an exemption."
                if terrorism == YesNo.YES
                else ""
            ),
            relied_on,
            tuple(cites),
        )
    if unknown:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            open_points(unknown, "bar asylum"),
            relied_on,
            tuple(cites),
        )
    return Finding(
        code,
        title,
        Status.MET,
        "None of the asylum bars applies on these answers: no persecution of others, no "
        "aggravated felony or other particularly serious crime, no serious crime abroad, no "
        "terrorism grounds, no firm resettlement and no earlier denial.",
        relied_on,
        tuple(cites),
    )


def drug_trafficking_presumed_serious(facts: Facts) -> bool:
    """Matter of Y-L-, A-G- & R-S-R-, 23 I&N Dec. 270 (A.G. 2002): a drug trafficking
    aggravated felony is presumptively a particularly serious crime; only very rare
    circumstances rebut it. It counts here unless a lawyer has reviewed it."""
    return (
        facts.has_convictions == YesNo.YES
        and facts.drug_trafficking == YesNo.YES
        and facts.aggravated_felony == YesNo.YES
        and facts.psc_review != PscReview.NOT_PSC
    )


def a_lawyer_disputes_the_drug_trafficking_presumption(facts: Facts) -> bool:
    """A drug trafficking aggravated felony with under five years imposed that a lawyer has
    recorded as not a particularly serious crime: the Y-L- presumption still stands until
    the immigration judge finds it overcome (R8-07)."""
    return (
        facts.has_convictions == YesNo.YES
        and facts.drug_trafficking == YesNo.YES
        and facts.aggravated_felony == YesNo.YES
        and facts.af_sentence_5_years != YesNo.YES
        and facts.psc_review == PscReview.NOT_PSC
    )


@reads(
    "has_convictions",
    "aggravated_felony",
    "af_sentence_5_years",
    "drug_trafficking",
    "psc_review",
    decides="whether a particularly serious crime bars withholding",
    law=(c.PARTICULARLY_SERIOUS_CRIME,),
)
def free_of_particularly_serious_crime_bar(facts: Facts) -> Finding:
    """8 U.S.C. § 1231(b)(3)(B): no withholding for a person convicted of a "particularly
    serious crime"; an aggravated felony (or felonies) with an aggregate term of imprisonment
    of at least five years is one. The term is the sentence imposed, suspended part included
    (8 U.S.C. § 1101(a)(48)(B)). A drug trafficking aggravated felony is presumptively one
    (Matter of Y-L-). 8 C.F.R. § 1208.16(d)(2): the same bar applies to withholding under
    the Convention Against Torture; it does not bar deferral (§ 1208.17(a)). Any other
    conviction needs a lawyer's case-by-case call, recorded as ``psc_review`` (Barajas-Romero
    had drug and stolen-property convictions and was still found statutorily eligible, seed
    at 354-55)."""
    code = "particularly_serious_crime"
    title = "Not barred by a particularly serious crime"
    relied_on = (
        "has_convictions",
        "aggravated_felony",
        "af_sentence_5_years",
        "drug_trafficking",
        "psc_review",
    )
    bar_cites = (c.PARTICULARLY_SERIOUS_CRIME, c.MANDATORY_DENIAL, c.CAT_DEFERRAL)
    if facts.has_convictions == YesNo.NO:
        return Finding(
            code,
            title,
            Status.MET,
            "The client has no criminal convictions, so the particularly serious crime bar "
            "does not apply.",
            relied_on,
            (c.PARTICULARLY_SERIOUS_CRIME,),
        )
    if facts.has_convictions != YesNo.YES:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "It is not known whether the client has a conviction. An aggravated felony with "
            "five years or more of prison imposed would bar both kinds of withholding (not "
            "deferral under the Convention Against Torture). Get the criminal records.",
            relied_on,
            bar_cites,
        )
    felony = facts.aggravated_felony
    if felony == YesNo.YES and facts.af_sentence_5_years == YesNo.YES:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "An aggravated felony (a crime on the immigration law's list of serious offences) "
            "with prison terms imposed adding up to five years or more, suspended parts "
            "included, is a particularly serious crime. That bars both kinds of withholding "
            "of removal. It does not bar deferral of removal under the Convention Against "
            "Torture.",
            relied_on,
            (*bar_cites, c.TERM_OF_IMPRISONMENT),
        )
    if facts.psc_review == PscReview.IS_PSC:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            "A lawyer reviewed the convictions and found a particularly serious crime. That "
            "bars both kinds of withholding of removal, but not deferral under the "
            "Convention Against Torture.",
            relied_on,
            bar_cites,
        )
    if felony == YesNo.YES and facts.af_sentence_5_years != YesNo.NO:
        presumed = drug_trafficking_presumed_serious(facts)
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The client has an aggravated felony, and it is not known whether the prison "
            "terms imposed add up to five years or more. Count the whole sentence the judge "
            "imposed, including any part suspended: five years or more is a particularly "
            "serious crime that bars both kinds of withholding."
            + (
                " Even under five years, drug trafficking is presumed to be one."
                if presumed
                else ""
            ),
            relied_on,
            (*bar_cites, c.TERM_OF_IMPRISONMENT, *((c.Y_L,) if presumed else ())),
        )
    if a_lawyer_disputes_the_drug_trafficking_presumption(facts):
        # R8-07: a lawyer's "not a particularly serious crime" is a view against the Y-L-
        # presumption, not a finding. Park v. Garland, 72 F.4th 965 (9th Cir. 2023), court
        # summary (biahelp.com copy, read with the search tool 2026-11-30): "in Matter of
        # Y-L-, the Attorney General instructed that aggravated felonies involving illicit
        # drug trafficking are presumptively particularly serious crimes and that this
        # presumption may be overcome only in the most extenuating circumstances that are
        # both extraordinary and compelling." The immigration judge decides it.
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "Not settled: a lawyer recorded that the drug trafficking conviction is not a "
            "particularly serious crime, but a drug trafficking aggravated felony is presumed "
            "to be one (Matter of Y-L-), even with under five years imposed. The presumption "
            "is overcome only in very rare, extraordinary circumstances (a very small "
            "quantity, a peripheral part, no violence), which the lawyer must argue and the "
            "immigration judge decides. If it is not overcome, both kinds of withholding are "
            "barred; deferral under the Convention Against Torture is not, and is the "
            "fallback.",
            relied_on,
            (*bar_cites, c.Y_L, c.MIGUEL_MIGUEL),
        )
    if facts.psc_review == PscReview.NOT_PSC:
        return Finding(
            code,
            title,
            Status.MET,
            "A lawyer reviewed the convictions and found none is a particularly serious "
            "crime. Convictions do not decide it on their own: the client in Barajas-Romero "
            "had drug and stolen-property convictions and was still eligible for withholding.",
            relied_on,
            (c.PARTICULARLY_SERIOUS_CRIME, c.SEED_CONVICTIONS),
        )
    if drug_trafficking_presumed_serious(facts):
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "A drug trafficking aggravated felony is presumed to be a particularly serious "
            "crime; only very rare circumstances (a very small quantity, a peripheral role, "
            "no violence) overcome that. Unless a lawyer finds them, both kinds of "
            "withholding are barred; deferral under the Convention Against Torture is not.",
            relied_on,
            (*bar_cites, c.Y_L, c.MIGUEL_MIGUEL),
        )
    drug = ""
    if facts.drug_trafficking == YesNo.YES and facts.aggravated_felony in NOT_AN_AGGRAVATED_FELONY:
        drug = (
            " A lawyer found the drug trafficking conviction is not an aggravated felony, so "
            "the presumption that a drug trafficking aggravated felony is a particularly "
            "serious crime does not apply to it; it can still be one on its facts."
        )
    elif facts.drug_trafficking == YesNo.YES:
        drug = (
            " If the drug trafficking conviction is an aggravated felony (a lawyer must "
            "decide), it bars asylum and is presumed to bar withholding (Matter of Y-L-)."
        )
    return Finding(
        code,
        title,
        Status.UNCLEAR,
        drug[1:]
        + (" " if drug else "")
        + "The client has convictions that are not shown to be an aggravated felony with five "
        "years or more imposed. Whether any is a particularly serious crime needs a lawyer's "
        "case-by-case review; record it on the convictions page once done. Convictions do "
        "not decide it on their own: the client in Barajas-Romero had drug and "
        "stolen-property convictions and was still eligible for withholding.",
        relied_on,
        (*bar_cites, c.SEED_CONVICTIONS),
    )


@reads(
    "persecutor_bar",
    "serious_nonpolitical_crime",
    "terrorism_bar",
    "crime_political",
    "terrorism_review",
    decides="whether persecuting others, a serious crime abroad or terrorism bars withholding",
    law=(c.WITHHOLDING_BARS,),
)
def free_of_other_withholding_bars(facts: Facts) -> Finding:
    """8 U.S.C. § 1231(b)(3)(B)(i), (iii), (iv); 8 C.F.R. § 1208.16(d)(2): no withholding
    (of either kind) for a person who took part in persecuting others, who committed a
    serious nonpolitical crime outside the United States, or who is a danger to the security
    of the United States. "[A]n alien who is described in section 1227(a)(4)(B)" (anyone
    described in the terrorism grounds of § 1182(a)(3)(B)) "shall be considered" such a
    danger (the last sentence of § 1231(b)(3)(B)), so a client found to fall under those
    grounds is barred. None of these bars deferral under the Convention Against Torture: a
    person entitled to its protection but subject to mandatory denial of withholding has
    removal deferred (8 C.F.R. § 1208.16(c)(4), § 1208.17(a))."""
    code = "withholding_other_bars"
    title = "Not barred from withholding by persecuting others, a crime abroad or terrorism"
    relied_on = (
        "persecutor_bar",
        "serious_nonpolitical_crime",
        "crime_political",
        "terrorism_bar",
        "terrorism_review",
    )
    crime = serious_nonpolitical_crime_abroad(facts)
    cites = (c.WITHHOLDING_BARS, c.MANDATORY_DENIAL, c.CAT_DEFERRAL_FOR_BARRED, c.CAT_DEFERRAL)
    terrorism = falls_under_terrorism_grounds(facts)
    terrorism_cites = (c.SECURITY_DANGER, c.TERRORIST_ACTIVITIES_DEPORTABLE, c.TERRORISM_GROUNDS)
    barred = [
        words
        for answer, words in (
            (facts.persecutor_bar, "took part in persecuting others"),
            (crime, "committed a serious nonpolitical crime outside the United States"),
            (
                terrorism,
                "falls under the terrorism grounds, so the law treats the client as a danger "
                "to the security of the United States",
            ),
        )
        if answer == YesNo.YES
    ]
    if barred:
        return Finding(
            code,
            title,
            Status.NOT_MET,
            f"The client {join_words(barred)}. That bars both kinds of withholding of "
            "removal; deferral under the Convention Against Torture stays open.",
            relied_on,
            (*cites, *(terrorism_cites if terrorism == YesNo.YES else ())),
        )
    if terrorism_links_unresolved(facts):
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            "The client has links to terrorist activity. If they put the client under the "
            "immigration law's terrorism grounds (which are very broad: even small or forced "
            "support to an armed group can count), the law treats the client as a danger to "
            "the security of the United States, and both kinds of withholding are barred. A "
            "lawyer must decide it, including whether an exemption applies, and record it. "
            + (TERRORISM_LAWYER_VIEW + " " if only_a_lawyers_view_on_terrorism(facts) else "")
            + "Deferral under the Convention Against Torture stays open either way.",
            relied_on,
            (
                *cites,
                *terrorism_cites,
                c.TERRORISM_EXEMPTION,
                *((c.M_H_Z,) if only_a_lawyers_view_on_terrorism(facts) else ()),
            ),
        )
    unknown = [
        words
        for answer, words in (
            (facts.persecutor_bar, "taking part in persecuting others"),
            (
                crime,
                "a serious nonpolitical crime abroad"
                if facts.serious_nonpolitical_crime != YesNo.YES
                else BAR_DETAILS_OPEN["serious_nonpolitical_crime"],
            ),
            (terrorism, "links to terrorist activity"),
        )
        if answer != YesNo.NO
    ]
    if may_have_paid_a_designated_group(facts):
        unknown.append(PAYMENTS_OPEN)
    if unknown:
        return Finding(
            code,
            title,
            Status.UNCLEAR,
            open_points(
                unknown,
                "bar both kinds of withholding (not deferral under the Convention Against "
                "Torture)",
            ),
            relied_on,
            cites,
        )
    cleared = (
        " The Secretary of Homeland Security or of State granted the client an exemption "
        "from the terrorism grounds."
        if facts.terrorism_bar == YesNo.YES
        else ""
    )
    return Finding(
        code,
        title,
        Status.MET,
        "The client did not take part in persecuting others, has no serious crime abroad and "
        + (
            "is not barred by the terrorism grounds."
            if cleared
            else "no links to terrorist activity."
        )
        + cleared,
        relied_on,
        cites,
    )

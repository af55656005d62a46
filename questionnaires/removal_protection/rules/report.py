"""The screening put together: every finding in the order of the analysis, the four forms
of relief, and what the staff member needs next (evidence that follows the answers,
circuit warnings, next steps, caveats naming what was checked)."""

from __future__ import annotations

from questionnaires.framework.determination import Determination, Finding, Status
from questionnaires.framework.wording import YesNo, join_words, us_long_date
from questionnaires.removal_protection import citations as c

from .answers import (
    CIRCUIT_LABELS,
    GROUND_LABELS,
    MOTIVE_EVIDENCE_SHOWN,
    PHYSICAL_HARM,
    PRIVATE_ACTORS,
    RELIEF_LABELS,
    Circuit,
    DeadlineException,
    Facts,
    GroundKnown,
    GroundRole,
    LawyerRole,
    Motive,
    NotReportedReason,
    OfficialDuty,
    PoliceResponse,
    Proceeding,
    Relief,
    ReliefStatus,
    Standard,
    grounds_claimed,
    grounds_described_but_not_ticked,
    officials_harmed,
)
from .bars import (
    asylum_available_despite_reinstated_order,
    asylum_closed_by_reinstated_order,
    asylum_mandatory_bars,
    free_of_other_withholding_bars,
    free_of_particularly_serious_crime_bar,
    may_have_paid_a_designated_group,
    only_a_lawyers_view_on_terrorism,
    reinstatement_not_confirmed,
    terrorism_links_unresolved,
)
from .deadline import (
    asylum_deadline_date,
    asylum_filed_within_one_year,
    days_from_screening,
    still_an_unaccompanied_child,
)
from .nexus import (
    circuit_standard,
    circuit_table,
    derived_role,
    ground_answers_disagree,
    ground_nexus,
    harm_said_not_intended,
    nexus_one_central_reason,
    nexus_under_a_reason_standard,
    row_checked_on,
    withholding_nexus_under_circuit_standard,
)
from .outcome import (
    asylum_status,
    cat_deferral_status,
    cat_withholding_status,
    headline,
    overall_outcome,
    withholding_status,
)
from .persecution import (
    FIFTH_CIRCUIT_NOTE,
    FIFTH_CIRCUIT_UNREAD,
    future_threat_more_likely_than_not,
    government_unable_or_unwilling_to_control,
    past_harm_was_persecution,
    past_persecution_presumption,
    well_founded_fear,
)
from .relocation import future_torture_more_likely_than_not, no_safe_relocation
from .torture import (
    cat_needs_no_protected_reason,
    past_harm_amounts_to_torture,
    torture_by_or_with_acquiescence_of_official,
)

STATUS_WORDS = {
    ReliefStatus.STRONG: "strong",
    ReliefStatus.POSSIBLE: "possible",
    ReliefStatus.WEAK: "weak",
    ReliefStatus.BARRED: "barred",
    ReliefStatus.NOT_AVAILABLE: "not available",
    ReliefStatus.UNCLEAR: "unclear",
}


def _ground_evidence(facts: Facts) -> list[str]:
    """What to gather about each protected reason that is still in play: none for a reason
    the persecutors did not know of, or that a lawyer found played no part."""
    items: list[str] = []
    for row in grounds_claimed(facts):
        if row.ground_known == GroundKnown.DID_NOT_KNOW or derived_role(row) == GroundRole.NO_PART:
            continue
        name = GROUND_LABELS[row.ground]
        if row.ground_evidence & MOTIVE_EVIDENCE_SHOWN:
            items.append(
                f"Statements from the client and witnesses on what shows the client's {name} "
                "motivated the persecutors (what they said, when the harm started or got "
                "worse, whom else they harmed)."
            )
        else:
            items.append(
                f"Evidence of why the persecutors acted: what they said about the client's "
                f"{name}, and whether the harm got worse once they learned of it."
            )
        if row.ground_known == GroundKnown.NOT_SURE:
            items.append(f"How the persecutors knew of, or assumed, the client's {name}.")
        if row.would_have_harmed_anyway == YesNo.NOT_SURE and row.lawyer_role in (
            LawyerRole.NOT_REVIEWED,
            "",
        ):
            items.append(
                f"Whether the persecutors would have harmed the client anyway, without the "
                f"client's {name} (what they did to others, what they demanded)."
            )
    if Motive.SOCIAL_GROUP in {row.ground for row in grounds_claimed(facts)}:
        items.append(
            "A precise description of the particular social group, and evidence that the "
            "society sees it as a group (laws, news, country reports), for the lawyer."
        )
    return items


def _harm_evidence(facts: Facts) -> list[str]:
    items: list[str] = []
    if facts.past_harm != YesNo.NO and (
        facts.harm_kinds & PHYSICAL_HARM or facts.visible_scars == YesNo.YES
    ):
        if facts.medical_records != YesNo.YES:
            items.append(
                "A doctor's report on the client's scars and injuries, saying whether they "
                "fit the account (as the physician's reports did in Barajas-Romero, 846 F.3d "
                "at 355-56), and any hospital records."
            )
        if facts.visible_scars == YesNo.YES:
            items.append("Photographs of the client's scars.")
    if facts.severe_pain != YesNo.YES and facts.past_harm == YesNo.YES:
        items.append(
            "Medical or psychological records of the pain and suffering the harm caused "
            "(for example, treatment for post-traumatic stress disorder)."
        )
    return items


def _officials_evidence(facts: Facts) -> list[str]:
    items: list[str] = []
    if facts.reported_to_police == YesNo.YES:
        items.append("A copy of any police report, or the client's account of the report.")
    elif (
        facts.reported_to_police == YesNo.NO
        and facts.harmers & PRIVATE_ACTORS
        and facts.not_reported_reason in (NotReportedReason.FUTILE, NotReportedReason.DANGEROUS)
    ):
        items.append(
            "Evidence that reporting would have been useless or dangerous: what happened to "
            "others who reported, and country reports on the police."
        )
    elif facts.reported_to_police != YesNo.NO and facts.past_harm != YesNo.NO:
        items.append("Whether the client reported the harm to the police, and what happened.")
    if facts.police_response == PoliceResponse.NOT_SURE:
        items.append("What the police did after the report.")
    if facts.officials_protect_group != YesNo.YES and facts.harmers & PRIVATE_ACTORS:
        items.append(
            "Evidence of ties between officials and the group that harmed the client "
            "(news reports, witness statements)."
        )
    capacity = (
        facts.official_duty,
        facts.officials_in_uniform,
        facts.access_through_position,
        facts.threatened_official_retaliation,
    )
    if officials_harmed(facts) and any(answer in (None, "not_sure") for answer in capacity):
        items.append(
            "What the officials were doing: on duty or not, in uniform, how they found the "
            "client, and any threat to use their office against the client."
        )
    return items


def evidence_to_gather(facts: Facts) -> list[str]:
    """The gaps in the answers, as things to collect: each item follows from an answer."""
    items = [*_harm_evidence(facts), *_officials_evidence(facts)]
    country = facts.country_of_return.strip() or "the country of return"
    items.append(
        f"The current U.S. State Department human rights report on {country} and other "
        "country reports on official corruption, collusion with criminal groups, and how "
        "well the government's efforts work."
    )
    items += _ground_evidence(facts)
    if facts.safe_area != YesNo.NO:
        items.append(
            "Evidence about moving elsewhere in the country: how far the persecutors' reach "
            "goes, and why other places would or would not be safe."
        )
    if YesNo.YES in (facts.future_threats_made, facts.threats_to_find_anywhere):
        items.append("Statements from the client and witnesses about the threats made.")
    if facts.has_convictions in (YesNo.YES, YesNo.NOT_SURE):
        items.append(
            "Certified records of every conviction and sentence (the whole term imposed, "
            "including any part suspended), for the particularly serious crime analysis."
        )
    if facts.reinstated_order != YesNo.NO:
        items.append("The immigration file: any earlier removal order and re-entry.")
    if may_have_paid_a_designated_group(facts):
        items.append(
            "Whether the client ever paid or helped the gang or cartel that demanded money: "
            "which group, what was given, when, and under what threat, for the lawyer."
        )
    if terrorism_links_unresolved(facts):
        items.append(
            "The client's full account of the links to terrorist activity, for the lawyer: "
            "which group, what the client did or gave, when, and whether under threat."
        )
    if not asylum_closed_by_reinstated_order(facts):
        if facts.last_arrival_date is None and facts.unaccompanied_child != YesNo.YES:
            items.append("Proof of the date of last arrival (an entry record or stamp).")
        if facts.asylum_filed == YesNo.YES:
            items.append("The asylum application's receipt notice, showing the filing date.")
        if facts.unaccompanied_child == YesNo.YES:
            items.append(
                "Proof of the client's date of birth (a birth certificate or passport), and "
                "who has cared for the client since arriving: the exemption from the one-year "
                "deadline turns on both."
            )
        if facts.deadline_exception in (
            DeadlineException.CHANGED,
            DeadlineException.EXTRAORDINARY,
        ):
            items.append(
                "Evidence of the changed or extraordinary circumstances and when they arose."
            )
    return items


def jurisdiction_warnings(facts: Facts) -> list[str]:
    """Where the answer turns on the circuit, or on a rule courts read differently."""
    warnings: list[str] = []
    standard, authority, _ = circuit_standard(facts.circuit)
    if facts.circuit == Circuit.UNKNOWN:
        warnings.append(
            "The circuit is not known. For withholding, the Ninth and Sixth Circuits need a "
            "protected reason to be only 'a reason' for the harm; the Board, the Second "
            "Circuit and, until they rule, other circuits need 'one central reason'. Find out "
            "where the case is."
        )
    elif facts.circuit == Circuit.SIXTH:
        warnings.append(
            "The Sixth Circuit applies 'a reason' to withholding (Guzman-Vazquez v. Barr), "
            "as the Ninth does."
        )
    elif facts.circuit == Circuit.SECOND:
        warnings.append(
            "The Second Circuit applies 'one central reason' to withholding (Quituizaca v. "
            "Garland), deferring to the Board's reading under Chevron, which Loper Bright "
            "Enterprises v. Raimondo (2024) overruled. Check whether the circuit has revisited it."
        )
    elif facts.circuit != Circuit.NINTH and standard == Standard.ONE_CENTRAL_REASON:
        warnings.append(
            f"For {CIRCUIT_LABELS[facts.circuit]}: {authority} (checked "
            f"{row_checked_on(facts.circuit)}). "
            "Check the circuit's own cases."
        )
    if officials_harmed(facts) and facts.official_duty != OfficialDuty.ON_DUTY:
        warnings.append(
            "Officials harmed the client. The Ninth Circuit has no 'rogue official' "
            "exception: off-duty officials still count (Barajas-Romero). But in every circuit "
            "the Board applies Matter of O-F-A-S- ('under color of law'), as Matter of J-G-R- "
            "explains it: could the official do it because of the government position? Have "
            "the facts it names ready: access to the client through the job, being on duty or "
            "in uniform, threats of official retaliation."
        )
    if facts.circuit != Circuit.NINTH:
        warnings.append(
            "The rules on local officials (Madrigal v. Holder), on relocation (Maldonado v. "
            "Lynch) and on a government unable to protect (Bringas-Rodriguez v. Sessions) come "
            "from the Ninth Circuit. Check how your circuit treats them. (That not reporting "
            "is not fatal where reporting would have been futile or dangerous is also the "
            "Board's rule, in Matter of C-G-T-.)"
        )
    return warnings


def _asylum_steps(facts: Facts, f: dict[str, Finding]) -> list[str]:
    steps: list[str] = []
    if reinstatement_not_confirmed(facts):
        steps.append(
            "Find out whether the client was ever removed, or left under a removal order: get "
            "the reinstatement notice (Form I-871, 'Notice of Intent/Decision to Reinstate "
            "Prior Order') and the earlier order. If there was no removal under an order, "
            "asylum may be open: screen again with that answer. Meanwhile prepare withholding "
            "of removal and the Convention Against Torture."
        )
        return steps
    if f["asylum_available"].status == Status.NOT_MET:
        steps.append(
            "Prepare the case for withholding of removal and the Convention Against Torture "
            "only: asylum is closed. If the client fears return, ask for a reasonable fear "
            "interview with an asylum officer; if the officer finds a reasonable fear, an "
            "immigration judge hears withholding and Convention Against Torture claims only "
            "('withholding-only' proceedings)."
        )
        return steps
    deadline = asylum_deadline_date(facts)
    today = facts.today
    asylum_barred = f["asylum_bars"].status == Status.NOT_MET
    child = still_an_unaccompanied_child(facts)
    child_unfiled = (
        facts.unaccompanied_child == YesNo.YES
        and facts.asylum_filed != YesNo.YES
        and not asylum_barred
    )
    if child_unfiled and child is None:
        by = (
            f" Either way, file by {us_long_date(deadline)} where possible, in case the "
            "exemption is questioned."
            if deadline is not None and today is not None and today <= deadline
            else ""
        )
        steps.append(
            "Find out the client's date of birth first (and who cares for the client, and any "
            "status). If the client is still an unaccompanied child (under 18, with no parent "
            "or legal guardian here available to care for them and no lawful status), file "
            "the asylum application with USCIS (the asylum office), which first decides a "
            "child's application even in removal proceedings (8 U.S.C. § 1158(b)(3)(C)), and "
            "tell the immigration court. If the client is 18 or older and the case is in "
            "removal proceedings, file with the immigration court by any date the judge set: "
            "the judge first decides an application filed after 18 (Matter of M-A-C-O-)." + by
        )
    elif child_unfiled and child:
        steps.append(
            "File the asylum application with USCIS (the asylum office), not the court: it "
            "first decides an application filed by an unaccompanied child, even one in "
            "removal proceedings (8 U.S.C. § 1158(b)(3)(C)); tell the immigration court it "
            "was filed. File while the client is still under 18"
            + (
                f", and by {us_long_date(deadline)} where possible, in case that status is "
                "questioned."
                if deadline is not None and today is not None and today <= deadline
                else "."
            )
        )
    elif asylum_barred and deadline is not None and today is not None and today <= deadline:
        steps.append(
            "Asylum looks barred (see above). Have a lawyer confirm it before "
            f"{us_long_date(deadline)}, the last day to file for asylum, in case the bar does "
            "not hold; withholding and the Convention Against Torture have no deadline."
        )
    elif deadline is not None and today is not None and today <= deadline:
        days = (deadline - today).days
        if days == 0:
            steps.append(
                f"File the asylum application today: {us_long_date(deadline)} is the last day "
                "to file."
            )
        else:
            steps.append(
                f"File the asylum application by {us_long_date(deadline)} "
                f"({days_from_screening(days)})"
                + (
                    ", or by any earlier date the immigration judge set."
                    if facts.proceeding_type == Proceeding.REMOVAL_PROCEEDINGS
                    else "."
                )
            )
    elif (
        f["asylum_filing_deadline"].status == Status.UNCLEAR
        and facts.asylum_filed == YesNo.YES
        and facts.deadline_exception
        in (
            DeadlineException.CHANGED,
            DeadlineException.EXTRAORDINARY,
        )
    ):
        steps.append(
            "The application was filed after the year ran out: gather evidence of the "
            "changed or extraordinary circumstances, when they arose and when the client "
            "learned of them, to show the filing followed within a reasonable period. Do not "
            "file again."
        )
    elif f["asylum_filing_deadline"].status == Status.UNCLEAR and facts.deadline_exception in (
        DeadlineException.CHANGED,
        DeadlineException.EXTRAORDINARY,
    ):
        steps.append(
            "The year to apply for asylum has run: document the exception and file as soon "
            "as possible, since it only helps if the application follows within a reasonable "
            "period."
        )
    elif (
        f["asylum_filing_deadline"].status == Status.UNCLEAR
        and facts.asylum_filed == YesNo.YES
        and facts.unaccompanied_child == YesNo.YES
    ):
        steps.append(
            "Find the client's date of birth, and who cared for the client and any status on "
            "the day the application was filed (the receipt notice): if the client was still "
            "an unaccompanied child that day, the deadline did not apply. The application is "
            "filed: do not file it again."
        )
    elif f["asylum_filing_deadline"].status == Status.UNCLEAR and facts.asylum_filed == YesNo.YES:
        steps.append(
            "Establish the date of last arrival and the filing date (the receipt notice), to "
            "show the application was filed in time."
        )
    elif f["asylum_filing_deadline"].status == Status.UNCLEAR:
        steps.append(
            "Establish the date of last arrival and any asylum filing date, and file as soon "
            "as possible if asylum is wanted."
        )
    elif f["asylum_filing_deadline"].status == Status.NOT_MET:
        steps.append(
            "The year to apply for asylum has run: have a lawyer look for changed or "
            "extraordinary circumstances (the listed examples are not the only ones) before "
            "giving up on asylum. Withholding and the Convention Against Torture have no "
            "deadline."
        )
    if facts.firm_resettlement == YesNo.YES:
        steps.append(
            "Withholding and the Convention Against Torture protect only against removal to "
            "the country where the client fears harm; ask a lawyer whether the client could "
            "be sent to the country that offered permanent status."
        )
    if f["asylum_bars"].status == Status.UNCLEAR:
        steps.append("Have a lawyer resolve the open asylum bars listed above.")
    return steps


def next_steps(facts: Facts, f: dict[str, Finding], relief: dict[str, dict[str, str]]) -> list:
    steps: list[str] = []
    if facts.circuit == Circuit.UNKNOWN:
        steps.append("Find out which federal court of appeals circuit the case is in.")
    steps += _asylum_steps(facts, f)
    if (
        facts.aggravated_felony == YesNo.YES
        and facts.af_sentence_5_years != YesNo.YES
        and facts.psc_review != "is_psc"
    ):
        steps.append(
            "Get the sentencing records: add up the prison terms imposed for the aggravated "
            "felonies, suspended parts included. Five years or more bars withholding."
        )
    if only_a_lawyers_view_on_terrorism(facts):
        steps.append(
            "Find out whether DHS (USCIS) or the State Department has granted the client an "
            "exemption from the terrorism grounds (8 U.S.C. § 1182(d)(3)(B)(i)), or can be "
            "asked for one. A lawyer's view is not an exemption. Until one is granted, "
            "prepare deferral under the Convention Against Torture as well."
        )
    elif terrorism_links_unresolved(facts):
        steps.append(
            "Have a lawyer decide whether the client's links to terrorist activity put the "
            "client under the terrorism grounds (8 U.S.C. § 1182(a)(3)(B)), and whether an "
            "exemption applies, and record it on the terrorism grounds page. If they do, "
            "asylum and withholding are barred and deferral under the Convention Against "
            "Torture is the route."
        )
    if f["particularly_serious_crime"].status == Status.UNCLEAR:
        steps.append(
            "Have a lawyer review each conviction for the particularly serious crime bar, "
            "and record the result on the convictions page."
        )
    if relief[Relief.WITHHOLDING]["status"] == ReliefStatus.BARRED:
        steps.append("Focus on deferral of removal under the Convention Against Torture.")
    if f["government_protection"].status == Status.UNCLEAR:
        steps.append(
            "Find out whether the police could or would protect the client: what was "
            "reported, what the police did, and country evidence."
        )
    if f["state_action"].status == Status.UNCLEAR:
        steps.append("Find out what officials knew and did about the harm.")
    if grounds_claimed(facts) and harm_said_not_intended(facts):
        steps.append(
            "Check with the client whether the harm was done on purpose: the answers say it "
            "was not, yet give a protected reason as why it was done. Correct the wrong "
            "answer and screen again."
        )
    if any(ground_answers_disagree(row) for row in grounds_claimed(facts)):
        steps.append(
            "Check with the client whether the persecutors knew of the protected reason, or "
            "assumed it: the answers say they did not know of it, yet what they said or did "
            "shows it was their motive. Correct the wrong answer and screen again."
        )
    if Motive.SOCIAL_GROUP in {row.ground for row in grounds_claimed(facts)}:
        steps.append(
            "Have a lawyer define the particular social group and assess whether it is "
            "cognizable before relying on it."
        )
    steps.append("Gather the evidence listed under 'Evidence to gather'.")
    steps.append("Have a lawyer review this screening before advising the client.")
    return steps


def caveats(facts: Facts, f: dict[str, Finding]) -> list[str]:
    notes = [
        "This is a first screening, not legal advice. The law and the facts need a "
        "lawyer's review.",
        "The client's own account of what happened is kept on the record but not read by "
        "these rules: read it for facts the answers above missed.",
        "Withholding of removal stops removal to a country where the client's life or "
        "freedom would be threatened for a protected reason. The Convention Against Torture "
        "stops removal to a country where the client would be tortured; deferral is a more "
        "limited form of it for people barred from withholding.",
        f"The law in these rules was checked on {c.LAW_CHECKED_ON}: {c.LAW_CHECKED}. The "
        f"check could not confirm {c.LAW_NOT_CONFIRMED}: a lawyer should read them. Some "
        "rulings relied on (Perez-Guzman on reinstated orders, Quituizaca on the Second "
        "Circuit's standard) rest on Chevron deference to the agency's reading, which the "
        "Supreme Court has since overruled (Loper Bright Enterprises v. Raimondo, 144 S. Ct. "
        "2244 (2024)); a lawyer should check whether they still stand, and check all of it for "
        "changes after that date.",
    ]
    if FIFTH_CIRCUIT_NOTE in f["government_protection"].explanation:
        notes.append(
            "The Fifth Circuit's test for a government 'unable' to control private "
            "persecutors was not applied. This check could read only summaries of the "
            "court's cases, which say it requires a government that condoned the harm or was "
            "completely helpless to protect the victim. A lawyer should read "
            f"{FIFTH_CIRCUIT_UNREAD} before relying on the finding on government protection."
        )
    if facts.unaccompanied_child == YesNo.YES:
        notes.append(
            "A lawyer should confirm the client qualified, and still qualifies, as an "
            "'unaccompanied alien child' (8 U.S.C. § 1158(a)(2)(E), defined in 6 U.S.C. "
            "§ 279(g)): the exemption from the one-year deadline turns on it. Where the "
            "client has turned 18, Matter of M-A-C-O- gives the immigration judge an "
            "application filed after 18; whether USCIS's own policy still lets the asylum "
            "office first hear a client once found to be an unaccompanied child was not "
            "checked, so a lawyer should check it before choosing where to file."
        )
    if Motive.SOCIAL_GROUP in {row.ground for row in grounds_claimed(facts)}:
        described = (
            f" The group as described: '{facts.social_group_description.strip()}'."
            if facts.social_group_description.strip()
            else ""
        )
        notes.append(
            "Whether the client's group is a 'particular social group' is a legal question "
            "this screening never decides. The Board requires a group whose members share a "
            "characteristic they cannot or should not change, defined with particularity, "
            "and socially distinct in that society (Matter of M-E-V-G-, 26 I&N Dec. 227 (BIA "
            "2014); Matter of W-G-R-, 26 I&N Dec. 208 (BIA 2014))." + described
        )
    if c.WITHHOLDING_RELOCATION_PRESUMPTION in f["withholding_likelihood"].citations:
        notes.append(
            "The presumption that moving elsewhere in the country is unreasonable is applied "
            "as 8 C.F.R. §§ 1208.13(b)(3)(ii) and 1208.16(b)(3)(ii) read in force. A 2020 rule "
            "(85 Fed. Reg. 80274) would have narrowed it, but a federal court blocked that "
            "rule before it took effect (Pangea Legal Services v. DHS, 512 F. Supp. 3d 966 "
            "(N.D. Cal. 2021)), and it is shown as a pending amendment, not in force. A lawyer "
            "should check its status before relying on the presumption."
        )
    if facts.firm_resettlement == YesNo.YES:
        notes.append(
            "Firm resettlement is applied as 8 C.F.R. § 208.15 defined it before the 2020 rule "
            "(an offer of permanent status, with two exceptions). That rule's broader "
            "definition (8 C.F.R. § 1208.15 as amended, 85 Fed. Reg. 80274) was blocked by a "
            "federal court (Pangea Legal Services v. DHS); a lawyer should check which text "
            "applies."
        )
    left_out = grounds_described_but_not_ticked(facts)
    if left_out:
        notes.append(
            f"The details given for {join_words(left_out)} were left out, because "
            f"{'it was' if len(left_out) == 1 else 'they were'} not ticked as a reason the "
            "client was harmed. Tick it on the 'Why the client was harmed' page if it applies."
        )
    return notes


def _nexus_data(facts: Facts, central: Finding, a_reason: Finding) -> dict:
    return {
        "one_central_reason": str(central.status),
        "a_reason": str(a_reason.status),
        "standard_applied": (
            "both" if facts.circuit == Circuit.UNKNOWN else str(circuit_standard(facts.circuit)[0])
        ),
        "standard_authority": circuit_standard(facts.circuit)[1],
        "grounds": [
            {
                "ground": str(row.ground),
                "one_central_reason": str(ground_nexus(row, Standard.ONE_CENTRAL_REASON)[0]),
                "a_reason": str(ground_nexus(row, Standard.A_REASON)[0]),
                "role": str(derived_role(row)),
                "lawyer_override": row.lawyer_role
                in (LawyerRole.CENTRAL, LawyerRole.ONE_REASON, LawyerRole.NO_PART),
            }
            for row in grounds_claimed(facts)
        ],
        "circuit_table": circuit_table(),
    }


def text_sections(relief, evidence, warnings) -> list[dict]:
    """What the result page shows beyond the findings, for ``manage.py screen --format
    text``: each protection's status, the evidence to gather, the circuit warnings."""
    return [
        {
            "title": "Each form of protection",
            "items": [
                f"{RELIEF_LABELS[code][0].upper()}{RELIEF_LABELS[code][1:]}: "
                f"{STATUS_WORDS[entry['status']]}. {entry['reason']}"
                for code, entry in relief.items()
            ],
        },
        {"title": "Evidence to gather", "items": evidence},
        {"title": "Where the circuit matters", "items": warnings},
    ]


def determine(facts: Facts) -> Determination:
    """Screen the four forms of protection from removal."""
    available = asylum_available_despite_reinstated_order(facts)
    deadline = asylum_filed_within_one_year(facts)
    asylum_bars = asylum_mandatory_bars(facts)
    crime_bar = free_of_particularly_serious_crime_bar(facts)
    other_bars = free_of_other_withholding_bars(facts)
    harm = past_harm_was_persecution(facts)
    protection = government_unable_or_unwilling_to_control(facts)
    central = nexus_one_central_reason(facts)
    a_reason = nexus_under_a_reason_standard(facts)
    nexus = withholding_nexus_under_circuit_standard(facts)
    presumption = past_persecution_presumption(facts, harm, nexus, protection)
    likely = future_threat_more_likely_than_not(facts, presumption)
    fear = well_founded_fear(facts, presumption, likely)
    no_nexus = cat_needs_no_protected_reason(facts)
    torture = past_harm_amounts_to_torture(facts)
    state = torture_by_or_with_acquiescence_of_official(facts)
    relocation = no_safe_relocation(facts, torture)
    cat_likely = future_torture_more_likely_than_not(facts, torture, relocation)
    findings = (
        available,
        deadline,
        asylum_bars,
        crime_bar,
        other_bars,
        harm,
        protection,
        central,
        a_reason,
        nexus,
        presumption,
        likely,
        fear,
        no_nexus,
        torture,
        state,
        relocation,
        cat_likely,
    )
    f = {finding.code: finding for finding in findings}
    relief: dict[str, dict[str, str]] = {}
    for code, (status, reason) in (
        (Relief.ASYLUM, asylum_status(facts, f)),
        (Relief.WITHHOLDING, withholding_status(facts, f)),
        (Relief.CAT_WITHHOLDING, cat_withholding_status(facts, f)),
        (Relief.CAT_DEFERRAL, cat_deferral_status(facts, f)),
    ):
        relief[str(code)] = {"status": str(status), "reason": reason}
    outcome = overall_outcome(relief)
    evidence = evidence_to_gather(facts)
    warnings = jurisdiction_warnings(facts)
    last_day = asylum_deadline_date(facts)
    data = {
        # Each form of relief keyed by its code ("asylum", "withholding", "cat_withholding",
        # "cat_deferral"), and the same four together under "relief", in that order.
        **relief,
        "circuit": str(facts.circuit),
        "country_of_return": facts.country_of_return,
        "relief": relief,
        "asylum_deadline": {
            "status": str(deadline.status),
            "last_day_to_file": last_day.isoformat() if last_day else None,
            "last_day_in_words": us_long_date(last_day) if last_day else None,
        },
        "nexus": _nexus_data(facts, central, a_reason),
        "evidence_to_gather": evidence,
        "jurisdiction_warnings": warnings,
        "law_checked_on": c.LAW_CHECKED_ON,
        "text_sections": text_sections(relief, evidence, warnings),
    }
    return Determination(
        outcome=str(outcome),
        headline=headline(outcome, relief, facts),
        findings=findings,
        next_steps=tuple(next_steps(facts, f, relief)),
        caveats=tuple(caveats(facts, f)),
        data=data,
    )

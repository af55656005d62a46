"""The protection from removal questionnaire: its pages, when each applies, and the facts
it hands to the rules."""

from datetime import date

from questionnaires.framework.registry import AddedQuestion, Questionnaire, Step, register

from . import citations, forms, rules
from .deadlines import deadlines
from .rules.answers import RELIEF_LABELS


def convicted(answers):
    """Applies when the client has a criminal conviction."""
    return answers.get("has_convictions") == "yes"


def asylum_not_closed(answers):
    """Applies when asylum is not closed by a reinstated removal order, as the rules read
    the answers on the case page."""
    return not rules.asylum_closed_by_reinstated_order(
        rules.Facts(
            reinstated_order=answers.get("reinstated_order") or rules.YesNo.NOT_SURE,
            proceeding_type=answers.get("proceeding_type") or rules.Proceeding.NOT_SURE,
        )
    )


def came_as_an_unaccompanied_child(answers):
    """Applies when asylum is open and the client arrived as an unaccompanied child."""
    return asylum_not_closed(answers) and answers.get("unaccompanied_child") == "yes"


def filed_as_a_child_perhaps(answers):
    """Applies when a client who came as an unaccompanied child has filed for asylum, and
    not within the year on the dates given: the exemption from the one-year deadline turns
    on the client's age and lawful status on the filing day (6 U.S.C. § 279(g)(2)), not
    today's, and matters only when the filing was not on time anyway (R8-23)."""
    if not (came_as_an_unaccompanied_child(answers) and answers.get("asylum_filed") == "yes"):
        return False
    return not rules.filed_within_the_year_on_the_dates(
        rules.Facts(
            asylum_filed=rules.YesNo.YES,
            last_arrival_date=_a_date(answers.get("last_arrival_date")),
            asylum_filed_date=_a_date(answers.get("asylum_filed_date")),
        )
    )


def _a_date(value):
    """A date from the wizard's cleaned data, or from an answers file's ISO string."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return value


def the_arrival_date(answers):
    """The last arrival, for the check that a client under 18 today arrived less than 18
    years ago."""
    return {"arrived": answers.get("last_arrival_date")}


def the_age_and_dates(answers):
    """The answer about the client's age today and the arrival and filing dates, for the
    checks that the answers about the filing day agree with them."""
    return {
        "under_18_now": answers.get("client_under_18_now"),
        "arrived": answers.get("last_arrival_date"),
        "filed": answers.get("asylum_filed_date"),
    }


def arrived_when_a_border_rule_applied(answers):
    """Applies when the client last arrived on or after May 11, 2023, when the 2023 "lawful
    pathways" rule began (the 2024 "Securing the Border" rule followed on June 5, 2024)."""
    arrival = answers.get("last_arrival_date")
    if isinstance(arrival, str):
        arrival = date.fromisoformat(arrival)
    return asylum_not_closed(answers) and rules.arrived_when_a_border_rule_applied(
        rules.Facts(last_arrival_date=arrival)
    )


def aggravated_felony_conviction(answers):
    """Applies when a conviction is an aggravated felony."""
    return convicted(answers) and answers.get("aggravated_felony") == "yes"


#: Each bar answered "yes" on the bars page, and the question that says whether it is one.
BAR_DETAILS = (
    ("prior_asylum_denied", "prior_denial_by_court"),
    ("firm_resettlement", "resettlement_exception"),
    ("serious_nonpolitical_crime", "crime_political"),
)


def a_bar_answered_yes(answers):
    """Applies when an earlier asylum denial, an offer of permanent status elsewhere, or a
    serious crime abroad was answered "yes"."""
    return any(answers.get(bar) == "yes" for bar, _ in BAR_DETAILS)


def the_bar_details_to_ask(answers):
    """One question for each of those bars answered "yes": who denied the earlier
    application, whether an exception to firm resettlement applies, whether the crime was
    political."""
    return {"asks": [detail for bar, detail in BAR_DETAILS if answers.get(bar) == "yes"]}


def terrorism_links_reported(answers):
    """Applies when the client is said to have links to terrorist activity."""
    return answers.get("terrorism_bar") == "yes"


def harmed_before(answers):
    """Applies when the client was harmed in the country before."""
    return answers.get("past_harm") == "yes"


def officials_among_the_harmers(answers):
    """Applies when police, soldiers or other officials harmed or threatened the client."""
    return bool(set(answers.get("harmers") or []) & rules.OFFICIALS)


def the_acquiescence_questions(answers):
    """Whether officials knew of the harm or protect those who did it matters where someone
    other than officials did it (acquiescence), and where officials did it but may have
    acted as private persons (off duty, not through the job): other officials' knowledge
    and failure to step in is then the other route to state action (R8-12). When officials
    plainly used their office, the page asks just whether the client reported it."""
    harmers = set(answers.get("harmers") or [])
    if not harmers or harmers - rules.OFFICIALS:
        return {"about_others": True}
    facts = rules.Facts(
        harmers=frozenset(harmers),
        official_duty=answers.get("official_duty") or rules.OfficialDuty.NOT_SURE,
        officials_in_uniform=answers.get("officials_in_uniform") or rules.YesNo.NOT_SURE,
        access_through_position=answers.get("access_through_position") or rules.YesNo.NOT_SURE,
    )
    return {"about_others": rules.officials_may_have_acted_privately(facts)}


def not_reported_to_the_police(answers):
    """Applies when the client did not report the harm to the police."""
    return answers.get("reported_to_police") == "no"


def reported_to_the_police(answers):
    """Applies when the client reported the harm to the police."""
    return answers.get("reported_to_police") == "yes"


def a_protected_reason_given(answers):
    """Applies when a protected reason (race, religion, nationality, a particular social
    group or political opinion) is among the reasons for the harm."""
    return bool(set(answers.get("motives") or []) & set(rules.PROTECTED_GROUNDS))


def the_protected_reasons_given(answers):
    """The protected reasons ticked on the "why" page, in its order: one row asks about
    each."""
    motives = set(answers.get("motives") or [])
    return {"keys": [ground for ground, _ in forms.PROTECTED_CHOICES if ground in motives]}


STEPS = (
    Step("case", "The case", forms.CaseForm),
    Step("convictions", "Criminal history", forms.ConvictionsForm),
    Step("aggravated_felony", "Serious convictions", forms.AggravatedFelonyForm, convicted),
    Step(
        "aggravated_felony_sentence",
        "The sentence imposed",
        forms.AggravatedFelonySentenceForm,
        aggravated_felony_conviction,
    ),
    Step(
        "asylum_filing",
        "Arrival and the asylum application",
        forms.AsylumFilingForm,
        asylum_not_closed,
    ),
    Step(
        "child_status",
        "The client as an unaccompanied child",
        forms.ChildStatusForm,
        came_as_an_unaccompanied_child,
        form_kwargs=the_arrival_date,
    ),
    Step(
        "child_at_filing",
        "The client when the application was filed",
        forms.ChildAtFilingForm,
        filed_as_a_child_perhaps,
        form_kwargs=the_age_and_dates,
    ),
    Step(
        "entry",
        "How the client last entered",
        forms.EntryForm,
        arrived_when_a_border_rule_applied,
    ),
    Step("bars", "Conduct that can bar protection", forms.BarsForm),
    Step(
        "bar_details",
        "Whether those answers are bars",
        forms.BarDetailsForm,
        a_bar_answered_yes,
        form_kwargs=the_bar_details_to_ask,
    ),
    Step(
        "terrorism_review",
        "The terrorism grounds",
        forms.TerrorismReviewForm,
        terrorism_links_reported,
    ),
    Step("past_harm", "Past harm and threats", forms.PastHarmForm),
    Step("harm_details", "What the harm was like", forms.HarmDetailsForm, harmed_before),
    Step("harmers", "Who harmed the client", forms.HarmersForm),
    Step(
        "official_duty",
        "What the officials were doing",
        forms.OfficialDutyForm,
        officials_among_the_harmers,
    ),
    Step(
        "officials",
        "What officials knew and did",
        forms.OfficialsForm,
        form_kwargs=the_acquiescence_questions,
    ),
    Step(
        "not_reported",
        "Why it was not reported",
        forms.NotReportedForm,
        not_reported_to_the_police,
    ),
    Step(
        "police_response",
        "What the police did",
        forms.PoliceResponseForm,
        reported_to_the_police,
    ),
    Step("motives", "Why the client was harmed", forms.MotivesForm),
    Step(
        "ground_details",
        "The protected reasons",
        forms.GroundDetailFormSet,
        a_protected_reason_given,
        form_kwargs=the_protected_reasons_given,
    ),
    Step("future_risk", "Future risk", forms.FutureRiskForm),
    Step("relocation", "Moving elsewhere in the country", forms.RelocationForm),
    Step("country_conditions", "Country conditions", forms.CountryConditionsForm),
)


def _set(answers, name) -> frozenset[str]:
    return frozenset(answers.get(name) or ())


def _ground_details(answers) -> tuple[rules.GroundDetail, ...]:
    return tuple(
        rules.GroundDetail(
            ground=row.get("ground") or "",
            ground_known=row.get("ground_known") or rules.GroundKnown.NOT_SURE,
            ground_evidence=frozenset(row.get("ground_evidence") or ()),
            harmed_others_without_ground=row.get("harmed_others_without_ground"),
            would_have_harmed_anyway=row.get("would_have_harmed_anyway"),
            lawyer_role=row.get("lawyer_ground_role") or rules.LawyerRole.NOT_REVIEWED,
        )
        for row in answers.get("ground_details") or []
    )


def build_facts(answers, today: date) -> rules.Facts:
    """The rules' facts from the answers of the steps that apply; skipped steps give None
    (or an empty set). ``today`` counts the one-year asylum deadline."""
    return rules.Facts(
        today=today,
        country_of_return=answers.get("country_of_return") or "",
        circuit=answers.get("circuit") or rules.Circuit.UNKNOWN,
        proceeding_type=answers.get("proceeding_type") or rules.Proceeding.NOT_SURE,
        reinstated_order=answers.get("reinstated_order") or rules.YesNo.NOT_SURE,
        last_arrival_date=answers.get("last_arrival_date"),
        asylum_filed=answers.get("asylum_filed"),
        asylum_filed_date=answers.get("asylum_filed_date"),
        unaccompanied_child=answers.get("unaccompanied_child"),
        client_under_18_now=answers.get("client_under_18_now"),
        parent_available_since_arrival=answers.get("parent_available_since_arrival"),
        lawful_status_now=answers.get("lawful_status_now"),
        under_18_when_filed=answers.get("under_18_when_filed"),
        lawful_status_when_filed=answers.get("lawful_status_when_filed"),
        deadline_exception=answers.get("deadline_exception"),
        last_entry_manner=answers.get("last_entry_manner"),
        persecutor_bar=answers.get("persecutor_bar"),
        firm_resettlement=answers.get("firm_resettlement"),
        prior_asylum_denied=answers.get("prior_asylum_denied"),
        serious_nonpolitical_crime=answers.get("serious_nonpolitical_crime"),
        terrorism_bar=answers.get("terrorism_bar"),
        prior_denial_by_court=answers.get("prior_denial_by_court"),
        resettlement_exception=answers.get("resettlement_exception"),
        crime_political=answers.get("crime_political"),
        terrorism_review=answers.get("terrorism_review"),
        has_convictions=answers.get("has_convictions") or rules.YesNo.NOT_SURE,
        aggravated_felony=answers.get("aggravated_felony"),
        af_sentence_5_years=answers.get("af_sentence_5_years"),
        drug_trafficking=answers.get("drug_trafficking"),
        psc_review=answers.get("psc_review"),
        conviction_details=answers.get("conviction_details") or "",
        past_harm=answers.get("past_harm") or rules.YesNo.NOT_SURE,
        harm_narrative=answers.get("harm_narrative") or "",
        harm_kinds=_set(answers, "harm_kinds"),
        severe_pain=answers.get("severe_pain"),
        harm_intentional=answers.get("harm_intentional"),
        lawful_sanction=answers.get("lawful_sanction"),
        future_threats_made=answers.get("future_threats_made"),
        visible_scars=answers.get("visible_scars"),
        medical_records=answers.get("medical_records"),
        harmers=_set(answers, "harmers"),
        official_duty=answers.get("official_duty"),
        officials_in_uniform=answers.get("officials_in_uniform"),
        access_through_position=answers.get("access_through_position"),
        threatened_official_retaliation=answers.get("threatened_official_retaliation"),
        officials_aware=answers.get("officials_aware"),
        reported_to_police=answers.get("reported_to_police"),
        not_reported_reason=answers.get("not_reported_reason"),
        police_response=answers.get("police_response"),
        officials_protect_group=answers.get("officials_protect_group"),
        motives=_set(answers, "motives"),
        social_group_description=answers.get("social_group_description") or "",
        ground_details=_ground_details(answers),
        future_risk_source=answers.get("future_risk_source"),
        conditions_changed=answers.get("conditions_changed"),
        threats_to_find_anywhere=answers.get("threats_to_find_anywhere"),
        client_marked=answers.get("client_marked"),
        safe_area=answers.get("safe_area"),
        safe_area_reason=answers.get("safe_area_reason") or "",
        country_conditions=_set(answers, "country_conditions"),
    )


def relief_statuses(determination) -> dict[str, tuple[str, str]]:
    """Each form of protection's status, for "What would change the result"."""
    return {
        f"relief_{code}": (
            RELIEF_LABELS[code][:1].upper() + RELIEF_LABELS[code][1:],
            entry["status"],
        )
        for code, entry in (determination.data.get("relief") or {}).items()
    }


def thresholds(determination) -> list[tuple[str, str]]:
    """The last day to file for asylum."""
    last_day = (determination.data.get("asylum_deadline") or {}).get("last_day_in_words")
    if not last_day:
        return []
    return [
        (
            f"The last day to file for asylum within the one-year deadline is {last_day}.",
            "asylum_filing_deadline",
        )
    ]


QUESTIONNAIRE = register(
    Questionnaire(
        slug="removal-protection",
        title="Protection from removal (withholding and the Convention Against Torture)",
        summary=(
            "Screen a client who fears harm if removed: asylum, withholding of removal, and "
            "withholding or deferral under the Convention Against Torture, side by side."
        ),
        jurisdiction="United States (federal)",
        law_as_of=date.fromisoformat(citations.LAW_CHECKED_ON),
        rules_version="2.5.0",
        steps=STEPS,
        build_facts=build_facts,
        determine=rules.determine,
        outcome_labels={
            rules.Outcome.PROTECTION_LIKELY: "Protection likely",
            rules.Outcome.PROTECTION_POSSIBLE: "Protection possible",
            rules.Outcome.PROTECTION_UNLIKELY: "Protection unlikely",
            rules.Outcome.REFER: "Refer to a lawyer",
        },
        deadlines=deadlines,
        extra_statuses=relief_statuses,
        thresholds=thresholds,
        added_questions={
            "last_entry_manner": AddedQuestion("2.2.0", rules.EntryManner.NOT_SURE),
            "client_under_18_now": AddedQuestion("2.3.0", rules.YesNo.NOT_SURE),
            "parent_available_since_arrival": AddedQuestion("2.3.0", rules.YesNo.NOT_SURE),
            "lawful_status_now": AddedQuestion("2.3.0", rules.YesNo.NOT_SURE),
            "under_18_when_filed": AddedQuestion("2.4.0", rules.YesNo.NOT_SURE),
            "lawful_status_when_filed": AddedQuestion("2.5.0", rules.YesNo.NOT_SURE),
        },
    )
)

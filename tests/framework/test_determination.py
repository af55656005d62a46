import json

from questionnaires.framework.determination import Citation, Determination, Finding, Status

RULING = Citation("CR 2005/54", "para 43")
CASE = Citation("Barajas-Romero v. Lynch, 846 F.3d 351", "360", "9th Cir. 2017")


def make_determination():
    return Determination(
        outcome="exempt",
        headline="The foreign pay is exempt.",
        findings=(
            Finding("residency", "Resident", Status.MET, "Yes.", ("resident",), (RULING,)),
            Finding("nexus", "Nexus", Status.UNCLEAR, "Maybe.", (), (CASE, RULING)),
        ),
        next_steps=("Keep payslips.",),
        caveats=("Offsets are not included.",),
        data={"amount": "19574.67"},
    )


def test_citation_text_puts_the_pinpoint_before_the_parenthetical():
    assert CASE.text == "Barajas-Romero v. Lynch, 846 F.3d 351, 360 (9th Cir. 2017)"
    assert RULING.text == "CR 2005/54, para 43"


def test_citations_are_listed_once_in_order_of_first_appearance():
    assert make_determination().citations == (RULING, CASE)


def test_snapshot_round_trips_through_json():
    determination = make_determination()
    snapshot = json.loads(json.dumps(determination.to_dict()))
    assert Determination.from_dict(snapshot) == determination


def test_finding_lookup_by_code():
    determination = make_determination()
    assert determination.finding("nexus").status is Status.UNCLEAR

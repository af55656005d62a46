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


def test_a_provision_follows_its_authority_after_a_space():
    assert Citation("8 U.S.C.", "§ 1231(b)(3)").text == "8 U.S.C. § 1231(b)(3)"
    assert Citation("ITAA 1936", "s 23AG(1)").text == "ITAA 1936 s 23AG(1)"
    assert Citation("ITAA 1997", "ss 6-5(2)").text == "ITAA 1997 ss 6-5(2)"
    assert Citation("IRM", "11.3.41.3.2(1)").text == "IRM 11.3.41.3.2(1)"
    assert (
        Citation("TIGTA Rep. No. 2023-10-055", "at 4").text == "TIGTA Rep. No. 2023-10-055, at 4"
    )


def test_citations_are_listed_once_in_order_of_first_appearance():
    assert make_determination().citations == (RULING, CASE)


def test_snapshot_round_trips_through_json():
    determination = make_determination()
    snapshot = json.loads(json.dumps(determination.to_dict()))
    assert Determination.from_dict(snapshot) == determination


def test_finding_lookup_by_code():
    determination = make_determination()
    assert determination.finding("nexus").status is Status.UNCLEAR

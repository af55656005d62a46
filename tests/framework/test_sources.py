"""The law one click away: every citation links to its text, a passage of a source
document shown by the app or its official address, and a citation the mapping does not
know gets no link."""

import importlib
import re
from datetime import date

import pytest

from bench.flows import FLOWS
from questionnaires.framework import registry
from questionnaires.framework.determination import Citation
from questionnaires.framework.encoding import form_data
from questionnaires.framework.forms import screening_as_of
from questionnaires.framework.screening import determine, walk_data
from questionnaires.framework.sources import (
    all_documents,
    ato_act,
    ato_ruling,
    cfr,
    link_for,
    rules_package,
    us_code,
)

FOREIGN = registry.get("foreign-employment-income")
REMOVAL = registry.get("removal-protection")
IRS = registry.get("irs-records-request")

#: Citations with neither a source page nor an official address, each for a reason: the
#: amending Acts' application items, the IRM as the report cites it, and cases outside the
#: seeds (no official public text checked for them). A citation added to a questionnaire's
#: citations module that has neither fails the test below until it is given one or listed.
WITHOUT_A_LINK = {
    "foreign-employment-income": {"ACT_2005_APPLICATION", "ACT_2009_APPLICATION"},
    "irs-records-request": {"IRM_CONTACT_REQUESTER", "FCC_V_ATT"},
    "removal-protection": {
        "BORJA",
        "ZETINO",
        "C_T_L",
        "MADRIGAL",
        "MALDONADO",
        "GUZMAN_VAZQUEZ",
        "QUITUIZACA",
        "O_F_A_S",
        "J_G_R",
        "Y_L",
        "LOPER_BRIGHT",
        "MIGUEL_MIGUEL",
        "J_F_F",
        "M_E_V_G",
        "W_G_R",
        "M_Z_M_R",
        "BRINGAS_RODRIGUEZ",
        "DELGADO_ORTIZ",
        "GARCIA_MILIAN",
        "PEREZ_GUZMAN",
        "PANGEA",
        "ELIAS_ZACARIAS",
        "M_H_Z",
        "M_A_C_O",
        "C_G_T",
    },
}


def citations_of(questionnaire) -> dict[str, Citation]:
    module = importlib.import_module(f"{rules_package(questionnaire)}.citations")
    return {name: value for name, value in vars(module).items() if isinstance(value, Citation)}


def test_a_paragraph_of_the_ruling_opens_that_paragraph():
    link = link_for(FOREIGN, Citation("CR 2005/54", "para 86"))
    assert link.href == "/sources/cr-2005-54/#para-86"
    assert link_for(FOREIGN, Citation("CR 2005/54", "paras 35, 82-83")).href.endswith("#para-35")


def test_a_reporter_page_of_the_case_opens_that_page():
    seed = "Barajas-Romero v. Lynch, 846 F.3d 351"
    assert link_for(REMOVAL, Citation(seed, "360")).href == (
        "/sources/barajas-romero-v-lynch/#page-360"
    )
    assert link_for(REMOVAL, Citation(seed, "357-58")).href.endswith("#page-357")


def test_a_page_or_note_of_the_report_opens_its_page():
    tigta = "TIGTA Rep. No. 2023-10-055"
    assert link_for(IRS, Citation(tigta, "at 2 n.5")).href.endswith("#page-2")
    assert link_for(IRS, Citation(tigta, "Highlights")).href.endswith("#page-highlights")


def test_a_pinpoint_the_document_does_not_have_gets_no_anchor_that_is_not_there():
    # The ruling has no para 88: its official address instead; the case has no page 370.
    assert link_for(FOREIGN, Citation("CR 2005/54", "para 88")).href == (
        "https://www.ato.gov.au/law/view/document?docid=CLR/CR200554/NAT/ATO/00001"
    )
    assert link_for(REMOVAL, Citation("Barajas-Romero v. Lynch, 846 F.3d 351", "370")) is None


def test_a_citation_the_mapping_does_not_know_gets_no_link():
    assert link_for(FOREIGN, Citation("Some Act 2030", "s 1")) is None
    assert link_for(REMOVAL, Citation("Doe v. Roe", "1 F.4th 1")) is None


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (us_code(8, "§ 1231(b)(3)"), "https://www.law.cornell.edu/uscode/text/8/1231#b_3"),
        (
            us_code(5, "§ 552(b)(7)(A)-(F)"),
            "https://www.law.cornell.edu/uscode/text/5/552#b_7_A",
        ),
        (us_code(26, "§ 6103"), "https://www.law.cornell.edu/uscode/text/26/6103"),
        (
            cfr(8, "§ 1208.16(c)(2)"),
            "https://www.ecfr.gov/current/title-8/section-1208.16#p-1208.16(c)(2)",
        ),
        (cfr(8, "§ 208.31"), "https://www.ecfr.gov/current/title-8/section-208.31"),
        (
            ato_act("19360027", "s 23AG(2)(a)-(b)"),
            "https://www.ato.gov.au/law/view/document?docid=PAC/19360027/23AG",
        ),
        (
            ato_act("19970038", "s 6-5(3)"),
            "https://www.ato.gov.au/law/view/document?docid=PAC/19970038/6-5",
        ),
        (
            ato_act("19970038", "Div 770"),
            "https://www.ato.gov.au/law/view/document?docid=PAC/19970038/Div770",
        ),
        (
            ato_ruling("TR 96/15"),
            "https://www.ato.gov.au/law/view/document?docid=TXR/TR9615/NAT/ATO/00001",
        ),
        (
            ato_ruling("TD 2012/8"),
            "https://www.ato.gov.au/law/view/document?docid=TXD/TD20128/NAT/ATO/00001",
        ),
        (
            ato_ruling("IT 2441"),
            "https://www.ato.gov.au/law/view/document?docid=ITR/IT2441/NAT/ATO/00001",
        ),
    ],
)
def test_official_addresses_at_the_pinpoint(address, expected):
    assert address == expected


@pytest.mark.parametrize("questionnaire", [FOREIGN, REMOVAL, IRS], ids=lambda q: q.slug)
def test_every_citation_has_a_source_page_or_an_official_address(questionnaire):
    unlinked = {
        name
        for name, citation in citations_of(questionnaire).items()
        if link_for(questionnaire, citation) is None
    }
    assert unlinked == WITHOUT_A_LINK[questionnaire.slug], (
        "Give these citations a source passage or an official address "
        "(questionnaires/<package>/sources.py), or list them in WITHOUT_A_LINK"
    )


def anchors_of(html: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', html))


@pytest.mark.django_db
def test_every_citation_on_the_results_of_the_bench_flows_resolves(staff_client):
    pages: dict[str, set[str]] = {}
    checked = 0
    today = date.today()
    for slug, flows in FLOWS.items():
        questionnaire = registry.get(slug)
        for flow in flows:
            data = {s.name: form_data(s, flow.answers) for s in questionnaire.intake_steps}
            with screening_as_of(today):
                state = walk_data(questionnaire.intake_steps, data)
            result = determine(questionnaire, state.answers, today)
            for citation in result.citations:
                link = link_for(questionnaire, citation)
                name = f"{slug}/{flow.name}: {citation.text}"
                assert link is not None or citation in citations_without_a_link(), name
                if link is None:
                    continue
                checked += 1
                if link.is_official:
                    continue
                path, anchor = link.href.split("#")
                if path not in pages:
                    response = staff_client.get(path)
                    assert response.status_code == 200, name
                    pages[path] = anchors_of(response.content.decode())
                assert anchor in pages[path], name
    assert checked > 100 and len(pages) == 3


def citations_without_a_link() -> set[Citation]:
    return {
        citation
        for questionnaire in (FOREIGN, REMOVAL, IRS)
        for name, citation in citations_of(questionnaire).items()
        if name in WITHOUT_A_LINK[questionnaire.slug]
    }


def test_each_source_document_splits_into_its_paragraphs_or_pages():
    documents = {slug: document for slug, (document, _) in all_documents().items()}
    ruling = [p.anchor for p in documents["cr-2005-54"].passages]
    assert ruling[1:88] == [f"para-{n}" for n in range(1, 88)]
    example = documents["cr-2005-54"].passages[86].text
    assert example.startswith("In the 2004-2005 income year, Daniel")
    assert "($29,362/$90,000) \N{MULTIPLICATION SIGN} $60,000 = $19,574.67" in example
    case = [p.anchor for p in documents["barajas-romero-v-lynch"].passages]
    assert case == [f"page-{n}" for n in range(354, 366)]
    report = [p.anchor for p in documents["tigta-2023-10-055"].passages]
    assert report[:3] == ["page-highlights", "page-memorandum", "page-1"]
    assert report[-1] == "page-back-cover" and len(report) == 14


@pytest.mark.django_db
def test_a_source_page_needs_a_login(client):
    response = client.get("/sources/cr-2005-54/")
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.django_db
def test_a_source_page_shows_its_title_date_and_the_rules_that_cite_it(staff_client):
    html = staff_client.get("/sources/cr-2005-54/").content.decode()
    assert "<h1>Class Ruling CR 2005/54: Income tax" in html
    assert "29 June 2005" in html
    assert '<section class="passage" id="para-86"' in html
    # The progression rule cites para 86, linked to it.
    assert (
        "The rule deciding how much tax is due on the client&#x27;s other income cites "
        '<a href="/sources/cr-2005-54/#para-84">paras 84-85</a>, '
        '<a href="/sources/cr-2005-54/#para-86">para 86</a>.'
    ) in html
    html = staff_client.get("/sources/barajas-romero-v-lynch/").content.decode()
    assert "18 January 2017" in html and 'id="page-360"' in html
    assert (
        "The rule deciding whether future harm is more likely than not cites "
        '<a href="/sources/barajas-romero-v-lynch/#page-360">page 360</a>.'
    ) in html


@pytest.mark.django_db
def test_an_unknown_source_is_not_found(staff_client):
    assert staff_client.get("/sources/no-such-ruling/").status_code == 404


@pytest.mark.django_db
def test_the_result_links_each_source_to_its_text(staff_client, rf, staff_user):
    from questionnaires.pdf import result_html
    from questionnaires.views import result_context
    from tests.factories import Intake
    from tests.irs_records_request.test_screen import REQUEST

    record = Intake(staff_client, IRS.slug).complete({"client_reference": "LITC-19", **REQUEST})
    html = staff_client.get(record.get_absolute_url()).content.decode()
    sources = html[html.index('<h2 id="sources">') :]
    assert (
        '<a href="https://www.law.cornell.edu/uscode/text/5/552#a_6_A_i">5 U.S.C. '
        '§ 552(a)(6)(A)(i)<span class="visually-hidden"> (official text on law.cornell.edu)'
        "</span></a>"
    ) in sources
    assert re.search(
        r'<a href="/sources/tigta-2023-10-055/#page-\d">TIGTA Rep\. No\. 2023-10-055, at \d'
        r'<span class="visually-hidden"> \(the text in this app\)</span></a>',
        sources,
    )
    assert 'target="_blank"' not in sources

    # The PDF prints the addresses (the app's own in full).
    request = rf.get(record.get_absolute_url())
    request.user = staff_user
    printed = result_html(result_context(record), request)
    printed = printed[printed.index('<h2 id="sources">') :]
    assert "<a " not in printed
    assert '<span class="source-link">https://www.law.cornell.edu/uscode/text/5/552' in printed
    own = '<span class="source-link">http://testserver/sources/tigta-2023-10-055/#page-'
    assert own in printed

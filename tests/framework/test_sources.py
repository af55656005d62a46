"""The law one click away: every citation links to its text, a passage of a source
document shown by the app or its official address, and a citation the mapping does not
know gets no link."""

import importlib
import re
from datetime import date

import pytest
from django.utils.html import escape

from bench.flows import FLOWS
from questionnaires.framework import registry
from questionnaires.framework.determination import Citation
from questionnaires.framework.encoding import form_data
from questionnaires.framework.forms import screening_as_of
from questionnaires.framework.screening import determine, walk_data
from questionnaires.framework.sources import (
    Link,
    Note,
    all_documents,
    all_notes,
    ato_act,
    ato_ruling,
    cfr,
    citing_rules,
    link_for,
    rules_package,
    us_code,
)

FOREIGN = registry.get("foreign-employment-income")
REMOVAL = registry.get("removal-protection")
IRS = registry.get("irs-records-request")

#: Citations with neither a source page, an official address nor an authority note. Empty:
#: every citation resolves. A citation added to a questionnaire's citations module that has
#: none of the three fails the test below until it is given one (an official address verified
#: in ``official_address``, else a ``Note`` in the questionnaire's ``sources.NOTES``).
WITHOUT_A_LINK: dict[str, set[str]] = {
    "foreign-employment-income": set(),
    "irs-records-request": set(),
    "removal-protection": set(),
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
    checked = notes_seen = 0
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
                notes_seen += "/sources/notes/" in path
                if path not in pages:
                    response = staff_client.get(path)
                    assert response.status_code == 200, name
                    pages[path] = anchors_of(response.content.decode())
                assert anchor in pages[path], name
    documents = {path for path in pages if "/sources/notes/" not in path}
    assert checked > 100 and len(documents) == 3
    # Cases outside the seeds are cited by the flows, and open their note pages.
    assert notes_seen and len(pages) > len(documents)


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


# Authority notes ---------------------------------------------------------------------------

NOTES = {slug: note for slug, (note, _) in all_notes().items()}


def test_every_note_but_one_is_of_a_citation_a_rule_makes():
    uncited = {
        slug
        for slug, (note, (questionnaire,)) in all_notes().items()
        if not citing_rules(note, questionnaire)
    }
    assert uncited == {"pangea-legal-servs-v-us-dept-of-homeland-sec"}


def test_a_citation_without_text_or_official_address_opens_its_note():
    link = link_for(REMOVAL, Citation("Matter of M-A-C-O-", "27 I&N Dec. 477", "BIA 2018"))
    assert link.href == "/sources/notes/matter-of-m-a-c-o/#citation"
    assert link.where == "a note on it in this app" and not link.is_official
    irm = importlib.import_module("questionnaires.irs_records_request.citations")
    assert link_for(IRS, irm.IRM_CONTACT_REQUESTER).href == (
        "/sources/notes/irm-11-3-41-3-2/#citation"
    )


def test_a_supreme_court_opinion_verified_on_the_court_site_links_there():
    removal = importlib.import_module("questionnaires.removal_protection.citations")
    assert link_for(REMOVAL, removal.LOPER_BRIGHT).href == (
        "https://www.supremecourt.gov/opinions/23pdf/22-451_7m58.pdf"
    )


def test_each_note_is_of_a_citation_its_questionnaire_makes_and_has_its_own_page():
    count = 0
    for questionnaire in (FOREIGN, REMOVAL, IRS):
        citations = set(citations_of(questionnaire).values())
        module = importlib.import_module(f"{rules_package(questionnaire)}.sources")
        for note in module.NOTES:
            assert note.citation in citations, note.citation.text
            assert NOTES[note.slug] is note, f"two notes share the page {note.slug}"
            assert note.relied_on and note.read and note.where_to_find, note.slug
            count += 1
    assert count == len(NOTES) == 28


def test_where_to_find_names_the_reporter_volume_and_page():
    note = Note(Citation("Zetino v. Holder", "622 F.3d 1007", "9th Cir. 2010"), "x", "y")
    assert note.where_to_find == (
        "Volume 622 of the Federal Reporter, Third Series (F.3d), starting at page 1007. "
        "A law library or a legal research service has it."
    )
    decision = Note(Citation("Matter of Y-L-, A-G- & R-S-R-", "23 I&N Dec. 270"), "x", "y")
    assert decision.where_to_find.startswith("Volume 23 of the Administrative Decisions")
    assert Note(Citation("Some Act", "s 1"), "x", "y").where_to_find == ""


@pytest.mark.django_db
def test_a_note_page_needs_a_login(client):
    response = client.get("/sources/notes/matter-of-m-a-c-o/")
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.django_db
@pytest.mark.parametrize("slug", sorted(NOTES))
def test_each_note_page_shows_the_citation_what_was_read_and_the_rules_citing_it(
    staff_client, slug
):
    response = staff_client.get(f"/sources/notes/{slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    note = NOTES[slug]
    assert html.count("<h1") == 1
    assert f"<h1>{escape(note.citation.text)}</h1>" in html
    assert '<dl class="meta-list" id="citation">' in html
    assert escape(note.read) in html and escape(note.where_to_find) in html
    assert "The full text of this authority is not held in this app." in html
    rules = html[html.index('<h2 id="cited-by">') :]
    (questionnaire,) = all_notes()[slug][1]
    citing = citing_rules(note, questionnaire)
    for rule in citing:
        said = f"deciding {rule.decides}" if rule.decides else f"“{rule.name_in_words}”"
        assert f"The rule {escape(said)} cites it.</li>" in rules, rule.name
    if not citing:  # named in a caveat, cited by no rule (Pangea)
        assert "No rule cites it directly." in rules


@pytest.mark.django_db
def test_a_note_page_says_what_was_read_when_and_links_the_seed_page_discussing_it(
    staff_client,
):
    html = staff_client.get("/sources/notes/matter-of-m-a-c-o/").content.decode()
    assert "Read on 30 November 2026." in html
    assert "An Immigration Judge has initial jurisdiction over an asylum application" in html
    assert "The rule deciding " in html
    html = staff_client.get("/sources/notes/borja-v-ins/").content.decode()
    assert "The record does not say when it was read." in html
    assert '<a href="/sources/barajas-romero-v-lynch/#page-357">' in html
    html = staff_client.get("/sources/notes/irm-11-3-41-3-2/").content.decode()
    assert '<a href="/sources/tigta-2023-10-055/#page-5">' in html


@pytest.mark.django_db
def test_an_unknown_note_is_not_found(staff_client):
    assert staff_client.get("/sources/notes/no-such-case/").status_code == 404


@pytest.mark.django_db
def test_the_result_links_a_case_outside_the_seeds_to_its_note(staff_client):
    from tests.factories import Intake

    flow = next(
        flow
        for flow in FLOWS[REMOVAL.slug]
        if any(
            "/sources/notes/" in (link_for(REMOVAL, c) or Link("", "")).href
            for c in result_of(REMOVAL, flow).citations
        )
    )
    record = Intake(staff_client, REMOVAL.slug).complete(
        {"client_reference": "CASE-19", **flow.answers}
    )
    html = staff_client.get(record.get_absolute_url()).content.decode()
    sources = html[html.index('<h2 id="sources">') :]
    assert re.search(
        r'<a href="/sources/notes/[a-z0-9-]+/#citation">[^<]+'
        r'<span class="visually-hidden"> \(a note on it in this app\)</span></a>',
        sources,
    )


def result_of(questionnaire, flow):
    today = date.today()
    data = {s.name: form_data(s, flow.answers) for s in questionnaire.intake_steps}
    with screening_as_of(today):
        state = walk_data(questionnaire.intake_steps, data)
    return determine(questionnaire, state.answers, today)

"""Finding a case record in a real browser: a search by the start of a reference, filters,
and the error state, each checked with axe-core and at 320 px."""

import re

from playwright.sync_api import expect

from tests.e2e.browsing import check_accessibility, check_layout, sign_in
from tests.factories import make_record, make_user


def test_search_by_the_start_of_a_reference_and_filter(page):
    casey = make_user("casey")
    for reference in ("CLINIC-2026-001", "CLINIC-2026-002", "OTHER-1"):
        make_record(casey, client_reference=reference)
    sign_in(page, "casey")
    page.goto("/cases/")

    page.get_by_label("Client reference", exact=True).fill("clinic-2026")
    page.get_by_label("The start of the reference").check()
    page.get_by_role("button", name="Search").click()

    expect(page).to_have_url(re.compile(r"/cases/\?searched=1$"))
    table = page.get_by_role("table")
    expect(table).to_contain_text("CLINIC-2026-001")
    expect(table).not_to_contain_text("OTHER-1")
    check_accessibility(page, "case-search")
    check_layout(page, "case-search")

    page.get_by_label("Sort by").select_option(label="Least recently updated first")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"searched=1"))
    expect(table.get_by_role("row")).to_have_count(3)  # the header and two records

    page.get_by_label("Updated on or after").fill("2026-11-30")
    page.get_by_label("Updated on or before").fill("2026-11-01")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_title(re.compile(r"^Error: Case records"))
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Enter a latest date that is the same as or after")
    check_accessibility(page, "case-search--error")

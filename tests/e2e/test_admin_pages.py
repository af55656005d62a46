"""The admin pages administrators and supervisors use, in a real browser, checked with
axe-core: the case record and audit lists (filters and search boxes), the rate tables, and
the account pages."""

import pytest
from playwright.sync_api import expect

from tests.e2e.browsing import check_accessibility, sign_in
from tests.factories import make_record, make_user


@pytest.fixture
def administrator(db):
    return make_user("ada", is_staff=True, is_superuser=True)


def test_case_record_and_audit_lists(page, administrator):
    record = make_record(administrator, client_reference="CLINIC-0001")
    sign_in(page, "ada")
    page.goto("/admin/questionnaires/caserecord/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("case record")
    check_accessibility(page, "admin-case-records")
    page.goto(f"/admin/questionnaires/caserecord/{record.pk}/change/")
    expect(page.get_by_text(record.outcome_label).first).to_be_visible()
    check_accessibility(page, "admin-case-record")
    page.goto("/admin/questionnaires/caserecord/")
    page.locator("#action-toggle").check()
    page.get_by_label("Action:").select_option("rescreen")
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Results the current rules would change"
    )
    check_accessibility(page, "admin-rescreen")
    page.goto("/admin/questionnaires/auditevent/")
    expect(page.locator("#searchbar")).to_be_visible()
    check_accessibility(page, "admin-audit-trail")


def test_rate_table_pages(page, administrator):
    sign_in(page, "ada")
    page.goto("/admin/questionnaires/incometaxratetable/")
    check_accessibility(page, "admin-rate-tables")
    page.goto("/admin/questionnaires/incometaxratetable/add/")
    check_accessibility(page, "admin-rate-table-add")


def test_account_pages(page, administrator):
    casey = make_user("casey")
    sign_in(page, "ada")
    page.goto("/admin/auth/user/")
    check_accessibility(page, "admin-users")
    page.goto("/admin/auth/user/add/")
    expect(page.get_by_text("Clinic staff and supervisors need only")).to_be_visible()
    check_accessibility(page, "admin-user-add")
    page.goto(f"/admin/auth/user/{casey.pk}/change/")
    expect(page.get_by_label("Admin site access")).not_to_be_checked()
    check_accessibility(page, "admin-user-change")

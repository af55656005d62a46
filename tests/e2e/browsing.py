"""What the browser tests do on every page: sign in like staff do, check accessibility with
axe-core, save a screenshot for reviewers, and check the layout at 320 px and 200% text."""

from __future__ import annotations

import io
import re
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from playwright.sync_api import Locator, Page, expect
from pypdf import PdfReader

from questionnaires.framework.determination import Determination
from tests.factories import PASSWORD

SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"
#: The tallest window a text-at-200% screenshot grows to, in CSS pixels.
SCREENSHOT_HEIGHT = 8000
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
AXE = Axe()


def screenshot(page: Page, name: str) -> Path:
    """Save the whole page as test-artifacts/screenshots/<name>.png (git-ignored)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=path, full_page=True)
    return path


def check_accessibility(page: Page, name: str) -> None:
    """axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules find nothing; save a screenshot."""
    # No preload: axe would copy the page's stylesheets into inline <style> elements, which
    # the app's Content-Security-Policy (rightly) blocks, and report that as a console error.
    results = AXE.run(
        page,
        options={
            "runOnly": {"type": "tag", "values": WCAG_TAGS},
            "resultTypes": ["violations"],
            "preload": False,
        },
    )
    screenshot(page, name)
    if results.violations_count:
        report = f"{name} ({page.url}):\n{results.generate_report()}"
        print(report)  # each violation with its element (target and HTML snippet)
        raise AssertionError(report)


def horizontal_overflow(page: Page) -> int:
    """How many CSS pixels the page is wider than the window (0: no sideways scrolling)."""
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def check_layout(page: Page, name: str) -> None:
    """The page reflows at 320 px wide and with text at 200%, without sideways scrolling
    (WCAG 1.4.10 and 1.4.4), and saves a screenshot of each."""
    size = page.viewport_size
    try:
        page.set_viewport_size({"width": 320, "height": 640})
        screenshot(page, f"{name}--320px")
        assert horizontal_overflow(page) <= 0, f"{name} scrolls sideways at 320 px wide"
        page.set_viewport_size(size)
        # The browser's own text size setting, doubled: rem sizes and em media queries
        # follow it, as they do for staff who set a larger default font.
        cdp = page.context.new_cdp_session(page)
        cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
        assert horizontal_overflow(page) <= 0, f"{name} scrolls sideways with 200% text"
        # A full-page screenshot would reset the text size: grow the window instead, up to
        # SCREENSHOT_HEIGHT (a long source's whole text at 200% is tens of thousands of
        # pixels, which Chromium can take longer than the timeout to paint; the check
        # above covers the whole page, the screenshot is for reviewers).
        height = page.evaluate("document.documentElement.scrollHeight")
        page.set_viewport_size({"width": size["width"], "height": min(height, SCREENSHOT_HEIGHT)})
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"{name}--text-200.png")
        cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 16, "fixed": 13}})
        cdp.detach()
    finally:
        page.set_viewport_size(size)


def sign_in(page: Page, username: str, password: str = PASSWORD) -> None:
    page.goto("/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1, name="Casework Guide")).to_be_visible()


def start_screening(page: Page, title: str, client_reference: str, *, check_as: str = ""):
    """From the home page: open a questionnaire and give the client reference (checking
    the page as ``check_as``, if given)."""
    page.get_by_role("link", name=title).click()
    expect_heading(page, "Client reference (optional)")
    if check_as:
        check_question_page(page, check_as)
    type_into(page, "Client reference (optional)", client_reference)
    press(page, "Continue")


def sign_out(page: Page) -> None:
    page.get_by_role("button", name=re.compile(r"^Sign out")).click()
    expect(page.get_by_role("heading", level=1, name="Sign in")).to_be_visible()


# Answering questions as staff do: click the label, type the answer -----------------------


def question(page: Page, legend_or_label: str):
    """The question group (a fieldset) whose legend is this text."""
    return page.get_by_role("group", name=legend_or_label, exact=True)


def choose(page: Page, answer: str, *, within=None, checked: bool = True) -> None:
    """Click the label of a radio or checkbox (within a question group, if given);
    ``checked=False`` unticks a checkbox."""
    scope = within if within is not None else page
    label = scope.locator("label").filter(has_text=re.compile(rf"^\s*{re.escape(answer)}\s*$"))
    label.click()
    expect(scope.get_by_label(answer, exact=True)).to_be_checked(checked=checked)


def type_into(page: Page, label: str, text: str, *, within=None) -> None:
    """Click a text box by its label and type, replacing what was there."""
    scope = within if within is not None else page
    box = scope.get_by_label(label, exact=True)
    box.click()
    box.clear()
    box.press_sequentially(text)
    expect(box).to_have_value(text)


def enter_date(page: Page, question_text: str, when, *, within=None) -> None:
    group = question(within if within is not None else page, question_text)
    type_into(page, "Day", str(when.day), within=group)
    type_into(page, "Month", str(when.month), within=group)
    type_into(page, "Year", str(when.year), within=group)


def press(page: Page, button: str) -> None:
    """Click a button that submits the page, and wait for the next page."""
    with page.expect_navigation():
        page.get_by_role("button", name=button, exact=True).click()


def confirm_unused_answers(page: Page) -> None:
    """After a change that makes later pages stop applying: the page says how many
    answers will no longer be used (they are kept); Continue makes the change."""
    expect(page.locator("#unused-answers")).to_contain_text(
        re.compile(r"\d+ answers? on later pages will no longer be used")
    )
    check_accessibility(page, "unused-answers")
    press(page, "Continue")


def expect_heading(page: Page, text: str | re.Pattern) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text(text)


def check_question_page(page: Page, name: str) -> None:
    """A question page: the progress is written as text, axe finds nothing."""
    expect(page.locator(".caption")).to_contain_text(re.compile(r"Step \d+ of \d+"))
    check_accessibility(page, name)


def check_error_state(page: Page, name: str) -> list[str]:
    """After a failed Continue: the page title says "Error", the error summary has focus,
    each of its links points at a field whose group or box announces that message
    (aria-describedby), and axe finds nothing. Returns the messages."""
    expect(page).to_have_title(re.compile(r"^Error: "))
    summary = page.get_by_role("alert")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    messages = []
    links = summary.get_by_role("link")
    for index in range(links.count()):
        link = links.nth(index)
        message = link.inner_text().strip()
        target = link.get_attribute("href").removeprefix("#")
        announced = page.evaluate(
            """id => {
                const field = document.getElementById(id);
                if (!field) return null;
                // Read with the field: its own description and its groups' (a radio's
                // fieldset, a repeated row's fieldset), as screen readers announce them.
                const refs = [];
                for (let node = field; node; node = node.parentElement.closest("fieldset")) {
                    refs.push(...(node.getAttribute("aria-describedby") || "").split(" "));
                    if (!node.parentElement) break;
                }
                return refs.map(ref => document.getElementById(ref)?.textContent || "").join(" ");
            }""",
            target,
        )
        assert announced is not None, f"{name}: the error link #{target} points at nothing"
        # A repeated row's message is prefixed with the row's legend ("Absence 2: ",
        # "Religion: ") in the summary only.
        said = " ".join(announced.split())
        assert message in said or message.split(": ", 1)[-1] in said, (
            f"{name}: #{target} does not announce {message!r} (it announces {announced!r})"
        )
        messages.append(message)
    assert messages, f"{name}: the error summary lists no errors"
    check_accessibility(page, f"{name}--error")
    return messages


# The keyboard alone: Tab to a control, then Space, the arrow keys, typing or Enter ------


def tab_to(page: Page, target, *, limit: int = 100) -> None:
    """Press Tab until ``target`` has the focus, and check that the focus is visible."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            visible = target.evaluate(
                """element => {
                    const style = getComputedStyle(element);
                    return style.outlineStyle !== "none" || style.boxShadow !== "none";
                }"""
            )
            assert visible, f"The keyboard focus on {target} is not visible"
            return
    raise AssertionError(f"Tab never reached {target}")


def key_follow(page: Page, link_name: str | re.Pattern) -> None:
    tab_to(page, page.get_by_role("link", name=link_name).first)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def key_press(page: Page, button: str) -> None:
    tab_to(page, page.get_by_role("button", name=button, exact=True))
    with page.expect_navigation():
        page.keyboard.press("Enter")


def key_type(page: Page, label: str, text: str, *, within=None) -> None:
    scope = within if within is not None else page
    box = scope.get_by_label(label, exact=True)
    tab_to(page, box)
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type(text)
    expect(box).to_have_value(text)


def key_date(page: Page, question_text: str, when, *, within=None) -> None:
    group = question(within if within is not None else page, question_text)
    for part, value in (("Day", when.day), ("Month", when.month), ("Year", when.year)):
        key_type(page, part, str(value), within=group)


def key_choose(page: Page, question_text: str, answer: str) -> None:
    """A radio: Tab into the group (to its chosen radio, or the first), Space to choose
    the focused one, then the arrow keys until the answer is chosen."""
    group = question(page, question_text)
    radios = group.get_by_role("radio")
    wanted = group.get_by_label(answer, exact=True)
    chosen = [radios.nth(i) for i in range(radios.count()) if radios.nth(i).is_checked()]
    tab_to(page, chosen[0] if chosen else radios.first)
    if not chosen:
        page.keyboard.press("Space")
    for _ in range(radios.count()):
        if wanted.is_checked():
            break
        page.keyboard.press("ArrowDown")
    expect(wanted).to_be_checked()


def key_tick(page: Page, answer: str, *, within=None) -> None:
    """A checkbox: Tab to it, then Space."""
    scope = within if within is not None else page
    box = scope.get_by_label(answer, exact=True)
    tab_to(page, box)
    page.keyboard.press("Space")
    expect(box).to_be_checked()


# A question page, a result and the case list, as every path checks them --------------


def check_step(page: Page, name: str, heading: str, *, keyboard: bool = False) -> None:
    """On the first visit to a question page: it is accessible, and Continue without an
    answer gives an accessible error state that links each message to its field."""
    expect_heading(page, heading)
    check_question_page(page, name)
    (key_press if keyboard else press)(page, "Continue")
    check_error_state(page, name)


def determination_of(record) -> Determination:
    return Determination.from_dict(record.determination)


def open_finding(page: Page, title: str | re.Pattern) -> Locator:
    """The finding whose title matches ``title`` (a string: starts with it), folded in a
    <details>: Tab to its summary (the focus visible) and Enter opens it, showing its
    explanation, answers and sources."""
    if isinstance(title, str):
        title = re.compile(rf"^{re.escape(title)}")
    finding = page.locator("details.finding").filter(
        has=page.locator(".finding__title", has_text=title)
    )
    expect(finding).to_have_count(1)
    summary = finding.locator("summary")
    expect(finding).not_to_have_attribute("open", "")
    tab_to(page, summary, limit=400)
    page.keyboard.press("Enter")
    expect(finding).to_have_attribute("open", "")
    expect(finding.locator(".details__text")).to_be_visible()
    return finding


def check_result(page: Page, name: str, record, finding_title: str, citation: str) -> None:
    """The result page: the outcome first, a finding, and its citation number links to
    the entry in the Sources list."""
    determination = determination_of(record)
    expect_heading(page, f"Screening result: {record.client_reference}")
    expect(page.get_by_role("region", name=record.outcome_label, exact=True)).to_contain_text(
        determination.headline
    )
    finding = open_finding(page, finding_title)
    check_accessibility(page, name)
    check_layout(page, name)
    links = finding.get_by_role("link", name=re.compile(r"^Source \d+$"))
    for index in range(links.count()):
        href = links.nth(index).get_attribute("href")
        if citation in page.locator(href).inner_text():
            links.nth(index).click()
            expect(page).to_have_url(re.compile(rf"{re.escape(href)}$"))
            expect(page.locator(href)).to_contain_text(citation)
            expect(page.get_by_role("heading", name="Sources")).to_be_visible()
            return
    raise AssertionError(f"{finding_title!r} does not cite {citation!r}")


def download_pdf(page: Page, problems) -> str:
    """Click "Download PDF" on a result page; the PDF's text, whitespace folded."""
    link = page.get_by_role("link", name="Download PDF of this result")
    problems.expected_downloads.add(link.evaluate("a => a.href"))
    with page.expect_download() as download:
        link.click()
    reader = PdfReader(io.BytesIO(download.value.path().read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def check_pdf(page: Page, record, problems) -> None:
    """The PDF holds the outcome, every finding title and every citation of the result."""
    determination = determination_of(record)
    text = download_pdf(page, problems)
    assert record.outcome_label in text
    for finding in determination.findings:
        assert " ".join(finding.title.split()) in text, finding.title
    for citation in determination.citations:
        assert " ".join(citation.text.split()) in text, citation.text


def find_in_case_list(page: Page, record) -> None:
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Case records").click()
    expect_heading(page, "Case records")
    row = page.get_by_role("row").filter(has_text=record.client_reference)
    expect(row).to_have_count(1)
    expect(row).to_contain_text(record.outcome_label)
    expect(row).to_contain_text("Complete")

"""Protection from removal in a real browser: a Barajas-Romero-like case (off-duty police,
political opinion as one reason among others) through every page, with Back, and a change
from the review that takes a page out of play and its answers with it."""

from playwright.sync_api import expect

from questionnaires.models import CaseRecord
from tests.e2e.browsing import (
    check_accessibility,
    check_pdf,
    check_result,
    check_step,
    choose,
    confirm_unused_answers,
    expect_heading,
    find_in_case_list,
    open_finding,
    press,
    question,
    sign_in,
    start_screening,
    type_into,
)
from tests.factories import make_user

TITLE = "Protection from removal (withholding and the Convention Against Torture)"
HARMED = "Was the client harmed in that country before?"
HARM_KINDS = "What kinds of harm did the client suffer?"
POLITICAL = "The client's political opinion, expressed or assumed"


def answer(page, legend: str, choice: str) -> None:
    """One radio question of a page that asks several."""
    choose(page, choice, within=question(page, legend))


def test_a_client_harmed_by_off_duty_police(page, browser_problems):
    make_user("casey")
    sign_in(page, "casey")
    start_screening(page, TITLE, "RP-E2E-1")

    check_step(page, "removal--case", "The case")
    type_into(page, "Which country does the client fear being sent to?", "Mexico")
    answer(
        page,
        "Which federal court of appeals circuit is the case in?",
        "Ninth Circuit (for example, California, Arizona, Washington)",
    )
    answer(page, "What kind of case is it?", "Removal proceedings in immigration court")
    answer(
        page,
        "Was the client removed (deported) before and then came back without permission?",
        "No",
    )
    press(page, "Continue")

    check_step(page, "removal--convictions", "Criminal history")
    answer(page, "Has the client been convicted of any crime, in any country?", "No")
    press(page, "Continue")

    # Issue 13: the asylum deadline and the bars to protection, asked of every case not
    # closed to asylum by a reinstated order.
    check_step(page, "removal--asylum-filing", "Arrival and the asylum application")
    answer(page, "Has the client already filed an asylum application?", "No")
    answer(
        page,
        "Did the client arrive as a child under 18 with no parent or legal guardian in the "
        "United States to care for them?",
        "No",
    )
    answer(
        page,
        "If the year has run, is there a reason the client could not apply in time?",
        "Not sure, or the year has not run",
    )
    press(page, "Continue")

    check_step(page, "removal--bars", "Conduct that can bar protection")
    for bar in (
        "Did the client ever take part in harming others because of their race, religion, "
        "nationality, social group or political opinion?",
        "Before coming to the United States, was the client offered permanent status in "
        "another country?",
        "Has the client ever applied for asylum before and been denied?",
        "Is there reason to think the client committed a serious crime outside the U.S.?",
        "Does the client have any links to terrorist activity or a terrorist group?",
    ):
        answer(page, bar, "No")
    press(page, "Continue")

    check_step(page, "removal--past-harm", "Past harm and threats")
    answer(page, HARMED, "Yes")
    type_into(page, "What happened, in your words (optional)", "Beaten by two police officers.")
    answer(page, "Has anyone threatened to harm the client in the future?", "Yes")
    press(page, "Continue")

    check_step(page, "removal--harm-details", "What the harm was like")
    choose(page, "Beating or other physical attack")
    choose(page, "Threats to kill")
    answer(
        page,
        "Did the harm cause the client severe physical or mental pain or suffering?",
        "Yes",
    )
    answer(page, "Was the harm done on purpose?", "Yes")
    answer(
        page,
        "Was the harm a punishment given under the country's law, such as a sentence?",
        "No",
    )
    answer(page, "Does the client have scars or other marks from the harm?", "Yes")
    answer(page, "Is there a doctor's report or hospital record of the injuries?", "No")
    press(page, "Continue")

    check_step(page, "removal--harmers", "Who harmed or threatened the client?")
    choose(page, "Police")
    press(page, "Continue")

    # Issue 13 (Matter of J-G-R-): the page also asks how the officials acted, so it has a
    # title of its own rather than its one question as the heading.
    check_step(page, "removal--official-duty", "What the officials were doing")
    answer(page, "Were the officials on duty or off duty when they harmed the client?", "Off duty")
    answer(page, "Were they in uniform, or carrying official weapons or badges?", "Not sure")
    answer(page, "Did they find or reach the client through their job?", "Not sure")
    answer(page, "Did they threaten to use their position against the client?", "Not sure")
    press(page, "Continue")

    # Off duty, and not known to have used the office: the officials may have acted
    # privately, so the page also asks whether other officials knew of it or protect them
    # (acquiescence, round 8), and its title is the heading.
    check_step(page, "removal--officials", "What officials knew and did")
    answer(
        page,
        "Did officials know about the harm before it happened, or look the other way?",
        "Not sure",
    )
    answer(
        page, "Do officials work with, or protect, the people who harmed the client?", "Not sure"
    )
    answer(page, "Did the client report the harm to the police?", "Yes")
    press(page, "Continue")

    police = "What did the police do after the client reported it?"
    check_step(page, "removal--police-response", police)
    choose(page, "Dropped it because the attackers were their colleagues")
    press(page, "Continue")

    # The page also asks what the social group is (when one is ticked), so its heading is
    # its title rather than its question.
    motives = "Why the client was harmed"
    check_step(page, "removal--motives", motives)
    press(page, "Back")
    expect_heading(page, police)
    expect(
        page.get_by_label("Dropped it because the attackers were their colleagues")
    ).to_be_checked()
    press(page, "Continue")
    expect_heading(page, motives)
    choose(page, "Money (extortion or robbery)")
    choose(page, POLITICAL)
    press(page, "Continue")

    check_step(page, "removal--ground-details", "The protected reasons")
    # One row for the one protected reason ticked, named after it; no rows to add or remove.
    row = question(page, POLITICAL)
    expect(page.locator("fieldset.row-fieldset")).to_have_count(1)
    expect(page.get_by_role("button", name="Add another reason")).to_have_count(0)
    choose(
        page,
        "Yes, they knew",
        within=question(
            row, "Did the people who harmed the client know of it, or think it applied to them?"
        ),
    )
    choose(page, "What they said", within=row)
    # Issue 13: staff no longer judge how big a part the reason played; they give the facts
    # (money was a motive on its own) and a lawyer's view, if any.
    choose(
        page,
        "Not sure",
        within=question(row, "Did the same people harm others who do not share it?"),
    )
    choose(
        page,
        "Yes",
        within=question(row, "Would they have harmed the client anyway, without it?"),
    )
    choose(
        page,
        "Not assessed yet",
        within=question(row, "Has a lawyer assessed how big a part it played?"),
    )
    press(page, "Continue")

    check_step(page, "removal--future-risk", "Future risk")
    answer(page, "Who would harm the client if they were sent back?", "The same people as before")
    answer(
        page,
        "Has anything changed since the harm that would protect the client now?",
        "No",
    )
    answer(page, "Has anyone threatened to find the client anywhere in the country?", "Yes")
    answer(page, "Is the client marked or easy to recognise?", "Yes")
    press(page, "Continue")

    check_step(page, "removal--relocation", "Moving elsewhere in the country")
    answer(page, "Is there any part of the country where the client would be safe?", "No")
    press(page, "Continue")

    check_step(page, "removal--country-conditions", "What do reports say about the country?")
    choose(page, "Officials work with criminal groups")
    press(page, "Continue")

    expect_heading(page, "Check your answers")
    check_accessibility(page, "removal--review")
    review = page.get_by_role("main")
    expect(review).to_contain_text(HARM_KINDS)
    expect(review).to_contain_text("Beating or other physical attack")

    # The client was not harmed before after all: the page about the harm goes away.
    page.get_by_role("link", name=f"Change {HARMED.lower()}").click()
    expect(question(page, HARMED).get_by_label("Yes")).to_be_checked()
    answer(page, HARMED, "No")
    press(page, "Continue")
    confirm_unused_answers(page)
    expect_heading(page, "Check your answers")
    expect(review).not_to_contain_text(HARM_KINDS)
    expect(review).not_to_contain_text("Beating or other physical attack")

    press(page, "Confirm and see the result")
    record = CaseRecord.objects.with_reference("RP-E2E-1").get()
    assert record.outcome == "protection_likely"
    assert "harm_kinds" not in record.answers
    check_result(
        page,
        "removal--result",
        record,
        "Link to a protected reason for withholding (your circuit's test)",
        "Barajas-Romero v. Lynch, 846 F.3d 351, 360 (9th Cir. 2017)",
    )
    presumption = open_finding(page, "Past persecution raises a presumption of future harm")
    expect(presumption.locator("summary")).to_have_text(
        "Past persecution raises a presumption of future harm: Not met"
    )
    expect(presumption).to_contain_text("The client was not harmed before")
    answers_given = page.locator("h2:has-text('Answers given') + dl.summary-list")
    expect(answers_given).not_to_contain_text(HARM_KINDS)
    check_pdf(page, record, browser_problems)

    find_in_case_list(page, record)

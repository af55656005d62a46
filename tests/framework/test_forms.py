import datetime
from decimal import Decimal

import pytest
from django import forms

from questionnaires.framework.forms import (
    CheckboxesField,
    MemorableDateField,
    MoneyField,
    RadiosField,
    RowForm,
    StepForm,
    TextField,
    row_formset,
)


class DatesForm(StepForm):
    started = MemorableDateField(label="Start", error_required="Enter the date it started")


def date_form(day, month, year):
    return DatesForm(data={"started_day": day, "started_month": month, "started_year": year})


def test_a_date_is_typed_as_day_month_and_year():
    form = date_form("29", "2", "2024")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["started"] == datetime.date(2024, 2, 29)


@pytest.mark.parametrize(
    ("parts", "date"),
    [
        (("1", "2", "02024"), datetime.date(2024, 2, 1)),
        (("001", "02", "2024"), datetime.date(2024, 2, 1)),
        (("1", "2", "2024.0"), datetime.date(2024, 2, 1)),
    ],
)
def test_leading_zeros_do_not_make_a_date_part_too_long(parts, date):
    form = date_form(*parts)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["started"] == date


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        (("", "", ""), "Enter the date it started"),
        (("29", "2", "2023"), "The date must be a real date"),
        (("1", "", "2024"), "The date must include a month"),
        (("", "", "2024"), "The date must include a day and a month"),
        (("x", "2", "2024"), "Enter the date it started as numbers, like 27 3 2024"),
        (("1", "1", "1899"), "The year must be 1900 or later"),
        (("1", "1", "99999"), "The year must be before"),
        (("1", "1", "9" * 40), "The year must be before"),
        (("9" * 23, "1", "2024"), "The date must be a real date"),  # not an OverflowError
        (("1", "9" * 23, "2024"), "The date must be a real date"),
        (("+" + "9" * 22, "1", "2024"), "The date must be a real date"),
        (("abcdefghijk", "2", "2024"), "Enter the date it started as numbers, like 27 3 2024"),
        (("1", "2", "20x24"), "Enter the date it started as numbers, like 27 3 2024"),
        (("31", "4", "2024"), "The date must be a real date"),
        (("1", "13", "2024"), "The date must be a real date"),
    ],
)
def test_date_errors_say_how_to_fix_the_answer(parts, message):
    form = date_form(*parts)
    assert not form.is_valid()
    assert any(message in error for error in form.errors["started"])


class USDatesForm(StepForm):
    started = MemorableDateField(
        label="Start", error_required="Enter the date it started", month_first=True
    )


def test_a_us_date_has_the_month_box_first_and_reads_the_american_way():
    form = USDatesForm(data={"started_day": "27", "started_month": "3", "started_year": "2024"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["started"] == datetime.date(2024, 3, 27)
    html = str(form["started"])
    assert html.index('name="started_month"') < html.index('name="started_day"')
    assert form["started"].help_text == "For example, 3 27 2024"
    assert form.fields["started"].display(datetime.date(2024, 3, 27)) == "March 27, 2024"
    assert DatesForm().fields["started"].display(datetime.date(2024, 3, 27)) == "27 March 2024"
    # Shown again in the order of the boxes.
    unbound = USDatesForm(initial={"started": datetime.date(2024, 3, 27)})
    assert unbound["started"].value() == datetime.date(2024, 3, 27)
    assert unbound.fields["started"].widget.decompress(datetime.date(2024, 3, 27)) == [3, 27, 2024]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"started_month": "3", "started_year": "2024"}, "The date must include a day"),
        ({"started_day": "1", "started_year": "2024"}, "The date must include a month"),
        (
            {"started_day": "x", "started_month": "3", "started_year": "2024"},
            "Enter the date it started as numbers, like 3 27 2024",
        ),
        ({"started_day": "3", "started_month": "27", "started_year": "2024"}, "real date"),
    ],
)
def test_us_date_errors_name_the_part(data, message):
    form = USDatesForm(data=data)
    assert not form.is_valid()
    assert any(message in error for error in form.errors["started"])


class MoneyForm(StepForm):
    income = MoneyField(label="Income", error_required="Enter the income")


@pytest.mark.parametrize(
    ("typed", "amount"),
    [("60300", Decimal("60300")), ("$60,300.50", Decimal("60300.50")), (" 0 ", Decimal("0"))],
)
def test_money_accepts_what_people_type(typed, amount):
    form = MoneyForm(data={"income": typed})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["income"] == amount


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("-5", "Enter an amount of 0 or more"),
        ("1e12", "Enter an amount less than"),
        ("12.345", "Enter the amount to the cent"),
        ("lots", "Enter an amount in numbers"),
        ("", "Enter the income"),
    ],
)
def test_money_rejects_negative_absurd_and_garbled_amounts(typed, message):
    form = MoneyForm(data={"income": typed})
    assert not form.is_valid()
    assert message in form.errors["income"][0]


class TextForm(StepForm):
    reference = TextField(label="Reference", max_length=10, required=False)


def test_text_has_a_length_limit_and_refuses_control_characters():
    assert TextForm(data={"reference": "A-12"}).is_valid()
    too_long = TextForm(data={"reference": "x" * 11})
    assert "The answer must be 10 characters or fewer" in too_long.errors["reference"][0]
    control = TextForm(data={"reference": "bad\x00ref"})
    assert "Remove the control characters" in control.errors["reference"][0]


class ChoiceForm(StepForm):
    resident = RadiosField(
        label="Resident?", choices=[("yes", "Yes"), ("no", "No")], error_required="Select one"
    )
    reasons = CheckboxesField(
        label="Why?", choices=[("a", "A"), ("b", "B")], error_required="Select all that apply"
    )


def test_choices_outside_the_list_get_the_plain_message():
    form = ChoiceForm(data={"resident": "maybe", "reasons": ["a", "zzz"]})
    assert form.errors["resident"] == ["Select one"]
    assert form.errors["reasons"] == ["Select all that apply"]


def test_choice_fields_describe_answers_in_words():
    assert ChoiceForm.base_fields["resident"].display("no") == "No"
    assert ChoiceForm.base_fields["reasons"].display(["a", "b"]) == "A, B"
    assert ChoiceForm.base_fields["reasons"].display([]) == "None"
    assert MoneyForm.base_fields["income"].display(Decimal("19574.67")) == "$19,574.67"
    assert DatesForm.base_fields["started"].display(datetime.date(2025, 3, 3)) == "3 March 2025"


def test_radios_render_as_radio_inputs():
    assert isinstance(ChoiceForm.base_fields["resident"].widget, forms.RadioSelect)


class ReasonRow(RowForm):
    reason = TextField(label="Reason", error_required="Enter the reason")


def test_repeated_rows_say_plainly_how_many_are_needed_and_allowed():
    formset_class = row_formset(ReasonRow, row_noun="reason", min_rows=1)
    assert len(formset_class(prefix="r").forms) == 1
    empty = formset_class(data={"r-TOTAL_FORMS": "1", "r-INITIAL_FORMS": "0"}, prefix="r")
    assert not empty.is_valid()
    assert "Add at least 1 reason" in empty.non_form_errors()
    rows = {f"r-{i}-reason": "x" for i in range(31)}
    too_many = formset_class(
        data={"r-TOTAL_FORMS": "31", "r-INITIAL_FORMS": "0", **rows}, prefix="r"
    )
    assert not too_many.is_valid()
    assert "You can add up to 30 reasons; remove some" in too_many.non_form_errors()
    forged = row_formset(ReasonRow, row_noun="reason")(data={"r-0-reason": "x"}, prefix="r")
    assert not forged.is_valid()
    assert "This page was not sent in full" in str(forged.non_form_errors())


class CountryRow(RowForm):
    country = RadiosField(
        label="Which country?",
        choices=[("fr", "France"), ("de", "Germany"), ("it", "Italy")],
        widget=forms.HiddenInput,
        error_required="Go back and select the countries",
    )
    days = TextField(label="Days there", error_required="Enter the days there")


CountryRows = row_formset(CountryRow, row_noun="country", keyed_by="country")


def keyed(data, keys):
    return CountryRows(data=data, keys=keys, prefix="c")


def test_keyed_rows_are_one_per_key_in_the_keys_order():
    unbound = CountryRows(keys=["it", "fr"], prefix="c")
    assert [row.initial["country"] for row in unbound.forms] == ["it", "fr"]
    assert unbound.fixed_rows
    assert "DELETE" not in unbound.forms[0].fields
    assert 'type="hidden" name="c-0-country" value="it"' in str(unbound.forms[0]["country"])


def test_keyed_rows_keep_each_answer_with_its_key():
    # Sent in another order, with a row for a key no longer given and a second row for one.
    data = {
        "c-TOTAL_FORMS": "4",
        "c-0-country": "de",
        "c-0-days": "9",
        "c-1-country": "fr",
        "c-1-days": "3",
        "c-2-country": "it",
        "c-2-days": "5",
        "c-3-country": "fr",
        "c-3-days": "99",
    }
    rows = keyed(data, ["fr", "it"])
    assert rows.is_valid(), rows.errors
    assert rows.answers() == [{"country": "fr", "days": "3"}, {"country": "it", "days": "5"}]


def test_a_key_without_its_row_must_be_answered():
    rows = keyed({"c-TOTAL_FORMS": "1", "c-0-country": "fr", "c-0-days": "3"}, ["fr", "de"])
    assert not rows.is_valid()
    assert rows.errors == [{}, {"days": ["Enter the days there"]}]


@pytest.mark.parametrize(
    ("total", "row_read"),
    [(None, False), ("", False), ("x", False), ("-3", False), ("99999999", True)],
)
def test_a_forged_row_count_neither_breaks_nor_adds_rows(total, row_read):
    data = {"c-0-country": "fr", "c-0-days": "3"}
    if total is not None:
        data["c-TOTAL_FORMS"] = total
    rows = keyed(data, ["fr"])
    assert rows.total_form_count() == 1
    # A count that cannot be read reads no row, so the one key's row asks again.
    assert rows.is_valid() is row_read

"""``refused_as_future``: a date that has happened cannot be after the screening date (today in
the wizard, the ``--today`` date in ``manage.py screen``)."""

from datetime import date

from django import forms

from questionnaires.framework.forms import refused_as_future, screening_as_of

MESSAGE = "The date on the letter must be today or in the past"


class LetterForm(forms.Form):
    letter_date = forms.DateField(required=False)


def checked(value: str | None, today: date) -> tuple[bool, LetterForm]:
    form = LetterForm(data={"letter_date": value or ""})
    assert form.is_valid() or value is None
    with screening_as_of(today):
        refused = refused_as_future(form, "letter_date", MESSAGE)
    return refused, form


def test_a_date_after_the_screening_date_is_refused_with_the_message():
    refused, form = checked("2026-12-01", date(2026, 11, 30))
    assert refused
    assert form.errors["letter_date"] == [MESSAGE]


def test_the_screening_date_itself_and_earlier_dates_pass():
    for value in ("2026-11-30", "2026-11-29"):
        refused, form = checked(value, date(2026, 11, 30))
        assert not refused
        assert "letter_date" not in form.errors


def test_a_blank_date_passes():
    refused, form = checked(None, date(2026, 11, 30))
    assert not refused
    assert not form.errors


def test_the_check_follows_the_screening_date_not_the_clock():
    """The same answer is refused as of one day and accepted as of the next."""
    assert checked("2026-12-01", date(2026, 11, 30))[0]
    assert not checked("2026-12-01", date(2026, 12, 1))[0]

"""Form fields for question pages, following the GOV.UK Design System patterns.

Each field knows how to render itself (``question_template``, used by the step template) and
gives plain error messages that say how to fix the answer. Questionnaire forms declare
their questions with these fields; ``label`` is the question in the staff member's words,
``help_text`` is the hint (where the legal term goes).
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import datetime
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django.utils.formats import number_format

from .wording import long_date, us_long_date

#: The earliest and latest dates any question accepts: guards against typos (0024 for 2024)
#: and hostile input alike.
EARLIEST_DATE = datetime.date(1900, 1, 1)
LATEST_YEARS_AHEAD = 10

#: The largest amount of money any question accepts.
MAX_MONEY = Decimal("100000000")

#: The most rows a repeated question (formset) accepts.
MAX_ROWS = 30

#: The date a screening is made as of, when it is not today (``manage.py screen --today``).
_SCREENING_DATE: contextvars.ContextVar[datetime.date | None] = contextvars.ContextVar(
    "screening_date", default=None
)


def screening_date() -> datetime.date:
    """The date the screening is made as of: today (the date the wizard screens on), or the
    date ``screening_as_of`` set. A form checks "not after today" against this date, so the
    same answers are valid in the wizard and in ``manage.py screen --today``."""
    return _SCREENING_DATE.get() or timezone.localdate()


def refused_as_future(form: forms.Form, field: str, message: str) -> bool:
    """A date that has happened cannot be after the screening date (today, or the date
    ``manage.py screen --today`` screens as of): adds ``message`` to ``field`` when its date
    is, and says whether it did, so that later checks of the same date can be skipped."""
    value = form.cleaned_data.get(field)
    if value and value > screening_date():
        form.add_error(field, message)
        return True
    return False


@contextlib.contextmanager
def screening_as_of(day: datetime.date):
    """Validate forms as of ``day`` inside the block."""
    token = _SCREENING_DATE.set(day)
    try:
        yield
    finally:
        _SCREENING_DATE.reset(token)


NOT_SURE = "not_sure"
YES_NO_NOT_SURE = [("yes", "Yes"), ("no", "No"), (NOT_SURE, "Not sure")]
YES_NO = [("yes", "Yes"), ("no", "No")]


class SharedChoicesMixin:
    """A choice field (or widget) whose choices are a fixed list, shared by every form
    built from the class instead of copied for each: the wizard builds a form for every
    answered step on each request, and copying the choices was most of that work (see
    bench/README.md). To give one form other choices, assign ``field.choices``; never
    change the list in place."""

    def __deepcopy__(self, memo):
        if isinstance(self, forms.Widget):
            return forms.Widget.__deepcopy__(self, memo)
        result = forms.Field.__deepcopy__(self, memo)
        result._choices = self._choices
        return result


class RadioSelect(SharedChoicesMixin, forms.RadioSelect):
    pass


class CheckboxSelectMultiple(SharedChoicesMixin, forms.CheckboxSelectMultiple):
    pass


class RadiosField(SharedChoicesMixin, forms.ChoiceField):
    """Choose one: a radio group in a fieldset whose legend is the question."""

    question_template = "questionnaires/fields/radios.html"
    widget = RadioSelect

    def __init__(self, *, choices, error_required: str, **kwargs):
        kwargs.setdefault("error_messages", {})
        kwargs["error_messages"].setdefault("required", error_required)
        kwargs["error_messages"].setdefault("invalid_choice", error_required)
        super().__init__(choices=choices, **kwargs)

    def display(self, value) -> str:
        return str(dict(self.choices).get(value, value))


class CheckboxesField(SharedChoicesMixin, forms.MultipleChoiceField):
    """Choose all that apply: a checkbox group in a fieldset. Answers are a list."""

    question_template = "questionnaires/fields/checkboxes.html"
    widget = CheckboxSelectMultiple

    def __init__(self, *, choices, error_required: str, **kwargs):
        kwargs.setdefault("error_messages", {})
        kwargs["error_messages"].setdefault("required", error_required)
        kwargs["error_messages"].setdefault("invalid_choice", error_required)
        super().__init__(choices=choices, **kwargs)

    def display(self, value) -> str:
        labels = dict(self.choices)
        return ", ".join(str(labels.get(v, v)) for v in value) if value else "None"


class TextField(forms.CharField):
    """A short free-text answer with a length limit."""

    question_template = "questionnaires/fields/input.html"

    def __init__(self, *, max_length: int = 200, error_required: str = "", **kwargs):
        kwargs.setdefault("error_messages", {})
        if error_required:
            kwargs["error_messages"].setdefault("required", error_required)
        super().__init__(max_length=max_length, **kwargs)
        # clean() below refuses every control character, null included, in plain words.
        self.validators = [
            v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ]
        self.error_messages["max_length"] = f"The answer must be {max_length} characters or fewer"

    def clean(self, value):
        value = super().clean(value)
        if value and any(ord(ch) < 32 and ch not in "\t\n\r" for ch in value):
            raise ValidationError(
                "Remove the control characters from this answer", code="control_characters"
            )
        return value

    def display(self, value) -> str:
        return value or "Not given"


class LongTextField(TextField):
    """A free-text account in the staff member's words (kept on the record)."""

    question_template = "questionnaires/fields/textarea.html"
    widget = forms.Textarea

    def __init__(self, *, max_length: int = 5000, **kwargs):
        super().__init__(max_length=max_length, **kwargs)


class MoneyField(forms.DecimalField):
    """An amount of money: no negatives, no absurd amounts, at most cents."""

    question_template = "questionnaires/fields/input.html"

    def __init__(self, *, currency: str = "$", error_required: str = "", **kwargs):
        self.currency = currency
        kwargs.setdefault("min_value", Decimal("0"))
        kwargs.setdefault("max_value", MAX_MONEY)
        kwargs.setdefault("max_digits", 12)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("error_messages", {})
        if error_required:
            kwargs["error_messages"].setdefault("required", error_required)
        kwargs["error_messages"].setdefault(
            "invalid", "Enter an amount in numbers, like 1250 or 1250.50"
        )
        kwargs["error_messages"].setdefault("max_decimal_places", "Enter the amount to the cent")
        kwargs["error_messages"].setdefault(
            "min_value", "Enter an amount of 0 or more (no minus sign)"
        )
        kwargs["error_messages"].setdefault(
            "max_value", f"Enter an amount less than {currency}{MAX_MONEY:,.0f}"
        )
        super().__init__(widget=forms.TextInput(attrs={"inputmode": "decimal"}), **kwargs)
        self.widget.attrs.pop("step", None)

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(",", "").removeprefix(self.currency).strip()
        return super().to_python(value)

    def display(self, value) -> str:
        if value is None:
            return "Not given"
        return f"{self.currency}{number_format(value, 2, force_grouping=True)}"


DAY_FIRST = ("day", "month", "year")
#: The most digits each part of a date may have, leading zeros aside.
PART_DIGITS = {"day": 2, "month": 2, "year": 4}
MONTH_FIRST = ("month", "day", "year")


class MemorableDateWidget(forms.MultiWidget):
    """Day, month and year boxes (GOV.UK "date input"), in the order of ``parts``."""

    def __init__(self, attrs=None, parts=DAY_FIRST):
        self.parts = parts

        def box(part):
            width = 4 if part == "year" else 2
            return forms.TextInput(attrs={"inputmode": "numeric", "class": f"input-w{width}"})

        super().__init__({part: box(part) for part in parts}, attrs)

    def decompress(self, value):
        if isinstance(value, datetime.date):
            return [getattr(value, part) for part in self.parts]
        return [None, None, None]


class MemorableDateField(forms.MultiValueField):
    """A date typed as day, month and year, within sensible bounds.

    ``error_required`` names the date: "Enter the date the deployment started".
    ``month_first`` puts the month box first and writes the date the American way
    (March 27, 2024), for United States questionnaires.
    """

    question_template = "questionnaires/fields/date.html"

    def __init__(self, *, error_required: str, month_first: bool = False, **kwargs):
        self.error_required = error_required
        self.parts = MONTH_FIRST if month_first else DAY_FIRST
        self.example = "3 27 2024" if month_first else "27 3 2024"
        as_numbers = {"invalid": f"{error_required} as numbers, like {self.example}"}
        fields = tuple(
            forms.IntegerField(required=False, error_messages=as_numbers) for _ in range(3)
        )
        kwargs.setdefault("error_messages", {})
        kwargs["error_messages"].setdefault("required", error_required)
        kwargs["error_messages"].setdefault("incomplete", error_required)
        kwargs.setdefault("help_text", f"For example, {self.example}")
        kwargs.setdefault("widget", MemorableDateWidget(parts=self.parts))
        super().__init__(fields=fields, require_all_fields=False, **kwargs)

    def clean(self, value):
        # Every part is required; check them together so the message names what is missing.
        if isinstance(value, list | tuple):
            parts = [str(v).strip() if v is not None else "" for v in value]
            if self.required and not any(parts):
                raise ValidationError(self.error_messages["required"], code="required")
            missing = [name for name, part in zip(self.parts, parts, strict=False) if not part]
            if any(parts) and missing:
                raise ValidationError(
                    f"The date must include a {' and a '.join(missing)}", code="incomplete"
                )
            # Bounded by length before any number is made of it: a day of twenty digits
            # would overflow the date (a server error), not just fail to be one. Leading
            # zeros do not count (02024 is 2024); a part that is not digits is left to
            # the part's own "as numbers" message.
            digits = {
                name: len(part.lstrip("0"))
                for name, part in zip(self.parts, parts, strict=False)
                if part.isdigit()
            }
            if digits.get("year", 0) > PART_DIGITS["year"]:
                raise self._too_late()
            if any(digits.get(name, 0) > PART_DIGITS[name] for name in ("day", "month")):
                raise self._not_a_real_date()
        return super().clean(value)

    def compress(self, data_list):
        if not data_list or all(v in (None, "") for v in data_list):
            return None
        date = dict(zip(self.parts, (int(part) for part in data_list), strict=True))
        if date["year"] < EARLIEST_DATE.year:
            raise ValidationError("The year must be 1900 or later", code="too_early")
        if date["year"] > datetime.date.today().year + LATEST_YEARS_AHEAD:
            raise self._too_late()
        try:
            return datetime.date(**date)
        except (ValueError, OverflowError):
            raise self._not_a_real_date() from None

    @staticmethod
    def _too_late() -> ValidationError:
        latest_year = datetime.date.today().year + LATEST_YEARS_AHEAD
        return ValidationError(f"The year must be before {latest_year + 1}", code="too_late")

    @staticmethod
    def _not_a_real_date() -> ValidationError:
        return ValidationError("The date must be a real date", code="invalid_date")

    def display(self, value) -> str:
        if not value:
            return "Not given"
        return us_long_date(value) if self.parts == MONTH_FIRST else long_date(value)


#: The ``__deepcopy__`` methods whose copies :func:`copy_for_form` makes itself: Django's
#: own for plain fields and widgets, and the shared-choices one above. A field or widget
#: with another (a choice field whose choices are not shared, say) is deep-copied.
_PLAIN_FIELD_COPIES = {
    forms.Field.__deepcopy__,
    forms.MultiValueField.__deepcopy__,
    SharedChoicesMixin.__deepcopy__,
}
_PLAIN_WIDGET_COPIES = {
    forms.Widget.__deepcopy__,
    forms.MultiWidget.__deepcopy__,
    SharedChoicesMixin.__deepcopy__,
}


def copy_for_form(field: forms.Field) -> forms.Field:
    """The field as one form instance gets it: what Django's deep copy gives (a field and
    widget of its own, with their own error messages, validators list, widget attributes,
    sub-fields and sub-widgets, so a form may change them), without the copy module's
    machinery, which was most of building a form. What is fixed (labels, hints, the
    shared choice lists) is shared, as Django's copy shares it."""
    if type(field).__deepcopy__ not in _PLAIN_FIELD_COPIES:
        return copy.deepcopy(field)
    result = _shallow(field)
    result.widget = _copy_widget(field.widget)
    result.error_messages = field.error_messages.copy()
    result.validators = field.validators[:]
    if isinstance(field, forms.MultiValueField):
        result.fields = tuple(copy_for_form(part) for part in field.fields)
    return result


def _copy_widget(widget: forms.Widget) -> forms.Widget:
    if type(widget).__deepcopy__ not in _PLAIN_WIDGET_COPIES:
        return copy.deepcopy(widget)
    result = _shallow(widget)
    result.attrs = widget.attrs.copy()
    if isinstance(widget, forms.MultiWidget):
        result.widgets = [_copy_widget(part) for part in widget.widgets]
    return result


def _shallow(instance):
    result = object.__new__(type(instance))
    result.__dict__.update(instance.__dict__)
    return result


class FormFields(dict):
    """A form class's fields, copied for each form instance by :func:`copy_for_form`
    (``BaseForm.__init__`` deep-copies ``base_fields``)."""

    def __deepcopy__(self, memo):
        return {name: copy_for_form(field) for name, field in self.items()}


class StepFormMetaclass(forms.forms.DeclarativeFieldsMetaclass):
    def __new__(mcs, name, bases, attrs):
        new_class = super().__new__(mcs, name, bases, attrs)
        new_class.base_fields = FormFields(new_class.base_fields)
        return new_class


class StepForm(forms.Form, metaclass=StepFormMetaclass):
    """Base for question pages. ``clean`` methods add cross-field errors with
    ``self.add_error(field, message)`` so each message sits next to its field. Each form
    gets its fields copied cheaply (:func:`copy_for_form`)."""

    #: Questions of the page that apply only when another question on it has one of some
    #: answers: ``{"conviction_details": ("has_convictions", {"yes"})}``. What was typed
    #: into a question that does not apply is neither handed to the rules nor saved as
    #: the record's answers.
    asked_when: dict[str, tuple[str, set[str]]] = {}

    def applies(self, name: str) -> bool:
        """Whether the question ``name`` applies, given the page's valid answers."""
        if name not in self.asked_when:
            return True
        other, answers = self.asked_when[name]
        given = self.cleaned_data.get(other)
        return any(value in answers for value in (given if isinstance(given, list) else [given]))

    def applying_fields(self) -> dict[str, forms.Field]:
        return {name: field for name, field in self.fields.items() if self.applies(name)}

    def answers(self) -> dict:
        return {name: self.cleaned_data.get(name) for name in self.applying_fields()}


class RowForm(StepForm):
    """One row of a repeated question (a formset step)."""

    #: The row's legend, when the row is about something named (a fixed row); otherwise
    #: rows are numbered: "Absence 1".
    row_title = ""


class StepFormSet(forms.BaseFormSet):
    """A repeated question: rows, each a ``RowForm``, with "Add another" and "Remove".

    Build with :func:`row_formset`.
    """

    #: Singular noun for a row: "absence", "payment".
    row_noun = "item"
    #: Whether the rows are set by earlier answers, so staff cannot add or remove any.
    fixed_rows = False

    def row_name(self, row: RowForm, number: int) -> str:
        """What a row is called in the error summary and "Check your answers": its title,
        or its noun and number ("Absence 2"), as its legend on the page."""
        return row.row_title or f"{self.row_noun.capitalize()} {number}"

    def kept_rows(self) -> list[RowForm]:
        """The rows filled in and not marked for removal."""
        return [
            form
            for form in self.forms
            if form.has_changed() and not self._should_delete_form(form)
        ]

    def answers(self) -> list[dict]:
        return [
            {name: value for name, value in form.answers().items() if name != "DELETE"}
            for form in self.kept_rows()
        ]


class KeyedRowFormSet(StepFormSet):
    """A repeated question with one row for each of ``keys``, which earlier answers give
    (one row per protected reason ticked), in their order. Each row carries its key in the
    hidden field ``key_field``; rows are matched to keys by it, so answers stay with their
    key when the keys change. Staff cannot add or remove rows: they change the earlier
    answer. Build with ``row_formset(..., keyed_by=field)``."""

    key_field = ""
    fixed_rows = True

    def __init__(self, data=None, *args, keys=(), prefix=None, **kwargs):
        self.keys = tuple(keys)
        prefix = prefix or self.get_default_prefix()
        if data is not None:
            data = self._rows_by_key(data, prefix)
        kwargs["initial"] = [{self.key_field: key} for key in self.keys]
        super().__init__(data, *args, prefix=prefix, **kwargs)

    def total_form_count(self):
        return len(self.keys)

    def initial_form_count(self):
        # Every row is one staff must answer: none may be left empty.
        return len(self.keys)

    def _rows_by_key(self, data, prefix: str) -> MultiValueDict:
        """The posted rows rearranged so that row ``i`` is about ``keys[i]``, whatever
        their number and order; a row for a key not given, or a second row for one, is
        dropped."""

        def values(name: str) -> list:
            if hasattr(data, "getlist"):
                return data.getlist(name)
            value = data.get(name)
            return [] if value is None else value if isinstance(value, list) else [value]

        try:
            posted = min(int(values(f"{prefix}-TOTAL_FORMS")[-1]), MAX_ROWS)
        except (IndexError, TypeError, ValueError):
            posted = 0
        row_of: dict[str, int] = {}
        for index in range(posted):
            key = (values(f"{prefix}-{index}-{self.key_field}") or [None])[-1]
            if key in self.keys:
                row_of.setdefault(key, index)
        rows = MultiValueDict()
        rows[f"{prefix}-TOTAL_FORMS"] = rows[f"{prefix}-INITIAL_FORMS"] = str(len(self.keys))
        for index, key in enumerate(self.keys):
            rows[f"{prefix}-{index}-{self.key_field}"] = key
            if key in row_of:
                for name in self.form.base_fields.keys() - {self.key_field}:
                    rows.setlist(
                        f"{prefix}-{index}-{name}", values(f"{prefix}-{row_of[key]}-{name}")
                    )
        return rows


def row_formset(
    form_class: type[RowForm], *, row_noun: str, min_rows: int = 0, keyed_by: str = ""
):
    """A formset class for a repeated question, capped at :data:`MAX_ROWS` rows. It shows one
    empty row to fill in (``min_rows`` empty rows when a minimum is set). With ``keyed_by``
    (a hidden field of the row) it is a :class:`KeyedRowFormSet`: one row per key, none
    added or removed."""
    formset = forms.formset_factory(
        form_class,
        formset=KeyedRowFormSet if keyed_by else StepFormSet,
        extra=0 if min_rows or keyed_by else 1,
        can_delete=not keyed_by,
        min_num=min_rows,
        validate_min=bool(min_rows),
        max_num=MAX_ROWS,
        validate_max=True,
        absolute_max=MAX_ROWS,
    )
    formset.row_noun = row_noun
    formset.key_field = keyed_by
    formset.default_error_messages = {
        "too_few_forms": f"Add at least {min_rows} {row_noun}{'s' if min_rows > 1 else ''}",
        "too_many_forms": f"You can add up to {MAX_ROWS} {row_noun}s; remove some",
        "missing_management_form": "This page was not sent in full. Go back and try again",
    }
    return formset


class ClientReferenceForm(StepForm):
    client_reference = TextField(
        label="Client reference (optional)",
        help_text=(
            "Your clinic's reference for this client, so you can find the record again. "
            "It does not have to be a name."
        ),
        max_length=100,
        required=False,
    )

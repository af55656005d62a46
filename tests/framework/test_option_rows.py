"""The radios and checkboxes written in Python (``option_rows``) are, to the byte, what the
field templates' loop over the bound field wrote before: ids, values, labels, which are
ticked, escaping."""

import pytest
from django import forms
from django.template import engines

from questionnaires.framework.forms import YES_NO_NOT_SURE, CheckboxesField, RadiosField
from questionnaires.templatetags.casework import option_rows

LOOP = (
    "{% for radio in field %}"
    '\n      <div class="KIND__item">'
    '\n        <input class="KIND__input" id="{{ radio.id_for_label }}" '
    'name="{{ field.html_name }}" type="TYPE" value="{{ radio.data.value }}"'
    "{% if radio.data.selected %} checked{% endif %}>"
    '\n        <label class="label KIND__label" for="{{ radio.id_for_label }}">'
    "{{ radio.choice_label }}</label>"
    "\n      </div>\n      {% endfor %}"
)


def by_the_loop(bound_field, kind, type_):
    source = LOOP.replace("KIND", kind).replace("TYPE", type_)
    return engines["django"].from_string(source).render({"field": bound_field})


class Question(forms.Form):
    answer = RadiosField(label="Answer?", choices=YES_NO_NOT_SURE, error_required="Select")
    tricky = RadiosField(
        label="Tricky?",
        choices=[("a&b", "A & <b>"), ("1", "One"), (2, "Two")],
        required=False,
        error_required="Select",
    )
    reasons = CheckboxesField(
        label="Why?",
        choices=[("treaty", "A treaty"), ("law", "The law's text"), ("not_sure", "Not sure")],
        required=False,
        error_required="Select",
    )


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"answer": "yes", "tricky": "a&b", "reasons": ["treaty", "not_sure"]},
        {"answer": "maybe", "tricky": "2", "reasons": ["law"]},
        {"answer": "not_sure", "tricky": "1"},
    ],
)
@pytest.mark.parametrize("auto_id", ["id_%s", "step-%s", False])
def test_option_rows_write_what_the_loop_wrote(data, auto_id):
    for form in (Question(data or None, auto_id=auto_id), Question(initial={"answer": "no"})):
        for name, kind, type_ in (
            ("answer", "radios", "radio"),
            ("tricky", "radios", "radio"),
            ("reasons", "checkboxes", "checkbox"),
        ):
            assert option_rows(form[name]) == by_the_loop(form[name], kind, type_), (name, data)


def test_grouped_choices_are_refused():
    class Grouped(forms.Form):
        answer = RadiosField(
            label="Answer?", choices=[("Group", [("a", "A")])], error_required="Select"
        )

    with pytest.raises(ValueError, match="grouped"):
        option_rows(Grouped()["answer"])

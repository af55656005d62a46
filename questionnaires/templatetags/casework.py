import functools

from django import forms, template
from django.conf import settings
from django.template.loader import get_template
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def render_field(bound_field: forms.BoundField, heading: bool = False):
    """Render a question with its label or legend, hint and errors (GOV.UK markup).

    ``heading`` makes the label or legend the page's ``<h1>`` (one question per page).
    """
    field = bound_field.field
    hint_id = f"{bound_field.auto_id}-hint" if bound_field.help_text else ""
    error_id = f"{bound_field.auto_id}-error" if bound_field.errors else ""
    context = {
        "field": bound_field,
        "heading": heading,
        "hint_id": hint_id,
        "error_id": error_id,
        "describedby": " ".join(filter(None, [hint_id, error_id])),
        "currency": getattr(field, "currency", ""),
        "attrs": field.widget.attrs,
    }
    if isinstance(field.widget, forms.MultiWidget):
        value = bound_field.value()
        if not isinstance(value, list | tuple):
            value = field.widget.decompress(value)
        context["parts"] = [
            (suffix.lstrip("_"), f"{bound_field.auto_id}{suffix}", part)
            for suffix, part in zip(field.widget.widgets_names, value, strict=False)
        ]
    if isinstance(field.widget, forms.widgets.ChoiceWidget):
        context["option_rows"] = option_rows(bound_field)
    return get_template(field.question_template).render(context)


#: One radio or checkbox of a question, as ``fields/radios.html`` and
#: ``fields/checkboxes.html`` show it (the text between the loop's tags there was, so the
#: page is the same to the byte): built here, once per option, instead of six template
#: lookups and escapes each. ``{kind}``: ``radios`` or ``checkboxes``.
OPTION_ROW = (
    '\n      <div class="{kind}__item">'
    '\n        <input class="{kind}__input" id="{id}" name="{name}" type="{type}" '
    'value="{value}"{checked}>'
    '\n        <label class="label {kind}__label" for="{id}">{label}</label>'
    "\n      </div>\n      "
)


def option_rows(bound_field: forms.BoundField) -> str:
    """The radios or checkboxes of a choice question, each as :data:`OPTION_ROW`: what
    iterating the bound field gives (its ids, values, labels and which are selected),
    worked out directly, without the widget building each option's attributes and
    template context (``ChoiceWidget.optgroups``, whose rules these follow: the first
    matching radio is the one selected, values compared as text). Grouped choices, which
    no question has, are refused rather than shown wrong."""
    widget = bound_field.field.widget
    multiple = widget.allow_multiple_selected
    kind, type_ = ("checkboxes", "checkbox") if multiple else ("radios", "radio")
    values = widget.format_value(bound_field.value())
    id_ = widget.attrs.get("id") or bound_field.auto_id
    name = _text(bound_field.html_name)
    rows, selected_one = [], False
    for index, (value, label) in enumerate(widget.choices):
        if isinstance(label, list | tuple):
            raise ValueError(f"{bound_field.name}: grouped choices are not shown")
        value = "" if value is None else value
        selected = (multiple or not selected_one) and str(value) in values
        selected_one |= selected
        option_id = _text(f"{id_}_{index}" if id_ else None)
        rows.append(
            OPTION_ROW.format(
                kind=kind,
                type=type_,
                id=option_id,
                name=name,
                value=_text(value),
                checked=" checked" if selected else "",
                label=_text(label),
            )
        )
    # Every part is escaped by _text.
    return mark_safe("".join(rows))


def _text(value) -> str:
    """A value as ``{{ value }}`` writes it in a template (localized, escaped)."""
    return conditional_escape(localize(value))


@register.simple_tag
def fixed_url(viewname: str) -> str:
    """``{% url viewname %}`` for a URL without arguments, reversed once for each URL
    configuration and script prefix (the header's links, on every page)."""
    return _fixed_url(viewname, get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())


@functools.lru_cache(maxsize=64)
def _fixed_url(viewname: str, urlconf, prefix: str) -> str:
    return reverse(viewname, urlconf=urlconf)


@register.filter
def supervises(user) -> bool:
    """Whether ``user`` is a supervisor: sees every record and the review queue."""
    from questionnaires.models import is_supervisor

    return is_supervisor(user)

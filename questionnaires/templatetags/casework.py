from django import forms, template
from django.template.loader import get_template

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
    return get_template(field.question_template).render(context)


@register.filter
def supervises(user) -> bool:
    """Whether ``user`` is a supervisor: sees every record and the review queue."""
    from questionnaires.models import is_supervisor

    return is_supervisor(user)

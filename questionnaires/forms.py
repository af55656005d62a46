from django import forms

from .framework.forms import LongTextField, RadiosField
from .models import Review


class ReviewDecisionForm(forms.Form):
    """A supervisor's decision on a record in review: approve, or return with comments."""

    decision = RadiosField(
        label="Your decision",
        choices=[
            (Review.Decision.APPROVED, "Approve this screening"),
            (Review.Decision.RETURNED, "Return it to the author for changes"),
        ],
        error_required="Select approve or return",
    )
    comments = LongTextField(
        label="Comments for the author",
        help_text="Needed to return it: say what to change. The author sees them.",
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == Review.Decision.RETURNED and not cleaned.get("comments"):
            self.add_error(
                "comments",
                forms.ValidationError(
                    "Enter your comments: say what the author should change",
                    code="comments_required",
                ),
            )
        return cleaned

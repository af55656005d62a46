"""Which steps apply, which answers reach the rules: the one pass both the wizard and
``manage.py screen`` make over a questionnaire."""

from questionnaires.framework.forms import YES_NO, RadiosField, StepForm, TextField
from questionnaires.framework.registry import Step
from questionnaires.framework.screening import walk_data


class ResidentForm(StepForm):
    resident = RadiosField(label="Resident?", choices=YES_NO, error_required="Select")


class DetailForm(StepForm):
    detail = TextField(label="Detail", error_required="Enter the detail")


class LastForm(StepForm):
    note = TextField(label="Note", required=False)


def only_for_residents(answers):
    """Applies when the client is a resident."""
    return answers.get("resident") == "yes"


STEPS = (
    Step("resident", "Resident", ResidentForm),
    Step("detail", "Detail", DetailForm, only_for_residents),
    Step("last", "Last", LastForm),
)


def run(data_by_step):
    return walk_data(STEPS, data_by_step)


def test_a_branch_that_applies_is_asked():
    state = run({"resident": {"resident-resident": "yes"}})
    assert state.applicable_names == ["resident", "detail", "last"]
    assert state.first_needing_answer == "detail"


def test_answers_of_a_step_that_no_longer_applies_never_reach_the_rules():
    state = run(
        {
            "resident": {"resident-resident": "no"},
            "detail": {"detail-detail": "stale"},
            "last": {},
        }
    )
    assert state.applicable_names == ["resident", "last"]
    assert "detail" not in state.answers
    assert state.complete


def test_an_invalid_answer_is_the_first_that_needs_an_answer_and_conditions_see_nothing():
    state = run({"resident": {"resident-resident": "perhaps"}, "last": {}})
    assert state.first_needing_answer == "resident"
    assert "resident" in state.invalid
    # The unanswered step contributes nothing, so the branch that depends on it is off.
    assert state.applicable_names == ["resident", "last"]
    assert not state.complete


class ReasonsForm(StepForm):
    """A page that asks only about what an earlier page chose."""

    reason = RadiosField(
        label="Which?", choices=[("a", "A"), ("b", "B")], error_required="Select one"
    )

    def __init__(self, *args, allowed=("a", "b"), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = [
            c for c in self.fields["reason"].choices if c[0] in allowed
        ]


def allowed_by_the_resident_answer(answers):
    return {"allowed": ("a",) if answers.get("resident") == "yes" else ("b",)}


STEPS_WITH_KWARGS = (
    Step("resident", "Resident", ResidentForm),
    Step("reason", "Reason", ReasonsForm, form_kwargs=allowed_by_the_resident_answer),
)


def test_a_steps_form_is_given_arguments_from_the_answers_before_it():
    state = walk_data(
        STEPS_WITH_KWARGS,
        {"resident": {"resident-resident": "yes"}, "reason": {"reason-reason": "b"}},
    )
    assert state.answers_before["reason"] == {"resident": "yes"}
    assert state.first_needing_answer == "reason"  # "b" is not allowed for a resident

    state = walk_data(
        STEPS_WITH_KWARGS,
        {"resident": {"resident-resident": "no"}, "reason": {"reason-reason": "b"}},
    )
    assert state.complete
    assert state.answers["reason"] == "b"

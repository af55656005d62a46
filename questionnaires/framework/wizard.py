"""The wizard every questionnaire runs on: django-formtools' NamedUrlSessionWizardView,
so each step has its own URL and the browser's Back button works, with the parts
formtools leaves weak made safe:

- which steps apply is worked out in one pass over the stored answers (:func:`walk`), so
  answers of a step that a later change made irrelevant are never fed to the rules, and
  they are dropped from storage as soon as the change is saved;
- a URL for a step that does not apply, or that lies beyond the first unanswered step,
  redirects to the first step that needs an answer (tampered, skipped or expired steps);
- "Back" and "Save and finish later" keep what was typed on the page, valid or not
  (formtools issue 284 drops it);
- a "Check your answers" page, whose "Change" links return to the review once the
  changed answer, and any question it brings into play, is answered (issue 105);
- each intake has its own storage slot, so two tabs never share answers (issue 126);
- only a step's own fields are stored, never the CSRF token or button names (issue 120
  is avoided by reading answers from validated forms, never from raw storage).
"""

from __future__ import annotations

from collections import OrderedDict

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from formtools.wizard.views import NamedUrlSessionWizardView

from questionnaires.audit import AuditEvent, record_event
from questionnaires.models import CaseRecord

from .answers import to_json
from .registry import Questionnaire
from .rendering import error_summary
from .screening import Walk, determine, walk

REVIEW = "review"

ACTION_CONTINUE = "continue"
ACTION_BACK = "back"
ACTION_SAVE_DRAFT = "save_draft"
ACTION_ADD_ROW = "add_row"
ACTIONS = {ACTION_BACK, ACTION_SAVE_DRAFT, ACTION_ADD_ROW}


class QuestionnaireWizard(NamedUrlSessionWizardView):
    questionnaire: Questionnaire = None
    template_name = "questionnaires/step.html"
    review_template_name = "questionnaires/review.html"
    storage_name = "questionnaires.framework.storage.IntakeStorage"
    _state: Walk | None = None
    _stored_forms: dict | None = None

    @classmethod
    def for_questionnaire(cls, questionnaire: Questionnaire):
        return cls.as_view(
            form_list=[(step.name, step.form_class) for step in questionnaire.intake_steps],
            url_name="questionnaires:step",
            done_step_name=REVIEW,
            questionnaire=questionnaire,
        )

    # Set-up ----------------------------------------------------------------------------

    def dispatch(self, request, *args, **kwargs):
        self.intake = kwargs["intake"]
        self.record = CaseRecord.objects.filter(pk=self.intake).first()
        if self.record is not None:
            if (
                self.record.created_by_id != request.user.pk
                or self.record.questionnaire != self.questionnaire.slug
            ):
                raise Http404("No such case record")
            if self.record.is_complete:
                # A finished intake (or a replayed POST after finishing) shows its result.
                return redirect(self.record)
        return super().dispatch(request, *args, **kwargs)

    def get_prefix(self, request, *args, **kwargs):
        return f"{self.questionnaire.slug}_{kwargs['intake'].hex}"

    def get_step_url(self, step):
        return reverse(
            self.url_name,
            kwargs={"slug": self.questionnaire.slug, "intake": self.intake, "step": step},
        )

    def _restore_draft(self):
        """A saved draft opened in a session that has no answers for it (another day,
        another browser) picks up where it was left."""
        has_answers = self.storage.data[self.storage.step_data_key]
        if self.record is not None and not has_answers and self.record.wizard_state:
            self.storage.load(self.record.wizard_state)
            record_event(self.request.user, AuditEvent.Action.RESUMED, self.record)

    # Which steps apply ---------------------------------------------------------------

    @property
    def state(self) -> Walk:
        if self._state is None:
            self._state = walk(self.questionnaire.intake_steps, self._stored_form)
        return self._state

    def _stored_form(self, step, answers_before):
        data = self.storage.get_step_data(step.name)
        if data is None:
            return None
        # A POST walks the steps again once the step is saved: reuse, within the request,
        # the forms whose answers (and earlier answers) did not change instead of
        # validating every step twice.
        if self._stored_forms is None:
            self._stored_forms = {}
        # Compared with the stored data, not the form's: a form may rearrange its data
        # (keyed rows).
        cached = self._stored_forms.get(step.name)
        if cached is not None and cached[:2] == (answers_before, data):
            return cached[2]
        form = self.get_form(step.name, data=data, answers_before=answers_before)
        self._stored_forms[step.name] = (answers_before, data, form)
        return form

    def get_form_list(self):
        return OrderedDict((step.name, step.form_class) for step in self.state.applicable)

    def get_form(self, step=None, data=None, files=None, answers_before=None):
        step = step or self.steps.current
        if answers_before is None:
            answers_before = self.state.answers_before.get(step, {})
        form_class = self.form_list[step]
        kwargs = self.get_form_kwargs(step)
        kwargs.update(data=data, files=files, prefix=self.get_form_prefix(step, form_class))
        kwargs.update(self.questionnaire.step(step).kwargs_for(answers_before))
        kwargs.setdefault("initial", self.get_form_initial(step))
        return form_class(**kwargs)

    def _may_open(self, step: str) -> bool:
        """A step may be shown if it applies and every step before it is answered."""
        names = self.state.applicable_names
        if step not in names:
            return False
        first = self.state.first_needing_answer
        return first is None or names.index(step) <= names.index(first)

    def _resume_step(self) -> str:
        return self.state.first_needing_answer or REVIEW

    def _goto(self, step: str):
        if step != REVIEW:
            self.storage.current_step = step
        return redirect(self.get_step_url(step))

    # GET ---------------------------------------------------------------------------------

    def get(self, request, *args, **kwargs):
        self._restore_draft()
        step = kwargs.get("step")
        if step == REVIEW:
            if not self.state.complete:
                return self._goto(self.state.first_needing_answer)
            self.storage.set_extra("reviewing", True)
            return self.render_review()
        if step not in self.form_list or not self._may_open(step):
            return self._goto(self._resume_step())
        self.storage.current_step = step
        unsaved = self.storage.pop_extra(f"unsaved:{step}")
        data = MultiValueDict(unsaved) if unsaved is not None else self.storage.get_step_data(step)
        return self.render(self.get_form(step, data=data))

    # POST --------------------------------------------------------------------------------

    def post(self, request, *args, **kwargs):
        self._restore_draft()
        step = kwargs.get("step")
        if step == REVIEW:
            return self.finish()
        if step not in self.form_list or not self._may_open(step):
            return self._goto(self._resume_step())
        self.storage.current_step = step
        action = request.POST.get("wizard_action", ACTION_CONTINUE)
        if action not in ACTIONS or (
            action == ACTION_ADD_ROW and not self.questionnaire.step(step).rows_can_be_added
        ):
            action = ACTION_CONTINUE

        form = self.get_form(step, data=request.POST)
        own_data = self._own_data(step)
        if form.is_valid():
            if action == ACTION_ADD_ROW:
                own_data = self._with_extra_row(step, own_data)
            self._save_step(step, own_data)
        elif action in (ACTION_BACK, ACTION_SAVE_DRAFT):
            # Keep what was typed, to show again (with its errors) when staff return.
            self.storage.set_extra(f"unsaved:{step}", own_data)
        else:
            return self.render(form)

        if action == ACTION_BACK:
            return self._goto(self._previous_step(step))
        if action == ACTION_SAVE_DRAFT:
            return self.save_draft()
        if action == ACTION_ADD_ROW:
            return self._goto(step)
        return self._goto(self._next_step(step))

    def _own_data(self, step: str) -> dict[str, list[str]]:
        """The posted values of this step's own fields (its prefix), nothing else. Null
        characters are dropped: no answer may hold one, and PostgreSQL cannot store one in
        a draft's JSON."""
        prefix = f"{self.get_form_prefix(step)}-"
        return {
            key.replace("\x00", ""): [value.replace("\x00", "") for value in values]
            for key, values in self.request.POST.lists()
            if key.startswith(prefix)
        }

    def _with_extra_row(self, step: str, data: dict) -> dict:
        key = f"{self.get_form_prefix(step)}-TOTAL_FORMS"
        # The last value, as the (valid) formset read it: a forged post may repeat the key.
        total = int(data.get(key, ["0"])[-1])
        return {**data, key: [str(min(total + 1, self.form_list[step].max_num))]}

    def _save_step(self, step: str, data: dict):
        self.storage.set_step_data(step, data)
        self.storage.pop_extra(f"unsaved:{step}")
        self._state = None
        # Answers of steps this change made irrelevant are dropped, so they can neither
        # reach the rules nor reappear pre-filled if the branch comes back.
        applicable = set(self.state.applicable_names)
        for stored in list(self.storage.data[self.storage.step_data_key]):
            if stored not in applicable:
                self.storage.forget_step(stored)

    def _previous_step(self, step: str) -> str:
        names = self.state.applicable_names
        if step in names and names.index(step) > 0:
            return names[names.index(step) - 1]
        return step

    def _next_step(self, step: str) -> str:
        if self.storage.extra_data.get("reviewing"):
            # Changing an answer from the review: back to it, unless the change brought
            # a new question into play.
            return self._resume_step()
        names = self.state.applicable_names
        index = names.index(step)
        if index + 1 < len(names):
            return names[index + 1]
        return self._resume_step()

    # Rendering ---------------------------------------------------------------------------

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        step = self.questionnaire.step(self.steps.current)
        names = self.state.applicable_names
        single = not step.is_formset and len(form.fields) == 1
        context.update(
            questionnaire=self.questionnaire,
            step=step,
            is_formset=step.is_formset,
            single_question=next(iter(form)) if single else None,
            step_number=names.index(step.name) + 1,
            step_count=len(names),
            is_first_step=names.index(step.name) == 0,
            errors=error_summary(form),
            reviewing=bool(self.storage.extra_data.get("reviewing")),
        )
        return context

    def render_review(self):
        context = {
            "questionnaire": self.questionnaire,
            "sections": [
                (step, answers, self.get_step_url(step.name))
                for step, answers in self.state.in_words()
            ],
            "review_url": self.get_step_url(REVIEW),
        }
        return TemplateResponse(self.request, self.review_template_name, context)

    # Finishing ---------------------------------------------------------------------------

    def _record_fields(self) -> dict:
        answers = self.state.answers
        return {
            "client_reference": answers.get("client_reference") or "",
            "answers": to_json({k: v for k, v in answers.items() if k != "client_reference"}),
            "answers_in_words": [
                {"step": a.step, "field": a.field, "question": a.question, "answer": a.answer}
                for _, section in self.state.in_words()
                for a in section
            ],
        }

    def save_draft(self):
        fields = {
            **self._record_fields(),
            "status": CaseRecord.Status.DRAFT,
            "wizard_state": self.storage.dump(),
        }
        self._save_record(fields)
        messages.success(
            self.request,
            "Draft saved. You can finish it later from your case list.",
        )
        return redirect("questionnaires:case_list")

    def finish(self):
        if not self.state.complete:
            return self._goto(self.state.first_needing_answer)
        determination = determine(self.questionnaire, self.state.answers, timezone.localdate())
        fields = {
            **self._record_fields(),
            "status": CaseRecord.Status.COMPLETE,
            "wizard_state": {},
            "determination": determination.to_dict(),
            "outcome": determination.outcome,
            "rules_version": self.questionnaire.rules_version,
            "law_as_of": self.questionnaire.law_as_of,
            "completed_at": timezone.now(),
        }
        return redirect(self._save_record(fields))

    def _save_record(self, fields: dict) -> CaseRecord:
        """Create or update this intake's case record, with its audit event, and clear the
        intake from the session: from now on the record holds it."""
        with transaction.atomic():
            record, created = CaseRecord.objects.update_or_create(
                pk=self.intake,
                defaults=fields,
                create_defaults={
                    **fields,
                    "questionnaire": self.questionnaire.slug,
                    "created_by": self.request.user,
                },
            )
            action = AuditEvent.Action.CREATED if created else AuditEvent.Action.CHANGED
            record_event(self.request.user, action, record)
        self.storage.reset()
        return record

"""The wizard every questionnaire runs on: django-formtools' NamedUrlWizardView, so each
step has its own URL and the browser's Back button works, with the parts formtools leaves
weak made safe:

- the intake's state lives in its draft case record (:class:`RecordStorage`), saved as
  each page is sent, so a new sign-in, the idle sign-out or another browser picks it up
  where it was and the case list shows it; the session holds only the ids it issued;
- every write is made under a row lock on the record, filtered by its owner, and only
  on the version it read (compare-and-set); a completed record is never written again;
- each page carries a fingerprint of the answers it was built from: a page sent after
  another tab or session changed those answers is refused with a message, so a result
  is only ever saved on the answers the user confirmed on "Check your answers";
- which steps apply is worked out in one pass over the stored answers (:func:`walk_kept`:
  the result of each step is kept with the draft, so a request validates only the steps
  whose data or form arguments changed, and a page costs the same wherever it is), so
  answers of a step that a change made irrelevant never reach the rules or the record;
  they are kept (the user is told how many first) and come back if the step applies
  again, marked for review;
- a URL for a step that does not apply, or that lies beyond the first unanswered step,
  redirects to the first step that needs an answer (tampered, skipped or expired steps);
- "Back" and "Save and finish later" keep what was typed on the page, valid or not
  (formtools issue 284 drops it); a page shows errors only in answer to its own
  submission, and then after a redirect (Post/Redirect/Get), so the browser's Back works;
- a "Check your answers" page, whose "Change" links return to the review once the
  changed answer, and any question it brings into play, is answered (issue 105);
- each intake has its own record, so two tabs never share answers (issue 126);
- only a step's own fields are stored, never the CSRF token or button names (issue 120
  is avoided by reading answers from validated forms, never from raw storage).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import OrderedDict

from django import forms
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.db.models import F
from django.forms.utils import ErrorDict
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from formtools.wizard.views import NamedUrlWizardView

from questionnaires.audit import AuditEvent, record_event
from questionnaires.deadlines import record_deadlines
from questionnaires.models import CaseRecord

from .answers import to_json
from .determination import Determination
from .encoding import form_data
from .registry import Questionnaire
from .rendering import error_summary
from .screening import Walk, determine, walk, walk_basis, walk_data, walk_kept
from .what_would_change import explain
from .why_we_ask import why_we_ask

REVIEW = "review"

ACTION_CONTINUE = "continue"
ACTION_BACK = "back"
ACTION_SAVE_DRAFT = "save_draft"
ACTION_ADD_ROW = "add_row"
ACTIONS = {ACTION_BACK, ACTION_SAVE_DRAFT, ACTION_ADD_ROW}

#: The hidden field with the fingerprint of the answers a page was built from.
FINGERPRINT_FIELD = "intake_fingerprint"
#: The hidden field with which staff confirm a change that leaves answers unused.
CONFIRM_UNUSED_FIELD = "confirm_unused"

#: In the session: the intake ids this session was issued (at most ISSUED_KEPT) that
#: have no record yet, and, by intake and step, what the next view of that step must say
#: (its errors, or the answers a change would leave unused). Never an answer.
ISSUED_KEY = "issued_intakes"
ISSUED_KEPT = 20
NOTICE_KEY = "intake_notices"
NOTICES_KEPT = 20

CHANGED_ELSEWHERE = (
    "This page was changed in another tab or session after you opened it, so what you "
    "sent was not saved. It now shows the answers saved there: check them and continue."
)
REVIEW_CHANGED_ELSEWHERE = (
    "The answers were changed in another tab or session after you opened this page, so no "
    "result was saved. Check the answers below as they are now, then confirm again."
)


def issue_intake(request) -> uuid.UUID:
    """A new intake id, noted in this session: only this session may start its record."""
    intake = uuid.uuid4()
    issued = request.session.get(ISSUED_KEY, [])
    request.session[ISSUED_KEY] = [*issued, str(intake)][-ISSUED_KEPT:]
    return intake


def fingerprint(value) -> str:
    """A short digest of JSON-able answers: equal answers give equal fingerprints."""
    text = json.dumps(to_json(value), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def without_errors(form: forms.BaseForm | forms.BaseFormSet):
    """The form as typed but with no error shown: a page shows errors only in answer to
    its own submission, not when staff come back to it (after Back, a change elsewhere,
    or resuming a draft). Validation runs, then its messages are set aside."""
    if isinstance(form, forms.BaseFormSet):
        form.full_clean()
        for row in form.forms:
            row._errors = ErrorDict()
        form._errors = [row._errors for row in form.forms]
        form._non_form_errors = form.error_class(error_class="nonform", renderer=form.renderer)
    else:
        form.full_clean()
        form._errors = ErrorDict()
    return form


def amendment_state(questionnaire: Questionnaire, record: CaseRecord) -> dict:
    """The wizard state of a new version of a finished record: its answers, page by
    page, as the pages would send them, to change and confirm again."""
    answers = {"client_reference": record.client_reference, **record.answers}
    step_data = {}
    for step in questionnaire.intake_steps:
        if any(name in answers for name in step.field_names()):
            data = form_data(step, answers)
            step_data[step.name] = {
                key: value if isinstance(value, list) else [value] for key, value in data.items()
            }
    return {"step": None, "step_data": step_data, "extra_data": {"reviewing": True}}


class Conflict(Exception):
    """The record changed (or was finished) since this request read it."""


class QuestionnaireWizard(NamedUrlWizardView):
    questionnaire: Questionnaire = None
    template_name = "questionnaires/step.html"
    review_template_name = "questionnaires/review.html"
    storage_name = "questionnaires.framework.storage.RecordStorage"
    _state: Walk | None = None
    _prepared: tuple | None = None
    #: Whether this request saved a change to an answer (audited as a change).
    _answers_changed = False

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
        if request.method == "POST":
            if kwargs.get("step") == REVIEW:
                # The result and what would change it (the rules run many times) are worked
                # out before the row is locked, and used only if the answers are still the
                # same once it is.
                self._prepared = self._prepare_result()
            # One POST at a time per intake: the record's row stays locked until the
            # request's write is committed.
            with transaction.atomic():
                return super().dispatch(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.intake = kwargs["intake"]

    def _open_record(self):
        """This user's record of this intake, if it has one yet (locked for a POST); 404
        for an id that is neither this user's record nor issued to this session.

        An id still in the session's issued list has no record: the list drops it when
        its record is created, so no query is made. Should the list be stale (another
        request of the session started the record meanwhile), creating the record again
        conflicts, and :meth:`_write` then drops the id, so the next request reads it."""
        if str(self.intake) in self.request.session.get(ISSUED_KEY, []):
            return None
        # A draft's answers are kept in its state: the columns its answers and result are
        # copied into are written here, never read (each is decrypted when read, and a
        # late page's are the largest).
        records = CaseRecord.objects.filter(pk=self.intake, created_by=self.request.user).defer(
            "answers", "answers_in_words", "determination"
        )
        if self.request.method == "POST":
            records = records.select_for_update()
        try:
            # get(), not first(): a key names one row, and first() would order by it.
            record = records.get()
        except CaseRecord.DoesNotExist:
            raise Http404("No such intake") from None
        if record.questionnaire != self.questionnaire.slug:
            raise Http404("No such case record")
        self.storage.load(record.wizard_state)
        return record

    def get_prefix(self, request, *args, **kwargs):
        return f"{self.questionnaire.slug}_{kwargs['intake'].hex}"

    def get_step_url(self, step):
        return reverse(
            self.url_name,
            kwargs={"slug": self.questionnaire.slug, "intake": self.intake, "step": step},
        )

    # Which steps apply ---------------------------------------------------------------

    @property
    def state(self) -> Walk:
        if self._state is None:
            basis = walk_basis(self.questionnaire)
            kept = self.storage.kept_walk
            self._keep(
                walk_kept(
                    self.questionnaire.intake_steps,
                    lambda step: self.storage.raw_step_data(step.name),
                    self._stored_form,
                    kept["steps"] if kept.get("basis") == basis else {},
                ),
                basis,
            )
        return self._state

    def _keep(self, state: Walk, basis: str | None = None):
        """Use ``state`` from now on, and keep its results with the intake's draft (saved
        with the next write: a GET never writes), so that the next request validates only
        the steps whose data changed."""
        self._state = state
        basis = basis or self.storage.kept_walk["basis"]
        self.storage.kept_walk = {"basis": basis, "steps": state.kept}

    def _stored_form(self, step, answers_before):
        data = self.storage.get_step_data(step.name)
        return self.get_form(step.name, data=data, answers_before=answers_before)

    def get_form_list(self):
        return OrderedDict((step.name, step.form_class) for step in self.state.applicable)

    def get_form(self, step=None, data=None, files=None, answers_before=None):
        step = step or self.steps.current
        if answers_before is None:
            answers_before = self.state.answers_before.get(step, {})
        form_class = self.questionnaire.step(step).form_class
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
        return redirect(self.get_step_url(step))

    def _step_fingerprint(self, step: str) -> str:
        """What a step's page was built from: the answers before it (their digest, as the
        walk chains them) and its own."""
        return fingerprint(
            [step, self.state.digests_before.get(step, ""), self.storage.raw_step_data(step)]
        )

    def _review_fingerprint(self) -> str:
        return fingerprint(self.state.answers)

    # Notices for the next view of a step (in the session: no answers) -----------------

    def _notice_key(self, step: str) -> str:
        return f"{self.intake}:{step}"

    def _set_notice(self, step: str, kind: str, **details):
        """Keyed by intake and step: a page of another intake or step, opened in another
        tab meanwhile, neither sees nor uses it up."""
        notices = self.request.session.get(NOTICE_KEY, {})
        notices.pop(self._notice_key(step), None)
        # The oldest go first: a notice whose page was never opened again is not kept.
        kept = list(notices.items())[-(NOTICES_KEPT - 1) :]
        self.request.session[NOTICE_KEY] = {
            **dict(kept),
            self._notice_key(step): {"kind": kind, **details},
        }

    def _pop_notice(self, step: str) -> dict:
        notices = self.request.session.get(NOTICE_KEY, {})
        notice = notices.pop(self._notice_key(step), None)
        if notice is None:
            return {}
        self.request.session[NOTICE_KEY] = notices
        return notice

    # GET ---------------------------------------------------------------------------------

    def get(self, request, *args, **kwargs):
        self.record = self._open_record()
        if self.record is not None and self.record.is_complete:
            return redirect(self.record)
        step = kwargs.get("step")
        if step is None and self.record is not None:
            # Opened from the case list or the draft's page ("Continue this screening").
            record_event(request.user, AuditEvent.Action.RESUMED, self.record)
        if step == REVIEW:
            if not self.state.complete:
                return self._goto(self.state.first_needing_answer)
            self._note_reviewing()
            return self.render_review()
        if step not in self.form_list or not self._may_open(step):
            return self._goto(self._resume_step())
        self.storage.current_step = step
        notice = self._pop_notice(step)
        unsaved = self.storage.extra_data.get(f"unsaved:{step}")
        data = MultiValueDict(unsaved) if unsaved is not None else self.storage.get_step_data(step)
        form = self.get_form(step, data=data)
        if data is not None and notice.get("kind") != "errors":
            without_errors(form)
        return self.render(
            form, unused_answers=notice.get("count", 0), confirm_unused=notice.get("confirm")
        )

    # POST --------------------------------------------------------------------------------

    def post(self, request, *args, **kwargs):
        self.record = self._open_record()
        if self.record is not None and self.record.is_complete:
            # A finished intake (or a replayed POST after finishing) shows its result.
            return redirect(self.record)
        step = kwargs.get("step")
        if step == REVIEW:
            return self.finish()
        action = request.POST.get("wizard_action", ACTION_CONTINUE)
        if action not in ACTIONS or (
            action == ACTION_ADD_ROW and not self.questionnaire.step(step).rows_can_be_added
        ):
            action = ACTION_CONTINUE
        if step not in self.form_list or not self._may_open(step):
            return self._refuse_closed_step(step)
        if request.POST.get(FINGERPRINT_FIELD) != self._step_fingerprint(step):
            own_data = self._own_data(step)
            if action == ACTION_ADD_ROW:
                own_data = self._with_extra_row(step, own_data)
            if own_data == self.storage.raw_step_data(step):
                # The same answers sent twice (a double click): already saved; answer as
                # the first click was answered.
                return self._after_saving(step, action)
            messages.error(request, CHANGED_ELSEWHERE)
            return self._goto(step)
        self.storage.current_step = step

        form = self.get_form(step, data=request.POST)
        own_data = self._own_data(step)
        if form.is_valid():
            if action == ACTION_ADD_ROW:
                own_data = self._with_extra_row(step, own_data)
            unused = self._save_step(step, own_data)
            if unused:
                # Say how many answers the change leaves unused before making it.
                self.storage.set_extra(f"unsaved:{step}", own_data)
                self._set_notice(step, "unused", **unused)
                return self._write_or_refuse(step, lambda: self._goto(step))
        else:
            # Keep what was typed, to show again; with its errors only if it was sent
            # to continue (after a redirect, so the browser's Back lands on a page).
            self.storage.set_extra(f"unsaved:{step}", own_data)
            if action not in (ACTION_BACK, ACTION_SAVE_DRAFT):
                self._set_notice(step, "errors")
                return self._write_or_refuse(step, lambda: self._goto(step))
        return self._write_or_refuse(step, lambda: self._after_saving(step, action))

    def _after_saving(self, step: str, action: str):
        """Where a page goes once what it sent is saved: the button decides."""
        if action == ACTION_BACK:
            return self._goto(self._previous_step(step))
        if action == ACTION_SAVE_DRAFT:
            return self._draft_saved()
        if action == ACTION_ADD_ROW:
            return self._goto(step)
        return self._goto(self._next_step(step))

    def _refuse_closed_step(self, step: str):
        """A page sent after an earlier change (in this or another tab) closed it: it no
        longer applies, or a page that now needs an answer comes before it. The user is
        told which; what they typed on a page that still applies is kept, not saved, and
        shown again when they reach it."""
        resume = self._resume_step()
        if step not in self.questionnaire.step_names or self.record is None:
            # No page of this intake could have been shown for it: nothing to keep.
            return self._goto(resume)
        title = self.questionnaire.step(step).title
        if step not in self.state.applicable_names:
            messages.warning(
                self.request,
                f"An earlier answer was changed (in this or another tab), so the page "
                f"“{title}” no longer applies. What you sent on it was not used.",
            )
            return self._goto(resume)
        # The step applies, so a step before it needs an answer first.
        first = self.questionnaire.step(resume).title
        warning = (
            f"An earlier answer was changed (in this or another tab), so “{first}” must be "
            f"answered first. What you sent on “{title}” is kept but not saved yet: it is "
            "shown again when you reach that page."
        )
        self.storage.set_extra(f"unsaved:{step}", self._own_data(step))
        return self._write_or_refuse(step, lambda: self._warn_and_go(warning, resume))

    def _warn_and_go(self, warning: str, step: str):
        messages.warning(self.request, warning)
        return self._goto(step)

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
        # The last value, as the formset reads it: a forged post may repeat the key.
        total = data.get(key, ["0"])[-1]
        if not total.isdigit():
            # A forged count (the formset refuses it): no row to add.
            return data
        total = int(total)
        return {
            **data,
            key: [str(min(total + 1, self.questionnaire.step(step).form_class.max_num))],
        }

    def _save_step(self, step: str, data: dict) -> dict:
        """Store a step's valid answers, unless the change leaves answers of other steps
        unused (they stop applying) and staff have not confirmed that very change yet:
        then nothing changes and what the warning needs is returned (how many answers,
        and the confirmation bound to the step, the data sent and the pages left
        unused). Unused answers are kept; answers of steps that apply again come back,
        marked for review."""
        before = self.state
        previous = self.storage.raw_step_data(step)
        self.storage.set_step_data(step, data)
        # Only this step's data changed: the steps before it are as the walk left them.
        after = walk_kept(
            self.questionnaire.intake_steps,
            lambda each: self.storage.raw_step_data(each.name),
            self._stored_form,
            before.kept,
            resume=(before, step),
        )
        self._keep(after)
        counts_before, counts_after = before.answer_counts(), after.answer_counts()
        applicable_after = set(after.applicable_names)
        left_unused = [
            (name, count)
            for name, count in counts_before.items()
            if name not in applicable_after and count
        ]
        if left_unused:
            confirm = fingerprint([step, data, [name for name, _ in left_unused]])
            if self.request.POST.get(CONFIRM_UNUSED_FIELD) != confirm:
                self.storage.restore_step_data(step, previous)
                self._keep(before)
                return {"count": sum(n for _, n in left_unused), "confirm": confirm}
        self.storage.pop_extra(f"unsaved:{step}")
        self._answers_changed = before.answers_as_json() != after.answers_as_json()
        applicable_before = set(before.applicable_names)
        restored = [name for name in counts_after if name not in applicable_before]
        if restored:
            count = sum(counts_after[name] for name in restored)
            messages.info(
                self.request,
                f"{count} earlier answer{'s' if count != 1 else ''} that apply again "
                "came back. Check them: they are marked on “Check your answers”.",
            )
        marked = [name for name in self.storage.extra_data.get("restored", []) if name != step]
        marked += [name for name in restored if name not in marked]
        if marked:
            self.storage.set_extra("restored", marked)
        else:
            self.storage.pop_extra("restored")
        return {}

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
            why_we_ask=why_we_ask(self.questionnaire, step),
            reviewing=bool(self.storage.extra_data.get("reviewing")),
            fingerprint=self._step_fingerprint(step.name),
            fingerprint_field=FINGERPRINT_FIELD,
            confirm_unused_field=CONFIRM_UNUSED_FIELD,
        )
        return context

    def render_review(self):
        restored = set(self.storage.extra_data.get("restored", []))
        context = {
            "questionnaire": self.questionnaire,
            "sections": [
                (step, answers, self.get_step_url(step.name), step.name in restored)
                for step, answers in self.state.in_words()
            ],
            "review_url": self.get_step_url(REVIEW),
            "fingerprint": self._review_fingerprint(),
            "fingerprint_field": FINGERPRINT_FIELD,
        }
        return TemplateResponse(self.request, self.review_template_name, context)

    # Saving ------------------------------------------------------------------------------

    def _record_fields(self) -> dict:
        return record_fields(self.state)

    def _note_reviewing(self):
        """From the first view of the review on, a changed answer leads back to it. Saved
        only if the record is still as this request read it; not an answer, so not
        audited."""
        if self.storage.extra_data.get("reviewing") or self.record is None:
            return
        self.storage.set_extra("reviewing", True)
        CaseRecord.objects.filter(
            pk=self.record.pk, status=CaseRecord.Status.DRAFT, version=self.record.version
        ).update(
            wizard_state=self.storage.dump(), version=F("version") + 1, updated_at=timezone.now()
        )

    def _write_or_refuse(self, step: str, then):
        """Save the intake's draft, then answer with ``then()``; if another request wrote
        first, nothing is saved and the page is shown again with what is saved now."""
        try:
            self._write(
                {
                    **self._record_fields(),
                    "status": CaseRecord.Status.DRAFT,
                    "wizard_state": self.storage.dump(),
                }
            )
        except Conflict:
            messages.error(self.request, CHANGED_ELSEWHERE)
            return self._goto(step)
        return then()

    def _draft_saved(self):
        messages.success(
            self.request,
            "Draft saved. You can finish it later from your case list.",
        )
        return redirect("questionnaires:case_list")

    def _prepare_result(self) -> tuple | None:
        """The result of this user's draft of this intake as saved now, read without a
        lock: (fingerprint of the answers, date, determination, what would change it)."""
        record = (
            CaseRecord.objects.drafts()
            .filter(pk=self.intake, created_by=self.request.user)
            .only("questionnaire", "wizard_state")
            .first()
        )
        if record is None or record.questionnaire != self.questionnaire.slug:
            return None
        saved = (record.wizard_state or {}).get("step_data", {})
        state = walk_data(
            self.questionnaire.intake_steps,
            {step: MultiValueDict(data) for step, data in saved.items()},
        )
        if not state.complete:
            return None
        today = timezone.localdate()
        determination = determine(self.questionnaire, state.answers, today)
        explained = explain(self.questionnaire, state, determination, today)
        return fingerprint(state.answers), today, determination, explained

    def finish(self):
        if not self.state.complete:
            return self._goto(self.state.first_needing_answer)
        if self.request.POST.get(FINGERPRINT_FIELD) != self._review_fingerprint():
            messages.error(self.request, REVIEW_CHANGED_ELSEWHERE)
            return self._goto(REVIEW)
        today = timezone.localdate()
        prepared = self._prepared
        if prepared is not None and prepared[:2] == (self._review_fingerprint(), today):
            determination, explained = prepared[2:]
        else:
            determination = determine(self.questionnaire, self.state.answers, today)
            # What would change it re-binds each page's form: a full walk, with every form
            # (the kept walk has only those it validated in this request).
            full = walk(self.questionnaire.intake_steps, self._stored_form)
            explained = explain(self.questionnaire, full, determination, today)
        fields = completed_record_fields(
            self.questionnaire, self.state, determination, what_would_change=explained
        )
        try:
            self._write(fields, AuditEvent.Action.COMPLETED)
        except Conflict:
            messages.error(self.request, REVIEW_CHANGED_ELSEWHERE)
            return self._goto(REVIEW)
        # The dates the result says someone must act by, in the same transaction.
        record_deadlines(CaseRecord.objects.get(pk=self.record.pk))
        return redirect(self.record)

    def _started(self):
        """The intake has its record: its id is no longer one this session may start."""
        issued = self.request.session.get(ISSUED_KEY, [])
        self.request.session[ISSUED_KEY] = [i for i in issued if i != str(self.intake)]

    def _write(self, fields: dict, action: str | None = None):
        """Create this intake's record, or update it if it is still the draft, of this
        user, at the version this request read (compare-and-set). Audited once: as
        ``action`` if given, else as a change only if an answer changed (a page sent
        with errors, a change not yet confirmed or Back with nothing new is not one)."""
        user = self.request.user
        if self.record is None:
            try:
                with transaction.atomic():
                    self.record = CaseRecord.objects.create(
                        pk=self.intake,
                        questionnaire=self.questionnaire.slug,
                        created_by=user,
                        version=1,
                        **fields,
                    )
            except IntegrityError:
                self._started()
                raise Conflict from None
            self._started()
            record_event(user, AuditEvent.Action.CREATED, self.record)
            return
        written = CaseRecord.objects.filter(
            pk=self.record.pk,
            created_by=user,
            questionnaire=self.questionnaire.slug,
            status=CaseRecord.Status.DRAFT,
            version=self.record.version,
        ).update(**fields, version=F("version") + 1, updated_at=timezone.now())
        if written != 1:
            raise Conflict
        if action is None and self._answers_changed:
            action = AuditEvent.Action.CHANGED
        if action is not None:
            record_event(user, action, self.record)


def record_fields(state: Walk) -> dict:
    """A case record's answers from an intake's walk: the client reference, the answers of
    the steps that applied (as JSON) and each question and answer in words."""
    answers = state.answers_as_json()
    reference = answers.pop("client_reference", None)
    return {
        "client_reference": reference or "",
        "answers": answers,
        "answers_in_words": [
            {"step": a.step, "field": a.field, "question": a.question, "answer": a.answer}
            for _, section in state.in_words()
            for a in section
        ],
    }


def completed_record_fields(
    questionnaire: Questionnaire,
    state: Walk,
    determination: Determination,
    *,
    what_would_change: dict,
) -> dict:
    """Every field of a completed case record: its answers and the result's snapshot,
    stamped with the rules and the law it was screened under (the wizard's "Finish" and
    the API's saved screenings). What would change the result is kept with the snapshot
    (so it is encrypted with it, and reads the same after the rules change)."""
    return {
        **record_fields(state),
        "status": CaseRecord.Status.COMPLETE,
        "wizard_state": {},
        "determination": {**determination.to_dict(), "what_would_change": what_would_change},
        "outcome": determination.outcome,
        "rules_version": questionnaire.rules_version,
        "law_as_of": questionnaire.law_as_of,
        "completed_at": timezone.now(),
    }

"""Wizard storage kept in the intake's draft case record, not in the session.

formtools stores a wizard's state in the session by default: a new sign-in or the idle
sign-out loses it, and two sessions on one intake cannot see each other's answers. Here
the state lives in ``CaseRecord.wizard_state``: the wizard loads it (under a row lock
when it is going to write), changes it in memory for the request, and saves it back with
the record in one compare-and-set write (``QuestionnaireWizard._write``). The session
holds no answers.

Beside formtools' state it keeps the result of the last walk over the steps (which apply,
each step's answers, see :func:`questionnaires.framework.screening.walk_kept`), so that a
request validates only the steps whose data changed.
"""

from __future__ import annotations

from formtools.wizard.storage.base import BaseStorage


class RecordStorage(BaseStorage):
    walk_key = "walk"

    def __init__(self, prefix, request=None, file_storage=None):
        super().__init__(prefix, request, file_storage)
        self.init_data()

    def init_data(self):
        super().init_data()
        self.data[self.walk_key] = {}

    def load(self, state: dict):
        """The state saved with the record. The request changes it only by setting keys of
        its top-level mappings (a step's data, an extra, the kept walk), never a saved
        value in place, so those mappings are copied and the values they hold are not."""
        self.init_data()
        for key in (self.step_key, self.step_data_key, self.extra_data_key, self.walk_key):
            if key in state:
                value = state[key]
                self.data[key] = dict(value) if isinstance(value, dict) else value

    def dump(self) -> dict:
        """The state to save with the record (JSON-serialisable)."""
        return {
            self.step_key: self.data[self.step_key],
            self.step_data_key: self.data[self.step_data_key],
            self.extra_data_key: self.data[self.extra_data_key],
            self.walk_key: self.data[self.walk_key],
        }

    @property
    def kept_walk(self) -> dict:
        """The last walk's results and their basis: ``{"basis": ..., "steps": {...}}``."""
        return self.data[self.walk_key]

    @kept_walk.setter
    def kept_walk(self, value: dict):
        self.data[self.walk_key] = value

    def raw_step_data(self, step: str) -> dict | None:
        """A step's stored form data as saved (lists of values by key), or None."""
        return self.data[self.step_data_key].get(step)

    def restore_step_data(self, step: str, data: dict | None):
        """Put back a step's data as :meth:`raw_step_data` gave it."""
        if data is None:
            self.data[self.step_data_key].pop(step, None)
        else:
            self.data[self.step_data_key][step] = data

    def set_extra(self, key, value):
        self.data[self.extra_data_key][key] = value

    def pop_extra(self, key, default=None):
        return self.data[self.extra_data_key].pop(key, default)

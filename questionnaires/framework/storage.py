"""Wizard storage kept in the intake's draft case record, not in the session.

formtools stores a wizard's state in the session by default: a new sign-in or the idle
sign-out loses it, and two sessions on one intake cannot see each other's answers. Here
the state lives in ``CaseRecord.wizard_state``: the wizard loads it (under a row lock
when it is going to write), changes it in memory for the request, and saves it back with
the record in one compare-and-set write (``QuestionnaireWizard._write``). The session
holds no answers.
"""

from __future__ import annotations

import copy

from formtools.wizard.storage.base import BaseStorage


class RecordStorage(BaseStorage):
    def __init__(self, prefix, request=None, file_storage=None):
        super().__init__(prefix, request, file_storage)
        self.init_data()

    def load(self, state: dict):
        """The state saved with the record (a copy: the request may change it)."""
        self.init_data()
        for key in (self.step_key, self.step_data_key, self.extra_data_key):
            if key in state:
                self.data[key] = copy.deepcopy(state[key])

    def dump(self) -> dict:
        """The state to save with the record (JSON-serialisable)."""
        return {
            self.step_key: self.data[self.step_key],
            self.step_data_key: self.data[self.step_data_key],
            self.extra_data_key: self.data[self.extra_data_key],
        }

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

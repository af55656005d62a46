"""Wizard storage in the session, one slot per intake.

formtools' SessionStorage marks the session modified whenever it is *read*, so every
page view rewrites the session row. This storage marks it modified only when the wizard
changes something, which keeps a plain GET of a step as cheap as any other page.
"""

from formtools.wizard.storage.session import SessionStorage


class IntakeStorage(SessionStorage):
    def _get_data(self):
        return self.request.session[self.prefix]

    def _set_data(self, value):
        self.request.session[self.prefix] = value
        self._changed()

    data = property(_get_data, _set_data)

    def _changed(self):
        self.request.session.modified = True

    def init_data(self):
        super().init_data()
        self._changed()

    def _set_current_step(self, step):
        if self.data[self.step_key] != step:
            self.data[self.step_key] = step
            self._changed()

    def _set_extra_data(self, extra_data):
        super()._set_extra_data(extra_data)
        self._changed()

    def set_step_data(self, step, cleaned_data):
        super().set_step_data(step, cleaned_data)
        self._changed()

    def set_step_files(self, step, files):
        if files:
            super().set_step_files(step, files)
            self._changed()

    def forget_step(self, step):
        """Drop a step's answers (a later change made the step irrelevant)."""
        if self.data[self.step_data_key].pop(step, None) is not None:
            self._changed()

    def set_extra(self, key, value):
        if self.data[self.extra_data_key].get(key) != value:
            self.data[self.extra_data_key][key] = value
            self._changed()

    def pop_extra(self, key, default=None):
        if key in self.data[self.extra_data_key]:
            self._changed()
            return self.data[self.extra_data_key].pop(key)
        return default

    def load(self, state: dict):
        """Restore a saved draft's state into this session."""
        self.init_data()
        for key in (self.step_key, self.step_data_key, self.extra_data_key):
            if key in state:
                self.data[key] = state[key]
        self._changed()

    def dump(self) -> dict:
        """The state to save with a draft (JSON-serialisable)."""
        return {
            self.step_key: self.data[self.step_key],
            self.step_data_key: self.data[self.step_data_key],
            self.extra_data_key: self.data[self.extra_data_key],
        }

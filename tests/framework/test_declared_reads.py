"""Every legal test declared with ``@reads`` declares every answer it names: run each
questionnaire's benchmark flows and the tests' own scenarios, and catch a finding that
names an answer its function did not declare (the "Why we ask" line would miss it)."""

import pytest

from bench.flows import FLOWS
from questionnaires.framework import determination, registry
from questionnaires.framework.encoding import form_data
from questionnaires.framework.screening import determine, walk_data
from questionnaires.framework.what_would_change import variants
from questionnaires.framework.why_we_ask import rules_package

pytestmark = pytest.mark.django_db


@pytest.fixture
def undeclared(monkeypatch):
    found: list[tuple[str, str]] = []
    checked = determination._relying_on

    def names(result, declared):
        if isinstance(result, tuple):
            for item in result:
                names(item, declared)
        elif isinstance(result, determination.Finding):
            found.extend((result.code, n) for n in result.relied_on if n not in declared)

    def check(result, declared):
        names(result, declared)
        return checked(result, declared)

    monkeypatch.setattr(determination, "_relying_on", check)
    return found


@pytest.mark.parametrize("slug", sorted(FLOWS))
def test_findings_name_only_declared_answers(slug, undeclared):
    questionnaire = registry.get(slug)
    assert determination.declared_tests(rules_package(questionnaire))
    for flow in FLOWS[slug]:
        data = {step.name: form_data(step, flow.answers) for step in questionnaire.intake_steps}
        state = walk_data(questionnaire.intake_steps, data)
        assert state.complete, flow.name
        determine(questionnaire, state.answers, _today())
        # And every single change of answer from there.
        for variant in variants(questionnaire, state):
            determine(questionnaire, variant.answers, _today())
    assert not sorted(set(undeclared)), sorted(set(undeclared))


def _today():
    from django.utils import timezone

    return timezone.localdate()

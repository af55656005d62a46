"""Shared fixtures. Django is imported inside the fixtures, so the pure rule tests can run
without it (``pytest -p no:django tests/<questionnaire>/test_rules.py``)."""

import pytest


@pytest.fixture
def staff_user(db):
    from tests.factories import make_user

    return make_user("staff")


@pytest.fixture
def other_staff_user(db):
    from tests.factories import make_user

    return make_user("other-staff")


@pytest.fixture
def supervisor(db):
    from django.contrib.auth.models import Group

    from questionnaires.models import SUPERVISORS_GROUP
    from tests.factories import make_user

    user = make_user("supervisor")
    user.groups.add(Group.objects.get_or_create(name=SUPERVISORS_GROUP)[0])
    return user


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client

import pytest


def make_token(user, name="LegalServer"):
    """A usable token of ``user`` and its secret, as admin creates them."""
    from questionnaires.api.tokens import ApiToken

    token = ApiToken(user=user, name=name)
    key = token.new_key()
    token.save()
    return token, key


@pytest.fixture
def staff_key(staff_user):
    return make_token(staff_user)[1]


@pytest.fixture
def api(client):
    """Calls the API with a token: ``api.get(path, key)``, ``api.post(path, key, body)``."""
    import json

    class Api:
        def get(self, path, key=None, **params):
            headers = {"Authorization": f"Bearer {key}"} if key else {}
            return client.get(path, params, headers=headers)

        def post(self, path, key=None, body=None):
            headers = {"Authorization": f"Bearer {key}"} if key else {}
            return client.post(
                path, json.dumps(body), content_type="application/json", headers=headers
            )

    return Api()

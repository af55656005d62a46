"""Every URL the app answers, from the URL configuration itself, with sample values."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.resolvers import RegexPattern, RoutePattern

from questionnaires.framework import registry
from questionnaires.framework.wizard import REVIEW

SAMPLE_ID = uuid.UUID("6f1c2a4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f")

#: Values for the URL parameters whose value does not branch (admin object ids and so on).
SAMPLES = {
    "pk": str(SAMPLE_ID),
    "intake": str(SAMPLE_ID),
    "object_id": "1",
    "id": "1",
    "content_type_id": "1",
    "app_label": "questionnaires",
    "url": "no-such-page/",
    "token": "no-such-calendar",
    "rest": "no-such-address",
    "kind": "foia-request-letter",
    "file_format": "docx",
}

ROUTE_PARAMETER = re.compile(r"<(?:[^>:]+:)?(\w+)>")
REGEX_GROUP = re.compile(r"\(\?P<(\w+)>[^)]*\)")


@dataclass(frozen=True)
class Url:
    path: str
    name: str  # "namespace:name", or the route for a pattern without a name
    pattern: URLPattern


def all_urls() -> list[Url]:
    """One URL for each pattern; for the questionnaire URLs, one for each registered
    questionnaire and, for the wizard's step URL, one for each of its steps and the review."""
    urls = []
    for chain in _patterns(get_resolver().url_patterns, ()):
        pattern = chain[-1]
        names = [piece.namespace for piece in chain[:-1] if piece.namespace]
        name = ":".join([*names, pattern.name]) if pattern.name else _route(chain)
        for values in _expansions(chain):
            path = "/" + "".join(_fill(piece.pattern, values) for piece in chain)
            match = resolve(path)
            assert match.func is pattern.callback, f"{path} does not reach {name}"
            urls.append(Url(path, name, pattern))
    return urls


def _patterns(patterns, chain):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern.url_patterns, (*chain, pattern))
        else:
            yield (*chain, pattern)


def _route(chain) -> str:
    return "".join(str(piece.pattern) for piece in chain)


def _parameters(chain) -> set[str]:
    names = set()
    for piece in chain:
        regex = ROUTE_PARAMETER if isinstance(piece.pattern, RoutePattern) else REGEX_GROUP
        names |= set(regex.findall(str(piece.pattern)))
    return names


def _expansions(chain):
    parameters = _parameters(chain)
    if "slug" not in parameters:
        yield SAMPLES
        return
    for questionnaire in registry.all_questionnaires():
        values = {**SAMPLES, "slug": questionnaire.slug}
        if "step" not in parameters:
            yield values
            continue
        for step in [*(s.name for s in questionnaire.intake_steps), REVIEW]:
            yield {**values, "step": step}


def _fill(pattern, values) -> str:
    text = str(pattern)
    if isinstance(pattern, RegexPattern):
        text = REGEX_GROUP.sub(lambda m: values[m.group(1)], text).lstrip("^").rstrip("$")
        return text
    return ROUTE_PARAMETER.sub(lambda m: values[m.group(1)], text)

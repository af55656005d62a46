"""The address a request came from. Behind a proxy or load balancer every connection comes
from the proxy, so the client's address is read from the header the trusted proxy sets
(``DJANGO_CLIENT_IP_HEADER``, e.g. X-Forwarded-For), counting ``DJANGO_TRUSTED_PROXY_COUNT``
entries from the right: those the client could not have written. Used by the audit trail
and by django-axes (``AXES_CLIENT_IP_CALLABLE``) to throttle sign-ins per address."""

from django.conf import settings


def client_address(request) -> str:
    header = settings.CLIENT_IP_HEADER
    if header:
        forwarded = [part.strip() for part in request.META.get(header, "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= settings.TRUSTED_PROXY_COUNT:
            return forwarded[-settings.TRUSTED_PROXY_COUNT]
    return request.META.get("REMOTE_ADDR", "")

"""Logging filters that keep client data out of the logs (configured in settings.LOGGING).

This module imports nothing from Django: logging is configured before the apps load.
"""

import logging


class WithoutTemplateContext(logging.Filter):
    """Django's template engine logs, at DEBUG, every variable a template could not resolve,
    with the exception, whose message holds the whole template context: a client's answers
    and result. Keep the message (the variable and template names); drop the exception."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = None
        record.exc_text = None
        return True

import importlib
import importlib.util
import pkgutil

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def create_supervisors_group(sender, using="default", **kwargs):
    """Members of this group see every case record; admins add staff to it."""
    from django.contrib.auth.models import Group

    from .models import SUPERVISORS_GROUP

    Group.objects.using(using).get_or_create(name=SUPERVISORS_GROUP)


class QuestionnairesConfig(AppConfig):
    name = "questionnaires"
    verbose_name = "Casework Guide"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        post_migrate.connect(create_supervisors_group, sender=self)
        from . import (
            audit_signals,
            middleware,  # noqa: F401 (stamps the session's last-seen time at sign-in)
        )

        audit_signals.connect()

        from .documents import registry as documents

        # Each questionnaire package registers itself in its ``wizard`` module, and its
        # drafted documents in its ``documents`` module.
        package = importlib.import_module(self.name)
        for module in pkgutil.iter_modules(package.__path__):
            if module.ispkg and importlib.util.find_spec(f"{self.name}.{module.name}.wizard"):
                importlib.import_module(f"{self.name}.{module.name}.wizard")
                documents.discover(f"{self.name}.{module.name}")

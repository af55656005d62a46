import importlib
import importlib.util
import pkgutil

from django.apps import AppConfig


class QuestionnairesConfig(AppConfig):
    name = "questionnaires"
    verbose_name = "Casework Guide"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Each questionnaire package registers itself in its ``wizard`` module.
        package = importlib.import_module(self.name)
        for module in pkgutil.iter_modules(package.__path__):
            if module.ispkg and importlib.util.find_spec(f"{self.name}.{module.name}.wizard"):
                importlib.import_module(f"{self.name}.{module.name}.wizard")

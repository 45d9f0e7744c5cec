from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeersteunConfig(AppConfig):
    name = "leersteun"
    verbose_name = _("Portaal")

    def ready(self):
        from . import checks, signals  # noqa: F401 - registers the checks, connects the receivers
        from .spreadsheets import protect_wagtail_exports

        protect_wagtail_exports()

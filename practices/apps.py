from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Materialenbank")

    def ready(self):
        from django.conf import settings
        from django.utils.module_loading import import_string

        from . import signals  # noqa: F401 - connects the receivers
        from .filters import CaseFilterSet
        from .search.options import watch

        watch(CaseFilterSet, import_string(settings.PRACTICE_FILTERSET))

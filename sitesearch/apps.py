from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SitesearchConfig(AppConfig):
    """The search of the whole portal, its suggestions, promoted results and query log.

    A high layer: it reads the content apps; none of them imports it."""

    name = "sitesearch"
    verbose_name = _("Zoeken")

    def ready(self):
        from practices.events import searched

        from .log import log_materialenbank_search

        searched.connect(log_materialenbank_search, dispatch_uid="sitesearch-materialenbank-log")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SitesearchConfig(AppConfig):
    """The search of the whole portal, its suggestions, promoted results and query log.

    A high layer: it reads the content apps; none of them imports it."""

    name = "sitesearch"
    verbose_name = _("Zoeken")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished

        from practices.events import searched
        from vocabulary.models import Synonym

        from .log import log_materialenbank_search
        from .suggestions import forget_candidates

        searched.connect(log_materialenbank_search, dispatch_uid="sitesearch-materialenbank-log")
        # What is suggested changes when a page is (un)published or a thesaurus term changes.
        for signal, sender in (
            (page_published, None),
            (page_unpublished, None),
            (post_save, Synonym),
            (post_delete, Synonym),
        ):
            signal.connect(forget_candidates, sender=sender, dispatch_uid=f"suggestions-{signal}")

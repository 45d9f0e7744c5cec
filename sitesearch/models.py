"""The query log: what visitors searched for and how much they found, without personal data."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SearchKind(models.TextChoices):
    PORTAL = "portaal", _("hele portaal")
    MATERIALENBANK = "materialenbank", _("materialenbank")


class LoggedSearch(models.Model):
    """One search as typed (normalised), where, and its number of results. No IP address, user,
    session or time of day: nothing ties a row to a visitor."""

    query = models.CharField(_("zoekopdracht"), max_length=200)
    kind = models.CharField(_("soort zoekopdracht"), max_length=20, choices=SearchKind.choices)
    result_count = models.PositiveIntegerField(_("aantal resultaten"))
    date = models.DateField(_("datum"), default=timezone.localdate)

    class Meta:
        verbose_name = _("zoekopdracht")
        verbose_name_plural = _("zoekopdrachten")
        permissions = [("view_search_report", _("Kan het rapport Zoekopdrachten lezen"))]
        # The report groups the rows of a period; the purge deletes by date.
        indexes = [models.Index(fields=["date", "query"], name="loggedsearch_date_query")]

    def __str__(self):
        return self.query

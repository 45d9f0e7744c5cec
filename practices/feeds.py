"""Atom feeds: new and updated practices, for the whole materialenbank or any selection of it."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from leersteun.absolute_urls import public_url

from .models import PracticePage
from .selection import practice_filterset, selection_query

FEED_ITEMS = 50


class PracticeFeed(Feed):
    """`/materialenbank/feed/?<filters>`: the newest published changes first."""

    feed_type = Atom1Feed

    def get_object(self, request, index_page):
        self.request = request
        self.index_page = index_page
        self.filterset = practice_filterset(
            request.GET, PracticePage.objects.live().public().descendant_of(index_page)
        )
        return index_page

    def title(self, index_page):
        labels = [label for _group, label, _name, _value in self.filterset.active_filters()]
        if q := self.filterset.form.cleaned_data.get("q"):
            labels.insert(0, f"‘{q}’")
        title = _("%(site)s: nieuwe en bijgewerkte praktijken") % {"site": index_page.title}
        return f"{title} ({', '.join(labels)})" if labels else title

    def subtitle(self, index_page):
        return _("De laatst gepubliceerde of bijgewerkte goede praktijken van de materialenbank.")

    def link(self, index_page):
        query = selection_query(self.request.GET)
        return index_page.get_full_url(self.request) + (f"?{query}" if query else "")

    def feed_url(self, index_page):
        return public_url(self.request.get_full_path(), self.request)

    def items(self, index_page):
        return self.filterset.qs.order_by("-last_published_at", "-pk").prefetch_related(
            "core_activities", "care_phases", "education_levels", "tags"
        )[:FEED_ITEMS]

    def item_title(self, practice):
        return practice.title

    def item_description(self, practice):
        return practice.summary

    def item_link(self, practice):
        return practice.get_full_url(self.request)

    def item_pubdate(self, practice):
        return practice.first_published_at

    def item_updateddate(self, practice):
        return practice.last_published_at

    def item_categories(self, practice):
        return [
            *(activity.name for activity in practice.core_activities.all()),
            *(phase.name for phase in practice.care_phases.all()),
            *(level.name for level in practice.education_levels.all()),
            *(tag.name for tag in practice.tags.all()),
        ]

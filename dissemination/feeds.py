"""Atom feed of study days (upcoming and recent) at /studiedagen/feed/."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from .models.studydays import FEED_RECENT_DAYS


class StudyDayFeed(Feed):
    feed_type = Atom1Feed
    language = "nl-BE"

    def __init__(self, index):
        super().__init__()
        self.index = index

    def title(self):
        return _("Studiedagen · Leersteun materialenbank")

    def subtitle(self):
        return _(
            "Komende en recente studiedagen over consultatieve leerlingenbegeleiding, HGA en HGD."
        )

    def link(self):
        return self.index.url

    def feed_url(self):
        return self.index.feed_url()

    def items(self):
        since = timezone.localdate() - datetime.timedelta(days=FEED_RECENT_DAYS)
        return self.index.study_days().filter(date__gte=since).order_by("-date", "-pk")

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        when = date_format(item.date, "l j F Y")
        where = item.venue or _("online")
        return f"{when}, {where}. {strip_tags(item.intro)}"

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_categories(self, item):
        return [item.get_track_display()]

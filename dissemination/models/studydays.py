"""Study days (studiedagen): a programme of sessions presenting practices, and registrations."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet

from practices.visibility import public_pages, restricted_paths

# How many days after a study day the feed still lists it as a recent day.
FEED_RECENT_DAYS = 180


class Track(models.TextChoices):
    PRACTICE = "praktijk", _("praktijk — CLB-medewerkers")
    POLICY = "beleid", _("beleid — directies en beleidsmedewerkers")
    BOTH = "beide", _("praktijk en beleid")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "bevestigd", _("bevestigd")
    WAITLISTED = "wachtlijst", _("wachtlijst")
    CANCELLED = "geannuleerd", _("geannuleerd")


class Role(models.TextChoices):
    CLB_STAFF = "clb-medewerker", _("CLB-medewerker")
    DIRECTOR = "directie", _("directie")
    POLICY = "beleidsmedewerker", _("beleidsmedewerker")
    CARE_COORDINATOR = "zorgcoordinator", _("zorgcoördinator of leraar")
    OTHER = "andere", _("andere")


class MaterialKind(models.TextChoices):
    SLIDES = "slides", _("presentatie")
    RECORDING = "opname", _("opname")
    OTHER = "andere", _("ander materiaal")


class StudyDayQuerySet(PageQuerySet):
    def upcoming(self, today=None):
        return self.filter(date__gte=today or timezone.localdate()).order_by("date", "pk")

    def past(self, today=None):
        return self.filter(date__lt=today or timezone.localdate()).order_by("-date", "-pk")


class StudyDayManager(PageManager.from_queryset(StudyDayQuerySet)):
    pass


class StudyDayIndexPage(RoutablePageMixin, Page):
    """/studiedagen/: upcoming days first (soonest first), then past ones; and the Atom feed."""

    intro = RichTextField(_("inleiding"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["leersteun.HomePage"]
    subpage_types = ["dissemination.StudyDayPage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht studiedagen")

    def study_days(self):
        return StudyDayPage.objects.live().child_of(self)

    @path("")
    def overview(self, request):
        days = self.study_days()
        return self.render(
            request,
            context_overrides={"upcoming": days.upcoming(), "past": days.past()},
        )

    @path("feed/", name="feed")
    def feed(self, request):
        from ..feeds import StudyDayFeed

        return StudyDayFeed(self)(request)

    def feed_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("feed")


class StudyDayPage(RoutablePageMixin, Page):
    """One study day: when and where, for whom, its programme, seats and the materials after."""

    date = models.DateField(_("datum"))
    start_time = models.TimeField(_("beginuur"))
    end_time = models.TimeField(_("einduur"))
    venue = models.CharField(
        _("locatie"), max_length=200, blank=True, help_text=_("Leeg laten voor een online dag.")
    )
    address = models.CharField(_("adres"), max_length=250, blank=True)
    online_url = models.URLField(
        _("link naar de online sessie"),
        blank=True,
        help_text=_("Alleen voor een online (of hybride) studiedag."),
    )
    track = models.CharField(_("doelgroep"), max_length=10, choices=Track.choices)
    intro = RichTextField(_("inleiding"), features=["bold", "italic", "link", "ul", "ol"])
    capacity = models.PositiveIntegerField(_("aantal plaatsen"))
    registration_deadline = models.DateField(
        _("inschrijven kan tot en met"),
        help_text=_("Uiterlijk de dag zelf."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("online_url"),
                FieldPanel("track"),
            ],
            heading=_("Wanneer, waar, voor wie"),
        ),
        MultiFieldPanel(
            [FieldPanel("capacity"), FieldPanel("registration_deadline")],
            heading=_("Inschrijvingen"),
        ),
        InlinePanel("sessions", heading=_("Programma"), label=_("sessie")),
        InlinePanel("materials", heading=_("Materiaal na de studiedag"), label=_("materiaal")),
    ]
    parent_page_types = ["dissemination.StudyDayIndexPage"]
    subpage_types = []

    objects = StudyDayManager()

    class Meta:
        verbose_name = _("studiedag")
        verbose_name_plural = _("studiedagen")

    def clean(self):
        super().clean()
        errors = {}
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = _("Het einduur moet na het beginuur liggen.")
        if self.date and self.registration_deadline and self.registration_deadline > self.date:
            errors["registration_deadline"] = _(
                "De inschrijvingen sluiten uiterlijk op de dag zelf."
            )
        if not self.venue and not self.online_url:
            errors["venue"] = _("Geef een locatie of een link naar de online sessie.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_online(self):
        return not self.venue

    @property
    def starts_at(self):
        return timezone.make_aware(datetime.datetime.combine(self.date, self.start_time))

    @property
    def ends_at(self):
        return timezone.make_aware(datetime.datetime.combine(self.date, self.end_time))

    def registration_open(self, today=None):
        return (today or timezone.localdate()) <= self.registration_deadline

    @cached_property
    def confirmed_count(self):
        # Once per page instance: the page and its JSON-LD both show the seats left. The
        # registration itself counts again under a row lock (`registration.register`).
        return self.registrations.filter(status=RegistrationStatus.CONFIRMED).count()

    def seats_left(self):
        return max(self.capacity - self.confirmed_count, 0)

    def parallel_slots(self):
        """Sessions that run at the same time, grouped: a registrant picks one per slot."""
        slots = {}
        for session in self.sessions.all():
            slots.setdefault(session.start_time, []).append(session)
        return [sessions for sessions in slots.values() if len(sessions) > 1]

    def event_json_ld(self, request=None):
        """schema.org Event data for search engines (rendered with `ld_json`)."""
        seats_left = self.seats_left()
        online = {"@type": "VirtualLocation", "url": self.online_url or self.full_url}
        place = {
            "@type": "Place",
            "name": self.venue,
            **({"address": self.address} if self.address else {}),
        }
        if self.venue and self.online_url:
            mode, location = "MixedEventAttendanceMode", [place, online]
        elif self.venue:
            mode, location = "OfflineEventAttendanceMode", place
        else:
            mode, location = "OnlineEventAttendanceMode", online
        return {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": strip_tags(self.intro),
            "startDate": self.starts_at.isoformat(),
            "endDate": self.ends_at.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": f"https://schema.org/{mode}",
            "location": location,
            "inLanguage": "nl-BE",
            "url": self.get_full_url(request),
            "organizer": {"@type": "Organization", "name": "Prodia"},
            "maximumAttendeeCapacity": self.capacity,
            "remainingAttendeeCapacity": seats_left,
            "offers": {
                "@type": "Offer",
                "price": "0",
                "priceCurrency": "EUR",
                "url": self.get_full_url(request),
                "validThrough": self.registration_deadline.isoformat(),
                "availability": "https://schema.org/" + ("InStock" if seats_left else "SoldOut"),
            },
        }

    def programme(self, request=None):
        """The sessions in time order, each with `parallel` and `presented` (kind, title, url)."""
        from practices.models import InsightIndexPage

        sessions = list(
            self.sessions.prefetch_related("practices", "cases", "insights").order_by(
                "start_time", "sort_order"
            )
        )
        starts = [session.start_time for session in sessions]
        insight_index = InsightIndexPage.objects.live().first()
        paths = restricted_paths()
        for session in sessions:
            session.parallel = starts.count(session.start_time) > 1
            # An insight's public page lives below the insights overview.
            insights = [i for i in session.insights.all() if i.live] if insight_index else []
            insights = insight_index.with_urls(insights, request) if insights else []
            session.presented = [
                *(
                    {"kind": _("praktijk"), "title": p.title, "url": p.get_url(request)}
                    for p in public_pages(session.practices.all(), paths)
                ),
                *(
                    {"kind": _("casus"), "title": c.title, "url": c.get_url(request)}
                    for c in public_pages(session.cases.all(), paths)
                ),
                *({"kind": _("inzicht"), "title": i.title, "url": i.public_url} for i in insights),
            ]
        return sessions

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["seats_left"] = self.seats_left()
        context["programme"] = self.programme(request)
        context["registration_url"] = self.get_url(request) + self.reverse_subpage("register")
        return context

    def serve(self, request, *args, **kwargs):
        # The form carries a CSRF token and the answer shows a visitor's own messages:
        # never store this page in the shared anonymous page cache (production settings).
        response = super().serve(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    @path("")
    def detail(self, request):
        return self.render(request)

    # The form has a page of its own: its CSRF cookie is set only for people who register,
    # reading a study day stays cookie-free (as the privacy statement promises).
    @path("inschrijven/", name="register")
    def register(self, request):
        from ..views import registration_form

        return registration_form(request, self)

    # The signed token goes in the query string: Wagtail's page URLs only allow [\w-] segments.
    @path("annuleren/", name="cancel")
    def cancel(self, request):
        from ..views import cancel_registration

        return cancel_registration(request, self, request.GET.get("token", ""))


class StudyDaySession(Orderable, ClusterableModel):
    """A programme item; sessions with the same start time run in parallel."""

    page = ParentalKey(StudyDayPage, on_delete=models.CASCADE, related_name="sessions")
    start_time = models.TimeField(_("beginuur"))
    end_time = models.TimeField(_("einduur"))
    title = models.CharField(_("titel"), max_length=200)
    speaker_role = models.CharField(
        _("spreker (rol)"),
        max_length=150,
        blank=True,
        help_text=_("Een rol, geen naam: bv. 'HGD-coördinator, anker-CLB'."),
    )
    room = models.CharField(_("zaal"), max_length=100, blank=True)
    practices = ParentalManyToManyField(
        "practices.PracticePage",
        verbose_name=_("voorgestelde praktijken"),
        related_name="study_day_sessions",
        blank=True,
    )
    cases = ParentalManyToManyField(
        "practices.CasePage",
        verbose_name=_("voorgestelde casussen"),
        related_name="study_day_sessions",
        blank=True,
    )
    insights = ParentalManyToManyField(
        "practices.Insight",
        verbose_name=_("voorgestelde inzichten"),
        related_name="study_day_sessions",
        blank=True,
    )

    panels = [
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("speaker_role"), FieldPanel("room")]),
        FieldPanel("practices"),
        FieldPanel("cases"),
        FieldPanel("insights"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("sessie")
        verbose_name_plural = _("sessies")
        ordering = ["start_time", "sort_order"]

    def __str__(self):
        return f"{self.start_time:%H:%M} {self.title}"


class StudyDayMaterial(Orderable):
    """Slides, recordings or other material published after the day, as links."""

    page = ParentalKey(StudyDayPage, on_delete=models.CASCADE, related_name="materials")
    title = models.CharField(_("titel"), max_length=200)
    url = models.URLField(_("link"))
    kind = models.CharField(_("soort"), max_length=10, choices=MaterialKind.choices)

    panels = [FieldPanel("title"), FieldPanel("url"), FieldPanel("kind")]

    class Meta(Orderable.Meta):
        verbose_name = _("materiaal")
        verbose_name_plural = _("materialen")


class Registration(models.Model):
    """A person's registration for a study day. Personal data: purged after the retention time."""

    study_day = models.ForeignKey(
        StudyDayPage,
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("studiedag"),
    )
    name = models.CharField(_("naam"), max_length=150)
    email = models.EmailField(_("e-mailadres"))
    centre = models.ForeignKey(
        "network.Centre",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registrations",
        verbose_name=_("centrum"),
    )
    other_organisation = models.CharField(_("andere organisatie"), max_length=200, blank=True)
    role = models.CharField(_("functie"), max_length=20, choices=Role.choices)
    sessions = models.ManyToManyField(
        StudyDaySession, blank=True, related_name="registrations", verbose_name=_("sessies")
    )
    dietary_needs = models.CharField(_("voedingswensen"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=RegistrationStatus.choices, db_index=True
    )
    attended = models.BooleanField(_("aanwezig"), default=False)
    created_at = models.DateTimeField(_("ingeschreven op"), default=timezone.now)
    promoted_at = models.DateTimeField(_("van de wachtlijst gehaald op"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("geannuleerd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("inschrijving")
        verbose_name_plural = _("inschrijvingen")
        ordering = ["study_day", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "study_day",
                condition=~Q(status=RegistrationStatus.CANCELLED),
                name="registration_unique_active_email",
                violation_error_message=_(
                    "Met dit e-mailadres is al iemand ingeschreven voor deze studiedag."
                ),
            )
        ]

    def __str__(self):
        return f"{self.name} — {self.study_day}"

    @property
    def organisation(self):
        return self.centre.name if self.centre else self.other_organisation

    @property
    def sessions_display(self):
        return "; ".join(str(session) for session in self.sessions.all())


class RegistrationTally(models.Model):
    """Anonymous counts kept when a study day's registrations are purged (one row per centre).

    The dashboard's figures (registered, waitlisted, attended, per net and province) must
    survive the deletion of the personal data; see `purge_registrations`.
    """

    study_day = models.ForeignKey(
        StudyDayPage, on_delete=models.CASCADE, related_name="tallies", verbose_name=_("studiedag")
    )
    centre = models.ForeignKey(
        "network.Centre",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("centrum"),
    )
    confirmed = models.PositiveIntegerField(_("bevestigd"), default=0)
    waitlisted = models.PositiveIntegerField(_("wachtlijst"), default=0)
    attended = models.PositiveIntegerField(_("aanwezig"), default=0)

    class Meta:
        verbose_name = _("telling na verwijdering")
        verbose_name_plural = _("tellingen na verwijdering")

    def __str__(self):
        return f"{self.study_day} — {self.centre or _('andere organisatie')}"

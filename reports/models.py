from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page

from leersteun.absolute_urls import public_url

from .forms import Period, PeriodForm
from .freshness import REPORT_CACHE_SECONDS, data_version
from .pdf import pdf_response, render_pdf
from .sections import build_sections


class FinalReportPage(RoutablePageMixin, Page):
    """The project's final report (/eindrapport/ and its PDF), drawn from the live data.

    Editors write only the goals and choose the default period; every figure is a query.
    """

    goals = RichTextField(
        _("doelen van het project"), features=["h3", "bold", "italic", "ol", "ul", "link"]
    )
    period_start = models.DateField(_("begin van de periode"))
    period_end = models.DateField(_("einde van de periode"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("goals"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")])],
            heading=_("Standaardperiode"),
            help_text=_(
                "De periode die het rapport toont; bezoekers kunnen een andere kiezen met "
                "?van=JJJJ-MM-DD&tot=JJJJ-MM-DD."
            ),
        ),
    ]
    parent_page_types = ["leersteun.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("eindrapport")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_start > self.period_end:
            raise ValidationError({"period_end": _("Het einde ligt vóór het begin.")})

    @property
    def default_period(self):
        return Period(self.period_start, self.period_end)

    def period_form(self, request):
        """?van=&tot= when given (validated), else the default period."""
        chosen = request.GET.keys() & {"van", "tot"}
        return PeriodForm(request.GET if chosen else None, self.default_period)

    def report_context(self, request):
        """The period from the query string (or the default one) and every section's data."""
        form = self.period_form(request)
        period = form.period
        query = f"?van={period.start:%Y-%m-%d}&tot={period.end:%Y-%m-%d}"
        return {
            "form": form,
            "period": period,
            "sections": build_sections(self, period),
            "generated_at": timezone.localtime(),
            "pdf_url": self.get_url(request) + self.reverse_subpage("pdf").rstrip("/") + query,
        }

    @path("")
    def report(self, request):
        return self.render(request, context_overrides=self.report_context(request))

    # Routed as "eindrapport.pdf/" (see leersteun.urls); its URL has no slash.
    @re_path(r"^eindrapport\.pdf/$", name="pdf")
    def pdf(self, request):
        return pdf_response(self.render_pdf(request), "eindrapport.pdf")

    def render_pdf(self, request):
        """The PDF for the requested period, cached until the data changes."""
        period = self.period_form(request).period
        key = f"reports:final-report:{period.start}:{period.end}:{data_version()}"
        pdf = cache.get(key)
        if pdf is None:
            context = {"page": self, **self.report_context(request)}
            html = render_to_string("reports/final_report_pdf.html", context, request=request)
            pdf = render_pdf(html, base_url=public_url("/", request))
            cache.set(key, pdf, REPORT_CACHE_SECONDS)
        return pdf

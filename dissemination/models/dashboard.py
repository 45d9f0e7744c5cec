from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class SpreadDashboardPage(RoutablePageMixin, Page):
    """/verspreiding/: live spread figures and their CSV downloads.

    Editors write the intro; every figure below it is a query (`dissemination.figures`).
    """

    intro = RichTextField(_("inleiding"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["leersteun.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("verspreidingsdashboard")

    # The views live in dissemination.views, which needs the models: imported when called.
    @path("")
    def dashboard(self, request):
        from ..views import dashboard

        return dashboard(request, self)

    # Wagtail's page URLs allow no dots: the CSV of a chart is cijfers/<name>/.
    @path("cijfers/<slug:name>/", name="figures_csv")
    def figures_csv(self, request, name):
        from ..views import figures_csv

        return figures_csv(request, self, name)

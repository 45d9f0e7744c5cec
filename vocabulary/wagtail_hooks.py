from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import MAX_TERM_LENGTH, Synonym


class SynonymCreateView(snippet_views.CreateView):
    """`?term=...` prefills the term: the search report links here from a search without
    results."""

    def get_initial(self):
        initial = super().get_initial()
        term = " ".join(self.request.GET.get("term", "").split())[:MAX_TERM_LENGTH]
        if term:
            initial["term"] = term
        return initial


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    add_view_class = SynonymCreateView
    icon = "resubmit"
    menu_label = _("Synoniemen")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["term", "equivalents_display", "one_way"]
    search_fields = ["term", "equivalents", "note"]
    search_backend_name = None  # a plain ORM search: the thesaurus is not in the site search
    panels = [
        FieldPanel("term"),
        FieldPanel("equivalents"),
        FieldPanel("one_way"),
        FieldPanel("note"),
    ]


register_snippet(SynonymViewSet)

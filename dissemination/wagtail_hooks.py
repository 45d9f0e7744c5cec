from django.forms import modelform_factory
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from network.wagtail_hooks import InstancePermissionMixin

from .filters import AdoptionFilterSet, RegistrationFilterSet
from .forms import RegistrationAdminForm
from .models import Adoption, Registration


class RegistrationViewSet(ModelViewSet):
    """Registrations for the editors (Prodia-redactie, superusers): personal data, so no other
    group has any permission on the model. Seats are taken and freed by the public form and the
    cancellation link only; editors tick attendance and correct details."""

    model = Registration
    icon = "group"
    menu_label = _("Inschrijvingen")
    menu_order = 250
    add_to_admin_menu = True
    url_prefix = "inschrijvingen"
    list_display = [
        "name",
        "email",
        "study_day",
        "organisation",
        "role",
        "status",
        BooleanColumn("attended", label=_("Aanwezig")),
        "created_at",
    ]
    list_export = [
        "study_day",
        "name",
        "email",
        "organisation",
        "role",
        "sessions_display",
        "dietary_needs",
        "status",
        "attended",
        "created_at",
        "promoted_at",
        "cancelled_at",
    ]
    export_headings = {"organisation": _("Organisatie"), "sessions_display": _("Sessies")}
    export_filename = "inschrijvingen-studiedagen"
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "email", "other_organisation"]
    form_fields = [
        "name",
        "email",
        "centre",
        "other_organisation",
        "role",
        "dietary_needs",
        "attended",
    ]
    ordering = ["-created_at"]

    def get_index_view_kwargs(self, **kwargs):
        # The list shows the study day and the centre, the export the sessions: fetched once.
        queryset = Registration.objects.select_related("study_day", "centre").prefetch_related(
            "sessions"
        )
        return super().get_index_view_kwargs(queryset=queryset, **kwargs)

    def get_form_class(self, for_update=False):
        return modelform_factory(
            self.model,
            form=RegistrationAdminForm,
            formfield_callback=self.formfield_for_dbfield,
            fields=self.form_fields,
        )


registration_viewset = RegistrationViewSet("registrations")


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return registration_viewset


class AdoptionEditView(InstancePermissionMixin, snippet_views.EditView):
    pass


class AdoptionDeleteView(InstancePermissionMixin, snippet_views.DeleteView):
    pass


class AdoptionViewSet(SnippetViewSet):
    """Adoptions (olievlek): editors confirm public reports and keep the status history."""

    model = Adoption
    edit_view_class = AdoptionEditView
    delete_view_class = AdoptionDeleteView
    icon = "success"
    menu_label = _("Adopties (olievlek)")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["practice", "centre", "status", "status_since", "confirmed"]
    list_export = [
        "practice",
        "centre",
        "centre.get_net_display",
        "centre.get_province_display",
        "get_status_display",
        "status_since",
        "confirmed",
        "reported_publicly",
        "helped",
        "hindered",
        "contact_role",
    ]
    export_headings = {
        "centre.get_net_display": _("Net"),
        "centre.get_province_display": _("Provincie"),
        "get_status_display": _("Status"),
    }
    filterset_class = AdoptionFilterSet
    search_fields = ["helped", "hindered"]
    ordering = ["confirmed", "-status_since"]

    def get_queryset(self, request):
        return Adoption.objects.select_related("practice", "centre")


register_snippet(AdoptionViewSet)

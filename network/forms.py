"""Admin forms whose error messages say what to fix, in the words of the project."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

DATE_FORMAT_MESSAGE = _("Geef de datum als dd/mm/jjjj, bijvoorbeeld 14/03/2024.")


def set_message(form, field_name, code, message):
    if field_name in form.fields:
        form.fields[field_name].error_messages[code] = message


class MeetingForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        set_message(self, "date", "invalid", DATE_FORMAT_MESSAGE)
        decisions = self.formsets.get("decisions")
        if decisions is not None:
            for form in [*decisions.forms, decisions.empty_form]:
                set_message(
                    form, "owner_role", "required", _("Kies wie deze beslissing opvolgt (rol).")
                )
                set_message(form, "due_date", "invalid", DATE_FORMAT_MESSAGE)


class TryOutForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        set_message(
            self,
            "verdict",
            "required",
            _("Geef een oordeel: bruikbaar, bruikbaar met aanpassingen of niet bruikbaar."),
        )
        set_message(self, "start_date", "invalid", DATE_FORMAT_MESSAGE)
        set_message(self, "end_date", "invalid", DATE_FORMAT_MESSAGE)
        self.limit_to_own_centre()

    def limit_to_own_centre(self):
        """A project worker records try-outs of their own centre only."""
        from .permissions import centre_id_for  # permissions imports the models, which import us

        user = self.for_user
        centre_id = centre_id_for(user) if user is not None and not user.is_superuser else None
        if centre_id is not None and "centre" in self.fields:
            field = self.fields["centre"]
            field.queryset = field.queryset.filter(pk=centre_id)
            field.error_messages["invalid_choice"] = _(
                "Je registreert alleen uitproberingen van je eigen centrum."
            )

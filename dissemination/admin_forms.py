"""The admin form of an adoption: its history only grows; project workers keep to their scope."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from network.forms import DATE_FORMAT_MESSAGE, set_message

# Recorded history stays as it was: a correction is a new row, never an edit or a deletion.
FROZEN_HISTORY_FIELDS = ("status", "date", "note", "DELETE")


class AdoptionAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        history = self.formsets.get("status_changes")
        if history is not None:
            for form in [*history.forms, history.empty_form]:
                set_message(form, "date", "invalid", DATE_FORMAT_MESSAGE)
                set_message(form, "status", "required", _("Kies een status."))
                if form.instance.pk:
                    for name in FROZEN_HISTORY_FIELDS:
                        if name in form.fields:
                            form.fields[name].disabled = True

    def clean(self):
        # Imported here: they import the models, which name this form.
        from network.permissions import centre_id_for

        from .permissions import AdoptionPermissionPolicy

        cleaned = super().clean()
        user = self.for_user
        centre_id = centre_id_for(user) if user is not None and not user.is_superuser else None
        practice, centre = cleaned.get("practice"), cleaned.get("centre")
        # The permission policy's rule: their own centre's practices and their own centre.
        if (
            centre_id is not None
            and practice
            and centre
            and not AdoptionPermissionPolicy(self._meta.model).owns(
                centre_id, self._meta.model(practice=practice, centre=centre)
            )
        ):
            raise ValidationError(
                _(
                    "Je registreert adopties van praktijken van je eigen centrum, "
                    "of adopties door je eigen centrum."
                )
            )
        return cleaned

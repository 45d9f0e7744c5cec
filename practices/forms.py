from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminPageForm


class PrivacyGuardedPageForm(WagtailAdminPageForm):
    """Refuses publishing, submitting and workflow actions while privacy findings are open.

    Saving a draft defers validation (Wagtail calls ``defer_required_fields``) and is always
    allowed: the findings then show in the edit view's privacy panel.
    """

    def clean(self):
        cleaned_data = super().clean()
        if not self.is_deferred_validation:
            privacy = self.instance.privacy_review(values=cleaned_data)
            if privacy.open:
                raise ValidationError(privacy.message(), code="privacy")
        return cleaned_data

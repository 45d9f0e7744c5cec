from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminPageForm


def goes_public(data):
    """Whether the create or edit view will publish, schedule, submit or approve."""
    return bool(
        data.get("action-publish")
        or data.get("action-submit")
        or data.get("action-restart-workflow")
        or (data.get("action-workflow-action") and data.get("workflow-action-name") == "approve")
    )


class PrivacyGuardedPageForm(WagtailAdminPageForm):
    """Refuses publishing, submitting and approving while privacy findings are open.

    Saving a draft, cancelling a workflow and requesting changes stay possible: the findings
    then show in the edit view's privacy panel.
    """

    def clean(self):
        cleaned_data = super().clean()
        if goes_public(self.data):
            privacy = self.instance.privacy_review(values=cleaned_data)
            if privacy.open:
                raise ValidationError(privacy.message(), code="privacy")
        return cleaned_data

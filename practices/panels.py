from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class PrivacyPanel(Panel):
    """The privacy findings of the text in the editor, each highlighted in its context.

    On a saved page every open finding can be marked as not identifying; after a refused
    publish it shows the findings of the text as submitted (not saved yet).
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Privacycontrole"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "privacy"

    class BoundPanel(Panel.BoundPanel):
        template_name = "practices/admin/privacy_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            review = self.instance.privacy_review()
            saved = self.instance.pk is not None and not self.form.is_bound
            context["review"] = review
            context["findings"] = [
                {
                    "finding": finding,
                    "dismiss_url": reverse(
                        "practices_privacy_dismiss", args=(self.instance.pk, finding.fingerprint)
                    )
                    if saved
                    else None,
                }
                for finding in review.open
            ]
            context["can_dismiss"] = saved
            return context

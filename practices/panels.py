from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.panels import InlinePanel, Panel


class CentreContributionFormSet(BaseChildFormSet):
    def get_unique_error_message(self, unique_check):
        # Django's message names the model fields ("practice en centre").
        return _("Elk centrum staat maar één keer bij de bijdragende centra.")


class ContributionsPanel(InlinePanel):
    """The contributing centres of a practice or case, a centre at most once (a database
    constraint): a duplicate is a form error in Dutch."""

    def __init__(self, relation_name="contributions", **kwargs):
        super().__init__(relation_name, **kwargs)

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = CentreContributionFormSet
        return options


class PrivacyPanel(Panel):
    """The privacy findings of the text in the editor, each highlighted in its context.

    On a saved page an open finding can be marked as not identifying (with a reason, on a
    page of its own); restricted kinds only by the redactie. Dismissed findings stay listed
    with who, when and why, so the reviewer sees them in the workflow step. After a refused
    publish the panel shows the findings of the text as submitted (not saved yet).
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
            user = self.request.user
            context["review"] = review
            context["findings"] = [
                {
                    "finding": finding,
                    "dismiss_url": reverse(
                        "practices_privacy_dismiss", args=(self.instance.pk, finding.fingerprint)
                    )
                    if saved and self.instance.can_dismiss_privacy_finding(user, finding)
                    else None,
                }
                for finding in review.open
            ]
            context["saved"] = saved
            return context

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm


def goes_public(data):
    """Whether the create or edit view will publish, schedule, submit or approve."""
    return bool(
        data.get("action-publish")
        or data.get("action-submit")
        or data.get("action-restart-workflow")
        or (data.get("action-workflow-action") and data.get("workflow-action-name") == "approve")
    )


class PrivacyDismissalForm(forms.Form):
    """Why a finding of the privacy guard identifies nobody; stored with who and when."""

    reason = forms.CharField(
        label=_("Reden"),
        min_length=10,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Leg uit waarom dit gegeven niemand identificeert, bijvoorbeeld ‘de auteur van "
            "een gepubliceerde methode’. De redactie ziet deze reden bij het nalezen."
        ),
        error_messages={
            "required": _("Geef een reden op: zonder reden blijft de melding open."),
            "min_length": _("Geef een reden van minstens %(limit_value)d tekens."),
            "max_length": _("Houd de reden onder %(limit_value)d tekens."),
        },
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


class ContributedPageForm(PrivacyGuardedPageForm):
    """Page form of practices and cases: whoever may only edit their own centre's items must
    name that centre among the contributing centres (else saving would lock them out).

    The rule comes from the page's permission tester (see `ContributedPage`), so this app does
    not need to know how users and centres are linked. Programmatic creation (imports) is not
    bound by it.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        tester_class = self._meta.model.permission_tester_class()
        self.own_centre = tester_class.required_centre(self.for_user) if self.for_user else None
        contributions = self.formsets.get("contributions")
        creating = not self.is_bound and self.instance.pk is None
        if self.own_centre and contributions is not None and creating:
            # Preselected on the create form; a bound form has no initial, so the row counts
            # as changed and is saved.
            contributions.initial_extra = [{"centre": self.own_centre.pk}]

    def named_centre_ids(self):
        formset = self.formsets["contributions"]
        formset.is_valid()  # cleans every row once
        return {
            form.cleaned_data["centre"].pk
            for form in formset.forms
            if form.cleaned_data.get("centre") and not form.cleaned_data.get("DELETE")
        }

    def clean(self):
        checked = self.own_centre and "contributions" in self.formsets
        if checked and self.own_centre.pk not in self.named_centre_ids():
            self.add_error(
                None,
                ValidationError(
                    _(
                        "Vermeld je eigen centrum (%(centre)s) bij de bijdragende centra: "
                        "je bewerkt alleen wat je eigen centrum bijdroeg."
                    ),
                    code="own_centre",
                    params={"centre": self.own_centre},
                ),
            )
        return super().clean()


class RecommendationForm(WagtailAdminModelForm):
    """Whoever may not write recommendations (no "add" right: the steering group) only follows
    them up: the status and its date. Every other field is disabled, so Django keeps the stored
    value whatever is posted."""

    follow_up_fields = ("status", "status_date")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and not self.for_user.has_perm("practices.add_recommendation"):
            for name, field in self.fields.items():
                field.disabled = name not in self.follow_up_fields

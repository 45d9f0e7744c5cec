import datetime
from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

# A text field in the URL's own format: it works the same in every browser and without script.
DATE_INPUT = forms.DateInput(
    attrs={"placeholder": "JJJJ-MM-DD", "inputmode": "numeric", "size": 10}, format="%Y-%m-%d"
)


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date

    def lookup(self, field):
        """Filter keywords for a date field within the period, e.g. `date__range`."""
        return {f"{field}__range": (self.start, self.end)}


class PeriodForm(forms.Form):
    """?van=YYYY-MM-DD&tot=YYYY-MM-DD: the period the final report covers."""

    van = forms.DateField(
        label=_("Van"), required=False, input_formats=["%Y-%m-%d"], widget=DATE_INPUT
    )
    tot = forms.DateField(
        label=_("Tot en met"), required=False, input_formats=["%Y-%m-%d"], widget=DATE_INPUT
    )

    error_messages = {
        "invalid": _("Geef een datum als JJJJ-MM-DD, bijvoorbeeld 2023-09-01."),
        "order": _("De begindatum ligt na de einddatum."),
    }

    def __init__(self, data, default):
        self.default = default
        super().__init__(data, initial={"van": default.start, "tot": default.end})
        for field in self.fields.values():
            field.error_messages["invalid"] = self.error_messages["invalid"]

    def clean(self):
        cleaned = super().clean()
        start = cleaned.get("van") or self.default.start
        end = cleaned.get("tot") or self.default.end
        if not self.errors and start > end:
            raise forms.ValidationError(self.error_messages["order"], code="order")
        cleaned["period"] = Period(start, end)
        return cleaned

    @property
    def period(self):
        """The chosen period, or the default one when the input is not valid."""
        return self.cleaned_data["period"] if self.is_valid() else self.default

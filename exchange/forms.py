from django import forms
from django.utils.translation import gettext_lazy as _

from network.models import Centre

from .reader import MAX_FILE_SIZE


class ImportForm(forms.Form):
    spreadsheet = forms.FileField(
        label=_("Spreadsheet (XLSX of CSV)"),
        help_text=_("Eén rij per praktijk, met de kolommen van de sjabloon."),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )
    materials = forms.FileField(
        label=_("Materialen (zip, optioneel)"),
        required=False,
        help_text=_("De bestanden die de kolom ‘materialen’ bij naam noemt."),
        widget=forms.ClearableFileInput(attrs={"accept": ".zip"}),
    )
    centre = forms.ModelChoiceField(
        label=_("Bijdragend centrum voor rijen zonder centrum"),
        queryset=Centre.objects.order_by("name"),
        required=False,
    )

    def clean_spreadsheet(self):
        upload = self.cleaned_data["spreadsheet"]
        if not upload.name.lower().endswith((".xlsx", ".csv")):
            raise forms.ValidationError(_("Kies een CSV- of XLSX-bestand (.csv of .xlsx)."))
        if upload.size > MAX_FILE_SIZE:
            raise forms.ValidationError(_("Dit bestand is groter dan 20 MB."))
        return upload

    def clean_materials(self):
        upload = self.cleaned_data.get("materials")
        if upload and not upload.name.lower().endswith(".zip"):
            raise forms.ValidationError(_("De materialen horen in één zip-bestand."))
        return upload

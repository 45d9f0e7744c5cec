from django import forms
from django.db import models


class ChoiceListField(models.JSONField):
    """Several values of a TextChoices class, stored as a JSON list (SQLite and PostgreSQL).

    For a short, fixed list that is shown but never filtered on (the HGD phases of a case);
    anything faceted is a taxonomy model or a single choice field instead.
    """

    def __init__(self, *args, choices_class=None, **kwargs):
        # Not part of the migration state: the choices are a form concern only.
        self.choices_class = choices_class
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices_class.choices,
            required=not self.blank,
            label=kwargs.get("label", self.verbose_name),
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        unknown = set(value or []) - set(self.choices_class.values)
        if unknown:
            raise forms.ValidationError(
                "Onbekende waarde: %(values)s", params={"values": ", ".join(sorted(unknown))}
            )

    def labels(self, values):
        known = dict(self.choices_class.choices)
        return [known[value] for value in self.choices_class.values if value in (values or [])]

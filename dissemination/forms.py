"""The public forms (study-day registration, adoption report) and the registrations admin form."""

import datetime

from django import forms
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from leersteun.spam import HoneypotMixin, caught_in_honeypot
from network.models import Centre
from practices.models import PracticePage

from .models import Adoption, AdoptionStatus, Registration, RegistrationStatus, Role
from .registration import Applicant

OTHER_ORGANISATION = "andere"
SESSION_FIELD_PREFIX = "sessie_"


class RegistrationForm(HoneypotMixin, forms.Form):
    name = forms.CharField(label=_("Naam"), max_length=150)
    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        error_messages={"invalid": _("Geef een geldig e-mailadres, bv. naam@clb.be.")},
    )
    centre = forms.ChoiceField(label=_("Centrum"))
    other_organisation = forms.CharField(
        label=_("Andere organisatie"),
        max_length=200,
        required=False,
        help_text=_("Alleen als je centrum niet in de lijst staat."),
    )
    role = forms.ChoiceField(label=_("Functie"), choices=[("", "—"), *Role.choices])
    dietary_needs = forms.CharField(
        label=_("Voedingswensen (niet verplicht)"), max_length=200, required=False
    )

    def __init__(self, *args, study_day, **kwargs):
        super().__init__(*args, **kwargs)
        self.centres = {centre.slug: centre for centre in Centre.objects.order_by("name")}
        self.fields["centre"].choices = [
            ("", _("— kies je centrum —")),
            *((slug, centre.name) for slug, centre in self.centres.items()),
            (OTHER_ORGANISATION, _("Andere organisatie")),
        ]
        self.slots = study_day.parallel_slots()
        for number, sessions in enumerate(self.slots, start=1):
            self.fields[f"{SESSION_FIELD_PREFIX}{number}"] = forms.TypedChoiceField(
                label=_("Sessie om %(time)s") % {"time": f"{sessions[0].start_time:%H:%M}"},
                choices=[(session.pk, session.title) for session in sessions],
                coerce=int,
                widget=forms.RadioSelect,
            )

    def detail_fields(self):
        """The visible fields other than the session choices (shown as radio groups)."""
        return [
            self[name]
            for name in self.fields
            if name != "website" and not name.startswith(SESSION_FIELD_PREFIX)
        ]

    def session_fields(self):
        return [self[name] for name in self.fields if name.startswith(SESSION_FIELD_PREFIX)]

    def is_spam(self):
        return caught_in_honeypot(self)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("centre") == OTHER_ORGANISATION and not cleaned.get("other_organisation"):
            self.add_error("other_organisation", _("Vul de naam van je organisatie in."))
        return cleaned

    def applicant(self):
        data = self.cleaned_data
        centre = self.centres.get(data["centre"])
        chosen = {data[name] for name in self.fields if name.startswith(SESSION_FIELD_PREFIX)}
        return Applicant(
            name=data["name"].strip(),
            email=data["email"],
            role=data["role"],
            centre=centre,
            other_organisation="" if centre else data["other_organisation"].strip(),
            dietary_needs=data["dietary_needs"].strip(),
            sessions=[s for slot in self.slots for s in slot if s.pk in chosen],
        )


class RegistrationAdminForm(forms.ModelForm):
    """The editors' form. The unique (study day, e-mail) constraint involves fields the form does
    not show, so Django would skip it: check it here."""

    def clean_email(self):
        email = self.cleaned_data["email"]
        others = Registration.objects.filter(
            study_day=self.instance.study_day_id, email__iexact=email
        ).exclude(status=RegistrationStatus.CANCELLED)
        if (
            self.instance.status != RegistrationStatus.CANCELLED
            and others.exclude(pk=self.instance.pk).exists()
        ):
            raise forms.ValidationError(
                _("Met dit e-mailadres is al iemand ingeschreven voor deze studiedag.")
            )
        return email


# The same report sent again within this time (a double click, a reload) is stored once.
DUPLICATE_WINDOW = datetime.timedelta(days=1)
NOTE_MAX_LENGTH = 2000


# The largest primary key the databases store (a signed 64-bit integer).
LARGEST_ID = 2**63 - 1


class IdChoiceField(forms.ModelChoiceField):
    """A choice by id where a number beyond the database's range is an invalid choice (SQLite
    raises OverflowError on it, which Django's own field does not catch)."""

    def to_python(self, value):
        if str(value).strip().isdigit() and int(str(value).strip()) > LARGEST_ID:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class AdoptionReportForm(HoneypotMixin, forms.ModelForm):
    field_order = ["practice", "centre", "status", "since", "helped", "hindered", "contact_role"]

    practice = IdChoiceField(
        label=_("Praktijk"),
        queryset=PracticePage.objects.none(),  # set per form: the restrictions may change
        empty_label=_("Kies een praktijk"),
        error_messages={
            "required": _("Kies de praktijk die jullie gebruiken."),
            "invalid_choice": _("Kies een praktijk uit de lijst."),
        },
    )
    centre = IdChoiceField(
        label=_("Jouw centrum"),
        queryset=Centre.objects.order_by("name"),
        empty_label=_("Kies je centrum"),
        error_messages={
            "required": _("Kies je centrum."),
            "invalid_choice": _("Kies een centrum uit de lijst."),
        },
    )
    status = forms.ChoiceField(
        label=_("Hoe ver staan jullie?"),
        choices=AdoptionStatus.choices,
        error_messages={
            "required": _("Kies hoe ver jullie staan."),
            "invalid_choice": _("Kies een status uit de lijst."),
        },
    )
    since = forms.DateField(
        label=_("Sinds (dd/mm/jjjj)"),
        required=False,
        help_text=_("Leeg laten voor vandaag."),
        error_messages={"invalid": _("Geef de datum als dd/mm/jjjj, bijvoorbeeld 14/03/2024.")},
    )

    class Meta:
        model = Adoption
        # status and since are not model fields to edit: they become the first history row.
        fields = ["practice", "centre", "helped", "hindered", "contact_role"]
        labels = {
            "helped": _("Wat hielp?"),
            "hindered": _("Wat hinderde?"),
            "contact_role": _("Contact (een rol of dienst, geen naam of e-mailadres)"),
        }
        help_texts = {"helped": "", "hindered": "", "contact_role": ""}
        widgets = {
            "helped": forms.Textarea(attrs={"rows": 4, "maxlength": NOTE_MAX_LENGTH}),
            "hindered": forms.Textarea(attrs={"rows": 4, "maxlength": NOTE_MAX_LENGTH}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Practices behind a view restriction are not named to the public.
        self.fields["practice"].queryset = PracticePage.objects.live().public().order_by("title")

    def clean_since(self):
        since = self.cleaned_data.get("since") or timezone.localdate()
        if since > timezone.localdate():
            raise forms.ValidationError(_("Deze datum ligt in de toekomst."))
        if since.year < 2000:
            raise forms.ValidationError(_("Geef een datum vanaf 2000."))
        return since

    def clean(self):
        cleaned = super().clean()
        for name in ("helped", "hindered"):
            if len(cleaned.get(name, "")) > NOTE_MAX_LENGTH:
                self.add_error(
                    name, _("Houd het kort: maximaal %(n)d tekens.") % {"n": NOTE_MAX_LENGTH}
                )
        return cleaned

    def save(self):
        """(adoption, created): an identical report from the last day is not stored twice."""
        data = self.cleaned_data
        with transaction.atomic():
            existing = Adoption.objects.filter(
                practice=data["practice"],
                centre=data["centre"],
                confirmed=False,
                status=data["status"],
                created_at__gte=timezone.now() - DUPLICATE_WINDOW,
            ).first()
            if existing is not None:
                return existing, False
            adoption = super().save(commit=False)
            adoption.confirmed = False
            adoption.reported_publicly = True
            adoption.save()
            adoption.record_status(
                data["status"], data["since"], _("Gemeld via het publieke formulier")
            )
        return adoption, True

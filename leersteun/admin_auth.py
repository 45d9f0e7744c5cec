"""Admin login with optional two-factor authentication (TOTP through django-otp).

An editor or admin who has a confirmed authenticator (see `manage.py totp_instellen`) must give
its code with the password; others log in with the password alone. django-otp marks the session
as verified when the form sets `user.otp_device` (its user_logged_in handler).
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.forms.auth import LoginForm


class TwoFactorLoginForm(LoginForm):
    otp_token = forms.CharField(
        label=_("Verificatiecode"),
        required=False,
        max_length=10,
        help_text=_(
            "Alleen als je tweestapsverificatie gebruikt: de 6 cijfers uit je authenticator-app."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is None:
            return cleaned_data
        devices = list(TOTPDevice.objects.devices_for_user(user, confirmed=True))
        if not devices:
            return cleaned_data
        token = (cleaned_data.get("otp_token") or "").replace(" ", "")
        if not token:
            raise forms.ValidationError(
                _("Geef ook de verificatiecode uit je authenticator-app."), code="otp_required"
            )
        # TOTPDevice throttles itself: after a wrong code the next try must wait a little longer.
        allowed = [device for device in devices if device.verify_is_allowed()[0]]
        if not allowed:
            raise forms.ValidationError(
                _("Te veel foute codes na elkaar. Wacht even en probeer dan opnieuw."),
                code="otp_throttled",
            )
        for device in allowed:
            if device.verify_token(token):
                user.otp_device = device
                return cleaned_data
        raise forms.ValidationError(
            _("Deze verificatiecode klopt niet of is verlopen. Probeer de volgende code."),
            code="otp_invalid",
        )

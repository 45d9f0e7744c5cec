from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Netwerk")

    def ready(self):
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from . import signals  # noqa: F401
        from .models import TryOut
        from .permissions import CentrePagePermissionPolicy, OwnCentrePermissionPolicy

        # Registered before any admin view asks, so Wagtail never falls back to the default.
        register_permission_policy(TryOut, OwnCentrePermissionPolicy(TryOut))
        # Overrides Wagtail's policy (registered for AbstractPage) for every page model.
        register_permission_policy(Page, CentrePagePermissionPolicy())

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DisseminationConfig(AppConfig):
    name = "dissemination"
    verbose_name = _("Verspreiding")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from .models import Adoption
        from .permissions import AdoptionPermissionPolicy

        register_permission_policy(Adoption, AdoptionPermissionPolicy(Adoption))

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from leersteun.admin_menu import PermissionMenuItem

from . import views


@hooks.register("register_admin_urls")
def register_exchange_urls():
    return [
        path("importeren/", views.ImportView.as_view(), name="exchange_import"),
        path(
            "importeren/<int:pk>/toepassen/",
            views.ApplyImportView.as_view(),
            name="exchange_import_apply",
        ),
        path(
            "importeren/<int:pk>/",
            views.ImportStatusView.as_view(),
            name="exchange_import_status",
        ),
        path(
            "importeren/sjabloon.<str:file_format>",
            views.import_template,
            name="exchange_import_template",
        ),
        path("exporteren/", views.ExportView.as_view(), name="exchange_export"),
        path(
            "exporteren/<slug:slug>.<str:file_format>",
            views.export_file,
            name="exchange_export_file",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return PermissionMenuItem(
        _("Importeren"),
        reverse("exchange_import"),
        icon_name="upload",
        order=900,
        permission=views.IMPORT_PERMISSION,
    )


@hooks.register("register_admin_menu_item")
def register_export_menu_item():
    return PermissionMenuItem(
        _("Exporteren"),
        reverse("exchange_export"),
        icon_name="download",
        order=910,
        permission=views.EXPORT_PERMISSION,
    )

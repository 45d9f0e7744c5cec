"""The portal's URLs plus one that fails, so the 500 page is rendered by Django's real handler."""

from django.urls import path

from leersteun.urls import urlpatterns as portal_urlpatterns

from .portal import SERVER_ERROR_PATH


def server_error(request):
    raise RuntimeError("Opzettelijke fout om de 500-pagina te testen.")


urlpatterns = [path(SERVER_ERROR_PATH, server_error), *portal_urlpatterns]

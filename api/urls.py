from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter

from .open_data import api_index
from .schema import openapi_view
from .views import ENDPOINTS, taxonomies_view

router = WagtailAPIRouter("api")
for name, endpoint in ENDPOINTS.items():
    router.register_endpoint(name, endpoint)

urlpatterns = [
    path("v2/schema/", openapi_view, name="openapi"),
    path("v2/taxonomieen/", taxonomies_view, name="taxonomies"),
    path("v2/", api_index, name="index"),
    path("v2/", router.urls),
]

from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from api.open_data import open_data_page
from network.views import PageTypesUsageReportView

from . import views

handler500 = views.server_error

urlpatterns = [
    path("gezondheid/", views.health, name="health"),
    # Wagtail's page types report, in place of its own: it names no other centre's draft.
    path(
        "beheer/reports/page-types-usage/",
        require_admin_access(PageTypesUsageReportView.as_view()),
    ),
    path(
        "beheer/reports/page-types-usage/results/",
        require_admin_access(PageTypesUsageReportView.as_view(results_only=True)),
    ),
    path("beheer/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("netwerk/", include("network.urls")),
    path("api/", include("api.urls")),
    path("zoeken/", include("sitesearch.urls")),
    path("open-data/", open_data_page, name="open_data"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("verspreiding/melden/", include("dissemination.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # Wagtail's page URLs have no dots: a routable page's ".pdf" route (the practice sheet,
    # the final report) is served by Wagtail all the same, with its live and privacy checks.
    re_path(r"^((?:[\w\-]+/)+[\w\-]+\.pdf)$", wagtail_views.serve, name="wagtail_serve_pdf"),
    path("", include(wagtail_urls)),
]

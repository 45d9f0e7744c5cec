from django.urls import path

from . import views

app_name = "dissemination"
urlpatterns = [
    path("", views.report_adoption, name="report"),
    path("bedankt/", views.report_thanks, name="report_thanks"),
]

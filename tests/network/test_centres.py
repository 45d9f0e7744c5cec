import pytest
from django.urls import reverse

from network.models import Centre

pytestmark = pytest.mark.django_db


def test_centres_can_be_filtered_in_the_admin(admin_client):
    url = reverse("wagtailsnippets_network_centre:list")
    response = admin_client.get(url, {"province": "limburg", "is_anchor": "true"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "GO! CLB Limburg Noord Adite" in html
    assert "Vrij CLB Waas en Dender" not in html


def test_centres_export_as_csv(admin_client):
    url = reverse("wagtailsnippets_network_centre:list")
    response = admin_client.get(url, {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert body.count("\n") >= Centre.objects.count()
    assert "clb-n-brussel" in body


def test_a_centre_needs_its_required_fields(admin_client):
    url = reverse("wagtailsnippets_network_centre:add")
    response = admin_client.post(url, {"name": "", "slug": "", "net": "onbekend"})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert {"name", "slug", "net", "province", "region_type"} <= set(errors)

"""Cases name their contributing centre: the demo gives one to every case, and the data
migration gives existing cases the first centre of the first practice they illustrate."""

import importlib

import pytest
from django.apps import apps

from network.models import CaseContribution, Centre
from practices.models import CasePage

pytestmark = pytest.mark.django_db

migration = importlib.import_module("network.migrations.0009_existing_cases_get_a_centre")


def test_every_demo_case_has_one_centre_and_every_anchor_has_a_case():
    for case in CasePage.objects.all():
        assert len(case.centres) == 1, case.slug
    with_cases = Centre.objects.filter(case_contributions__isnull=False).distinct()
    assert set(with_cases) == set(Centre.objects.filter(is_anchor=True))


def test_the_migration_gives_existing_cases_the_centre_of_the_first_practice_they_link():
    linked = CasePage.objects.filter(practice_links__isnull=False).distinct()
    unlinked = CasePage.objects.get(slug="gehoorverlies-type-7")
    unlinked.practice_links.all().delete()
    kept = CaseContribution.objects.get(case__slug="faalangst-eerste-graad-zonder-verslag")
    CaseContribution.objects.exclude(pk=kept.pk).delete()

    migration.give_cases_a_centre(apps, None)
    migration.give_cases_a_centre(apps, None)  # idempotent

    for case in linked.exclude(pk=unlinked.pk).exclude(pk=kept.case_id):
        first_practice = case.practice_links.order_by("sort_order", "pk").first().practice
        expected = first_practice.contributions.order_by("sort_order", "pk").first().centre
        assert case.centres == [expected], case.slug
    assert CaseContribution.objects.get(case_id=kept.case_id) == kept
    assert not CaseContribution.objects.filter(case=unlinked).exists()

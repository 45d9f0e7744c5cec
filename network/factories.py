import factory
from django.utils.text import slugify

from .models import Centre, Contribution, Net, Province, RegionType


class CentreFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Test-CLB {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    net = Net.VRIJ
    province = Province.ANTWERPEN
    region_type = RegionType.STEDELIJK

    class Meta:
        model = Centre


class ContributionFactory(factory.django.DjangoModelFactory):
    centre = factory.SubFactory(CentreFactory)

    class Meta:
        model = Contribution

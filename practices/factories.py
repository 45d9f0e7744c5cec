import factory
import wagtail_factories
from django.utils.text import slugify

from .models import (
    Addressee,
    CarePhase,
    CoreActivity,
    EducationLevel,
    Insight,
    InsightKind,
    InsightLevel,
    MaterialDocument,
    MaterialKind,
    PracticeIndexPage,
    PracticeInsight,
    PracticeMaterial,
    PracticePage,
    Recommendation,
    TargetGroup,
)


class TaxonomyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Waarde {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))

    class Meta:
        abstract = True
        django_get_or_create = ("slug",)


class CoreActivityFactory(TaxonomyFactory):
    class Meta:
        model = CoreActivity


class CarePhaseFactory(TaxonomyFactory):
    class Meta:
        model = CarePhase


class EducationLevelFactory(TaxonomyFactory):
    class Meta:
        model = EducationLevel


class TargetGroupFactory(TaxonomyFactory):
    class Meta:
        model = TargetGroup


class PracticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Materialenbank"
    slug = "materialenbank"

    class Meta:
        model = PracticeIndexPage


class PracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Praktijk {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    summary = "Een korte samenvatting van de praktijk voor het overzicht."
    purpose = "<p>Waarom we hiermee begonnen.</p>"
    steps = factory.LazyFunction(
        lambda: [
            ("step", {"title": "Verken de vraag", "description": "<p>Samen met de school.</p>"})
        ]
    )
    what_works = "<p>Korte lijnen met de zorgcoördinator.</p>"
    contact_role = "HGD-coördinator"

    class Meta:
        model = PracticePage
        skip_postgeneration_save = True

    @factory.post_generation
    def taxonomies(obj, create, extracted, **kwargs):
        """Pass taxonomies=dict(core_activities=[...], care_phases=[...], ...) to link values."""
        for field, values in (extracted or {}).items():
            getattr(obj, field).set(values)
        if extracted and create:
            obj.save_revision().publish()


class MaterialDocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Werkblad {n}")
    file = factory.django.FileField(filename="werkblad.pdf", data=b"%PDF-1.4\n%%EOF\n")

    class Meta:
        model = MaterialDocument


class PracticeMaterialFactory(factory.django.DjangoModelFactory):
    practice = factory.SubFactory(PracticePageFactory)
    document = factory.SubFactory(MaterialDocumentFactory)
    kind = MaterialKind.WORKSHEET

    class Meta:
        model = PracticeMaterial


class InsightFactory(factory.django.DjangoModelFactory):
    """A published insight; pass practices=[...] and core_activities=[...] to link them."""

    kind = InsightKind.SUCCESS_FACTOR
    title = factory.Sequence(lambda n: f"Inzicht {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    explanation = "<p>Wat het lerend netwerk hierover leerde.</p>"
    level = InsightLevel.CLB

    class Meta:
        model = Insight
        skip_postgeneration_save = True

    @factory.post_generation
    def core_activities(obj, create, extracted, **kwargs):
        if extracted:
            obj.core_activities = extracted
            obj.save()

    @factory.post_generation
    def practices(obj, create, extracted, **kwargs):
        for practice in extracted or []:
            PracticeInsight.objects.create(practice=practice, insight=obj)


class RecommendationFactory(factory.django.DjangoModelFactory):
    obstacle = factory.SubFactory(InsightFactory, kind=InsightKind.OBSTACLE)
    text = factory.Sequence(lambda n: f"Aanbeveling {n}: maak tijd voor overleg.")
    addressee = Addressee.GOVERNMENT

    class Meta:
        model = Recommendation

"""Loads the demo practices (idempotent: what exists is kept, what is missing is added)."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify

from network.models import Centre, Contribution

from .demo_content import PRACTICES
from .demo_files import MAKERS
from .models import (
    CarePhase,
    CoreActivity,
    EducationLevel,
    MaterialDocument,
    PracticeIndexPage,
    PracticeMaterial,
    PracticePage,
    RelatedPractice,
    TargetGroup,
)

INDEX_INTRO = (
    "<p>Goede praktijken van de anker-CLB's: beschreven, uitgeprobeerd en klaar om over te nemen. "
    "Zoek op een woord of verfijn met de filters.</p>"
)


def paragraphs(sentences):
    if isinstance(sentences, str):
        sentences = [sentences]
    return "".join(f"<p>{sentence}</p>" for sentence in sentences)


def bullets(sentences):
    return "<ul>" + "".join(f"<li>{sentence}</li>" for sentence in sentences) + "</ul>"


def aware(value):
    return timezone.make_aware(datetime.datetime.fromisoformat(value))


def get_or_create_index(home):
    index = PracticeIndexPage.objects.child_of(home).first()
    if index is None:
        index = PracticeIndexPage(
            title="Materialenbank", slug="materialenbank", intro=INDEX_INTRO, show_in_menus=True
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        # The main menu follows the page tree: the materialenbank comes first.
        index.move(home, pos="first-child")
    return index


def get_or_create_document(practice_title, material):
    title = material["title"]
    document = MaterialDocument.objects.filter(title=title).first()
    if document is None:
        content = MAKERS[material["format"]](title, material["lines"], subject=practice_title)
        document = MaterialDocument(title=title)
        filename = f"{slugify(title)[:80] or 'materiaal'}.{material['format']}"
        document.file.save(filename, ContentFile(content), save=False)
        document.save()
    return document


def build_practice(data, taxonomies, centres):
    practice = PracticePage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        purpose=paragraphs(data["purpose"]),
        steps=[
            ("step", {"title": title, "description": paragraphs(description)})
            for title, description in data["steps"]
        ],
        what_works=bullets(data["what_works"]),
        pitfalls=bullets(data["pitfalls"]),
        preconditions=bullets(data["preconditions"]),
        getting_started=paragraphs(data["getting_started"]),
        experiences=paragraphs(data["experiences"]),
        contact_role=data["contact_role"],
        last_reviewed=datetime.date.fromisoformat(data["reviewed"]),
        live=False,
    )
    practice.core_activities = [taxonomies["core_activities"][s] for s in data["core_activities"]]
    practice.care_phases = [taxonomies["care_phases"][s] for s in data["care_phases"]]
    practice.education_levels = [
        taxonomies["education_levels"][s] for s in data["education_levels"]
    ]
    practice.target_groups = [taxonomies["target_groups"][s] for s in data["target_groups"]]
    practice.tags.add(*data["themes"])
    practice.contributions = [Contribution(centre=centres[slug]) for slug in data["centres"]]
    practice.materials = [
        PracticeMaterial(
            kind=material["kind"], document=get_or_create_document(data["title"], material)
        )
        for material in data["materials"]
    ]
    return practice


def load_practices(home, stdout=None):
    """Create the missing demo practices as drafts, relate them, then publish each once."""
    index = get_or_create_index(home)
    taxonomies = {
        "core_activities": {t.slug: t for t in CoreActivity.objects.all()},
        "care_phases": {t.slug: t for t in CarePhase.objects.all()},
        "education_levels": {t.slug: t for t in EducationLevel.objects.all()},
        "target_groups": {t.slug: t for t in TargetGroup.objects.all()},
    }
    centres = {centre.slug: centre for centre in Centre.objects.all()}
    existing = set(PracticePage.objects.child_of(index).values_list("slug", flat=True))
    created = []
    for data in PRACTICES:
        if data["slug"] not in existing:
            practice = build_practice(data, taxonomies, centres)
            index.add_child(instance=practice)
            created.append((practice, data))
    for practice, data in created:
        practice.related_links = [
            RelatedPractice(related=other) for other in related_candidates(practice, data, created)
        ]
        practice.save_revision().publish()
        published = aware(data["published"])
        PracticePage.objects.filter(pk=practice.pk).update(
            first_published_at=published, last_published_at=published
        )
    if stdout:
        stdout.write(f"  praktijken: {len(created)} toegevoegd, {len(existing)} bestonden al")
    return index


def related_candidates(practice, data, created, limit=3):
    """Practices that share a theme and a core activity with this one."""
    themes = set(data["themes"])
    activities = set(data["core_activities"])
    return [
        other
        for other, other_data in created
        if other.pk != practice.pk
        and themes & set(other_data["themes"])
        and activities & set(other_data["core_activities"])
    ][:limit]

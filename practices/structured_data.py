"""schema.org descriptions (JSON-LD) of practices and cases, for search engines and catalogues.

Rendered in the page head with `{{ structured_data|ld_json }}` (leersteun.templatetags).
"""

from django.conf import settings

PUBLISHER = {"@type": "Organization", "name": "Prodia"}


def creative_work(page, request, schema_type, description):
    return {
        "@context": "https://schema.org",
        "@type": schema_type,
        "name": page.title,
        "description": description,
        "url": page.get_full_url(request),
        "inLanguage": "nl-BE",
        "datePublished": page.first_published_at,
        "dateModified": page.last_published_at,
        "license": settings.CONTENT_LICENCE_URL,
        "publisher": PUBLISHER,
    }


def names(manager):
    return [item.name for item in manager.all()]


def practice_structured_data(practice, request):
    """A practice as a schema.org LearningResource."""
    return {
        **creative_work(practice, request, "LearningResource", practice.summary),
        "learningResourceType": "goede praktijk",
        "keywords": [
            *names(practice.tags),
            *names(practice.core_activities),
            *names(practice.care_phases),
        ],
        "educationalLevel": names(practice.education_levels),
        "audience": [
            {"@type": "EducationalAudience", "educationalRole": name}
            for name in names(practice.target_groups)
        ],
        "contributor": [
            {"@type": "Organization", "name": centre.name} for centre in practice.centres
        ],
    }


def case_structured_data(case, request):
    """An anonymised case as a schema.org CreativeWork."""
    return {
        **creative_work(case, request, "CreativeWork", case.summary),
        "genre": "casus",
        "keywords": [*names(case.core_activities), *names(case.start_phases)],
        "educationalLevel": names(case.education_levels),
    }

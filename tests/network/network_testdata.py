"""Shared data for the network tests: the practice and case of centre A and their edit forms."""

from wagtail.fields import RichTextField
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from practices.models import CasePage

# A practice and a case that only De Wissel (centre A) contributed to; N-Brussel is centre B.
PRACTICE_OF_A = "handelingsgericht-advies-hoogbegaafde-leerlingen"
CASE_OF_A = "gehoorverlies-type-7"
CENTRE_A = "vrij-clb-de-wissel-antwerpen"
CENTRE_B = "clb-n-brussel"
USERNAMES = {
    "project_worker_a": "medewerker-dewissel",
    "project_worker_b": "medewerker-nbrussel",
    "editor": "redactie",
    "steering_group": "stuurgroep",
    "admin": "admin",
}


def rows(page, relation, fields):
    """An inline formset as posted, one row per existing child."""
    items = list(getattr(page, relation).all())
    return inline_formset(
        [{"id": item.pk, **{f: getattr(item, f) or "" for f in fields}} for item in items],
        initial=len(items),
    )


def as_posted(data, page, many_to_many, overrides):
    """Formsets name their foreign keys without the _id suffix; M2M fields post a list."""
    data = {
        key.replace("-centre_id", "-centre")
        .replace("-document_id", "-document")
        .replace("-related_id", "-related")
        .replace("-insight_id", "-insight")
        .replace("-practice_id", "-practice"): value
        for key, value in data.items()
    }
    for field in many_to_many:
        data[field] = [item.pk for item in getattr(page, field).all()]
    data.update(overrides)
    return data


def edit_form_data(page, **overrides):
    """The practice's edit form as the admin would post it, built from the page's own values."""
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "purpose": rich_text(page.purpose),
            "steps": streamfield(
                [
                    (
                        "step",
                        {
                            "title": block.value["title"],
                            "description": rich_text(block.value["description"].source),
                        },
                    )
                    for block in page.steps
                ]
            ),
            "what_works": rich_text(page.what_works),
            "pitfalls": rich_text(page.pitfalls),
            "preconditions": rich_text(page.preconditions),
            "getting_started": rich_text(page.getting_started),
            "experiences": rich_text(page.experiences),
            "tags": ", ".join(page.tags.names()),
            "contributions": rows(page, "contributions", ["centre_id"]),
            "contact_role": page.contact_role,
            "last_reviewed": page.last_reviewed.isoformat() if page.last_reviewed else "",
            "materials": rows(page, "materials", ["kind", "document_id", "link", "title"]),
            "related_links": rows(page, "related_links", ["related_id"]),
            "insight_links": rows(page, "insight_links", ["insight_id"]),
            "comments": inline_formset([]),
        }
    )
    taxonomies = ("core_activities", "care_phases", "education_levels", "target_groups")
    return as_posted(data, page, taxonomies, overrides)


CASE_RICH_TEXT = [f.name for f in CasePage._meta.fields if isinstance(f, RichTextField)]
CASE_PLAIN = ("title", "slug", "summary", "grade_band", "asked_by", "verslag", "verslag_type")


def case_form_data(page, **overrides):
    """The case's edit form as the admin would post it, built from the page's own values."""
    data = nested_form_data(
        {
            **{name: getattr(page, name) for name in CASE_PLAIN},
            **{name: rich_text(getattr(page, name)) for name in CASE_RICH_TEXT},
            "classifying_diagnostics": page.classifying_diagnostics,
            "forcing_rule": page.forcing_rule_id or "",
            "forcing_rule_text": page.forcing_rule_text,
            "contributions": rows(page, "contributions", ["centre_id"]),
            "practice_links": rows(page, "practice_links", ["practice_id"]),
            "comments": inline_formset([]),
        }
    )
    data["hgd_phases"] = list(page.hgd_phases)
    return as_posted(data, page, ("education_levels", "start_phases", "core_activities"), overrides)


CHILD_FORMSETS = ("contributions", "materials", "related_links", "insight_links", "practice_links")


def as_new_page(data, slug, centres):
    """Edit-form data of an existing page turned into a create form: a new title and slug,
    no existing child rows, and one contribution row per centre."""
    data = {
        key: value
        for key, value in data.items()
        if not key.startswith(tuple(f"{name}-" for name in CHILD_FORMSETS))
    }
    rows = {name: inline_formset([]) for name in CHILD_FORMSETS}
    rows["contributions"] = inline_formset([{"centre": centre.pk} for centre in centres], min=1)
    return {**data, **nested_form_data(rows), "title": slug.replace("-", " "), "slug": slug}


def index_form_data(index, **overrides):
    """An index page's (materialenbank, cases) edit form as the admin would post it."""
    data = nested_form_data(
        {
            "title": index.title,
            "slug": index.slug,
            "intro": rich_text(index.intro),
            "comments": inline_formset([]),
        }
    )
    data.update(overrides)
    return data

"""Shared data for the network tests: the practice of centre A and its edit form."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

# A practice that only De Wissel (centre A) contributed to; N-Brussel is centre B.
PRACTICE_OF_A = "handelingsgericht-advies-hoogbegaafde-leerlingen"
CENTRE_A = "vrij-clb-de-wissel-antwerpen"
CENTRE_B = "clb-n-brussel"
USERNAMES = {
    "project_worker_a": "medewerker-dewissel",
    "project_worker_b": "medewerker-nbrussel",
    "editor": "redactie",
    "steering_group": "stuurgroep",
    "admin": "admin",
}


def edit_form_data(page, **overrides):
    """The practice's edit form as the admin would post it, built from the page's own values."""

    def rows(relation, fields):
        items = list(getattr(page, relation).all())
        return inline_formset(
            [{"id": item.pk, **{f: getattr(item, f) or "" for f in fields}} for item in items],
            initial=len(items),
        )

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
            "contributions": rows("contributions", ["centre_id"]),
            "contact_role": page.contact_role,
            "last_reviewed": page.last_reviewed.isoformat() if page.last_reviewed else "",
            "materials": rows("materials", ["kind", "document_id", "link", "title"]),
            "related_links": rows("related_links", ["related_id"]),
            "insight_links": rows("insight_links", ["insight_id"]),
            "comments": inline_formset([]),
        }
    )
    # The formsets name their foreign keys without the _id suffix.
    data = {
        key.replace("-centre_id", "-centre")
        .replace("-document_id", "-document")
        .replace("-related_id", "-related")
        .replace("-insight_id", "-insight"): value
        for key, value in data.items()
    }
    for field in ("core_activities", "care_phases", "education_levels", "target_groups"):
        data[field] = [item.pk for item in getattr(page, field).all()]
    data.update(overrides)
    return data

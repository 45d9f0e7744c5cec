"""Fields of the public API (Wagtail API v2, see the `api` app) for the materialenbank's models.

Each field carries its OpenAPI schema (`openapi`), so the API description is generated from the
same classes that produce the data and cannot drift from it.
"""

from rest_framework import serializers

from leersteun.absolute_urls import public_url

from .visibility import public_pages, restricted_paths

TERM_SCHEMA = {
    "type": "object",
    "properties": {"slug": {"type": "string"}, "label": {"type": "string"}},
}
CHOICE_SCHEMA = {
    "type": "object",
    "properties": {"value": {"type": "string"}, "label": {"type": "string"}},
}
PAGE_LINK_SCHEMA = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "title": {"type": "string"},
        "html_url": {"type": "string", "format": "uri"},
    },
}


def absolute(request, url):
    return url if url.startswith(("http://", "https://")) else public_url(url, request)


class ReadOnlyField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)


class InstanceField(ReadOnlyField):
    """A field computed from the whole object (its name says which attribute it presents)."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        super().__init__(**kwargs)


class TermsField(ReadOnlyField):
    """Taxonomy terms as [{slug, label}]: the slug is the value of the materialenbank filter."""

    openapi = {"type": "array", "items": TERM_SCHEMA}

    def to_representation(self, manager):
        return [{"slug": item.slug, "label": item.name} for item in manager.all()]


class ChoiceField(InstanceField):
    """A choice as {value, label}; null when empty."""

    openapi = {**CHOICE_SCHEMA, "nullable": True}

    def to_representation(self, instance):
        value = getattr(instance, self.field_name)
        if not value:
            return None
        return {"value": value, "label": str(getattr(instance, f"get_{self.field_name}_display")())}


class ChoicesField(InstanceField):
    """A list of choices (practices.models.fields.ChoiceListField) as [{value, label}]."""

    openapi = {"type": "array", "items": CHOICE_SCHEMA}

    def to_representation(self, instance):
        values = getattr(instance, self.field_name)
        labels = instance._meta.get_field(self.field_name).labels(values)
        return [{"value": v, "label": str(label)} for v, label in zip(values, labels, strict=True)]


class MaterialsField(ReadOnlyField):
    """A practice's materials with an absolute download URL (documents) or the link (videos)."""

    openapi = {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "title": {"type": "string"},
                "kind": {"type": "string"},
                "kind_label": {"type": "string"},
                "url": {"type": "string", "format": "uri"},
                "format": {"type": "string", "nullable": True},
            },
        },
    }

    def to_representation(self, manager):
        request = self.context.get("request")
        return [
            {
                "title": material.display_title,
                "kind": material.kind,
                "kind_label": str(material.get_kind_display()),
                "url": absolute(request, material.url),
                "format": material.document.file_extension if material.document else None,
            }
            for material in manager.all()
        ]


class CentresField(InstanceField):
    """The centres that contributed to a practice as [{slug, label}] (the `centrum` filter)."""

    openapi = TermsField.openapi

    def to_representation(self, practice):
        return [{"slug": centre.slug, "label": centre.name} for centre in practice.centres]


class LivePagesField(ReadOnlyField):
    """Linked pages that are live and public, as [{id, title, html_url}]: drafts never show up."""

    openapi = {"type": "array", "items": PAGE_LINK_SCHEMA}

    def __init__(self, link_field, **kwargs):
        self.link_field = link_field
        super().__init__(**kwargs)

    def restricted_paths(self):
        """The view-restricted paths, read once per response (shared through the context)."""
        if "restricted_paths" not in self.context:
            self.context["restricted_paths"] = restricted_paths()
        return self.context["restricted_paths"]

    def to_representation(self, manager):
        request = self.context.get("request")
        pages = [getattr(link, self.link_field) for link in manager.all()]
        return [
            {"id": page.pk, "title": page.title, "html_url": page.get_full_url(request)}
            for page in public_pages(pages, self.restricted_paths())
        ]

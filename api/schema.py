"""The OpenAPI 3.0 description of the API, generated from the endpoints themselves.

Fields come from each endpoint's field list (the models' `api_fields` plus Wagtail's own), their
types from the API field's `openapi` attribute or the model field; parameters from the endpoint's
filterset. Nothing is written twice, so the description cannot drift from what is served.
"""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from django_filters import MultipleChoiceFilter
from wagtail.fields import RichTextField, StreamField

from leersteun.absolute_urls import public_url

from .views import ENDPOINTS

OPENAPI_VERSION = "3.0.3"
# Wagtail's own meta fields (what they hold is documented in Wagtail's API v2 reference).
WAGTAIL_FIELDS = {
    "type": {"type": "string", "description": "app_label.ModelName"},
    "detail_url": {"type": "string", "format": "uri"},
    "html_url": {"type": "string", "format": "uri", "nullable": True},
    "parent": {"type": "object", "nullable": True},
    "alias_of": {"type": "object", "nullable": True},
    "locale": {"type": "string"},
}
MODEL_FIELD_TYPES = [
    (RichTextField, {"type": "string", "description": "HTML"}),
    (StreamField, {"type": "array", "items": {"type": "object"}}),
    (models.DateTimeField, {"type": "string", "format": "date-time", "nullable": True}),
    (models.DateField, {"type": "string", "format": "date", "nullable": True}),
    (models.BooleanField, {"type": "boolean"}),
    (models.IntegerField, {"type": "integer"}),
    (models.AutoField, {"type": "integer"}),
    (models.BigAutoField, {"type": "integer"}),
    (models.CharField, {"type": "string"}),
    (models.TextField, {"type": "string"}),
]
COMMON_PARAMETERS = [
    {
        "name": "limit",
        "in": "query",
        "schema": {"type": "integer", "minimum": 0, "maximum": settings.WAGTAILAPI_LIMIT_MAX},
        "description": _("Items per pagina (standaard 20)."),
    },
    {
        "name": "offset",
        "in": "query",
        "schema": {"type": "integer", "minimum": 0},
        "description": _("Hoeveel items overslaan (om verder te bladeren)."),
    },
    {
        "name": "fields",
        "in": "query",
        "schema": {"type": "string"},
        "description": _(
            "Velden om toe te voegen, met komma's (`summary,maturity`), `*` voor alle, "
            "`-naam` om er een weg te laten."
        ),
    },
    {
        "name": "order",
        "in": "query",
        "schema": {"type": "string"},
        "description": _("Een veld, `-veld` voor aflopend, of `random`."),
    },
]


class UndescribedField(LookupError):
    pass


def field_schema(endpoint, model, name):
    """The schema of one field an endpoint serves."""
    overrides = endpoint.get_field_serializer_overrides(model)
    if name in overrides:
        return overrides[name].openapi
    if name in WAGTAIL_FIELDS:
        return WAGTAIL_FIELDS[name]
    try:
        model_field = model._meta.get_field(name)
    except FieldDoesNotExist:
        raise UndescribedField(f"{model.__name__}.{name}") from None
    for field_class, schema in MODEL_FIELD_TYPES:
        if isinstance(model_field, field_class):
            return schema
    raise UndescribedField(f"{model.__name__}.{name}")


def item_schema(endpoint, model):
    """An item as Wagtail serialises it: body fields at the top, meta fields under `meta`."""
    meta = endpoint.get_meta_fields_names(model)
    return {
        "type": "object",
        "properties": {
            **{
                name: field_schema(endpoint, model, name)
                for name in endpoint.get_body_fields_names(model)
            },
            "meta": {
                "type": "object",
                "properties": {name: field_schema(endpoint, model, name) for name in meta},
            },
        },
    }


def filter_parameters(endpoint):
    return [
        {
            "name": name,
            "in": "query",
            "description": str(flt.label),
            **(
                {
                    "schema": {"type": "array", "items": {"type": "string"}},
                    "style": "form",
                    "explode": True,
                }
                if isinstance(flt, MultipleChoiceFilter)  # repeatable: ?fase=a&fase=b
                else {"schema": {"type": "string"}}
            ),
        }
        for name, flt in endpoint.get_filterset_class().base_filters.items()
    ]


def listing_schema(model_name):
    return {
        "type": "object",
        "properties": {
            "meta": {
                "type": "object",
                "properties": {
                    "total_count": {"type": "integer"},
                    "notices": {
                        "type": "array",
                        "items": {"type": "string"},
                        "description": _("Genegeerde parameters en waarden."),
                    },
                },
            },
            "items": {"type": "array", "items": {"$ref": f"#/components/schemas/{model_name}"}},
        },
    }


def json_response(schema, description):
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def endpoint_paths(name, endpoint):
    model = endpoint.model
    schema_name = model.__name__
    listing = {
        "get": {
            "summary": str(model._meta.verbose_name_plural),
            "parameters": [*COMMON_PARAMETERS, *filter_parameters(endpoint)],
            "responses": {
                "200": json_response(listing_schema(schema_name), _("Een pagina items.")),
                "400": {"description": _("Ongeldige limit, offset, fields of order.")},
            },
        }
    }
    detail = {
        "get": {
            "summary": str(model._meta.verbose_name),
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}},
                COMMON_PARAMETERS[2],
            ],
            "responses": {
                "200": json_response(
                    {"$ref": f"#/components/schemas/{schema_name}"}, _("Eén item.")
                ),
                "404": {"description": _("Niet gevonden, niet gepubliceerd of niet openbaar.")},
            },
        }
    }
    return {f"/{name}/": listing, f"/{name}/{{id}}/": detail}


def taxonomy_paths():
    value = {
        "type": "object",
        "properties": {
            "slug": {"type": "string"},
            "label": {"type": "string"},
            "count": {
                "type": "integer",
                "description": _("Gepubliceerde praktijken met deze waarde."),
            },
        },
    }
    group = {
        "type": "object",
        "properties": {
            "label": {"type": "string"},
            "values": {"type": "array", "items": value},
        },
    }
    schema = {"type": "object", "additionalProperties": group}
    return {
        "/taxonomieen/": {
            "get": {
                "summary": _("De filters van de praktijken en de waarden die ze aanvaarden"),
                "responses": {"200": json_response(schema, _("Filternaam → waarden."))},
            }
        }
    }


def openapi_document(endpoints, server_url, documentation_url):
    paths, schemas = {}, {}
    for name, endpoint in endpoints.items():
        paths.update(endpoint_paths(name, endpoint))
        schemas[endpoint.model.__name__] = item_schema(endpoint, endpoint.model)
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": _("Leersteun materialenbank: open data"),
            "version": "2",
            "description": _(
                "De gepubliceerde praktijken, casussen en inzichten. Alleen lezen, zonder sleutel."
            ),
            "license": {"name": settings.CONTENT_LICENCE_NAME, "url": settings.CONTENT_LICENCE_URL},
        },
        "externalDocs": {"description": _("Uitleg in het Nederlands"), "url": documentation_url},
        "servers": [{"url": server_url}],
        "paths": {**paths, **taxonomy_paths()},
        "components": {"schemas": schemas},
    }


@require_safe
def openapi_view(request):
    document = openapi_document(
        ENDPOINTS, public_url("/api/v2", request), public_url(reverse("open_data"), request)
    )
    return JsonResponse(document, json_dumps_params={"indent": 2, "ensure_ascii": False})

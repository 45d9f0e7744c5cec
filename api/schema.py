"""The OpenAPI 3.0 description of the API, generated from the endpoints themselves.

Fields come from each endpoint's field list (the models' `api_fields` plus Wagtail's own), their
types from the API field's `openapi` attribute or the model field; parameters from the endpoint's
filterset. Nothing is written twice, so the description cannot drift from what is served.
"""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import JsonResponse
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
        "description": "Items per page (default 20).",
    },
    {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
    {
        "name": "fields",
        "in": "query",
        "schema": {"type": "string"},
        "description": "Comma-separated fields to add (`summary,maturity`), `*` for all, "
        "`-name` to leave one out.",
    },
    {
        "name": "order",
        "in": "query",
        "schema": {"type": "string"},
        "description": "A database field, `-field` for descending, or `random`.",
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
                        "description": "Ignored parameters and values, in Dutch.",
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
                "200": json_response(listing_schema(schema_name), "A page of items."),
                "400": {"description": "Invalid limit, offset, fields or order."},
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
                "200": json_response({"$ref": f"#/components/schemas/{schema_name}"}, "One item."),
                "404": {"description": "Not found, not published or not public."},
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
            "count": {"type": "integer", "description": "Live practices with this value."},
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
                "summary": "The practices' filters and the values they accept",
                "responses": {"200": json_response(schema, "Filter name → values.")},
            }
        }
    }


def openapi_document(endpoints, server_url):
    paths, schemas = {}, {}
    for name, endpoint in endpoints.items():
        paths.update(endpoint_paths(name, endpoint))
        schemas[endpoint.model.__name__] = item_schema(endpoint, endpoint.model)
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": "Leersteun materialenbank: open data",
            "version": "2",
            "description": "Published practices, cases and insights. Read-only, no key; "
            "see docs/api.md.",
            "license": {"name": settings.CONTENT_LICENCE_NAME, "url": settings.CONTENT_LICENCE_URL},
        },
        "servers": [{"url": server_url}],
        "paths": {**paths, **taxonomy_paths()},
        "components": {"schemas": schemas},
    }


@require_safe
def openapi_view(request):
    document = openapi_document(ENDPOINTS, public_url("/api/v2", request))
    return JsonResponse(document, json_dumps_params={"indent": 2, "ensure_ascii": False})

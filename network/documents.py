"""Who may download a document (material, meeting attachment) from `/documenten/<id>/<name>`.

Document ids are sequential, so the URL is no secret. A document is public when a live page
without a view restriction uses it (Wagtail's reference index, which follows the page as stored:
the live version of a published page, the draft of a page never published) or when it sits in a
collection named in `settings.PUBLIC_DOCUMENT_COLLECTIONS`. Anyone else needs rights on it:
change rights by Wagtail's document permission policy (the redactie, the uploader), or rights on
an object that uses it (edit, publish or draft-reading rights on the page; view rights on a
snippet such as a meeting).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry

from .permissions import can_read_drafts


def in_public_collection(document):
    names = settings.PUBLIC_DOCUMENT_COLLECTIONS
    return bool(names) and (
        document.collection.get_ancestors(inclusive=True).filter(name__in=names).exists()
    )


def using_objects(document):
    """The pages and the other objects that use the document, as (pages, [(model, id), ...])."""
    references = ReferenceIndex.get_references_to(document)
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = references.filter(base_content_type=page_type).values_list("object_id", flat=True)
    others = {
        (ref.base_content_type_id, ref.object_id)
        for ref in references.exclude(base_content_type=page_type)
    }
    return Page.objects.filter(pk__in=[int(pk) for pk in page_ids]), others


def is_public(document, pages):
    return in_public_collection(document) or pages.live().public().exists()


def has_rights_on(user, document, pages, others):
    if not user.is_authenticated or not user.is_active:
        return False
    policy = policy_registry.get_by_type(type(document))
    if policy.user_has_permission_for_instance(user, "change", document):
        return True
    if any(can_read_drafts(user, page) for page in pages.specific()):
        return True
    for content_type_id, _object_id in others:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None and user.has_perm(
            f"{model._meta.app_label}.view_{model._meta.model_name}"
        ):
            return True
    return False


def may_download(user, document):
    pages, others = using_objects(document)
    return is_public(document, pages) or has_rights_on(user, document, pages, others)

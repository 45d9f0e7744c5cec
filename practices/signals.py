from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.search import index

from .models import MaterialDocument, PracticePage


@receiver(post_save, sender=MaterialDocument)
def reindex_practices_of_document(sender, instance, raw=False, **kwargs):
    """A replaced material changes what its practices can be found by."""
    if raw:
        return

    def reindex():
        for practice in PracticePage.objects.filter(materials__document=instance).distinct():
            index.insert_or_update_object(practice)

    transaction.on_commit(reindex)

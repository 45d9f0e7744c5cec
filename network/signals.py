from django.apps import apps
from django.db.models.signals import post_save
from django.dispatch import receiver

from practices.models import CaseIndexPage, PracticeIndexPage

from .roles import attach_to_materialenbank


@receiver(post_save, sender=PracticeIndexPage)
@receiver(post_save, sender=CaseIndexPage)
def put_new_materialenbank_under_redactie(sender, instance, created, raw=False, **kwargs):
    # The data migration attaches an existing materialenbank; this covers one created later.
    if created and not raw:
        attach_to_materialenbank(apps)

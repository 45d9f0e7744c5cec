from django.core.cache import cache
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished

from .templatetags.navigation import MENU_CACHE_KEY


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_delete, sender=Page)
def forget_main_menu(sender, **kwargs):
    """Menu items are the home page's children: any publication may change them."""
    cache.delete_many(
        [MENU_CACHE_KEY.format(site_id=pk) for pk in Site.objects.values_list("pk", flat=True)]
    )

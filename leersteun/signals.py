from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from .models import SiteLinks
from .templatetags.navigation import LINKS_CACHE_KEY, MENU_CACHE_KEY


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_page_move)
@receiver(post_delete, sender=Page)
@receiver(post_save, sender=SiteLinks)
def forget_main_menu(sender, **kwargs):
    """Menu items and header/footer links are pages: any publication may change them."""
    cache.delete_many(
        [
            key.format(site_id=pk)
            for pk in Site.objects.values_list("pk", flat=True)
            for key in (MENU_CACHE_KEY, LINKS_CACHE_KEY)
        ]
    )

from django import template
from django.core.cache import cache
from wagtail.models import Site

register = template.Library()

MENU_CACHE_KEY = "leersteun:main-menu:{site_id}"


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page's children that editors marked 'show in menus' (cached per site)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"items": [], "request": request}
    items = cache.get_or_set(
        MENU_CACHE_KEY.format(site_id=site.pk),
        lambda: [
            (page.title, page.get_url(request))
            for page in site.root_page.get_children().live().in_menu()
        ],
    )
    return {"items": items, "request": request}

from django import template
from django.core.cache import cache
from wagtail.models import Site

register = template.Library()

MENU_CACHE_KEY = "leersteun:main-menu:{site_id}"
LINKS_CACHE_KEY = "leersteun:site-links:{site_id}"


def site_for(context):
    request = context.get("request")
    return request, (Site.find_for_request(request) if request else None)


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page's children that editors marked 'show in menus' (cached per site)."""
    request, site = site_for(context)
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


def page_url(page, request):
    return page.get_url(request) if page is not None and page.live else None


def find_site_links(site, request):
    from practices.models import PracticeIndexPage

    from ..models import ContactPage, SiteLinks

    links = SiteLinks.for_site(site)
    return {
        "search": page_url(PracticeIndexPage.objects.live().first(), request),
        "accessibility": page_url(links.accessibility_page, request),
        "privacy": page_url(links.privacy_page, request),
        "contact": page_url(ContactPage.objects.live().first(), request),
    }


@register.simple_tag(takes_context=True)
def site_links(context):
    """URLs of the pages the header and footer link to, by page rather than by slug (cached per
    site, cleared with the menu by `leersteun.signals`); a missing page gives None."""
    request, site = site_for(context)
    if site is None:
        return {}
    return cache.get_or_set(
        LINKS_CACHE_KEY.format(site_id=site.pk), lambda: find_site_links(site, request)
    )


@register.filter
def elided_page_range(page):
    """The page numbers to link: the first and last, and two on either side of the current
    one, with an ellipsis for the gaps (a link per page would grow with the result size)."""
    return page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)

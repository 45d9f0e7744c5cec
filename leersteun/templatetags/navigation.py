from django import template
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page's children that editors marked 'show in menus'."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    items = site.root_page.get_children().live().in_menu() if site else []
    return {"items": items, "request": request}

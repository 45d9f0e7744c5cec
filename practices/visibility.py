"""Which already loaded pages a visitor may see: live and outside every view-restricted subtree
(Wagtail's privacy setting). Querysets use Wagtail's own `.live().public()`; this is for pages
reached through a relation and loaded with their parent (a study day's sessions)."""

from wagtail.models import PageViewRestriction


def restricted_paths():
    """The paths of the view-restricted pages (one query)."""
    return sorted(PageViewRestriction.objects.values_list("page__path", flat=True))


def public_pages(pages, paths=None):
    """The live pages among `pages` outside every view-restricted subtree; `paths`, when the
    caller already has them, saves reading `restricted_paths()` again."""
    paths = tuple(restricted_paths() if paths is None else paths)
    return [page for page in pages if page.live and not page.path.startswith(paths)]

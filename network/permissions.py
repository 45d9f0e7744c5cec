"""Per-centre rights on practices and cases, enforced wherever Wagtail checks page permissions.

Wagtail asks a page's `permissions_for_user()` for a `PagePermissionTester` in every admin view
(edit, preview, submit, publish, unpublish, delete, move, copy, revisions, listing actions).
`PracticePage` and `CasePage` return the tester named by `settings.PRACTICE_PERMISSION_TESTER`,
which is `CentrePermissionTester`: a user linked to a centre keeps the page rights their groups
give on the materialenbank and the cases only for items that centre contributed to; on any other
item they have none. Their page form asks `required_centre()`, so a new or edited item must
name their centre. The group rights themselves (add/change, never publish, for project workers)
come from `GroupPagePermission`s set up by `network.roles`.

The admin's listings do not ask the tester page by page: search, the admin API (explorer menu,
`child_of`), the site history and the workflow and page reports read Wagtail's page permission
policy. `CentrePagePermissionPolicy` drops the same items there, so a project worker never meets
another centre's practice or case by title; the page chooser and the filters that must still
offer published ones leave out only `hidden_pages()`.
"""

from django.db.models import Q
from wagtail.models import Page, PagePermissionTester
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from practices.models import CasePage, PracticePage

from .models import Centre, Membership

# The page models whose rights follow their contributing centres.
CONTRIBUTED_MODELS = (PracticePage, CasePage)

# Editors and the steering group read every practice and case, drafts included, through the
# network reports.
REPORT_PERMISSION = "network.view_network_reports"


def centre_id_for(user):
    """The id of the centre a user works for, cached on the user for the request."""
    if not hasattr(user, "_network_centre_id"):
        user._network_centre_id = (
            Membership.objects.filter(user_id=user.pk).values_list("centre_id", flat=True).first()
            if user.is_authenticated
            else None
        )
    return user._network_centre_id


def restricted_centre_id(user):
    """The centre that scopes this user's page rights, or None (no centre rule applies)."""
    if not user.is_active or user.is_superuser:
        return None
    return centre_id_for(user)


def other_centres_items(centre_id):
    """The practices and cases (as pages) the centre did not contribute to."""
    items = Page.objects.type(*CONTRIBUTED_MODELS)
    for model in CONTRIBUTED_MODELS:
        own = model.objects.filter(contributions__centre_id=centre_id).values("pk")
        items = items.exclude(pk__in=own)
    return items


def hidden_pages(user):
    """Pages whose title, slug and status this user must not see anywhere in the admin: another
    centre's practices and cases that are unpublished or have unpublished changes (whose draft
    title Wagtail shows). Published versions are public anyway."""
    centre_id = restricted_centre_id(user)
    if centre_id is None:
        return Page.objects.none()
    unpublished = Q(live=False) | Q(has_unpublished_changes=True)
    return other_centres_items(centre_id).filter(unpublished)


def contributing_centre_ids(page):
    """The centres named on this version of the page (a revision's in-memory relations count)."""
    return {contribution.centre_id for contribution in page.contributions.all()}


class CentrePermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        centre_id = restricted_centre_id(user)
        if centre_id is not None and centre_id not in contributing_centre_ids(page):
            # Dropping every page permission denies edit, submit, delete, move, copy, lock
            # and the owner rule alike; a reviewer's workflow access is unaffected.
            self.permissions = set()

    @staticmethod
    def required_centre(user):
        """The centre every practice or case this user saves must name, or None (no rule)."""
        centre_id = restricted_centre_id(user)
        return None if centre_id is None else Centre.objects.get(pk=centre_id)


class CentrePagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page policy without a centre user's rights on other centres' items.

    `explorable_instances()` builds on this, so those items are not explorable either.
    """

    def instances_user_has_any_permission_for(self, user, actions):
        pages = super().instances_user_has_any_permission_for(user, actions)
        centre_id = restricted_centre_id(user)
        if centre_id is None:
            return pages
        return pages.exclude(pk__in=other_centres_items(centre_id).values("pk"))


def can_read_drafts(user, page):
    perms = page.permissions_for_user(user)
    return user.has_perm(REPORT_PERMISSION) or perms.can_edit() or perms.can_publish()


class OwnCentrePermissionPolicy(ModelPermissionPolicy):
    """Model rights as Django grants them, but a user linked to a centre only changes or
    deletes that centre's records (everyone with "view" still reads them all).

    Subclasses widen what "that centre's records" means with `owns` and `owned`."""

    def owns(self, centre_id, instance):
        return instance.centre_id == centre_id

    def owned(self, centre_id, queryset):
        return queryset.filter(centre_id=centre_id)

    def _restricted_to(self, user, actions):
        if user.is_superuser or not (set(actions) - {"view"}):
            return None
        return centre_id_for(user)

    def user_has_permission_for_instance(self, user, action, instance):
        centre_id = self._restricted_to(user, {action})
        if centre_id is not None and not self.owns(centre_id, instance):
            return False
        return super().user_has_permission_for_instance(user, action, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        centre_id = self._restricted_to(user, actions)
        return instances if centre_id is None else self.owned(centre_id, instances)

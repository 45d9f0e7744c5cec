"""Who may change an adoption: editors all; a project worker those they follow up."""

from django.db.models import Q

from network.models import Contribution
from network.permissions import OwnCentrePermissionPolicy


class AdoptionPermissionPolicy(OwnCentrePermissionPolicy):
    """A project worker's adoptions: of practices their centre contributed, or by their centre.

    Spreading a practice is the contributing anchor centre's follow-up, so its project workers
    record who took it up; an adoption by their own centre is theirs too.
    """

    def owns(self, centre_id, instance):
        return (
            instance.centre_id == centre_id
            or Contribution.objects.filter(
                practice_id=instance.practice_id, centre_id=centre_id
            ).exists()
        )

    def owned(self, centre_id, queryset):
        contributed = Contribution.objects.filter(centre_id=centre_id).values("practice_id")
        return queryset.filter(Q(centre_id=centre_id) | Q(practice_id__in=contributed))

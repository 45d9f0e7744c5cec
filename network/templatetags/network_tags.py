from django import template
from django.db.models import Prefetch

from ..maturity import MaturityLevel, annotate_maturity, explain
from ..models import TryOut, TryOutParticipant

register = template.Library()


@register.inclusion_tag("network/includes/practice_maturity.html")
def practice_maturity(practice):
    """The maturity badge and the try-outs of one practice: three queries."""
    level = (
        annotate_maturity(type(practice).objects.filter(pk=practice.pk))
        .values("maturity", "tried_centres", "adopting_centres")
        .first()
    )
    tryouts = (
        TryOut.objects.filter(practice_id=practice.pk)
        .select_related("centre")
        .prefetch_related(
            Prefetch("participants", queryset=TryOutParticipant.objects.order_by("sort_order"))
        )
        .order_by("-start_date", "centre__name")
    )
    return {
        "level": level["maturity"],
        "level_label": MaturityLevel(level["maturity"]).label,
        "sentence": explain(level["maturity"], level["tried_centres"], level["adopting_centres"]),
        "tryouts": tryouts,
    }

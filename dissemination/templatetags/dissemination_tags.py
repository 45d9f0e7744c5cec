"""Template tags for the pages of other apps: the study days that presented a practice, case
or insight, and the invitation to report that a centre uses a practice."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse

from ..models import StudyDayPage

register = template.Library()


@register.inclusion_tag("dissemination/includes/presented_at.html")
def presented_at(item):
    """'Voorgesteld op studiedag …' on a practice, case or insight (links back from sessions)."""
    if item.pk is None:  # the preview of a page or snippet that was never saved
        return {"study_days": []}
    field = {"practicepage": "practices", "casepage": "cases", "insight": "insights"}[
        item._meta.model_name
    ]
    days = (
        StudyDayPage.objects.live()
        .filter(**{f"sessions__{field}": item})
        .distinct()
        .order_by("-date")
    )
    return {"study_days": days}


@register.inclusion_tag("dissemination/includes/report_adoption_link.html")
def report_adoption_link(practice):
    """'Gebruikt jouw centrum deze praktijk? Meld het' on a live practice."""
    url = f"{reverse('dissemination:report')}?{urlencode({'praktijk': practice.pk})}"
    return {"url": url if practice.live else None}

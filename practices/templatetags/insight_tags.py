from django import template

from ..models import Insight, InsightIndexPage
from ..models.insights import KIND_PLURALS, group_by

register = template.Library()


@register.simple_tag(takes_context=True)
def practice_insights(context, practice):
    """The published insights a practice shows, grouped by kind, linked to their pages."""
    index = InsightIndexPage.objects.live().first()
    if index is None:
        return []
    insights = Insight.objects.public().shown_by(practice).order_by("title")
    return group_by(index.with_urls(insights, context.get("request")), "kind", KIND_PLURALS)

from django import template

register = template.Library()


@register.filter
def with_accessibility_issues(documents):
    """The documents of an admin listing page that need an accessible version."""
    return [document for document in documents if document.accessibility_issues]

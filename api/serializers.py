"""API fields that need the network app (the derived maturity level) or the API's own context."""

from network.maturity import MaturityLevel, explain
from practices.serializers import InstanceField


class MaturityField(InstanceField):
    """The maturity level as {level, label, explanation}, from `annotate_maturity`."""

    openapi = {
        "type": "object",
        "properties": {
            "level": {"type": "string", "enum": list(MaturityLevel.values)},
            "label": {"type": "string"},
            "explanation": {"type": "string"},
        },
    }

    def to_representation(self, practice):
        level = MaturityLevel(practice.maturity)
        return {
            "level": level.value,
            "label": str(level.label),
            "explanation": str(explain(level, practice.tried_centres, practice.adopting_centres)),
        }


class InsightUrlField(InstanceField):
    """The insight's public page below /inzichten/ (null when that page is not live)."""

    openapi = {"type": "string", "format": "uri", "nullable": True}

    def to_representation(self, insight):
        index = self.context.get("insight_index")
        if index is None:
            return None
        request = self.context["request"]
        return index.get_full_url(request) + index.reverse_subpage("insight", args=(insight.slug,))

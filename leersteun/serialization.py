"""The backup's JSON format: Django's JSON with natural foreign keys, tolerant of dangling ids.

Wagtail keeps the log entries of a deleted page, pointing at a page id that no longer exists
(the foreign key has no database constraint). Natural-key serialisation looks that page up and
fails; such a reference travels as its plain id instead, which loaddata reads back unchanged.
"""

from django.core.exceptions import ObjectDoesNotExist
from django.core.serializers.json import Deserializer  # noqa: F401  (a format needs both)
from django.core.serializers.json import Serializer as JSONSerializer


class Serializer(JSONSerializer):
    def handle_fk_field(self, obj, field):
        try:
            super().handle_fk_field(obj, field)
        except ObjectDoesNotExist:
            self._current[field.name] = self._value_from_field(obj, field)

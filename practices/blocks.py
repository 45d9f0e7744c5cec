from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Stap"), max_length=160)
    description = blocks.RichTextBlock(
        label=_("Uitleg"), features=["bold", "italic", "ol", "ul", "link"]
    )

    class Meta:
        label = _("Stap")
        icon = "list-ol"
        template = "practices/blocks/step.html"

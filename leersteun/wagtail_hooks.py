from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem


class ProjectContentChecker(ContentCheckerItem):
    """Wagtail's accessibility checker (userbar and editor 'Checks' panel) with the project's rules.

    It checks what editors control: the page content in <main>. Header, footer and templates are
    covered by the axe-core browser tests on every page type.
    """

    axe_include = ["main"]
    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "page-has-heading-one",
        "image-alt",
        "list",
        "listitem",
        "link-in-text-block",
        "duplicate-id",
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "heading-order": {
            "error_name": _("Tussenkoppen slaan een niveau over"),
            "help_text": _(
                "De titel van de pagina is kop 1; begin in de tekst bij kop 2, dan kop 3."
            ),
        },
        "link-name": {
            "error_name": _("Link zonder tekst"),
            "help_text": _("Geef elke link een tekst die zegt waar hij naartoe leidt."),
        },
        "page-has-heading-one": {
            "error_name": _("Pagina zonder hoofdtitel"),
            "help_text": _("Elke pagina heeft precies één kop 1: de titel."),
        },
        "image-alt": {
            "error_name": _("Afbeelding zonder alternatieve tekst"),
            "help_text": _("Beschrijf wat de afbeelding toont, of markeer ze als decoratief."),
        },
        "list": {
            "error_name": _("Lijst verkeerd opgebouwd"),
            "help_text": _("Gebruik de knoppen voor opsommingen in plaats van streepjes."),
        },
        "listitem": {
            "error_name": _("Lijstitem buiten een lijst"),
            "help_text": _("Gebruik de knoppen voor opsommingen in plaats van streepjes."),
        },
        "link-in-text-block": {
            "error_name": _("Link niet te onderscheiden van de tekst"),
            "help_text": _("Een link in een zin moet onderlijnd zijn, niet alleen gekleurd."),
        },
        "duplicate-id": {
            "error_name": _("Dubbel anker op de pagina"),
            "help_text": _("Elk anker (id) mag maar één keer voorkomen."),
        },
    }


@hooks.register("construct_wagtail_userbar")
def use_project_content_checker(request, items, page):
    items[:] = [
        ProjectContentChecker(in_editor=item.in_editor)
        if isinstance(item, ContentCheckerItem)
        else item
        for item in items
    ]

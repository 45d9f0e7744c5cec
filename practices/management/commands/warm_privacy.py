"""``manage.py warm_privacy``: build Deduce's lookup structures once (set-up step).

The first build after installing deduce takes a minute or more; later processes load
the on-disk cache in seconds.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from practices.privacy import cache_file, warm_up


class Command(BaseCommand):
    help = (
        "Bouwt de opzoekstructuren van deduce voor de privacycontrole "
        "(eenmalig, kan minuten duren)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--rebuild",
            action="store_true",
            help="Bouw de cache opnieuw op, ook als ze al bestaat.",
        )

    def handle(self, *args, **options):
        path = cache_file()
        existed = path.exists() and not options["rebuild"]
        if not existed:
            self.stdout.write(
                _("Opzoekstructuren van deduce worden opgebouwd; dit kan enkele minuten duren ...")
            )
        seconds = warm_up(rebuild=options["rebuild"])
        message = (
            _("Cache geladen in %(seconds).1f s (%(path)s).")
            if existed
            else _("Cache opgebouwd in %(seconds).1f s (%(path)s).")
        )
        self.stdout.write(self.style.SUCCESS(message % {"seconds": seconds, "path": path}))

"""``manage.py privacy_scan [--json] [FILE|-]``: report identifying data in a text.

Exit status 0 when nothing was found, 1 when something was, 2 on an error.
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from practices.privacy import scan

#: Exit status when the text holds identifying data.
FOUND = 1


class Command(BaseCommand):
    help = (
        "Zoekt identificerende gegevens (namen, geboortedata, rijksregisternummers, ...) "
        "in een tekst."
    )
    #: ``call_command(..., stdin=StringIO(...))`` reads from that stream instead of stdin.
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            default="-",
            metavar="FILE",
            help="Tekstbestand (UTF-8) om te scannen; '-' of niets leest van stdin.",
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help='Schrijf een JSON-lijst van {"start", "end", "text", "kind"}.',
        )

    def handle(self, *args, **options):
        text = self._read(options["path"], options.get("stdin"))
        findings = scan(text)
        if options["json"]:
            self.stdout.write(
                json.dumps([f.as_dict() for f in findings], ensure_ascii=False), ending="\n"
            )
        else:
            for finding in findings:
                self.stdout.write(f"{finding.start}-{finding.end}\t{finding.kind}\t{finding.text}")
            if findings:
                summary = ngettext(
                    "%(count)d identificerend gegeven gevonden.",
                    "%(count)d identificerende gegevens gevonden.",
                    len(findings),
                ) % {"count": len(findings)}
            else:
                summary = _("Geen identificerende gegevens gevonden.")
            self.stdout.write(summary)
        self.stdout.flush()
        if findings:
            sys.exit(FOUND)

    @staticmethod
    def _read(path: str, stream=None) -> str:
        # Offsets in the output count characters of the input exactly as given, so
        # line endings are not translated.
        try:
            if path == "-":
                stream = stream or sys.stdin
                buffer = getattr(stream, "buffer", None)
                return buffer.read().decode("utf-8") if buffer else stream.read()
            with open(path, encoding="utf-8", newline="") as handle:
                return handle.read()
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(
                _("Kan %(path)s niet lezen: %(error)s") % {"path": path, "error": error},
                returncode=2,
            ) from error

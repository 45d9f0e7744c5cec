"""Build the final report PDF outside a request, and measure what it costs."""

import resource
import time
from pathlib import Path
from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError
from django.test import RequestFactory

from reports.forms import PeriodForm
from reports.models import FinalReportPage


class Command(BaseCommand):
    help = "Maakt het eindrapport als PDF en meldt de duur en het piekgeheugen."

    def add_arguments(self, parser):
        parser.add_argument("--output", default="var/eindrapport.pdf", help="Doelbestand.")
        parser.add_argument("--van", help="Begin van de periode (JJJJ-MM-DD).")
        parser.add_argument("--tot", help="Einde van de periode (JJJJ-MM-DD).")

    def handle(self, *args, output, van=None, tot=None, **options):
        page = FinalReportPage.objects.live().first()
        if page is None:
            raise CommandError("Er is geen gepubliceerde pagina van het type eindrapport.")
        url = urlsplit(page.get_full_url())
        query = {key: value for key, value in (("van", van), ("tot", tot)) if value}
        form = PeriodForm(query, page.default_period)
        if not form.is_valid():
            raise CommandError(" ".join(m for errors in form.errors.values() for m in errors))
        request = RequestFactory().get(
            url.path, query, HTTP_HOST=url.netloc, secure=url.scheme == "https"
        )
        started = time.perf_counter()
        pdf = page.render_pdf(request)
        seconds = time.perf_counter() - started
        target = Path(output)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pdf)
        # ru_maxrss is in kilobytes on Linux.
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.stdout.write(
            f"{target}: {len(pdf) / 1024:.0f} kB in {seconds:.2f} s, "
            f"piekgeheugen van het proces {peak_mb:.0f} MB"
        )

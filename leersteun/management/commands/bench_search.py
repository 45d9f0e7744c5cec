"""Benchmark of the search at 1,000 and 5,000 practices (run by `make bench`).

Synthetic practices are written in bulk straight into the tables (creating thousands of pages one
by one through Wagtail takes long), indexed in the search backend's own table, and then a fixed
mix of searches and filter combinations is sent through the full Django stack: the
materialenbank, the whole-portal search and the suggestions. Each materialenbank kind is compared
with its SQL floor: hand-written statements returning the same total, every facet count and the
same page of ids, timed in the same run.
"""

import itertools
import random
import statistics
import sys
import time
import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, reset_queries, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Locale, Page

from leersteun.models import HomePage
from network.models import Centre, Contribution
from practices.listing import page_offset
from practices.models import (
    CarePhase,
    CoreActivity,
    EducationLevel,
    MaterialDocument,
    MaterialKind,
    PracticeIndexPage,
    PracticeMaterial,
    PracticePage,
    PracticePageTag,
    TargetGroup,
)
from practices.models.pages import TAXONOMY_FIELDS
from sitesearch.suggestions import forget_candidates
from vocabulary import corpus
from vocabulary.query import build_query, clean

WORDS = (
    "leerling leerkracht leerkrachten ouders zorgcoördinator klas school overleg consultatie "
    "advies adviezen diagnostiek diagnostische onderzoek observatie gesprek verslag leersteun "
    "ondersteuningsnoden welbevinden gedrag taal lezen rekenen motoriek aandacht planning "
    "huiswerk overgang secundair kleuter team intervisie handelingsgericht functioneren sterktes "
    "doelen afspraken evaluatie opvolging klasraad netwerk kwaliteit vorming coaching"
).split()
RARE_WORDS = [f"zeldzaamwoord{n}" for n in range(20)]
THEMES = [f"thema {n}" for n in range(60)]
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
URL = "/materialenbank/"
PORTAL_URL = "/zoeken/"
SUGGESTIONS_URL = "/zoeken/suggesties/"
BATCH = 2000


def path_step(number):
    digits = ""
    for _ in range(4):
        number, remainder = divmod(number, 36)
        digits = ALPHABET[remainder] + digits
    return digits


def zipf_vocabulary(size=3000):
    """Filler words with the domain words spread over ranks 30-300: like real text, a common
    query word occurs in some practices, not in all of them."""
    vocabulary = [f"woord{rank}" for rank in range(size)]
    for position, word in enumerate(WORDS):
        vocabulary[30 + 6 * position] = word
    weights = [1 / (rank + 1) for rank in range(size)]
    return vocabulary, list(itertools.accumulate(weights))


VOCABULARY, CUMULATIVE_WEIGHTS = zipf_vocabulary()


def sentence(rng, length):
    return " ".join(rng.choices(VOCABULARY, cum_weights=CUMULATIVE_WEIGHTS, k=length))


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Command(BaseCommand):
    help = "Meet het zoeken bij 1.000 en 5.000 praktijken (alleen op PostgreSQL)."

    def add_arguments(self, parser):
        parser.add_argument("--sizes", default="1000,5000")
        parser.add_argument("--repeat", type=int, default=15)
        parser.add_argument("--output", default="")

    def handle(self, *args, sizes, repeat, output, **options):
        if connection.vendor != "postgresql":
            raise CommandError("De benchmark draait op PostgreSQL (zet DATABASE_URL).")
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
        self.rng = random.Random(2024)
        self.cold = {}
        self.index_page = self.prepare_site()
        self.lookups = self.load_lookups()
        report = []
        created = PracticePage.objects.count()
        for size in [int(s) for s in sizes.split(",")]:
            self.generate(created, size)
            created = size
            report.append(self.measure(size, repeat))
        text = self.render(report)
        self.stdout.write(text)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)

    # -- data -------------------------------------------------------------------------------

    def prepare_site(self):
        home = HomePage.objects.get()
        index_page = PracticeIndexPage.objects.first()
        if index_page is None:
            index_page = PracticeIndexPage(title="Materialenbank", slug="materialenbank")
            home.add_child(instance=index_page)
            index_page.save_revision().publish()
        return index_page

    def load_lookups(self):
        for name in THEMES:
            Tag.objects.get_or_create(name=name, defaults={"slug": name.replace(" ", "-")})
        return {
            "core_activities": list(CoreActivity.objects.values_list("pk", "slug")),
            "care_phases": list(CarePhase.objects.values_list("pk", "slug")),
            "education_levels": list(EducationLevel.objects.values_list("pk", "slug")),
            "target_groups": list(TargetGroup.objects.values_list("pk", "slug")),
            "centres": list(Centre.objects.values_list("pk", "slug")),
            "tags": list(Tag.objects.filter(name__in=THEMES).values_list("pk", "slug")),
            "kinds": [kind for kind, _label in MaterialKind.choices],
        }

    def generate(self, start, stop):
        content_type = ContentType.objects.get_for_model(PracticePage)
        locale = Locale.get_default()
        started = time.perf_counter()
        for batch_start in range(start, stop, BATCH):
            batch = range(batch_start, min(stop, batch_start + BATCH))
            with transaction.atomic():
                self.insert_batch(batch, content_type, locale)
            self.progress(batch.stop - start, stop - start, started, f"{stop:,} praktijken")
        Page.objects.filter(pk=self.index_page.pk).update(
            numchild=PracticePage.objects.child_of(self.index_page).count()
        )
        self.stdout.write("")
        self.index(start, stop)
        forget_caches()  # bulk inserts send no signals

    def insert_batch(self, numbers, content_type, locale):
        rng, lookups = self.rng, self.lookups
        now = timezone.now()
        pages = []
        for number in numbers:
            title = f"{sentence(rng, 4).capitalize()} {number}"
            pages.append(
                Page(
                    path=self.index_page.path + path_step(number + 1),
                    depth=self.index_page.depth + 1,
                    numchild=0,
                    translation_key=uuid.uuid4(),
                    locale=locale,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now - timedelta(minutes=number),
                    last_published_at=now - timedelta(minutes=number),
                    title=title,
                    draft_title=title,
                    slug=f"bench-{number}",
                    content_type=content_type,
                    url_path=f"{self.index_page.url_path}bench-{number}/",
                )
            )
        Page.objects.bulk_create(pages)
        ids = list(
            Page.objects.filter(slug__in=[p.slug for p in pages], depth=self.index_page.depth + 1)
            .order_by("path")
            .values_list("pk", flat=True)
        )
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO practices_practicepage (page_ptr_id, summary, purpose, steps,"
                " what_works, pitfalls, preconditions, getting_started, experiences,"
                " contact_role, last_reviewed)"
                " VALUES (%s, %s, %s, %s, %s, '', '', '', '', %s, NULL)",
                [
                    (
                        pk,
                        sentence(rng, 25)
                        + (f" {rng.choice(RARE_WORDS)}" if rng.random() < 0.05 else ""),
                        f"<p>{sentence(rng, 60)}</p>",
                        "[]",
                        f"<p>{sentence(rng, 40)}</p>",
                        "HGD-coördinator",
                    )
                    for pk in ids
                ],
            )
        links = {
            "core_activities": (1, 2),
            "care_phases": (1, 2),
            "education_levels": (1, 3),
            "target_groups": (1, 3),
        }
        for field, (low, high) in links.items():
            through = getattr(PracticePage, field).through
            column = f"{PracticePage._meta.get_field(field).related_model._meta.model_name}_id"
            through.objects.bulk_create(
                through(practicepage_id=pk, **{column: value_pk})
                for pk in ids
                for value_pk, _slug in rng.sample(lookups[field], rng.randint(low, high))
            )
        PracticePageTag.objects.bulk_create(
            PracticePageTag(content_object_id=pk, tag_id=tag_pk)
            for pk in ids
            for tag_pk, _slug in rng.sample(lookups["tags"], rng.randint(1, 3))
        )
        Contribution.objects.bulk_create(
            Contribution(practice_id=pk, centre_id=centre_pk, sort_order=0)
            for pk in ids
            for centre_pk, _slug in rng.sample(lookups["centres"], rng.randint(1, 2))
        )
        documents = MaterialDocument.objects.bulk_create(
            MaterialDocument(
                title=f"Werkblad {pk}",
                file=f"documents/bench-{pk}.pdf",
                extracted_text=sentence(rng, 120),
            )
            for pk in ids
        )
        PracticeMaterial.objects.bulk_create(
            PracticeMaterial(practice_id=pk, document=document, kind=rng.choice(lookups["kinds"]))
            for pk, document in zip(ids, documents, strict=True)
        )

    def index(self, start, stop):
        """Write the search index rows of the new practices in bulk.

        Same table, columns and weights as Wagtail's PostgreSQL backend (title 'A', summary 'B',
        the rest 'D'), but one INSERT per batch: the backend's own per-object indexer costs
        tens of milliseconds a page, hours at 100k.
        """
        content_type = ContentType.objects.get_for_model(PracticePage)
        queryset = (
            PracticePage.objects.filter(slug__startswith="bench-")
            .order_by("pk")
            .prefetch_related(
                "tags",
                "core_activities",
                "care_phases",
                "education_levels",
                "target_groups",
                "materials__document",
            )
        )
        pks = list(queryset.values_list("pk", flat=True))[start:stop]
        started = time.perf_counter()
        for offset in range(0, len(pks), BATCH):
            rows = []
            for practice in queryset.filter(pk__in=pks[offset : offset + BATCH]):
                labels = [t.name for f in TAXONOMY_FIELDS for t in getattr(practice, f).all()]
                body = " ".join(
                    [
                        *practice.text_sections()[2:],
                        *labels,
                        *(t.name for t in practice.tags.all()),
                        practice.material_text(),
                        practice.normalized_text(),
                    ]
                )
                rows.append(
                    (
                        content_type.pk,
                        str(practice.pk),
                        practice.title,
                        practice.summary,
                        body,
                        practice.title,
                        f"{practice.summary} {body}",
                    )
                )
            with connection.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO wagtailsearch_indexentry (content_type_id, object_id, title,"
                    " autocomplete, body, title_norm, title_text, body_text)"
                    " VALUES (%s, %s, setweight(to_tsvector('dutch', %s), 'A'),"
                    " to_tsvector('simple', ''),"
                    " setweight(to_tsvector('dutch', %s), 'B') || to_tsvector('dutch', %s),"
                    " 1.0, %s, %s)"
                    " ON CONFLICT (content_type_id, object_id) DO NOTHING",
                    rows,
                )
            self.progress(offset + len(rows), len(pks), started, "indexeren")
        self.stdout.write("")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    def progress(self, done, total, started, label):
        width = 30
        filled = int(width * done / max(total, 1))
        elapsed = time.perf_counter() - started
        sys.stdout.write(
            f"\r  {label:<20} [{'#' * filled}{'.' * (width - filled)}] {done:>7,}/{total:,}"
            f"  {elapsed:5.0f}s"
        )
        sys.stdout.flush()

    # -- measuring --------------------------------------------------------------------------

    def query_mix(self):
        """{kind: (url, parameters)}; the materialenbank's kinds have a SQL floor."""
        slugs = {
            key: [slug for _pk, slug in values]
            for key, values in self.lookups.items()
            if key != "kinds"
        }
        return {
            "geen filter": (URL, {}),
            "1 facet": (URL, {"fase": "fase-1"}),
            "4 facetten": (
                URL,
                {
                    "fase": ["fase-1", "fase-2"],
                    "kernactiviteit": "handelingsgericht-advies",
                    "niveau": "lager-gewoon",
                    "thema": slugs["tags"][:3],
                },
            ),
            "tekst (vaak)": (URL, {"q": "ouders"}),
            "tekst (zeldzaam)": (URL, {"q": RARE_WORDS[7]}),
            "tekst + facetten": (
                URL,
                {"q": "diagnostische adviezen", "fase": "fase-2", "doelgroep": "leraar"},
            ),
            "sorteer titel, p. 3": (
                URL,
                {"sort": "titel", "page": "3", "kernactiviteit": "icf-cy"},
            ),
            "hele portaal": (PORTAL_URL, {"q": "leerkracht overleg"}),
            "suggesties": (SUGGESTIONS_URL, {"q": "interv"}),
        }

    def measure(self, size, repeat):
        client = Client()
        rows = []
        # The first search after an unpublication rebuilds the vocabulary's corpus of words.
        cold = []
        for _ in range(3):
            forget_caches()
            started = time.perf_counter()
            client.get(URL, {"q": "ouders"})
            cold.append((time.perf_counter() - started) * 1000)
        self.cold[size] = statistics.median(cold)
        for kind, (url, params) in self.query_mix().items():
            response = client.get(url, params)
            assert response.status_code == 200, kind
            floor, count = None, None
            if url == URL:
                answer = client.get(URL, {**params, "format": "json"}).json()
                count = answer["count"]
                statements = self.floor_statements(params)
                self.check_floor(kind, statements, answer)
                floor = []
                for _ in range(repeat):
                    # Only the database's work is timed: the statements are built once.
                    started = time.perf_counter()
                    self.run_floor(statements)
                    floor.append((time.perf_counter() - started) * 1000)
            # DEBUG's query log is a bounded deque: start it empty, or a full log counts nothing.
            reset_queries()
            with CaptureQueriesContext(connection) as queries:
                client.get(url, params)
            timings = []
            for _ in range(repeat):
                started = time.perf_counter()
                client.get(url, params)
                timings.append((time.perf_counter() - started) * 1000)
            rows.append(
                {
                    "size": size,
                    "kind": kind,
                    "p50": statistics.median(timings),
                    "p95": percentile(timings, 0.95),
                    "floor": statistics.median(floor) if floor else None,
                    "queries": len(queries.captured_queries),
                    "count": count,
                }
            )
        return rows

    def check_floor(self, kind, statements, answer):
        """The floor must give the page's answer: the same total, the same counts of the groups
        it counts and the same page of ids."""
        rows, ids = self.run_floor(statements)
        floor_counts = {(group, value): count for group, value, count in rows}
        page_counts = {
            (group, option["value"]): option["count"]
            for group, options in answer["facets"].items()
            if group in self.FLOOR_PAIRS
            for option in options
            if option["count"]
        }
        total = floor_counts.pop(("count", None))
        slugs = dict(Page.objects.filter(pk__in=ids).values_list("pk", "slug"))
        page_slugs = [result["url"].rstrip("/").rsplit("/", 1)[-1] for result in answer["results"]]
        if (total, floor_counts, [slugs[pk] for pk in ids]) != (
            answer["count"],
            page_counts,
            page_slugs,
        ):
            raise CommandError(f"De SQL-ondergrens geeft een ander antwoord dan de pagina: {kind}")

    FLOOR_PAIRS = {
        "kernactiviteit": "SELECT x.practicepage_id AS pid, v.slug FROM"
        " practices_practicepage_core_activities x JOIN practices_coreactivity v"
        " ON v.id = x.coreactivity_id",
        "fase": "SELECT x.practicepage_id AS pid, v.slug FROM practices_practicepage_care_phases x"
        " JOIN practices_carephase v ON v.id = x.carephase_id",
        "niveau": "SELECT x.practicepage_id AS pid, v.slug FROM"
        " practices_practicepage_education_levels x JOIN practices_educationlevel v"
        " ON v.id = x.educationlevel_id",
        "doelgroep": "SELECT x.practicepage_id AS pid, v.slug FROM"
        " practices_practicepage_target_groups x JOIN practices_targetgroup v"
        " ON v.id = x.targetgroup_id",
        "thema": "SELECT x.content_object_id AS pid, v.slug FROM practices_practicepagetag x"
        " JOIN taggit_tag v ON v.id = x.tag_id",
        "centrum": "SELECT x.practice_id AS pid, v.slug FROM network_contribution x"
        " JOIN network_centre v ON v.id = x.centre_id",
        "materiaal": "SELECT x.practice_id AS pid, x.kind AS slug"
        " FROM practices_practicematerial x",
        "succesfactor": "SELECT x.practice_id AS pid, v.slug FROM practices_practiceinsight x"
        " JOIN practices_insight v ON v.id = x.insight_id"
        " WHERE v.kind = 'succesfactor' AND v.live",
    }

    FLOOR_ORDERS = {
        "relevantie": "b.rank DESC, b.id DESC",
        "nieuw": "b.first_published_at DESC, b.id DESC",
        "titel": "b.title, b.id",
    }

    def floor_statements(self, params):
        """The cheapest SQL for the same answer, as [(sql, parameters)]: the total and the facet
        counts in one statement, then the ids of the same page in the same order.

        A text search matches and ranks with the backend's own statement for the vocabulary's
        query (the listing's `ranked_ids`): only that gives the same ids in the same order. The
        derived maturity level is neither counted nor filtered here.
        """
        unknown = set(params) - {"q", "sort", "page", *self.FLOOR_PAIRS}
        if unknown:
            raise CommandError(f"De SQL-ondergrens kent deze parameters niet: {sorted(unknown)}")
        selections = {
            name: [params[name]] if isinstance(params.get(name), str) else params.get(name, [])
            for name in self.FLOOR_PAIRS
        }
        text, rank, text_params = "", "", []
        if query := build_query(clean(params.get("q"))):
            matches = PracticePage.objects.search(query).annotate_score("rank").get_queryset()
            entries_sql, text_params = (
                matches.order_by().values("pk", "rank").query.sql_with_params()
            )
            text, rank = f"JOIN ({entries_sql}) m ON m.pk = p.id", ", m.rank"
        # Live practices outside every view-restricted subtree, as the listing's base.
        base = (
            f"WITH base AS (SELECT p.id, p.title, p.first_published_at{rank}"
            " FROM wagtailcore_page p JOIN practices_practicepage pp ON pp.page_ptr_id = p.id"
            f" {text} WHERE p.live AND NOT EXISTS (SELECT 1 FROM wagtailcore_pageviewrestriction r"
            " JOIN wagtailcore_page rp ON rp.id = r.page_id WHERE p.path LIKE rp.path || '%%'))"
        )

        def where(names, statement_params):
            """The selection of the groups `names`, its values appended to the parameters."""
            parts = []
            for name in names:
                if selections[name]:
                    statement_params.append(selections[name])
                    parts.append(
                        f"b.id IN (SELECT pid FROM ({self.FLOOR_PAIRS[name]}) s"
                        " WHERE s.slug = ANY(%s))"
                    )
            return " AND ".join(parts) or "TRUE"

        counts_params = list(text_params)
        counts = f"{base} SELECT 'count', NULL, COUNT(*) FROM base b WHERE " + where(
            selections, counts_params
        )
        for name, pairs in self.FLOOR_PAIRS.items():
            others = where([other for other in selections if other != name], counts_params)
            counts += (
                f" UNION ALL SELECT '{name}', s.slug, COUNT(DISTINCT s.pid) FROM ({pairs}) s"
                f" JOIN base b ON b.id = s.pid WHERE {others} GROUP BY s.slug"
            )
        # The listing's sort: an unknown one is the default; without matches there is no
        # relevance, and the results come newest first.
        sort = params.get("sort")
        if sort not in self.FLOOR_ORDERS or sort == "relevantie":
            sort = "relevantie" if rank else "nieuw"
        per_page = settings.PRACTICES_PER_PAGE
        offset = page_offset(params.get("page"), per_page)
        page_params = list(text_params)
        page = (
            f"{base} SELECT b.id FROM base b WHERE {where(selections, page_params)}"
            f" ORDER BY {self.FLOOR_ORDERS[sort]} LIMIT {per_page} OFFSET {offset}"
        )
        return [(counts, counts_params), (page, page_params)]

    def run_floor(self, statements):
        """The floor's (group, value, count) rows, the total's being ("count", None, total),
        and the page's ids."""
        (counts, counts_params), (page, page_params) = statements
        with connection.cursor() as cursor:
            cursor.execute(counts, counts_params)
            rows = cursor.fetchall()
            cursor.execute(page, page_params)
            return rows, [row[0] for row in cursor.fetchall()]

    def render(self, report):
        lines = [
            "| practices | kind | results | p50 ms | p95 ms | SQL floor ms | p50 − floor ms"
            " | queries |",
            "|---:|---|---:|---:|---:|---:|---:|---:|",
        ]
        for rows in report:
            for row in rows:
                floor = row["floor"]
                over = None if floor is None else row["p50"] - floor
                lines.append(
                    f"| {row['size']:,} | {row['kind']} | {cell(row['count'], ',')} |"
                    f" {row['p50']:.1f} | {row['p95']:.1f} | {cell(floor, '.1f')} |"
                    f" {cell(over, '.1f')} | {row['queries']} |"
                )
        lines.append("")
        for rows in report:
            all_timings = [row["p95"] for row in rows]
            cold = self.cold[rows[0]["size"]]
            lines.append(
                f"- {rows[0]['size']:,} practices: worst p95 {max(all_timings):.1f} ms,"
                f" median p95 {statistics.median(all_timings):.1f} ms; the first search after an"
                f" unpublication (rebuilds the vocabulary's corpus) {cold:.0f} ms"
            )
        return "\n".join(lines) + "\n"


def forget_caches():
    """What a publication clears (bulk inserts send no signals): the vocabulary's corpus of
    indexed words and the suggestions' candidates."""
    corpus.forget()
    forget_candidates()


def cell(value, spec):
    """A table cell: the value formatted, or a dash where there is none."""
    return "–" if value is None else format(value, spec)

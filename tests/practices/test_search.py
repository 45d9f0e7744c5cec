"""Faceted Dutch search over the materialenbank (issue: faceted search)."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from expected_maturity import expected_maturity
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.test.utils.form_data import querydict_from_html

from network.models import Verdict
from practices.demo_files import make_docx, make_pdf
from practices.factories import PracticePageFactory
from practices.listing import listing_context
from practices.models import (
    InsightKind,
    MaterialDocument,
    MaterialKind,
    PracticeIndexPage,
    PracticeMaterial,
    PracticePage,
)
from practices.search.matches import ranked_ids
from vocabulary.query import build_query

pytestmark = pytest.mark.django_db
URL = "/materialenbank/"
LISTING_QUERIES = 12
GROUPS = {
    "kernactiviteit": lambda p: {a.slug for a in p.core_activities.all()},
    "fase": lambda p: {a.slug for a in p.care_phases.all()},
    "niveau": lambda p: {a.slug for a in p.education_levels.all()},
    "doelgroep": lambda p: {a.slug for a in p.target_groups.all()},
    "thema": lambda p: {t.slug for t in p.tags.all()},
    "centrum": lambda p: {c.centre.slug for c in p.contributions.all()},
    "materiaal": lambda p: {m.kind for m in p.materials.all()},
    "succesfactor": lambda p: {
        link.insight.slug
        for link in p.insight_links.all()
        if link.insight.live and link.insight.kind == InsightKind.SUCCESS_FACTOR
    },
    "niveau_uitwerking": lambda p: {expected_maturity(p)},
}


def search(client, **params):
    response = client.get(URL, {**params, "format": "json"})
    assert response.status_code == 200
    return response.json()


def publish(practice, django_capture_on_commit_callbacks):
    """Publish and run the on-commit search indexing a real request would trigger."""
    with django_capture_on_commit_callbacks(execute=True):
        practice.save_revision().publish()
    return practice


@pytest.fixture
def live_values():
    """Every live practice with its facet values, computed straight from the models."""
    practices = PracticePage.objects.live().prefetch_related(
        "core_activities",
        "care_phases",
        "education_levels",
        "target_groups",
        "tags",
        "contributions__centre",
        "materials",
        "insight_links__insight",
        "tryouts",
    )
    return {p.pk: {group: values(p) for group, values in GROUPS.items()} for p in practices}


def expected_count(live_values, selection, group, value):
    """Items matching every other group's selection (OR within a group) and `value`."""
    return sum(
        1
        for values in live_values.values()
        if value in values[group]
        and all(
            values[other] & set(chosen) for other, chosen in selection.items() if other != group
        )
    )


@pytest.mark.parametrize(
    "selection",
    [
        {},
        {"fase": ["fase-1"]},
        {"fase": ["fase-1", "fase-2"], "kernactiviteit": ["handelingsgericht-advies"]},
        {
            "doelgroep": ["ouders"],
            "niveau": ["lager-gewoon", "secundair-gewoon"],
            "materiaal": ["werkblad"],
        },
        {"niveau_uitwerking": ["uitgeprobeerd", "breed-uitgeprobeerd"], "fase": ["fase-2"]},
    ],
)
def test_facet_counts_are_disjunctive_and_match_an_independent_computation(
    client, live_values, selection
):
    data = search(client, **selection)
    for group in GROUPS:
        shown = {option["value"]: option["count"] for option in data["facets"][group]}
        for value, count in shown.items():
            assert count == expected_count(live_values, selection, group, value), (group, value)
    matching = [
        pk
        for pk, values in live_values.items()
        if all(values[g] & set(chosen) for g, chosen in selection.items())
    ]
    assert data["count"] == len(matching)


def test_selecting_a_phase_does_not_zero_the_other_phases(client):
    data = search(client, fase="fase-1")
    counts = {o["value"]: o["count"] for o in data["facets"]["fase"]}
    assert counts["fase-2"] > 0
    assert [o["value"] for o in data["facets"]["fase"] if o["selected"]] == ["fase-1"]


def test_every_count_is_the_number_of_results_when_that_value_is_chosen(client):
    base = {"kernactiviteit": ["handelingsgerichte-diagnostiek"]}
    data = search(client, **base)
    for group, options in data["facets"].items():
        for option in options[:4]:
            chosen = {**base, group: [option["value"]]}
            assert search(client, **chosen)["count"] == option["count"], (group, option)


def all_result_urls(client, **params):
    urls, page = [], 1
    while True:
        data = search(client, **params, page=page)
        urls += [r["url"] for r in data["results"]]
        if page >= data["num_pages"]:
            return urls
        page += 1


def test_text_facets_and_tags_combine(client):
    text_only = set(all_result_urls(client, q="ouders"))
    tagged_in_phase = {
        p.url
        for p in PracticePage.objects.live().filter(tags__slug="ouderbetrokkenheid")
        if p.care_phases.filter(slug="fase-2").exists()
    }
    combined = all_result_urls(client, q="ouders", thema="ouderbetrokkenheid", fase="fase-2")
    assert combined
    assert set(combined) == text_only & tagged_in_phase


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("leerkrachten", "leerkracht"),
        ("leerkracht", "leerkrachten"),
        ("diagnostische", "diagnostiek"),
        ("diagnostiek", "diagnostische"),
        ("adviezen", "advies"),
        ("advies", "adviezen"),
        ("zorgcoordinator", "zorgcoördinator"),
    ],
)
def test_dutch_word_forms_find_each_other(
    client, materialenbank, django_capture_on_commit_callbacks, typed, written
):
    practice = PracticePageFactory(
        parent=materialenbank,
        title="Kwispelstaart-aanpak",
        summary=f"Een praktijk over de {written} in de klas.",
    )
    practice.tags.add("kwispelthema")
    publish(practice, django_capture_on_commit_callbacks)
    # Within the practice's own theme, the form typed alone finds it; a word it lacks does not.
    titles = [r["title"] for r in search(client, q=typed, thema="kwispelthema")["results"]]
    assert titles == ["Kwispelstaart-aanpak"]
    assert search(client, q="dyscalculie", thema="kwispelthema")["results"] == []


def test_results_show_a_highlighted_snippet(client):
    data = search(client, q="leerkrachten")
    assert data["count"] > 0
    assert any("<mark>" in result["snippet"] for result in data["results"])
    html = client.get(URL, {"q": "leerkrachten"}).content.decode()
    assert "<mark>" in html
    assert "<script" not in data["results"][0]["snippet"]


def attach(practice, title, filename, content):
    document = MaterialDocument(title=title)
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    PracticeMaterial.objects.create(
        practice=practice, document=document, kind=MaterialKind.CHECKLIST
    )
    return document


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("flamingo.pdf", make_pdf("Checklist", ["Denk aan de flamingoregel bij elk gesprek."])),
        ("flamingo.docx", make_docx("Checklist", ["Denk aan de flamingoregel bij elk gesprek."])),
    ],
)
def test_words_inside_attached_pdf_and_docx_are_found(
    client, materialenbank, django_capture_on_commit_callbacks, filename, content
):
    practice = PracticePageFactory(parent=materialenbank, title="Praktijk met bijlage")
    with django_capture_on_commit_callbacks(execute=True):
        document = attach(practice, "Gesprekschecklist", filename, content)
    assert "flamingoregel" in document.extracted_text
    publish(practice, django_capture_on_commit_callbacks)
    data = search(client, q="flamingoregel")
    assert [r["title"] for r in data["results"]] == ["Praktijk met bijlage"]
    assert data["results"][0]["found_in"] == ["Gesprekschecklist"]
    html = client.get(URL, {"q": "flamingoregel"}).content.decode()
    assert "Gevonden in materiaal:" in html and "Gesprekschecklist" in html


def test_replacing_a_material_reindexes_its_practice(
    client, materialenbank, django_capture_on_commit_callbacks
):
    practice = PracticePageFactory(parent=materialenbank, title="Praktijk met vervangen bijlage")
    with django_capture_on_commit_callbacks(execute=True):
        document = attach(practice, "Stappenplan", "oud.pdf", make_pdf("Oud", ["pelikaanstap"]))
    publish(practice, django_capture_on_commit_callbacks)
    assert search(client, q="pelikaanstap")["count"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        document.file.save("nieuw.pdf", ContentFile(make_pdf("Nieuw", ["kolibriestap"])))
    assert search(client, q="kolibriestap")["count"] == 1
    assert search(client, q="pelikaanstap")["count"] == 0


def test_an_unreadable_upload_is_stored_with_empty_text():
    document = MaterialDocument(title="Kapot")
    document.file.save("kapot.pdf", ContentFile(b"%PDF-1.4 this is not really a pdf"), save=False)
    document.save()
    assert document.pk and document.extracted_text == ""


def test_json_shape(client):
    data = search(client, q="ouders", fase="fase-1")
    assert set(data) >= {"count", "results", "facets"}
    assert {"title", "url", "summary", "snippet"} <= set(data["results"][0])
    assert set(data["facets"]) == set(GROUPS)
    option = data["facets"]["fase"][0]
    assert set(option) == {"value", "label", "count", "selected"}


def test_the_plain_form_works_without_javascript(client):
    page = client.get(URL).content.decode()
    assert 'method="get"' in page and 'type="submit"' in page
    params = querydict_from_html(page, form_id="materialenbank")
    params.setlist("fase", ["fase-3"])
    params["q"] = "verslag"
    response = client.get(URL, params)
    html = response.content.decode()
    assert 'id="f-fase-fase-3" name="fase" value="fase-3" checked' in html
    assert 'value="verslag"' in html
    assert (
        response.context["practices_page"].paginator.count
        == search(client, fase="fase-3", q="verslag")["count"]
    )


def test_result_count_is_announced_to_screen_readers(client):
    html = client.get(URL, {"fase": "fase-1"}).content.decode()
    count = PracticePage.objects.live().filter(care_phases__slug="fase-1").count()
    assert f'role="status">{count} praktijken gevonden' in html


def test_active_filters_can_be_removed_one_by_one(client):
    response = client.get(URL, {"fase": ["fase-1", "fase-2"], "kernactiviteit": "icf-cy"})
    links = response.context["active_filter_links"]
    assert len(links) == 3
    remove_phase_one = next(link for link in links if "Fase 1" in link["label"])
    assert "fase=fase-2" in remove_phase_one["query"]
    assert "fase=fase-1" not in remove_phase_one["query"]
    assert "kernactiviteit=icf-cy" in remove_phase_one["query"]
    assert "Wis alle filters" in response.content.decode()


def test_unknown_slugs_are_ignored_with_a_notice(client):
    response = client.get(URL, {"fase": ["fase-1", "fase-99"], "sort": "willekeurig"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Onbekende filterwaarde genegeerd: fase=fase-99" in html
    assert "Onbekende sortering genegeerd" in html
    assert response.context["practices_page"].paginator.count == (
        PracticePage.objects.live().filter(care_phases__slug="fase-1").count()
    )


def test_a_misspelt_word_finds_and_offers_the_word_meant(client):
    misspelt = client.get(URL, {"q": "oudrs", "fase": "fase-1"})
    html = misspelt.content.decode()
    assert "Bedoelde je" in html and 'href="?q=ouders&amp;fase=fase-1"' in html
    assert (
        search(client, q="oudrs", fase="fase-1")["count"]
        == (search(client, q="ouders", fase="fase-1")["count"])
        > 0
    )


def test_no_results_says_so_and_suggests(client):
    html = client.get(URL, {"q": "xqzwvkj", "fase": "fase-0"}).content.decode()
    assert "Geen praktijken gevonden" in html
    assert "Zoek in alle praktijken, zonder filters" in html


def test_deep_filter_combinations_are_noindex(client):
    assert "noindex" not in client.get(URL, {"fase": "fase-1"}).content.decode()
    assert (
        "noindex" in client.get(URL, {"fase": "fase-1", "niveau": "lager-gewoon"}).content.decode()
    )
    assert "noindex" in client.get(URL, {"q": "ouders"}).content.decode()


def test_long_queries_are_cut_to_200_characters(client):
    response = client.get(URL, {"q": "ouders " * 100})
    assert response.status_code == 200
    assert len(response.context["listing"].q) == 200


@pytest.mark.parametrize(
    ("sort", "key"),
    [("titel", lambda r: r["title"].lower()), ("nieuw", None)],
)
def test_sorting(client, sort, key):
    results = search(client, sort=sort)["results"]
    if key:
        titles = [key(r) for r in results]
        assert titles == sorted(titles)
    else:
        dates = [r["first_published_at"] for r in results]
        assert dates == sorted(dates, reverse=True)


def test_relevance_puts_title_matches_first(client):
    results = search(client, q="intervisie")["results"]
    assert "ntervisie" in results[0]["title"]


def selection_of(practice, extra):
    """Every facet value of a practice (so the selection has results), plus more values."""
    selection = {group: sorted(values(practice))[:1] for group, values in GROUPS.items()}
    for group, value in extra.items():
        selection[group] = [*selection[group], value]
    return selection


def listing_queries(params):
    """The queries of the materialenbank's listing for `params`, and its context."""
    request = RequestFactory().get(URL, params)
    index_page = PracticeIndexPage.objects.get()
    with CaptureQueriesContext(connection) as captured:
        context = listing_context(index_page, request)
    return len(captured), context


@pytest.mark.parametrize("q", ["", "ouders"])
def test_listing_uses_a_fixed_number_of_queries(q):
    practices = PracticePage.objects.live().filter(materials__isnull=False, tags__isnull=False)
    if q:
        matches = ranked_ids(PracticePage.objects.live(), build_query(q))
        practices = practices.filter(pk__in=matches)
    practice = practices.distinct()[0]
    selections = [
        {},
        {"fase": sorted(GROUPS["fase"](practice))[0]},
        selection_of(practice, {"fase": "fase-3", "doelgroep": "ouders"}),
    ]
    listing_queries({"q": q or "leerling"})  # the thesaurus and the corpus are kept after this
    counted = [listing_queries({"q": q, **selection}) for selection in selections]
    # The view restrictions, the options, the search (when words were typed), the total with
    # every group's counts, the page's ids, the page with its relations, the materials' text for
    # the snippets (when words were typed): for any selection. Only a relevance order narrowed
    # by facets adds one (the selection's ids).
    queries = [number for number, _context in counted]
    assert queries[1:] == [queries[0] + (1 if q else 0)] * 2
    assert max(queries) <= LISTING_QUERIES
    assert all(context["practices_page"].paginator.count > 0 for _n, context in counted)


def test_a_results_page_adds_wagtails_own_queries_only(client, django_assert_max_num_queries):
    client.get(URL, {"q": "leerling"})  # the site, the menu and the vocabulary are kept after this
    # Wagtail finds the site and the page and checks the page's view restrictions (six
    # queries); words add the search log's insert in its own savepoint (three statements).
    with django_assert_max_num_queries(LISTING_QUERIES + 6 + 3):
        response = client.get(URL, {"q": "ouders", "fase": ["fase-1", "fase-2"]})
    assert response.context["practices_page"].paginator.count > 0


PARAMETER_NAMES = [
    "q",
    "kernactiviteit",
    "fase",
    "niveau",
    "doelgroep",
    "thema",
    "centrum",
    "materiaal",
    "sort",
    "page",
    "format",
    "onbekend",
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.sampled_from(PARAMETER_NAMES), st.text(max_size=300)),
        max_size=8,
    )
)
def test_no_query_string_gives_a_server_error(client, pairs):
    response = client.get(URL, [(name, value) for name, value in pairs])
    assert response.status_code in (200, 404)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=400))
def test_raw_query_string_bytes_never_give_a_server_error(client, raw):
    from urllib.parse import quote_from_bytes

    response = client.get(f"{URL}?{quote_from_bytes(raw, safe='=&')}")
    assert response.status_code in (200, 404)


def test_maturity_facet_follows_the_try_outs(client):
    import datetime

    from network.models import Centre, TryOut

    practice = PracticePage.objects.live().filter(tryouts__isnull=True).first()
    chosen = {"niveau_uitwerking": "uitgeprobeerd"}
    assert practice.url not in all_result_urls(client, **chosen)
    TryOut.objects.create(
        practice=practice,
        centre=Centre.objects.filter(is_anchor=True).first(),
        start_date=datetime.date(2024, 9, 1),
        verdict=Verdict.USABLE_WITH_CHANGES,
    )
    assert practice.url in all_result_urls(client, **chosen)


def test_success_factor_facet_offers_only_published_success_factors(client):
    from practices.models import Insight

    offered = {o["value"] for o in search(client)["facets"]["succesfactor"]}
    assert offered == set(
        Insight.objects.filter(live=True, kind=InsightKind.SUCCESS_FACTOR).values_list(
            "slug", flat=True
        )
    )
    # Unpublished the way the admin does it: the cached facet options are dropped.
    for insight in Insight.objects.filter(slug__in=offered):
        insight.unpublish()
    assert search(client)["facets"]["succesfactor"] == []

"""Cases (casussen): the /casussen/ listing with facets and summary line, the case page."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from practices.demo_cases import CASES
from practices.models import CasePage, CasePractice, DiagnosticsNeeded, Verslag, VerslagType

pytestmark = pytest.mark.django_db
URL = "/casussen/"
GROUPS = {
    "niveau": lambda c: {level.slug for level in c.education_levels.all()},
    "verslag": lambda c: {c.verslag},
    "type": lambda c: {c.verslag_type} - {""},
    "diagnostiek": lambda c: {c.classifying_diagnostics},
    "kernactiviteit": lambda c: {activity.slug for activity in c.core_activities.all()},
}


@pytest.fixture
def live_cases():
    """Every live case with its facet values, read straight from the models."""
    cases = CasePage.objects.live().prefetch_related("education_levels", "core_activities")
    return [
        {"values": {group: values(c) for group, values in GROUPS.items()}, "case": c} for c in cases
    ]


def matches(item, selection, skip=None):
    return all(
        item["values"][group] & set(chosen)
        for group, chosen in selection.items()
        if group != skip and chosen
    )


def get(client, params=None):
    response = client.get(URL, params or {})
    assert response.status_code == 200
    return response


@pytest.mark.parametrize(
    "selection",
    [
        {},
        {"diagnostiek": ["nee"]},
        {"verslag": ["gc-verslag", "ov4-verslag"], "niveau": ["lager-gewoon"]},
        {"kernactiviteit": ["handelingsgerichte-diagnostiek"], "type": ["type-9", "basisaanbod"]},
        {"niveau": ["secundair-gewoon"], "diagnostiek": ["ja", "gedeeltelijk"]},
    ],
)
def test_results_and_disjunctive_counts_match_counts_from_the_models(client, live_cases, selection):
    response = get(client, selection)
    expected = {item["case"].pk for item in live_cases if matches(item, selection)}
    shown = {case.pk for case in response.context["cases_page"].object_list}
    assert shown == expected
    assert response.context["cases_page"].paginator.count == len(expected)
    for group in response.context["facets"]:
        for option in group["options"]:
            independent = sum(
                1
                for item in live_cases
                if option.value in item["values"][group["name"]]
                and matches(item, selection, skip=group["name"])
            )
            assert option.count == independent, (group["name"], option.value)
            assert option.selected == (option.value in selection.get(group["name"], []))


def summary_line(not_needed, total):
    word = "casus" if total == 1 else "casussen"
    return f"In {not_needed} van {total} {word} was classificerende diagnostiek niet nodig."


def test_summary_line_counts_the_cases_that_needed_no_classifying_diagnostics(client, live_cases):
    overall = (
        sum(1 for item in live_cases if item["values"]["diagnostiek"] == {"nee"}),
        len(live_cases),
    )
    assert overall == (7, 12)  # the demo: 7 of its 12 cases
    response = get(client)
    assert response.context["summary_lines"] == [summary_line(*overall)]
    assert summary_line(*overall) in response.content.decode()

    # With a filter: the line for the selection first, then the one over all cases.
    selection = {"niveau": ["lager-gewoon"]}
    chosen = [item for item in live_cases if matches(item, selection)]
    filtered = (sum(1 for i in chosen if i["values"]["diagnostiek"] == {"nee"}), len(chosen))
    lines = get(client, selection).context["summary_lines"]
    assert lines[0] == summary_line(*filtered)
    assert lines[1] == f"Over alle casussen: {summary_line(*overall)}"


@pytest.mark.parametrize(
    ("params", "notice"),
    [
        ({"verslag": "onbekend"}, True),
        ({"type": ["type-5", "type-9"]}, True),
        ({"diagnostiek": "<script>alert(1)</script>"}, True),
        ({"niveau": "x" * 5000}, True),
        ({"verslag": "\x00"}, True),
        ({"kernactiviteit": ""}, True),
        ({"onbestaand": "1"}, False),
    ],
)
def test_bad_filter_values_are_ignored_with_a_dutch_notice(client, params, notice):
    html = get(client, params).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert ("Onbekende filterwaarde genegeerd" in html) == notice


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999", "1.5"])
def test_a_page_number_that_is_no_page_is_a_404_not_a_500(client, page):
    assert client.get(URL, {"page": page}).status_code == 404


def test_case_page_shows_the_structured_case(client):
    case = CasePage.objects.live().get(slug="autisme-vermoeden-type-9-gedeeltelijk")
    html = client.get(case.url).content.decode()
    for text in (
        "Hulpvraag",
        "Functioneren (ICF-CY)",
        "Ondersteuningsnoden",
        "GC-verslag",
        "type 9",
        "gedeeltelijk",
        "Regel die classificerende diagnostiek afdwong",
        "intake",
        "integratie",
        "Wat anderen hieruit kunnen leren",
        "Praktijken die deze casus illustreert",
    ):
        assert text in html, text
    assert f'href="{URL}?verslag=gc-verslag"' in html
    for link in case.practice_links.all():
        assert link.practice.title in html


def test_casussen_is_in_the_main_menu(client):
    html = client.get("/").content.decode()
    assert f'href="{URL}"' in html and ">Casussen<" in html


def test_demo_cases_cover_every_verslag_most_types_and_pass_the_privacy_guard():
    cases = list(CasePage.objects.live())
    assert len(cases) == len(CASES) >= 10
    assert {c.verslag for c in cases} == set(Verslag.values)
    assert len({c.verslag_type for c in cases} - {""}) >= len(VerslagType.values) - 1
    assert sum(c.classifying_diagnostics == DiagnosticsNeeded.NO for c in cases) == 7
    for case in cases:
        assert case.privacy_review().open == [], case.slug
        case.full_clean()
    assert CasePractice.objects.count() >= len(cases)


def test_case_editor_checks_outcome_and_rule_with_dutch_messages(admin_client):
    case = CasePage.objects.live().get(slug="rekenproblemen-hga-zonder-verslag")
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=(case.pk,))).content.decode()
    for tab in ("Context en hulpvraag", "Traject", "Functioneren (ICF-CY)", "Uitkomst"):
        assert tab in html
    case.verslag_type = VerslagType.TYPE_3
    case.classifying_diagnostics = DiagnosticsNeeded.YES
    with pytest.raises(ValidationError) as error:
        case.full_clean()
    messages = error.value.message_dict
    assert "Zonder verslag is er geen type" in messages["verslag_type"][0]
    assert "welke regel" in messages["forcing_rule_text"][0]


def test_a_case_links_the_regulatory_obstacle_that_forced_diagnostics(client):
    from practices.models import CasePage, Insight

    case = CasePage.objects.live().get(forcing_rule__isnull=False)
    rule = case.forcing_rule
    assert rule.regulatory_theme == "regel-classificerende-diagnostiek"
    html = client.get(case.url).content.decode()
    assert f'href="/inzichten/{rule.slug}/">{rule.title}</a>' in html
    assert client.get(f"/inzichten/{rule.slug}/").status_code == 200
    Insight.objects.filter(pk=rule.pk).update(live=False)
    assert rule.title not in client.get(case.url).content.decode()


def test_the_forcing_rule_may_be_the_obstacle_alone_but_not_when_nothing_was_forced():
    from django.core.exceptions import ValidationError

    from practices.models import CasePage

    case = CasePage.objects.live().get(forcing_rule__isnull=False)
    case.forcing_rule_text = ""
    case.clean()  # the obstacle alone names the rule
    case.classifying_diagnostics = "nee"
    with pytest.raises(ValidationError) as error:
        case.clean()
    assert "niet nodig" in str(error.value)

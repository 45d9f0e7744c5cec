"""The editors' report "Zoekopdrachten": frequent searches and searches without results per
period, counted once per search, for the redactie only, with one-step links to a synonym or a
promoted result."""

import html
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from sitesearch.models import LoggedSearch
from vocabulary.models import Synonym

pytestmark = pytest.mark.django_db

URL = reverse("sitesearch_report")


def log(query, days_ago=0, result_count=0, times=1, kind="portaal"):
    date = timezone.localdate() - timedelta(days=days_ago)
    LoggedSearch.objects.bulk_create(
        LoggedSearch(query=query, kind=kind, result_count=result_count, date=date)
        for _ in range(times)
    )


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.fixture
def editor_client(client):
    return login(client, "redactie")


def report(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return response


def rows(response, table):
    return {row["query"]: row for row in response.context[table]}


def test_the_period_decides_which_searches_count(editor_client):
    log("zorgleraar", days_ago=0, result_count=4, times=2)
    log("zorgleraar", days_ago=40, result_count=1)
    log("okan", days_ago=40, result_count=3)

    last_30 = rows(report(editor_client), "frequent")
    assert last_30["zorgleraar"]["searches"] == 2
    assert "okan" not in last_30

    last_90 = report(editor_client, periode=90)
    frequent = rows(last_90, "frequent")
    assert frequent["zorgleraar"]["searches"] == 3
    assert frequent["okan"]["searches"] == 1
    assert 'aria-current="page">Laatste 90 dagen' in last_90.content.decode()


def test_frequent_searches_show_the_last_result_count_and_date(editor_client):
    log("hgd", days_ago=5, result_count=2)
    log("hgd", days_ago=1, result_count=7, times=3)
    log("icf-cy", days_ago=2, result_count=1)

    response = report(editor_client)
    frequent = response.context["frequent"]
    hgd = next(row for row in frequent if row["query"] == "hgd")
    assert hgd["searches"] == 4
    assert hgd["last_result_count"] == 7
    assert hgd["last_searched"] == timezone.localdate() - timedelta(days=1)
    assert [row["query"] for row in frequent].index("hgd") < [
        row["query"] for row in frequent
    ].index("icf-cy")
    assert '<th scope="col">Aantal keer gezocht</th>' in response.content.decode()


def test_searches_without_results_are_listed_apart(editor_client):
    log("dyscalculie zwemles", result_count=0, times=3)
    log("dyscalculie zwemles", days_ago=2, result_count=0)
    log("leesproblemen", result_count=12, times=5)

    response = report(editor_client)
    without = rows(response, "without_results")
    assert set(without) == {"dyscalculie zwemles"}
    assert without["dyscalculie zwemles"]["searches"] == 4
    assert without["dyscalculie zwemles"]["last_searched"] == timezone.localdate()
    assert response.context["totals"] == {"searches": 9, "without_results": 4}
    content = response.content.decode()
    assert "<caption>De 50 zoekopdrachten die het vaakst niets vonden" in content
    assert '<th scope="row">dyscalculie zwemles</th>' in content


def test_an_unknown_period_falls_back_to_30_days(editor_client):
    log("okan", days_ago=40)
    assert report(editor_client, periode="1000").context["days"] == 30
    assert report(editor_client, periode="x").context["frequent"] == []


def test_empty_period_says_so(editor_client):
    LoggedSearch.objects.all().delete()
    content = report(editor_client).content.decode()
    assert "Geen zoekopdrachten zonder resultaten in deze periode." in content
    assert "Nog geen zoekopdrachten in deze periode." in content
    assert "<caption>" not in content


def test_a_search_counts_once_whatever_is_clicked_after_it(client):
    query = "quokkaoverleg"
    client.get("/zoeken/", {"q": query})
    same = {"HTTP_REFERER": f"/zoeken/?q={query}"}
    client.get("/zoeken/", {"q": query, "soort": "casus"}, **same)
    client.get("/zoeken/", {"q": query, "page": 2})
    client.get("/materialenbank/", {"q": query})
    client.get(
        "/materialenbank/",
        {"q": query, "sorteer": "titel"},
        **{"HTTP_REFERER": f"/materialenbank/?q={query}"},
    )

    without = rows(report(login(client, "redactie")), "without_results")
    assert without[query]["searches"] == 2  # once on the portal, once in the materialenbank


def refused(response):
    """Wagtail's admin answers a logged-in user without the right with a redirect to the
    dashboard and an error message."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize("username", ["medewerker-dewissel", "stuurgroep"])
def test_only_the_redactie_reads_the_report(client, username):
    assert refused(login(client, username).get(URL))
    assert URL not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_report_is_in_the_reports_menu_of_the_redactie(editor_client):
    assert URL in editor_client.get(reverse("wagtailadmin_home")).content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def input_value(response, name):
    assert response.status_code == 200
    match = re.search(rf'<input[^>]*name="{name}"[^>]*>', response.content.decode())
    assert match, f"no input {name}"
    return html.unescape(re.search(r'value="([^"]*)"', match.group(0)).group(1))


def test_a_zero_result_search_leads_to_a_prefilled_synonym(editor_client):
    log("zorgcoördinator & leraar", result_count=0)
    row = rows(report(editor_client), "without_results")["zorgcoördinator & leraar"]
    assert input_value(editor_client.get(row["synonym_add_url"]), "term") == (
        "zorgcoördinator & leraar"
    )


def test_a_zero_result_search_leads_to_a_prefilled_promoted_result(editor_client):
    log("zorgcoördinator & leraar", result_count=0)
    row = rows(report(editor_client), "without_results")["zorgcoördinator & leraar"]
    response = editor_client.get(row["promotion_add_url"])
    assert input_value(response, "query_string") == "zorgcoördinator & leraar"
    # The form is Wagtail's own: it posts to Wagtail's add view.
    assert f'action="{reverse("wagtailsearchpromotions:add")}"' in response.content.decode()


def test_the_promotion_add_view_needs_the_add_right(client):
    url = reverse("sitesearch_promotion_add") + "?query=okan"
    assert refused(login(client, "stuurgroep").get(url))
    assert not Query.objects.filter(query_string="okan").exists()


def test_an_existing_synonym_is_edited_not_added_twice(editor_client):
    synonym = Synonym.objects.create(term="Quokka", equivalents="kortstaartkangoeroe")
    log("quokka", result_count=0)
    row = rows(report(editor_client), "without_results")["quokka"]
    assert "synonym_add_url" not in row
    assert row["synonym_edit_url"] == reverse(
        "wagtailsnippets_vocabulary_synonym:edit", args=[synonym.pk]
    )


def test_the_log_holds_no_personal_data(client):
    user = get_user_model().objects.get(username="redactie")
    client.force_login(user)
    client.get(
        "/zoeken/",
        {"q": "Verslag Type 9"},
        REMOTE_ADDR="203.0.113.7",
        HTTP_USER_AGENT="Testbrowser/1.0",
    )
    assert {field.name for field in LoggedSearch._meta.get_fields()} == {
        "id",
        "query",
        "kind",
        "result_count",
        "date",
    }
    row = LoggedSearch.objects.values().get(query="verslag type 9")
    # Nothing but the words, where, how many and the day: no IP, browser, user or time.
    assert row == {
        "id": row["id"],
        "query": "verslag type 9",
        "kind": "portaal",
        "result_count": row["result_count"],
        "date": timezone.localdate(),
    }


def test_a_promoted_result_added_from_the_report_shows_for_the_words_as_typed(
    editor_client, materialenbank
):
    typed = "Zorgcoördinator  Quokka"
    editor_client.get("/zoeken/", {"q": typed})
    row = rows(report(editor_client), "frequent")["zorgcoordinator quokka"]
    query_string = input_value(editor_client.get(row["promotion_add_url"]), "query_string")
    pick = {"page": materialenbank.pk, "description": "Begin bij de materialenbank."}
    response = editor_client.post(
        reverse("wagtailsearchpromotions:add"),
        nested_form_data({"query_string": query_string, "editors_picks": inline_formset([pick])}),
    )
    assert response.status_code == 302
    editor_client.logout()
    shown = editor_client.get("/zoeken/", {"q": typed}).context["promotions"]
    assert [promotion.page.pk for promotion in shown] == [materialenbank.pk]

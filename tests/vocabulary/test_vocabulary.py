"""The thesaurus (Synoniemen) and the query built from a visitor's words."""

import pytest
from django.core.exceptions import ValidationError
from django.http import QueryDict

from practices.listing import PracticeListing
from practices.models import PracticeIndexPage
from vocabulary.models import Synonym
from vocabulary.query import build_query, did_you_mean

pytestmark = pytest.mark.django_db


def found(q):
    params = QueryDict(mutable=True)
    params["q"] = q
    listing = PracticeListing(PracticeIndexPage.objects.get(), params)
    return {practice.slug for practice in listing.page(1).object_list}


def test_a_term_cannot_be_its_own_synonym():
    synonym = Synonym(term="HGW", equivalents="hgw\nhandelingsgericht werken")
    with pytest.raises(ValidationError) as error:
        synonym.full_clean()
    assert "eigen synoniem" in str(error.value)


def test_equivalents_are_required_and_deduplicated():
    with pytest.raises(ValidationError):
        Synonym(term="leerzorg", equivalents=" , ;").full_clean()
    synonym = Synonym(term="leerzorg", equivalents="Leersteun, leersteun\nzorg op school")
    synonym.full_clean()
    assert synonym.equivalent_list == ["Leersteun", "zorg op school"]


def test_a_new_synonym_takes_effect_without_reindexing(django_capture_on_commit_callbacks):
    assert "intervisie" not in repr(build_query("praatgroepje"))
    with django_capture_on_commit_callbacks(execute=True):
        Synonym.objects.create(term="praatgroepje", equivalents="intervisie")
    assert found("praatgroepje") == found("intervisie") != set()


def test_a_one_way_synonym_does_not_find_the_term_back(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        Synonym.objects.create(term="qwertyzorg", equivalents="intervisie", one_way=True)
    assert found("qwertyzorg")
    assert build_query("intervisie") is not None
    assert "qwertyzorg" not in repr(build_query("intervisie"))


def test_a_synonym_loop_is_harmless():
    Synonym.objects.create(term="lusa", equivalents="lusb")
    Synonym.objects.create(term="lusb", equivalents="lusa")
    assert build_query("lusa lusb") is not None


@pytest.mark.parametrize(
    "text",
    ["", "   ", "x" * 5000, "hga " * 2000, '"" AND OR NOT -* ()', "\x00\x1f\x7f", "de het een"],
)
def test_bad_input_gives_a_query_or_nothing(text):
    build_query(text)  # never raises
    did_you_mean(text)


def test_stop_words_alone_search_nothing():
    assert build_query("de het een") is None


def test_abbreviation_and_full_form_find_the_same():
    assert found("HGD") & found("handelingsgerichte diagnostiek")


def test_accents_and_typos_still_find():
    assert found("heroriëntering") == found("herorientering")
    assert found("intervisei") & found("intervisie")
    assert did_you_mean("intervisei") == "intervisie"


def test_the_last_word_matches_as_a_prefix():
    assert found("intervis") & found("intervisie")

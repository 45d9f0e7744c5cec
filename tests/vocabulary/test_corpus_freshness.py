"""The corpus of published words: rebuilt by the worker after a save (queries meanwhile use the
previous one), dropped at once when words leave the public site."""

import pytest
from django.core.cache import cache
from django_tasks import task_backends
from wagtail.models import PageViewRestriction

from practices.factories import PracticePageFactory
from practices.models import PracticeIndexPage
from vocabulary import corpus, tasks

pytestmark = pytest.mark.django_db
WORD = "zwoerdklapper"


@pytest.fixture
def slow_worker(settings):
    """A worker that has not run yet: enqueued tasks wait (django-tasks' dummy backend)."""
    settings.TASKS = {
        **settings.TASKS,
        "imports": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"},
    }
    return task_backends["imports"]


@pytest.fixture
def practice(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = PracticePageFactory(
            parent=PracticeIndexPage.objects.get(), summary=f"Over de {WORD} in de klas."
        )
        page.save_revision().publish()
    return page


def test_a_publication_is_read_by_the_worker_and_queries_keep_the_corpus_meanwhile(
    django_capture_on_commit_callbacks, slow_worker
):
    before = corpus.corpus()
    with django_capture_on_commit_callbacks(execute=True):
        page = PracticePageFactory(parent=PracticeIndexPage.objects.get(), summary=f"De {WORD}.")
        page.save_revision().publish()
    # Once, however many saves the publication made.
    assert [result.task.name for result in slow_worker.results] == ["rebuild_corpus"]
    assert WORD not in corpus.corpus()  # the previous corpus, until the worker is done
    assert corpus.corpus().documents == before.documents
    tasks.rebuild_corpus.call()
    assert WORD in corpus.corpus()
    assert cache.get(tasks.PENDING_KEY) is None  # the next save asks again


def test_the_immediate_worker_of_the_tests_has_the_word_after_the_commit(practice):
    assert WORD in corpus.corpus()


def test_an_unpublished_practice_takes_its_words_away_at_once(
    practice, django_capture_on_commit_callbacks, slow_worker
):
    with django_capture_on_commit_callbacks(execute=True):
        practice.unpublish()
    assert WORD not in corpus.corpus()


def test_a_view_restriction_takes_the_words_away_at_once(
    practice, django_capture_on_commit_callbacks, slow_worker
):
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=practice, restriction_type=PageViewRestriction.LOGIN
        )
    assert WORD not in corpus.corpus()

"""The admin import through the real queue: django_tasks_db stores the task, db_worker runs it.

On PostgreSQL only: the worker claims a task in its own transaction, which on SQLite is a
`BEGIN EXCLUSIVE` that cannot nest in the test's transaction. Elsewhere the tests run the
task where it is queued (test settings).
"""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from exchange_testdata import checked_upload, practice_row

from exchange.models import PracticeImport
from practices.models import PracticePage

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "imports": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


@pytest.fixture
def editor_client(client, users_by_name):
    if connection.vendor != "postgresql":
        pytest.skip("the worker's claim transaction does not nest on SQLite")
    client.force_login(users_by_name("redactie"))
    return client


@override_settings(TASKS=DATABASE_QUEUE)
def test_the_worker_runs_a_queued_import(editor_client):
    stored = checked_upload(editor_client, [practice_row(1), practice_row(2)])
    before = PracticePage.objects.count()
    response = editor_client.post(reverse("exchange_import_apply", args=[stored.pk]))
    assert response.status_code == 302

    # Queued, not run: the request wrote no practice, the page says it waits.
    stored.refresh_from_db()
    assert stored.status == PracticeImport.Status.QUEUED
    assert PracticePage.objects.count() == before
    assert "in de wachtrij" in editor_client.get(response["Location"]).content.decode()
    queued = DBTaskResult.objects.get()
    assert queued.backend_name == "imports" and queued.args_kwargs["args"] == [stored.pk]

    # --max-tasks 1 ends the worker before it recycles the (test's) connection.
    # (Options as arguments: argparse checks the default backend "default" otherwise.)
    call_command("db_worker", "--backend=imports", "--batch", "--max-tasks=1", verbosity=0)
    stored.refresh_from_db()
    assert stored.status == PracticeImport.Status.DONE
    assert PracticePage.objects.filter(external_id__in=["test-1", "test-2"]).count() == 2
    queued.refresh_from_db()
    assert queued.status == "SUCCESSFUL" and queued.return_value == "geimporteerd"

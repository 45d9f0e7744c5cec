import io
import json
import re
import tarfile
from urllib.parse import quote

import psycopg
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from production_support import production_env, run_python
from psycopg import sql
from wagtail.models import Page

from leersteun.backup import BackupError, verify_archive
from practices.models import MaterialDocument

pytestmark = pytest.mark.django_db

# Django's JSON keeps milliseconds: ".000" and no fraction are the same moment.
ZERO_FRACTION = re.compile(r'("\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.000(Z|[+-]\d\d:\d\d)"')


def read_archive(path):
    with tarfile.open(path, "r:gz") as archive:
        manifest = json.load(archive.extractfile("manifest.json"))
        dump = json.load(archive.extractfile("database.json"))
        media = {
            member.name: archive.extractfile(member).read()
            for member in archive
            if member.name.startswith("media/")
        }
    return manifest, dump, media


def canonical(objects):
    return sorted(ZERO_FRACTION.sub(r'\1\2"', json.dumps(o, sort_keys=True)) for o in objects)


def by_model(objects, label):
    return canonical(o for o in objects if o["model"] == label)


@pytest.fixture
def empty_database_url():
    """A new, empty database of the same kind as the test database."""
    db = settings.DATABASES["default"]
    if connection.vendor == "sqlite":
        yield None
        return
    name = f"{db['NAME']}_restore"
    credentials = quote(db["USER"]) + (f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else "")
    server = f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(drop)
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield f"{server}/{name}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(drop)


def test_backup_and_restore_round_trip_the_demo_content(tmp_path, empty_database_url):
    original = tmp_path / "origineel.tar.gz"
    call_command("backup", output=str(original))
    manifest, dump, media = read_archive(original)
    assert manifest["database"]["objects"]["wagtailcore.page"] > 20
    assert manifest["database"]["objects"]["wagtailcore.revision"] > 20
    documents = MaterialDocument.objects.all()
    assert manifest["database"]["objects"]["practices.materialdocument"] == documents.count()
    for document in documents:
        with document.open_file() as stored:
            assert media[f"media/{document.file.name}"] == stored.read()

    # Restore into an empty database and media folder, in a separate process, as an operator
    # would; then back that up again and compare everything.
    env = production_env(
        DJANGO_SETTINGS_MODULE="leersteun.settings.dev",
        DEBUG="0",
        DATABASE_URL=empty_database_url or f"sqlite:///{tmp_path / 'hersteld.sqlite3'}",
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    restored_archive = tmp_path / "hersteld.tar.gz"
    script = (
        "import django; django.setup(); from django.core.management import call_command; "
        f"call_command('restore', {str(original)!r}); "
        f"call_command('backup', output={str(restored_archive)!r})"
    )
    result = run_python(["-c", script], env, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Herstel voltooid" in result.stdout

    restored_manifest, restored_dump, restored_media = read_archive(restored_archive)
    assert restored_manifest["database"]["objects"] == manifest["database"]["objects"]
    for label in (
        "wagtailcore.page",
        "practices.practicepage",
        "wagtailcore.revision",
        "practices.materialdocument",
        "auth.user",
    ):
        assert by_model(restored_dump, label) == by_model(dump, label), label
    assert canonical(restored_dump) == canonical(dump)
    assert restored_media == media
    assert restored_manifest["media"] == manifest["media"]


def test_restore_refuses_a_database_that_is_not_empty(tmp_path):
    archive = tmp_path / "b.tar.gz"
    call_command("backup", output=str(archive))
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="niet leeg"):
        call_command("restore", str(archive), stdout=io.StringIO())
    assert Page.objects.count() == pages


def test_a_damaged_archive_is_refused_before_anything_is_touched(tmp_path):
    archive = tmp_path / "a.tar.gz"
    call_command("backup", output=str(archive))
    verify_archive(archive)
    damaged = tmp_path / "beschadigd.tar.gz"
    with tarfile.open(archive, "r:gz") as source, tarfile.open(damaged, "w:gz") as target:
        for member in source:
            data = source.extractfile(member).read()
            if member.name.startswith("media/") and member.name.endswith(".pdf"):
                data = data[:-1] + b"X"
            target.addfile(member, io.BytesIO(data))
    with pytest.raises(BackupError, match="Controlesom klopt niet"):
        verify_archive(damaged)


def test_a_deleted_page_does_not_break_the_backup(tmp_path):
    """Wagtail keeps the log of a deleted page; the backup must still serialise it."""
    Page.objects.filter(depth__gt=2).order_by("-path").first().delete()
    archive = tmp_path / "na-verwijderen.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    assert verify_archive(archive)["database"]["objects"]["wagtailcore.pagelogentry"] > 0

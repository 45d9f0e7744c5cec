"""Backup and restore of the whole portal: database, media files and a manifest in one archive.

The database travels as Django's JSON serialisation (dumpdata with natural foreign keys): it
loads into SQLite and PostgreSQL alike, whatever the server version. The manifest holds the
object count per model and a SHA-256 for the dump and for every media file; restore checks all
of them before it touches anything, and compares the counts afterwards.
"""

import hashlib
import io
import json
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

import django
import wagtail
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Revision

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE = "database.json"
MEDIA_PREFIX = "media/"
# Rebuilt or recreated rather than restored: content types and permissions (post_migrate),
# sessions and login attempts (transient), the search index (update_index).
EXCLUDED_MODELS = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "axes",
    "wagtailadmin.editingsession",
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",  # exists on SQLite only
]
CHUNK = 1024 * 1024
# Registered in settings.SERIALIZATION_MODULES; see leersteun/serialization.py.
SERIALIZATION_FORMAT = "backup-json"


class BackupError(Exception):
    pass


def sha256_of(stream):
    digest = hashlib.sha256()
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def media_files(storage, directory=""):
    """Every file in the storage, recursively, as names relative to its root."""
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:
        # A media folder that does not exist yet holds no files.
        return
    for name in sorted(files):
        yield f"{directory}{name}"
    for name in sorted(directories):
        yield from media_files(storage, f"{directory}{name}/")


def excluded_models():
    installed = {model._meta.label_lower for model in apps.get_models()}
    return [label for label in EXCLUDED_MODELS if "." not in label or label in installed]


def dump_database(path):
    """dumpdata in one transaction, so the dump is one consistent moment of the database."""
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        call_command(
            "dumpdata",
            format=SERIALIZATION_FORMAT,
            natural_foreign=True,
            exclude=excluded_models(),
            indent=None,
            output=str(path),
            verbosity=0,
        )
        migrations = sorted(MigrationRecorder(connection).migration_qs.values_list("app", "name"))
    return migrations


def object_counts(path):
    with open(path, encoding="utf-8") as dump:
        return dict(sorted(Counter(item["model"] for item in json.load(dump)).items()))


def add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def create_backup(destination, storage=default_storage):
    """Write the archive to `destination` (a .tar.gz path); return its manifest."""
    destination = Path(destination)
    with tempfile.TemporaryDirectory() as workdir:
        dump = Path(workdir) / DATABASE
        migrations = dump_database(dump)
        manifest = {
            "format": FORMAT,
            "created_at": timezone.now().isoformat(),
            "database_vendor": connection.vendor,
            "versions": {"django": django.get_version(), "wagtail": wagtail.__version__},
            "migrations": [f"{app}.{name}" for app, name in migrations],
            "database": {
                "file": DATABASE,
                "sha256": sha256_of(dump.open("rb")),
                "objects": object_counts(dump),
            },
            "media": [],
        }
        partial = destination.with_name(destination.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(dump, arcname=DATABASE)
            for name in media_files(storage):
                with storage.open(name, "rb") as source:
                    data_file = Path(workdir) / "media-file"
                    with data_file.open("wb") as copy:
                        digest = hashlib.sha256()
                        while chunk := source.read(CHUNK):
                            digest.update(chunk)
                            copy.write(chunk)
                    archive.add(data_file, arcname=MEDIA_PREFIX + name)
                manifest["media"].append(
                    {"name": name, "size": data_file.stat().st_size, "sha256": digest.hexdigest()}
                )
            add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2).encode())
        # Only a complete archive gets the final name.
        partial.replace(destination)
    return manifest


def read_manifest(archive):
    try:
        manifest = json.load(archive.extractfile(MANIFEST))
    except KeyError as error:
        raise BackupError("Dit archief heeft geen manifest: geen back-up van de portal.") from error
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Onbekend archiefformaat {manifest.get('format')!r}.")
    return manifest


def verify_archive(path):
    """Check every checksum of the archive against its manifest; return the manifest."""
    with tarfile.open(path, "r:gz") as archive:
        manifest = read_manifest(archive)
        expected = {DATABASE: manifest["database"]["sha256"]}
        expected |= {MEDIA_PREFIX + f["name"]: f["sha256"] for f in manifest["media"]}
        seen = set()
        for member in archive:
            if member.name == MANIFEST:
                continue
            if member.name not in expected or not member.isfile():
                raise BackupError(f"Onverwacht bestand in het archief: {member.name}")
            if sha256_of(archive.extractfile(member)) != expected[member.name]:
                raise BackupError(f"Controlesom klopt niet voor {member.name}: archief beschadigd.")
            seen.add(member.name)
        missing = set(expected) - seen
        if missing:
            raise BackupError(f"Ontbreekt in het archief: {', '.join(sorted(missing))}")
    return manifest


def ensure_empty_target(storage):
    # Migrations create pages (home, accessibility, privacy, cases) without revisions; anything
    # an editor touched has one.
    if (
        get_user_model().objects.exists()
        or get_document_model().objects.exists()
        or Revision.objects.exists()
    ):
        raise BackupError(
            "De database is niet leeg (er zijn accounts, documenten of pagina's). "
            "Herstel gebeurt alleen in een lege database."
        )
    if any(True for _ in media_files(storage)):
        raise BackupError("De mediamap is niet leeg. Herstel gebeurt alleen in een lege map.")


def restore_backup(path, storage=default_storage, stdout=None):
    """Load the archive into an empty (freshly created or migrated) database and media folder."""

    def say(message):
        if stdout:
            stdout.write(message)

    manifest = verify_archive(path)
    say("Archief gecontroleerd: alle controlesommen kloppen.")
    call_command("migrate", interactive=False, verbosity=0)
    ensure_empty_target(storage)
    # Migrations seed taxonomies, centres and a home page; the archive holds the real ones.
    call_command("flush", interactive=False, verbosity=0)
    with tarfile.open(path, "r:gz") as archive, tempfile.TemporaryDirectory() as workdir:
        archive.extract(DATABASE, workdir, filter="data")
        call_command("loaddata", str(Path(workdir) / DATABASE), verbosity=0)
        say(f"Database geladen: {sum(manifest['database']['objects'].values())} objecten.")
        for member in archive:
            if not member.name.startswith(MEDIA_PREFIX):
                continue
            name = member.name.removeprefix(MEDIA_PREFIX)
            stored = storage.save(name, File(archive.extractfile(member), name=name))
            if stored != name:
                raise BackupError(f"Mediabestand {name} werd als {stored} bewaard.")
        say(f"Media teruggezet: {len(manifest['media'])} bestanden.")
    call_command("update_index", verbosity=0)
    check_restored(manifest, storage)
    say("Herstel gecontroleerd: aantallen en bestanden komen overeen met het manifest.")
    return manifest


def check_restored(manifest, storage):
    with tempfile.TemporaryDirectory() as workdir:
        dump = Path(workdir) / DATABASE
        dump_database(dump)
        counts = object_counts(dump)
    if counts != manifest["database"]["objects"]:
        differences = {
            label: (manifest["database"]["objects"].get(label, 0), counts.get(label, 0))
            for label in set(counts) | set(manifest["database"]["objects"])
            if counts.get(label, 0) != manifest["database"]["objects"].get(label, 0)
        }
        raise BackupError(f"Aantallen verschillen na herstel (verwacht, gevonden): {differences}")
    for entry in manifest["media"]:
        with storage.open(entry["name"], "rb") as restored:
            if sha256_of(restored) != entry["sha256"]:
                raise BackupError(f"Mediabestand {entry['name']} verschilt na herstel.")

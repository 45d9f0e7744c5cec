"""The material files an import names: from a folder, a zip, or already in the documents library.

A zip is refused as a whole when an entry has an absolute path or a `..` component, or when it
unpacks to more than the upload limit (the zip-bomb check of `leersteun.uploads`). Every file is
validated like an upload in the admin (`validate_material`) before anything is written. A file
whose content is already a document is linked to that document, so a re-import adds none.
"""

import io
import re
import zipfile
from pathlib import Path, PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from wagtail.utils.file import hash_filelike

from leersteun.uploads import MAX_ZIP_MEMBERS, check_uncompressed_size, validate_material
from practices.models import MaterialDocument

from .reader import SpreadsheetError


def find_document(name):
    """The document stored under this file name, or under the name the storage made of it
    when that was taken (Django appends `_` and 7 characters: `werkblad_Ab3dE9x.pdf`)."""
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    pattern = rf"/{re.escape(stem)}(_[A-Za-z0-9]{{7}})?{re.escape(dot + extension)}$"
    candidates = list(MaterialDocument.objects.filter(file__regex=pattern).order_by("pk"))
    exact = [document for document in candidates if document.file.name.endswith(f"/{name}")]
    return (exact or candidates or [None])[0]


def unsafe_name(name):
    path = PurePosixPath(name.replace("\\", "/"))
    return path.is_absolute() or ".." in path.parts or (name[1:2] == ":")


class MaterialSource:
    """Resolves file names to documents; `files` maps a bare file name to a bytes loader."""

    def __init__(self, files=None):
        self.files = files or {}
        self.resolved = {}  # name -> key
        self.contents = {}  # hash -> (name, bytes) of supplied files not yet in the library
        self.created = {}  # key -> document made by this import
        self.user = None  # who uploads the new documents

    @classmethod
    def from_folder(cls, folder):
        folder = Path(folder)
        if not folder.is_dir():
            raise SpreadsheetError(_("De map %(folder)s bestaat niet.") % {"folder": folder})
        return cls({path.name: path.read_bytes for path in folder.iterdir() if path.is_file()})

    @classmethod
    def from_zip(cls, upload):
        try:
            archive = zipfile.ZipFile(upload)
            members = [member for member in archive.infolist() if not member.is_dir()]
            unsafe = [member.filename for member in members if unsafe_name(member.filename)]
            if unsafe:
                raise SpreadsheetError(
                    _(
                        "Het zip-bestand is geweigerd: ‘%(name)s’ wijst naar een plaats buiten "
                        "het archief (absoluut pad of ..)."
                    )
                    % {"name": unsafe[0]}
                )
            if len(members) > MAX_ZIP_MEMBERS:
                raise SpreadsheetError(_("Het zip-bestand bevat te veel bestanden."))
            try:
                check_uncompressed_size(archive, members)
            except ValidationError as error:
                raise SpreadsheetError(" ".join(error.messages)) from error
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as error:
            raise SpreadsheetError(_("Het zip-bestand met materialen is beschadigd.")) from error
        files = {}
        for member in members:
            name = PurePosixPath(member.filename).name
            files[name] = lambda member=member: archive.read(member)
        return cls(files)

    def resolve(self, name):
        """A key for the document `name` stands for; raises a Dutch ValidationError if none."""
        if name not in self.resolved:
            self.resolved[name] = self._resolve(name)
        return self.resolved[name]

    def _resolve(self, name):
        if "/" in name or "\\" in name or unsafe_name(name):
            raise ValidationError(
                _("Geef enkel een bestandsnaam, zonder map: ‘%(name)s’.") % {"name": name}
            )
        if name in self.files:
            content = self.files[name]()
            upload = ContentFile(content, name=name)
            validate_material(upload)
            digest = hash_filelike(io.BytesIO(content))
            existing = MaterialDocument.objects.filter(file_hash=digest).first()
            if existing:
                return f"document:{existing.pk}"
            self.contents[digest] = (name, content)
            return f"new:{digest}"
        existing = find_document(name)
        if existing is None:
            raise ValidationError(
                _(
                    "Materiaal ‘%(name)s’ niet gevonden: niet in de materialen bij de import en "
                    "niet in de documentenbibliotheek."
                )
                % {"name": name}
            )
        return f"document:{existing.pk}"

    def document(self, entry):
        """The document for an entry resolved earlier; creates it once for a new file."""
        kind, _colon, value = entry.key.partition(":")
        if kind == "document":
            return MaterialDocument.objects.get(pk=value)
        if entry.key not in self.created:
            name, content = self.contents[value]
            document = MaterialDocument(title=Path(name).stem, uploaded_by_user=self.user)
            document.file.save(name, ContentFile(content), save=False)
            document._set_document_file_metadata()
            document.save()
            self.created[entry.key] = document
        return self.created[entry.key]

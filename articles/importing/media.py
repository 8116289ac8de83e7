"""Finding the files behind an export's image addresses, and storing them as uploads are stored.

An exported post names its images by their old address (https://…/wp-content/uploads/2021/03/
photo-1024x683.jpg, https://images.squarespace-cdn.com/…/photo.jpg) or, in Markdown, by a path.
`ImageFinder` looks for each in the folder the user gives, by the longest matching end of its
path. Imported files carry a fingerprint of their bytes in their stored name, so a second import
finds them instead of storing them twice.
"""

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.text import slugify

from practice.images import MAX_UPLOAD_BYTES, check_image


@dataclass(frozen=True)
class OwnMedia:
    """An image already in this site's storage, under `name`."""

    name: str


@dataclass(frozen=True)
class SourceFile:
    """An image file found on disk, to be imported."""

    path: Path

    @property
    def name(self):
        return self.path.name

    def read(self):
        """Return the image's bytes, or raise ValidationError saying why it cannot be used
        (too large, not an image, damaged), as an upload would be refused."""
        try:
            with self.path.open("rb") as handle:
                check_image(File(handle, name=self.path.name))
                handle.seek(0)
                return handle.read()
        except OSError as error:
            raise ValidationError(f"{self.path} cannot be read: {error.strerror}.") from None


@dataclass(frozen=True)
class EmbeddedImage:
    """An image written into the post itself, as a data: address."""

    content: bytes
    name: str

    def read(self):
        check_image(ContentFile(self.content, name=self.name))
        return self.content


@dataclass(frozen=True)
class NotFound:
    reason: str


class ImageFinder:
    """Finds the image an export refers to: in this site's own media, beside a Markdown file,
    or in the media folder the user gives."""

    def __init__(self, media_dir: Path | None = None, *, roots: tuple[Path, ...] = ()):
        self.media_dir = media_dir.resolve() if media_dir else None
        self.roots = tuple(root.resolve() for root in roots if root)
        self._by_suffix = self._index(self.media_dir) if self.media_dir else {}
        self.own_hosts = {urlsplit(settings.SITE_URL).hostname} | {
            host for host in settings.ALLOWED_HOSTS if not host.startswith(".")
        }

    @staticmethod
    def _index(folder):
        """Map the lower-cased end of every file's path (photo.jpg, 03/photo.jpg, …) to files."""
        index = {}
        for directory, _, files in os.walk(folder):
            for file_name in files:
                path = Path(directory, file_name)
                parts = path.relative_to(folder).parts
                for start in range(len(parts)):
                    key = "/".join(parts[start:]).lower()
                    index.setdefault(key, []).append(path)
        return index

    def find(self, reference, *, near: Path | None = None):
        """Return OwnMedia, SourceFile, EmbeddedImage or NotFound for an image `reference`."""
        if reference.startswith("data:"):
            return _embedded(reference)
        url = urlsplit(reference.strip())
        path = unquote(url.path)
        if url.scheme not in ("", "http", "https"):
            return NotFound(f"{url.scheme}: addresses are not images that can be imported")
        own = self._own_media(url, path)
        if own:
            return own
        if not url.scheme and not url.netloc and not path.startswith("/") and near:
            beside = self._beside(near, path)
            if beside:
                return beside
        if not self.media_dir:
            return NotFound("no --media-dir was given to look for it in")
        return self._in_media_dir(PurePosixPath(path).parts)

    def _own_media(self, url, path):
        if url.netloc and url.hostname not in self.own_hosts:
            return None
        if not path.startswith(settings.MEDIA_URL):
            return None
        name = path.removeprefix(settings.MEDIA_URL)
        if ".." in PurePosixPath(name).parts or not default_storage.exists(name):
            return None
        return OwnMedia(name)

    def _beside(self, near, path):
        candidate = (near / path).resolve()
        allowed = (*self.roots, *([self.media_dir] if self.media_dir else []))
        if candidate.is_file() and any(candidate.is_relative_to(root) for root in allowed):
            return SourceFile(candidate)
        return None

    def _in_media_dir(self, parts):
        parts = [part for part in parts if part not in ("/", "", ".", "..")]
        if not parts:
            return NotFound("the address has no file name")
        *folders, file_name = parts
        # The longest matching end of the path wins; at each length, an original before a copy.
        for start in range(len(folders) + 1):
            for name in [*_original_names(file_name), file_name]:
                found = self._by_suffix.get("/".join([*folders[start:], name]).lower())
                if found:
                    return self._one(found, name)
        return NotFound(f"no file named {file_name} in {self.media_dir}")

    @staticmethod
    def _one(found, name):
        if len(found) > 1:
            return NotFound(
                f"{len(found)} files named {name} in the media folder, in different folders, "
                "and the address does not say which"
            )
        return SourceFile(found[0])


def _original_names(file_name):
    """Return the names WordPress's original of a resized copy might have, best first."""
    stem, suffix = os.path.splitext(file_name)
    originals = []
    if stem.endswith("-scaled"):
        originals.append(stem.removesuffix("-scaled") + suffix)
    size = stem.rsplit("-", 1)
    if len(size) == 2 and "x" in size[1]:
        width, _, height = size[1].partition("x")
        if width.isdigit() and height.isdigit():
            originals.append(size[0] + suffix)
    return originals


def fingerprint(content: bytes):
    """Return a short fingerprint of an image's bytes, kept in its stored name."""
    return hashlib.sha256(content).hexdigest()[:16]


def upload_name(name: str, content: bytes):
    """Return the name to store an imported image under: its own name and its fingerprint."""
    path = PurePosixPath(name)
    stem = slugify(path.stem)[:60] or "image"
    return f"{stem}-{fingerprint(content)}{path.suffix.lower()}"


def _embedded(reference):
    """Return the image in a data: address (data:image/png;base64,…), or NotFound."""
    header, _, data = reference.partition(",")
    media_type = header.removeprefix("data:").split(";")[0]
    if not media_type.startswith("image/") or not header.endswith(";base64"):
        return NotFound("an embedded image that is not a base64 picture")
    if len(data) * 3 // 4 > MAX_UPLOAD_BYTES:
        return NotFound(f"an embedded image over {MAX_UPLOAD_BYTES // 1024 // 1024} MB")
    try:
        content = base64.b64decode(data, validate=True)
    except binascii.Error:
        return NotFound("an embedded image whose data is damaged")
    extension = media_type.removeprefix("image/").replace("jpeg", "jpg")
    return EmbeddedImage(content, f"embedded-image.{extension}")


def refusal(error: ValidationError):
    """Return the words of a refused image's ValidationError."""
    return " ".join(error.messages)

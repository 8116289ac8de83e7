"""Uploaded images: checked with Pillow, stripped of metadata, and served as responsive renditions.

An upload is accepted only if Pillow reads it as a JPEG, PNG or WebP within the limits below. It
is then stored once as a clean original (turned upright, at most MAX_STORED_WIDTH wide, without
EXIF, GPS or XMP data) in JPEG, or PNG when it has transparency, and renditions are made beside
it at RENDITION_WIDTHS, each as WebP plus the original's format. Rendition names are derived from
the original's name and width, so pages find them without asking the database.

Pillow is imported only where an image is read or written, never by the pages that merely show
one, so the processes serving public pages do not carry it.
"""

import io
import posixpath
import re
import warnings
from html import escape
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.utils.safestring import mark_safe

ALLOWED_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "MPO": "JPEG"}
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
MAX_STORED_WIDTH = 2400
RENDITION_WIDTHS = (480, 960, 1600)
WEBP_QUALITY = 80
JPEG_QUALITY = 84


def check_image(file):
    """Raise ValidationError, in words an editor understands, unless `file` is a usable image."""
    from PIL import Image, UnidentifiedImageError

    size = getattr(file, "size", None)
    if size is not None and size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            "This file is %(size)s MB; images can be at most %(limit)s MB. Please upload a "
            "smaller version (a photo exported for the web is usually well under 1 MB).",
            code="file_too_large",
            params={"size": f"{size / 1024 / 1024:.1f}", "limit": MAX_UPLOAD_BYTES // 1024**2},
        )
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(file)
            width, height = image.size
            image_format = image.format
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels() from None
    except (UnidentifiedImageError, OSError, ValueError):
        raise ValidationError(
            "This file is not an image we can read. Please upload a photo or picture saved "
            "as JPEG, PNG or WebP.",
            code="not_an_image",
        ) from None
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(
            "Images in %(format)s format are not accepted. Please upload a JPEG, PNG or WebP.",
            code="format_not_allowed",
            params={"format": image_format or "this"},
        )
    if width * height > MAX_PIXELS:
        raise _too_many_pixels(width, height)
    try:
        file.seek(0)
        Image.open(file).load()
    except (OSError, ValueError, SyntaxError):
        raise ValidationError(
            "This image is damaged or incomplete and cannot be read. Please export it again "
            "and upload the new file.",
            code="damaged_image",
        ) from None
    finally:
        file.seek(0)


def _too_many_pixels(width=None, height=None):
    size = f"{width} × {height} pixels" if width else "too many pixels"
    return ValidationError(
        "This image is %(size)s, more than we can process (%(limit)s megapixels at most). "
        "Please resize it, for example to 2400 pixels wide, and upload it again.",
        code="too_many_pixels",
        params={"size": size, "limit": MAX_PIXELS // 1_000_000},
    )


def prepare_original(file):
    """Return (content, extension) for the clean original of an uploaded image `file`."""
    from PIL import Image, ImageOps

    file.seek(0)
    with Image.open(file) as uploaded:
        image = ImageOps.exif_transpose(uploaded)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    image = image.convert("RGBA" if has_alpha else "RGB")
    icc_profile = image.info.get("icc_profile")
    image.info = {}
    if image.width > MAX_STORED_WIDTH:
        image = image.resize(
            (MAX_STORED_WIDTH, round(image.height * MAX_STORED_WIDTH / image.width)),
            Image.Resampling.LANCZOS,
        )
    output = io.BytesIO()
    extension = _save(image, output, "PNG" if has_alpha else "JPEG", icc_profile)
    return ContentFile(output.getvalue()), extension


def _save(image, output, image_format, icc_profile=None):
    """Save `image` without metadata (except its colour profile); return the file extension."""
    options = {"icc_profile": icc_profile} if icc_profile else {}
    if image_format == "JPEG":
        image.save(output, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True, **options)
        return ".jpg"
    if image_format == "PNG":
        image.save(output, "PNG", optimize=True, **options)
        return ".png"
    image.save(output, "WEBP", quality=WEBP_QUALITY, method=4, **options)
    return ".webp"


def rendition_widths(width):
    """Return the widths of the renditions made for an original `width` pixels wide."""
    if width <= RENDITION_WIDTHS[-1]:
        return [w for w in RENDITION_WIDTHS if w < width] + [width]
    return list(RENDITION_WIDTHS)


def rendition_name(name, width, extension):
    # String operations rather than PurePosixPath: a page asks for dozens of these.
    stem, _extension = posixpath.splitext(name)
    return f"{stem}-{width}w{extension}"


def render_renditions(name, storage):
    """Make every rendition of the stored original `name`; return the names written.

    If one cannot be written (storage full, say), those already written are removed again."""
    from PIL import Image

    written = []
    try:
        with storage.open(name) as stored, Image.open(stored) as original:
            original.load()
            fallback = "PNG" if original.mode == "RGBA" else "JPEG"
            icc_profile = original.info.get("icc_profile")
            for width in rendition_widths(original.width):
                height = max(1, round(original.height * width / original.width))
                resized = original.resize((width, height), Image.Resampling.LANCZOS)
                for image_format in ("WEBP", fallback):
                    output = io.BytesIO()
                    extension = _save(resized, output, image_format, icc_profile)
                    target = rendition_name(name, width, extension)
                    if storage.exists(target):
                        storage.delete(target)
                    written.append(storage.save(target, ContentFile(output.getvalue())))
    except OSError:
        for rendition in written:
            storage.delete(rendition)
        raise
    return written


class ImageUploadField(forms.ImageField):
    """An upload field that explains exactly why an image was refused."""

    default_error_messages = {
        "empty": "This file is empty (0 bytes). Please choose the image again.",
    }

    def to_python(self, data):
        if data in self.empty_values:
            return None
        if hasattr(data, "size") and data.size == 0:
            raise ValidationError(self.error_messages["empty"], code="empty")
        check_image(data)
        return super().to_python(data)


class ResponsiveImageField(models.ImageField):
    """An image stored clean, with its renditions made once, when it is uploaded."""

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": ImageUploadField} | kwargs)

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            check_image(file.file)
            content, extension = prepare_original(file.file)
            content.name = PurePosixPath(file.name).stem + extension
            file.save(content.name, content, save=False)
            try:
                render_renditions(file.name, file.storage)
            except OSError:
                file.storage.delete(file.name)
                raise
        return file


def picture(name, width, height, *, alt, sizes, eager=False, css_class=""):
    """Return a <picture> for the stored original `name`: WebP renditions, a fallback, and
    dimensions so the page does not jump while it loads."""
    if not name or not width or not height:
        return ""
    widths = rendition_widths(width)
    stem, fallback_extension = posixpath.splitext(name)
    # Escaped as format_html would, once per value: a page shows several of these.
    base, sizes = escape(f"{settings.MEDIA_URL}{stem}-"), escape(sizes)
    webp = ", ".join(f"{base}{w}w.webp {w}w" for w in widths)
    fallback_extension = escape(fallback_extension)
    fallback = ", ".join(f"{base}{w}w{fallback_extension} {w}w" for w in widths)
    middle = min(widths, key=lambda w: abs(w - 960))
    display_width = widths[-1]
    display_height = max(1, round(height * display_width / width))
    css = f' class="{escape(css_class)}"' if css_class else ""
    loading = 'fetchpriority="high"' if eager else 'loading="lazy"'
    return mark_safe(
        f'<picture{css}><source type="image/webp" srcset="{webp}" sizes="{sizes}">'
        f'<img src="{base}{middle}w{fallback_extension}" srcset="{fallback}" sizes="{sizes}" '
        f'width="{display_width}" height="{display_height}" alt="{escape(alt)}" {loading} '
        'decoding="async"></picture>'
    )


def largest_rendition_url(name, width):
    """Return the URL of the largest JPEG or PNG rendition, for feeds and link previews."""
    return settings.MEDIA_URL + rendition_name(
        name, rendition_widths(width)[-1], posixpath.splitext(name)[1]
    )


IMAGE_TAG = re.compile(r"<img\s([^>]*)>")
ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')


def add_image_dimensions(html):
    """Give each image from the library in cleaned `html` its width and height."""
    from practice.models import Image as LibraryImage

    media = settings.MEDIA_URL
    sources = {
        attributes["src"][len(media) :]
        for attributes in (dict(ATTRIBUTE.findall(match)) for match in IMAGE_TAG.findall(html))
        if attributes.get("src", "").startswith(media)
    }
    if not sources:
        return html
    sizes = {
        name: (width, height)
        for name, width, height in LibraryImage.objects.filter(file__in=sources).values_list(
            "file", "width", "height"
        )
    }

    def with_dimensions(match):
        attributes = dict(ATTRIBUTE.findall(match.group(1)))
        size = sizes.get(attributes.get("src", "")[len(media) :])
        if not size:
            return match.group(0)
        # The values are already escaped by the sanitiser; only the numbers are new.
        attributes["width"], attributes["height"] = (str(value) for value in size)
        return "<img " + " ".join(f'{key}="{value}"' for key, value in attributes.items()) + ">"

    return IMAGE_TAG.sub(with_dimensions, html)

import struct
import zlib
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PillowImage

from practice.images import rendition_name
from practice.models import Image, Page
from tests.factories import image_bytes, image_upload, make_image

pytestmark = pytest.mark.django_db


def gps_exif():
    exif = PillowImage.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x0112] = 6  # orientation: rotated 90°
    exif[0x8825] = {1: "N", 2: (45.0, 31.0, 12.0), 3: "W", 4: (122.0, 39.0, 5.0)}  # GPS
    return exif


def decompression_bomb():
    """A tiny PNG whose header claims 30000 × 30000 pixels."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1000))
        + chunk(b"IEND", b"")
    )


def truncated_photo():
    """A detailed photo whose download stopped half way."""
    output = BytesIO()
    PillowImage.effect_noise((800, 600), 60).convert("RGB").save(output, "JPEG")
    return output.getvalue()[: output.tell() // 2]


def upload_to_library(admin_client, upload, alt_text="A description"):
    return admin_client.post(
        reverse("admin:practice_image_add"), {"file": upload, "alt_text": alt_text}
    )


def test_an_uploaded_photo_loses_its_location_and_camera_details(admin_client, media_root):
    upload = image_upload(width=1200, height=800, exif=gps_exif())

    response = upload_to_library(admin_client, upload)

    assert response.status_code == 302
    image = Image.objects.get()
    stored = PillowImage.open(media_root / image.file.name)
    assert not stored.getexif()
    assert "exif" not in stored.info and "xmp" not in stored.info
    assert b"PhoneMaker" not in (media_root / image.file.name).read_bytes()
    # Turned upright by its orientation tag before the tag was dropped.
    assert (image.width, image.height) == (800, 1200)


def test_renditions_are_made_once_in_webp_and_the_original_format(media_root):
    image = make_image(width=2000, height=1000)

    for width in (480, 960, 1600):
        for extension in (".webp", ".jpg"):
            path = media_root / rendition_name(image.file.name, width, extension)
            with PillowImage.open(path) as rendition:
                assert rendition.width == width
                assert rendition.format == ("WEBP" if extension == ".webp" else "JPEG")
                assert rendition.height == width // 2


def test_a_transparent_png_keeps_a_png_fallback(media_root):
    image = make_image(width=600, height=300, image_format="PNG", name="logo.png")

    assert image.file.name.endswith(".png")
    assert (media_root / rendition_name(image.file.name, 480, ".png")).exists()
    assert (media_root / rendition_name(image.file.name, 600, ".webp")).exists()


def test_a_huge_photo_is_stored_at_most_2400_pixels_wide():
    image = make_image(width=4000, height=3000)

    assert (image.width, image.height) == (2400, 1800)


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("empty.jpg", b"", content_type="image/jpeg"),
            "This file is empty (0 bytes)",
        ),
        (
            SimpleUploadedFile(
                "report.jpg", b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF", content_type="image/jpeg"
            ),
            "This file is not an image we can read",
        ),
        (
            SimpleUploadedFile("bomb.png", decompression_bomb(), content_type="image/png"),
            "more than we can process",
        ),
        (
            SimpleUploadedFile(
                "moving.gif", image_bytes(image_format="GIF"), content_type="image/gif"
            ),
            "Images in GIF format are not accepted",
        ),
        (
            SimpleUploadedFile("broken.jpg", truncated_photo(), content_type="image/jpeg"),
            "damaged or incomplete",
        ),
    ],
    ids=["empty", "renamed-pdf", "decompression-bomb", "gif", "truncated"],
)
def test_a_file_that_is_not_a_usable_image_gets_a_clear_error(admin_client, upload, message):
    response = upload_to_library(admin_client, upload)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Image.objects.exists()


def test_a_file_over_the_size_limit_is_refused_with_its_size(admin_client):
    oversized = image_bytes(width=100, height=100) + b"\0" * (12 * 1024 * 1024)

    response = upload_to_library(
        admin_client, SimpleUploadedFile("big.jpg", oversized, content_type="image/jpeg")
    )

    assert "This file is 12.0 MB; images can be at most 10 MB" in response.content.decode()
    assert not Image.objects.exists()


def test_an_image_in_the_body_gets_its_size_and_responsive_sources(client):
    image = make_image(width=1600, height=900, alt_text="A lake")
    page = Page.objects.create(
        title="About",
        slug="about",
        body=f'<p>Intro</p><img src="{image.file.url}" alt="A lake &amp; hills">',
    )

    assert f'<img src="{image.file.url}" alt="A lake &amp; hills" width="1600" height="900">' in (
        page.body
    )
    content = client.get("/about/").content.decode()
    assert '<source type="image/webp" srcset="' in content
    assert f"{rendition_name(image.file.name, 960, '.webp')} 960w" in content
    assert 'width="1600" height="900" alt="A lake &amp; hills"' in content
    # The page's first image loads at once; it is what the reader sees first.
    assert 'fetchpriority="high"' in content

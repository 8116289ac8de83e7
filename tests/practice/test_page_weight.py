"""Pages as light as a static site's: small on the wire, no script in the way, images that fit."""

import re

import brotli
import pytest

from practice.demo.article_texts import ARTICLES, AUTHORS
from practice.settings import BASE_DIR
from tests.conftest import HttpsClient
from tests.factories import image_upload, make_author, make_image, make_post

pytestmark = pytest.mark.django_db

BROWSER_ENCODINGS = {"Accept-Encoding": "gzip, deflate, br"}
ARTICLE_BUDGET_BYTES = 30 * 1024
STYLESHEET = re.compile(r'<link rel="stylesheet" href="/static/([^"]+)"')
SCRIPT = re.compile(r"<script\b([^>]*)>")


@pytest.fixture
def demo(db):
    """A long article (six of the demo articles end to end, over 2,000 words) with a
    featured image, two pictures in its body, an author portrait and three related articles."""
    author = make_author(
        name="Dr. Elena Marsh",
        bio=AUTHORS[0]["bio"],
        photo=image_upload(name="elena.png", width=600, height=600, image_format="PNG"),
    )
    figures = [
        f'<figure><img src="{image.file.url}" alt="{image.alt_text}"><figcaption>A picture'
        "</figcaption></figure>"
        for image in (make_image(width=1800, height=1200), make_image(width=1200, height=900))
    ]
    body = "".join(article["body"] for article in ARTICLES[:6])
    body = body.replace("<h2>", figures[0] + "<h2>", 1).replace("</ul>", "</ul>" + figures[1], 1)
    tags = ["anxiety", "relationships", "repair"]
    for number in range(3):
        make_post(
            author=author,
            tags=tags,
            excerpt=ARTICLES[number + 6]["excerpt"],
            featured_image=image_upload(width=1600, height=900),
            featured_image_alt="Hills",
        )
    return make_post(
        title="When you keep having the same fight",
        author=author,
        body=body,
        excerpt=ARTICLES[0]["excerpt"],
        featured_image=image_upload(width=2000, height=1200),
        featured_image_alt="Layers of hills under a pale sky",
        tags=tags,
    )


def wire_weight(address):
    """Return the bytes a browser downloads for `address`, its stylesheets and scripts, but no
    images, each compressed as the site sends it."""
    page = HttpsClient().get(address, headers=BROWSER_ENCODINGS)
    assert page.status_code == 200
    assert page["Content-Encoding"] == "gzip"
    html = page.content.decode("latin-1")
    assets = STYLESHEET.findall(html) + re.findall(r'<script[^>]* src="/static/([^"]+)"', html)
    return len(page.content) + sum(
        len(brotli.compress((BASE_DIR / "static" / asset).read_bytes())) for asset in assets
    )


def test_a_long_article_weighs_under_30_kb_on_the_wire(demo):
    assert len(demo.body) > 12_000 and demo.reading_time >= 8

    assert wire_weight(demo.get_absolute_url()) < ARTICLE_BUDGET_BYTES


@pytest.mark.parametrize(
    "address", ["/", "/articles/", "/articles/tags/anxiety/", "/search/?q=anxiety", "/book/"]
)
def test_public_pages_load_no_script_that_blocks_rendering(client, demo, address):
    html = client.get(address).content.decode()

    for attributes in SCRIPT.findall(html):
        assert (
            'type="application/ld+json"' in attributes
            or " defer" in attributes
            or " async" in attributes
            or 'type="module"' in attributes
        ), attributes


def test_article_images_are_webp_renditions_sized_with_only_the_first_loaded_eagerly(client, demo):
    html = client.get(demo.get_absolute_url()).content.decode()
    images = re.findall(r"<picture[^>]*>.*?</picture>", html, re.S)

    assert len(images) >= 3
    first, *rest = images
    for picture in images:
        assert re.search(r'<source type="image/webp" srcset="[^"]+-480w\.webp 480w', picture)
        assert re.search(r'<img [^>]*sizes="[^"]+"', picture)
        assert re.search(r'<img [^>]*width="\d+" height="\d+"', picture)
    assert 'fetchpriority="high"' in first and 'loading="lazy"' not in first
    for picture in rest:
        assert 'loading="lazy"' in picture and "fetchpriority" not in picture


@pytest.mark.parametrize("address", ["/articles/", "/articles/tags/anxiety/"])
def test_a_list_loads_its_first_card_image_first_and_the_rest_lazily(client, demo, address):
    html = client.get(address).content.decode()
    first, *rest = re.findall(r"<picture>.*?(<img [^>]*>)", html, re.S)

    assert 'fetchpriority="high"' in first and "loading" not in first
    assert len(rest) >= 2
    for image in rest:
        assert 'loading="lazy"' in image and 'width="' in image and "srcset" in image


def test_the_home_page_loads_its_cards_below_the_introduction_lazily(client, demo):
    html = client.get("/").content.decode()
    images = re.findall(r"<picture>.*?(<img [^>]*>)", html, re.S)

    assert len(images) == 4
    assert all('loading="lazy"' in image for image in images)


def test_uploaded_images_are_kept_by_browsers_for_a_year(client, demo):
    html = client.get(demo.get_absolute_url()).content.decode()
    rendition = re.search(r'<source type="image/webp" srcset="(/media/[^" ]+)', html)[1]

    response = client.get(rendition)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"

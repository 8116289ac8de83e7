"""What search engines, link previews and feed readers see."""

import json
import re
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Post
from practice.models import Page, PracticeProfile
from tests.factories import image_upload, make_author, make_post

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def published():
    PracticeProfile.objects.create(name="Riverbend Counseling", tagline="Therapy in Portland")
    author = make_author(name="Dr. Elena Marsh", slug="elena-marsh")
    with_image = make_post(
        title="Anxiety in the body",
        slug="anxiety-in-the-body",
        author=author,
        excerpt="A racing heart, a tight chest.",
        seo_description="How anxiety shows up in the body, and small ways to feel safer.",
        featured_image=image_upload(width=1800, height=1000),
        featured_image_alt="A pale sun over water",
        tags=["anxiety", "self-compassion"],
        published_at=timezone.now() - timedelta(days=5),
    )
    plain = make_post(
        title="Jealousy as information",
        slug="jealousy",
        author=author,
        body="<p>Jealousy has a bad reputation.</p>",
        tags=["jealousy"],
        published_at=timezone.now() - timedelta(days=9),
    )
    make_post(title="Secret draft", slug="secret-draft", status="draft", published_at=None)
    make_post(
        title="Not yet",
        slug="not-yet",
        tags=["future-tag"],
        published_at=timezone.now() + timedelta(days=3),
    )
    return with_image, plain


def day(moment):
    return timezone.localtime(moment).date().isoformat()


def meta(content, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', content)
    return match.group(1) if match else None


def test_the_article_page_describes_itself_for_search_and_sharing(client, published):
    content = client.get("/articles/anxiety-in-the-body/").content.decode()
    image_url = re.search(r'<meta property="og:image" content="([^"]+)">', content).group(1)

    assert "<title>Anxiety in the body · Riverbend Counseling</title>" in content
    assert meta(content, "name", "description") == (
        "How anxiety shows up in the body, and small ways to feel safer."
    )
    assert '<link rel="canonical" href="https://testserver/articles/anxiety-in-the-body/">' in (
        content
    )
    assert meta(content, "property", "og:type") == "article"
    assert meta(content, "property", "og:title") == "Anxiety in the body"
    assert meta(content, "property", "og:url") == "https://testserver/articles/anxiety-in-the-body/"
    assert image_url.startswith("https://testserver/media/articles/")
    assert image_url.endswith("-1600w.jpg")
    assert meta(content, "property", "og:image:alt") == "A pale sun over water"
    assert meta(content, "name", "twitter:card") == "summary_large_image"
    assert meta(content, "name", "twitter:image") == image_url
    assert meta(content, "property", "article:tag") == "anxiety"


def test_the_article_carries_a_blog_posting_for_search_engines(client, published):
    post, _ = published
    content = client.get("/articles/anxiety-in-the-body/").content.decode()

    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', content).group(1)
    )

    assert data["@type"] == "BlogPosting"
    assert data["headline"] == "Anxiety in the body"
    assert data["datePublished"] == post.published_at.isoformat()
    assert data["dateModified"]
    assert data["author"] == {
        "@type": "Person",
        "name": "Dr. Elena Marsh",
        "url": "https://testserver/articles/authors/elena-marsh/",
    }
    assert data["image"].endswith("-1600w.jpg")
    assert data["publisher"]["name"] == "Riverbend Counseling"


def test_structured_data_cannot_break_out_of_its_script(client):
    make_post(slug="tricky", title="</script><script>alert(1)</script>")

    content = client.get("/articles/tricky/").content.decode()
    json_ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', content).group(1)

    assert "<" not in json_ld
    assert json.loads(json_ld)["headline"] == "</script><script>alert(1)</script>"


def test_the_description_falls_back_to_the_excerpt_then_the_opening(client, published):
    content = client.get("/articles/jealousy/").content.decode()

    assert meta(content, "name", "description") == "Jealousy has a bad reputation."
    assert meta(content, "name", "twitter:card") == "summary"


def test_every_public_page_has_its_own_title(client, published):
    Page.objects.create(title="About the practice", slug="about")
    paths = [
        "/",
        "/articles/",
        "/articles/anxiety-in-the-body/",
        "/articles/jealousy/",
        "/articles/tags/anxiety/",
        "/articles/authors/elena-marsh/",
        "/about/",
    ]

    titles = [
        re.search(r"<title>(.*?)</title>", client.get(path).content.decode()).group(1)
        for path in paths
    ]

    assert len(set(titles)) == len(paths), titles


def test_the_rss_feed_is_valid_and_lists_only_published_articles(client, published):
    response = client.get("/articles/feed/")

    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == "Riverbend Counseling: articles"
    assert channel.findtext("link") == "https://testserver/articles/"
    assert channel.findtext("description") == "Therapy in Portland"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        "Anxiety in the body",
        "Jealousy as information",
    ]
    first = items[0]
    assert first.findtext("link") == "https://testserver/articles/anxiety-in-the-body/"
    assert first.findtext("guid") == first.findtext("link")
    assert first.findtext("description") == "A racing heart, a tight chest."
    assert first.findtext("pubDate")
    assert {c.text for c in first.findall("category")} == {"anxiety", "self-compassion"}
    enclosure = first.find("enclosure")
    assert enclosure.get("url").endswith("-1600w.jpg")
    assert enclosure.get("type") == "image/jpeg"


def test_the_atom_feed_is_valid_and_lists_only_published_articles(client, published):
    response = client.get("/articles/feed/atom/")

    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.findtext(f"{ATOM}{required}"), required
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == (
        "https://testserver/articles/feed/atom/"
    )
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    for entry in entries:
        for required in ("id", "title", "updated", "summary"):
            assert entry.findtext(f"{ATOM}{required}"), required
        assert entry.find(f"{ATOM}author/{ATOM}name").text == "Dr. Elena Marsh"
        assert entry.find(f"{ATOM}link").get("href").startswith("https://testserver/articles/")
    assert b"Secret draft" not in response.content and b"Not yet" not in response.content


def test_pages_point_feed_readers_to_the_feeds(client):
    content = client.get("/").content.decode()

    assert '<link rel="alternate" type="application/rss+xml"' in content
    assert 'href="/articles/feed/"' in content and 'href="/articles/feed/atom/"' in content


def test_the_sitemap_lists_published_articles_tags_authors_and_pages(client, published):
    post, plain = published
    Page.objects.create(title="About", slug="about")
    base = "https://testserver"
    Post.objects.filter(pk=plain.pk).update(updated_at=plain.published_at)

    response = client.get("/sitemap.xml")
    entries = {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in ET.fromstring(response.content).findall(f"{SITEMAP}url")
    }
    assert entries[f"{base}/articles/jealousy/"] == day(plain.published_at)
    assert entries[f"{base}/articles/anxiety-in-the-body/"] == day(post.updated_at)
    assert entries[f"{base}/articles/tags/jealousy/"] == day(plain.published_at)
    for path in (
        "/",
        "/articles/",
        "/articles/anxiety-in-the-body/",
        "/articles/jealousy/",
        "/articles/tags/anxiety/",
        "/articles/tags/jealousy/",
        "/articles/authors/elena-marsh/",
        "/about/",
    ):
        assert entries.get(f"{base}{path}"), path
    assert not any("secret-draft" in url or "not-yet" in url for url in entries)
    assert f"{base}/articles/tags/future-tag/" not in entries
    for lastmod in entries.values():
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", lastmod)


def test_robots_txt_points_to_the_sitemap(client):
    content = client.get("/robots.txt").content.decode()

    assert "Sitemap: https://testserver/sitemap.xml" in content
    assert "Disallow: /admin/" in content

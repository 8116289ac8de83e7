import re
from urllib.parse import urlsplit

import pytest
from django.contrib.staticfiles import finders

from practice.models import Page, PracticeProfile

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = ["/", "/articles/", "/about/", "/privacy/", "/search/?q=anxiety", "/book/"]


@pytest.fixture(autouse=True)
def practice_pages():
    PracticeProfile.load()
    Page.objects.create(title="About", slug="about", body="<p>About us.</p>")
    Page.objects.create(title="Privacy", slug="privacy", body="<p>Privacy.</p>")


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_public_page_has_the_landmarks_and_skip_link(client, path):
    content = client.get(path).content.decode()

    assert '<a class="skip-link" href="#main">' in content
    assert '<main id="main"' in content
    assert content.count("<main") == 1
    assert '<header class="site-header">' in content
    assert '<footer class="site-footer">' in content
    assert '<html lang="en">' in content
    assert 'name="viewport"' in content


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_header_has_the_navigation_and_a_search_box(client, path):
    content = client.get(path).content.decode()
    nav = re.search(r'<nav class="site-nav" aria-label="Main">(.*?)</nav>', content, re.S).group(1)

    assert re.findall(r">([^<>]+)</a>", nav) == [
        "Articles",
        "About",
        "Request a session",
    ]
    assert re.search(r'<form class="site-search" role="search" action="/search/"', content)
    assert '<label class="visually-hidden" for="site-search-q">Search articles</label>' in content


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_footer_has_contact_privacy_link_and_crisis_line(client, path):
    profile = PracticeProfile.load()
    profile.email = "hello@practice.example"
    profile.save()
    content = client.get(path).content.decode()
    footer = content[content.index('<footer class="site-footer">') :]

    assert 'href="mailto:hello@practice.example"' in footer
    assert 'href="/privacy/"' in footer
    assert profile.crisis_line in footer


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_nothing_on_a_public_page_comes_from_another_host(client, path):
    content = client.get(path).content.decode()
    tags = re.findall(r"<(?:script|img|link|iframe|source|video|audio)\b[^>]*>", content)

    for tag in tags:
        for url in re.findall(r'(?:src|href|srcset)="([^"]*)"', tag):
            assert urlsplit(url).hostname in (None, "testserver"), tag


def test_stylesheets_load_nothing_from_another_host():
    for name in ("css/site.css", "css/print.css", "css/admin.css"):
        css = open(finders.find(name)).read()
        assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", css), name
        assert "@import" not in css, name


def test_pages_have_a_dark_mode_and_a_print_stylesheet(client):
    content = client.get("/").content.decode()
    css = open(finders.find("css/site.css")).read()

    assert "@media (prefers-color-scheme: dark)" in css
    assert re.search(r'<link rel="stylesheet" href="/static/css/print.css" media="print">', content)

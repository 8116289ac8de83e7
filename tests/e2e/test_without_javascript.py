"""Every public page can be read, and the request form sent, with JavaScript switched off."""

import pytest

from tests.e2e.pages import PUBLIC_PAGES


@pytest.fixture
def page_without_javascript(chromium, site):
    context = chromium.new_context(
        viewport={"width": 390, "height": 900}, java_script_enabled=False
    )
    yield context.new_page()
    context.close()


@pytest.mark.parametrize(("name", "path"), PUBLIC_PAGES)
def test_public_page_reads_without_javascript(page_without_javascript, site, name, path):
    page = page_without_javascript
    page.goto(site + path())

    main = page.locator("main")
    assert main.is_visible()
    assert len(main.inner_text().split()) >= 5, f"{name} shows almost nothing"
    assert page.locator("h1").first.is_visible()


def test_an_article_shows_its_words_and_pictures_without_javascript(page_without_javascript, site):
    page = page_without_javascript
    page.goto(site + "/articles/anxiety-in-the-body/")

    assert len(page.inner_text(".prose").split()) > 200
    for image in page.locator("main img").all()[:2]:
        image.scroll_into_view_if_needed()
        assert image.evaluate("img => img.complete && img.naturalWidth > 0")

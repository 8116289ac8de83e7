"""Browser tests: Debian's Chromium, driven by Playwright, against the site on a live server.

The demo practice is loaded once into the test database and served for the whole session. Every
page a test opens is watched: a request to another host or a Content Security Policy violation
fails the test.
"""

import os
from io import StringIO
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management import call_command
from django.db import connections
from django.test.testcases import LiveServerThread
from django.test.utils import override_settings, setup_databases, teardown_databases

from tests.conftest import logged_in_client

# Playwright's synchronous API keeps an event loop in the main thread; Django would otherwise take
# the test's own database queries for calls from async code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from playwright.sync_api import Error as PlaywrightError  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

PROJECT_DIR = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("PRACTICE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOT_DIR = PROJECT_DIR / "var" / "screenshots"
AXE_SOURCE = PROJECT_DIR / "node_modules" / "axe-core" / "axe.min.js"

WATCH_PAGE_SCRIPT = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
});
"""


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.path):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_blocker):
    """Create the test database for the session: these tests use no database marks, so
    pytest-django would otherwise create none."""
    with django_db_blocker.unblock():
        databases = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    yield
    with django_db_blocker.unblock():
        teardown_databases(databases, verbosity=0)


@pytest.fixture(scope="session", autouse=True)
def site_media_root(tmp_path_factory):
    """The live site keeps the demo practice's images in one folder for the whole session."""
    folder = tmp_path_factory.mktemp("media")
    with override_settings(MEDIA_ROOT=folder):
        yield folder


@pytest.fixture(autouse=True)
def media_root(site_media_root):
    return site_media_root


@pytest.fixture(scope="session")
def site(django_db_setup, django_db_blocker):
    """The demo practice served over HTTP on 127.0.0.1 for the whole session; yields its URL."""
    # Plain http on the loopback address: Chromium treats it as a secure context, so Secure and
    # __Host- cookies still work, but Django must not redirect to https.
    http_only = override_settings(
        SECURE_SSL_REDIRECT=False, SECURE_HSTS_SECONDS=0, ALLOWED_HOSTS=["127.0.0.1"]
    )
    http_only.enable()
    with django_db_blocker.unblock():
        call_command("demo_content", stdout=StringIO())
        shared = {
            connection.alias: connection
            for connection in connections.all(initialized_only=True)
            if connection.vendor == "sqlite" and connection.is_in_memory_db()
        }
        for connection in shared.values():
            connection.inc_thread_sharing()
        server = LiveServerThread("127.0.0.1", StaticFilesHandler, connections_override=shared)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        yield f"http://127.0.0.1:{server.port}"
        server.terminate()
        for connection in shared.values():
            connection.dec_thread_sharing()
    http_only.disable()


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium. A browser that cannot start fails the run; it is never skipped."""
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        except PlaywrightError as error:
            pytest.fail(f"Chromium could not start from {CHROMIUM}: {error}", pytrace=False)
        yield browser
        browser.close()


class WatchedPage:
    """A browser page that records what it loads and which policy violations it meets."""

    def __init__(self, browser, site, width, height=900):
        self.site = site
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.context.add_init_script(WATCH_PAGE_SCRIPT)
        self.page = self.context.new_page()
        self.requested_urls = []
        self.console_errors = []
        self.page.on("request", lambda request: self.requested_urls.append(request.url))
        self.page.on(
            "console",
            lambda message: message.type == "error" and self.console_errors.append(message.text),
        )

    def open(self, path):
        response = self.page.goto(self.site + path)
        self.page.wait_for_load_state("load")
        return response

    def other_hosts(self):
        own_host = urlsplit(self.site).netloc
        return sorted(
            {
                url
                for url in self.requested_urls
                if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != own_host
            }
        )

    def csp_violations(self):
        try:
            return self.page.evaluate("window.__cspViolations || []")
        except PlaywrightError:
            return []

    def close(self):
        self.context.close()


@pytest.fixture
def open_page(chromium, site):
    """Return a function opening a watched page at a viewport width (390 px by default).

    After the test, every page it opened must have loaded nothing from another host and met no
    Content Security Policy violation.
    """
    pages = []

    def open_at(path, width=390, height=900):
        watched = WatchedPage(chromium, site, width, height)
        pages.append(watched)
        watched.open(path)
        return watched

    yield open_at
    try:
        for watched in pages:
            assert watched.other_hosts() == [], "a page requested another host"
            assert watched.csp_violations() == [], "a page met Content Security Policy violations"
    finally:
        for watched in pages:
            watched.close()


@pytest.fixture
def staff_page(chromium, site, django_db_blocker):
    """A browser page logged in as a member of staff, the way the test suite logs staff in."""
    with django_db_blocker.unblock():
        user, _ = get_user_model().objects.get_or_create(
            username="editor-in-browser", defaults={"is_staff": True, "is_superuser": True}
        )
        client = logged_in_client(user)
    watched = WatchedPage(chromium, site, 1280, 1000)
    watched.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                # A __Host- cookie is set for a secure origin; Chromium sends it to the loopback
                # address over plain http too, as it treats 127.0.0.1 as secure.
                "url": site.replace("http://", "https://", 1),
                "secure": True,
                "httpOnly": True,
                "sameSite": "Lax",
            }
        ]
    )
    yield watched
    try:
        assert watched.other_hosts() == []
        assert watched.csp_violations() == [], "the admin met Content Security Policy violations"
        assert watched.console_errors == []
    finally:
        watched.close()


def run_axe(page, tags=("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")):
    """Run axe-core in the page and return its violations for the given WCAG tags.

    The script is evaluated through the browser's developer protocol, so it is never part of
    what the site serves and the page's Content Security Policy stays as it is.
    """
    if not AXE_SOURCE.exists():
        pytest.fail("axe-core is not installed: run `npm ci` (make e2e does)", pytrace=False)
    page.evaluate(AXE_SOURCE.read_text())
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        list(tags),
    )
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "targets": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
    ]


def save_screenshot(page, name):
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOT_DIR / f"{name}.png", full_page=True)

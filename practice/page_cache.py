"""The page cache: public pages rendered once per content version, and answered with 304 when
the visitor's browser already has them.

Views opt in with `public_page` (in the URLconfs). For a visitor who is not signed in, a GET of
such a page is answered, in this order: 304 when the browser's ETag or Last-Modified matches the
current content version, the page from the cache, or the view's page, kept for the next visitor.
Signed-in staff always get a fresh page (they see previews), marked private.
"""

import functools
import hashlib
from dataclasses import dataclass
from functools import wraps
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.middleware.csp import get_nonce
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.deprecation import MiddlewareMixin
from django.utils.http import http_date

from practice.content_version import current_version

# A page is kept this long at most; any change to the content replaces it sooner.
PAGE_CACHE_SECONDS = 24 * 60 * 60


def public_page(view):
    """Mark `view` as a public page: the same for every visitor, cached and validated."""

    @wraps(view)
    def public_view(request, *args, **kwargs):
        return view(request, *args, **kwargs)

    public_view.is_public_page = True
    return public_view


@functools.cache
def release_id():
    """Return a digest of this release's code, templates and static files.

    It is part of every cache key and ETag, so that a new release never serves or validates
    a page that an earlier one rendered.
    """
    base = Path(settings.BASE_DIR)
    digest = hashlib.blake2b(digest_size=6)
    sources = [base / "requirements.txt"]
    for folder, pattern in [
        ("practice", "*.py"),
        ("articles", "*.py"),
        ("booking", "*.py"),
        ("templates", "*"),
        ("static", "*"),
    ]:
        sources.extend(sorted(path for path in (base / folder).rglob(pattern) if path.is_file()))
    for path in sources:
        digest.update(str(path.relative_to(base)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class CachedPage:
    key: str
    etag: str
    last_modified: float
    timeout: int


def is_signed_in(request):
    # Only a request carrying a session cookie can be signed in; asking costs a query.
    return settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated


def page_variant(request):
    """Return what, besides the content, makes one answer differ from another: the address,
    and whether the browser takes gzip."""
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    gzip = re_accepts_gzip.search(request.headers.get("Accept-Encoding", ""))
    return hashlib.blake2b(address.encode(), digest_size=16).hexdigest() + (":gzip" if gzip else "")


def may_keep(request, response):
    """Return True if `response` is the same for every visitor and may be cached."""
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        # A page that used the CSP nonce would replay it to every visitor.
        and not get_nonce(request)
        and not {"private", "no-store", "no-cache"}
        & {
            directive.split("=")[0].strip().lower()
            for directive in response.get("Cache-Control", "").split(",")
        }
    )


class PageCacheMiddleware(MiddlewareMixin):
    """Serve public pages from the cache to visitors, and answer their conditional requests."""

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not getattr(view_func, "is_public_page", False) or request.method not in (
            "GET",
            "HEAD",
        ):
            return None
        if is_signed_in(request):
            request.page_for_staff = True
            return None
        version = current_version()
        release = release_id()
        page = CachedPage(
            key=f"page:{release}:{version.token}:{page_variant(request)}",
            etag=f'W/"{release}-{version.token}"',
            last_modified=version.changed_at.timestamp(),
            timeout=min(version.seconds_left() or PAGE_CACHE_SECONDS, PAGE_CACHE_SECONDS),
        )
        request.cached_page = page
        not_modified = get_conditional_response(
            request, etag=page.etag, last_modified=page.last_modified
        )
        if not_modified is not None:
            return not_modified
        response = cache.get(page.key)
        if response is not None:
            request.served_from_cache = True
            return response
        return None

    def process_response(self, request, response):
        if getattr(request, "page_for_staff", False):
            patch_cache_control(response, private=True)
            return response
        page = getattr(request, "cached_page", None)
        if page is None or getattr(request, "served_from_cache", False):
            return response
        if response.status_code == 304:
            self.add_validators(response, page)
            return response
        if may_keep(request, response):
            self.add_validators(response, page)
            cache.set(page.key, response, page.timeout)
        return response

    @staticmethod
    def add_validators(response, page):
        response["ETag"] = page.etag
        response["Last-Modified"] = http_date(page.last_modified)
        # Browsers may keep the page, but ask each time whether it is still current.
        patch_cache_control(response, no_cache=True)

"""The content version: one value that changes whenever anything a public page shows changes.

Every cached page and every ETag is tied to it, so bumping it invalidates them all at once. It
lives in the CONTENT_VERSION_CACHE, which every process of the site shares (Redis, or a file in
VAR_DIR without Redis), and it expires by itself when the next scheduled article is due.
"""

import math
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

VERSION_KEY = "content-version"
NO_SCHEDULED_POST = "none"
# How long the time of the next scheduled publication is trusted for a version before it is
# looked up again; a publication being scheduled or moved starts a new version anyway.
SCHEDULE_SECONDS = 24 * 60 * 60


# The version a request has read, so that its page cache, site index and practice profile read
# the shared store once between them; set only while a request is being answered.
_this_request = threading.local()


@dataclass(frozen=True)
class ContentVersion:
    token: str
    # Whole seconds, strictly increasing from one version to the next, so that Last-Modified
    # (which counts whole seconds) tells any two versions apart.
    changed_at: datetime
    # When the next scheduled article appears; the version is stale from then on.
    valid_until: datetime | None

    def is_stale(self, now=None):
        return self.valid_until is not None and (now or timezone.now()) >= self.valid_until

    def seconds_left(self, now=None):
        """Return how long something shown under this version may be kept, None for ever."""
        if self.valid_until is None:
            return None
        return max(1, math.ceil((self.valid_until - (now or timezone.now())).total_seconds()))


def _store():
    return caches[settings.CONTENT_VERSION_CACHE]


def _next_publication(token):
    """Return the time of the next scheduled publication as of version `token`, or None.

    It is kept under a key of the version's own, so a process that looks it up can never
    overwrite a newer version."""
    from articles.models import Post

    key = f"content-version-ends:{token}"
    stored = _store().get(key)
    if stored is None:
        due = (
            Post.objects.scheduled()
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )
        stored = NO_SCHEDULED_POST if due is None else due.timestamp()
        _store().set(key, stored, timeout=SCHEDULE_SECONDS)
    return None if stored == NO_SCHEDULED_POST else datetime.fromtimestamp(stored, UTC)


def current_version():
    """Return the content version now, starting a new one if there is none or if a scheduled
    article has come out since it started. A request reads it once, unless it changes it."""
    remembered = getattr(_this_request, "version", None)
    if remembered is not None:
        return remembered
    version = _read_version()
    if getattr(_this_request, "answering", False):
        _this_request.version = version
    return version


def _read_version():
    stored = _store().get(VERSION_KEY)
    if stored is None:
        bump_content_version()
        stored = _store().get(VERSION_KEY)
    token, changed_at = stored
    version = ContentVersion(
        token=token,
        changed_at=datetime.fromtimestamp(changed_at, UTC),
        valid_until=_next_publication(token),
    )
    if version.is_stale():
        bump_content_version()
        return _read_version()
    return version


def bump_content_version():
    """Start a new content version, invalidating every cached page and ETag."""
    _this_request.version = None
    previous = _store().get(VERSION_KEY)
    changed_at = math.ceil(time.time())
    if previous is not None:
        changed_at = max(changed_at, previous[1] + 1)
    _store().set(VERSION_KEY, (secrets.token_hex(8), changed_at), timeout=None)


def remembered_per_version(function):
    """Return `function`, remembering its result in this process until the content changes."""
    remembered = {}

    @wraps(function)
    def current():
        token = current_version().token
        if remembered.get("token") != token:
            remembered.update(token=token, value=function())
        return remembered["value"]

    return current


def content_changed(sender, *, using="default", action="post_", **kwargs):
    """Bump the content version now and again when the transaction commits.

    The bump at commit matters: a page rendered between the first bump and the commit still
    read the old rows, and would otherwise be kept under the new version.
    """
    if not action.startswith("post_"):
        return
    bump_content_version()
    if transaction.get_connection(using).in_atomic_block:
        transaction.on_commit(bump_content_version, using=using)


def _request_started(**kwargs):
    _this_request.answering, _this_request.version = True, None


def _request_finished(**kwargs):
    _this_request.answering, _this_request.version = False, None


def watch_content():
    """Bump the content version whenever a model that public pages show is saved or deleted."""
    from taggit.models import Tag, TaggedItem

    from articles.models import Author, Post, PostRedirect
    from practice.models import Page, PracticeProfile

    for model in (Post, Author, PostRedirect, Tag, TaggedItem, Page, PracticeProfile):
        post_save.connect(
            content_changed, sender=model, dispatch_uid=f"content-saved-{model._meta.label}"
        )
        post_delete.connect(
            content_changed, sender=model, dispatch_uid=f"content-gone-{model._meta.label}"
        )
    m2m_changed.connect(content_changed, sender=Post.tags.through, dispatch_uid="content-tags")
    request_started.connect(_request_started, dispatch_uid="content-version-request-started")
    request_finished.connect(_request_finished, dispatch_uid="content-version-request-finished")

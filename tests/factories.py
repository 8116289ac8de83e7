"""Small helpers that make model instances with sensible defaults."""

import time
from datetime import timedelta
from itertools import count

from django.utils import timezone
from django_otp.oath import TOTP

from articles.models import Author, Post

_numbers = count(1)


def make_author(**kwargs):
    number = next(_numbers)
    defaults = {"name": f"Author {number}", "slug": f"author-{number}"}
    return Author.objects.create(**(defaults | kwargs))


def make_post(*, tags=(), **kwargs):
    """Make a post that is published an hour ago unless told otherwise."""
    number = next(_numbers)
    defaults = {
        "title": f"Article {number}",
        "slug": f"article-{number}",
        "body": f"<p>Body of article {number}.</p>",
        "status": Post.Status.PUBLISHED,
        "published_at": timezone.now() - timedelta(hours=1),
    }
    if "author" not in kwargs:
        kwargs["author"] = make_author()
    post = Post.objects.create(**(defaults | kwargs))
    if tags:
        post.tags.add(*tags)
    return post


def current_code(device, *, steps_ahead=0):
    """Return the six-digit code an authenticator app shows now for a TOTP `device`."""
    # A sign-in may have moved the device's drift, when a code matched the step before or after.
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"

"""How often one address may post the request form: BOOKING_POSTS_PER_HOUR, counted in the cache."""

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac

WINDOW_SECONDS = 60 * 60


def _key(ip):
    # The address itself is not kept in the cache, only a keyed digest of it.
    return (
        "booking:posts:"
        + salted_hmac("booking.rate-limit", ip or "", algorithm="sha256").hexdigest()[:32]
    )


def allow_post(ip):
    """Count a post from `ip`; return False once it is over the hourly limit."""
    key = _key(ip)
    cache.add(key, 0, timeout=WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:
        # The window ended between add() and incr().
        cache.set(key, 1, timeout=WINDOW_SECONDS)
        count = 1
    return count <= settings.BOOKING_POSTS_PER_HOUR

from django.conf import settings
from django.contrib.auth import logout
from django.middleware.gzip import GZipMiddleware
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.deprecation import MiddlewareMixin
from whitenoise.middleware import WhiteNoiseMiddleware

SIGNED_IN_AT_SESSION_KEY = "signed_in_at"


class CrossOriginResourcePolicyMiddleware(MiddlewareMixin):
    """Send the Cross-Origin-Resource-Policy header, for which Django has no setting."""

    def process_response(self, request, response):
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY
        )
        return response


class SignInLifetimeMiddleware(MiddlewareMixin):
    """Sign out whoever signed in more than SIGN_IN_MAX_AGE ago, however active since.

    The idle limit is the session cookie's own age, renewed by every request.
    """

    def process_request(self, request):
        if not request.user.is_authenticated:
            return
        signed_in_at = request.session.get(SIGNED_IN_AT_SESSION_KEY)
        if signed_in_at is None or (
            timezone.now().timestamp() - signed_in_at > settings.SIGN_IN_MAX_AGE.total_seconds()
        ):
            logout(request)


class AdminNoStoreMiddleware(MiddlewareMixin):
    """Keep every admin page out of browser and proxy caches, error pages included."""

    def process_response(self, request, response):
        if request.path.startswith(reverse("admin:index")):
            add_never_cache_headers(response)
        return response


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    """Whitenoise, telling browsers to keep files with hashed names for a year unasked."""

    FOREVER = 365 * 24 * 60 * 60


class CompressionMiddleware(GZipMiddleware):
    """Gzip responses, except those holding a CSRF token.

    A page that holds a secret and reflects what a visitor typed could leak the secret through
    its compressed length (BREACH). Django masks the CSRF token differently on every response
    and pads gzip output with random bytes; leaving the few pages with forms uncompressed (the
    request form, the admin) removes the question altogether. Public pages hold no secret.
    """

    def process_response(self, request, response):
        if settings.CSRF_COOKIE_NAME in response.cookies:
            return response
        return super().process_response(request, response)

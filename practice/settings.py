"""Settings for Practice, read from the environment.

Every variable is listed with its default in the configuration table of README.md.
"""

import base64
import binascii
import ipaddress
import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from js_asset import static_lazy
from whitenoise.compress import Compressor


def env_bool(name, default=False):
    """Return the environment variable `name` read as a yes/no flag."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Return the comma-separated environment variable `name` as a list."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


BASE_DIR = Path(__file__).resolve().parent.parent

# Everything the running site writes (SQLite database, uploads, collected static files, mail in
# development) lives under one folder that is never committed.
VAR_DIR = Path(os.environ.get("DJANGO_VAR_DIR", BASE_DIR / "var"))

DEBUG = env_bool("DJANGO_DEBUG")


def development_key(file_name, make_key):
    """Return a random key kept in VAR_DIR, so development data and sessions survive a restart."""
    key_file = VAR_DIR / file_name
    if not key_file.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        key_file.write_text(make_key())
    return key_file.read_text().strip()


def random_text_key():
    return secrets.token_urlsafe(50)


# A field encryption key is a Fernet key: 32 random bytes in URL-safe base64. Its shape is
# checked here without importing the cryptography package, which only the request form and the
# admin need, so that the processes serving public pages do not carry it.
FERNET_KEY_BYTES = 32


def random_fernet_key():
    return base64.urlsafe_b64encode(secrets.token_bytes(FERNET_KEY_BYTES)).decode()


def is_fernet_key(key):
    """Return True if `key` is what Fernet accepts: 32 bytes in URL-safe base64."""
    try:
        return len(base64.urlsafe_b64decode(key)) == FERNET_KEY_BYTES
    except (binascii.Error, ValueError):
        return False


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Production settings (DJANGO_DEBUG off) need a long "
            'random secret key; generate one with: python3 -c "import secrets; '
            'print(secrets.token_urlsafe(50))"'
        )
    SECRET_KEY = development_key("development-secret-key", random_text_key)

# What clients write in the request form is encrypted in the database (practice.encryption) with
# these keys, newest first: the first encrypts, all of them decrypt. They live in the
# environment, never in the database or its backups.
FIELD_ENCRYPTION_KEYS = env_list("DJANGO_FIELD_ENCRYPTION_KEYS")
# Exact lookups (search by name or email) compare keyed hashes made with this separate key.
FIELD_HASH_KEY = os.environ.get("DJANGO_FIELD_HASH_KEY", "")
if not FIELD_ENCRYPTION_KEYS or not FIELD_HASH_KEY:
    if not DEBUG:
        missing = " and ".join(
            name
            for name, value in (
                ("DJANGO_FIELD_ENCRYPTION_KEYS", FIELD_ENCRYPTION_KEYS),
                ("DJANGO_FIELD_HASH_KEY", FIELD_HASH_KEY),
            )
            if not value
        )
        raise ImproperlyConfigured(
            f"{missing} not set. Production settings (DJANGO_DEBUG off) need both, to encrypt "
            "what clients write and to search it. Generate an encryption key with: python3 -c "
            '"from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())" '
            'and a hash key with: python3 -c "import secrets; print(secrets.token_urlsafe(50))". '
            "Keep them apart from the database and its backups; without them the requests "
            "cannot be read."
        )
    FIELD_ENCRYPTION_KEYS = FIELD_ENCRYPTION_KEYS or [
        development_key("development-field-encryption-key", random_fernet_key)
    ]
    FIELD_HASH_KEY = FIELD_HASH_KEY or development_key(
        "development-field-hash-key", random_text_key
    )
for position, key in enumerate(FIELD_ENCRYPTION_KEYS, start=1):
    if not is_fernet_key(key):
        raise ImproperlyConfigured(
            f"DJANGO_FIELD_ENCRYPTION_KEYS: key number {position} is not a valid key (each is "
            "32 random bytes in URL-safe base64, as Fernet.generate_key() makes)."
        )
if len(FIELD_HASH_KEY) < 32:
    raise ImproperlyConfigured("DJANGO_FIELD_HASH_KEY is too short: use at least 32 characters.")
if FIELD_HASH_KEY in (SECRET_KEY, *FIELD_ENCRYPTION_KEYS):
    raise ImproperlyConfigured(
        "DJANGO_FIELD_HASH_KEY must differ from DJANGO_SECRET_KEY and from every "
        "DJANGO_FIELD_ENCRYPTION_KEYS key."
    )

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS is empty; list the site's host names.")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "practice.apps.PracticeAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "taggit",
    "django_prose_editor",
    "practice",
    "articles",
    "booking",
]

# The header middleware comes before whitenoise so that static files carry the same headers, and
# before the page cache so that every page, cached or not, gets headers made for its own request
# (a fresh CSP among them). The page cache comes before compression so it keeps compressed pages.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "practice.middleware.CrossOriginResourcePolicyMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "practice.middleware.StaticFilesMiddleware",
    "practice.page_cache.PageCacheMiddleware",
    "practice.middleware.CompressionMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "practice.middleware.SignInLifetimeMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "articles.middleware.PostRedirectMiddleware",
    "practice.middleware.AdminNoStoreMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "practice.urls"
WSGI_APPLICATION = "practice.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "practice.context_processors.practice",
                "practice.context_processors.site_links",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer costs a visitor seconds, not minutes, before the 503 page.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 5
    # Search's trigram lookups. Installed only here: it loads PostgreSQL's driver, which an SQLite
    # process has no use for.
    INSTALLED_APPS.append("django.contrib.postgres")
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers carry on while the therapist saves; IMMEDIATE avoids "database is locked"
    # when two writers meet.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    if DATABASES["default"]["NAME"] not in ("", ":memory:"):
        Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    redis_cache = {
        # Redis, falling back to each process's memory while Redis does not answer.
        "BACKEND": "practice.cache.FailoverRedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "practice",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
    CACHES = {"default": redis_cache}
    # The content version (practice.content_version) must be one value for every process.
    CONTENT_VERSION_CACHE = "default"
else:
    CACHES = {
        # Each process keeps up to 300 pages (about 5 KB each, gzipped) and the rate limits.
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        # Without Redis, gunicorn's workers share no memory: the content version is a file.
        "content_version": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": VAR_DIR / "cache",
        },
    }
    CONTENT_VERSION_CACHE = "content_version"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "America/New_York")
# The site is written in English only: no translation catalogue is consulted on each page.
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", VAR_DIR / "media"))
# On one small server Django serves uploaded images itself; turn this off when a web server or
# object storage answers /media/.
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", default=True)
# Static files are for this site's own pages, not for others to load.
WHITENOISE_ALLOW_ALL_ORIGINS = False
# collectstatic keeps a gzip and a brotli copy of each file; the editor's source maps, read only
# by developer tools, are not worth the minutes brotli spends on them.
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = [*Compressor.SKIP_COMPRESS_EXTENSIONS, "map"]

STORAGES = {
    "default": {"BACKEND": "practice.uploads.MediaStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Email. Without DJANGO_EMAIL_HOST, development writes each message to a file in var/mail.
email_host = os.environ.get("DJANGO_EMAIL_HOST", "")
if email_host or not DEBUG:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": email_host or "localhost",
                "port": int(os.environ.get("DJANGO_EMAIL_PORT", "587" if email_host else "25")),
                "username": os.environ.get("DJANGO_EMAIL_USER", ""),
                "password": os.environ.get("DJANGO_EMAIL_PASSWORD", ""),
                "use_tls": env_bool("DJANGO_EMAIL_USE_TLS", default=bool(email_host)),
                "timeout": 10,
            },
        }
    }
else:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": str(VAR_DIR / "mail")},
        }
    }
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "Practice <noreply@localhost>")
# The site's own address, for links in email sent outside a web request (e.g. the admin link in a
# new-request alert).
SITE_URL = os.environ.get(
    "DJANGO_SITE_URL",
    "http://127.0.0.1:8000" if DEBUG else f"https://{ALLOWED_HOSTS[0]}",
).rstrip("/")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ADMINS = env_list("DJANGO_ADMINS")

# HTTPS. On by default in production; DJANGO_HTTPS=0 is only for trying production settings on
# plain http://127.0.0.1 (as `make serve` does).
HTTPS = env_bool("DJANGO_HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY")
if BEHIND_PROXY:
    # Only behind a proxy that sets this header itself; otherwise a client could forge it.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Django has no setting for this header; practice.middleware sends it.
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# The proxies whose X-Forwarded-For is believed (see practice.network.client_ip).
try:
    TRUSTED_PROXIES = [
        ipaddress.ip_network(item, strict=False) for item in env_list("DJANGO_TRUSTED_PROXIES")
    ]
except ValueError as error:
    raise ImproperlyConfigured(f"DJANGO_TRUSTED_PROXIES: {error}") from error

# Cookies. `__Host-` names make the browser refuse them unless Secure, on this host, for Path=/.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_NAME = "__Host-sessionid" if HTTPS else "sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken" if HTTPS else "csrftoken"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Signed in staff are signed out after 30 idle minutes, and after 12 hours whatever they do.
SESSION_COOKIE_AGE = 30 * 60
SESSION_SAVE_EVERY_REQUEST = True
SIGN_IN_MAX_AGE = timedelta(hours=12)
# Messages travel in the server-side session rather than in a cookie of their own.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# Sign-in: a second factor (a code from an authenticator app) whenever DEBUG is off, and a pause
# of 30 minutes after 5 failures from one address for one user name.
TWO_FACTOR_REQUIRED = not DEBUG
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "practice.network.client_ip"
AXES_LOCKOUT_CALLABLE = "practice.sign_in.lockout_response"
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "otp_token", "csrfmiddlewaretoken"]
OTP_ADMIN_HIDE_SENSITIVE_DATA = True


def totp_issuer(device):
    """Name the practice in the authenticator app, beside the user name."""
    from practice.models import PracticeProfile

    return PracticeProfile.load().name


OTP_TOTP_ISSUER = totp_issuer

SECURE_CSP = {
    "default-src": [CSP.NONE],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "manifest-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}

# Session requests: how long closed and declined requests are kept, and the limits of the form.
BOOKING_RETENTION_DAYS = int(os.environ.get("DJANGO_BOOKING_RETENTION_DAYS", "180"))
# Each IP address may post the request form this many times per hour (counting posts with errors).
BOOKING_POSTS_PER_HOUR = int(os.environ.get("DJANGO_BOOKING_POSTS_PER_HOUR", "10"))
# A person takes longer than this to fill in the form; a bot usually does not.
BOOKING_MIN_FILL_SECONDS = 3
# The form's fields add up to under 4 kB; anything far larger is not a person typing.
BOOKING_MAX_BODY_BYTES = 16_384

# Our own editor extensions (static/js/admin/): they add no tags of their own.
DJANGO_PROSE_EDITOR_EXTENSIONS = [
    {
        "js": [static_lazy("js/admin/paste-cleanup.js")],
        "extensions": {"PasteCleanup": "practice.html.adds_no_tags"},
    },
    {
        "js": [static_lazy("js/admin/editor-accessibility.js")],
        "extensions": {"EditorAccessibility": "practice.html.adds_no_tags"},
    },
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"},
    },
    "filters": {
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        # Server errors are emailed to DJANGO_ADMINS as plain text: the request's method, path and
        # headers and the traceback, with posted values hidden (sensitive_post_parameters).
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
            "include_html": False,
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["console", "mail_admins"], "level": "INFO", "propagate": False},
        # practice.sign_in logs each sign-in with its user and address; axes's own lines add
        # nothing but noise.
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

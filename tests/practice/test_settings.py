from cryptography.fernet import Fernet
from django.conf import settings

from tests.processes import PRODUCTION_ENV, read_setting, run_python


def test_tests_run_with_debug_off():
    assert settings.DEBUG is False


def test_debug_is_off_unless_asked_for():
    assert read_setting("settings.DEBUG", **PRODUCTION_ENV) == "False"
    assert read_setting("settings.DEBUG", DJANGO_DEBUG="1") == "True"


def test_production_without_a_secret_key_stops_with_a_clear_message():
    result = run_python("import django; django.setup()", DJANGO_DEBUG="0")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_development_key_is_generated_once_and_kept(tmp_path):
    first = read_setting("settings.SECRET_KEY", DJANGO_DEBUG="1", var_dir=tmp_path)
    second = read_setting("settings.SECRET_KEY", DJANGO_DEBUG="1", var_dir=tmp_path)

    assert len(first) >= 50
    assert first == second


def production_without(*names):
    return {key: value for key, value in PRODUCTION_ENV.items() if key not in names}


def test_production_without_the_field_keys_stops_with_a_clear_message():
    neither = run_python(
        "import django; django.setup()",
        **production_without("DJANGO_FIELD_ENCRYPTION_KEYS", "DJANGO_FIELD_HASH_KEY"),
    )
    no_hash_key = run_python(
        "import django; django.setup()", **production_without("DJANGO_FIELD_HASH_KEY")
    )

    assert neither.returncode != 0
    assert "DJANGO_FIELD_ENCRYPTION_KEYS and DJANGO_FIELD_HASH_KEY not set" in neither.stderr
    assert "Fernet.generate_key()" in neither.stderr
    assert no_hash_key.returncode != 0
    assert "DJANGO_FIELD_HASH_KEY not set" in no_hash_key.stderr


def test_a_malformed_encryption_key_is_refused_without_being_printed():
    good = PRODUCTION_ENV["DJANGO_FIELD_ENCRYPTION_KEYS"]
    result = run_python(
        "import django; django.setup()",
        **production_without("DJANGO_FIELD_ENCRYPTION_KEYS"),
        DJANGO_FIELD_ENCRYPTION_KEYS=f"{good},not-a-real-key-at-all",
    )

    assert result.returncode != 0
    assert "key number 2 is not a valid key" in result.stderr
    assert "not-a-real-key-at-all" not in result.stderr


def test_the_hash_key_must_be_long_and_its_own(tmp_path):
    short = run_python(
        "import django; django.setup()",
        **production_without("DJANGO_FIELD_HASH_KEY"),
        DJANGO_FIELD_HASH_KEY="short",
    )
    reused = run_python(
        "import django; django.setup()",
        **production_without("DJANGO_FIELD_HASH_KEY"),
        DJANGO_FIELD_HASH_KEY=PRODUCTION_ENV["DJANGO_SECRET_KEY"],
    )

    assert "DJANGO_FIELD_HASH_KEY is too short" in short.stderr
    assert "DJANGO_FIELD_HASH_KEY must differ from DJANGO_SECRET_KEY" in reused.stderr


def test_development_field_keys_are_generated_once_and_kept(tmp_path):
    keys = "(settings.FIELD_ENCRYPTION_KEYS, settings.FIELD_HASH_KEY)"
    first = read_setting(keys, DJANGO_DEBUG="1", var_dir=tmp_path)
    second = read_setting(keys, DJANGO_DEBUG="1", var_dir=tmp_path)

    assert first == second
    encryption_key = (tmp_path / "development-field-encryption-key").read_text()
    Fernet(encryption_key)
    assert encryption_key in first
    assert len((tmp_path / "development-field-hash-key").read_text()) >= 50


def test_allowed_hosts_come_from_the_environment():
    hosts = read_setting("settings.ALLOWED_HOSTS", **PRODUCTION_ENV)
    assert hosts == "['practice.example']"


def test_database_defaults_to_sqlite_and_follows_database_url():
    assert read_setting("settings.DATABASES['default']['ENGINE']", **PRODUCTION_ENV) == (
        "django.db.backends.sqlite3"
    )
    url = "postgres://someone@db.example:5432/practice"
    engine = read_setting(
        "settings.DATABASES['default']['ENGINE']", DATABASE_URL=url, **PRODUCTION_ENV
    )
    assert engine == "django.db.backends.postgresql"


def test_redis_url_turns_on_the_redis_cache():
    default = read_setting("settings.CACHES['default']['BACKEND']", **PRODUCTION_ENV)
    with_redis = read_setting(
        "settings.CACHES['default']['BACKEND']",
        REDIS_URL="redis://127.0.0.1:6379/0",
        **PRODUCTION_ENV,
    )

    assert default == "django.core.cache.backends.locmem.LocMemCache"
    assert with_redis == "practice.cache.FailoverRedisCache"


def test_email_settings_configure_the_smtp_mailer():
    options = read_setting(
        "settings.MAILERS['default']['OPTIONS']",
        DJANGO_EMAIL_PORT="2525",
        DJANGO_EMAIL_USER="practice",
        **PRODUCTION_ENV,
    )
    assert "'host': 'smtp.practice.example'" in options
    assert "'port': 2525" in options
    assert "'username': 'practice'" in options


def test_development_mail_is_written_to_files(tmp_path):
    backend = read_setting(
        "settings.MAILERS['default']['BACKEND']", DJANGO_DEBUG="1", var_dir=tmp_path
    )
    assert backend == "django.core.mail.backends.filebased.EmailBackend"


def test_check_deploy_passes_with_the_documented_production_variables(tmp_path):
    result = run_python(
        None,
        args=["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        var_dir=tmp_path,
        **PRODUCTION_ENV,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_when_a_proxy_is_declared_without_its_address(tmp_path):
    behind_proxy = {**PRODUCTION_ENV, "DJANGO_BEHIND_PROXY": "1"}
    check = ["manage.py", "check", "--deploy", "--fail-level", "WARNING"]

    without_address = run_python(None, args=check, var_dir=tmp_path, **behind_proxy)
    with_address = run_python(
        None, args=check, var_dir=tmp_path, DJANGO_TRUSTED_PROXIES="127.0.0.1", **behind_proxy
    )

    assert without_address.returncode != 0
    assert "practice.W001" in without_address.stderr + without_address.stdout
    assert with_address.returncode == 0, with_address.stdout + with_address.stderr


def test_two_factor_sign_in_is_required_whenever_debug_is_off():
    assert read_setting("settings.TWO_FACTOR_REQUIRED", **PRODUCTION_ENV) == "True"
    assert read_setting("settings.TWO_FACTOR_REQUIRED", DJANGO_DEBUG="1") == "False"


def test_database_connections_are_health_checked_and_time_out():
    url = "postgres://someone@db.example:5432/practice"
    database = "settings.DATABASES['default']"

    assert read_setting(
        f"{database}['CONN_HEALTH_CHECKS']", DATABASE_URL=url, **PRODUCTION_ENV
    ) == ("True")
    assert (
        read_setting(
            f"{database}['OPTIONS']['connect_timeout']", DATABASE_URL=url, **PRODUCTION_ENV
        )
        == "5"
    )


def test_the_site_address_for_email_links_follows_the_first_host_or_the_environment():
    assert read_setting("settings.SITE_URL", **PRODUCTION_ENV) == "https://practice.example"
    assert (
        read_setting(
            "settings.SITE_URL", DJANGO_SITE_URL="https://www.practice.example/", **PRODUCTION_ENV
        )
        == "https://www.practice.example"
    )


def test_booking_limits_come_from_the_environment():
    defaults = read_setting(
        "(settings.BOOKING_RETENTION_DAYS, settings.BOOKING_POSTS_PER_HOUR)", **PRODUCTION_ENV
    )
    configured = read_setting(
        "(settings.BOOKING_RETENTION_DAYS, settings.BOOKING_POSTS_PER_HOUR)",
        DJANGO_BOOKING_RETENTION_DAYS="90",
        DJANGO_BOOKING_POSTS_PER_HOUR="5",
        **PRODUCTION_ENV,
    )

    assert defaults == "(180, 10)"
    assert configured == "(90, 5)"

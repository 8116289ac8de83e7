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
    assert with_redis == "django.core.cache.backends.redis.RedisCache"


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

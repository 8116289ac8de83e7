"""Run code in a fresh Python process, configured only by the environment given."""

import os
import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]

# The keys for encrypting and searching what clients write, which production settings require.
FIELD_KEYS_ENV = {
    "DJANGO_FIELD_ENCRYPTION_KEYS": "GrFt80G9Rg3eJlqsZRZYgf7cRcGGvbN65nCChS1ypU0=",
    "DJANGO_FIELD_HASH_KEY": "a-long-random-production-hash-key-" + "y" * 40,
}

PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "a-long-random-production-key-" + "x" * 40,
    "DJANGO_ALLOWED_HOSTS": "practice.example",
    "DJANGO_EMAIL_HOST": "smtp.practice.example",
    **FIELD_KEYS_ENV,
}


def run_python(code, *, args=None, var_dir=None, launcher=(), **env):
    """Run `code` (or, with `args`, a command line) in the project with a clean environment.

    `launcher` is a command that runs the Python command line given to it, such as `unshare`.
    """
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key not in ("DATABASE_URL", "REDIS_URL")
    }
    clean_env["DJANGO_SETTINGS_MODULE"] = "practice.settings"
    clean_env["DJANGO_VAR_DIR"] = str(var_dir or PROJECT_DIR / "var")
    return subprocess.run(
        [*launcher, sys.executable, *(args or ["-c", code])],
        cwd=PROJECT_DIR,
        env=clean_env | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def read_setting(expression, **env):
    """Return str(expression) evaluated against the settings a process with `env` would get."""
    result = run_python(
        f"import django; django.setup(); from django.conf import settings; print({expression})",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()

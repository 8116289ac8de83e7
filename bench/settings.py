"""The production settings, with the benchmark's URLconf (the site plus the floor page)."""

from practice.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"

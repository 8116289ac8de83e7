"""Addresses reversed once per process.

Pages link to the same articles, tags and authors again and again, and Django's reverse()
costs more than the rest of a link. The address of a name and slug changes only with the
URLconf and the script prefix, which are part of each remembered answer.
"""

import functools

from django.core.signals import setting_changed
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse


@functools.lru_cache(maxsize=4096)
def _slug_path(urlconf, script_prefix, viewname, slug):
    return reverse(viewname, kwargs={"slug": slug})


def slug_path(viewname, slug):
    """Return reverse(viewname, kwargs={"slug": slug})."""
    return _slug_path(get_urlconf(), get_script_prefix(), viewname, slug)


@functools.cache
def _site_links(urlconf, script_prefix):
    return {
        "home": reverse("home"),
        "articles": reverse("articles:list"),
        "feed": reverse("articles:feed"),
        "atom_feed": reverse("articles:atom_feed"),
        "search": reverse("search"),
        "request": reverse("booking:request"),
        "about": reverse("page", kwargs={"slug": "about"}),
        "privacy": reverse("page", kwargs={"slug": "privacy"}),
        "logo": static("img/logo.svg"),
        "stylesheet": static("css/site.css"),
        "print_stylesheet": static("css/print.css"),
    }


def site_links():
    """Return the addresses in every page's header and footer, by name."""
    return _site_links(get_urlconf(), get_script_prefix())


def _forget(**kwargs):
    _slug_path.cache_clear()
    _site_links.cache_clear()


setting_changed.connect(_forget, dispatch_uid="practice-paths-forget")

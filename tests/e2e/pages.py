"""The public pages the browser tests visit, each as (name, function returning its path).

Paths that depend on content are looked up when the test runs, from the demo practice.
"""

PUBLIC_PAGES = [
    ("home", lambda: "/"),
    ("article-list", lambda: "/articles/"),
    ("article", lambda: "/articles/anxiety-in-the-body/"),
    ("tag", lambda: "/articles/tags/relationships/"),
    ("author", lambda: "/articles/authors/elena-marsh/"),
    ("search-results", lambda: "/search/?q=relationship"),
    ("search-no-results", lambda: "/search/?q=zzzzqqq"),
    ("search-empty", lambda: "/search/"),
    ("search-misspelt", lambda: "/search/?q=jealosy"),
    ("search-in-tag", lambda: "/search/?q=feel&tag=relationships"),
    ("request-form", lambda: "/book/"),
    ("thank-you", lambda: "/book/thanks/"),
    ("about", lambda: "/about/"),
    ("privacy", lambda: "/privacy/"),
    ("not-found", lambda: "/no-such-page/"),
]

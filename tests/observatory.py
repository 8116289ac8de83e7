"""The MDN HTTP Observatory's score, computed from the responses a scan would see."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

BROAD_SOURCES = {
    "ftp:",
    "http:",
    "https:",
    "*",
    "http://*",
    "http://*.*",
    "https://*",
    "https://*.*",
}
UNSAFE_INLINE = {"'unsafe-inline'", "data:"}
SIX_MONTHS = 15_552_000
PRIVATE_REFERRER_POLICIES = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}
UNSAFE_REFERRER_POLICIES = {
    "origin",
    "origin-when-cross-origin",
    "unsafe-url",
    "no-referrer-when-downgrade",
}


def observatory_score(*, page, http_redirect, cors):
    """Return the Observatory's score and each test's (result, modifier) for one page.

    `page` is the page fetched over HTTPS, `http_redirect` the answer to the same address over
    plain HTTP, `cors` the page fetched with an Origin header from another site. The rules and
    points are those of mdn/mdn-http-observatory: src/analyzer/tests/*.js decide each test's
    result, src/grader/charts.js (SCORE_TABLE) gives its modifier, and src/scanner/index.js adds
    them up: start from 100, add every modifier, but count the bonuses only when the score
    without them is at least 90 (MINIMUM_SCORE_FOR_EXTRA_CREDIT). 100 or more is an A+.
    Two facts a local scan cannot know are taken as the worse case: the host is not on the
    HSTS preload list, and the TLS certificate is valid.
    """
    results = {
        "content-security-policy": csp_result(page),
        "cookies": cookies_result(page, http_redirect),
        "cross-origin-resource-sharing": cors_result(cors),
        "redirection": redirection_result(http_redirect),
        "referrer-policy": referrer_policy_result(page),
        "strict-transport-security": hsts_result(page),
        "subresource-integrity": sri_result(page),
        "x-content-type-options": (
            ("x-content-type-options-nosniff", 0)
            if page.get("X-Content-Type-Options", "").strip().lower() == "nosniff"
            else ("x-content-type-options-not-implemented", -5)
        ),
        "x-frame-options": x_frame_options_result(page),
        "cross-origin-resource-policy": corp_result(page),
    }
    modifiers = [modifier for _, modifier in results.values()]
    without_bonus = 100 + sum(m for m in modifiers if m < 0)
    score = 100 + sum(modifiers) if without_bonus >= 90 else without_bonus
    return max(score, 0), results


def parse_csp(header):
    """Directive name to set of sources; the first of duplicate directives wins, as in browsers."""
    policy = {}
    for directive in header.split(";"):
        if directive.strip():
            name, *sources = directive.split()
            policy.setdefault(name.lower(), set(sources))
    return policy


def csp_result(page):
    if "Content-Security-Policy" not in page:
        return "csp-not-implemented", -25
    csp = parse_csp(page["Content-Security-Policy"])
    default = csp.get("default-src", {"*"})
    script_src = set(csp.get("script-src", default))
    style_src = set(csp.get("style-src", default))
    object_src = csp.get("object-src", default)
    for sources in (script_src, style_src):
        if any(s.startswith(("'nonce-", "'sha256-", "'sha384-", "'sha512-")) for s in sources):
            sources.discard("'unsafe-inline'")
    passive_directives = ("img-src", "media-src")
    active = [*script_src]
    for name, sources in csp.items():
        if name not in (*passive_directives, "script-src"):
            active.extend(sources)
    passive = [s for name in passive_directives for s in csp.get(name, default)]
    if script_src & (BROAD_SOURCES | UNSAFE_INLINE) or object_src & BROAD_SOURCES:
        return "csp-implemented-with-unsafe-inline", -20
    if any(s.startswith(("http:", "ftp:")) for s in active):
        return "csp-implemented-with-insecure-scheme", -20
    if "'unsafe-eval'" in script_src | style_src:
        return "csp-implemented-with-unsafe-eval", -10
    if any(s.startswith(("http:", "ftp:")) for s in passive):
        return "csp-implemented-with-insecure-scheme-in-passive-content-only", -10
    if style_src & (BROAD_SOURCES | UNSAFE_INLINE):
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0
    if csp.get("default-src") == {"'none'"}:
        return "csp-implemented-with-no-unsafe-default-src-none", 10
    return "csp-implemented-with-no-unsafe", 5


def cookies_result(*responses):
    """Every cookie set along the way; a cookie named like a session must be Secure and HttpOnly."""
    # From best to worst: the worst problem found decides (onlyIfWorse in cookies.js).
    problems = [
        ("cookies-without-secure-flag-but-protected-by-hsts", -5),
        ("cookies-without-secure-flag", -20),
        ("cookies-session-without-secure-flag-but-protected-by-hsts", -10),
        ("cookies-samesite-flag-invalid", -20),
        ("cookies-anticsrf-without-samesite-flag", -20),
        ("cookies-session-without-httponly-flag", -30),
        ("cookies-session-without-secure-flag", -40),
    ]
    cookies = [morsel for r in responses for morsel in r.cookies.values()]
    if not cookies:
        return "cookies-not-found", 0
    hsts = hsts_result(responses[0])[1] >= 0
    found = set()
    for cookie in cookies:
        name = cookie.key.lower()
        is_session = "login" in name or "sess" in name
        samesite = cookie["samesite"].lower()
        if (samesite and samesite not in ("lax", "strict", "none")) or (
            samesite == "none" and not cookie["secure"]
        ):
            found.add("cookies-samesite-flag-invalid")
        if not cookie["secure"]:
            found.add(
                "cookies-without-secure-flag-but-protected-by-hsts"
                if hsts
                else "cookies-without-secure-flag"
            )
            if is_session:
                found.add(
                    "cookies-session-without-secure-flag-but-protected-by-hsts"
                    if hsts
                    else "cookies-session-without-secure-flag"
                )
        if "csrf" in name and not samesite:
            found.add("cookies-anticsrf-without-samesite-flag")
        if is_session and not cookie["httponly"]:
            found.add("cookies-session-without-httponly-flag")
    worst = [problem for problem in problems if problem[0] in found]
    if worst:
        return worst[-1]
    if all(cookie["samesite"] for cookie in cookies):
        return "cookies-secure-with-httponly-sessions-and-samesite", 5
    return "cookies-secure-with-httponly-sessions", 0


def cors_result(cors):
    allow_origin = cors.get("Access-Control-Allow-Origin")
    if not allow_origin:
        return "cross-origin-resource-sharing-not-implemented", 0
    if allow_origin.strip() == "*":
        return "cross-origin-resource-sharing-implemented-with-public-access", 0
    if (
        allow_origin == cors.wsgi_request.headers.get("Origin")
        and cors.get("Access-Control-Allow-Credentials", "").strip().lower() == "true"
    ):
        return "cross-origin-resource-sharing-implemented-with-universal-access", -50
    return "cross-origin-resource-sharing-implemented-with-restricted-access", 0


def redirection_result(http_redirect):
    """The first hop from http:// must go to https:// on the same host."""
    if http_redirect.status_code not in (301, 302, 303, 307, 308):
        return "redirection-missing", -20
    origin = urlsplit(http_redirect.wsgi_request.build_absolute_uri())
    target = urlsplit(http_redirect["Location"])
    if target.scheme != "https":
        return "redirection-not-to-https", -20
    if target.hostname != origin.hostname:
        return "redirection-off-host-from-http", -5
    return "redirection-to-https", 0


def referrer_policy_result(page):
    if "Referrer-Policy" not in page:
        return "referrer-policy-not-implemented", 0
    valid = PRIVATE_REFERRER_POLICIES | UNSAFE_REFERRER_POLICIES
    policies = [p.strip().lower() for p in page["Referrer-Policy"].split(",")]
    policy = next((p for p in reversed(policies) if p in valid), "")
    if policy in PRIVATE_REFERRER_POLICIES:
        return "referrer-policy-private", 5
    if policy in UNSAFE_REFERRER_POLICIES:
        return "referrer-policy-unsafe", -5
    return "referrer-policy-header-invalid", -5


def hsts_result(page):
    header = page.get("Strict-Transport-Security")
    if header is None:
        return "hsts-not-implemented", -20
    parameters = [p.strip().lower() for p in header.split(";")]
    max_age = next((p[len("max-age=") :] for p in parameters if p.startswith("max-age=")), "")
    if "," in header or not max_age.isdigit():
        return "hsts-header-invalid", -20
    if int(max_age) < SIX_MONTHS:
        return "hsts-implemented-max-age-less-than-six-months", -10
    return "hsts-implemented-max-age-at-least-six-months", 0


class ScriptCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts.append(dict(attrs))


def sri_result(page):
    """Scripts from other hosts need integrity=""; our own scripts earn a bonus only with it.

    The Observatory counts a script on the same registrable domain as its own; here, the same
    host. Of two problems the later in SRI_PROBLEMS is kept (onlyIfWorse).
    """
    if page.get("Content-Type", "").split(";")[0].strip() not in ("text/html", ""):
        return "sri-not-implemented-response-not-html", 0
    collector = ScriptCollector()
    collector.feed(page.content.decode())
    if not collector.scripts:
        return "sri-not-implemented-but-no-scripts-loaded", 0
    page_host = page.wsgi_request.get_host().split(":")[0]
    result, any_foreign = None, False
    for script in collector.scripts:
        src, integrity = script.get("src"), script.get("integrity")
        if not src:
            continue
        url = urlsplit(src)
        foreign = src.startswith("//") or bool(url.scheme and url.hostname != page_host)
        secure = url.scheme == "https" or (not url.scheme and not src.startswith("//"))
        if foreign:
            any_foreign = True
            problem = SRI_PROBLEMS.get((bool(integrity), secure))
            if problem and (result is None or SRI_ORDER.index(problem) > SRI_ORDER.index(result)):
                result = problem
        elif integrity and secure and result is None:
            result = ("sri-implemented-and-all-scripts-loaded-securely", 5)
    if result:
        return result
    if any_foreign:
        return "sri-implemented-and-external-scripts-loaded-securely", 5
    return "sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0


# (has integrity, loaded over https) for a script from another host: what it costs.
SRI_PROBLEMS = {
    (True, False): ("sri-implemented-but-external-scripts-not-loaded-securely", -20),
    (False, True): ("sri-not-implemented-but-external-scripts-loaded-securely", -5),
    (False, False): ("sri-not-implemented-and-external-scripts-not-loaded-securely", -50),
}
SRI_ORDER = [
    ("sri-implemented-and-all-scripts-loaded-securely", 5),
    SRI_PROBLEMS[True, False],
    SRI_PROBLEMS[False, True],
    SRI_PROBLEMS[False, False],
]


def x_frame_options_result(page):
    if "frame-ancestors" in parse_csp(page.get("Content-Security-Policy", "")):
        return "x-frame-options-implemented-via-csp", 5
    value = page.get("X-Frame-Options", "").strip().lower()
    if value in ("deny", "sameorigin"):
        return "x-frame-options-sameorigin-or-deny", 0
    if value.startswith("allow-from"):
        return "x-frame-options-allow-from-origin", 0
    if value:
        return "x-frame-options-header-invalid", -20
    return "x-frame-options-not-implemented", -20


def corp_result(page):
    value = page.get("Cross-Origin-Resource-Policy", "").strip().lower()
    if not value:
        return "cross-origin-resource-policy-not-implemented", 0
    if value in ("same-origin", "same-site"):
        return f"cross-origin-resource-policy-implemented-with-{value}", 10
    if value == "cross-origin":
        return "cross-origin-resource-policy-implemented-with-cross-origin", 0
    return "cross-origin-resource-policy-header-invalid", -5

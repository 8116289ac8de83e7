"""Lighthouse scores of the public pages, on a phone, against the site served the production way.

    make bench-lighthouse     # or: .venv/bin/python bench/lighthouse.py

It builds the demo practice in a temporary folder (SQLite), serves it with gunicorn and the
production settings on http://127.0.0.1 (DEBUG off, DJANGO_HTTPS=0, as `make serve` does), and
runs Lighthouse (node_modules, from package.json) with Debian's Chromium on the home page, an
article, a tag page, search results and the request form, with Lighthouse's mobile preset
(a mid-range phone on a slow 4G connection, simulated). It prints the four category scores and
the largest contentful paint, cumulative layout shift and total blocking time of each page.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.pages import PROJECT_DIR, build_site, start_server, stop_server  # noqa: E402

LIGHTHOUSE = PROJECT_DIR / "node_modules/.bin/lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage "
    "--disable-background-networking --disable-component-update --disable-sync --no-first-run"
)
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
PAGES = [
    ("home", "/"),
    ("article", "/articles/the-same-fight-again/"),
    ("tag", "/articles/tags/relationships/"),
    ("search", "/search/?q=anxiety"),
    ("form", "/book/"),
]


def lighthouse(url):
    """Return Lighthouse's report of `url` as a dict."""
    result = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={CHROMIUM_FLAGS}",
        ],
        env=os.environ | {"CHROME_PATH": CHROMIUM},
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        sys.exit(f"Lighthouse failed on {url}:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout)


def summary(report):
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    audits = report["audits"]
    problems = [
        audit["title"]
        for audit in audits.values()
        if audit.get("score") is not None
        and audit["score"] < 1
        and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
    ]
    return scores | {
        "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "tbt": audits["total-blocking-time"]["numericValue"],
        "problems": problems,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--port", type=int, default=8099)
    arguments = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: run `npm ci` (make bench-lighthouse does).")
    results = {}
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as folder:
        print("Building the demo practice…", file=sys.stderr)
        env, _published = build_site("sqlite", Path(folder), articles=0)
        server = start_server(env, arguments.port)
        try:
            for name, address in PAGES:
                print(f"Lighthouse: {name}…", file=sys.stderr)
                results[name] = summary(lighthouse(f"http://127.0.0.1:{arguments.port}{address}"))
        finally:
            stop_server(server)
    version = subprocess.run(
        [str(LIGHTHOUSE), "--version"], capture_output=True, text=True
    ).stdout.strip()
    print(
        f"Lighthouse {version}, mobile preset, Chromium (Debian), {date.today().isoformat()}; "
        "the demo practice served by gunicorn with the production settings\n"
    )
    print("| page | performance | accessibility | best practices | SEO | LCP s | CLS | TBT ms |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, figures in results.items():
        print(
            f"| {name} | {figures['performance']} | {figures['accessibility']} | "
            f"{figures['best-practices']} | {figures['seo']} | {figures['lcp']:.1f} | "
            f"{figures['cls']:.3f} | {figures['tbt']:.0f} |"
        )
    for name, figures in results.items():
        if figures["problems"]:
            print(f"\n{name}: " + "; ".join(figures["problems"]))


if __name__ == "__main__":
    main()

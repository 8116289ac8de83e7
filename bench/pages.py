"""Page benchmark: how fast the public pages answer, against a floor, on SQLite and PostgreSQL.

    make bench            # or: .venv/bin/python bench/pages.py [--seconds 8] [--articles 1000]

For each engine in turn it builds a site of its own (a temporary folder with an SQLite file; a
PostgreSQL database named practice_bench_pages, created here and dropped at the end), loads the
demo practice scaled to 1,000 published articles, collects the static files and starts gunicorn
the production way (DEBUG off, 2 workers, no Redis). Then wrk (Debian's package) loads each page:

- cold: every request asks for an address never asked before, so each page is rendered and kept;
- warm: the same address again and again, answered from the page cache;
- floor: /bench/floor/, a view returning a fixed 20 KB page through the same server and
  middleware (bench/urls.py), measured before and after the pages; its mean is the floor.

It prints one table (requests per second, median and 99th percentile latency, each also as a
ratio to the floor), the workers' memory, and each page's weight on the wire. It prints figures;
nothing passes or fails.
"""

import argparse
import gzip
import os
import platform
import re
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path

from cryptography.fernet import Fernet

PROJECT_DIR = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
POSTGRES_DATABASE = "practice_bench_pages"
CONNECTIONS = 4
BROWSER_HEADERS = {"Accept-Encoding": "gzip, deflate, br"}

PAGES = [
    ("home", "/"),
    ("article", "/articles/the-same-fight-again/"),
    ("tag", "/articles/tags/relationships/"),
    ("search", "/search/?q=anxiety"),
    ("feed", "/articles/feed/"),
]
WEIGHED_PAGES = [*PAGES[:4], ("form", "/book/")]
FLOOR = "/bench/floor/"


def site_environment(engine, var_dir):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key not in ("DATABASE_URL", "REDIS_URL")
    }
    database_url = (
        f"{POSTGRES_URL}/{POSTGRES_DATABASE}"
        if engine == "postgresql"
        else f"sqlite:///{var_dir / 'db.sqlite3'}"
    )
    return env | {
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_FIELD_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "DJANGO_FIELD_HASH_KEY": secrets.token_urlsafe(50),
        "DJANGO_DEBUG": "0",
        "DJANGO_HTTPS": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_VAR_DIR": str(var_dir),
        "DJANGO_LOG_LEVEL": "WARNING",
        "DATABASE_URL": database_url,
        "PYTHONPATH": str(PROJECT_DIR),
    }


def run(env, *args):
    result = subprocess.run(
        [PYTHON, *args], cwd=PROJECT_DIR, env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def postgres(statement, database="postgres"):
    import psycopg

    with psycopg.connect(f"{POSTGRES_URL}/{database}", autocommit=True) as connection:
        connection.execute(statement)


def build_site(engine, var_dir, articles):
    env = site_environment(engine, var_dir)
    if engine == "postgresql":
        postgres(f"DROP DATABASE IF EXISTS {POSTGRES_DATABASE}")
        postgres(f"CREATE DATABASE {POSTGRES_DATABASE}")
    run(env, "manage.py", "migrate", "--no-input")
    run(env, "manage.py", "demo_content")
    published = run(
        env,
        "-c",
        "import django; django.setup(); from bench.content import scale_articles; "
        f"print(scale_articles({articles}))",
    ).strip()
    if engine == "postgresql":
        # As autovacuum would soon after: without statistics, PostgreSQL plans for empty tables.
        postgres("ANALYZE", POSTGRES_DATABASE)
    run(env, "manage.py", "collectstatic", "--no-input", "--verbosity", "0")
    return env, int(published)


def start_server(env, port):
    server = subprocess.Popen(
        [GUNICORN, "practice.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        cwd=PROJECT_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return server
        except OSError:
            if server.poll() is not None:
                sys.exit(f"gunicorn stopped:\n{server.stderr.read()}")
            time.sleep(0.3)
    server.terminate()
    sys.exit("gunicorn did not answer within a minute")


def stop_server(server):
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def worker_memory_mb(server):
    """Return the resident memory of each of gunicorn's workers, in MB."""
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+) kB", status)[1]) / 1024)
    return sizes


def fetch(url, headers=BROWSER_HEADERS):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.read()


def load(url, *, seconds, cold=False):
    """Return requests per second and median and 99th percentile latency (ms) under wrk."""
    command = ["wrk", "--threads", "1", "--connections", str(CONNECTIONS)]
    command += ["--duration", f"{seconds}s", "--script", str(PROJECT_DIR / "bench/wrk.lua")]
    for name, value in BROWSER_HEADERS.items():
        command += ["--header", f"{name}: {value}"]
    env = os.environ | {"BENCH_COLD": "1" if cold else "0"}
    output = subprocess.run(
        [*command, url], env=env, capture_output=True, text=True, check=True
    ).stdout
    figures = dict(item.split("=") for item in re.search(r"^BENCH (.*)$", output, re.M)[1].split())
    figures = {key: int(value) for key, value in figures.items()}
    if figures["errors"]:
        sys.exit(f"{url}: {figures['errors']} requests failed under load\n{output}")
    return {
        "rps": figures["requests"] / (figures["duration_us"] / 1e6),
        "p50": figures["p50_us"] / 1000,
        "p99": figures["p99_us"] / 1000,
    }


def page_weights(base):
    """Return, for each weighed page, the compressed bytes of its HTML and of its CSS and JS."""
    weights = {}
    for name, address in WEIGHED_PAGES:
        status, html = fetch(base + address)
        assert status == 200, address
        page = (gzip.decompress(html) if html[:2] == b"\x1f\x8b" else html).decode()
        assets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', page)
        assets += re.findall(r'<script[^>]* src="([^"]+)"', page)
        weights[name] = (len(html), sum(len(fetch(base + asset)[1]) for asset in assets))
    return weights


def measure(engine, *, articles, seconds, port):
    with tempfile.TemporaryDirectory(prefix=f"bench-{engine}-") as folder:
        env, published = build_site(engine, Path(folder), articles)
        server = start_server(env, port)
        base = f"http://127.0.0.1:{port}"
        try:
            for _name, address in [(None, FLOOR), *PAGES]:
                assert fetch(base + address)[0] == 200, address
            rows = {"floor, before": load(base + FLOOR, seconds=seconds)}
            for name, address in PAGES:
                rows[f"{name}, cold"] = load(base + address, seconds=seconds, cold=True)
                for _ in range(20):
                    fetch(base + address)
                rows[f"{name}, warm"] = load(base + address, seconds=seconds)
            rows["floor, after"] = load(base + FLOOR, seconds=seconds)
            memory = worker_memory_mb(server)
            weights = page_weights(base)
        finally:
            stop_server(server)
            if engine == "postgresql":
                postgres(f"DROP DATABASE IF EXISTS {POSTGRES_DATABASE}")
    return {"published": published, "rows": rows, "memory": memory, "weights": weights}


def cpu_name():
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def print_report(results, *, seconds):
    print(
        f"Practice page benchmark, {date.today().isoformat()}: {cpu_name()}, {os.cpu_count()} "
        f"cores, {platform.system()} {platform.release()}, Python {platform.python_version()}"
    )
    any_result = next(iter(results.values()))
    print(
        f"gunicorn, 2 sync workers, production settings, local-memory page cache; "
        f"{any_result['published']:,} published articles; wrk, {CONNECTIONS} connections, "
        f"{seconds} s a row, Accept-Encoding: {BROWSER_HEADERS['Accept-Encoding']}\n"
    )
    print("| engine | page | req/s | × floor | p50 ms | × floor | p99 ms | × floor |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    verdicts = []
    for engine, result in results.items():
        rows = result["rows"]
        before, after = rows.pop("floor, before"), rows.pop("floor, after")
        floor = {key: (before[key] + after[key]) / 2 for key in before}
        for label, figures in [("floor (20 KB fixed page)", floor), *rows.items()]:
            print(
                f"| {engine} | {label} | {figures['rps']:,.0f} | "
                f"{figures['rps'] / floor['rps']:.2f} | {figures['p50']:.1f} | "
                f"{figures['p50'] / floor['p50']:.2f} | {figures['p99']:.1f} | "
                f"{figures['p99'] / floor['p99']:.2f} |"
            )
        warm = min(figures["rps"] for label, figures in rows.items() if label.endswith("warm"))
        cold_article = rows["article, cold"]["rps"]
        verdicts.append(
            f"{engine}: slowest warm page {warm / floor['rps']:.2f}× the floor (goal ≥ 0.80), "
            f"cold article {cold_article / floor['rps']:.2f}× (goal ≥ 0.30), worker memory "
            + " and ".join(f"{size:.0f} MB" for size in result["memory"])
            + " (goal < 80 MB)"
        )
    print()
    for line in verdicts:
        print(line)
    print("\nWeight on the wire (HTML gzip, CSS and JS brotli; images apart):\n")
    print("| page | HTML KB | CSS + JS KB | total KB |")
    print("|---|---:|---:|---:|")
    for name, (html, assets) in any_result["weights"].items():
        print(
            f"| {name} | {html / 1024:.1f} | {assets / 1024:.1f} | {(html + assets) / 1024:.1f} |"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=int, default=8, help="length of each wrk run")
    parser.add_argument("--articles", type=int, default=1000, help="published articles")
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument(
        "--engines", nargs="+", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"]
    )
    arguments = parser.parse_args()
    results = {}
    for engine in arguments.engines:
        print(f"Building and loading the {engine} site…", file=sys.stderr)
        results[engine] = measure(
            engine, articles=arguments.articles, seconds=arguments.seconds, port=arguments.port
        )
    print_report(results, seconds=arguments.seconds)


if __name__ == "__main__":
    main()

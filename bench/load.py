"""The load benchmark: reading the site under load while the request form is flooded.

`make bench-load` runs it. It makes a PostgreSQL database of its own (dropped at the end), loads
the demo content, and starts gunicorn with the production settings behind 127.0.0.1 as a
trusted proxy, with a Redis and a mail server of its own. Then, all on this machine:

1. idle: the article alone, one connection, 10 s (the article's unloaded p95);
2. reading: home, an article, a tag page, a search and the form page, 10 connections each
   (50 in all), 30 s, with no form posts;
3. reading and flood: the same reading for 60 s while 20 form posts a second arrive from
   rotating addresses (X-Forwarded-For through the trusted proxy).

It prints the figures and checks: no 5xx; every address is held to the hourly limit; every
accepted post (a redirect to the thank-you page) is a row in the database; and the article's
p95 during the flood stays under twice its p95 under the same reading without the flood.
Exits 1 if a check fails.
"""

import argparse
import http.client
import json
import os
import platform
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import quote, urlencode

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
DATABASE = "practice_bench_load"
POSTGRES = "postgres://postgres@127.0.0.1:5432"
CONNECTIONS_PER_PAGE = 10
IDLE_SECONDS = 10
READING_SECONDS = 30
FLOOD_SECONDS = 60
POSTS_PER_SECOND = 20
FLOOD_ADDRESSES = 100
POSTS_PER_HOUR = 10


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, *, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit(f"Nothing answered on 127.0.0.1:{port} within {timeout} s.")


@contextmanager
def running(command, *, env=None, log=None):
    """Run `command` in the background for the duration of the block."""
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=log or subprocess.DEVNULL,
        stderr=subprocess.STDOUT if log else subprocess.DEVNULL,
    )
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def database():
    """A PostgreSQL database for this run alone, dropped afterwards."""
    subprocess.run(
        ["dropdb", "--if-exists", "--force", "-h", "127.0.0.1", "-U", "postgres", DATABASE],
        check=True,
    )
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", DATABASE], check=True)
    try:
        yield f"{POSTGRES}/{DATABASE}"
    finally:
        subprocess.run(
            ["dropdb", "--if-exists", "--force", "-h", "127.0.0.1", "-U", "postgres", DATABASE],
            check=True,
        )


def manage(env, *args):
    subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )


def query(env, code):
    """Return what `code` prints when run with the site's settings."""
    result = subprocess.run(
        [PYTHON, "-c", f"import django; django.setup()\n{code}"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


def wrk(port, path, *, connections, seconds):
    """Start wrk on `path`; return the process, whose output is one JSON line of figures."""
    return subprocess.Popen(
        [
            "wrk",
            "-t1",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            "-s",
            str(ROOT / "bench" / "report.lua"),
            f"http://127.0.0.1:{port}{path}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def figures(process):
    output, _ = process.communicate()
    line = next((line for line in output.splitlines() if line.startswith("{")), None)
    if line is None:
        raise SystemExit(f"wrk gave no figures:\n{output}")
    return json.loads(line)


def read_pages(port, pages, *, seconds):
    """Load every page at once, CONNECTIONS_PER_PAGE connections each; return figures by name."""
    runs = {
        name: wrk(port, path, connections=CONNECTIONS_PER_PAGE, seconds=seconds)
        for name, path in pages.items()
    }
    return {name: figures(process) for name, process in runs.items()}


class Flood:
    """Form posts at a steady rate from rotating addresses, through the trusted proxy."""

    def __init__(self, port, session_type):
        self.port = port
        self.session_type = session_type
        self.results = []
        self.lock = threading.Lock()

    def prepare(self):
        """Fetch the form once for its CSRF token and its signed start time, then wait as long
        as a person would take to fill it in."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        connection.request("GET", "/book/")
        response = connection.getresponse()
        page = response.read().decode()
        cookie = response.getheader("Set-Cookie", "")
        self.csrf = re.search(r"csrftoken=([^;]+)", cookie).group(1)
        self.started = re.search(r'name="started" value="([^"]+)"', page).group(1)
        connection.close()
        time.sleep(3.5)

    def post(self, number):
        address = f"198.51.100.{number % FLOOD_ADDRESSES + 1}"
        body = urlencode(
            {
                "csrfmiddlewaretoken": self.csrf,
                "full_name": f"Load Test {number}",
                "email": f"load-test-{number}@example.com",
                "preferred_contact": "email",
                "may_email": "on",
                "session_type": self.session_type,
                "format": "either",
                "preferred_days": "tue",
                "availability": "Evenings",
                "message": f"Request {number} from the load benchmark.",
                "consent": "on",
                "started": self.started,
                "website": "",
            }
        )
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={self.csrf}",
            "X-Forwarded-For": address,
        }
        began = time.perf_counter()
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("POST", "/book/", body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            status, location = response.status, response.getheader("Location", "")
        except OSError as error:
            status, location = type(error).__name__, ""
        finally:
            connection.close()
        with self.lock:
            self.results.append((address, status, location, time.perf_counter() - began))

    def run(self, seconds):
        total = seconds * POSTS_PER_SECOND
        start = time.monotonic()
        with ThreadPoolExecutor(max_workers=16) as pool:
            for number in range(total):
                delay = start + number / POSTS_PER_SECOND - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                pool.submit(self.post, number)

    def accepted(self):
        return [r for r in self.results if r[1] == 302 and r[2].endswith("/book/thanks/")]


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else float("nan")


def machine():
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown CPU",
    )
    return f"{os.cpu_count()} cores, {model}, Linux {platform.release()}"


def load_average():
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--workers",
        type=int,
        default=2 * os.cpu_count() + 1,
        help="gunicorn workers; by default two per core plus one, as README's Deploying says",
    )
    options = parser.parse_args()
    port = options.port

    with ExitStack() as stack, tempfile.TemporaryDirectory(prefix="bench-load-") as scratch:
        print(f"Load benchmark, {datetime.now():%Y-%m-%d %H:%M}, {machine()}")
        print(f"gunicorn with {options.workers} workers; load average before: {load_average()}")
        database_url = stack.enter_context(database())
        redis_port, smtp_port = free_port(), free_port()
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
            "DJANGO_SETTINGS_MODULE": "practice.settings",
            "DJANGO_DEBUG": "0",
            "DJANGO_HTTPS": "0",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_FIELD_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
            "DJANGO_FIELD_HASH_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_TRUSTED_PROXIES": "127.0.0.1",
            "DJANGO_BOOKING_POSTS_PER_HOUR": str(POSTS_PER_HOUR),
            "DJANGO_VAR_DIR": scratch,
            "DJANGO_LOG_LEVEL": "WARNING",
            "DJANGO_EMAIL_HOST": "127.0.0.1",
            "DJANGO_EMAIL_PORT": str(smtp_port),
            "DJANGO_EMAIL_USE_TLS": "0",
            "DATABASE_URL": database_url,
            "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        }
        stack.enter_context(
            running(
                [
                    "redis-server",
                    "--port",
                    str(redis_port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                ]
            )
        )
        stack.enter_context(
            running(
                [
                    PYTHON,
                    "-m",
                    "aiosmtpd",
                    "-n",
                    "-c",
                    "aiosmtpd.handlers.Sink",
                    "-l",
                    f"127.0.0.1:{smtp_port}",
                ]
            )
        )
        wait_for_port(redis_port)
        wait_for_port(smtp_port)

        print("Setting up: migrate, demo content, collectstatic …")
        manage(env, "migrate", "--no-input")
        manage(env, "demo_content")
        manage(env, "collectstatic", "--no-input")
        article, tag, session_type = query(
            env,
            (
                "from articles.models import Post\n"
                "from booking.models import SessionType\n"
                "post = Post.objects.published().filter(tags__isnull=False).first()\n"
                "session_type = SessionType.objects.active().first()\n"
                "print(post.slug, post.tags.first().slug, session_type.slug)"
            ),
        ).split()
        pages = {
            "home": "/",
            "article": f"/articles/{article}/",
            "tag": f"/articles/tags/{tag}/",
            "search": f"/search/?q={quote('attachment')}",
            "form": "/book/",
        }
        log = stack.enter_context(open(Path(scratch) / "gunicorn.log", "w"))
        stack.enter_context(
            running(
                [
                    str(Path(PYTHON).parent / "gunicorn"),
                    "practice.wsgi",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    str(options.workers),
                ],
                env=env,
                log=log,
            )
        )
        wait_for_port(port)
        read_pages(port, pages, seconds=5)  # warm up: connections, caches, bytecode

        print(f"1. Idle: the article alone, 1 connection, {IDLE_SECONDS} s")
        idle = figures(wrk(port, pages["article"], connections=1, seconds=IDLE_SECONDS))
        print(
            f"2. Reading: {len(pages)} pages x {CONNECTIONS_PER_PAGE} connections, "
            f"{READING_SECONDS} s"
        )
        reading = read_pages(port, pages, seconds=READING_SECONDS)

        rows_before = int(
            query(
                env,
                "from booking.models import SessionRequest\nprint(SessionRequest.objects.count())",
            )
        )
        flood = Flood(port, session_type)
        flood.prepare()
        print(
            f"3. Reading and flood: the same reading for {FLOOD_SECONDS} s, with "
            f"{POSTS_PER_SECOND} form posts a second from {FLOOD_ADDRESSES} addresses"
        )
        runs = {
            name: wrk(port, path, connections=CONNECTIONS_PER_PAGE, seconds=FLOOD_SECONDS)
            for name, path in pages.items()
        }
        flood.run(FLOOD_SECONDS)
        loaded = {name: figures(process) for name, process in runs.items()}
        rows = (
            int(
                query(
                    env,
                    "from booking.models import SessionRequest\n"
                    "print(SessionRequest.objects.count())",
                )
            )
            - rows_before
        )

    print(f"Load average after: {load_average()}")
    return report(idle, reading, loaded, flood, rows)


def report(idle, reading, loaded, flood, rows):
    print()
    print(
        f"{'page':<10}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'5xx':>6}   "
        "(reading only -> reading and flood)"
    )
    for name in loaded:
        before, during = reading[name], loaded[name]
        print(
            f"{name:<10}"
            f"{before['requests'] / before['seconds']:>8.1f}{before['p50_ms']:>9.1f}"
            f"{before['p95_ms']:>9.1f}{before['p99_ms']:>9.1f}{before['server_errors']:>6}   ->"
            f"{during['requests'] / during['seconds']:>7.1f}{during['p50_ms']:>9.1f}"
            f"{during['p95_ms']:>9.1f}{during['p99_ms']:>9.1f}{during['server_errors']:>6}"
        )
    total_requests = sum(r["requests"] for r in loaded.values())
    print(
        f"Reading during the flood: {total_requests} requests, "
        f"{sum(r['requests'] / r['seconds'] for r in loaded.values()):.1f} req/s in all"
    )

    statuses = Counter(r[1] for r in flood.results)
    accepted = flood.accepted()
    accepted_by_address = Counter(r[0] for r in accepted)
    posts_by_address = Counter(r[0] for r in flood.results)
    refused = statuses.get(429, 0)
    post_seconds = [r[3] for r in flood.results]
    print(
        f"Flood: {len(flood.results)} posts, {len(accepted)} accepted (redirect to thanks), "
        f"{refused} refused with 429, other: "
        f"{ {k: v for k, v in statuses.items() if k not in (302, 429)} or 'none' }; "
        f"post p95 {percentile(post_seconds, 0.95) * 1000:.0f} ms"
    )
    print(f"Rows added to the database: {rows}")
    print(
        f"Article p95: idle {idle['p95_ms']:.1f} ms, reading {reading['article']['p95_ms']:.1f}"
        f" ms, reading and flood {loaded['article']['p95_ms']:.1f} ms"
    )

    server_errors = sum(r["server_errors"] for r in [idle, *reading.values(), *loaded.values()])
    server_errors += sum(1 for r in flood.results if isinstance(r[1], int) and r[1] >= 500)
    held = all(
        accepted_by_address[address] == min(posts, POSTS_PER_HOUR)
        for address, posts in posts_by_address.items()
    ) and refused == len(flood.results) - len(accepted)
    ratio = loaded["article"]["p95_ms"] / reading["article"]["p95_ms"]
    checks = [
        (server_errors == 0, f"no 5xx ({server_errors})"),
        (
            held,
            f"the limiter holds: each address had at most {POSTS_PER_HOUR} posts accepted, "
            f"every later one 429 (most accepted from one address: "
            f"{max(accepted_by_address.values(), default=0)})",
        ),
        (
            rows == len(accepted),
            f"every accepted post is a row ({rows} rows, {len(accepted)} accepted)",
        ),
        (
            ratio < 2,
            f"article p95 during the flood is {ratio:.2f}x its p95 without it (must stay under 2x)",
        ),
    ]
    print()
    for passed, text in checks:
        print(f"{'PASS' if passed else 'FAIL'}  {text}")
    return 0 if all(passed for passed, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())

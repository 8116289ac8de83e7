"""Search benchmark: 10,000 generated articles of about 1,000 words, 20 queries, both engines.

    make bench-search            # or: .venv/bin/python bench/search.py [--articles N]

For SQLite and for PostgreSQL in turn, it builds a database of its own (a temporary SQLite file;
a PostgreSQL database named practice_bench_search, created and dropped here), fills it with
generated articles, and times each query the way the search page runs it: search_posts(), the
count and the first page of ten with their excerpts and tags. The same queries then run as a
naive icontains scan, for comparison. It prints figures; nothing passes or fails.
"""

import argparse
import json
import os
import platform
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from cryptography.fernet import Fernet

PROJECT_DIR = Path(__file__).resolve().parents[1]
POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
POSTGRES_DATABASE = "practice_bench_search"

QUERIES = [
    "anxiety",
    "attachment styles",
    '"emotional reciprocity"',
    "grief or loss",
    "jealousy -polyamory",
    "bonds",
    "oxytocine",
    "trust repair after an affair",
    "couples therapy",
    "sleep",
    '"safe haven"',
    "boundaries with family",
    "how to talk about desire",
    "relationship",
    "feel",
    "nervous system regulation",
    "shame -guilt",
    "desire or libido or pleasure",
    "relationshp",
    "zebra quantum",
]
SEARCH_RUNS = 15
NAIVE_RUNS = 3
PAGE_SIZE = 10

# Tags, each with the words and phrases an article on it keeps coming back to.
TOPICS = {
    "anxiety": "anxiety, anxious, worry, panic, calm, breathing, racing thoughts",
    "attachment": "attachment, attachment styles, secure, avoidant, bonding, bonds, safe haven",
    "couples": "couples, partner, partners, couples therapy, repair, conflict",
    "communication": "communication, listening, talk, words, conversation, check-in, speak",
    "grief": "grief, loss, mourning, death, sadness, memory, waves of grief",
    "jealousy": "jealousy, envy, compersion, insecurity, comparison, fear",
    "non-monogamy": "polyamory, nonmonogamy, open relationship, metamour, agreements, hinge",
    "intimacy": "intimacy, closeness, touch, vulnerability, tenderness, presence",
    "sexuality": "desire, libido, pleasure, arousal, sex, sexuality, consent",
    "hormones": "oxytocin, hormone, hormones, cortisol, dopamine, chemistry",
    "emotional reciprocity": "emotional reciprocity, reciprocal, mutual, giving, receiving, seen",
    "boundaries": "boundaries, boundary, limits, family, saying no, respect",
    "trust": "trust, betrayal, affair, infidelity, honesty, repair, rebuild",
    "shame": "shame, guilt, self-compassion, judgement, inner critic, kindness",
    "sleep": "sleep, insomnia, rest, tired, night, bedtime, dreams",
    "nervous system": "nervous system, regulation, dysregulation, vagal, soothing, body",
    "family": "family, parents, childhood, siblings, parenting, children, home",
    "loneliness": "loneliness, lonely, isolation, connection, belonging, friendship",
}
COMMON_WORDS = """
the of and to a in that is it you for with as be this on are not have we can but what when
or they your about more one our it's their at from by so how some if there feel time often
people who do them may like also just other into many way help find even might each than
make much these very both little need things those first sometimes between where
relationship relationships life want know work because well means something someone give
feelings feeling moment moments say every still while through together change new day days
small notice being part hard own good back without really world emotional safe
""".split()
TITLE_SHAPES = [
    "{a} and {b}",
    "When {a} meets {b}",
    "Notes on {a}",
    "{a}, {b} and what helps",
    "Why {a} takes time",
    "A gentle guide to {a}",
    "{a} in long relationships",
    "Talking about {a} with a partner",
]


def generated_words(rng, count):
    """Return `count` invented words, so the vocabulary has a long tail as real text does."""
    onsets = "b bl br c ch cl cr d dr f fl fr g gl gr h j k l m n p pl pr r s sh sl st t th tr v w"
    vowels = "a e i o u ai ea ee oa ou"
    codas = " n r s t l m nd st nt rk ng"
    onsets, vowels, codas = onsets.split(), vowels.split(), codas.split(" ")
    words = set()
    while len(words) < count:
        syllables = rng.choice((2, 2, 3, 3, 4))
        words.add("".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(syllables)))
        words.add(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas))
    return sorted(words)


class Corpus:
    """Articles written from a Zipf-shaped vocabulary, each leaning on its tags' words."""

    def __init__(self, seed=20261130):
        self.rng = random.Random(seed)
        # Single topic words also turn up anywhere; phrases only where the topic is.
        topic_words = sorted(
            {term for terms in TOPICS.values() for term in terms.split(", ") if " " not in term}
            - set(COMMON_WORDS)
        )
        vocabulary = COMMON_WORDS + topic_words + generated_words(self.rng, 30_000)
        weights = [1 / (rank + 1) ** 1.05 for rank in range(len(vocabulary))]
        self.vocabulary = vocabulary
        self.cumulative = list(_accumulate(weights))

    def words(self, count):
        return self.rng.choices(self.vocabulary, cum_weights=self.cumulative, k=count)

    def article(self, number):
        rng = self.rng
        tags = rng.sample(sorted(TOPICS), rng.choice((1, 2, 2, 3)))
        favourite = [term for tag in tags for term in TOPICS[tag].split(", ")]
        title = rng.choice(TITLE_SHAPES).format(a=rng.choice(favourite), b=rng.choice(favourite))
        paragraphs = []
        words_left = rng.randint(900, 1100)
        while words_left > 0:
            sentences = []
            for _ in range(rng.randint(3, 6)):
                length = rng.randint(8, 22)
                words = [
                    rng.choice(favourite) if rng.random() < 0.08 else word
                    for word in self.words(length)
                ]
                sentences.append(" ".join(words).capitalize() + rng.choice(".....?!"))
                words_left -= length
            paragraphs.append(f"<p>{' '.join(sentences)}</p>")
            if rng.random() < 0.15:
                paragraphs.append(f"<h2>{' '.join(self.words(4)).capitalize()}</h2>")
        return {
            "title": title[0].upper() + title[1:] + f" ({number})",
            "slug": f"article-{number}",
            "excerpt": "" if rng.random() < 0.7 else " ".join(self.words(25)).capitalize() + ".",
            "body": "\n".join(paragraphs),
            "tags": tags,
        }


def _accumulate(weights):
    total = 0.0
    for weight in weights:
        total += weight
        yield total


def fill_database(article_count):
    from django.contrib.contenttypes.models import ContentType
    from taggit.models import Tag, TaggedItem

    from articles.models import Author, Post
    from articles.search import rebuild_index

    started = time.perf_counter()
    corpus = Corpus()
    author = Author.objects.create(name="Bench Author", slug="bench-author")
    tags = {name: Tag.objects.create(name=name, slug=name.replace(" ", "-")) for name in TOPICS}
    post_type = ContentType.objects.get_for_model(Post)
    now = datetime.now(UTC)
    for start in range(0, article_count, 500):
        articles = [corpus.article(n) for n in range(start, min(start + 500, article_count))]
        posts = Post.objects.bulk_create(
            Post(
                author=author,
                status=Post.Status.PUBLISHED if n % 20 else Post.Status.DRAFT,
                published_at=now - timedelta(hours=start + n),
                **{key: value for key, value in article.items() if key != "tags"},
            )
            for n, article in enumerate(articles)
        )
        TaggedItem.objects.bulk_create(
            TaggedItem(content_type=post_type, object_id=post.pk, tag=tags[name])
            for post, article in zip(posts, articles, strict=True)
            for name in article["tags"]
        )
    written = time.perf_counter()
    rebuild_index()
    indexed = time.perf_counter()
    return {"write_seconds": written - started, "index_seconds": indexed - written}


def naive_posts(query):
    """Return what a search by icontains finds: every column scanned for every word."""
    from django.db.models import Prefetch, Q

    from articles.models import Post
    from articles.search import parse_query

    def has(term):
        text = " ".join(term.words)
        return Q(title__icontains=text) | Q(excerpt__icontains=text) | Q(body__icontains=text)

    alternatives = Q()
    for alternative in parse_query(query).alternatives:
        condition = Q()
        for term in alternative.required:
            condition &= has(term)
        for term in alternative.excluded:
            condition &= ~has(term)
        alternatives |= condition
    # The tags as the results page shows them: a list on each post.
    return (
        Post.objects.published()
        .filter(alternatives)
        .prefetch_related(Prefetch("tags", to_attr="tag_list"))
    )


def run_page(posts):
    """Do what the results page asks of the database; return how many matched."""
    from django.core.paginator import Paginator

    paginator = Paginator(posts, PAGE_SIZE)
    if not paginator.count:
        return 0
    for post in paginator.page(1).object_list:
        str(getattr(post, "search_excerpt", "")), [tag.name for tag in post.tag_list]
    return paginator.count


def timed(function, runs):
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - started) * 1000)
    return times, result


def measure(article_count):
    import django
    from django.core.management import call_command
    from django.db import connection

    django.setup()
    from articles.search import search_posts

    call_command("migrate", verbosity=0)
    report = {"engine": connection.vendor, **fill_database(article_count)}
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")

    report["queries"] = []
    for query in QUERIES:
        run_page(search_posts(query).posts)  # a first, unmeasured run warms the caches
        search_ms, found = timed(lambda q=query: run_page(search_posts(q).posts), SEARCH_RUNS)
        naive_ms, naive_found = timed(lambda q=query: run_page(naive_posts(q)), NAIVE_RUNS)
        report["queries"].append(
            {
                "query": query,
                "found": found,
                "naive_found": naive_found,
                "search_ms": search_ms,
                "naive_ms": naive_ms,
            }
        )
    return report


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run_engine(database_url, article_count):
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "practice.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_FIELD_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "DJANGO_FIELD_HASH_KEY": secrets.token_urlsafe(50),
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    result = subprocess.run(
        [sys.executable, __file__, "--measure", "--articles", str(article_count)],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        sys.exit(f"The benchmark failed on {database_url}:\n{result.stderr}")
    return json.loads(result.stdout.splitlines()[-1])


def postgres(sql):
    import psycopg

    with psycopg.connect(f"{POSTGRES_URL}/postgres", autocommit=True) as conn:
        conn.execute(sql)


def print_report(reports, article_count, load):
    print(
        f"\nSearch benchmark, {date.today():%Y-%m-%d}: {article_count:,} articles of about "
        f"1,000 words, {len(QUERIES)} queries, {SEARCH_RUNS} runs each ({NAIVE_RUNS} for the "
        f"naive scan); {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}; load average {load[0]:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after"
    )
    for report in reports:
        print(
            f"{report['engine']}: articles written in {report['write_seconds']:.1f} s, "
            f"indexed in {report['index_seconds']:.1f} s"
        )

    print(f"\n{'query':<32}", end="")
    for report in reports:
        print(f"{report['engine'] + ' found':>18}{'p50 ms':>9}{'naive ms':>10}", end="")
    print()
    for row, query in enumerate(QUERIES):
        print(f"{query:<32}", end="")
        for report in reports:
            measured = report["queries"][row]
            print(
                f"{measured['found']:>18,}{statistics.median(measured['search_ms']):>9.1f}"
                f"{statistics.median(measured['naive_ms']):>10.0f}",
                end="",
            )
        print()

    print("\n| engine | method | p50 ms | p95 ms | faster than the scan, p50 / p95 |")
    print("|---|---|---:|---:|---:|")
    for report in reports:
        search = [ms for q in report["queries"] for ms in q["search_ms"]]
        naive = [ms for q in report["queries"] for ms in q["naive_ms"]]
        name, method = {
            "postgresql": ("PostgreSQL", "tsvector, GIN"),
            "sqlite": ("SQLite", "FTS5"),
        }[report["engine"]]
        p50, p95 = percentile(search, 0.5), percentile(search, 0.95)
        naive_p50, naive_p95 = percentile(naive, 0.5), percentile(naive, 0.95)
        print(
            f"| {name} | {method} | {p50:.1f} | {p95:.1f} | "
            f"{naive_p50 / p50:.0f}× / {naive_p95 / p95:.0f}× |"
        )
        print(f"| {name} | naive icontains scan | {naive_p50:.0f} | {naive_p95:.0f} | |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--engine", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.measure:
        sys.path.insert(0, str(PROJECT_DIR))
        print(json.dumps(measure(args.articles)))
        return

    load = os.getloadavg()
    reports = []
    if args.engine in ("sqlite", "both"):
        with tempfile.TemporaryDirectory(prefix="practice-bench-") as folder:
            print("Measuring SQLite…", flush=True)
            reports.append(run_engine(f"sqlite:///{folder}/bench.sqlite3", args.articles))
    if args.engine in ("postgresql", "both"):
        print(f"Measuring PostgreSQL in a new database {POSTGRES_DATABASE}…", flush=True)
        postgres(f"DROP DATABASE IF EXISTS {POSTGRES_DATABASE} WITH (FORCE)")
        postgres(f"CREATE DATABASE {POSTGRES_DATABASE}")
        try:
            reports.append(run_engine(f"{POSTGRES_URL}/{POSTGRES_DATABASE}", args.articles))
        finally:
            postgres(f"DROP DATABASE IF EXISTS {POSTGRES_DATABASE} WITH (FORCE)")
    print_report(reports, args.articles, load)


if __name__ == "__main__":
    main()

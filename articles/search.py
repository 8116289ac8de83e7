"""Full-text search over published articles, on PostgreSQL and on SQLite.

`search_posts()` is the one way in: it reads a visitor's query, asks whichever database answers
and returns published posts best match first, each with a highlighted excerpt. The receivers at
the end keep each database's index current however a post or its tags are saved.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import (
    Count,
    F,
    Func,
    Lookup,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
)
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.html import escape
from django.utils.safestring import mark_safe
from taggit.models import Tag, TaggedItem

from articles.models import Post, SqliteSearchDocument, plain_text

MAX_QUERY_LENGTH = 200
RESULT_EXCERPT_WORDS = 36
# PostgreSQL's excerpt: this many characters, starting a little before the first match.
EXCERPT_LENGTH = 220
EXCERPT_LEAD = 80
NO_EXCERPT = Value(None, output_field=TextField())
# How alike a word in a title or tag must be to a searched word to count as a likely typo of it.
SIMILARITY_THRESHOLD = 0.5
# At most this many articles are offered as having words like the ones searched for, the
# closest of this many candidates.
SIMILAR_LIMIT = 50
SIMILAR_CANDIDATES = 100

# Private-use characters stand for <mark> and </mark> inside the database: the indexed text can
# never contain them, so after escaping everything else they are the only markup let through.
MARK_START = "\ue000"
MARK_END = "\ue001"
UNSEARCHABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000-\uf8ff]")
UNPUNCTUATED_HEADING_END = re.compile(r"(?<![.?!:…])</h[1-6]>")

# PostgreSQL's English stop words (Snowball's list): words too common to search for. PostgreSQL
# drops them itself; parsing drops them too, so that SQLite finds the same articles.
STOP_WORDS = frozenset(
    """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves what which who whom
    this that these those am is are was were be been being have has had having do does did
    doing a an the and but if or because as until while of at by for with about against
    between into through during before after above below to from up down in out on off over
    under again further then once here there when where why how all any both each few more
    most other some such no nor not only own same so than too very s t can will just don
    should now
    """.split()
)


class Term(NamedTuple):
    """One word, or several that must appear together as a phrase."""

    words: tuple[str, ...]


class Alternative(NamedTuple):
    """Terms an article must all have, and terms it must not have."""

    required: tuple[Term, ...]
    excluded: tuple[Term, ...]


# A quoted phrase (closed or not), or a run of anything else; either may start with minus signs.
QUERY_PART = re.compile(r'(-*)"([^"]*)"?|(-*)([^\s"]+)')
WORD = re.compile(r"[^\W_]+")
TAG_SLUG = re.compile(r"[-\w]{1,100}")


@dataclass(frozen=True)
class ParsedQuery:
    """A visitor's query, read the way PostgreSQL's websearch syntax reads it.

    Words are all required; "quoted words" form a phrase; `or` between words offers an
    alternative; a minus sign before a word or phrase leaves out articles that have it.
    """

    text: str
    was_shortened: bool
    alternatives: tuple[Alternative, ...]

    @property
    def has_words(self):
        """Return True if there is anything to look for."""
        return bool(self.alternatives)

    @property
    def has_exclusions(self):
        return any(alt.excluded for alt in self.alternatives)

    def websearch(self, *, excluding=True):
        """Return the query in PostgreSQL's websearch_to_tsquery syntax."""

        def written(term, sign=""):
            words = " ".join(term.words)
            return f'{sign}"{words}"' if len(term.words) > 1 else sign + words

        return " or ".join(
            " ".join(
                [
                    *map(written, alt.required),
                    *(written(term, "-") for term in alt.excluded if excluding),
                ]
            )
            for alt in self.alternatives
        )

    def fts5(self, *, wanted_in=(), every_word=False):
        """Return the query as an SQLite FTS5 expression, every term a quoted phrase.

        With `wanted_in`, a few column names, an article must also have one of the wanted words
        (or, with `every_word`, all of them) in those columns.
        """

        def phrase(term):
            return '"' + " ".join(term.words) + '"'

        def all_or_any(terms, joiner):
            return "(" + f" {joiner} ".join(map(phrase, terms)) + ")"

        def alternative(alt):
            expression = all_or_any(alt.required, "AND")
            if wanted_in:
                words = sorted({word for term in alt.required for word in term.words} - STOP_WORDS)
                columns = " ".join(wanted_in)
                within = f"{{{columns}}} : " + all_or_any(
                    [Term((word,)) for word in words], "AND" if every_word else "OR"
                )
                # One word needs no second look through the whole article.
                single_word = len(alt.required) == 1 and len(alt.required[0].words) == 1
                expression = within if single_word else f"{expression} AND {within}"
            if alt.excluded:
                expression += f" NOT {all_or_any(alt.excluded, 'OR')}"
            return f"({expression})"

        return " OR ".join(map(alternative, self.alternatives))

    def wanted_words(self):
        """Return the words, stop words aside, that articles are asked to have."""
        return sorted(set(self.required_words()) - STOP_WORDS)

    def required_words(self):
        """Return the words articles are asked to have, in the order typed."""
        return [word for alt in self.alternatives for term in alt.required for word in term.words]


def parse_query(text):
    """Return `text` as a ParsedQuery: cleaned, cut to MAX_QUERY_LENGTH, and read."""
    text = " ".join(
        "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text or "").split()
    )
    was_shortened = len(text) > MAX_QUERY_LENGTH
    if was_shortened:
        cut = text[:MAX_QUERY_LENGTH]
        # Leave out a word the cut went through, unless it is the only one.
        if not text[MAX_QUERY_LENGTH].isspace() and " " in cut:
            cut = cut.rsplit(" ", 1)[0]
        text = cut.rstrip()

    alternatives = []
    required, excluded = [], []
    for match in QUERY_PART.finditer(text):
        phrase_minus, phrase, minus, chunk = match.groups()
        if chunk is not None and chunk.lower() == "or" and not minus:
            alternatives.append((required, excluded))
            required, excluded = [], []
            continue
        words = tuple(word.lower() for word in WORD.findall(phrase if chunk is None else chunk))
        if not words or all(word in STOP_WORDS for word in words):
            continue
        (excluded if (phrase_minus or minus) else required).append(Term(words))
    alternatives.append((required, excluded))

    return ParsedQuery(
        text=text,
        was_shortened=was_shortened,
        alternatives=tuple(
            Alternative(tuple(required), tuple(excluded))
            for required, excluded in alternatives
            if required
        ),
    )


class SearchText(NamedTuple):
    """A post's words as the index keeps them: plain text, weighted in this order."""

    title: str
    tags: str
    excerpt: str
    body: str


def search_text(post, tag_names):
    """Return what the index keeps of `post` with the tags `tag_names`."""

    def searchable(text):
        return UNSEARCHABLE.sub(" ", text or "")

    # A dash after a heading keeps an excerpt from running it into the paragraph that follows.
    body = UNPUNCTUATED_HEADING_END.sub(r" —\g<0>", post.body or "")
    return SearchText(
        title=searchable(post.title),
        tags=searchable(", ".join(sorted(tag_names))),
        excerpt=searchable(post.excerpt),
        body=searchable(plain_text(body)),
    )


def highlighted(text):
    """Return `text` from the index as safe HTML: escaped, with only the matches marked."""
    if text is None:
        return None
    parts = []
    marking = False
    for piece in re.split(f"([{MARK_START}{MARK_END}])", text):
        if piece in (MARK_START, MARK_END):
            # Only ever one level deep, and always closed.
            if (piece == MARK_START) != marking:
                parts.append("<mark>" if piece == MARK_START else "</mark>")
                marking = not marking
        else:
            parts.append(escape(piece))
    if marking:
        parts.append("</mark>")
    return mark_safe("".join(parts))


class HighlightedTextField(TextField):
    """A text column from the index, read as safe HTML in which only matches are marked."""

    def from_db_value(self, value, expression, connection):
        return highlighted(value)


class Match(Lookup):
    """FTS5's MATCH, on the column named after the table: `…__index__match=expression`."""

    lookup_name = "match"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} MATCH {rhs}", (*lhs_params, *rhs_params)


SqliteSearchDocument._meta.get_field("index").register_lookup(Match)


class SqliteIndex:
    """An FTS5 table with the Porter stemmer, ranked by bm25 weighted like PostgreSQL's, and
    an FTS5 table of the trigrams of titles and tags for words that miss."""

    table = "articles_post_fts"
    trigram_table = "articles_post_trigrams"
    # bm25's column weights, in SearchText's order: PostgreSQL's A, B, C, D are 1, 0.4, 0.2, 0.1.
    weights = (10.0, 4.0, 2.0, 1.0)

    def store(self, texts_by_post_id):
        with connection.cursor() as cursor:
            self._delete(cursor, texts_by_post_id)
            cursor.executemany(
                f"INSERT INTO {self.table} (rowid, title, tags, excerpt, body) "
                "VALUES (%s, %s, %s, %s, %s)",
                [(post_id, *text) for post_id, text in texts_by_post_id.items()],
            )
            cursor.executemany(
                f"INSERT INTO {self.trigram_table} (rowid, title, tags) VALUES (%s, %s, %s)",
                [(post_id, text.title, text.tags) for post_id, text in texts_by_post_id.items()],
            )

    def remove(self, post_ids):
        with connection.cursor() as cursor:
            self._delete(cursor, post_ids)

    def remove_all(self):
        with connection.cursor() as cursor:
            for table in (self.table, self.trigram_table):
                cursor.execute(f"DELETE FROM {table}")

    def optimize(self):
        """Merge each FTS5 index into one b-tree, as after a rebuild."""
        with connection.cursor() as cursor:
            for table in (self.table, self.trigram_table):
                cursor.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")

    def ranking(self, query, tag=None):
        return SqliteRanking(query, tag)

    def excerpt(self, query):
        snippet = Func(
            F("index"),
            SearchText._fields.index("body"),
            Value(MARK_START),
            Value(MARK_END),
            Value("…"),
            RESULT_EXCERPT_WORDS,
            function="snippet",
            output_field=TextField(),
        )
        return Subquery(
            SqliteSearchDocument.objects.filter(pk=OuterRef("pk"), index__match=query.fts5())
            .annotate(snippet=snippet)
            .values("snippet"),
            output_field=HighlightedTextField(),
        )

    def similar(self, words):
        trigrams = sorted({word[i : i + 3] for word in words for i in range(len(word) - 2)})
        if not trigrams:
            return {}
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, title, tags FROM {self.trigram_table} "
                f"WHERE {self.trigram_table} MATCH %s ORDER BY rank LIMIT %s",
                [" OR ".join(f'"{trigram}"' for trigram in trigrams), SIMILAR_CANDIDATES],
            )
            candidates = cursor.fetchall()
        likeness = WordLikeness(words)
        similarity = {
            post_id: max(likeness.of(title), likeness.of(tags))
            for post_id, title, tags in candidates
        }
        return {pk: value for pk, value in similarity.items() if value >= SIMILARITY_THRESHOLD}

    def _delete(self, cursor, post_ids):
        for table in (self.table, self.trigram_table):
            cursor.executemany(
                f"DELETE FROM {table} WHERE rowid = %s", [(post_id,) for post_id in post_ids]
            )


def stem_prefix(word):
    """Return the start `word` shares with its other forms: "bond" for "bonds", "anxiet" for
    "anxiety". Good enough to find where an article first uses it."""
    for ending in ("ies", "ied", "ing", "ed", "es", "s", "y", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=10_000)
def trigrams(word):
    """Return the trigrams of `word` the way pg_trgm counts them (two spaces before, one after)."""
    padded = f"  {word} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


class WordLikeness:
    """How closely some text's words resemble the searched `words`, from 0 to 1, by the share
    of trigrams each searched word has in common with its closest word in the text."""

    def __init__(self, words):
        self.wanted = [trigrams(word) for word in words]

    def of(self, text):
        found = [trigrams(word) for word in WORD.findall(text.lower())]
        if not self.wanted or not found:
            return 0.0
        return sum(
            max(len(want & have) / len(want | have) for have in found) for want in self.wanted
        ) / len(self.wanted)


def search_index():
    """Return the index of the database in use."""
    if connection.vendor == "postgresql":
        # Imported only here: it brings django.contrib.postgres and PostgreSQL's driver.
        from articles.search_postgresql import PostgresIndex

        return PostgresIndex()
    return SqliteIndex()


class SqliteRanking:
    """Ranks the matches in tiers, each best first by bm25: articles with all the wanted words
    in the title, tags or excerpt, then those with some of them there, then those with the
    words only further in. A page is ranked within the tiers it shows, so the first page of a
    word in thousands of articles ranks the few hundred that lead with it, not all of them."""

    table = SqliteIndex.table
    leading_columns = ("title", "tags", "excerpt")

    def __init__(self, query, tag=None):
        self.matching = query.fts5()
        every = query.fts5(wanted_in=self.leading_columns, every_word=True)
        some = query.fts5(wanted_in=self.leading_columns)
        self.tiers = [every]
        if some != every:
            self.tiers.append(f"({some}) NOT ({every})")
        self.tiers.append(f"({self.matching}) NOT ({some})")
        self.shown, self.shown_params = shown_posts_condition("rowid", tag)

    @cached_property
    def _counts(self):
        """Return how many posts match, and how many of them fall in each tier but the last."""
        counted = [self.matching, *self.tiers[:-1]]
        count = f"(SELECT count(*) FROM {self.table} WHERE {self.table} MATCH %s AND {self.shown})"
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT " + ", ".join([count] * len(counted)),
                [param for expression in counted for param in (expression, *self.shown_params)],
            )
            return cursor.fetchone()

    @property
    def count(self):
        return self._counts[0]

    def ids(self, page):
        start, stop = page.start or 0, min(page.stop, self.count)
        sizes = [*self._counts[1:], self.count - sum(self._counts[1:])]
        parts, params = [], []
        tier_start = 0
        for number, (expression, size) in enumerate(zip(self.tiers, sizes, strict=True)):
            first, last = max(start, tier_start), min(stop, tier_start + size)
            if first < last:
                parts.append(self._ranked(tier=number))
                params += [expression, *self.shown_params, last - first, first - tier_start]
            tier_start += size
        if not parts:
            return []
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT rowid FROM ("
                + " UNION ALL ".join(f"SELECT * FROM ({part})" for part in parts)
                + ") ORDER BY tier, score, rowid DESC",
                params,
            )
            return [post_id for (post_id,) in cursor.fetchall()]

    def _ranked(self, *, tier):
        weights = ", ".join(map(str, SqliteIndex.weights))
        return (
            f"SELECT rowid, {tier} AS tier, bm25({self.table}, {weights}) AS score "
            f"FROM {self.table} WHERE {self.table} MATCH %s AND {self.shown} "
            "ORDER BY score, rowid DESC LIMIT %s OFFSET %s"
        )


def shown_posts_condition(column, tag=None):
    """Return SQL and its parameters that keep the post ids in `column` to the posts a visitor
    may see now, with the tag `tag` if one is given.

    It leaves out the few hidden posts (drafts and scheduled ones) rather than looking up every
    match among the published ones, which costs more than the search itself for a common word.
    """
    sql, params = Post.objects.hidden().values("pk").query.sql_with_params()
    condition, params = f"{column} NOT IN ({sql})", list(params)
    if tag:
        sql, tag_params = Post.objects.filter(tags=tag).values("pk").query.sql_with_params()
        # The unary plus keeps SQLite from looking each tagged post up in the index.
        condition += f" AND +{column} IN ({sql})"
        params += tag_params
    return condition, params


class KnownRanking:
    """Ids already in order."""

    def __init__(self, ids):
        self._ids = ids

    @property
    def count(self):
        return len(self._ids)

    def ids(self, page):
        return self._ids[page]


class RankedPosts:
    """Posts in the order of a ranking, fetched a page at a time by a Paginator.

    Ranking reads only ids, so thousands of matches cost little; only the posts of the page
    asked for are read whole, each with `search_excerpt`.
    """

    model = Post

    def __init__(self, ranking, excerpt=NO_EXCERPT):
        self.ranking = ranking
        self.excerpt = excerpt

    def count(self):
        return self.ranking.count

    def __len__(self):
        return self.ranking.count

    def __iter__(self):
        return iter(self[: self.ranking.count])

    def __getitem__(self, page):
        if not isinstance(page, slice):
            return self[page : page + 1][0]
        ids = self.ranking.ids(page)
        # The ids were ranked among the posts that may be shown; they are looked up by id alone
        # so that the database starts from the page's ten rather than from every match.
        found = (
            Post.objects.filter(pk__in=ids)
            .select_related("author")
            .prefetch_related("tags")
            .annotate(search_excerpt=self.excerpt)
            .order_by()
        )
        by_id = {post.pk: post for post in found}
        return [by_id[pk] for pk in ids if pk in by_id]


@dataclass(frozen=True)
class SearchResults:
    """What a search found. Each post has `search_excerpt`: safe HTML with the matches marked,
    or None when there are no words to mark."""

    query: ParsedQuery
    tag: Tag | None
    posts: RankedPosts | QuerySet
    similar: bool = False


def search_posts(query, *, tag=None):
    """Return the published posts matching `query` (within the tag slug `tag`), best first.

    A query with no words finds nothing, unless there is a tag: then its posts come newest
    first. An unknown tag is ignored. When no post has the words, posts with similar words in
    their titles or tags come instead, and the results say so (`similar`).
    """
    parsed = parse_query(query)
    tag = Tag.objects.filter(slug=tag).first() if tag and TAG_SLUG.fullmatch(tag) else None
    posts = Post.objects.published().select_related("author").prefetch_related("tags")
    if tag:
        posts = posts.filter(tags=tag)
    if not parsed.has_words:
        newest = posts.annotate(search_excerpt=NO_EXCERPT) if tag else posts.none()
        return SearchResults(parsed, tag, newest)

    index = search_index()
    found = RankedPosts(index.ranking(parsed, tag), index.excerpt(parsed))
    # Only plain words are looked up by likeness: an exclusion might be what left nothing.
    if parsed.has_exclusions or found.count():
        return SearchResults(parsed, tag, found)
    similarity = index.similar([word for word in parsed.required_words() if len(word) >= 3])
    shown = posts.filter(pk__in=similarity).values_list("pk", flat=True)
    closest = sorted(shown, key=lambda pk: (-similarity[pk], -pk))[:SIMILAR_LIMIT]
    return SearchResults(parsed, tag, RankedPosts(KnownRanking(closest)), similar=True)


def popular_tags(limit=12):
    """Return the tags of the most published posts, each with its `post_count`."""
    tagged = Q(
        taggit_taggeditem_items__content_type__app_label=Post._meta.app_label,
        taggit_taggeditem_items__content_type__model=Post._meta.model_name,
        taggit_taggeditem_items__object_id__in=Post.objects.published().values("pk"),
    )
    return (
        Tag.objects.filter(tagged)
        .annotate(post_count=Count("taggit_taggeditem_items"))
        .order_by("-post_count", "name")[:limit]
    )


def index_posts(post_ids):
    """Bring the index up to date for the posts `post_ids`, whatever became of them."""
    post_ids = set(post_ids)
    posts = Post.objects.filter(pk__in=post_ids).only("title", "excerpt", "body")
    tag_names = {}
    for post_id, name in TaggedItem.objects.filter(
        content_type=ContentType.objects.get_for_model(Post), object_id__in=post_ids
    ).values_list("object_id", "tag__name"):
        tag_names.setdefault(post_id, []).append(name)
    texts = {post.pk: search_text(post, tag_names.get(post.pk, [])) for post in posts}
    index = search_index()
    if texts:
        index.store(texts)
    if gone := post_ids - texts.keys():
        index.remove(gone)


def rebuild_index(batch_size=500):
    """Index every post afresh; return how many were indexed."""
    index = search_index()
    index.remove_all()
    post_ids = list(Post.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(post_ids), batch_size):
        index_posts(post_ids[start : start + batch_size])
    index.optimize()
    return len(post_ids)


def _is_post_tagging(tagged_item):
    return tagged_item.content_type_id == ContentType.objects.get_for_model(Post).pk


@receiver(post_save, sender=Post, dispatch_uid="search_index_saved_post")
def _index_saved_post(sender, instance, **kwargs):
    index_posts([instance.pk])


@receiver(post_delete, sender=Post, dispatch_uid="search_index_deleted_post")
def _unindex_deleted_post(sender, instance, **kwargs):
    search_index().remove([instance.pk])


@receiver(post_save, sender=TaggedItem, dispatch_uid="search_index_tagged_post")
@receiver(post_delete, sender=TaggedItem, dispatch_uid="search_index_untagged_post")
def _index_retagged_post(sender, instance, **kwargs):
    if _is_post_tagging(instance):
        index_posts([instance.object_id])


@receiver(post_save, sender=Tag, dispatch_uid="search_index_renamed_tag")
def _index_posts_of_renamed_tag(sender, instance, created, **kwargs):
    if not created:
        index_posts(Post.objects.filter(tags=instance).values_list("pk", flat=True))

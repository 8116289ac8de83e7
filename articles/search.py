"""Full-text search over published articles, on PostgreSQL and on SQLite.

`search_posts()` is the one way in: it reads a visitor's query, asks whichever database answers
and returns published posts best match first, each with a highlighted excerpt. The receivers at
the end keep each database's index current however a post or its tags are saved.
"""

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Count, Q, TextField
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.html import escape
from django.utils.safestring import mark_safe
from taggit.models import Tag, TaggedItem

from articles.models import RANKED_OPENING_LENGTH, Post, plain_text
from articles.site_index import current_site_index

MAX_QUERY_LENGTH = 200
RESULT_EXCERPT_WORDS = 36
# PostgreSQL's excerpt: this many characters, starting a little before the first match.
EXCERPT_LENGTH = 220
EXCERPT_LEAD = 80
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
WORD_AT_END = re.compile(r"\S+\Z")
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

    @property
    def has_phrases(self):
        return any(len(term.words) > 1 for alt in self.alternatives for term in alt.required)

    def websearch(self, *, excluding=True, phrases=True):
        """Return the query in PostgreSQL's websearch_to_tsquery syntax; without `phrases`, the
        words of a phrase are wanted anywhere in the article, in any order."""

        def written(term, sign=""):
            words = " ".join(term.words)
            return f'{sign}"{words}"' if len(term.words) > 1 and phrases else sign + words

        return " or ".join(
            " ".join(
                [
                    *map(written, alt.required),
                    *(written(term, "-") for term in alt.excluded if excluding),
                ]
            )
            for alt in self.alternatives
        )

    def fts5(self):
        """Return the query as an SQLite FTS5 expression, every term a quoted phrase."""

        def phrase(term):
            return '"' + " ".join(term.words) + '"'

        def alternative(alt):
            expression = "(" + " AND ".join(map(phrase, alt.required)) + ")"
            if alt.excluded:
                expression += " NOT (" + " OR ".join(map(phrase, alt.excluded)) + ")"
            return f"({expression})"

        return " OR ".join(map(alternative, self.alternatives))

    @property
    def any_wanted_word_matches(self):
        """Return True if an article with any one of the wanted words matches: one word, or
        words joined by `or`, and nothing left out."""
        return all(
            len(alt.required) == 1 and len(alt.required[0].words) == 1 and not alt.excluded
            for alt in self.alternatives
        )

    def fts5_any_wanted_word(self):
        """Return an FTS5 expression for articles with any of the wanted words."""
        return " OR ".join(f'"{word}"' for word in self.wanted_words())

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


def opening(body):
    """Return the start of `body` that ranking reads: RANKED_OPENING_LENGTH characters at most,
    without a word the cut would go through, so that every word in it is also in the body."""
    if len(body) <= RANKED_OPENING_LENGTH:
        return body
    cut = body[:RANKED_OPENING_LENGTH]
    if not body[RANKED_OPENING_LENGTH].isspace():
        cut = WORD_AT_END.sub("", cut)
    return cut


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


class SqliteIndex:
    """FTS5 tables with the Porter stemmer: every word of each post, which decides what
    matches; the title, tags, excerpt and the body's opening, which bm25 ranks by, weighted
    like PostgreSQL's rank_vector; and the trigrams of titles and tags for words that miss."""

    table = "articles_post_fts"
    ranked_table = "articles_post_fts_ranked"
    trigram_table = "articles_post_trigrams"
    tables = (table, ranked_table, trigram_table)
    # bm25's column weights for the title, tags, excerpt and opening: PostgreSQL's A, B, C, D
    # are 1, 0.4, 0.2, 0.1.
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
                f"INSERT INTO {self.ranked_table} (rowid, title, tags, excerpt, opening) "
                "VALUES (%s, %s, %s, %s, %s)",
                [
                    (post_id, text.title, text.tags, text.excerpt, opening(text.body))
                    for post_id, text in texts_by_post_id.items()
                ],
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
            for table in self.tables:
                cursor.execute(f"DELETE FROM {table}")

    def optimize(self):
        """Merge each FTS5 index into one b-tree, as after a rebuild."""
        with connection.cursor() as cursor:
            for table in self.tables:
                cursor.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")

    def ranking(self, query, site_index, tag=None):
        return SqliteRanking(query, site_index, tag)

    def excerpts(self, query, post_ids):
        """Return the highlighted excerpt of each of the posts `post_ids`, by id."""
        placeholders = ", ".join(["%s"] * len(post_ids))
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, snippet({self.table}, %s, %s, %s, %s, %s) FROM {self.table} "
                f"WHERE {self.table} MATCH %s AND rowid IN ({placeholders})",
                [
                    SearchText._fields.index("body"),
                    MARK_START,
                    MARK_END,
                    "…",
                    RESULT_EXCERPT_WORDS,
                    query.fts5(),
                    *post_ids,
                ],
            )
            return {post_id: highlighted(snippet) for post_id, snippet in cursor.fetchall()}

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
        for table in self.tables:
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
    """Ranks the matches as PostgreSQL does: those with a wanted word in the title, tags,
    excerpt or the body's opening first, best first by bm25 over those alone; then those with
    the words only further in, the latest added first. So bm25 reads a few short texts per
    match rather than whole articles, and only for the matches that lead with the words."""

    table = SqliteIndex.table
    ranked_table = SqliteIndex.ranked_table

    def __init__(self, query, site_index, tag=None):
        shown, shown_params = shown_posts_condition("rowid", site_index, tag)
        self.matching = f"FROM {self.table} WHERE {self.table} MATCH %s AND {shown}"
        self.matching_params = [query.fts5(), *shown_params]
        self.any_wanted_word = query.fts5_any_wanted_word()
        self.leading = f"FROM {self.ranked_table} WHERE {self.ranked_table} MATCH %s AND {shown}"
        self.leading_params = [self.any_wanted_word, *shown_params]
        if not query.any_wanted_word_matches:
            # Leading with one wanted word is not enough when the query asks for more.
            self.leading += (
                f" AND +rowid IN (SELECT rowid FROM {self.table} WHERE {self.table} MATCH %s)"
            )
            self.leading_params.append(query.fts5())

    @cached_property
    def _counts(self):
        """Return how many posts match, and how many of them lead with a wanted word."""
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT (SELECT count(*) {self.matching}), (SELECT count(*) {self.leading})",
                [*self.matching_params, *self.leading_params],
            )
            return cursor.fetchone()

    @property
    def count(self):
        return self._counts[0]

    def ids(self, page):
        start, stop = page.start or 0, min(page.stop, self.count)
        leading = self._counts[1]
        parts, params = [], []
        if start < leading:
            weights = ", ".join(map(str, SqliteIndex.weights))
            parts.append(
                f"SELECT rowid, 0 AS part, bm25({self.ranked_table}, {weights}) AS score "
                f"{self.leading} ORDER BY score, rowid DESC LIMIT %s OFFSET %s"
            )
            params += [*self.leading_params, min(stop, leading) - start, start]
        if stop > leading:
            parts.append(
                f"SELECT rowid, 1 AS part, 0 AS score {self.matching} AND rowid NOT IN "
                f"(SELECT rowid FROM {self.ranked_table} WHERE {self.ranked_table} MATCH %s) "
                "ORDER BY rowid DESC LIMIT %s OFFSET %s"
            )
            params += [
                *self.matching_params,
                self.any_wanted_word,
                stop - max(start, leading),
                max(start - leading, 0),
            ]
        if not parts:
            return []
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT rowid FROM ("
                + " UNION ALL ".join(f"SELECT * FROM ({part})" for part in parts)
                + ") ORDER BY part, score, rowid DESC",
                params,
            )
            return [post_id for (post_id,) in cursor.fetchall()]


def shown_posts_condition(column, site_index, tag=None):
    """Return SQL and its parameters that keep the post ids in `column` to the posts a visitor
    may see now, with the tag `tag` if one is given, as the site index `site_index` knows them.

    It leaves out the few hidden posts (drafts and scheduled ones) rather than looking up every
    match among the published ones, which costs more than the search itself for a common word.
    """
    condition = f"{column} NOT IN (SELECT value FROM json_each(%s))"
    params = [json.dumps(sorted(site_index.hidden_ids))]
    if tag:
        # The unary plus keeps SQLite from looking each tagged post up in the index.
        condition += f" AND +{column} IN (SELECT value FROM json_each(%s))"
        params.append(json.dumps(site_index.newest_ids(tag)))
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

    Ranking reads only ids, so thousands of matches cost little. The posts of the page asked
    for come from the site index, which holds what a result shows of every published article
    and its tags (`tag_list`); their excerpts (`search_excerpt`) come from the search index in
    one query.
    """

    model = Post

    def __init__(self, ranking, site_index, excerpts=None):
        self.ranking = ranking
        self.site_index = site_index
        self.excerpts = excerpts

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
        if not ids:
            return []
        posts = self.site_index.cards(ids)
        excerpts = self.excerpts([post.pk for post in posts]) if self.excerpts and posts else {}
        for post in posts:
            post.search_excerpt = excerpts.get(post.pk)
        return posts


@dataclass(frozen=True)
class SearchResults:
    """What a search found. Each post has `search_excerpt`: safe HTML with the matches marked,
    or None when there are no words to mark."""

    query: ParsedQuery
    tag: Tag | None
    posts: RankedPosts
    similar: bool = False


def search_posts(query, *, tag=None):
    """Return the published posts matching `query` (within the tag slug `tag`), best first.

    A query with no words finds nothing, unless there is a tag: then its posts come newest
    first. An unknown tag is ignored. When no post has the words, posts with similar words in
    their titles or tags come instead, and the results say so (`similar`).
    """
    parsed = parse_query(query)
    tag = Tag.objects.filter(slug=tag).first() if tag and TAG_SLUG.fullmatch(tag) else None
    if not parsed.has_words and not tag:
        return SearchResults(parsed, tag, RankedPosts(KnownRanking([]), site_index=None))
    site_index = current_site_index()
    if not parsed.has_words:
        newest = site_index.newest_ids(tag)
        return SearchResults(parsed, tag, RankedPosts(KnownRanking(newest), site_index))

    index = search_index()
    found = RankedPosts(
        index.ranking(parsed, site_index, tag),
        site_index,
        excerpts=partial(index.excerpts, parsed),
    )
    # Only plain words are looked up by likeness: an exclusion might be what left nothing.
    if parsed.has_exclusions or found.count():
        return SearchResults(parsed, tag, found)
    similarity = index.similar([word for word in parsed.required_words() if len(word) >= 3])
    shown = site_index.shown_ids(similarity, tag)
    closest = sorted(shown, key=lambda pk: (-similarity[pk], -pk))[:SIMILAR_LIMIT]
    return SearchResults(parsed, tag, RankedPosts(KnownRanking(closest), site_index), similar=True)


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

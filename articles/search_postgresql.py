"""Search on PostgreSQL: weighted tsvectors in a GIN index, trigrams when words miss.

Imported by articles.search only when PostgreSQL answers, since django.contrib.postgres loads
PostgreSQL's driver.
"""

from functools import cached_property

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordDistance
from django.db import connection
from django.db.models import (
    Case,
    F,
    FloatField,
    Func,
    Q,
    TextField,
    Value,
    When,
)

from articles.models import Post, PostgresSearchDocument
from articles.search import (
    EXCERPT_LEAD,
    EXCERPT_LENGTH,
    MARK_END,
    MARK_START,
    SIMILAR_CANDIDATES,
    HighlightedTextField,
    SearchText,
    stem_prefix,
)


class PostgresIndex:
    """Search documents with weighted vectors, GIN-indexed; trigrams when words miss."""

    def store(self, texts_by_post_id):
        PostgresSearchDocument.objects.bulk_create(
            [
                PostgresSearchDocument(post_id=post_id, **text._asdict())
                for post_id, text in texts_by_post_id.items()
            ],
            update_conflicts=True,
            unique_fields=["post"],
            update_fields=SearchText._fields,
        )

    def remove(self, post_ids):
        PostgresSearchDocument.objects.filter(post__in=post_ids).delete()

    def remove_all(self):
        PostgresSearchDocument.objects.all().delete()

    def optimize(self):
        """Refresh the planner's statistics, as after a rebuild."""
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {PostgresSearchDocument._meta.db_table}")

    def ranking(self, query, site_index, tag=None):
        # PostgreSQL leaves out hidden posts with a hashed subquery; the site index's list of
        # them, sent as parameters, would be checked one by one.
        if query.any_wanted_word_matches:
            return PostgresWordRanking(query, tag)
        return PostgresRanking(query, tag)

    def excerpts(self, query, post_ids):
        """Return the highlighted excerpt of each of the posts `post_ids`, by id."""
        prefixes = sorted({stem_prefix(word) for word in query.required_words()})
        headline = Func(
            F("body"),
            search_query(query.websearch(excluding=False)),
            Value(prefixes, output_field=ArrayField(TextField())),
            EXCERPT_LEAD,
            EXCERPT_LENGTH,
            Value(MARK_START),
            Value(MARK_END),
            function="articles_search_excerpt",
            output_field=HighlightedTextField(),
        )
        return dict(
            PostgresSearchDocument.objects.filter(post__in=post_ids)
            .annotate(headline=headline)
            .values_list("post_id", "headline")
        )

    def similar(self, words):
        words = " ".join(words)
        return {
            post_id: 1 - distance
            for post_id, distance in PostgresSearchDocument.objects.filter(
                names__trigram_word_similar=words
            )
            .annotate(distance=TrigramWordDistance(words, "names"))
            .order_by("distance")
            .values_list("post_id", "distance")[:SIMILAR_CANDIDATES]
        }


class PostgresRanking:
    """Finds and counts every match in one query, which also ranks the first pages' worth: only
    articles with a wanted word in their small rank vector are ranked, as the rest rank 0."""

    # How many of the best matches come with the count: the first ten pages.
    FIRST_IDS = 100

    def __init__(self, query, tag=None):
        # ts_rank() looks for what is wanted: with a negation, it is 0.
        wanted = search_query(query.websearch(excluding=False))
        found = search_query(query.websearch())
        if query.has_phrases and not query.has_exclusions:
            # Checking a phrase's order reads an article's whole vector. The articles with all
            # its words are found without it, and those with the phrase in the title, tags,
            # excerpt or opening are known by their small rank_vector (without an exclusion, a
            # match there is a match), so only the others have their whole vector read.
            matches = shown_documents(tag).filter(
                Q(rank_vector__matches=found) | Q(vector__matches=found),
                vector__matches=search_query(query.websearch(phrases=False)),
            )
        else:
            matches = shown_documents(tag).filter(vector__matches=found)
        ranked = matches.annotate(
            rank=Case(
                When(
                    rank_vector__matches=search_query(" or ".join(query.wanted_words())),
                    then=SearchRank(F("rank_vector"), wanted),
                ),
                default=Value(0.0),
                output_field=FloatField(),
            )
        ).values("post_id", "rank")
        sql, self.params = ranked.query.sql_with_params()
        self.matches = f"WITH matches AS MATERIALIZED ({sql}) "

    @cached_property
    def _first(self):
        with connection.cursor() as cursor:
            cursor.execute(
                f"{self.matches}SELECT (SELECT count(*) FROM matches), "
                f"ARRAY({self._best_first('LIMIT %s')})",
                [*self.params, self.FIRST_IDS],
            )
            return cursor.fetchone()

    @property
    def count(self):
        return self._first[0]

    def ids(self, page):
        start, stop = page.start or 0, min(page.stop, self.count)
        if stop <= self.FIRST_IDS:
            return self._first[1][start:stop]
        with connection.cursor() as cursor:
            cursor.execute(
                self.matches + self._best_first("LIMIT %s OFFSET %s"),
                [*self.params, max(stop - start, 0), start],
            )
            return [post_id for (post_id,) in cursor.fetchall()]

    def _best_first(self, limit):
        return f"SELECT post_id FROM matches ORDER BY rank DESC, post_id DESC {limit}"


class PostgresWordRanking(PostgresRanking):
    """Ranks as PostgresRanking does, for a query that any one of its words matches (one word,
    or words joined by `or`): then an article with a wanted word in its rank_vector matches,
    so those articles are found through that vector's own index, and only they are ranked,
    rather than testing the rank_vector of each of thousands of matches."""

    def __init__(self, query, tag=None):
        shown = shown_documents(tag)
        matches = search_query(query.websearch())
        any_wanted_word = search_query(" or ".join(query.wanted_words()))
        self.matching = shown.filter(vector__matches=matches)
        self.leading = shown.filter(rank_vector__matches=any_wanted_word)
        # ts_rank() looks for what is wanted: with a negation, it is 0.
        wanted = search_query(query.websearch(excluding=False))
        self.best_first = (
            self.leading.annotate(rank=SearchRank(F("rank_vector"), wanted))
            .order_by("-rank", "-post_id")
            .values_list("post_id", flat=True)
        )
        self.rest = (
            self.matching.exclude(rank_vector__matches=any_wanted_word)
            .order_by("-post_id")
            .values_list("post_id", flat=True)
        )

    @cached_property
    def _first(self):
        """Return how many posts match, how many lead with a wanted word, and the best ids."""
        matching, matching_params = self.matching.values("pk").query.sql_with_params()
        leading, leading_params = self.leading.values("pk").query.sql_with_params()
        first, first_params = self.best_first[: self.FIRST_IDS].query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT (SELECT count(*) FROM ({matching}) AS matching), "
                f"(SELECT count(*) FROM ({leading}) AS leaders), ARRAY({first})",
                [*matching_params, *leading_params, *first_params],
            )
            return cursor.fetchone()

    def ids(self, page):
        start, stop = page.start or 0, min(page.stop, self.count)
        _count, leading, first = self._first
        ids = []
        if start < leading:
            end = min(stop, leading)
            ids += first[start:end] if end <= self.FIRST_IDS else self.best_first[start:end]
        if stop > leading:
            ids += self.rest[max(start - leading, 0) : stop - leading]
        return ids


def shown_documents(tag=None):
    """Return the search documents of the posts a visitor may see now, with the tag `tag` if
    one is given: all but the few hidden ones, left out by a hashed subquery."""
    documents = PostgresSearchDocument.objects.exclude(post__in=Post.objects.hidden().values("pk"))
    if tag:
        documents = documents.filter(post__in=Post.objects.filter(tags=tag).values("pk"))
    return documents


def search_query(websearch):
    """Return the SearchQuery of a query in PostgreSQL's websearch syntax, in English."""
    return SearchQuery(websearch, search_type="websearch", config="english")

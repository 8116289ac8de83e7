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
        matches = PostgresSearchDocument.objects.filter(
            vector__matches=search_query(query.websearch())
        ).exclude(post__in=Post.objects.hidden().values("pk"))
        if tag:
            matches = matches.filter(post__in=Post.objects.filter(tags=tag).values("pk"))
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


def search_query(websearch):
    """Return the SearchQuery of a query in PostgreSQL's websearch syntax, in English."""
    return SearchQuery(websearch, search_type="websearch", config="english")

"""Search on PostgreSQL: weighted tsvectors in a GIN index, trigrams when words miss.

Imported by articles.search only when PostgreSQL answers, since django.contrib.postgres loads
PostgreSQL's driver.
"""

from functools import cached_property

from django.contrib.postgres.aggregates import ArrayAgg
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordDistance
from django.db import connection
from django.db.models import F, Func, OuterRef, Subquery, TextField, Value

from articles.models import PostgresSearchDocument
from articles.search import (
    EXCERPT_LEAD,
    EXCERPT_LENGTH,
    MARK_END,
    MARK_START,
    SIMILAR_CANDIDATES,
    HighlightedTextField,
    KnownRanking,
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

    def ranking(self, posts, query):
        return PostgresRanking(posts, self._search_query(query), self._search_query(query, False))

    def excerpt(self, query):
        prefixes = sorted({stem_prefix(word) for word in query.required_words()})
        return Subquery(
            PostgresSearchDocument.objects.filter(pk=OuterRef("pk"))
            .annotate(
                headline=Func(
                    F("body"),
                    self._search_query(query, False),
                    Value(prefixes, output_field=ArrayField(TextField())),
                    EXCERPT_LEAD,
                    EXCERPT_LENGTH,
                    Value(MARK_START),
                    Value(MARK_END),
                    function="articles_search_excerpt",
                    output_field=TextField(),
                )
            )
            .values("headline"),
            output_field=HighlightedTextField(),
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

    def _search_query(self, query, excluding=True):
        # ts_rank() and ts_headline() look for what is wanted: with a negation, ts_rank() is 0.
        return SearchQuery(
            query.websearch(excluding=excluding), search_type="websearch", config="english"
        )


class PostgresRanking(KnownRanking):
    """Ranks every match in one pass, from the search table's small rank vectors, and serves
    pages from that: finding the matches is the costly part, so it is done once."""

    def __init__(self, posts, search_query, wanted):
        self.posts = posts
        self.search_query = search_query
        self.wanted = wanted

    @cached_property
    def _ids(self):
        best_first = (SearchRank(F("rank_vector"), self.wanted).desc(), F("post_id").desc())
        return PostgresSearchDocument.objects.filter(
            vector__matches=self.search_query, post__in=self.posts.values("pk")
        ).aggregate(ids=ArrayAgg("post_id", order_by=best_first, default=[]))["ids"]

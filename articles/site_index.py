"""Every published article's place on the site, held in each process's memory per content
version: an article's tags, the articles before and after it, the related ones, what a search
result shows of it, and which posts are not to be shown, found without asking the database.

Built with five small queries the first time a page needs it after a change to the content (see
practice.content_version), and shared by every article and search page until the next change.
An article page then reads only the rest of its article, with one query compiled once.
"""

import functools
import heapq
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from itertools import chain

from django.db import connections
from taggit.models import Tag

from articles.models import Author, Post
from practice.content_version import remembered_per_version

# What a card or a previous/next link shows of an article (its body stays in the database), in
# the order of the model's fields, as Post.from_db takes them.
CARD_FIELDS = tuple(
    field.attname
    for field in Post._meta.concrete_fields
    if field.attname
    in {
        "id",
        "title",
        "slug",
        "author_id",
        "published_at",
        "summary",
        "reading_time",
        "featured_image",
        "featured_image_width",
        "featured_image_height",
    }
)
ID, SLUG, PUBLISHED_AT = (CARD_FIELDS.index(name) for name in ("id", "slug", "published_at"))


# What an article's own page shows besides its card, and every field, as Post.from_db takes them.
PAGE_FIELDS = tuple(
    field.attname for field in Post._meta.concrete_fields if field.attname not in CARD_FIELDS
)
ALL_FIELDS = tuple(field.attname for field in Post._meta.concrete_fields)


@functools.cache
def page_fields_query(using):
    """Return the query that reads PAGE_FIELDS of one article by its id: the ORM's compiler, its
    SQL and the converters it applies to the columns.

    Compiled once per process: compiling costs several times what the database takes to answer.
    """
    compiler = Post.objects.filter(pk=0).values_list(*PAGE_FIELDS).query.get_compiler(using)
    sql, _params = compiler.as_sql()
    converters = compiler.get_converters([column for column, _sql, _alias in compiler.select])
    return compiler, sql, converters


class SiteIndex:
    """The published articles in order of publication, with their tags, and the ids of the
    posts a visitor may not see yet (`hidden_ids`: drafts and scheduled posts)."""

    def __init__(self, rows, tag_ids_by_post, tags, authors, hidden_ids):
        # Oldest first: an article's place is its (published_at, pk), Post.Meta.ordering reversed.
        self.rows = rows
        self.keys = [(row[PUBLISHED_AT], row[ID]) for row in rows]
        self.position = {row[ID]: position for position, row in enumerate(rows)}
        self.position_by_slug = {row[SLUG]: position for position, row in enumerate(rows)}
        self.tag_ids_by_post = tag_ids_by_post
        self.tags = tags
        self.authors = authors
        self.hidden_ids = hidden_ids
        self.positions_by_tag = defaultdict(list)
        for post_id, tag_ids in tag_ids_by_post.items():
            for tag_id in tag_ids:
                self.positions_by_tag[tag_id].append(self.position[post_id])

    @classmethod
    def build(cls):
        """Return the index of the articles a visitor may see now."""
        published = Post.objects.published()
        rows = list(published.order_by("published_at", "pk").values_list(*CARD_FIELDS))
        tagged_items = (
            Post.tags.through.objects.filter(
                content_type__app_label=Post._meta.app_label,
                content_type__model=Post._meta.model_name,
                object_id__in=published.values("pk"),
            )
            .order_by("pk")
            .values_list("object_id", "tag_id")
        )
        tag_ids_by_post = defaultdict(list)
        for post_id, tag_id in tagged_items:
            tag_ids_by_post[post_id].append(tag_id)
        used_tag_ids = {tag_id for tag_ids in tag_ids_by_post.values() for tag_id in tag_ids}
        return cls(
            rows,
            dict(tag_ids_by_post),
            Tag.objects.in_bulk(used_tag_ids),
            Author.objects.in_bulk(),
            frozenset(Post.objects.hidden().values_list("pk", flat=True)),
        )

    def published_post(self, slug):
        """Return the published article at `slug` with its author, or None: one query, and
        none for an address that is not a published article's."""
        position = self.position_by_slug.get(slug)
        if position is None:
            return None
        card_row = self.rows[position]
        using = Post.objects.db
        compiler, sql, converters = page_fields_query(using)
        with connections[using].cursor() as cursor:
            cursor.execute(sql, [card_row[ID]])
            rows = cursor.fetchall()
        if not rows:
            return None
        if converters:
            rows = compiler.apply_converters(rows, converters)
        values = dict(zip(CARD_FIELDS, card_row, strict=True))
        values.update(zip(PAGE_FIELDS, next(iter(rows)), strict=True))
        post = Post.from_db(using, ALL_FIELDS, [values[name] for name in ALL_FIELDS])
        post.author = self.authors[post.author_id]
        return post

    def card(self, position):
        """Return the article at `position` with what a card shows of it."""
        post = Post.from_db(Post.objects.db, CARD_FIELDS, self.rows[position])
        post.author = self.authors[post.author_id]
        return post

    def cards(self, post_ids):
        """Return the articles `post_ids`, in that order, each with what a card shows of it and
        its tags as `tag_list`. An id not in the index (no longer published) is left out."""
        posts = []
        for post_id in post_ids:
            if (position := self.position.get(post_id)) is not None:
                post = self.card(position)
                post.tag_list = self.tags_of(post)
                posts.append(post)
        return posts

    def newest_ids(self, tag):
        """Return the ids of the articles tagged `tag`, newest first."""
        positions = sorted(self.positions_by_tag.get(tag.pk, ()), reverse=True)
        return [self.rows[position][ID] for position in positions]

    def shown_ids(self, post_ids, tag=None):
        """Return those of `post_ids` that are published (and tagged `tag`, if given)."""
        return [
            post_id
            for post_id in post_ids
            if post_id in self.position
            and (tag is None or tag.pk in self.tag_ids_by_post.get(post_id, ()))
        ]

    def tags_of(self, post):
        """Return the tags of `post`, in the order they were given."""
        if post.pk not in self.position:
            # A draft or scheduled article that staff preview is not in the index.
            return list(post.tags.all())
        return [self.tags[tag_id] for tag_id in self.tag_ids_by_post.get(post.pk, ())]

    def previous_and_next(self, post):
        """Return the articles published just before and just after `post` (None at either
        end, and for a draft without a date)."""
        if post.published_at is None:
            return None, None
        key = (post.published_at, post.pk)
        before, after = bisect_left(self.keys, key), bisect_right(self.keys, key)
        return (
            self.card(before - 1) if before > 0 else None,
            self.card(after) if after < len(self.rows) else None,
        )

    def related_to(self, post, tags, count):
        """Return up to `count` other articles sharing `tags` with `post`, most tags in common
        first, then the newest."""
        shared = Counter(chain.from_iterable(self.positions_by_tag.get(tag.pk, ()) for tag in tags))
        shared.pop(self.position.get(post.pk), None)
        # Ranked by tags in common, then by position (the newest article has the highest), as
        # one number each: sorting numbers is quicker than ranking pairs.
        scale = len(self.rows)
        ranked = heapq.nlargest(
            count, [common * scale + position for position, common in shared.items()]
        )
        return [self.card(key % scale) for key in ranked]


current_site_index = remembered_per_version(SiteIndex.build)

import html
import math
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, Value
from django.db.models.functions import Concat, Substr
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from taggit.managers import TaggableManager

from articles.fields import GinIndex, GistIndex, TsvectorField, weighted_words
from practice.html import RichTextField, clean_html
from practice.images import ResponsiveImageField, largest_rendition_url, picture
from practice.paths import slug_path

WORDS_PER_MINUTE = 220
SUMMARY_WORDS = 36
# Search ranks an article by its title, tags, excerpt and this many characters of its body: a
# word further in makes it match without raising it.
RANKED_OPENING_LENGTH = 300
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|figcaption)>|<br>")


def plain_text(body_html):
    """Return the words of `body_html` as plain text, one space between blocks."""
    text = html.unescape(strip_tags(BLOCK_END.sub(" ", body_html or "")))
    return " ".join(text.split())


class Author(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="author",
        help_text="The admin account that writes as this author, if any.",
    )
    name = models.CharField(max_length=120)
    slug = models.SlugField(
        max_length=120, unique=True, help_text="The author page’s address: /articles/authors/…/"
    )
    credentials = models.CharField(
        max_length=200,
        blank=True,
        help_text="One line under the name, e.g. “PhD candidate in Clinical Sexology, LMFT”.",
    )
    bio = models.TextField(
        blank=True,
        help_text="A short paragraph for the box under each article and the author page. "
        "Blank lines start a new paragraph.",
    )
    photo = ResponsiveImageField(
        upload_to="authors/",
        blank=True,
        width_field="photo_width",
        height_field="photo_height",
        help_text="A friendly portrait, ideally square. JPEG, PNG or WebP, up to 10 MB.",
    )
    photo_width = models.PositiveIntegerField(default=0, editable=False)
    photo_height = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return slug_path("articles:author", self.slug)

    def portrait(self):
        return picture(
            self.photo.name,
            self.photo_width,
            self.photo_height,
            alt=f"Portrait of {self.name}",
            sizes="6rem",
            css_class="author-photo",
        )


class PostQuerySet(models.QuerySet):
    def published(self):
        """Return the posts a visitor may see now: published, and due."""
        return self.filter(status=Post.Status.PUBLISHED, published_at__lte=timezone.now())

    def hidden(self):
        """Return the posts a visitor may not see now, all but published() ones: drafts and
        scheduled posts (the constraints allow no other status, nor a published post without
        a date)."""
        return self.filter(
            Q(status=Post.Status.DRAFT)
            | Q(status=Post.Status.PUBLISHED, published_at__gt=timezone.now())
        )

    def scheduled(self):
        """Return the published posts whose time has not come yet."""
        return self.filter(status=Post.Status.PUBLISHED, published_at__gt=timezone.now())

    def for_cards(self):
        """Return the posts with what a list of cards shows, leaving their bodies behind."""
        return self.select_related("author").defer("body", "seo_title", "seo_description")


class Post(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=200,
        unique=True,
        help_text="The article’s address: /articles/…/. Filled in from the title. If you "
        "change it after publishing, the old address keeps working and leads here.",
    )
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="posts")
    excerpt = models.TextField(
        blank=True,
        help_text="A sentence or two for lists and search engines. Left blank, the opening of "
        "the article is used.",
    )
    body = RichTextField(blank=True)
    featured_image = ResponsiveImageField(
        upload_to="articles/%Y/",
        blank=True,
        width_field="featured_image_width",
        height_field="featured_image_height",
        help_text="Shown at the top of the article, in lists and when the article is shared. "
        "A wide JPEG, PNG or WebP, at least 1600 pixels wide, up to 10 MB. Location and camera "
        "details are removed.",
    )
    featured_image_alt = models.CharField(
        "featured image description",
        max_length=250,
        blank=True,
        help_text="What the image shows, for readers who cannot see it. Needed with an image.",
    )
    featured_image_width = models.PositiveIntegerField(default=0, editable=False)
    featured_image_height = models.PositiveIntegerField(default=0, editable=False)
    tags = TaggableManager(
        blank=True,
        help_text="Topics, separated by commas, e.g. “anxiety, attachment”. Existing tags are "
        "suggested as you type.",
    )
    status = models.CharField(
        max_length=10,
        choices=Status,
        default=Status.DRAFT,
        help_text="Drafts are never shown to visitors. You can preview them while logged in.",
    )
    published_at = models.DateTimeField(
        "publication date",
        null=True,
        blank=True,
        help_text="When a published article appears. A date in the future schedules it: it "
        "appears by itself at that time. Left blank, publishing uses the current time.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    seo_title = models.CharField(
        "title for search engines",
        max_length=70,
        blank=True,
        help_text="Left blank, the article's title is used.",
    )
    seo_description = models.CharField(
        "description for search engines",
        max_length=160,
        blank=True,
        help_text="Left blank, the excerpt is used.",
    )
    summary = models.TextField(
        editable=False, default="", help_text="The excerpt, or the opening of the article."
    )
    reading_time = models.PositiveSmallIntegerField(
        editable=False, default=1, help_text="Minutes, at 220 words a minute."
    )

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "published"]), name="post_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(published_at__isnull=False),
                name="published_post_has_date",
            ),
            models.CheckConstraint(
                condition=Q(featured_image="") | ~Q(featured_image_alt=""),
                name="featured_image_has_description",
                violation_error_message="Describe the featured image for readers who cannot "
                "see it.",
            ),
        ]
        indexes = [
            # Also finds the few hidden posts that search leaves out.
            models.Index(fields=["status", "published_at"]),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.body = clean_html(self.body)
        text = plain_text(self.body)
        self.summary = self.excerpt.strip() or Truncator(text).words(SUMMARY_WORDS, truncate="…")
        self.reading_time = max(1, math.ceil(len(text.split()) / WORDS_PER_MINUTE))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_path("articles:detail", self.slug)

    def clean(self):
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        if self.featured_image and not self.featured_image_alt.strip():
            raise ValidationError(
                {
                    "featured_image_alt": "Describe the featured image for readers who cannot "
                    "see it, e.g. “A path through a forest in autumn light”."
                }
            )

    def is_public(self):
        """Return True if a visitor may see the post now."""
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    def is_scheduled(self):
        """Return True if the post is published for a time still to come."""
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    def was_updated_later(self):
        """Return True if the post was edited on a later day than it was published (or
        written, for a post given an earlier publication date)."""
        if not (self.published_at and self.updated_at and self.created_at):
            return False
        written = max(self.published_at, self.created_at)
        return timezone.localdate(self.updated_at) > timezone.localdate(written)

    def featured_picture(self):
        """Return the featured image at the top of the article, loaded first."""
        return picture(
            self.featured_image.name,
            self.featured_image_width,
            self.featured_image_height,
            alt=self.featured_image_alt,
            sizes="(min-width: 48rem) 46rem, 100vw",
            eager=True,
        )

    def card_picture(self, *, eager=False):
        """Return the featured image as a list of articles shows it, loaded lazily."""
        return picture(
            self.featured_image.name,
            self.featured_image_width,
            self.featured_image_height,
            alt="",
            sizes="(min-width: 68rem) 22rem, (min-width: 48rem) 45vw, 100vw",
            eager=eager,
        )

    def lead_card_picture(self):
        """Return the featured image of the first card at the top of a list, loaded first."""
        return self.card_picture(eager=True)

    def share_image_url(self):
        """Return the path of the image that link previews and feeds show, if any."""
        if not self.featured_image:
            return ""
        return largest_rendition_url(self.featured_image.name, self.featured_image_width)


class PostRedirect(models.Model):
    """An old address of a post: a visitor who asks for it is sent to the post's address.

    Made when a published post's slug changes, and for addresses posts had on another site."""

    old_path = models.CharField(
        max_length=500,
        unique=True,
        help_text="The old address, starting with a slash, e.g. /articles/old-title/.",
    )
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="redirects")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["old_path"]
        verbose_name = "old address"
        verbose_name_plural = "old addresses"
        constraints = [
            models.CheckConstraint(
                condition=Q(old_path__startswith="/"), name="redirect_old_path_is_a_path"
            ),
        ]

    def __str__(self):
        return f"{self.old_path} → {self.post}"


def opening_of(field):
    """Return SQL for the first RANKED_OPENING_LENGTH characters of `field` without a word the
    cut would go through, as articles.search.opening() cuts them for SQLite."""
    # One character more, then the run of non-spaces it ends in: a partial word, or nothing
    # when that character is a space (or the text was shorter and the added space ends it).
    return models.Func(
        Substr(Concat(field, Value(" ")), 1, RANKED_OPENING_LENGTH + 1),
        Value(r"\S*$"),
        Value(""),
        function="regexp_replace",
        output_field=models.TextField(),
    )


class PostgresSearchDocument(models.Model):
    """A post's words as PostgreSQL searches them: plain text and two weighted vectors.

    Exists only on PostgreSQL; articles.search keeps it current and reads it.
    """

    # Removed with its post by articles.search; the constraint makes any other way loud.
    post = models.OneToOneField(
        Post, on_delete=models.DO_NOTHING, primary_key=True, related_name="postgres_search"
    )
    title = models.TextField()
    tags = models.TextField()
    excerpt = models.TextField()
    body = models.TextField()
    # Every word, GIN-indexed: decides which posts match.
    vector = models.GeneratedField(
        expression=weighted_words(("title", "A"), ("tags", "B"), ("excerpt", "C"), ("body", "D")),
        output_field=TsvectorField(),
        db_persist=True,
    )
    # The title, tags, excerpt and the body's opening only: small enough to rank thousands of
    # matches in a few milliseconds, where reading every full vector would take a hundred.
    rank_vector = models.GeneratedField(
        expression=weighted_words(
            ("title", "A"),
            ("tags", "B"),
            ("excerpt", "C"),
            (opening_of("body"), "D"),
        ),
        output_field=TsvectorField(),
        db_persist=True,
    )

    # For misspellings: the nearest titles and tags by trigrams, found in their GiST index.
    names = models.GeneratedField(
        expression=Concat("title", Value(" "), "tags", output_field=models.TextField()),
        output_field=models.TextField(),
        db_persist=True,
    )

    class Meta:
        required_db_vendor = "postgresql"
        indexes = [
            GinIndex(fields=["vector"], name="post_search_vector"),
            GinIndex(fields=["rank_vector"], name="post_search_rank_vector"),
            GistIndex(fields=["names"], opclasses=["gist_trgm_ops"], name="post_search_names"),
        ]

    def __str__(self):
        return self.title


class SqliteSearchDocument(models.Model):
    """A post's row in the SQLite FTS5 table that articles.search keeps current and reads.

    The virtual table is made by a migration, only on SQLite; its rowid is the post's id.
    """

    post = models.OneToOneField(
        Post,
        on_delete=models.DO_NOTHING,
        primary_key=True,
        db_column="rowid",
        related_name="sqlite_search",
    )
    # FTS5's hidden column named after the table: MATCH, bm25() and snippet() take it.
    index = models.TextField(db_column="articles_post_fts")

    class Meta:
        managed = False
        required_db_vendor = "sqlite"
        db_table = "articles_post_fts"

    def __str__(self):
        return f"Search index row of post {self.pk}"

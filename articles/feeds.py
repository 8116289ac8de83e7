from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from articles.models import Post
from practice.context_processors import current_profile

FEED_LENGTH = 20


class LatestPostsFeed(Feed):
    """The latest published articles, in RSS 2.0."""

    def __call__(self, request, *args, **kwargs):
        self.practice = current_profile()
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.practice.name}: articles"

    def description(self):
        return self.practice.tagline or f"Articles from {self.practice.name}."

    def link(self):
        return reverse("articles:list")

    def feed_url(self):
        return reverse("articles:feed")

    def items(self):
        return Post.objects.published().for_cards().prefetch_related("tags")[:FEED_LENGTH]

    def item_title(self, post):
        return post.title

    def item_description(self, post):
        return post.summary

    def item_author_name(self, post):
        return post.author.name

    def item_author_link(self, post):
        return reverse("articles:author", kwargs={"slug": post.author.slug})

    def item_pubdate(self, post):
        return post.published_at

    def item_updateddate(self, post):
        return max(post.updated_at, post.published_at)

    def item_categories(self, post):
        return [tag.name for tag in post.tags.all()]

    def item_enclosure_url(self, post):
        return post.share_image_url() or None

    def item_enclosure_length(self, post):
        return 0 if post.featured_image else None

    def item_enclosure_mime_type(self, post):
        if not post.featured_image:
            return None
        return "image/png" if post.featured_image.name.endswith(".png") else "image/jpeg"


class LatestPostsAtomFeed(LatestPostsFeed):
    """The same articles, in Atom."""

    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()

    def feed_url(self):
        return reverse("articles:atom_feed")

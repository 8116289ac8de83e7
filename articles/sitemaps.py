from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.db.models.functions import Greatest
from django.urls import reverse

from articles.models import Author, Post


class PostSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Post.objects.published().only("slug", "updated_at", "published_at")

    def lastmod(self, post):
        return max(post.updated_at, post.published_at)


class TagSitemap(Sitemap):
    """Tag pages, each as fresh as its latest published article."""

    changefreq = "weekly"
    priority = 0.5

    def items(self):
        return list(
            Post.objects.published()
            .filter(tags__isnull=False)
            .values("tags__slug")
            .annotate(lastmod=Max(Greatest("updated_at", "published_at")))
            .order_by("tags__slug")
        )

    def location(self, item):
        return reverse("articles:tag", kwargs={"slug": item["tags__slug"]})

    def lastmod(self, item):
        return item["lastmod"]


class AuthorSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return list(
            Author.objects.filter(posts__in=Post.objects.published())
            .annotate(lastmod=Max(Greatest("posts__updated_at", "posts__published_at")))
            .order_by("slug")
        )

    def lastmod(self, author):
        return author.lastmod


class ArticleIndexSitemap(Sitemap):
    """The home page and the list of articles, as fresh as the latest article."""

    changefreq = "daily"
    priority = 1.0

    def items(self):
        latest = Post.objects.published().aggregate(
            lastmod=Max(Greatest("updated_at", "published_at"))
        )["lastmod"]
        return [("home", latest), ("articles:list", latest)]

    def location(self, item):
        return reverse(item[0])

    def lastmod(self, item):
        return item[1]

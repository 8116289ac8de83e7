"""Scale the demo practice up to many published articles, for the benchmark."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from articles.models import Post


def scale_articles(total):
    """Add copies of the demo's published articles until `total` are published."""
    originals = list(Post.objects.published().select_related("author").prefetch_related("tags"))
    missing = total - len(originals)
    now = timezone.now()
    with transaction.atomic():
        for number in range(missing):
            original = originals[number % len(originals)]
            post = Post(
                title=f"{original.title} ({number + 1})",
                slug=f"{original.slug}-{number + 1}",
                author=original.author,
                excerpt=original.excerpt,
                body=original.body,
                status=Post.Status.PUBLISHED,
                published_at=now - timedelta(days=30 + number, hours=number % 24),
                featured_image=original.featured_image.name,
                featured_image_alt=original.featured_image_alt,
                featured_image_width=original.featured_image_width,
                featured_image_height=original.featured_image_height,
            )
            post.save()
            post.tags.set([tag.name for tag in original.tags.all()])
    return Post.objects.published().count()

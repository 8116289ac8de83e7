from django.urls import reverse

from articles.models import Post, PostRedirect


def record_slug_change(*, post: Post, old_slug: str) -> None:
    """Keep the address `post` had under `old_slug` leading to its new one."""
    old_path = reverse("articles:detail", kwargs={"slug": old_slug})
    PostRedirect.objects.update_or_create(old_path=old_path, defaults={"post": post})
    # Taking an old slug back: that address is the post's own again.
    PostRedirect.objects.filter(old_path=post.get_absolute_url()).delete()

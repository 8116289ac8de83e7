"""The demo practice's authors and articles, with pictures drawn for them."""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from articles.models import Author, Post
from practice.demo.article_texts import ARTICLES, AUTHORS, BODY_PICTURES
from practice.demo.pictures import draw_cover, draw_monogram
from practice.models import Image


def load():
    """Create the authors and articles that are missing; return what was created."""
    created = []
    authors = {}
    for spec in AUTHORS:
        author = Author.objects.filter(slug=spec["slug"]).first()
        if author is None:
            author = Author(
                slug=spec["slug"],
                name=spec["name"],
                credentials=spec["credentials"],
                bio=spec["bio"],
            )
            author.photo = ContentFile(
                draw_monogram(initials=spec["initials"], palette=spec["palette"]),
                name=f"{spec['slug']}.png",
            )
            author.save()
            created.append(f"author {author.name}")
        authors[spec["slug"]] = author

    existing = set(Post.objects.values_list("slug", flat=True))
    now = timezone.now()
    for spec in ARTICLES:
        if spec["slug"] in existing:
            continue
        post = Post(
            slug=spec["slug"],
            title=spec["title"],
            author=authors[spec["author"]],
            excerpt=spec["excerpt"],
            body=_body_with_picture(spec),
        )
        if spec["days_ago"] is None:
            post.status = Post.Status.DRAFT
        else:
            post.status = Post.Status.PUBLISHED
            post.published_at = (now - timedelta(days=spec["days_ago"])).replace(
                hour=9, minute=0, second=0, microsecond=0
            )
        if spec["picture"]:
            post.featured_image = ContentFile(
                draw_cover(**spec["picture"]), name=f"{spec['slug']}.jpg"
            )
            post.featured_image_alt = spec["alt"]
        post.save()
        post.tags.add(*spec["tags"])
        created.append(f"article “{post.title}” ({_state(post)})")
    return created


def _body_with_picture(spec):
    body = spec["body"].strip()
    extra = BODY_PICTURES.get(spec["slug"])
    if not extra:
        return body
    image = Image(
        alt_text=extra["alt"],
        file=ContentFile(draw_cover(**extra["picture"]), name=f"{spec['slug']}-figure.jpg"),
    )
    image.save()
    figure = (
        f'<figure><img src="{image.file.url}" alt="{extra["alt"]}">'
        f"<figcaption>{extra['caption']}</figcaption></figure>"
    )
    return body.replace(extra["after"], extra["after"] + figure, 1)


def _state(post):
    if post.status == Post.Status.DRAFT:
        return "draft"
    return "scheduled" if post.is_scheduled() else "published"

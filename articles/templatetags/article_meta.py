import json

from django import template
from django.utils.safestring import mark_safe

from practice.paths import slug_path

register = template.Library()


@register.simple_tag(takes_context=True)
def blog_posting_json_ld(context, post):
    """Return the JSON-LD BlogPosting that describes `post` to search engines."""
    request = context["request"]
    practice = context["practice"]
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": post.title,
        "description": post.seo_description or post.summary,
        "datePublished": post.published_at.isoformat() if post.published_at else None,
        "dateModified": max(post.updated_at, post.published_at or post.updated_at).isoformat(),
        "mainEntityOfPage": request.build_absolute_uri(post.get_absolute_url()),
        "author": {
            "@type": "Person",
            "name": post.author.name,
            "url": request.build_absolute_uri(post.author.get_absolute_url()),
        },
        "publisher": {"@type": "Organization", "name": practice.name},
        "keywords": [tag.name for tag in context.get("tags", [])],
    }
    if post.featured_image:
        data["image"] = request.build_absolute_uri(post.share_image_url())
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # Inside <script>, "</" would end the element: escape the characters HTML gives meaning to.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


@register.filter
def tag_url(tag):
    """Return the address of `tag`'s page."""
    return slug_path("articles:tag", tag.slug)

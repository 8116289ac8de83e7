import html
import re

from django.db import migrations, models
from django.utils.html import strip_tags

BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|figcaption|pre)>|<br\s*/?>", re.I)
UNSEARCHABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000-\uf8ff]")

INSERT = {
    "postgresql": "INSERT INTO articles_postgressearchdocument (post_id, title, tags, excerpt, body) "
    "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (post_id) DO NOTHING",
    "sqlite": "INSERT INTO articles_post_fts (rowid, title, tags, excerpt, body) "
    "VALUES (%s, %s, %s, %s, %s)",
}
INSERT_TRIGRAMS = "INSERT INTO articles_post_trigrams (rowid, title, tags) VALUES (%s, %s, %s)"


def searchable(text):
    return UNSEARCHABLE.sub(" ", text or "")


def fill_index(apps, schema_editor):
    """Index the posts that existed before search did (later saves keep the index current)."""
    Post = apps.get_model("articles", "Post")
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    post_type = ContentType.objects.filter(app_label="articles", model="post").first()
    tag_names = {}
    if post_type:
        for post_id, name in TaggedItem.objects.filter(content_type=post_type).values_list(
            "object_id", "tag__name"
        ):
            tag_names.setdefault(post_id, []).append(name)
    rows = [
        (
            pk,
            searchable(title),
            searchable(", ".join(sorted(tag_names.get(pk, [])))),
            searchable(excerpt),
            searchable(" ".join(html.unescape(strip_tags(BLOCK_END.sub(" ", body))).split())),
        )
        for pk, title, excerpt, body in Post.objects.values_list("pk", "title", "excerpt", "body")
    ]
    if rows:
        with schema_editor.connection.cursor() as cursor:
            cursor.executemany(INSERT[schema_editor.connection.vendor], rows)
            if schema_editor.connection.vendor == "sqlite":
                cursor.executemany(INSERT_TRIGRAMS, [row[:3] for row in rows])


class Migration(migrations.Migration):
    """On both databases: an index for checking matches' visibility, and the index filled."""

    dependencies = [
        ("articles", "0004_search_index_sqlite"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="post",
            index=models.Index(fields=["id", "status", "published_at"], name="post_visibility_by_id"),
        ),
        migrations.RunPython(fill_index, migrations.RunPython.noop, elidable=True),
    ]

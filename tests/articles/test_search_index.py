"""The search index follows every change to a post and its tags, however it is made."""

import importlib
from datetime import timedelta
from io import StringIO
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from taggit.models import Tag, TaggedItem

from articles.models import Post
from articles.search import search_index, search_posts
from tests.factories import make_author, make_post
from tests.imports.support import imported

pytestmark = pytest.mark.django_db


def found(query):
    return {post.title for post in search_posts(query).posts}


def indexed_post_ids():
    """Return the ids of the posts that have a row in the index, whatever the database."""
    table = {
        "postgresql": "articles_postgressearchdocument",
        "sqlite": "articles_post_fts",
    }[connection.vendor]
    key = "post_id" if connection.vendor == "postgresql" else "rowid"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {key} FROM {table}")
        return {row[0] for row in cursor.fetchall()}


def test_an_edited_article_is_found_under_its_new_words_at_once():
    post = make_post(title="Arguing well", body="<p>Fair fights.</p>")

    post.title = "Repair after a rupture"
    post.body = "<p>Reconnection takes patience.</p>"
    post.save()

    assert found("reconnection") == {"Repair after a rupture"}
    assert found("rupture") == {"Repair after a rupture"}
    assert found("fights") == set()
    assert found("arguing") == set()


def test_an_edited_excerpt_is_found():
    post = make_post(title="Sleep", body="<p>Rest.</p>")

    post.excerpt = "Insomnia and the couple."
    post.save()

    assert found("insomnia") == {"Sleep"}


def test_an_unpublished_article_is_gone_at_once():
    post = make_post(title="Boundaries", body="<p>Saying no kindly.</p>")
    assert found("kindly") == {"Boundaries"}

    post.status = Post.Status.DRAFT
    post.save()

    assert found("kindly") == set()


def test_a_rescheduled_article_is_gone_until_its_new_time():
    post = make_post(title="Boundaries", body="<p>Saying no kindly.</p>")

    post.published_at = timezone.now() + timedelta(days=7)
    post.save()

    assert found("kindly") == set()


def test_a_deleted_article_is_gone_and_leaves_nothing_in_the_index():
    post = make_post(title="Boundaries", body="<p>Saying no kindly.</p>", tags=["family"])
    post_id = post.pk

    post.delete()

    assert found("kindly") == set()
    assert post_id not in indexed_post_ids()


def test_articles_deleted_together_leave_nothing_in_the_index():
    kept = make_post(title="Kept", body="<p>Kindness.</p>")
    for number in range(3):
        make_post(title=f"Gone {number}", body="<p>Kindness.</p>")

    Post.objects.exclude(pk=kept.pk).delete()

    assert found("kindness") == {"Kept"}
    assert indexed_post_ids() == {kept.pk}


def test_an_added_tag_is_found_and_a_removed_one_is_not():
    post = make_post(title="Sundays", body="<p>Rest.</p>")

    post.tags.add("polyamory")
    assert found("polyamory") == {"Sundays"}

    post.tags.remove("polyamory")
    assert found("polyamory") == set()


def test_tags_set_and_cleared_are_followed():
    post = make_post(title="Sundays", body="<p>Rest.</p>", tags=["grief"])

    post.tags.set(["intimacy", "touch"])
    assert found("intimacy") == {"Sundays"}
    assert found("grief") == set()

    post.tags.clear()
    assert found("intimacy") == set()


def test_a_tag_linked_directly_is_found():
    post = make_post(title="Sundays", body="<p>Rest.</p>")

    TaggedItem.objects.create(content_object=post, tag=Tag.objects.create(name="Co-parenting"))

    assert found("parenting") == {"Sundays"}


def test_a_renamed_tag_is_found_under_its_new_name():
    make_post(title="Sundays", body="<p>Rest.</p>", tags=["nonmonogamy"])
    tag = Tag.objects.get(name="nonmonogamy")

    tag.name = "consensual nonmonogamy"
    tag.save()

    assert found("consensual") == {"Sundays"}


def test_a_deleted_tag_is_no_longer_found():
    make_post(title="Sundays", body="<p>Rest.</p>", tags=["polyamory"])

    Tag.objects.get(name="polyamory").delete()

    assert found("polyamory") == set()


def test_saving_in_the_admin_keeps_the_index_current(admin_client):
    post = make_post(title="Before", body="<p>Old words.</p>", tags=["grief"])

    response = admin_client.post(
        f"/admin/articles/post/{post.pk}/change/",
        {
            "title": "Attachment at midlife",
            "slug": post.slug,
            "author": post.author_id,
            "excerpt": "",
            "body": "<p>Secure attachment can be earned.</p>",
            "featured_image_alt": "",
            "tags": "midlife, attachment",
            "status": "published",
            "published_at_0": timezone.localtime(post.published_at).strftime("%Y-%m-%d"),
            "published_at_1": timezone.localtime(post.published_at).strftime("%H:%M:%S"),
            "seo_title": "",
            "seo_description": "",
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert found("earned") == {"Attachment at midlife"}
    assert found("midlife") == {"Attachment at midlife"}
    assert found("grief") == set()


def test_rebuilding_restores_an_index_that_lost_its_rows():
    make_post(title="Sundays", body="<p>Rest and renewal.</p>", tags=["sleep"])
    make_post(title="Mondays", body="<p>Renewal again.</p>", status=Post.Status.DRAFT)
    search_index().remove_all()
    assert found("renewal") == set()

    out = StringIO()
    call_command("rebuild_search_index", stdout=out)

    assert "2 articles" in out.getvalue()
    assert found("renewal") == {"Sundays"}
    assert found("sleep") == {"Sundays"}


def test_articles_written_before_search_existed_are_indexed_by_the_migration():
    make_post(title="Sundays", body="<p>Rest &amp; renewal.</p>", tags=["sleep"])
    search_index().remove_all()
    migration = importlib.import_module("articles.migrations.0005_search_index_fill")

    migration.fill_index(apps, SimpleNamespace(connection=connection))

    assert found("renewal") == {"Sundays"}
    assert found("sleep") == {"Sundays"}


@pytest.mark.skipif(connection.vendor != "sqlite", reason="a table of SQLite's index only")
def test_articles_written_before_ranking_by_their_opening_are_ranked_after_the_migration():
    make_post(title="Grief", body="<p>Notes.</p>", published_at=timezone.now() - timedelta(days=9))
    make_post(title="Sundays", body="<p>" + "Rest and notes. " * 30 + "Grief.</p>")
    migration = importlib.import_module("articles.migrations.0007_search_ranked_table_sqlite")
    editor = SimpleNamespace(connection=connection, execute=connection.cursor().execute)
    migration.drop_table(apps, editor)

    migration.create_table(apps, editor)

    assert [post.title for post in search_posts("grief").posts] == ["Grief", "Sundays"]


def test_an_imported_blog_is_found_at_once(tmp_path):
    (tmp_path / "2021-03-05-tending-the-bond.md").write_text(
        "---\ntitle: Tending the bond\nauthor: Maria Reyes\ntags: [attachment, couples]\n---\n\n"
        "Small rituals of reconnection keep a couple close.\n"
    )

    imported(tmp_path)

    assert found("bonds") == {"Tending the bond"}
    assert found("reconnection") == {"Tending the bond"}
    assert found("couples") == {"Tending the bond"}


def test_an_article_by_a_new_author_is_indexed_when_created():
    Post.objects.create(
        title="Created in the shell",
        slug="created-in-the-shell",
        author=make_author(),
        body="<p>Mindfulness.</p>",
        status=Post.Status.PUBLISHED,
        published_at=timezone.now(),
    )

    assert found("mindfulness") == {"Created in the shell"}

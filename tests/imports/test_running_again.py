"""Running an import twice, trying it first with --dry-run, and what it shows while it runs."""

import pytest

from articles.models import Post
from practice.models import Image
from tests.imports.support import (
    FIXTURES,
    Terminal,
    copy_fixture,
    database_state,
    files_in,
    imported,
    put_image,
    run_import,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def uploads(tmp_path):
    folder = tmp_path / "uploads"
    put_image(folder, "2024/03/window-light.jpg", width=2000, height=1333)
    put_image(folder, "2024/03/harbour-dusk.jpg", width=1800, height=1000, colour="#203040")
    put_image(folder, "2023/11/trail.jpg", width=640, height=427, colour="#305020")
    return folder


@pytest.fixture
def export(tmp_path):
    return copy_fixture("wordpress.xml", tmp_path)


def test_a_second_run_duplicates_nothing(export, uploads, media_root):
    imported(export, "--media-dir", uploads, "--hashtags-to-tags")
    state = database_state()
    files = files_in(media_root)

    output = imported(export, "--media-dir", uploads, "--hashtags-to-tags")

    assert "Summary: 0 created, 0 updated, 5 unchanged, 2 skipped, 0 failed" in output
    assert "0 image(s) imported" in output
    assert database_state() == state
    assert files_in(media_root) == files


def test_a_second_run_updates_what_changed_in_the_export(export, uploads):
    imported(export, "--media-dir", uploads)
    first = Post.objects.get(slug="listening-without-fixing")
    export.write_text(
        export.read_text()
        .replace("<![CDATA[Listening without fixing]]>", "<![CDATA[Listening, not fixing]]>")
        .replace("arrives fast.", "arrives fast, and it means well.")
    )

    output = imported(export, "--media-dir", uploads)

    assert "Summary: 0 created, 1 updated, 4 unchanged" in output
    assert "updated  “Listening, not fixing” (item 1) → /articles/listening-without-fixing/" in (
        output
    )
    post = Post.objects.get(slug="listening-without-fixing")
    assert post.pk == first.pk
    assert post.title == "Listening, not fixing"
    assert "it means well" in post.body
    assert Post.objects.count() == 5
    assert Image.objects.count() == 2


def test_a_post_found_by_its_old_address_keeps_its_record_when_its_slug_changes(export, client):
    imported(export)
    first = Post.objects.get(slug="the-long-weekend")
    export.write_text(
        export.read_text().replace(
            "<wp:post_name><![CDATA[the-long-weekend]]>",
            "<wp:post_name><![CDATA[a-long-weekend-together]]>",
        )
    )

    imported(export)

    post = Post.objects.get(pk=first.pk)
    assert post.slug == "a-long-weekend-together"
    assert client.get("/articles/the-long-weekend/")["Location"] == (
        "/articles/a-long-weekend-together/"
    )
    assert client.get("/2023/11/the-long-weekend/")["Location"] == (
        "/articles/a-long-weekend-together/"
    )


def test_the_same_markdown_folder_twice_duplicates_nothing(tmp_path):
    posts = copy_fixture("markdown", tmp_path)
    put_image(posts, "content/posts/holding-on/harbour.jpg")
    imported(posts)
    state = database_state()

    output = imported(posts)

    assert "0 created, 0 updated, 4 unchanged, 1 skipped" in output
    assert database_state() == state


def test_a_dry_run_says_what_would_happen_and_changes_nothing(export, uploads, media_root):
    state = database_state()
    files = files_in(media_root)

    output = imported(export, "--media-dir", uploads, "--dry-run")

    assert "would create  “Listening without fixing” (item 1) → /articles/" in output
    assert "Summary: 5 created, 0 updated, 0 unchanged, 2 skipped, 0 failed" in output
    assert "3 image(s) would be imported" in output
    assert "2 author(s) would be created (Maria Reyes, Tomasz Nowak)" in output
    assert "Dry run: nothing was changed." in output
    assert database_state() == state
    assert files_in(media_root) == files


def test_a_dry_run_after_an_import_finds_nothing_to_do(export, uploads):
    imported(export, "--media-dir", uploads)
    state = database_state()

    output = imported(export, "--media-dir", uploads, "--dry-run")

    assert "Summary: 0 created, 0 updated, 5 unchanged" in output
    assert database_state() == state


def test_a_dry_run_reports_failures_without_stopping(tmp_path):
    (tmp_path / "untitled.md").write_text("---\nauthor: Maria\ndate: 2024-01-01\n---\nHi.\n")

    output, error = run_import(tmp_path, "--dry-run")

    assert error is None
    assert "failed  untitled.md: it has no title" in output


def test_a_terminal_shows_a_progress_bar():
    terminal = Terminal()

    run_import(FIXTURES / "wordpress.xml", stdout=terminal)

    shown = terminal.getvalue()
    assert "\r[" + "#" * 30 + "] 7/7 An old announcement" in shown
    assert "] 1/7 Listening without fixing" in shown
    assert shown.index("7/7") < shown.index("Summary:")


def test_output_to_a_file_or_a_pipe_has_no_progress_bar():
    output = imported(FIXTURES / "wordpress.xml")

    assert "\r" not in output
    assert "[####" not in output


def test_the_summary_lists_what_was_skipped_and_failed_with_reasons(tmp_path):
    export = copy_fixture("wordpress.xml", tmp_path)
    export.write_text(
        export.read_text().replace(
            "<title><![CDATA[Holiday hours]]></title>", "<title><![CDATA[]]></title>"
        )
    )

    output, error = run_import(export)

    assert "skipped  “About the practice” (item 7): it is a page, not a blog post" in output
    assert "failed  item 5: it has no title" in output
    assert "Summary: 4 created, 0 updated, 0 unchanged, 2 skipped, 1 failed" in output
    assert "1 post(s) could not be imported (see “failed” above); everything else was." in error
    assert Post.objects.count() == 4

"""A broken or hostile export is refused with a clear message, and nothing changes."""

import errno
import zipfile

import pytest

from articles.models import Post
from practice.uploads import MediaStorage
from tests.factories import make_post
from tests.imports.support import (
    database_state,
    files_in,
    imported,
    put_image,
    run_import,
    wxr,
    wxr_post,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def existing_blog():
    """Something already in the database, which a refused import must leave as it was."""
    make_post(title="Already here", slug="already-here", tags=["calm"])


def refused(path):
    """Run the import of `path`, which must be refused; return the error message."""
    state = database_state()
    output, error = run_import(path)
    assert error, output
    assert database_state() == state
    assert "Nothing was imported." in error
    return error


def test_a_billion_laughs_bomb_is_refused(tmp_path):
    export = tmp_path / "export.xml"
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
    )
    document = wxr(wxr_post(title="&lol9;"))
    export.write_text(document.replace("<rss", f"<!DOCTYPE rss [{entities}]>\n<rss", 1))

    error = refused(export)

    assert "declares XML entities (“lol0”)" in error
    assert "XML bomb" in error


def test_a_quadratic_blowup_bomb_is_refused(tmp_path):
    export = tmp_path / "export.xml"
    entity = '<!ENTITY big "' + "x" * 50_000 + '">'
    document = wxr(wxr_post(body="&big;" * 5_000))
    export.write_text(document.replace("<rss", f"<!DOCTYPE rss [{entity}]>\n<rss", 1))

    error = refused(export)

    assert "declares XML entities (“big”)" in error


def test_an_external_entity_is_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("the therapist's private notes")
    export = tmp_path / "export.xml"
    document = wxr(wxr_post(title="&notes;"))
    export.write_text(
        document.replace(
            "<rss", f'<!DOCTYPE rss [<!ENTITY notes SYSTEM "file://{secret}">]>\n<rss', 1
        )
    )

    error = refused(export)

    assert (
        f"refers to another file or address through an XML entity (“notes” → file://{secret})"
        in error
    )
    assert "private notes" not in error
    assert not Post.objects.filter(title__contains="private notes").exists()


def test_an_external_dtd_is_not_fetched(tmp_path):
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY notes "fetched from the outside">')
    export = tmp_path / "export.xml"
    document = wxr(wxr_post(title="&notes;"))
    export.write_text(document.replace("<rss", f'<!DOCTYPE rss SYSTEM "file://{dtd}">\n<rss', 1))

    error = refused(export)

    assert "is not well-formed XML: undefined entity" in error
    assert not Post.objects.filter(title__contains="fetched").exists()


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    export = tmp_path / "huge.xml"
    with export.open("wb") as file:
        file.truncate(200 * 1024 * 1024)

    error = refused(export)

    assert "huge.xml is 200.0 MB; an export can be at most 100 MB." in error


def test_a_file_cut_short_says_where(tmp_path):
    export = tmp_path / "export.xml"
    export.write_text(wxr(wxr_post(), wxr_post(slug="second"))[:-40])

    error = refused(export)

    assert "export.xml is not well-formed XML: unclosed token on line 3, column" in error
    assert "The export may be cut short or damaged: export it again." in error


def test_latin1_text_in_a_file_that_says_utf8_is_named_as_such(tmp_path):
    export = tmp_path / "export.xml"
    export.write_bytes(wxr(wxr_post(title="Café au lait")).encode("latin-1"))

    error = refused(export)

    assert "export.xml says it is UTF-8 text, but it is not: byte 0xE9 on line 3" in error
    assert "It looks like Windows-1252 (Western European) text." in error


def test_an_encoding_nobody_knows_is_named(tmp_path):
    export = tmp_path / "export.xml"
    export.write_text(wxr(wxr_post()).replace('encoding="UTF-8"', 'encoding="klingon-8"'))

    error = refused(export)

    assert "says its text is in the encoding “klingon-8”, which is not one we know" in error


def test_a_zip_archive_is_recognised(tmp_path):
    export = tmp_path / "export.xml"
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("export.xml", wxr(wxr_post()))

    error = refused(export)

    assert "export.xml is a zip archive. Unzip it and import the .xml file inside." in error


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "is empty (0 bytes)"),
        ("title,date\nHello,2024-01-01\n", "is not an XML export: it starts with “title,date"),
        ('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "it is a <feed> document"),
        ("<rss><channel><item><title>A</title></item></channel></rss>", "is an RSS feed"),
    ],
)
def test_files_that_are_not_exports_are_refused(tmp_path, content, message):
    export = tmp_path / "export.xml"
    export.write_text(content)

    assert message in refused(export)


def test_a_declared_latin1_export_is_read_in_its_own_encoding(tmp_path):
    export = tmp_path / "export.xml"
    document = wxr(wxr_post(title="Café au lait", body="<p>Déjà vu.</p>"))
    export.write_bytes(document.replace("UTF-8", "ISO-8859-1").encode("latin-1"))

    imported(export)

    post = Post.objects.get(slug="a-post")
    assert (post.title, post.body) == ("Café au lait", "<p>Déjà vu.</p>")


def test_a_utf16_export_with_a_byte_order_mark_is_read(tmp_path):
    export = tmp_path / "export.xml"
    export.write_bytes(
        wxr(wxr_post(title="Naïve hope")).replace("UTF-8", "UTF-16").encode("utf-16")
    )

    imported(export)

    assert Post.objects.get(slug="a-post").title == "Naïve hope"


def test_control_characters_pasted_into_the_old_blog_are_removed_and_said(tmp_path):
    export = tmp_path / "export.xml"
    export.write_text(wxr(wxr_post(body="<p>Before\x10after\x18.</p>")))

    output = imported(export)

    assert Post.objects.get(slug="a-post").body == "<p>Beforeafter.</p>"
    assert "Removed 2 invisible control character(s) that XML does not allow" in output


def test_storage_failing_half_way_rolls_everything_back(tmp_path, media_root, monkeypatch):
    media = tmp_path / "uploads"
    put_image(media, "first.jpg")
    put_image(media, "second.jpg", colour="#102030")
    export = tmp_path / "export.xml"
    export.write_text(
        wxr(
            wxr_post(slug="first", body='<p><img src="https://old.example/first.jpg" alt=""></p>'),
            wxr_post(
                slug="second", body='<p><img src="https://old.example/second.jpg" alt=""></p>'
            ),
        )
    )
    files_before = files_in(media_root)
    state = database_state()
    original_save = MediaStorage._save

    def full_after_the_first_image(self, name, content):
        if "second" in name:
            raise OSError(errno.ENOSPC, "No space left on device")
        return original_save(self, name, content)

    monkeypatch.setattr(MediaStorage, "_save", full_after_the_first_image)

    output, error = run_import(export, "--media-dir", media)

    assert "An image could not be stored (No space left on device), so nothing was imported" in (
        error
    )
    assert database_state() == state
    assert files_in(media_root) == files_before

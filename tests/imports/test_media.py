import base64

import pytest

from articles.importing.media import EmbeddedImage, ImageFinder, NotFound, OwnMedia, SourceFile
from tests.factories import image_bytes, make_image
from tests.imports.support import put_image

pytestmark = pytest.mark.django_db


def test_the_longest_matching_end_of_the_address_wins(tmp_path):
    right = put_image(tmp_path, "2021/03/photo.jpg")
    put_image(tmp_path, "2019/05/photo.jpg")

    found = ImageFinder(tmp_path).find("https://old.example/wp-content/uploads/2021/03/photo.jpg")

    assert found == SourceFile(right)


def test_the_original_is_preferred_to_wordpress_resized_copies(tmp_path):
    original = put_image(tmp_path, "2021/03/photo.jpg")
    put_image(tmp_path, "2021/03/photo-300x200.jpg")
    scaled_original = put_image(tmp_path, "2021/04/big.jpg")

    finder = ImageFinder(tmp_path)

    assert finder.find("https://old.example/2021/03/photo-300x200.jpg") == SourceFile(original)
    assert finder.find("https://old.example/2021/04/big-scaled.jpg") == SourceFile(scaled_original)


def test_two_files_of_the_same_name_and_no_folder_to_tell_them_apart_are_not_guessed(tmp_path):
    put_image(tmp_path, "a/image-asset.jpeg")
    put_image(tmp_path, "b/image-asset.jpeg")

    found = ImageFinder(tmp_path).find("https://cdn.example/c/image-asset.jpeg")

    assert isinstance(found, NotFound)
    assert "2 files named image-asset.jpeg in the media folder" in found.reason


def test_names_are_matched_whatever_their_case_and_encoding(tmp_path):
    path = put_image(tmp_path, "Summer Photo.JPG")

    assert ImageFinder(tmp_path).find("https://old.example/summer%20photo.jpg") == SourceFile(path)


def test_a_markdown_path_is_read_beside_the_file_but_never_outside_the_folders_given(tmp_path):
    posts = tmp_path / "posts"
    beside = put_image(posts, "bundle/picture.jpg")
    put_image(tmp_path, "secret.jpg")
    finder = ImageFinder(None, roots=(posts,))

    assert finder.find("picture.jpg", near=posts / "bundle") == SourceFile(beside)
    assert isinstance(finder.find("../../secret.jpg", near=posts / "bundle"), NotFound)


def test_an_image_already_in_this_sites_media_is_recognised(settings):
    image = make_image()

    found = ImageFinder(None).find(f"{settings.SITE_URL}{image.file.url}")

    assert found == OwnMedia(image.file.name)
    assert isinstance(
        ImageFinder(None).find(f"https://elsewhere.example{image.file.url}"), NotFound
    )


def test_an_image_embedded_as_data_is_read_and_checked():
    png = image_bytes(width=40, height=30, image_format="PNG")
    found = ImageFinder(None).find("data:image/png;base64," + base64.b64encode(png).decode())

    assert found == EmbeddedImage(png, "embedded-image.png")
    assert found.read() == png
    assert isinstance(ImageFinder(None).find("data:image/png;base64,not base64!"), NotFound)
    assert isinstance(ImageFinder(None).find("data:text/html;base64,PGI+"), NotFound)

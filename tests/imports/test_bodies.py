import pytest

from articles.importing.bodies import (
    normalise,
    paragraphs_from_text,
    take_trailing_hashtags,
    tidied,
)


@pytest.mark.parametrize(
    ("body", "kept", "tags"),
    [
        ("<p>Enough.</p>\n<p>#intimacy #repair</p>", "<p>Enough.</p>", ["intimacy", "repair"]),
        (
            "<p>Thanks for reading. #rest, #self-care.</p>",
            "<p>Thanks for reading.</p>",
            ["rest", "self-care"],
        ),
        (
            '<p>Kind words.</p><p><a href="/t/a">#one</a><br><strong>#two</strong></p>',
            "<p>Kind words.</p>",
            ["one", "two"],
        ),
        ("<p>Text.</p><p>#a</p><p>#b #c</p>", "<p>Text.</p>", ["a", "b", "c"]),
        ("<p>We're #1 and C# is fine</p>", "<p>We're #1 and C# is fine</p>", []),
        ("<p>The #middle of a sentence.</p>", "<p>The #middle of a sentence.</p>", []),
        ("<p>It&#8217;s #fine</p>", "<p>It&#8217;s</p>", ["fine"]),
        ("<ul><li>#not-a-paragraph</li></ul>", "<ul><li>#not-a-paragraph</li></ul>", []),
    ],
)
def test_only_hashtags_that_end_the_body_are_taken(body, kept, tags):
    assert take_trailing_hashtags(body) == (kept, tags)


def test_squarespace_lazy_images_keep_one_copy_with_their_source():
    body = (
        '<div class="sqs-block"><noscript><img src="https://cdn.example/a.jpg" alt="A"></noscript>'
        '<img class="thumb-image" data-src="https://cdn.example/a.jpg" alt="A"></div>'
        '<img data-image="https://cdn.example/b.jpg" alt="B">'
    )

    assert normalise(body) == (
        '<p><img src="https://cdn.example/a.jpg" alt="A"></p>'
        '<img src="https://cdn.example/b.jpg" alt="B">'
    )


def test_headings_move_down_when_the_body_uses_the_titles_level():
    assert normalise("<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4>") == (
        "<h2>One</h2><h3>Two</h3><h3>Three</h3><h3>Four</h3>"
    )
    assert normalise("<h2>Two</h2><h6>Six</h6>") == "<h2>Two</h2><h3>Six</h3>"


def test_an_image_linked_to_its_own_bigger_copy_loses_the_link():
    body = (
        '<a href="https://old.example/big.jpg"><img src="https://old.example/small.jpg" alt=""></a>'
    )

    assert normalise(body) == '<img src="https://old.example/small.jpg" alt="">'


def test_text_in_divs_stays_in_separate_paragraphs():
    assert normalise("<div>First line</div><div>Second line</div>") == (
        "<p>First line</p><p>Second line</p>"
    )


def test_classic_editor_text_gets_paragraphs_and_line_breaks():
    text = "One.\n\nTwo,\nthree.\n \n<h3>Four</h3>\n\n<ul><li>Five</li></ul>"

    assert paragraphs_from_text(text) == (
        "<p>One.</p>\n<p>Two,<br>three.</p>\n<h3>Four</h3>\n<ul><li>Five</li></ul>"
    )


def test_a_figure_holds_its_image_and_caption_without_paragraphs():
    body = (
        '<figure>\n  <p>\n    <img src="/a.jpg" alt="">\n  </p>\n'
        "  <figcaption><p>Hi.</p></figcaption>\n</figure>"
    )

    assert (
        tidied(body)
        == '<figure>\n<img src="/a.jpg" alt="">\n<figcaption>Hi.</figcaption>\n</figure>'
    )

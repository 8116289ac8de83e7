import re
from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Post
from tests.factories import image_upload, make_author, make_post

pytestmark = pytest.mark.django_db

BODY = """<p>Opening words of the article.</p>
<h2>Where it starts</h2><p>First section.</p>
<h2>Where it starts</h2><p>A second heading with the same words.</p>
<h3>A smaller step</h3><p>More.</p>"""


def days_ago(days):
    return timezone.now() - timedelta(days=days)


@pytest.fixture
def article():
    author = make_author(
        name="Dr. Elena Marsh",
        slug="elena-marsh",
        credentials="LMFT",
        bio="Elena works with couples.\n\nShe walks in all weather.",
        photo=image_upload(name="elena.jpg", width=600, height=600),
    )
    return make_post(
        title="When you keep having the same fight",
        slug="same-fight",
        author=author,
        body=BODY,
        published_at=days_ago(10),
        featured_image=image_upload(width=1800, height=1000),
        featured_image_alt="Hills at dusk",
        tags=["communication", "relationships"],
    )


def test_the_article_page_shows_everything_a_reader_expects(client, article):
    content = client.get("/articles/same-fight/").content.decode()

    assert '<h1 class="article__title">When you keep having the same fight</h1>' in content
    assert f'<time datetime="{timezone.localtime(article.published_at).isoformat()}">' in content
    assert 'By <a href="/articles/authors/elena-marsh/" rel="author">Dr. Elena Marsh</a>' in content
    assert "1 min read" in content
    assert 'alt="Hills at dusk"' in content
    assert "<p>Opening words of the article.</p>" in content
    assert '<a href="/articles/tags/communication/" rel="tag">#communication</a>' in content
    assert '<a href="/articles/tags/relationships/" rel="tag">#relationships</a>' in content
    assert 'href="/book/?from=same-fight"' in content
    author_box = content[content.index('<aside class="author-box"') :]
    assert "Dr. Elena Marsh" in author_box
    assert "LMFT" in author_box
    assert "<p>Elena works with couples.</p>" in author_box
    assert '<picture class="author-photo">' in author_box
    assert "Updated" not in content


def test_dates_read_as_day_month_year_and_carry_the_exact_local_time(client, article):
    neighbour = make_post(title="Another fight", published_at=days_ago(20), tags=["communication"])
    content = client.get("/articles/same-fight/").content.decode()

    for post in (article, neighbour):
        published = timezone.localtime(post.published_at)
        day = f"{published.day} {published.strftime('%B')} {published.year}"
        assert f'<time datetime="{published.isoformat()}">{day}</time>' in content


def test_an_image_description_is_escaped_in_the_page(client):
    make_post(
        slug="dusk",
        featured_image=image_upload(width=1800, height=1000),
        featured_image_alt='Hills at "dusk" & <dawn>',
    )

    content = client.get("/articles/dusk/").content.decode()

    assert 'alt="Hills at &quot;dusk&quot; &amp; &lt;dawn&gt;"' in content
    assert "<dawn>" not in content


def test_headings_get_anchor_ids_that_do_not_repeat(client, article):
    content = client.get("/articles/same-fight/").content.decode()

    assert '<h2 id="where-it-starts">Where it starts</h2>' in content
    assert '<h2 id="where-it-starts-2">Where it starts</h2>' in content
    assert '<h3 id="a-smaller-step">A smaller step</h3>' in content


def test_an_article_edited_on_a_later_day_says_when(client, article):
    Post.objects.filter(pk=article.pk).update(created_at=days_ago(10), updated_at=days_ago(2))

    content = client.get("/articles/same-fight/").content.decode()

    assert "Updated <time" in content


def test_the_featured_image_is_responsive_and_loads_first(client, article):
    content = client.get("/articles/same-fight/").content.decode()
    hero = re.search(r'<figure class="article__image">(.*?)</figure>', content, re.S).group(1)

    assert '<source type="image/webp" srcset="' in hero
    assert "480w" in hero and "960w" in hero and "1600w" in hero
    assert 'sizes="' in hero
    assert 'width="1600" height="889"' in hero
    assert 'fetchpriority="high"' in hero and 'loading="lazy"' not in hero


def test_previous_and_next_are_by_publication_date_with_titles(client):
    author = make_author()
    older = make_post(title="Older one", author=author, published_at=days_ago(30))
    middle = make_post(title="Middle one", author=author, published_at=days_ago(20))
    newer = make_post(title="Newer one", author=author, published_at=days_ago(10))
    make_post(title="A draft", author=author, status=Post.Status.DRAFT, published_at=None)
    make_post(title="Scheduled", author=author, published_at=timezone.now() + timedelta(days=3))

    content = client.get(middle.get_absolute_url()).content.decode()
    nav = content[content.index('<nav class="post-nav"') :]

    assert f'href="{older.get_absolute_url()}" rel="prev"' in nav
    assert "Older one" in nav
    assert f'href="{newer.get_absolute_url()}" rel="next"' in nav
    assert "Newer one" in nav
    newest_page = client.get(newer.get_absolute_url()).content.decode()
    assert 'rel="next"' not in newest_page
    assert "Scheduled" not in newest_page


def test_three_related_articles_share_the_most_tags(client):
    post = make_post(tags=["anxiety", "attachment", "grief"])
    two_shared = make_post(title="Two shared", tags=["anxiety", "attachment"])
    three_shared = make_post(title="Three shared", tags=["anxiety", "attachment", "grief"])
    one_shared_new = make_post(title="One shared, newer", tags=["grief"])
    make_post(title="One shared, older", tags=["anxiety"], published_at=days_ago(40))
    make_post(title="Nothing shared", tags=["desire"])
    make_post(title="Draft shares all", tags=["anxiety", "attachment"], status="draft")

    response = client.get(post.get_absolute_url())

    related = list(response.context["related_posts"])
    assert related == [three_shared, two_shared, one_shared_new]
    section = response.content.decode().split('<section class="related"')[1]
    assert "Three shared" in section and "Draft shares all" not in section


@pytest.mark.parametrize(
    "kwargs",
    [
        {"status": Post.Status.DRAFT, "published_at": None},
        {"status": Post.Status.DRAFT, "published_at": timezone.now() - timedelta(days=1)},
        {"published_at": timezone.now() + timedelta(hours=2)},
    ],
    ids=["draft", "draft-with-date", "scheduled"],
)
def test_drafts_and_scheduled_articles_are_404_to_visitors(client, kwargs):
    post = make_post(**kwargs)

    response = client.get(post.get_absolute_url())

    assert response.status_code == 404
    assert "We couldn’t find that page" in response.content.decode()


def test_a_scheduled_article_appears_by_itself_when_its_time_comes(client):
    post = make_post(published_at=timezone.now() + timedelta(hours=2))
    assert client.get(post.get_absolute_url()).status_code == 404

    Post.objects.filter(pk=post.pk).update(published_at=timezone.now() - timedelta(seconds=1))

    assert client.get(post.get_absolute_url()).status_code == 200
    assert post.title in client.get("/articles/").content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/articles/no-such-article/",
        "/articles/?page=99",
        "/articles/?page=abc",
        "/articles/tags/no-such-tag/",
        "/articles/authors/nobody/",
        "/articles/tags/anxiety/?page=5",
    ],
)
def test_unknown_addresses_and_pages_past_the_end_are_404(client, path):
    make_post(tags=["anxiety"])

    assert client.get(path).status_code == 404


def test_a_tag_used_only_by_drafts_is_404(client):
    make_post(status=Post.Status.DRAFT, published_at=None, tags=["secret-topic"])

    assert client.get("/articles/tags/secret-topic/").status_code == 404


def test_the_list_is_newest_first_and_paginated(client):
    author = make_author()
    for day in range(14):
        make_post(title=f"Day {day} article", author=author, published_at=days_ago(day + 1))

    first = client.get("/articles/")
    second = client.get("/articles/?page=2")

    titles = [post.title for post in first.context["post_list"]]
    assert titles == [f"Day {day} article" for day in range(12)]
    assert [post.title for post in second.context["post_list"]] == [
        "Day 12 article",
        "Day 13 article",
    ]
    assert 'href="?page=2"' in first.content.decode()
    assert "<title>Articles, page 2 · " in second.content.decode()


def test_the_tag_page_lists_its_published_articles(client):
    make_post(title="About anxiety", tags=["anxiety"])
    make_post(title="About grief", tags=["grief"])
    make_post(title="Draft on anxiety", tags=["anxiety"], status="draft", published_at=None)

    content = client.get("/articles/tags/anxiety/").content.decode()

    assert "<h1>#anxiety</h1>" in content
    assert "About anxiety" in content
    assert "About grief" not in content and "Draft on anxiety" not in content
    assert "1 article about anxiety" in content


def test_the_author_page_shows_the_bio_and_their_articles(client):
    author = make_author(
        name="Jonah Whitfield", slug="jonah", credentials="MA", bio="Works with groups."
    )
    make_post(title="Jonah's article", author=author)
    make_post(title="Someone else's")
    make_post(title="Jonah's draft", author=author, status="draft", published_at=None)

    content = client.get("/articles/authors/jonah/").content.decode()

    assert '<h1 class="author-header__name">Jonah Whitfield</h1>' in content
    assert "Works with groups." in content
    assert "Jonah&#x27;s article" in content
    assert "Someone else" not in content and "Jonah&#x27;s draft" not in content


def test_the_home_page_shows_the_latest_published_articles(client):
    author = make_author()
    for day in range(8):
        make_post(title=f"Home article {day}", author=author, published_at=days_ago(day + 1))
    make_post(title="Home draft", status="draft", published_at=None)

    content = client.get("/").content.decode()

    assert "Home article 0" in content and "Home article 5" in content
    assert "Home article 6" not in content and "Home draft" not in content
    assert 'href="/articles/"' in content

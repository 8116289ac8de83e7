"""Each public page runs the same number of queries however much there is to show."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from practice.models import Page, PracticeProfile
from tests.articles.search_engines import RANKING_QUERIES, SITE_INDEX_QUERIES
from tests.factories import image_upload, make_author, make_post

pytestmark = pytest.mark.django_db

TAGS = ["anxiety", "attachment", "grief", "desire", "repair", "boundaries"]

# (path, queries): the practice profile is one query on every page, and so is the time of the
# next scheduled article, which the page cache looks up once per content version. The first
# article or search page after a change also builds the site index (see articles.site_index).
PAGES = [
    ("/", 3),
    ("/articles/", 4),
    ("/articles/article-0/", 3 + SITE_INDEX_QUERIES),
    ("/articles/tags/anxiety/", 6),
    ("/articles/authors/author-a/", 5),
    ("/articles/feed/", 4),
    ("/articles/feed/atom/", 4),
    ("/sitemap.xml", 9),
    # The page's posts and their tags come from the site index; then ranking, and excerpts.
    ("/search/?q=article", 2 + SITE_INDEX_QUERIES + RANKING_QUERIES + 1),
    ("/about/", 3),
]


def fill(count, *, with_images):
    PracticeProfile.load()
    Page.objects.create(title="About", slug="about", body="<p>About us.</p>")
    authors = [make_author(slug="author-a"), make_author(slug="author-b")]
    now = timezone.now()
    for number in range(count):
        make_post(
            title=f"Article {number}",
            slug=f"article-{number}",
            author=authors[number % 2],
            published_at=now - timedelta(days=count - number),
            tags=["anxiety", *TAGS[number % 3 : number % 3 + 3]],
            **(
                {
                    "featured_image": image_upload(width=600, height=400),
                    "featured_image_alt": "A picture",
                }
                if with_images
                else {}
            ),
        )
    make_post(title="A draft", status="draft", published_at=None, tags=["anxiety"])


def queries_for(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured)


@pytest.mark.parametrize("count", [1, 30])
@pytest.mark.parametrize(("path", "expected"), PAGES)
def test_a_public_page_runs_a_fixed_number_of_queries(client, count, path, expected):
    fill(count, with_images=count == 1)

    assert queries_for(client, path) == expected


def test_after_the_first_article_since_a_change_each_article_runs_one_query(client):
    fill(30, with_images=True)
    queries_for(client, "/articles/article-0/")

    assert queries_for(client, "/articles/article-15/") == 1
    assert queries_for(client, "/articles/article-29/") == 1


def test_the_article_page_with_thirty_related_posts_runs_as_many_queries_as_with_none(client):
    fill(1, with_images=False)
    alone = queries_for(client, "/articles/article-0/")
    for number in range(30):
        make_post(title=f"Related {number}", tags=TAGS)

    assert queries_for(client, "/articles/article-0/") == alone


def test_after_the_first_search_since_a_change_a_search_asks_only_the_search_index(client):
    fill(30, with_images=False)
    queries_for(client, "/search/?q=article")

    # Ranking and excerpts (and the tag asked for); the posts and their tags come from memory.
    assert queries_for(client, "/search/?q=anxiety") == RANKING_QUERIES + 1
    assert queries_for(client, "/search/?q=grief&tag=anxiety") == 1 + RANKING_QUERIES + 1

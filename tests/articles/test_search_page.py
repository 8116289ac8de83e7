"""The results page at /search/."""

import re
from datetime import datetime

import pytest
from django.utils import timezone

from articles.models import Post
from articles.search import MAX_QUERY_LENGTH
from tests.articles.search_engines import RANKING_QUERIES, SITE_INDEX_QUERIES
from tests.factories import make_post

pytestmark = pytest.mark.django_db


def results(content):
    """Return the titles listed on a results page, in order."""
    return re.findall(r'class="search-result__title"><a href="[^"]+">([^<]+)</a>', content)


def page(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response.content.decode()


def test_a_result_shows_its_title_date_author_excerpt_and_tags(client):
    post = make_post(
        title="Why bonding takes time",
        body="<p>Bonding with a new partner is slow work.</p>",
        published_at=timezone.make_aware(datetime(2026, 3, 14, 10, 0)),
        tags=["attachment", "couples"],
    )

    content = page(client, q="bonds")

    assert "1 article matches “bonds”" in content
    assert f'<a href="{post.get_absolute_url()}">Why bonding takes time</a>' in content
    assert '<time datetime="2026-03-14T10:00:00-04:00">14 March 2026</time>' in content
    assert post.author.name in content
    assert "<mark>Bonding</mark> with a new partner" in content
    assert 'href="?q=bonds&amp;tag=attachment"' in content
    assert 'href="?q=bonds&amp;tag=couples"' in content


def test_the_count_covers_every_page(client):
    for number in range(12):
        make_post(title=f"Sleep {number}", body="<p>Insomnia.</p>")

    content = page(client, q="insomnia")

    assert "12 articles match “insomnia”" in content
    assert len(results(content)) == 10


def test_pages_keep_the_query_and_the_tag(client):
    for number in range(12):
        make_post(title=f"Sleep {number}", body="<p>Insomnia.</p>", tags=["sleep"])

    first = page(client, q="insomnia", tag="sleep")
    second = page(client, q="insomnia", tag="sleep", page=2)

    assert 'href="?q=insomnia&amp;tag=sleep&amp;page=2">Next →</a>' in first
    assert 'href="?q=insomnia&amp;tag=sleep&amp;page=1">← Previous</a>' in second
    assert len(results(second)) == 2
    assert set(results(first)).isdisjoint(results(second))


def test_a_page_past_the_end_is_not_found(client):
    make_post(title="Sleep", body="<p>Insomnia.</p>")

    assert client.get("/search/", {"q": "insomnia", "page": 5}).status_code == 404


def test_the_tag_filter_says_so_and_offers_all_articles(client):
    make_post(title="Couples and anxiety", body="<p>Anxiety.</p>", tags=["Couples"])
    make_post(title="Anxiety at work", body="<p>Anxiety.</p>", tags=["Work"])

    content = page(client, q="anxiety", tag="couples")

    assert results(content) == ["Couples and anxiety"]
    assert "Only articles tagged <strong>Couples</strong>." in content
    assert '<a href="?q=anxiety">Search all articles</a>' in content
    assert '<input type="hidden" name="tag" value="couples">' in content


def test_an_empty_query_shows_how_to_search_and_popular_tags(client):
    for number in range(3):
        make_post(tags=["anxiety"], title=f"Anxiety {number}")
    make_post(tags=["grief", "anxiety"])
    make_post(tags=["grief"])
    make_post(tags=["hidden"], status=Post.Status.DRAFT)

    content = page(client, q="   ")

    assert "How to search" in content
    assert '<code>"safe haven"</code>' in content
    assert f"up to {MAX_QUERY_LENGTH} characters" in content
    topics = re.findall(r'<a href="/articles/tags/([^/]+)/" rel="tag">', content)
    assert topics == ["anxiety", "grief"]
    assert results(content) == []


def test_no_results_suggests_tags(client):
    make_post(title="Sleep", body="<p>Insomnia.</p>", tags=["sleep"])

    content = page(client, q="zzzqqqxx")

    assert "No articles match “zzzqqqxx”." in content
    assert "Check the spelling" in content
    assert "Or browse a topic" in content
    assert 'href="/articles/tags/sleep/"' in content


def test_a_misspelling_shows_similar_articles_and_says_so(client):
    make_post(title="The oxytocin myth", body="<p>A hormone.</p>", excerpt="About a hormone.")
    make_post(title="Sleep", body="<p>Rest.</p>")

    content = page(client, q="oxytocn")

    assert "Nothing matches “oxytocn” exactly. These articles have similar words" in content
    assert results(content) == ["The oxytocin myth"]
    assert "About a hormone." in content


def test_only_common_words_say_there_is_nothing_to_look_for(client):
    content = page(client, q="the and")

    assert "“the and” has nothing to look for" in content


def test_a_tag_without_words_lists_its_articles(client):
    make_post(title="Grief at work", tags=["grief"])

    content = page(client, tag="grief")

    assert "1 article tagged grief, newest first" in content
    assert results(content) == ["Grief at work"]


def test_a_long_query_is_cut_with_a_note(client):
    make_post(title="Worry", body="<p>Worry less.</p>")

    content = page(client, q="worry " * 2000)

    assert (
        f"Searches can be up to {MAX_QUERY_LENGTH} characters long, so only the beginning of "
        "yours was used" in content
    )
    value = re.search(r'id="search-q" type="search" name="q" value="([^"]*)"', content).group(1)
    assert 0 < len(value) <= MAX_QUERY_LENGTH
    assert results(content) == ["Worry"]


def test_a_short_query_has_no_note(client):
    make_post(title="Worry", body="<p>Worry less.</p>")

    assert "only the beginning of yours was used" not in page(client, q="worry")


def test_the_query_is_kept_in_the_search_boxes(client):
    content = page(client, q='"safe haven"')

    assert 'name="q" value="&quot;safe haven&quot;"' in content
    assert 'id="site-search-q" type="search" name="q" value="&quot;safe haven&quot;"' in content


def test_a_title_with_markup_is_shown_as_text(client):
    make_post(title="<em>Worry</em> & you", body="<p>Worry.</p>")

    content = page(client, q="worry")

    assert "&lt;em&gt;Worry&lt;/em&gt; &amp; you" in content
    assert "<em>Worry</em>" not in content


def test_search_pages_ask_not_to_be_indexed(client):
    assert '<meta name="robots" content="noindex">' in page(client, q="worry")


@pytest.mark.parametrize("matches", [3, 25])
def test_a_results_page_costs_the_same_queries_however_many_match(
    client, django_assert_num_queries, matches
):
    for number in range(matches):
        make_post(title=f"Sleep {number}", body="<p>Insomnia.</p>", tags=["sleep", "rest"])
    client.get("/search/", {"q": "warm up"})

    # The tag, the ranking, the excerpts, and what is looked up once per content version (the
    # warm-up made the practice profile, a change): the practice's profile, the page cache's
    # look at the next scheduled article, and the site index, which has the page's posts and
    # their tags.
    with django_assert_num_queries(4 + SITE_INDEX_QUERIES + RANKING_QUERIES):
        response = client.get("/search/", {"q": "insomnia", "tag": "sleep"})

    assert len(results(response.content.decode())) == min(matches, 10)


@pytest.mark.parametrize("tags", [1, 20])
def test_an_empty_search_costs_the_same_queries_however_many_tags(
    client, django_assert_num_queries, tags
):
    for number in range(tags):
        make_post(tags=[f"topic {number}"])
    client.get("/search/")

    # The popular tags, the profile and the page cache's look at the next scheduled article.
    with django_assert_num_queries(3):
        client.get("/search/")

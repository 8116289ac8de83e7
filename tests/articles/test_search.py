"""Finding articles: the same behaviour on SQLite (FTS5) and PostgreSQL (tsvector)."""

import re
import time
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from articles.models import Post
from articles.search import MAX_QUERY_LENGTH, parse_query, search_posts
from tests.factories import make_post

pytestmark = pytest.mark.django_db


def titles(query, **kwargs):
    return [post.title for post in search_posts(query, **kwargs).posts]


def found(query, **kwargs):
    return set(titles(query, **kwargs))


def beyond_the_opening(sentence):
    """Return an article body with `sentence` after the opening that ranking reads."""
    return "<p>" + "Some quiet notes on a long week. " * 12 + sentence + "</p>"


def test_the_database_answers_with_its_own_full_text_index():
    tables = connection.introspection.table_names()

    if connection.vendor == "postgresql":
        assert "articles_postgressearchdocument" in tables
        assert "articles_post_fts" not in tables
    else:
        assert "articles_post_fts" in tables
        assert "articles_postgressearchdocument" not in tables


def test_different_endings_of_a_word_find_each_other():
    make_post(title="Repair after conflict", body="<p>Bonding grows slowly.</p>")
    make_post(title="Money and couples", body="<p>Budgets, spending and saving.</p>")

    assert found("bonds") == {"Repair after conflict"}
    assert found("BONDED") == {"Repair after conflict"}


def test_every_word_must_be_in_the_article():
    make_post(title="Sleep", body="<p>Anxiety keeps many people awake.</p>")
    make_post(title="Worry", body="<p>Anxiety at work.</p>")

    assert found("anxiety awake") == {"Sleep"}


def test_quoted_words_must_appear_together():
    make_post(title="Together", body="<p>A partner can be a safe haven.</p>")
    make_post(title="Apart", body="<p>A haven is not always safe.</p>")

    assert found('"safe haven"') == {"Together"}
    assert found("safe haven") == {"Together", "Apart"}


def test_quoted_words_in_a_title_must_appear_together_there_too():
    make_post(title="Finding a safe haven", body="<p>Notes.</p>")
    make_post(title="A haven that felt safe", body="<p>Notes.</p>")
    make_post(title="Further in", body=beyond_the_opening("A safe haven."))

    assert found('"safe haven"') == {"Finding a safe haven", "Further in"}
    assert found('"haven that" or "safe haven"') == {
        "Finding a safe haven",
        "A haven that felt safe",
        "Further in",
    }


def test_or_finds_either_word():
    make_post(title="Loss", body="<p>Grief comes in waves.</p>")
    make_post(title="Envy", body="<p>Jealousy is a signal.</p>")
    make_post(title="Rest", body="<p>Sleep matters.</p>")

    assert found("grief or jealousy") == {"Loss", "Envy"}
    assert found("grief OR jealousy") == {"Loss", "Envy"}


def test_a_minus_sign_leaves_out_articles_with_the_word():
    make_post(title="Attachment in adults", body="<p>Attachment between partners.</p>")
    make_post(title="Attachment in infants", body="<p>Attachment and the infant.</p>")

    assert found("attachment -infant") == {"Attachment in adults"}
    assert found('attachment -"the infant"') == {"Attachment in adults"}


def test_a_title_match_ranks_above_a_body_mention():
    make_post(
        title="Jealousy in open relationships",
        body="<p>Feelings that arrive when a partner has another partner.</p>",
        published_at=timezone.now() - timedelta(days=30),
    )
    make_post(
        title="Weekly check-ins",
        body="<p>A check-in can touch on jealousy, on money and on chores.</p>",
        published_at=timezone.now() - timedelta(hours=1),
    )

    assert titles("jealousy") == ["Jealousy in open relationships", "Weekly check-ins"]


def test_a_title_with_every_word_ranks_above_a_title_with_some():
    make_post(
        title="Couples therapy, a first session",
        body="<p>What happens when you arrive.</p>",
        published_at=timezone.now() - timedelta(days=30),
    )
    make_post(
        title="Couples and money",
        body="<p>Budgets. Therapy can help with budgets, and therapy helps with rows.</p>",
        published_at=timezone.now() - timedelta(hours=1),
    )

    assert titles("couples therapy") == ["Couples therapy, a first session", "Couples and money"]


def test_a_tag_match_ranks_above_a_body_mention():
    make_post(title="Sundays", body="<p>Rest, and talking about grief.</p>")
    make_post(title="After a death", body="<p>Mourning has no timetable.</p>", tags=["grief"])

    assert titles("grief") == ["After a death", "Sundays"]


def test_a_word_only_far_into_the_body_finds_the_article_after_those_leading_with_it():
    far_in = beyond_the_opening("Then grief, at last.")
    make_post(title="Sunday one", body=far_in)
    make_post(title="Grief", body="<p>Notes.</p>", published_at=timezone.now() - timedelta(days=30))
    make_post(title="Sunday two", body=far_in)

    # Articles whose opening lacks the word are not ranked: the latest added come first.
    assert titles("grief") == ["Grief", "Sunday two", "Sunday one"]


def test_results_past_the_first_hundred_come_in_the_order_of_all_of_them():
    make_post(title="Far in", body=beyond_the_opening("Then grief, at last."))
    for number in range(102):
        make_post(title=f"Grief {number}", body="<p>Notes.</p>")
    posts = search_posts("grief").posts

    everything = [post.title for post in posts]

    assert len(everything) == 103
    assert everything[-1] == "Far in"
    assert [post.title for post in posts[100:103]] == everything[100:]
    assert [post.title for post in posts[95:105]] == everything[95:]


def test_a_word_cut_short_where_ranking_stops_reading_finds_nothing():
    # The body's opening, which ranking reads, ends inside "relationships".
    make_post(title="Long", body="<p>" + "a" * 290 + " relationships matter.</p>")
    make_post(title="Short", body="<p>Good relations with neighbours.</p>")

    assert found("relations") == {"Short"}
    assert found("relationships") == {"Long"}


def test_results_read_a_page_at_a_time_come_in_the_order_of_all_of_them():
    for number in range(4):
        make_post(title=f"Jealousy {number}", body="<p>Notes.</p>")
        make_post(title=f"Notes {number}", body="<p>Jealousy. " + "Jealousy. " * number + "</p>")
    posts = search_posts("jealousy").posts

    everything = [post.title for post in posts]
    page_by_page = [post.title for start in range(0, 8, 3) for post in posts[start : start + 3]]

    assert page_by_page == everything
    assert len(everything) == 8
    assert {title.split()[0] for title in everything[:4]} == {"Jealousy"}


def test_matches_are_marked_in_the_excerpt():
    make_post(title="Sleep", body="<p>Lying awake with anxiety is common.</p>")

    (post,) = search_posts("anxieties").posts

    assert "<mark>anxiety</mark>" in post.search_excerpt


def test_a_match_deep_in_a_long_article_is_shown_and_marked():
    opening = " ".join(["Paragraphs about money, chores and weekend plans."] * 150)
    make_post(title="A long read", body=f"<p>{opening}</p><p>Then, at last, oxytocin.</p>")

    (post,) = search_posts("oxytocin").posts

    assert "<mark>oxytocin</mark>" in post.search_excerpt
    assert post.search_excerpt.startswith("…")


def test_a_heading_does_not_run_into_the_next_paragraph_in_an_excerpt():
    make_post(title="After a fight", body="<h2>When you were hurt</h2><p>Repair takes time.</p>")

    (post,) = search_posts("repair").posts

    assert "When you were hurt — <mark>Repair</mark> takes time." in post.search_excerpt


def test_only_the_marks_are_html_everything_else_from_the_article_is_escaped():
    make_post(
        title="Speaking up",
        body="<p>Write &lt;b&gt;how&lt;/b&gt; you feel &amp; name the worry: "
        "&lt;script&gt;alert('x')&lt;/script&gt; is only text here. Worry shrinks.</p>",
    )

    (post,) = search_posts("worry").posts

    assert "<mark>worry</mark>" in post.search_excerpt.lower()
    assert set(re.findall(r"<[^>]*>", post.search_excerpt)) <= {"<mark>", "</mark>"}
    assert "&amp;" in post.search_excerpt


def test_drafts_and_scheduled_articles_are_never_found():
    make_post(title="Published", body="<p>Boundaries with family.</p>")
    make_post(title="Draft", body="<p>Boundaries at work.</p>", status=Post.Status.DRAFT)
    make_post(
        title="Scheduled",
        body="<p>Boundaries with friends.</p>",
        published_at=timezone.now() + timedelta(days=2),
    )

    assert found("boundaries") == {"Published"}


def test_a_scheduled_article_is_found_once_its_time_comes_with_nothing_run():
    due = timezone.now() + timedelta(seconds=2)
    make_post(title="Later", body="<p>Seasonal moods.</p>", published_at=due)
    assert found("seasonal") == set()

    time.sleep(max(0, (due - timezone.now()).total_seconds()) + 0.1)

    assert found("seasonal") == {"Later"}


def test_common_words_alone_find_nothing_and_say_so():
    make_post(title="The", body="<p>The and a.</p>")

    results = search_posts("the and")

    assert not results.query.has_words
    assert list(results.posts) == []


def test_a_query_of_exclusions_alone_has_nothing_to_look_for():
    make_post(title="Grief", body="<p>Grief.</p>")

    assert not search_posts("-grief").query.has_words


def test_a_tag_narrows_the_results():
    make_post(title="Couples and anxiety", body="<p>Anxiety.</p>", tags=["couples"])
    make_post(title="Anxiety at work", body="<p>Anxiety.</p>", tags=["work"])

    assert found("anxiety", tag="couples") == {"Couples and anxiety"}


def test_an_unknown_tag_is_ignored():
    make_post(title="Anxiety at work", body="<p>Anxiety.</p>", tags=["work"])

    results = search_posts("anxiety", tag="no-such-tag")

    assert results.tag is None
    assert [post.title for post in results.posts] == ["Anxiety at work"]


def test_a_tag_without_words_lists_its_articles_newest_first():
    make_post(title="Older", tags=["grief"], published_at=timezone.now() - timedelta(days=3))
    make_post(title="Newer", tags=["grief"], published_at=timezone.now() - timedelta(days=1))
    make_post(title="Other", tags=["sleep"])

    assert titles("", tag="grief") == ["Newer", "Older"]


def test_a_misspelt_word_finds_articles_with_a_similar_title_or_tag():
    make_post(title="The oxytocin myth", body="<p>A hormone with a reputation.</p>")
    make_post(title="Sleep", body="<p>Rest and recovery.</p>", tags=["relationships"])
    make_post(title="Unrelated", body="<p>Budgets.</p>")

    oxytocin = search_posts("oxytocn")
    relationships = search_posts("relationshp")

    assert oxytocin.similar
    assert [post.title for post in oxytocin.posts] == ["The oxytocin myth"]
    assert [post.title for post in relationships.posts] == ["Sleep"]


def test_a_word_with_an_extra_ending_is_found_as_the_word():
    make_post(title="The oxytocin myth", body="<p>A hormone with a reputation.</p>")

    results = search_posts("oxytocine")

    assert not results.similar
    assert [post.title for post in results.posts] == ["The oxytocin myth"]


def test_words_nothing_resembles_find_nothing():
    make_post(title="The oxytocin myth", body="<p>A hormone.</p>")

    assert found("zzzqqqxx") == set()


def test_likeness_is_not_used_when_an_exclusion_left_nothing():
    make_post(title="Grief", body="<p>Grief and loss.</p>")

    assert found("grief -loss") == set()


def test_queries_are_read_the_way_websearch_reads_them():
    parsed = parse_query('anxiety "safe  haven" or grief -loss -"the body" ( ) : & | ! * -')

    assert parsed.websearch() == 'anxiety "safe haven" or grief -loss -"the body"'
    assert parsed.fts5() == (
        '(("anxiety" AND "safe haven")) OR (("grief") NOT ("loss" OR "the body"))'
    )


def test_an_unclosed_quote_runs_to_the_end():
    assert parse_query('"safe haven').websearch() == '"safe haven"'


def test_a_long_query_is_cut_at_a_word_to_the_maximum():
    parsed = parse_query("worry " * 100)

    assert parsed.was_shortened
    assert len(parsed.text) <= MAX_QUERY_LENGTH
    assert parsed.text.endswith("worry")


def test_invisible_characters_are_dropped_from_a_query():
    parsed = parse_query("anx\x00iety\u200b \ue000sleep")

    assert parsed.text == "anx iety sleep"
    assert not parsed.was_shortened

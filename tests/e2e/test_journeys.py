"""The two journeys the site exists for, in a real browser.

The therapist signs in with a password and a code, writes and publishes an article, then works
through a session request. A visitor reads, browses, searches and asks for a session with the
keyboard alone.
"""

from datetime import timedelta
from io import BytesIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from PIL import Image, ImageDraw

from articles.models import Post
from booking.models import SessionRequest
from practice.two_factor import enrol_authenticator
from tests.factories import current_code, make_session_request

# The request form refuses anything sent quicker than a person could fill it in.
FILL_TIME_MS = 3200
THERAPIST_PASSWORD = "a long passphrase for the browser test"


def featured_image_png():
    """A wide picture, drawn here, as the therapist might upload one."""
    picture = Image.new("RGB", (1600, 900), "#e8dccb")
    ImageDraw.Draw(picture).ellipse((600, 200, 1000, 600), fill="#2f6b55")
    output = BytesIO()
    picture.save(output, "PNG")
    return output.getvalue()


@pytest.fixture
def therapist(django_db_blocker):
    """A therapist who writes (Editor) and answers requests (Intake), with an authenticator."""
    with django_db_blocker.unblock():
        user = get_user_model().objects.create_user(
            username="dr-journey", password=THERAPIST_PASSWORD, is_staff=True
        )
        user.groups.add(*Group.objects.filter(name__in=["Editor", "Intake"]))
        device = enrol_authenticator(user)
        session_request = make_session_request(full_name="Sam Rivera")
    yield user, device, session_request
    with django_db_blocker.unblock():
        Post.objects.filter(title__startswith="Kindness toward yourself").delete()
        SessionRequest.objects.filter(pk=session_request.pk).delete()
        user.delete()


def public_text(chromium, site, path):
    """Return (status, text of <main>) for a page as a visitor who is not logged in sees it."""
    context = chromium.new_context()
    try:
        page = context.new_page()
        response = page.goto(site + path)
        return response.status, page.inner_text("main")
    finally:
        context.close()


def test_the_therapist_writes_schedules_and_publishes_an_article_then_answers_a_request(
    open_page, chromium, site, therapist, django_db_blocker
):
    user, device, session_request = therapist
    watched = open_page("/admin/", width=1280, height=1000)
    page = watched.page

    # Sign in: password, then the code from the authenticator app.
    page.fill("#id_username", user.username)
    page.fill("#id_password", THERAPIST_PASSWORD)
    with django_db_blocker.unblock():
        page.fill("#id_otp_token", current_code(device))
    page.click("input[type=submit]")
    page.wait_for_url(f"{site}/admin/")

    # Write a new article in the editor.
    page.click("#content-main a[href='/admin/articles/post/add/']")
    page.fill("#id_title", "Kindness toward yourself, on the hard days")
    page.locator(".prose-editor > .ProseMirror").click()
    page.keyboard.type("## Where it starts")
    page.keyboard.press("Enter")
    page.keyboard.type("Begin with ")
    page.keyboard.press("Control+b")
    page.keyboard.type("one gentle sentence")
    page.keyboard.press("Control+b")
    page.keyboard.type(" a day.")
    page.keyboard.press("Enter")
    page.keyboard.type("- notice the harsh voice")
    page.keyboard.press("Enter")
    page.keyboard.type("answer it as you would a friend")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    page.keyboard.type("Read the gentleness guide")
    for _ in range(len("the gentleness guide")):
        page.keyboard.press("Shift+ArrowLeft")
    page.click(".prose-menubar button[title='insert link']")
    page.fill("dialog[open] input[name=href]", "https://www.example.org/gentleness")
    page.click("dialog[open] button[type=submit]")
    page.locator(".ProseMirror a[href='https://www.example.org/gentleness']").wait_for()
    page.select_option("#id_author", label="Dr. Elena Marsh")

    # A featured image with its description, and two tags: a new one and a suggested one.
    page.set_input_files(
        "#id_featured_image",
        {"name": "kindness.png", "mimeType": "image/png", "buffer": featured_image_png()},
    )
    page.fill("#id_featured_image_alt", "A green circle resting on warm sand.")
    page.click("#id_tags")
    page.keyboard.type("self-kindness, anx")
    suggestions = page.eval_on_selector(
        "#id_tags-suggestions", "list => [...list.options].map((option) => option.value)"
    )
    assert "self-kindness, anxiety" in suggestions
    page.fill("#id_tags", "self-kindness, anxiety")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")

    with django_db_blocker.unblock():
        post = Post.objects.get(title="Kindness toward yourself, on the hard days")
        assert post.status == Post.Status.DRAFT
        assert "<h2" in post.body and "Where it starts</h2>" in post.body
        assert "<strong>one gentle sentence</strong>" in post.body
        assert '<a href="https://www.example.org/gentleness"' in post.body
        assert ">the gentleness guide</a>" in post.body
        assert "<li><p>notice the harsh voice</p></li>" in post.body
        assert sorted(post.tags.names()) == ["anxiety", "self-kindness"]
        assert post.featured_image and post.featured_image_alt
    article_path = f"/articles/{post.slug}/"

    # Preview the draft: the therapist sees it, visitors do not.
    page.goto(site + article_path)
    assert "This is a draft; visitors cannot see it." in page.inner_text(".preview-banner")
    assert "one gentle sentence" in page.inner_text("main")
    assert public_text(chromium, site, article_path)[0] == 404

    # Schedule it for the day after tomorrow.
    page.click(".preview-banner a")
    when = timezone.localtime() + timedelta(days=2)
    page.select_option("#id_status", "published")
    page.fill("#id_published_at_0", when.strftime("%Y-%m-%d"))
    page.fill("#id_published_at_1", "09:00:00")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    assert public_text(chromium, site, article_path)[0] == 404
    assert "Kindness toward yourself" not in public_text(chromium, site, "/")[1]
    page.goto(site + article_path)
    assert "Scheduled for" in page.inner_text(".preview-banner")

    # Publish it now.
    page.click(".preview-banner a")
    page.fill("#id_published_at_0", "")
    page.fill("#id_published_at_1", "")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")

    status, article = public_text(chromium, site, article_path)
    assert status == 200
    assert "one gentle sentence" in article
    assert "Kindness toward yourself" in public_text(chromium, site, "/")[1]
    assert (
        "Kindness toward yourself"
        in public_text(chromium, site, "/articles/tags/self-kindness/")[1]
    )
    assert "Kindness toward yourself" in public_text(chromium, site, "/search/?q=kindness")[1]

    # Then the request queue: open the request and mark it contacted.
    page.goto(site + "/admin/")
    page.click("#content-main a[href='/admin/booking/sessionrequest/']")
    page.click(f"a[href='/admin/booking/sessionrequest/{session_request.pk}/change/']")
    assert "Sam Rivera" in page.inner_text("#content-main")
    page.select_option("#id_status", "contacted")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")

    with django_db_blocker.unblock():
        session_request.refresh_from_db()
    assert session_request.status == SessionRequest.Status.CONTACTED
    assert session_request.status_changed_at is not None


def tab_to(page, description, condition, *, backwards=False, limit=120):
    """Press Tab (or Shift+Tab) until the focused element meets `condition`, a JS predicate."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate(f"(element => {condition})(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached {description}")


def focused(page, expression):
    return page.evaluate(f"(element => {expression})(document.activeElement)")


def test_a_visitor_reads_browses_searches_and_asks_for_a_session_by_keyboard(
    open_page, site, django_db_blocker
):
    watched = open_page("/articles/", width=1280)
    page = watched.page

    # The first Tab reaches the skip link, which takes focus past the header.
    page.keyboard.press("Tab")
    assert focused(page, "element.classList.contains('skip-link')")
    page.keyboard.press("Enter")
    assert focused(page, "element.id") == "main"

    # Open an article from the list.
    tab_to(page, "an article in the list", "element.closest('.post-card') !== null")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site}/articles/*/")

    # Follow one of its tags.
    tab_to(page, "a tag", "element.closest('.tag-list') !== null")
    tag_name = focused(page, "element.innerText").lstrip("#")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site}/articles/tags/*/")
    assert tag_name in page.inner_text("h1")

    # Open an article under the tag, then move to the next article.
    tab_to(page, "an article under the tag", "element.closest('.post-card') !== null")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site}/articles/*/")
    first_title = page.inner_text("h1")
    tab_to(
        page,
        "a previous/next link",
        "element.closest('.post-nav') !== null",
    )
    next_title = focused(page, "element.innerText")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.inner_text("h1") != first_title
    assert page.inner_text("h1") in next_title

    # Search from the header: back up to the search box.
    tab_to(page, "the search box", "element.id === 'site-search-q'", backwards=True)
    page.keyboard.type("anxiety")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site}/search/?q=anxiety")
    assert "Anxiety in the body" in page.inner_text("main")

    # Open the article and reach the request form from its call to action.
    tab_to(page, "the anxiety article", "element.innerText.includes('Anxiety in the body')")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site}/articles/anxiety-in-the-body/")
    tab_to(
        page,
        "the call to action",
        "element.closest('.call-to-action') !== null && element.tagName === 'A'",
    )
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site}/book/?from=anxiety-in-the-body")

    # Send it too early, with the name missing: focus moves to the error summary.
    tab_to(page, "the email field", "element.id === 'id_email'")
    page.keyboard.type("jordan@example.com")
    tab_to(page, "the send button", "element.type === 'submit'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert focused(page, "element.id") == "error-summary"
    assert "name" in page.inner_text("#error-summary").lower()

    # Fill it in properly, with the keyboard alone, and send it.
    tab_to(page, "the link to the name field", "element.getAttribute('href') === '#id_full_name'")
    page.keyboard.press("Enter")
    assert focused(page, "element.id") == "id_full_name"
    page.keyboard.type("Jordan Lee")
    tab_to(page, "the email choice", "element.id === 'id_preferred_contact_0'")
    page.keyboard.press("Space")
    tab_to(page, "a session type", "element.name === 'session_type'")
    page.keyboard.press("Space")
    tab_to(page, "the format", "element.name === 'format'")
    page.keyboard.press("Space")
    tab_to(page, "a day", "element.name === 'preferred_days'")
    page.keyboard.press("Space")
    tab_to(page, "the consent", "element.id === 'id_consent'")
    page.keyboard.press("Space")
    page.wait_for_timeout(FILL_TIME_MS)
    tab_to(page, "the send button", "element.type === 'submit'")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site}/book/thanks/")
    assert "Your request has been received" in page.inner_text("h1")

    with django_db_blocker.unblock():
        saved = (
            SessionRequest.objects.select_related("source_post")
            .for_person("jordan@example.com")
            .get()
        )
        assert saved.full_name == "Jordan Lee"
        assert saved.source_post.slug == "anxiety-in-the-body"
        saved.delete()

"""Requesting a session in a real browser: with JavaScript off, on a phone, and after a mistake."""

import pytest

from booking.models import SessionRequest
from tests.e2e.conftest import run_axe, save_screenshot

# A person takes at least this long; the form refuses anything quicker.
FILL_TIME_MS = 3200


@pytest.fixture
def requests_saved(django_db_blocker):
    """Return a function listing the requests saved so far; remove them after the test."""

    def saved():
        with django_db_blocker.unblock():
            return list(SessionRequest.objects.select_related("session_type"))

    yield saved
    with django_db_blocker.unblock():
        SessionRequest.objects.all().delete()


def test_a_visitor_without_javascript_requests_a_session_on_a_phone(chromium, site, requests_saved):
    context = chromium.new_context(
        viewport={"width": 390, "height": 900}, java_script_enabled=False
    )
    page = context.new_page()
    try:
        page.goto(site + "/book/")
        page.fill("#id_full_name", "Robin Ellis")
        page.fill("#id_email", "robin@example.com")
        page.get_by_label("Email", exact=True).check()
        page.get_by_label("Couples therapy").check()
        page.get_by_label("Either is fine").check()
        page.get_by_label("Tuesday").check()
        page.get_by_label("Evenings (after 5)").check()
        page.get_by_label("I have read the privacy notice").check()
        page.wait_for_timeout(FILL_TIME_MS)
        page.click(".request-form button[type=submit]")
        page.wait_for_load_state("load")

        assert page.url == site + "/book/thanks/"
        assert "Your request has been received" in page.inner_text("h1")
        assert "Not for emergencies." in page.inner_text("main")
        [saved] = requests_saved()
        assert saved.full_name == "Robin Ellis"
        assert saved.session_type.slug == "couples"
        assert saved.preferred_days == ["tue"]
    finally:
        context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_after_a_mistake_the_summary_takes_focus_and_nothing_typed_is_lost(
    open_page, width, requests_saved
):
    watched = open_page("/book/", width=width)
    page = watched.page
    page.fill("#id_full_name", "Robin Ellis")
    page.fill("#id_email", "robin-at-example")
    page.fill("#id_message", "Evenings suit us best.")
    page.get_by_label("Phone", exact=True).check()
    page.click(".request-form button[type=submit]")
    page.wait_for_load_state("load")
    save_screenshot(page, f"request-form-errors-{width}")

    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert page.title().startswith("Error: ")
    assert page.input_value("#id_full_name") == "Robin Ellis"
    assert page.input_value("#id_email") == "robin-at-example"
    assert page.input_value("#id_message") == "Evenings suit us best."
    assert page.is_checked("#id_preferred_contact_1")
    page.click("#error-summary a[href='#id_email']")
    assert page.evaluate("document.activeElement.id") == "id_email"
    assert run_axe(page) == []
    assert requests_saved() == []

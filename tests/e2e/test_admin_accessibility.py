"""The admin pages the therapist works in: no serious or critical accessibility problems."""

import pytest

from tests.e2e.conftest import run_axe
from tests.factories import make_session_request

ADMIN_PAGES = [
    "/admin/",
    "/admin/articles/post/",
    "/admin/articles/post/add/",
    "/admin/articles/author/",
    "/admin/practice/page/",
    "/admin/practice/page/add/",
    "/admin/practice/practiceprofile/1/change/",
    "/admin/booking/sessionrequest/",
    "/admin/booking/sessiontype/",
]


@pytest.mark.parametrize("path", ADMIN_PAGES)
def test_admin_page_has_no_serious_accessibility_problems(staff_page, path):
    staff_page.open(path)
    # Rich-text editors finish setting themselves up just after the page has loaded.
    editors = staff_page.page.locator(".prose-editor .tiptap[aria-labelledby]")
    fields = staff_page.page.locator("textarea[data-django-prose-editor-configurable]")
    for number in range(fields.count()):
        editors.nth(number).wait_for()

    problems = [
        violation
        for violation in run_axe(staff_page.page)
        if violation["impact"] in ("serious", "critical")
    ]

    assert problems == []


def test_the_sign_in_page_has_no_serious_accessibility_problems(open_page):
    watched = open_page("/admin/login/", width=1280)

    problems = [
        violation
        for violation in run_axe(watched.page)
        if violation["impact"] in ("serious", "critical")
    ]

    assert problems == []


def test_a_session_request_page_has_no_serious_accessibility_problems(
    staff_page, django_db_blocker
):
    with django_db_blocker.unblock():
        session_request = make_session_request(full_name="Alex Moreno")
    staff_page.open(f"/admin/booking/sessionrequest/{session_request.pk}/change/")

    problems = [
        violation
        for violation in run_axe(staff_page.page)
        if violation["impact"] in ("serious", "critical")
    ]

    with django_db_blocker.unblock():
        session_request.delete()
    assert problems == []

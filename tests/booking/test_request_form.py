"""The request form at /book/: what a person sees, sends, and is told when something is wrong."""

import re
import time

import pytest
from django.urls import reverse

from booking.forms import sign_fill_start
from booking.models import SessionRequest
from tests.factories import make_post, make_session_type, request_form_data

pytestmark = pytest.mark.django_db

BOOK = "/book/"


def post_form(client, data, **extra):
    return client.post(BOOK, data, REMOTE_ADDR="203.0.113.7", **extra)


def field_html(content, name):
    """Return the <input>, <textarea> tags named `name` in a page."""
    return re.findall(rf'<(?:input|textarea)[^>]*name="{name}"[^>]*>', content)


def error_of(content, field_id):
    match = re.search(rf'<p class="field__error" id="{field_id}_error">(.*?)</p>', content, re.S)
    return match and re.sub(r"<[^>]+>", "", match.group(1)).replace("Error:", "").strip()


def test_form_asks_for_everything_a_first_session_needs(client, practice, session_type):
    make_session_type(name="Groups", slug="groups", description="Small weekly groups.")
    make_session_type(name="Retired offering", slug="retired", active=False)

    content = client.get(BOOK).content.decode()

    for name in (
        "full_name",
        "email",
        "phone",
        "preferred_contact",
        "may_email",
        "may_leave_voicemail",
        "may_name_practice",
        "session_type",
        "format",
        "preferred_days",
        "preferred_times",
        "availability",
        "message",
        "consent",
        "source",
    ):
        assert field_html(content, name), name
    assert 'value="couples"' in content
    assert 'value="groups"' in content
    assert "Small weekly groups." in content
    assert 'value="retired"' not in content
    assert "Please do not include detailed health information" in content
    assert 'href="/privacy/"' in content


def test_every_visible_field_has_a_label(client, practice, session_type):
    content = client.get(BOOK).content.decode()

    for tag in re.findall(r"<(?:input|textarea)[^>]*>", content):
        if 'type="hidden"' in tag:
            continue
        field_id = re.search(r'id="([^"]+)"', tag).group(1)
        assert f'for="{field_id}"' in content, tag


def test_form_says_it_is_not_for_emergencies_with_the_crisis_line(client, practice, session_type):
    practice.crisis_line = "In a crisis, call or text 988."
    practice.save()

    content = client.get(BOOK).content.decode()
    main = content[content.index("<main") : content.index("</main>")]

    assert "Not for emergencies." in main
    assert "In a crisis, call or text 988." in main


def test_form_works_without_javascript(client, practice, session_type):
    content = client.get(BOOK).content.decode()

    form = re.search(r'<form class="request-form" method="post" action="/book/"', content)
    assert form
    assert 'name="csrfmiddlewaretoken"' in content
    assert '<button type="submit"' in content
    assert "<script" not in content[content.index("<main") : content.index("</main>")]


def test_a_complete_request_is_saved_and_the_visitor_thanked(client, practice, session_type):
    response = post_form(client, request_form_data(session_type))

    assert response.status_code == 302
    assert response["Location"] == reverse("booking:thanks")
    saved = SessionRequest.objects.get()
    assert saved.full_name == "Robin Ellis"
    assert saved.email == "robin@example.com"
    assert saved.phone == "(503) 555-0100"
    assert saved.preferred_contact == "email"
    assert (saved.may_email, saved.may_leave_voicemail, saved.may_name_practice) == (
        True,
        True,
        False,
    )
    assert saved.session_type == session_type
    assert saved.format == "either"
    assert saved.preferred_days == ["tue", "thu"]
    assert saved.preferred_times == ["evening"]
    assert saved.availability == "After six works best"
    assert saved.message == "Looking for support with a change at work."
    assert saved.consent is True
    assert saved.status == SessionRequest.Status.NEW
    assert saved.source_post is None


def test_thank_you_page_says_received_and_not_for_emergencies(client, practice):
    content = client.get(reverse("booking:thanks")).content.decode()

    assert "Your request has been received" in content
    assert "Not for emergencies." in content
    assert practice.crisis_line in content
    assert "within 2 working days" in content


def test_arriving_from_an_article_records_the_article(client, practice, session_type):
    post = make_post(slug="on-reciprocity")

    content = client.get(f"{BOOK}?from=on-reciprocity").content.decode()
    assert re.search(r'<input type="hidden" name="source" value="on-reciprocity"', content)

    post_form(client, request_form_data(session_type, source="on-reciprocity"))
    assert SessionRequest.objects.get().source_post == post


@pytest.mark.parametrize("status", ["draft", "unknown"])
def test_a_source_that_is_not_a_published_article_is_ignored(
    client, practice, session_type, status
):
    make_post(slug="a-draft", status="draft", published_at=None)
    slug = "a-draft" if status == "draft" else "no-such-article"

    content = client.get(f"{BOOK}?from={slug}").content.decode()
    response = post_form(client, request_form_data(session_type, source=slug))

    assert f'value="{slug}"' not in content
    assert response.status_code == 302
    assert SessionRequest.objects.get().source_post is None


def test_an_absurd_from_parameter_is_ignored(client, practice, session_type):
    response = client.get(f"{BOOK}?from=" + "x" * 5000)

    assert response.status_code == 200


def test_phone_is_optional_when_replying_by_email(client, practice, session_type):
    post_form(client, request_form_data(session_type, phone=""))

    assert SessionRequest.objects.get().phone == ""


BAD_INPUTS = [
    # (what is wrong, overrides, field with the error, the message)
    ("name empty", {"full_name": ""}, "full_name", "Tell us your name."),
    ("name too long", {"full_name": "A" * 121}, "full_name", "Please shorten your name to 120"),
    ("email empty", {"email": ""}, "email", "Tell us your email address."),
    ("email not an address", {"email": "robin at home"}, "email", "Enter an email address like"),
    ("email too long", {"email": "a" * 250 + "@example.com"}, "email", "at most 254"),
    ("phone not a number", {"phone": "call me maybe"}, "phone", "Enter a phone number"),
    ("phone too long", {"phone": "5" * 31}, "phone", "at most 30 characters"),
    (
        "phone missing when asked to phone",
        {"phone": "", "preferred_contact": "phone"},
        "phone",
        "You asked us to phone you",
    ),
    (
        "email refused but asked to email",
        {"may_email": None},
        "may_email",
        "You asked us to reply by email",
    ),
    ("contact empty", {"preferred_contact": None}, "preferred_contact", "Choose how"),
    ("contact unknown", {"preferred_contact": "pigeon"}, "preferred_contact", "Choose email or"),
    ("session type empty", {"session_type": None}, "session_type", "Choose the kind of session"),
    ("session type unknown", {"session_type": "astrology"}, "session_type", "Choose one of"),
    ("format empty", {"format": None}, "format", "Choose in person, telehealth or either."),
    ("format unknown", {"format": "by-post"}, "format", "Choose in person, telehealth or either."),
    ("day unknown", {"preferred_days": ["someday"]}, "preferred_days", "Choose days from"),
    ("time unknown", {"preferred_times": ["midnight"]}, "preferred_times", "Choose times of day"),
    (
        "no availability at all",
        {"preferred_days": None, "preferred_times": None, "availability": ""},
        "preferred_days",
        "Tell us roughly when you could come",
    ),
    ("availability too long", {"availability": "a" * 301}, "availability", "to 300 characters"),
    ("message too long", {"message": "a" * 1001}, "message", "to 1000 characters"),
    ("consent missing", {"consent": None}, "consent", "Please tick this box"),
    ("consent not a tick", {"consent": "maybe"}, "consent", "Please tick this box"),
]


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [case[1:] for case in BAD_INPUTS],
    ids=[case[0] for case in BAD_INPUTS],
)
def test_bad_input_gets_a_clear_message_beside_its_field_and_no_row(
    client, practice, session_type, overrides, field, message
):
    response = post_form(client, request_form_data(session_type, **overrides))
    content = response.content.decode()

    assert response.status_code == 200
    assert SessionRequest.objects.count() == 0
    assert message in error_of(content, f"id_{field}")
    assert message in content[content.index('class="error-summary"') :]


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.mark.parametrize(
    "field",
    [
        "full_name",
        "email",
        "phone",
        "preferred_contact",
        "session_type",
        "format",
        "preferred_days",
        "preferred_times",
        "availability",
        "message",
        "consent",
    ],
)
def test_hostile_html_in_any_field_is_refused_and_never_echoed_raw(
    client, practice, session_type, field
):
    value = [HOSTILE] if field in ("preferred_days", "preferred_times") else HOSTILE
    response = post_form(client, request_form_data(session_type, **{field: value}))
    content = response.content.decode()

    assert response.status_code == 200
    assert SessionRequest.objects.count() == 0
    assert error_of(content, f"id_{field}")
    assert "<script>alert" not in content
    assert "<img src=x" not in content


def test_everything_typed_is_kept_when_the_form_comes_back(client, practice, session_type):
    data = request_form_data(
        session_type,
        email="not-an-email",
        full_name='Ana "Nana" O’Neil & Co',
        phone="(253) 555-0123",
        preferred_contact="phone",
        may_name_practice="on",
        may_leave_voicemail=None,
        format="telehealth",
        preferred_days=["mon", "sat"],
        preferred_times=["morning", "evening"],
        availability="Lunch hours",
        message="A few lines\nover two lines & more",
    )

    content = post_form(client, data).content.decode()

    assert 'value="Ana &quot;Nana&quot; O’Neil &amp; Co"' in content
    assert 'value="not-an-email"' in content
    assert 'value="(253) 555-0123"' in content
    assert 'value="Lunch hours"' in content
    assert "A few lines\nover two lines &amp; more</textarea>" in content
    checked = set(re.findall(r'<input[^>]*name="(\w+)" value="(\w+)"[^>]*checked', content))
    assert {
        ("preferred_contact", "phone"),
        ("format", "telehealth"),
        ("preferred_days", "mon"),
        ("preferred_days", "sat"),
        ("preferred_times", "morning"),
        ("preferred_times", "evening"),
        ("session_type", "couples"),
    } <= checked
    boxes = {
        name: "checked" in tag
        for name in ("may_email", "may_leave_voicemail", "may_name_practice", "consent")
        for tag in field_html(content, name)
    }
    assert boxes == {
        "may_email": True,
        "may_leave_voicemail": False,
        "may_name_practice": True,
        "consent": True,
    }


def test_errors_are_tied_to_their_fields_for_screen_readers(client, practice, session_type):
    data = request_form_data(session_type, full_name="", session_type=None, consent=None)

    content = post_form(client, data).content.decode()

    name_input = field_html(content, "full_name")[0]
    assert 'aria-invalid="true"' in name_input
    assert 'aria-describedby="id_full_name_helptext id_full_name_error"' in name_input
    assert 'id="id_full_name_error"' in content
    assert (
        '<fieldset class="field field--choices field--error" '
        'aria-describedby="id_session_type_error">'
    ) in content
    assert 'aria-describedby="id_consent_error"' in field_html(content, "consent")[0]


def test_error_summary_comes_first_takes_focus_and_links_to_each_field(
    client, practice, session_type
):
    data = request_form_data(session_type, email="", format=None)

    content = post_form(client, data).content.decode()

    summary = re.search(r'<div class="error-summary"[^>]*>(.*?)</div>', content, re.S)
    assert "autofocus" in summary.group(0)
    assert 'role="alert"' in summary.group(0)
    assert content.index('class="error-summary"') < content.index('class="request-form"')
    assert '<a href="#id_email">Tell us your email address.</a>' in summary.group(1)
    assert '<a href="#id_format_0">' in summary.group(1)
    assert 'id="id_format_0"' in content
    assert "<title>Error: " in content


def test_a_form_opened_long_ago_comes_back_once_with_everything_kept(
    client, practice, session_type
):
    stale = sign_fill_start(time.time() - 2 * 24 * 60 * 60)

    first = post_form(client, request_form_data(session_type, started=stale))
    content = first.content.decode()
    fresh = re.search(r'name="started" value="([^"]+)"', content).group(1)

    assert SessionRequest.objects.count() == 0
    assert "open for a long time" in content
    assert 'value="Robin Ellis"' in content
    assert fresh != stale

    # A person reads the message and sends the form again a few seconds later.
    resent = request_form_data(session_type, started=sign_fill_start(time.time() - 5))
    assert post_form(client, resent).status_code == 302
    assert SessionRequest.objects.count() == 1


def test_with_no_session_types_offered_a_request_still_gets_through(client, practice):
    paused = make_session_type(slug="paused", active=False)
    data = request_form_data(paused, session_type=None)

    content = client.get(BOOK).content.decode()
    response = post_form(client, data)

    assert 'name="session_type"' not in content
    assert response.status_code == 302
    assert SessionRequest.objects.get().session_type is None

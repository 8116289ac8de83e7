"""The practice's intake status, set in the admin, speaks under every article and on the form."""

import re

import pytest

from booking.models import SessionRequest
from practice.models import PracticeProfile
from tests.factories import make_post, request_form_data

pytestmark = pytest.mark.django_db


def call_to_action(content):
    return re.search(r'<aside class="call-to-action".*?</aside>', content, re.S).group(0)


def set_status(practice, status, note=""):
    practice.intake_status = status
    practice.intake_note = note
    practice.save()


def test_accepting_invites_a_request_under_every_article(client, practice):
    post = make_post(slug="on-repair")

    box = call_to_action(client.get(post.get_absolute_url()).content.decode())

    assert practice.call_to_action_text in box
    assert 'href="/book/?from=on-repair">Request a session</a>' in box
    assert "waitlist" not in box


def test_a_waitlist_says_so_under_articles_and_invites_people_to_join_it(client, practice):
    set_status(practice, "waitlist", note="The wait is about six weeks.")
    post = make_post(slug="on-repair")

    box = call_to_action(client.get(post.get_absolute_url()).content.decode())

    assert "We have a waitlist at the moment." in box
    assert "The wait is about six weeks." in box
    assert 'href="/book/?from=on-repair">Join the waitlist</a>' in box


def test_not_accepting_still_offers_the_waitlist_and_drops_the_invitation(client, practice):
    set_status(practice, "not_accepting")
    post = make_post(slug="on-repair")

    box = call_to_action(client.get(post.get_absolute_url()).content.decode())

    assert "We are not taking new clients just now" in box
    assert "join our waitlist" in box
    assert practice.call_to_action_text not in box
    assert 'href="/book/?from=on-repair">Join the waitlist</a>' in box


@pytest.mark.parametrize(
    ("status", "heading", "says"),
    [
        ("accepting", "Request a session", "We reply to every request within 2 working days."),
        ("waitlist", "Join the waitlist", "We have a waitlist at the moment."),
        ("not_accepting", "Join the waitlist", "We are not taking new clients just now"),
    ],
)
def test_the_form_introduction_follows_the_status(
    client, practice, session_type, status, heading, says
):
    set_status(practice, status)

    content = client.get("/book/").content.decode()

    assert f"<h1>{heading}</h1>" in content
    assert says in content


def test_when_not_accepting_a_request_joins_the_waitlist(client, practice, session_type):
    set_status(practice, "not_accepting")

    response = client.post("/book/", request_form_data(session_type))
    thanks = client.get(response["Location"]).content.decode()

    assert SessionRequest.objects.get().waitlist is True
    assert "You are on our waitlist" in thanks


def test_when_accepting_a_request_is_not_for_the_waitlist(client, practice, session_type):
    client.post("/book/", request_form_data(session_type))

    assert SessionRequest.objects.get().waitlist is False


def test_the_status_is_set_in_the_practice_profile_admin(admin_client, client, practice):
    url = f"/admin/practice/practiceprofile/{practice.pk}/change/"
    form = admin_client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update(intake_status="waitlist", reply_within_days="4")

    response = admin_client.post(url, data)

    assert response.status_code == 302
    practice = PracticeProfile.load()
    assert practice.intake_status == "waitlist"
    assert "within 4 working days" in client.get("/book/").content.decode()


def test_the_home_page_button_follows_the_status(client, practice):
    set_status(practice, "not_accepting")

    content = client.get("/").content.decode()

    assert '<a class="button" href="/book/">Join the waitlist</a>' in content

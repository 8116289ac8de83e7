"""The request queue in the admin, as the therapist works through it."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from django.utils import timezone

from booking.models import SessionRequest
from tests.factories import make_post, make_session_request, make_session_type

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:booking_sessionrequest_changelist")


def change_url(session_request):
    return reverse("admin:booking_sessionrequest_change", args=[session_request.pk])


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def listed(response):
    return [row.pk for row in response.context["cl"].result_list]


def run_action(client, action, requests, *, follow=False, **extra):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [r.pk for r in requests], **extra},
        follow=follow,
    )


def test_open_requests_come_first_oldest_first(intake_client, practice):
    closed_recent = make_session_request(status="closed", created_at=days_ago(1))
    new_recent = make_session_request(created_at=days_ago(2))
    contacted_old = make_session_request(status="contacted", created_at=days_ago(9))
    declined_old = make_session_request(status="declined", created_at=days_ago(20))
    new_old = make_session_request(created_at=days_ago(5))

    response = intake_client.get(CHANGELIST)

    assert listed(response) == [
        contacted_old.pk,
        new_old.pk,
        new_recent.pk,
        closed_recent.pk,
        declined_old.pk,
    ]


def test_each_request_shows_its_age_and_a_warning_when_overdue(intake_client, practice):
    make_session_request(full_name="Waiting Long", created_at=days_ago(10))
    make_session_request(full_name="Just Arrived", created_at=timezone.now())
    make_session_request(full_name="Answered", status="contacted", created_at=days_ago(10))

    content = intake_client.get(CHANGELIST).content.decode()
    rows = {
        name: re.search(rf"<tr>(?:(?!</tr>).)*{name}(?:(?!</tr>).)*</tr>", content, re.S).group(0)
        for name in ("Waiting Long", "Just Arrived", "Answered")
    }

    assert "1\u00a0week ago" in rows["Waiting Long"]
    assert ">Overdue</strong>" in rows["Waiting Long"]
    assert "Still new after the 2-working-day reply time" in rows["Waiting Long"]
    assert "0\u00a0minutes ago" in rows["Just Arrived"]
    assert "Overdue" not in rows["Just Arrived"]
    assert "due " in rows["Just Arrived"]
    assert "Overdue" not in rows["Answered"]


def test_overdue_counts_working_days_only(practice):
    eastern = ZoneInfo("America/New_York")
    friday_evening = datetime(2026, 11, 27, 18, 0, tzinfo=eastern)
    request = make_session_request(created_at=friday_evening)

    monday = datetime(2026, 11, 30, 19, 0, tzinfo=eastern)
    tuesday_after = datetime(2026, 12, 1, 18, 1, tzinfo=eastern)

    assert not request.is_overdue(2, now=monday)
    assert request.is_overdue(2, now=tuesday_after)


def test_filters_by_status_session_type_format_and_article(intake_client, practice):
    couples = make_session_type(name="Couples", slug="couples-2")
    post = make_post(title="On repair")
    match = make_session_request(
        session_type=couples, format="telehealth", source_post=post, status="contacted"
    )
    make_session_request(session_type=couples, format="in_person", source_post=post)
    make_session_request(format="telehealth", status="contacted")

    response = intake_client.get(
        CHANGELIST,
        {
            "queue": "contacted",
            "session_type__id__exact": couples.pk,
            "format__exact": "telehealth",
            "source_post__id__exact": post.pk,
        },
    )

    assert listed(response) == [match.pk]
    filter_titles = [spec.title for spec in response.context["cl"].filter_specs]
    assert {"status", "session type", "format", "came from article"} <= set(filter_titles)


def test_open_filter_shows_new_and_contacted(intake_client, practice):
    new = make_session_request()
    contacted = make_session_request(status="contacted")
    make_session_request(status="scheduled")
    make_session_request(status="closed")

    response = intake_client.get(CHANGELIST, {"queue": "open"})

    assert set(listed(response)) == {new.pk, contacted.pk}


@pytest.mark.parametrize(
    "term",
    ["ellis", "Robin Ellis", "  ELLIS   robin ", "robin@example.com", " ROBIN@Example.COM "],
)
def test_search_by_name_words_or_whole_email(intake_client, practice, term):
    robin = make_session_request(full_name="Robin Ellis-Moore", email="robin@example.com")
    make_session_request(full_name="Sam Okafor", email="sam@example.com")
    make_session_request(full_name="Robin Okafor", email="robin.okafor@example.com")

    response = intake_client.get(CHANGELIST, {"q": term})

    assert listed(response) == [robin.pk]


@pytest.mark.parametrize("term", ["Ell", "Robin Ell", "robin@example", "example.com", "Sam"])
def test_search_finds_whole_words_and_whole_addresses_only(intake_client, practice, term):
    make_session_request(full_name="Robin Ellis", email="robin@example.com")

    assert listed(intake_client.get(CHANGELIST, {"q": term})) == []


def test_search_by_request_number(intake_client, practice):
    make_session_request()
    wanted = make_session_request()

    assert listed(intake_client.get(CHANGELIST, {"q": f"#{wanted.pk}"})) == [wanted.pk]
    assert listed(intake_client.get(CHANGELIST, {"q": str(wanted.pk)})) == [wanted.pk]
    assert listed(intake_client.get(CHANGELIST, {"q": "9" * 30})) == []


def test_search_after_erasing_finds_nothing_of_the_person(intake_client, practice):
    robin = make_session_request(full_name="Robin Ellis", email="robin@example.com")
    robin.erase()
    robin.save()

    assert listed(intake_client.get(CHANGELIST, {"q": "Robin"})) == []
    assert listed(intake_client.get(CHANGELIST, {"q": "robin@example.com"})) == []


def test_search_does_not_look_into_the_message(intake_client, practice):
    make_session_request(message="ellis is mentioned here")

    assert listed(intake_client.get(CHANGELIST, {"q": "ellis"})) == []


@pytest.mark.parametrize(
    ("action", "status"),
    [
        ("mark_contacted", "contacted"),
        ("mark_scheduled", "scheduled"),
        ("mark_declined", "declined"),
        ("mark_closed", "closed"),
    ],
)
def test_status_actions_record_when_and_in_the_history(
    intake_client, intake_user, practice, action, status
):
    earlier = days_ago(3)
    request = make_session_request(status_changed_at=earlier)
    already = make_session_request(status=status, status_changed_at=earlier)

    response = run_action(intake_client, action, [request, already])

    assert response.status_code == 302
    request.refresh_from_db()
    already.refresh_from_db()
    assert request.status == status
    assert request.status_changed_at > earlier
    assert already.status_changed_at == earlier
    entry = LogEntry.objects.get(object_id=str(request.pk))
    assert entry.user == intake_user
    assert entry.get_change_message() == f"Marked as {status}."
    assert not LogEntry.objects.filter(object_id=str(already.pk)).exists()


def test_assign_to_me(intake_client, intake_user, practice):
    request = make_session_request()

    run_action(intake_client, "assign_to_me", [request])

    request.refresh_from_db()
    assert request.assigned_to == intake_user
    assert LogEntry.objects.get(object_id=str(request.pk)).get_change_message() == (
        "Assigned to intake."
    )


def test_the_change_form_edits_only_status_assignee_and_notes(intake_client, intake_user, practice):
    request = make_session_request(full_name="Robin Ellis", status_changed_at=days_ago(3))

    response = intake_client.get(change_url(request))
    form_fields = set(response.context["adminform"].form.fields)
    assert form_fields == {"status", "assigned_to", "notes"}

    response = intake_client.post(
        change_url(request),
        {
            "status": "contacted",
            "assigned_to": intake_user.pk,
            "notes": "Left a voicemail on Tuesday.",
            "full_name": "Changed By Staff",
            "message": "rewritten",
        },
    )

    assert response.status_code == 302
    request.refresh_from_db()
    assert request.full_name == "Robin Ellis"
    assert request.status == "contacted"
    assert request.status_changed_at > days_ago(1)
    assert request.notes == "Left a voicemail on Tuesday."
    assert request.assigned_to == intake_user
    assert "Changed Status, Assigned to and Internal notes." in (
        LogEntry.objects.get(object_id=str(request.pk)).get_change_message()
    )


def test_saving_notes_alone_keeps_the_status_date(intake_client, practice):
    earlier = days_ago(3)
    request = make_session_request(status_changed_at=earlier)

    intake_client.post(change_url(request), {"status": "new", "notes": "Called, no answer."})

    request.refresh_from_db()
    assert request.status_changed_at == earlier


def test_the_change_form_shows_what_the_person_sent(intake_client, practice):
    post = make_post(title="On repair")
    request = make_session_request(
        full_name="Robin Ellis",
        email="robin@example.com",
        phone="(503) 555-0100",
        preferred_days=["tue", "sat"],
        preferred_times=["evening"],
        availability="After six",
        message="Hello there",
        source_post=post,
    )

    content = intake_client.get(change_url(request)).content.decode()

    for text in (
        "Robin Ellis",
        "robin@example.com",
        "(503) 555-0100",
        "Tuesday, Saturday",
        "Evenings (after 5)",
        "After six",
        "Hello there",
        "On repair",
    ):
        assert text in content


HOSTILE = '<script>alert("pwned")</script><img src=x onerror="alert(1)">'


def test_hostile_html_is_shown_escaped_in_the_list_and_the_request(intake_client, practice):
    request = make_session_request(
        full_name=HOSTILE, email="x@example.com", availability=HOSTILE, message=HOSTILE
    )

    listing = intake_client.get(CHANGELIST).content.decode()
    detail = intake_client.get(change_url(request)).content.decode()

    for content in (listing, detail):
        assert '<script>alert("pwned")' not in content
        assert "<img src=x" not in content
        assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in content


def test_hostile_text_accepted_by_the_form_is_escaped_in_the_admin(
    client, intake_client, practice, session_type
):
    from tests.factories import request_form_data

    sneaky = '" onmouseover="alert(1)" data-x="'
    client.post("/book/", request_form_data(session_type, message=sneaky))
    request = SessionRequest.objects.get()

    content = intake_client.get(change_url(request)).content.decode()

    assert 'onmouseover="alert(1)"' not in content
    assert "&quot; onmouseover=&quot;alert(1)&quot;" in content


def test_the_admin_index_shows_how_many_requests_are_new(intake_client, practice):
    make_session_request()
    make_session_request(created_at=days_ago(10))
    make_session_request(status="contacted")

    content = intake_client.get(reverse("admin:index")).content.decode()

    assert "2 new requests" in content
    assert "1 past the 2-working-day reply time" in content
    assert f'href="{CHANGELIST}?queue=new"' in content


def test_the_admin_index_says_when_nothing_is_new(intake_client, practice):
    content = intake_client.get(reverse("admin:index")).content.decode()

    assert "No new requests." in content


def test_requests_cannot_be_added_by_hand(admin_client, practice):
    response = admin_client.get(reverse("admin:booking_sessionrequest_add"))

    assert response.status_code == 403


def test_declining_with_the_referral_reply_sends_it_after_a_confirmation(
    intake_client, practice, mailoutbox
):
    practice.decline_reply = "We are not the right fit; try the county's directory."
    practice.save()
    request = make_session_request(email="robin@example.com", message="private words")

    confirm = run_action(intake_client, "decline_and_send_referral", [request])
    assert confirm.status_code == 200
    assert "try the county&#x27;s directory" in confirm.content.decode()
    assert mailoutbox == []

    done = run_action(intake_client, "decline_and_send_referral", [request], confirm="yes")

    assert done.status_code == 302
    request.refresh_from_db()
    assert request.status == "declined"
    [reply] = mailoutbox
    assert reply.to == ["robin@example.com"]
    assert "We are not the right fit; try the county's directory." in reply.body
    assert practice.crisis_line in reply.body
    assert "private words" not in reply.body
    assert "Client" not in reply.body
    assert "referral reply sent" in LogEntry.objects.get().get_change_message()


def test_declining_someone_who_asked_not_to_be_emailed_sends_nothing(
    intake_client, practice, mailoutbox
):
    request = make_session_request(preferred_contact="phone", phone="555 0100 99", may_email=False)

    response = run_action(
        intake_client, "decline_and_send_referral", [request], confirm="yes", follow=True
    )

    request.refresh_from_db()
    assert request.status == "declined"
    assert mailoutbox == []
    assert "asked not to be emailed" in response.content.decode()


def test_declining_when_mail_fails_says_so_and_still_declines(
    intake_client, practice, failing_mail
):
    request = make_session_request()

    response = intake_client.post(
        CHANGELIST,
        {"action": "decline_and_send_referral", "_selected_action": [request.pk], "confirm": "y"},
        follow=True,
    )

    request.refresh_from_db()
    assert request.status == "declined"
    assert "the mail server did not take the reply" in response.content.decode()


def test_the_reply_template_is_shown_on_each_request(intake_client, practice):
    practice.decline_reply = "Try the county's directory."
    practice.save()
    request = make_session_request()

    content = intake_client.get(change_url(request)).content.decode()

    assert "Try the county&#x27;s directory." in content


def test_requests_per_article_over_the_last_ninety_days(intake_client, practice):
    helpful = make_post(title="On repair")
    quiet = make_post(title="On silence")
    make_post(title="Never linked")
    for _ in range(3):
        make_session_request(source_post=helpful)
    make_session_request(source_post=helpful, created_at=days_ago(91))
    make_session_request(source_post=quiet, created_at=days_ago(89))
    make_session_request()

    response = intake_client.get(reverse("admin:booking_sessionrequest_by_article"))
    content = response.content.decode()
    body = content[content.index("<tbody>") : content.index("</tbody>")]
    rows = re.findall(
        r'<tr>\s*<th scope="row">(.*?)</th>\s*<td class="numeric">(?:<a [^>]*>)?(\d+)',
        body,
        re.S,
    )

    assert [(re.sub(r"<[^>]+>", "", title).split(" (")[0], int(n)) for title, n in rows] == [
        ("On repair", 3),
        ("On silence", 1),
        ("Not from an article", 1),
    ]
    assert re.search(r'All requests</th><td class="numeric">5<', content)
    assert "Never linked" not in content
    assert f'href="{CHANGELIST}?source_post__id__exact={helpful.pk}"' in content, (
        "each count links to its requests"
    )


def test_the_queue_links_to_the_article_report(intake_client, practice):
    content = intake_client.get(CHANGELIST).content.decode()

    assert f'href="{reverse("admin:booking_sessionrequest_by_article")}"' in content


def test_the_queue_costs_the_same_queries_for_many_requests(
    intake_client, practice, django_assert_max_num_queries
):
    post = make_post()
    make_session_request(source_post=post)
    intake_client.get(CHANGELIST)
    with django_assert_max_num_queries(30) as few:
        intake_client.get(CHANGELIST)

    for _ in range(30):
        make_session_request(source_post=post)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = intake_client.get(CHANGELIST)

    assert len(listed(response)) == 31

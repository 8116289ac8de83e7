import pytest
from django.db import IntegrityError
from django.urls import reverse

from practice.models import PracticeProfile

pytestmark = pytest.mark.django_db


def test_load_creates_the_single_profile_once():
    first = PracticeProfile.load()
    second = PracticeProfile.load()

    assert first.pk == second.pk == 1
    assert PracticeProfile.objects.count() == 1


def test_saving_another_profile_replaces_the_only_row():
    PracticeProfile.load()
    PracticeProfile(name="Another practice").save()

    assert PracticeProfile.objects.count() == 1
    assert PracticeProfile.objects.get().name == "Another practice"


def test_the_database_refuses_a_second_row():
    PracticeProfile.load()
    with pytest.raises(IntegrityError):
        PracticeProfile.objects.bulk_create([PracticeProfile(pk=2, name="Second")])


def test_admin_list_goes_straight_to_the_one_profile(admin_client):
    response = admin_client.get(reverse("admin:practice_practiceprofile_changelist"))

    assert response.status_code == 302
    assert response["Location"] == reverse("admin:practice_practiceprofile_change", args=[1])


def test_admin_never_offers_a_second_profile(admin_client):
    PracticeProfile.load()

    add = admin_client.get(reverse("admin:practice_practiceprofile_add"))
    change = admin_client.get(reverse("admin:practice_practiceprofile_change", args=[1]))

    assert add.status_code == 403
    assert b"Delete" not in change.content
    assert b"Save and add another" not in change.content


def test_editing_the_profile_in_the_admin_changes_every_page(admin_client, client):
    profile = PracticeProfile.load()
    data = {
        "name": "Cedar Room Therapy",
        "tagline": "Therapy for couples in Tacoma",
        "therapist_name": "Ana Ruiz, LMFT",
        "intro": "",
        "email": "hello@cedarroom.example",
        "phone": "(253) 555-0199",
        "location": "Tacoma, Washington",
        "areas_served": "Telehealth across Washington",
        "call_to_action_heading": "Talk with us",
        "call_to_action_text": "Ask for a first conversation whenever you are ready.",
        "crisis_line": "In a crisis, call or text 988.",
        "intake_status": "accepting",
        "intake_note": "",
        "reply_within_days": "2",
        "decline_reply": "We are not the right fit; here are others who may be.",
    }

    response = admin_client.post(
        reverse("admin:practice_practiceprofile_change", args=[profile.pk]), data
    )
    assert response.status_code == 302

    page = client.get("/").content.decode()
    for value in (
        "Cedar Room Therapy",
        "Therapy for couples in Tacoma",
        "hello@cedarroom.example",
        "(253) 555-0199",
        "Tacoma, Washington",
        "Telehealth across Washington",
        "Talk with us",
        "Ask for a first conversation whenever you are ready.",
        "In a crisis, call or text 988.",
    ):
        assert value in page

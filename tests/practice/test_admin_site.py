import pytest
from django.urls import reverse

from practice.models import PracticeProfile

pytestmark = pytest.mark.django_db


def test_admin_is_titled_with_the_practice_name(admin_client):
    PracticeProfile.objects.create(name="Cedar Room Therapy")

    content = admin_client.get(reverse("admin:index")).content.decode()

    assert "Cedar Room Therapy" in content
    assert "Django administration" not in content
    assert "<title>Your practice | Cedar Room Therapy admin</title>" in content


def test_admin_index_is_arranged_for_the_therapist(admin_client):
    response = admin_client.get(reverse("admin:index"))

    sections = [app["name"] for app in response.context["app_list"]]
    assert sections == [
        "Articles",
        "Session requests",
        "Pages",
        "Practice profile",
        "Sign-in security",
        "Authentication and Authorization",
    ]
    articles = response.context["app_list"][0]
    assert [model["object_name"] for model in articles["models"]] == [
        "Post",
        "Image",
        "Author",
        "Tag",
        "PostRedirect",
    ]
    requests = response.context["app_list"][1]
    assert [model["object_name"] for model in requests["models"]] == [
        "SessionRequest",
        "SessionType",
    ]


def test_admin_login_page_carries_the_practice_name(client):
    PracticeProfile.objects.create(name="Cedar Room Therapy")

    content = client.get(reverse("admin:login")).content.decode()

    assert "Cedar Room Therapy" in content

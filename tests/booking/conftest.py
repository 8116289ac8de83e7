import pytest
from django.contrib.auth.models import Group

from practice.models import Page, PracticeProfile
from tests.factories import make_session_type


@pytest.fixture
def practice(db):
    """The practice's profile, with an address for new-request alerts, and its privacy page."""
    profile = PracticeProfile.load()
    profile.name = "Cedar Room Therapy"
    profile.email = "intake@cedarroom.example"
    profile.phone = "(253) 555-0199"
    profile.save()
    Page.objects.get_or_create(slug="privacy", defaults={"title": "Privacy", "body": "<p>P</p>"})
    return profile


@pytest.fixture
def session_type(db):
    return make_session_type(name="Couples therapy", slug="couples")


@pytest.fixture
def failing_mail(settings):
    settings.MAILERS = {"default": {"BACKEND": "tests.mail_backends.FailingEmailBackend"}}


def make_staff(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(
        username=username, password="not-used-in-tests", is_staff=True
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def intake_user(db, django_user_model):
    return make_staff(django_user_model, "intake", "Intake")


@pytest.fixture
def editor_user(db, django_user_model):
    return make_staff(django_user_model, "editor", "Editor")


@pytest.fixture
def intake_client(intake_user, client_logged_in_as):
    return client_logged_in_as(intake_user)


@pytest.fixture
def editor_client(editor_user, client_logged_in_as):
    return client_logged_in_as(editor_user)

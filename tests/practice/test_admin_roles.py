"""Every admin address and action, tried by every role: each reaches exactly what its role allows.

The addresses and actions are read from the admin site itself (its registry, each model admin's
URL patterns and actions, the autocomplete fields and the site's own pages), so a model or view
added later is tried too. What each role may do is written out below, by model.
"""

from dataclasses import dataclass

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.admin.options import ActionLocation
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.test import RequestFactory
from django.urls import URLPattern, reverse

from articles.models import Post, PostRedirect
from practice.models import Page, PracticeProfile
from practice.two_factor import enrol_authenticator
from tests.conftest import HttpsClient
from tests.factories import make_image, make_post, make_session_request

pytestmark = pytest.mark.django_db

ALL = frozenset({"view", "add", "change", "delete"})

# What each group may do, by model. A model that is not listed is closed to the group.
ROLES = {
    "Editor": {
        "articles.post": ALL,
        "articles.author": ALL,
        "articles.postredirect": ALL,
        "taggit.tag": ALL,
        "practice.page": ALL,
        "practice.image": ALL,
    },
    "Intake": {
        "booking.sessionrequest": {"view", "change"},
        "booking.sessiontype": {"view", "add", "change"},
    },
}
# What nobody may do, superusers included: requests come only from the form, the practice has
# one profile, sign-in records are written by the sign-in alone, and an authenticator's secret
# is shown once, when it is enrolled.
NOBODY = {
    "booking.sessionrequest": {"add"},
    "practice.practiceprofile": {"add", "delete"},
    "axes.accessattempt": {"add"},
    "axes.accesslog": {"add"},
    "axes.accessfailurelog": {"add"},
    "otp_totp.totpdevice": {"config", "qrcode"},
}
# Pages a model admin adds of its own need the model's view permission, unless listed here.
CUSTOM_VIEW_NEEDS = {
    "auth_user_password_change": "change",
    "taggit_tag_merge_tags": "change",
    "otp_totp_totpdevice_config": "config",
    "otp_totp_totpdevice_qrcode": "qrcode",
}
STANDARD_VIEW_NEEDS = {
    "changelist": {"view", "change"},
    "change": {"view", "change"},
    "history": {"view", "change"},
    "add": {"add"},
    "delete": {"delete"},
}
# The sign-in and sign-out pages are the door itself, not something behind it.
SITE_PAGES_NOT_TRIED = {"login", "logout"}

ROLE_NAMES = ["anonymous", "Editor", "Intake", "superuser"]


def may(role, model, action):
    """Return True if `role` may do `action` ("view", "add", …) with `model`."""
    label = model._meta.label_lower
    if role == "anonymous" or action in NOBODY.get(label, set()):
        return False
    return role == "superuser" or action in ROLES[role].get(label, set())


def may_any(role, model, actions):
    return any(may(role, model, action) for action in actions)


@dataclass
class Attempt:
    what: str
    url: str
    allowed: bool


def example_of(model):
    instance = model._default_manager.order_by("pk").first()
    assert instance is not None, (
        f"Make an example {model._meta.label} in the `examples` fixture of {__name__}, so that "
        "its admin pages are tried."
    )
    return instance


def model_admin_pages(role):
    """Yield an Attempt for every named page of every registered model admin."""
    for model, model_admin in admin.site._registry.items():
        instance = example_of(model)
        for pattern in model_admin.get_urls():
            if not isinstance(pattern, URLPattern) or pattern.name is None:
                continue
            prefix = f"{model._meta.app_label}_{model._meta.model_name}_"
            suffix = pattern.name.removeprefix(prefix)
            kwargs = dict.fromkeys(pattern.pattern.converters, instance.pk)
            url = reverse(f"admin:{pattern.name}", kwargs=kwargs)
            if suffix in STANDARD_VIEW_NEEDS:
                allowed = may_any(role, model, STANDARD_VIEW_NEEDS[suffix])
            else:
                allowed = may(role, model, CUSTOM_VIEW_NEEDS.get(pattern.name, "view"))
            yield Attempt(pattern.name, url, allowed)


def site_pages(role):
    """Yield an Attempt for the admin site's own pages: index, app lists, autocomplete, …"""
    staff = role != "anonymous"
    for pattern in admin.site.get_urls():
        if not isinstance(pattern, URLPattern) or pattern.name in SITE_PAGES_NOT_TRIED:
            continue
        if pattern.name == "app_list":
            for app_label in {model._meta.app_label for model in admin.site._registry}:
                models = [m for m in admin.site._registry if m._meta.app_label == app_label]
                allowed = any(may_any(role, m, {"view", "change"}) for m in models)
                yield Attempt(
                    f"app_list {app_label}", reverse("admin:app_list", args=[app_label]), allowed
                )
        elif pattern.name == "autocomplete":
            yield from autocomplete_pages(role)
        elif pattern.name == "view_on_site":
            # Sends staff on to the public page of something with one; shows nothing itself.
            post = example_of(Post)
            content_type = ContentType.objects.get_for_model(post)
            url = reverse("admin:view_on_site", args=[content_type.pk, post.pk])
            yield Attempt("view_on_site", url, staff)
        elif pattern.name is not None:
            yield Attempt(pattern.name, reverse(f"admin:{pattern.name}"), staff)


def autocomplete_pages(role):
    for model, model_admin in admin.site._registry.items():
        for field_name in model_admin.get_autocomplete_fields(RequestFactory().get("/")):
            target = model._meta.get_field(field_name).related_model
            url = reverse("admin:autocomplete") + (
                f"?app_label={model._meta.app_label}&model_name={model._meta.model_name}"
                f"&field_name={field_name}&term=a"
            )
            yield Attempt(
                f"autocomplete {model._meta.label}.{field_name}", url, may(role, target, "view")
            )


def outcome(response):
    if response.status_code == 302 and response["Location"].startswith(reverse("admin:login")):
        return "sign-in"
    if response.status_code in (403, 404):
        return "refused"
    assert response.status_code in (200, 302), response
    return "shown"


def action_outcome(response, name):
    """Return how posting action `name` (with follow=True) went: "shown" when it ran or asked
    for a confirmation, "refused" when the admin would not run it."""
    chain = response.redirect_chain
    if chain and chain[0][0].startswith(reverse("admin:login")):
        return "sign-in"
    if response.status_code in (403, 404):
        return "refused"
    assert response.status_code == 200, response
    context = response.context or {}
    if "No action selected." in [str(m) for m in context.get("messages", [])]:
        return "refused"
    if {"admin/change_list.html", "admin/change_form.html"} & {t.name for t in response.templates}:
        # Back on the page: the action ran only if the page offers it to this user.
        action_form = context.get("action_form")
        offered = (
            [choice for choice, _ in action_form.fields["action"].choices] if action_form else []
        )
        return "shown" if name in offered else "refused"
    return "shown"


@pytest.fixture
def examples(admin_user, django_user_model):
    """One of each thing the admin manages."""
    PracticeProfile.load()
    Page.objects.create(title="About", slug="about", body="<p>About us.</p>")
    post = make_post(tags=["attachment"])
    PostRedirect.objects.create(old_path="/articles/old-address/", post=post)
    make_image()
    make_session_request()
    enrol_authenticator(admin_user)
    for record in (AccessAttempt, AccessLog, AccessFailureLog):
        extra = {"get_data": "", "post_data": "", "failures_since_start": 1}
        record.objects.create(
            username="someone",
            ip_address="203.0.113.9",
            user_agent="test",
            http_accept="*/*",
            path_info="/admin/login/",
            **(extra if record is AccessAttempt else {}),
        )


@pytest.fixture
def client_as(client_logged_in_as, django_user_model, admin_user, examples):
    def make(role):
        if role == "anonymous":
            return HttpsClient()
        if role == "superuser":
            return client_logged_in_as(admin_user)
        user = django_user_model.objects.create_user(
            username=role.lower(), password="not-used-in-tests", is_staff=True
        )
        user.groups.add(Group.objects.get(name=role))
        return client_logged_in_as(user)

    return make


def expected(attempt, role):
    if role == "anonymous":
        return "sign-in"
    return "shown" if attempt.allowed else "refused"


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_each_role_reaches_exactly_the_admin_pages_it_may(client_as, role):
    client = client_as(role)
    attempts = [*model_admin_pages(role), *site_pages(role)]

    wrong = [
        f"{attempt.what} ({attempt.url}): {found}, should be {expected(attempt, role)}"
        for attempt in attempts
        if (found := outcome(client.get(attempt.url))) != expected(attempt, role)
    ]

    assert not wrong, f"{role}:\n" + "\n".join(wrong)


def admin_actions(role, superuser):
    """Yield (model, location, name, allowed) for every action of every model admin, on the
    list and on the change form."""
    request = RequestFactory().get("/")
    request.user = superuser
    for model, model_admin in admin.site._registry.items():
        for location in ActionLocation:
            actions = model_admin.get_actions(request, action_location=location)
            for name, action in actions.items():
                needs = getattr(action.func, "allowed_permissions", ()) or ("view",)
                allowed = may_any(role, model, {"view", "change"}) and all(
                    may(role, model, permission) for permission in needs
                )
                yield model, location, name, allowed


def post_action(client, model, location, name):
    instance = example_of(model)
    prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
    if location == ActionLocation.CHANGE_FORM:
        url = reverse(f"{prefix}_change", args=[instance.pk])
        data = {f"{location.value}-action": name}
    else:
        url = reverse(f"{prefix}_changelist")
        data = {"action": name}
    return client.post(url, {**data, "_selected_action": [instance.pk]}, follow=True)


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_each_role_may_run_exactly_the_admin_actions_it_may(client_as, admin_user, role):
    client = client_as(role)
    wrong = []
    for model, location, name, allowed in admin_actions(role, admin_user):
        found = action_outcome(post_action(client, model, location, name), name)
        want = "sign-in" if role == "anonymous" else ("shown" if allowed else "refused")
        if found != want:
            wrong.append(f"{model._meta.label} action {name}: {found}, should be {want}")

    assert not wrong, f"{role}:\n" + "\n".join(wrong)


def test_the_tried_addresses_include_the_custom_admin_pages(examples):
    tried = {attempt.what for attempt in model_admin_pages("superuser")}
    tried |= {attempt.what for attempt in site_pages("superuser")}

    assert {
        "booking_sessionrequest_by_article",
        "practice_image_picker",
        "taggit_tag_merge_tags",
        "auth_user_password_change",
        "articles_post_change",
        "booking_sessionrequest_delete",
        "index",
        "app_list booking",
    } <= tried
    assert any(what.startswith("autocomplete ") for what in tried)


def test_the_index_lists_exactly_what_each_role_may_open(client_as):
    for role in ("Editor", "Intake", "superuser"):
        response = client_as(role).get(reverse("admin:index"))
        listed = {
            model["admin_url"]
            for section in response.context["app_list"]
            for model in section["models"]
        }
        wanted = {
            reverse(f"admin:{m._meta.app_label}_{m._meta.model_name}_changelist")
            for m in admin.site._registry
            if may_any(role, m, {"view", "change"})
        }
        assert listed == wanted, role

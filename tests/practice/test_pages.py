import pytest
from django.urls import reverse

from practice.models import Page

pytestmark = pytest.mark.django_db


def test_about_and_privacy_show_the_pages_written_in_the_admin(admin_client, client):
    for slug, title in (("about", "About us"), ("privacy", "Your privacy")):
        response = admin_client.post(
            reverse("admin:practice_page_add"),
            {"title": title, "slug": slug, "body": f"<p>What {slug} says.</p>"},
        )
        assert response.status_code == 302

        page = client.get(f"/{slug}/")
        assert page.status_code == 200
        assert f"<h1>{title}</h1>" in page.content.decode()
        assert f"<p>What {slug} says.</p>" in page.content.decode()


def test_a_page_body_is_cleaned_of_scripts_when_saved():
    page = Page.objects.create(
        title="About", slug="about", body='<p onclick="steal()">Hi</p><script>steal()</script>'
    )

    assert page.body == "<p>Hi</p>"


def test_an_unknown_page_is_a_404(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert "We couldn’t find that page" in response.content.decode()


def test_pages_link_to_each_other_in_header_and_footer(client):
    Page.objects.create(title="About", slug="about")
    content = client.get("/about/").content.decode()

    assert 'href="/about/" aria-current="page"' in content
    assert 'href="/privacy/"' in content

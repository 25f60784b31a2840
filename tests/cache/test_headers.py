"""An anonymous GET of any public page is cacheable by a shared front cache."""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from tests.utils import make_user
from wagtail_govstandard.models import NewsPage

PUBLIC_PAGES = ("home", "news", "item", "contact", "policy", "sitemap", "statistics")


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_anonymous_get_sets_no_cookie_and_is_public(client, public_site, settings, name):
    settings.WAGTAILGOVSTANDARD_PUBLIC_MAX_AGE = 120
    page = getattr(public_site, name)
    response = client.get(page.url)
    assert response.status_code == 200
    assert not response.cookies, response.cookies
    assert "cookie" not in response.get("Vary", "").lower()
    assert response["Cache-Control"] == "public, max-age=120"
    assert response["ETag"].startswith('"')
    html = response.content.decode()
    assert "csrfmiddlewaretoken" not in html
    again = client.get(page.url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304 and not again.content


def test_an_edit_changes_the_etag(client, public_site):
    item = public_site.item
    before = client.get(item.url)["ETag"]
    item = NewsPage.objects.get(pk=item.pk)
    item.title = "ข่าวฉีดวัคซีน (แก้ไข)"
    item.save_revision().publish()
    assert client.get(item.url)["ETag"] != before


def test_signed_in_editor_restricted_page_and_other_language_are_not_public(client, public_site, settings):
    editor = make_user("editor", superuser=True)
    signed_in = Client()
    signed_in.force_login(editor)
    response = signed_in.get(public_site.item.url)
    assert "public" not in response.get("Cache-Control", "")

    PageViewRestriction.objects.create(page=public_site.news, restriction_type="login")
    response = Client().get(public_site.item.url)
    assert response.status_code == 302 and "public" not in response.get("Cache-Control", "")

    other_language = Client()  # the language cookie names another language than the default
    other_language.cookies["django_language"] = "th" if settings.LANGUAGE_CODE == "en" else "en"
    response = other_language.get(public_site.home.url)
    assert response["Cache-Control"] == "private, max-age=300"


def test_errors_and_api_posts_are_not_marked_public(client, public_site):
    assert "public" not in client.get("/no-such-page/").get("Cache-Control", "")
    response = client.post("/api/v3/govstandard/visits/", {"path": public_site.item.url},
                           content_type="application/json")
    assert "public" not in response.get("Cache-Control", "")

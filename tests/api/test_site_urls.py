"""Absolute URLs name the host of the request's Site, not one fixed setting."""

from django.core import mail
from wagtail.models import Site

from tests.requests.conftest import file_request
from tests.utils import bearer, make_content
from wagtail_govstandard.models import NewsPage

HOST = "hospital2.example.go.th:8123"


def test_v2_detail_url_is_on_the_requests_site(client, site_tree, settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "hospital2.example.go.th", 8123
    site.save()
    make_content(site_tree.news, NewsPage, title="ข่าว")
    response = client.get("/api/v2/pages/?type=wagtail_govstandard.NewsPage", HTTP_HOST=HOST)
    item = response.json()["items"][0]
    assert item["meta"]["detail_url"].startswith(f"http://{HOST}/api/v2/pages/"), item["meta"]
    assert item["meta"]["html_url"].startswith(f"http://{HOST}/news/")


def test_notice_links_are_on_the_host_the_change_was_made_on(client, crew, settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    settings.ALLOWED_HOSTS = ["*"]
    request_obj = file_request(crew.provider, crew.planning)
    mail.outbox.clear()
    response = client.post(f"/api/v3/govstandard/requests/{request_obj.pk}/approve/", {},
                           content_type="application/json", headers=bearer(crew.head), HTTP_HOST=HOST)
    assert response.status_code == 200
    assert response.json()["admin_url"].startswith(f"http://{HOST}/admin/")
    assert mail.outbox
    for message in mail.outbox:
        assert f"http://{HOST}/admin/" in message.body, message.body
        assert "127.0.0.1:8000" not in message.body


def test_without_a_request_the_setting_is_the_fallback(crew, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://www.example.go.th"
    mail.outbox.clear()
    file_request(crew.provider, crew.planning)  # filed outside any HTTP request (a command, a test)
    assert any("https://www.example.go.th/admin/" in m.body for m in mail.outbox)

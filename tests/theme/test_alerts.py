"""The site-wide alert banner: shown on its Site's pages (or those whose path matches) between
its start and end, in the reader's language, dismissible without a cookie."""

import datetime
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Page, Site

from tests.utils import make_index, translate
from wagtail_govstandard.theme.models import AlertBanner

NOW = timezone.now()
HOUR = datetime.timedelta(hours=1)


def _alert(**fields):
    values = {"level": "danger", "message": "งดให้บริการชั่วคราวเนื่องจากน้ำท่วม",
              "message_en": "Closed today because of the flood", "starts_at": NOW - HOUR}
    values.update(fields)
    return AlertBanner.objects.create(**values)


def _alerts_region(html):
    return html[html.index('<div class="alerts"'):html.index('<div class="topbar">')] if 'class="alerts"' in html else ""


def test_an_alert_shows_on_every_page_of_its_site_in_the_readers_language(home, client, thai_site):
    news = make_index(home, "news", title="ข่าว")
    _alert(site=Site.objects.get(root_page=home), link_url="https://example.go.th/flood", link_text="รายละเอียด")
    for url in ("/", news.url):
        region = _alerts_region(client.get(url).content.decode())
        assert 'role="region" aria-label="ประกาศแจ้งเตือน"' in region
        assert "ด่วน:</strong> งดให้บริการชั่วคราวเนื่องจากน้ำท่วม" in region
        assert '<a href="https://example.go.th/flood">รายละเอียด</a>' in region
        # Without JavaScript it stays: the dismiss button appears only when site.js runs.
        assert '<button type="button" class="alert-dismiss" hidden>' in region
    assert "Set-Cookie" not in client.get("/").headers  # the banner needs no cookie
    translate(home, {"title": "Home"})
    region = _alerts_region(client.get("/en/").content.decode())
    assert "Urgent:</strong> Closed today because of the flood" in region


def test_an_alert_keeps_to_its_time_window_its_site_and_its_pages(home, client, thai_site):
    news = make_index(home, "news", title="ข่าว")
    other_root = Page.get_first_root_node().add_child(instance=Page(title="อีกเว็บ", slug="other"))
    other = Site.objects.create(hostname="other.example", root_page=other_root)
    _alert(message="ยังไม่ถึงเวลา", starts_at=NOW + HOUR)
    _alert(message="หมดเวลาแล้ว", starts_at=NOW - 2 * HOUR, ends_at=NOW - HOUR)
    _alert(message="ของอีกเว็บไซต์", site=other)
    _alert(message="เฉพาะหน้าข่าว", path_pattern="/news/*")
    home_html, news_html = client.get("/").content.decode(), client.get(news.url).content.decode()
    for message in ("ยังไม่ถึงเวลา", "หมดเวลาแล้ว", "ของอีกเว็บไซต์"):
        assert message not in home_html and message not in news_html
    assert "เฉพาะหน้าข่าว" in news_html and "เฉพาะหน้าข่าว" not in home_html


def test_a_bad_alert_is_refused_with_a_reason():
    with pytest.raises(ValidationError) as refused:
        AlertBanner(message="x", starts_at=NOW, ends_at=NOW - HOUR, link_url="https://example.go.th/",
                    path_pattern="news/*").clean()
    assert "ends_at" in refused.value.message_dict
    with pytest.raises(ValidationError) as refused:
        AlertBanner(message="x", starts_at=NOW, link_url="https://example.go.th/").clean()
    assert "link_text" in refused.value.message_dict
    with pytest.raises(ValidationError) as refused:
        AlertBanner(message="x", starts_at=NOW, path_pattern="news/*").clean()
    assert "path_pattern" in refused.value.message_dict


def test_dismissing_keeps_the_choice_in_local_storage_not_a_cookie():
    script = Path(finders.find("wagtail_govstandard/theme/site.js")).read_text()
    assert "localStorage" in script and "document.cookie" not in script

"""Run by tests/content/test_custom_page_model.py with --ds=tests.content.custompage.settings (not collected otherwise)."""

import datetime

from wagtail.models import Site

from tests.content.custompage.models import CustomBasePage
from wagtail_govstandard.models import BasePage, CategoryIndexPage, GovContentPage, NewsPage


def test_package_pages_sit_on_the_custom_base_page():
    assert BasePage is CustomBasePage
    assert issubclass(NewsPage, CustomBasePage)
    assert GovContentPage._meta.get_field("custombasepage_ptr").related_model is CustomBasePage


def test_news_page_is_created_and_served(db, client):
    root = CustomBasePage.get_first_root_node()
    index = root.add_child(instance=CategoryIndexPage(title="ข่าวประชาสัมพันธ์", slug="news", category="news"))
    site = Site.objects.get(is_default_site=True)
    site.root_page = index
    site.save()
    news = index.add_child(instance=NewsPage(
        title="ข่าวบนหน้าฐานของโครงการ", source_owner="กลุ่มงานทดสอบ", kind="pr", hospital_code="H001",
        published_date=datetime.date(2026, 4, 30),
    ))
    news.save_revision().publish()

    assert CustomBasePage.objects.get(pk=news.pk).hospital_code == "H001"
    assert news.category == "news" and news.publication_end == datetime.date(2027, 4, 30)
    response = client.get(news.url)
    assert response.status_code == 200
    assert "ข่าวบนหน้าฐานของโครงการ" in response.content.decode()
    assert "30 April 2026" in response.content.decode()  # the test settings read English
    listing = client.get(index.url).content.decode()
    assert "ข่าวบนหน้าฐานของโครงการ" in listing
    api = client.get("/api/v3/govstandard/pages/").json()
    assert [item["title"] for item in api["items"]] == ["ข่าวบนหน้าฐานของโครงการ"]

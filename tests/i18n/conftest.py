"""A bilingual site as the example site runs it: Thai at /, English at /en/."""

import pytest
from wagtail.models import Locale, Site

from tests.utils import make_content, make_home, make_index
from wagtail_govstandard.models import NewsPage


def translate(page, fields):
    """An English translation of `page` (parents must be translated), published."""
    english = Locale.objects.get(language_code="en")
    translated = page.copy_for_translation(english, copy_parents=True).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    Site.clear_site_root_paths_cache()
    return translated


@pytest.fixture
def bilingual(db, settings, thai_site):
    """{home, home_en, news, news_en, item, item_en, thai_only}."""
    Locale.objects.get_or_create(language_code="en")
    home = make_home()
    news = make_index(home, "news", title="ข่าวประชาสัมพันธ์", slug="news")
    item = make_content(news, NewsPage, title="เตือนภัยฝุ่นละออง", slug="dust", kind="alert",
                        body=[("paragraph", "<p>ค่าฝุ่นเกินมาตรฐาน</p>")])
    thai_only = make_content(news, NewsPage, title="ประชุมคณะกรรมการ", slug="meeting", kind="general")
    home_en = translate(home, {"title": "Home", "seo_title": "Example Health Office"})
    news_en = translate(news, {"title": "News"})
    item_en = translate(item, {"title": "Dust alert", "body": [("paragraph", "<p>Dust above the standard</p>")]})
    return {"home": home, "home_en": home_en, "news": news, "news_en": news_en,
            "item": item, "item_en": item_en, "thai_only": thai_only}

"""A bilingual site as the example site runs it: Thai at /, English at /en/."""

import pytest
from wagtail.models import Locale

from tests.utils import make_content, make_home, make_index, translate  # noqa: F401 (tests import it from here)
from wagtail_govstandard.models import NewsPage


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

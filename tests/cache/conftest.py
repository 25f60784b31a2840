"""A site with every public page type, the front cache recording its purges, the beacon on."""

from types import SimpleNamespace

import pytest
from django.core.cache import cache

from tests.statistics.utils import make_survey
from tests.utils import make_content, make_home, make_index
from wagtail_govstandard.cache import backends
from wagtail_govstandard.ita.models import ItaPage
from wagtail_govstandard.models import (
    ContactPage,
    NewsPage,
    PolicyPage,
    SitemapPage,
    StatisticsPage,
    VisitCounter,
)

RECORDING = {"recording": {"BACKEND": "wagtail_govstandard.cache.backends.RecordingBackend"}}


@pytest.fixture
def recorded(settings):
    settings.WAGTAILFRONTENDCACHE = RECORDING
    backends.RECORDED.clear()
    yield backends.RECORDED
    backends.RECORDED.clear()


@pytest.fixture
def public_site(db, settings):
    settings.WAGTAILGOVSTANDARD_VISITS_BEACON = True
    cache.clear()
    home = make_home()
    news = make_index(home, "news")
    contact_index = make_index(home, "general.contact")
    stats_index = make_index(home, "statistics")
    make_survey(slug="website")
    VisitCounter.objects.create(name="Footer")
    return SimpleNamespace(
        home=home, news=news,
        item=make_content(news, NewsPage, title="ข่าวฉีดวัคซีน", slug="vaccine"),
        contact=make_content(contact_index, ContactPage, title="ติดต่อเรา", slug="contact",
                             phone="0 2123 4567", email="saraban@example.go.th", address="ถนนตัวอย่าง"),
        policy=home.add_child(instance=PolicyPage(title="นโยบายคุกกี้", slug="cookies", kind="cookie", body="<p>คุกกี้</p>")),
        sitemap=home.add_child(instance=SitemapPage(title="แผนผังเว็บไซต์", slug="sitemap")),
        statistics=make_content(stats_index, StatisticsPage, title="สถิติ", slug="stats"),
        ita=home.add_child(instance=ItaPage(title="ITA 2569", slug="ita", framework_id="moph_moit_2569")),
    )

"""A real front cache: Varnish (Debian's package) in front of gunicorn on loopback.

The test publishes, takes down and edits the footer, and reads every affected page through
Varnish once, right after the commit: that first read is already fresh, 0 stale pages. Speed is
measured in bench/cache.py, not asserted here: how long the read takes is the machine's load (a
loaded machine once took 1.4 s to render a miss, and a bound of 1 s failed a fresh page).
Skipped with its reason without varnishd (apt-get install varnish; make test does it as root) or
without PostgreSQL (gunicorn must read what the test commits).
"""

import pytest
from django.db import connection

from tests.cache import frontcache
from tests.statistics.utils import make_survey
from tests.utils import make_content, make_home, make_index, make_user
from wagtail_govstandard.models import ContactPage, NewsPage, VisitCounter

GUNICORN_PORT, VARNISH_PORT = 8311, 8312
REDIS = "redis://127.0.0.1:6379/15"

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(frontcache.VARNISHD is None,
                       reason="varnishd is not installed (apt-get install varnish; make test does it as root)"),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="gunicorn reads what the test commits: PostgreSQL"),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def shared(settings):
    """The test process and gunicorn share Redis (content versions) and purge this Varnish."""
    import redis

    redis.Redis.from_url(REDIS).flushdb()
    settings.CACHES = {"default": {"BACKEND": "wagtail_govstandard.cache.redis.RedisCache", "LOCATION": REDIS}}
    settings.WAGTAILFRONTENDCACHE = {"varnish": {
        "BACKEND": "wagtail_govstandard.cache.backends.VarnishBackend",
        "LOCATION": f"http://127.0.0.1:{VARNISH_PORT}"}}
    settings.WAGTAILGOVSTANDARD_VISITS_BEACON = True


@pytest.fixture
def stack(shared):
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    gunicorn = frontcache.start_gunicorn(GUNICORN_PORT, {
        "DJANGO_SETTINGS_MODULE": "config.settings.frontcache", "DATABASE_URL": url, "REDIS_URL": REDIS,
    })
    varnish, _workdir = frontcache.start_varnish(VARNISH_PORT, GUNICORN_PORT)
    yield
    frontcache.stop(varnish)
    frontcache.stop(gunicorn)


def through_varnish(path):
    return frontcache.get(VARNISH_PORT, path)


def fresh_at_first_read(path, expect):
    """The first read after the commit shows `expect`."""
    status, headers, body = through_varnish(path)
    return expect(status, headers, body)


def cached(path):
    through_varnish(path)
    status, headers, _body = through_varnish(path)
    assert status == 200 and headers.get("X-Cache") == "HIT", (path, status, headers)


def test_publish_take_down_and_footer_edit_are_never_stale(stack):
    home = make_home()
    news = make_index(home, "news")
    contact = make_content(make_index(home, "general.contact"), ContactPage, title="ติดต่อเรา", slug="contact",
                           phone="0 2111 1111", email="saraban@example.go.th", address="ถนนตัวอย่าง")
    make_survey(slug="website")
    VisitCounter.objects.create(name="Footer")
    item = make_content(news, NewsPage, title="ข่าวเดิม", slug="item")
    webmaster = make_user("webmaster", superuser=True)
    stale = []

    def check(path, expect):
        if not fresh_at_first_read(path, expect):
            stale.append(path)

    for path in ("/", "/news/", "/news/item/"):
        cached(path)

    # 1. an edit of the item, published
    item = NewsPage.objects.get(pk=item.pk)
    item.title = "ข่าวแก้ไขแล้ว"
    item.save_revision().publish()
    check("/news/item/", lambda s, h, b: s == 200 and "ข่าวแก้ไขแล้ว" in b)
    check("/news/", lambda s, h, b: "ข่าวแก้ไขแล้ว" in b)

    # 2. a new item: the category index lists it
    cached("/news/")
    make_content(news, NewsPage, title="ข่าวใหม่ล่าสุด", slug="fresh")
    check("/news/", lambda s, h, b: "ข่าวใหม่ล่าสุด" in b)
    check("/news/fresh/", lambda s, h, b: s == 200)

    # 3. take-down with its redirect to the category index
    from wagtail_govstandard.monitoring import actions

    for path in ("/news/", "/news/item/"):
        cached(path)
    actions.take_down(NewsPage.objects.get(pk=item.pk), webmaster, reason="หมดอายุ", redirect=True)
    check("/news/item/", lambda s, h, b: s in (301, 302) and h.get("Location", "").endswith("/news/"))
    check("/news/", lambda s, h, b: "ข่าวแก้ไขแล้ว" not in b)

    # 4. the footer: a new phone number on every page of the site
    for path in ("/", "/news/", "/news/fresh/"):
        cached(path)
    contact = ContactPage.objects.get(pk=contact.pk)
    contact.phone = "0 2999 9999"
    contact.save_revision().publish()
    for path in ("/", "/news/", "/news/fresh/", contact.url):
        check(path, lambda s, h, b: "0 2999 9999" in b)

    assert stale == [], stale

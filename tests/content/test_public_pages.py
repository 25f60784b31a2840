"""Every page type renders with what its category must carry, and the seed 2.2 metadata."""

import datetime
import re

import pytest

from tests.content.pages import PAGE_TYPES, make_typed_page
from tests.utils import make_content, make_index
from wagtail_govstandard.models import PolicyPage, SitemapPage


@pytest.mark.parametrize("key", sorted(PAGE_TYPES))
def test_every_page_type_shows_its_must_carry_fields(home, client, key):
    page, texts = make_typed_page(home, key, publication_end=datetime.date(2027, 4, 30))
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in texts:
        assert text in html, text
    attachment = page.attachments.get()
    assert "(PDF, %s)" % attachment.description.split(", ")[1] in html
    assert "/documents/%d/" % attachment.document.pk in html
    assert "30 April 2026" in html  # publication date: C.E. for a reader of English
    assert "30 April 2027" in html  # publication end
    assert page.source_owner in html


def test_site_frame_is_accessible_and_complete(home, client, thai_site):
    contact, _ = make_typed_page(home, "contact")
    home.add_child(instance=PolicyPage(title="นโยบายคุ้มครองข้อมูลส่วนบุคคล", slug="privacy", kind="privacy", body="<p>x</p>"))
    home.add_child(instance=SitemapPage(title="แผนผังเว็บไซต์", slug="sitemap"))
    news_index = make_index(home, "news", title="ข่าวประชาสัมพันธ์")
    news = make_content(news_index, PAGE_TYPES["news"][1], title="ข่าวทดสอบ", kind="pr")
    html = client.get(news.url).content.decode()
    assert '<html lang="th">' in html
    assert 'class="skip-link" href="#main"' in html and 'id="main"' in html
    assert 'role="search"' in html and 'for="site-search-q"' in html
    assert 'class="language-switch"' not in html  # a site without an English tree shows no switch
    assert 'aria-label="เส้นทางนำทาง"' in html and ">ข่าวประชาสัมพันธ์</a>" in html  # Breadcrumb
    assert "saraban@example.go.th" in html and "0 3742 5142" in html  # footer contact
    assert "/privacy/" in html and "/sitemap/" in html
    assert "wagtail_govstandard/theme/site.css" in html
    # One script, the package's own static file, deferred; nothing inline, nothing from another host.
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts == ['<script src="/static/wagtail_govstandard/theme/site.js" defer>'], scripts
    sitemap_html = client.get("/sitemap/").content.decode()
    assert "ข่าวทดสอบ" in sitemap_html and "ข่าวประชาสัมพันธ์" in sitemap_html
    assert contact.title in sitemap_html


def test_thai_by_default_whatever_the_browser_or_the_cookie_asks(home, client, thai_site):
    """The URL decides a public page's language (English lives at /en/, tests/i18n)."""
    index = make_index(home, "news")
    html = client.get(index.url, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="th">' in html
    # No CSRF token in the cached page: the switch must come from this site (issue 14).
    assert client.post("/i18n/setlang/", {"language": "en", "next": index.url},
                       headers={"Origin": "https://evil.example"}).status_code == 403
    response = client.post("/i18n/setlang/", {"language": "en", "next": index.url},
                           headers={"Origin": "http://testserver"})
    assert response.status_code == 302
    html = client.get(index.url).content.decode()
    assert '<html lang="th">' in html and "ข้ามไปยังเนื้อหาหลัก" in html


def test_policy_page_and_home_page(home, client):
    policy = home.add_child(instance=PolicyPage(title="การเข้าถึงเว็บไซต์", slug="accessibility",
                                                kind="accessibility", body="<p>WCAG 2.1 AA</p>",
                                                last_reviewed=datetime.date(2026, 1, 5)))
    html = client.get(policy.url).content.decode()
    assert "WCAG 2.1 AA" in html and "5 January 2026" in html  # English reader: C.E.
    news_index = make_index(home, "news", title="ข่าว")
    make_content(news_index, PAGE_TYPES["news"][1], title="ข่าวล่าสุด", kind="pr")
    html = client.get("/").content.decode()
    assert "ข่าวล่าสุด" in html and news_index.url in html


def test_search_finds_pages_and_escapes_the_query(home, client):
    index = make_index(home, "laws")
    make_content(index, PAGE_TYPES["law"][1], title="ระเบียบกระทรวงสาธารณสุข ว่าด้วยการเผยแพร่")
    html = client.get("/search/", {"q": "ระเบียบ"}).content.decode()
    assert "ระเบียบกระทรวงสาธารณสุข ว่าด้วยการเผยแพร่" in html
    html = client.get("/search/", {"q": "<script>x</script>"}).content.decode()
    assert "<script>x</script>" not in html and "&lt;script&gt;" in html


def _main_menu(client, url):
    html = client.get(url).content.decode()
    start = html.index('<nav class="main-nav"')
    return html[start:html.index("</nav>", start)]


def test_the_cached_site_frame_follows_the_tree(home, client):
    from wagtail.models import PageViewRestriction, Site

    news_index = make_index(home, "news", title="ข่าวประชาสัมพันธ์")
    assert ">ข่าวประชาสัมพันธ์</a>" in _main_menu(client, home.url)
    laws = make_index(home, "laws", title="กฎหมายที่เกี่ยวข้อง")
    assert ">กฎหมายที่เกี่ยวข้อง</a>" in _main_menu(client, home.url)
    PageViewRestriction.objects.create(page=laws, restriction_type="login")
    assert ">กฎหมายที่เกี่ยวข้อง</a>" not in _main_menu(client, home.url)
    news_index.unpublish()
    assert ">ข่าวประชาสัมพันธ์</a>" not in _main_menu(client, home.url)
    site = Site.objects.get(root_page=home)
    site.site_name = "โรงพยาบาลส่งเสริมสุขภาพตำบลทดสอบ"
    site.save()
    assert "โรงพยาบาลส่งเสริมสุขภาพตำบลทดสอบ" in client.get(home.url).content.decode()


def _queries_for(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_a_news_item_takes_eight_queries_whatever_the_size_of_the_site(home, client):
    """Issue 14: routing (site, locale, home, index, the item with its files), its view
    restrictions; the header, footer, visit box and survey come from the cache."""
    from tests.statistics.utils import make_survey
    from tests.utils import make_document
    from wagtail_govstandard.models import NewsPage, VisitCounter

    VisitCounter.objects.create(name="Footer")
    make_survey()
    index = make_index(home, "news", title="ข่าวประชาสัมพันธ์")
    item = make_content(index, NewsPage, title="ข่าวที่วัด", kind="pr", attachments=[make_document("ไฟล์ข่าว")])
    _queries_for(client, item.url)  # fills the caches (site root paths, frame, theme)
    few, _html = _queries_for(client, item.url)
    for number in range(25):
        make_content(index, NewsPage, title=f"ข่าว {number}", kind="pr",
                     attachments=[make_document(f"ไฟล์ {number}")])
    for category in ("laws", "knowledge", "official_info"):  # more of the menu
        make_index(home, category)
    _queries_for(client, item.url)  # the new pages renew the cached frame once
    many, html = _queries_for(client, item.url)
    assert many == few, (few, many)
    assert many <= 8, many
    assert "ข่าวที่วัด" in html and "ไฟล์ข่าว" in html and ">ข่าวประชาสัมพันธ์</a>" in html  # item, file, breadcrumb
    assert 'class="govstandard-visit-statistics"' in html and 'id="govstandard-survey-website-footer"' in html


@pytest.mark.parametrize("key", sorted(key for key, (_c, model, _f, _t) in PAGE_TYPES.items()
                                       if "kind" in {field.name for field in model._meta.fields}))
def test_a_kind_is_shown_as_a_label_begins_on_the_page_and_its_index(home, client, key):
    """Kinds are lower-case labels (Django's convention, for use inside sentences); shown on their
    own, on the page's badge, on its index's cards and in the index's filter, they begin with a
    capital: "Alert", not "alert"."""
    code, model, fields, _texts = PAGE_TYPES[key]
    index = make_index(home, code)
    for value, label in model._meta.get_field("kind").choices:
        page = make_content(index, model, **{**fields(), "title": f"{key} {value}", "kind": value})
        shown = str(label)[0].upper() + str(label)[1:]
        assert f'<p class="kind-badge">{shown}</p>' in client.get(page.url).content.decode(), value
        listing = client.get(index.url).content.decode()
        assert f'<span class="kind-badge">{shown}</span>' in listing and f">{shown}</option>" in listing, value

"""Pages a search engine can read: description, canonical, hreflang, Open Graph, JSON-LD,
robots.txt, favicon, sitemap.xml with alternates (issue #12)."""

import json
import re
from xml.etree import ElementTree

import pytest

from tests.content.pages import PAGE_TYPES, make_typed_page
from tests.utils import make_image

HEAD = re.compile(r"<head>(.*?)</head>", re.S)


def head(client, url):
    return HEAD.search(client.get(url).content.decode()).group(1)


@pytest.mark.parametrize("key", sorted(PAGE_TYPES))
def test_every_page_type_has_description_canonical_and_open_graph(client, home, key):
    page, _texts = make_typed_page(home, key)
    html = head(client, page.url)
    description = re.search(r'<meta name="description" content="([^"]+)">', html)
    assert description and len(description.group(1)) <= 161
    assert f'<link rel="canonical" href="http://localhost{page.url}">' in html
    assert f'<meta property="og:title" content="{page.title}">' in html
    assert '<meta property="og:description" content="' in html and 'property="og:url"' in html
    assert '<link rel="icon" href="/favicon.ico" sizes="32x32">' in html


def test_the_description_is_the_search_description_else_a_summary(client, home):
    page, _ = make_typed_page(home, "general")
    assert 'content="งบบุคลากร 48 ล้านบาท' in head(client, page.url)
    page.search_description = "งบประมาณของสำนักงาน"
    page.save_revision().publish()
    assert '<meta name="description" content="งบประมาณของสำนักงาน">' in head(client, page.url)


def test_news_images_are_the_open_graph_image(client, home):
    page, _ = make_typed_page(home, "news", image=make_image("ข่าว"))
    assert re.search(r'<meta property="og:image" content="http://localhost/media/images/[^"]+\.png">',
                     head(client, page.url))


def test_hreflang_alternates_and_x_default(client, bilingual):
    thai = head(client, "/news/dust/")
    english = head(client, "/en/news/dust/")
    for html in (thai, english):
        assert '<link rel="alternate" hreflang="th" href="http://localhost/news/dust/">' in html
        assert '<link rel="alternate" hreflang="en" href="http://localhost/en/news/dust/">' in html
        assert '<link rel="alternate" hreflang="x-default" href="http://localhost/news/dust/">' in html
    assert '<link rel="canonical" href="http://localhost/en/news/dust/">' in english
    assert 'content="en_US"' in english and 'content="th_TH"' in thai
    assert "hreflang" not in head(client, "/news/meeting/")  # Thai only: no alternates


def test_the_home_page_is_titled_once_and_describes_the_organisation(client, home):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    site.site_name = "สำนักงานสาธารณสุขจังหวัดตัวอย่าง"
    site.save()
    home.seo_title = site.site_name
    home.save_revision().publish()
    make_typed_page(home, "contact")
    html = head(client, "/")
    assert "<title>สำนักงานสาธารณสุขจังหวัดตัวอย่าง</title>" in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "GovernmentOrganization" and data["name"] == "สำนักงานสาธารณสุขจังหวัดตัวอย่าง"
    assert data["telephone"] == "0 3742 5141" and data["email"] == "saraban@example.go.th"
    assert data["address"]["streetAddress"] == "99 ถนนสุขภาพดี"


def test_json_ld_cannot_be_broken_out_of(client, home):
    page, _ = make_typed_page(home, "contact", address="</script><script>alert(1)</script>")
    html = head(client, "/")
    assert "<script>alert(1)" not in html and "\\u003C/script\\u003E" in html and page.live


def test_robots_txt_names_the_sitemap_and_keeps_admin_and_search_out(client, bilingual):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text and "Disallow: /search/" in text and "Disallow: /en/search/" in text
    assert "Sitemap: http://localhost/sitemap.xml" in text


def test_the_favicon_is_served_and_replaceable_per_site(client, home, settings, tmp_path):
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response["Content-Type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"
    (tmp_path / "hospital.png").write_bytes(b"\x89PNG\r\n\x1a\nfake")
    settings.STATICFILES_DIRS = [tmp_path]
    settings.WAGTAILGOVSTANDARD_FAVICONS = {"localhost": "hospital.png"}
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert response.content.startswith(b"\x89PNG")


def test_the_sitemap_lists_every_language_with_alternates(client, bilingual):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ElementTree.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {u.find("s:loc", ns).text: u for u in tree.findall("s:url", ns)}
    assert {"http://localhost/news/dust/", "http://localhost/en/news/dust/", "http://localhost/news/meeting/"} <= set(urls)
    alternates = {link.get("hreflang"): link.get("href") for link in urls["http://localhost/en/news/dust/"].findall("x:link", ns)}
    assert alternates == {"th": "http://localhost/news/dust/", "en": "http://localhost/en/news/dust/",
                          "x-default": "http://localhost/news/dust/"}
    assert urls["http://localhost/news/meeting/"].findall("x:link", ns) == []

"""Two hospitals, two Sites, each with a Thai root and its English translation (issue #12).

Each Site serves its own tree at / and /en/ (by the Host header), its language switch stays on
it, its sitemap.xml and hreflang alternates name only its own host, and the v3 pages API with
locale=en lists only its English pages.
"""

import re
from xml.etree import ElementTree

import pytest
from wagtail.models import Locale, Site

from tests.utils import ensure_tree_root, make_content, make_index, translate
from wagtail_govstandard.models import NewsPage

HOSTS = {"a": "hospital-a.example.go.th", "b": "hospital-b.example.go.th"}
NAMES = {"a": ("โรงพยาบาลเอ", "Hospital A"), "b": ("โรงพยาบาลบี", "Hospital B")}


def _hospital(key, default):
    from home.models import HomePage

    thai, english = NAMES[key]
    home = ensure_tree_root().add_child(instance=HomePage(title=thai, slug=f"home-{key}", seo_title=thai))
    home.save_revision().publish()
    if default:
        site = Site.objects.get(is_default_site=True)
        site.hostname, site.port, site.root_page, site.site_name = HOSTS[key], 80, home, thai
        site.save()
    else:
        Site.objects.create(hostname=HOSTS[key], port=80, root_page=home, site_name=thai)
    news = make_index(home, "news", title=f"ข่าว{thai}", slug="news")
    news.save_revision().publish()
    item = make_content(news, NewsPage, title=f"ข่าวฝุ่น{thai}", slug="dust", kind="general")
    translate(home, {"title": english, "seo_title": english})
    translate(news, {"title": f"News of {english}"})
    translate(item, {"title": f"Dust news of {english}"})
    Site.clear_site_root_paths_cache()
    return home


@pytest.fixture
def hospitals(thai_site):
    Locale.objects.get_or_create(language_code="en")
    return {"a": _hospital("a", True), "b": _hospital("b", False)}


def _get(client, key, path):
    response = client.get(path, HTTP_HOST=HOSTS[key])
    assert response.status_code == 200, (key, path)
    return response


def _other(key):
    return "b" if key == "a" else "a"


@pytest.mark.parametrize("key", ["a", "b"])
def test_each_site_serves_its_own_tree_in_each_language(client, hospitals, key):
    thai, english = NAMES[key]
    other_thai, other_english = NAMES[_other(key)]
    home = _get(client, key, "/").content.decode()
    assert '<html lang="th">' in home and thai in home and other_thai not in home
    home_en = _get(client, key, "/en/").content.decode()
    assert '<html lang="en">' in home_en and english in home_en and other_english not in home_en
    item = _get(client, key, "/news/dust/").content.decode()
    assert f"ข่าวฝุ่น{thai}" in item and other_thai not in item
    item_en = _get(client, key, "/en/news/dust/").content.decode()
    assert f"Dust news of {english}" in item_en and other_english not in item_en


@pytest.mark.parametrize("key", ["a", "b"])
def test_the_switch_and_the_alternates_stay_on_the_site(client, hospitals, key):
    other = HOSTS[_other(key)]
    for path, target in (("/news/dust/", "/en/news/dust/"), ("/en/news/dust/", "/news/dust/")):
        html = _get(client, key, path).content.decode()
        switch = re.search(r'<nav class="language-switch".*?</nav>', html, re.S).group(0)
        assert f'href="{target}"' in switch and other not in switch
        alternates = dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html))
        assert alternates == {"th": f"http://{HOSTS[key]}/news/dust/", "en": f"http://{HOSTS[key]}/en/news/dust/",
                              "x-default": f"http://{HOSTS[key]}/news/dust/"}


@pytest.mark.parametrize("key", ["a", "b"])
def test_the_sitemap_names_only_its_own_host(client, hospitals, key):
    tree = ElementTree.fromstring(_get(client, key, "/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locs = [u.find("s:loc", ns).text for u in tree.findall("s:url", ns)]
    links = [link.get("href") for link in tree.iter("{http://www.w3.org/1999/xhtml}link")]
    own = f"http://{HOSTS[key]}/"
    assert {own, own + "en/", own + "news/dust/", own + "en/news/dust/"} <= set(locs)
    assert links and all(url.startswith(own) for url in locs + links), [u for u in locs + links if not u.startswith(own)]


@pytest.mark.parametrize("key", ["a", "b"])
def test_the_pages_api_lists_only_the_sites_english_pages(client, hospitals, key):
    response = _get(client, key, "/api/v3/govstandard/pages/?locale=en")
    data = response.json()
    items = data["items"] if isinstance(data, dict) else data
    english = NAMES[key][1]
    assert [item["title"] for item in items] == [f"Dust news of {english}"]
    assert items[0]["locale"] == "en" and items[0]["url"] == f"http://{HOSTS[key]}/en/news/dust/"
    assert {t["url"] for t in items[0]["translations"]} == {f"http://{HOSTS[key]}/news/dust/"}

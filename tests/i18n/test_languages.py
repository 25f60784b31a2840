"""Thai at /, English at /en/, and a switch between a page and its translation (issue #12)."""

import re

from wagtail.models import Locale

from tests.utils import make_home


def _switch(html):
    match = re.search(r'<nav class="language-switch".*?</nav>', html, re.S)
    return match.group(0) if match else ""


def test_english_has_its_own_urls(client, bilingual):
    assert bilingual["item_en"].url == "/en/news/dust/"
    thai = client.get("/news/dust/").content.decode()
    english = client.get("/en/news/dust/").content.decode()
    assert '<html lang="th">' in thai and "ค่าฝุ่นเกินมาตรฐาน" in thai and "ข้ามไปยังเนื้อหาหลัก" in thai
    assert '<html lang="en">' in english and "Dust above the standard" in english
    assert "Skip to main content" in english and "ข้าม" not in english
    assert client.get("/en/").status_code == 200


def test_the_switch_links_to_the_translation_without_a_cookie(client, bilingual):
    switch = _switch(client.get("/news/dust/").content.decode())
    assert 'href="/en/news/dust/" hreflang="en" lang="en"' in switch
    assert 'href="/news/dust/" hreflang="th" lang="th" aria-current="true"' in switch
    assert "<form" not in switch and "csrf" not in switch
    back = _switch(client.get("/en/news/dust/").content.decode())
    assert 'href="/news/dust/" hreflang="th"' in back
    assert not client.cookies.get("django_language")


def test_a_thai_only_page_switches_to_the_nearest_translated_ancestor_with_a_notice(client, bilingual):
    meeting = bilingual["thai_only"]
    switch = _switch(client.get("/news/meeting/").content.decode())
    target = f"/en/news/?untranslated={meeting.pk}"
    assert f'href="{target}"' in switch
    response = client.get(target)
    assert response.status_code == 200
    html = response.content.decode()
    assert "This page is available in Thai only." in html
    assert 'href="/news/meeting/" hreflang="th" lang="th">ประชุมคณะกรรมการ</a>' in html


def test_the_notice_is_shown_only_for_a_real_untranslated_page_below(client, bilingual):
    item = bilingual["item"]
    for forged in (str(item.pk), "999999", "abc", "1" * 40, bilingual["home"].pk):
        html = client.get("/en/news/", {"untranslated": forged}).content.decode()
        assert "available in Thai only" not in html, forged


def test_a_site_without_english_has_no_switch(client, thai_site):
    Locale.objects.get_or_create(language_code="en")
    make_home()
    html = client.get("/").content.decode()
    assert 'class="language-switch"' not in html


def test_the_site_frame_is_per_language(client, bilingual):
    english = client.get("/en/news/dust/").content.decode()
    menu = re.search(r'<nav class="main-nav".*?</nav>', english, re.S).group(0)
    assert ">News</a>" in menu and "ข่าวประชาสัมพันธ์" not in menu
    assert "Example Health Office" in english  # the site's name in English (the home's translation)
    thai = client.get("/news/dust/").content.decode()
    assert ">ข่าวประชาสัมพันธ์</a>" in thai


def test_the_category_index_lists_its_own_language(client, bilingual):
    english = client.get("/en/news/").content.decode()
    assert "Dust alert" in english and "ประชุมคณะกรรมการ" not in english
    thai = client.get("/news/").content.decode()
    assert "เตือนภัยฝุ่นละออง" in thai and "ประชุมคณะกรรมการ" in thai


def test_admin_and_api_follow_accept_language(client, bilingual):
    response = client.get("/api/v3/govstandard/pages/?category=nope", HTTP_ACCEPT_LANGUAGE="th")
    assert response.status_code == 400 and "ไม่รู้จักรหัสหมวดหมู่" in response.content.decode()
    response = client.get("/api/v3/govstandard/pages/?category=nope", HTTP_ACCEPT_LANGUAGE="en")
    assert "Unknown category code" in response.content.decode()


def test_a_public_page_ignores_the_browser_language(client, bilingual):
    html = client.get("/news/dust/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="th">' in html and "ค่าฝุ่นเกินมาตรฐาน" in html
    from wagtail_govstandard.i18n.middleware import is_localized_path

    assert is_localized_path("/news/dust/") and is_localized_path("/search/")
    assert not is_localized_path("/admin/") and not is_localized_path("/robots.txt")
    assert not is_localized_path("/api/v3/govstandard/pages/")

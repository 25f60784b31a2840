"""The package's theme: the one stylesheet and its font, the header, the grouped menu that folds
on a phone without JavaScript, the footer, the theme settings."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from wagtail.models import Site

from tests.content.pages import PAGE_TYPES
from tests.utils import make_content, make_image, make_index
from wagtail_govstandard.theme.models import ThemeSettings

STATIC = Path(finders.find("wagtail_govstandard/theme/site.css")).parent
FONTS = ["sarabun-thai-400-normal", "sarabun-thai-700-normal", "sarabun-latin-400-normal", "sarabun-latin-700-normal"]


def _menu(html):
    start = html.index('<nav class="main-nav"')
    return html[start:html.index("</nav>", start)]


def test_the_stylesheet_loads_sarabun_from_the_package_only():
    css = (STATIC / "site.css").read_text()
    urls = re.findall(r"url\(\"?([^\")]+)", css)
    assert urls and all(url.startswith("fonts/") for url in urls), urls  # nothing from another host
    for name in FONTS:
        font = STATIC / "fonts" / f"{name}.woff2"
        assert f"fonts/{name}.woff2" in css
        assert font.read_bytes()[:4] == b"wOF2" and font.stat().st_size < 20_000
    assert "SIL Open Font License" in (STATIC / "fonts" / "OFL.txt").read_text()
    assert "style=" not in css


def test_header_shows_the_agency_in_thai_and_english_with_its_emblem(home, client, thai_site):
    theme = ThemeSettings.for_site(Site.objects.get(root_page=home))
    theme.agency_name_th = "สำนักงานสาธารณสุขจังหวัดทดสอบ"
    theme.agency_name_en = "Test Provincial Public Health Office"
    theme.emblem = make_image("ตราสัญลักษณ์")
    theme.palette = "blue"
    theme.save()
    html = client.get("/").content.decode()
    assert '<span class="agency-name-th" lang="th">สำนักงานสาธารณสุขจังหวัดทดสอบ</span>' in html
    assert '<span class="agency-name-en" lang="en">Test Provincial Public Health Office</span>' in html
    assert re.search(r'<img[^>]+alt=""[^>]+class="agency-emblem"', html)
    assert '<body class="palette-blue ' in html
    assert "mourning" not in html.split("<body", 1)[1].split(">", 1)[0]


def test_the_menu_groups_categories_as_citizens_look_and_folds_without_javascript(home, client, thai_site):
    make_index(home, "general.history", title="ประวัติ")
    make_index(home, "official_info", title="ข้อมูลข่าวสาร")
    make_index(home, "citizen_manual", title="คู่มือประชาชน")
    make_index(home, "news", title="ข่าว")
    make_index(home, "statistics", title="สถิติ")
    menu = _menu(client.get("/").content.decode())
    # The phone's menu button is a <details>: it opens by keyboard and is announced, with no script.
    assert '<details class="menu-toggle container">' in menu and "<summary>เมนู</summary>" in menu
    groups = re.findall(r'<details class="menu-group">\s*<summary[^>]*>([^<]+)</summary>', menu)
    assert groups == ["เกี่ยวกับหน่วยงาน", "ข้อมูลข่าวสารทางราชการ", "คู่มือและบริการ", "ข่าวสารและประกาศ", "ITA"]
    assert '<summary lang="en">ITA</summary>' in menu  # a Latin label in the Thai menu is marked English
    order = [menu.index(title) for title in ("ประวัติ", "ข้อมูลข่าวสาร", "คู่มือประชาชน", "ข่าว<", "สถิติ")]
    assert order == sorted(order)


def test_the_menu_links_the_configured_ita_page(home, client, thai_site):
    from wagtail_govstandard.content.models import PolicyPage

    make_index(home, "news", title="ข่าว")
    ita = home.add_child(instance=PolicyPage(title="การประเมิน ITA", slug="ita", kind="accessibility", body="<p>x</p>"))
    assert "การประเมิน ITA" not in _menu(client.get("/").content.decode())
    theme = ThemeSettings.for_site(Site.objects.get(root_page=home))
    theme.ita_page = ita
    theme.save()
    menu = _menu(client.get("/").content.decode())
    assert f'<a href="{ita.url}">การประเมิน ITA</a>' in menu


def test_footer_shows_social_links_and_when_the_site_was_last_updated(home, client, thai_site):
    theme = ThemeSettings.for_site(Site.objects.get(root_page=home))
    theme.line_url = "https://line.me/R/ti/p/@example"
    theme.facebook_url = "https://www.facebook.com/example"
    theme.save()
    index = make_index(home, "news", title="ข่าว")
    make_content(index, PAGE_TYPES["news"][1], title="ข่าวใหม่", kind="pr")
    html = client.get("/").content.decode()
    footer = html[html.index('<footer class="site-footer">'):]
    assert 'href="https://line.me/R/ti/p/@example"' in footer and ">LINE<" in footer
    assert 'href="https://www.facebook.com/example"' in footer
    assert re.search(r'ปรับปรุงล่าสุด: <time datetime="[^"]+">\d+ [ก-๙]+ 25\d\d[^<]*</time>', footer)
    assert 'class="govstandard-footer-widgets"' in footer


def test_mourning_mode_shows_the_black_ribbon_and_greys_the_page(home, client, thai_site):
    theme = ThemeSettings.for_site(Site.objects.get(root_page=home))
    theme.mourning_mode = True
    theme.save()
    html = client.get("/").content.decode()
    assert re.search(r'<body class="palette-green mourning', html)
    assert 'src="/static/wagtail_govstandard/theme/mourning-ribbon.svg" alt="ริบบิ้นสีดำ' in html
    assert "body.mourning { filter: grayscale(100%); }" in (STATIC / "site.css").read_text()


def test_a_favicon_is_served_by_the_package(home, client):
    html = client.get("/").content.decode()
    assert '<link rel="icon" href="/favicon.ico" sizes="32x32">' in html
    assert client.get("/favicon.ico").content == (STATIC / "favicon.ico").read_bytes()
    assert (STATIC / "favicon.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


@pytest.mark.parametrize("code", ["green", "blue", "purple", "maroon"])
def test_every_palette_keeps_white_text_and_links_above_aa_contrast(code):
    from wagtail_govstandard.theme import palettes

    def luminance(hex_colour):
        channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    def contrast(a, b):
        la, lb = sorted((luminance(a), luminance(b)), reverse=True)
        return (la + 0.05) / (lb + 0.05)

    _label, brand, dark = palettes.PALETTES[code]
    assert contrast(brand, "#ffffff") >= 4.5 and contrast(dark, "#ffffff") >= 4.5
    css = (STATIC / "site.css").read_text()
    assert f".palette-{code} {{ --brand: {brand}; --brand-dark: {dark}; }}" in css

"""The home page blocks the package ships, filled as the example home page uses them, in Thai and
English: what a citizen sees in each."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Site

from tests.utils import make_content, make_image, make_index, translate
from wagtail_govstandard.content.models.pages import EServicePage, NewsPage
from wagtail_govstandard.theme import home_blocks
from wagtail_govstandard.theme.models import ThemeSettings


@pytest.fixture
def home_with_blocks(thai_site, home):
    today = timezone.localdate()
    news = make_index(home, "news", title="ข่าว")
    services = make_index(home, "eservices", title="บริการ")
    pictured = make_image("ภาพข่าว")
    default = make_image("ภาพตั้งต้น")
    make_content(news, NewsPage, title="ข่าวมีภาพ", kind="pr", image=pictured)
    make_content(news, NewsPage, title="ข่าวไม่มีภาพ", kind="general")
    make_content(news, NewsPage, title="ประกวดราคาซื้อรถพยาบาล", kind="procurement_announcement",
                 publication_end=today + datetime.timedelta(days=9))
    make_content(news, NewsPage, title="ประกาศผู้ชนะการเสนอราคา", kind="procurement_result",
                 publication_end=today + datetime.timedelta(days=60))
    make_content(news, NewsPage, title="รับสมัครนักวิชาการคอมพิวเตอร์", kind="job",
                 publication_end=today + datetime.timedelta(days=5))
    make_content(news, NewsPage, title="รับสมัครพยาบาล", kind="job",
                 publication_end=today + datetime.timedelta(days=20))
    make_content(services, EServicePage, title="จองคิวออนไลน์", service_url="https://queue.example.go.th/")
    ita = make_index(home, "official_info", title="ข้อมูลข่าวสาร ITA")
    theme = ThemeSettings.for_site(Site.objects.get(root_page=home))
    theme.line_url = "https://line.me/R/ti/p/@example"
    theme.ita_page = ita
    theme.save()
    home.body = [
        ("slides", {"heading": "", "slides": [
            {"image": make_image("แบนเนอร์"), "alt_text": "รณรงค์ป้องกันไข้เลือดออก", "caption": "3 เก็บ", "link": news},
            {"image": make_image("แบนเนอร์ 2"), "alt_text": "ตรวจสุขภาพผู้สูงอายุ", "caption": "", "link": None},
        ]}),
        ("latest_news", {"heading": "", "count": 6, "default_image": default}),
        ("announcements", {"heading": "", "count": 5, "procurement_plan": ita, "egp_url": "https://process3.gprocurement.go.th/"}),
        ("eservices", {"heading": "", "count": 8}),
        ("ita", {"heading": "", "text": "", "page": None}),
        ("welcome", {"heading": "", "photo": make_image("ผู้อำนวยการ"), "name": "นายแพทย์สมชาย ใจดี",
                     "position": "นายแพทย์สาธารณสุขจังหวัด", "message": "<p>ยินดีต้อนรับ</p>"}),
        ("quick_links", {"heading": "ลิงก์ด่วน", "links": [
            {"title": "กระทรวงสาธารณสุข", "page": None, "url": "https://www.moph.go.th/"},
            {"title": "ติดต่อเรา", "page": news, "url": ""},
        ]}),
        ("social_links", {"heading": ""}),
    ]
    home.save_revision().publish()
    return home, {"news": news, "ita": ita, "pictured": pictured, "default": default}


def _block(html, block_type):
    start = html.index(f'class="home-block home-{block_type}"')
    following = html.find('<section class="home-block ', start)
    return html[start:following if following != -1 else html.index("</main>", start)]


def _home(client, home, language):
    if language == "th":
        return client.get("/").content.decode()
    translate(home, {"title": "Home"})  # the blocks are copied with the page, as wagtail-localize does
    return client.get("/en/").content.decode()


@pytest.mark.parametrize("language", ["th", "en"])
def test_every_home_block_renders_its_content(home_with_blocks, client, settings, language):
    settings.LANGUAGE_CODE = "th"
    home_page, pages = home_with_blocks
    html = _home(client, home_page, language)
    thai = language == "th"
    # Every block is a section named by its heading (the heading's id is unique on the page).
    sections = re.findall(r'<section class="home-block home-(\w+)" aria-labelledby="(home-[^"]+)">', html)
    assert [kind for kind, _ in sections] == ["slides", "latest_news", "announcements", "eservices", "ita",
                                             "welcome", "quick_links", "social_links"]
    for _kind, heading_id in sections:
        assert html.count(f'id="{heading_id}"') == 1

    slides = _block(html, "slides")
    assert 'alt="รณรงค์ป้องกันไข้เลือดออก"' in slides and 'alt="ตรวจสุขภาพผู้สูงอายุ"' in slides
    assert ("2 ภาพ" if thai else "2 pictures") in slides and "autoplay" not in slides
    mark = "" if thai else ' lang="th"'  # a Thai caption on the English home says it is Thai
    assert f'<a href="{pages["news"].url}"{mark}>3 เก็บ</a>' in slides

    news = _block(html, "latest_news")
    assert ("ข่าวล่าสุด" if thai else "Latest news") in news
    assert "ข่าวมีภาพ" in news and "ข่าวไม่มีภาพ" in news and "ประกวดราคา" not in news
    cards = re.findall(r'<li class="card">(.*?)</li>', news, re.S)
    with_picture = next(c for c in cards if "ข่าวมีภาพ" in c)
    without_picture = next(c for c in cards if "ข่าวไม่มีภาพ" in c)
    assert pages["pictured"].get_rendition("fill-400x300").url in with_picture
    assert pages["default"].get_rendition("fill-400x300").url in without_picture
    assert 'alt=""' in with_picture  # the title beside it says it all

    boxes = _block(html, "announcements")
    for heading in (["ประกาศจัดซื้อจัดจ้าง", "ผลการจัดซื้อจัดจ้าง", "รับสมัครงาน"] if thai
                    else ["Procurement announcements", "Procurement results", "Jobs"]):
        assert heading in boxes
    jobs = boxes[boxes.index('-job"'):]
    soonest = timezone.localdate() + datetime.timedelta(days=5)
    assert f'<time datetime="{soonest:%Y-%m-%d}">' in jobs.split("</p>")[0]  # the next deadline
    assert "รับสมัครนักวิชาการคอมพิวเตอร์" in jobs and "รับสมัครพยาบาล" in jobs
    assert "https://process3.gprocurement.go.th/" in boxes and pages["ita"].url in boxes

    assert "จองคิวออนไลน์" in _block(html, "eservices")
    ita = _block(html, "ita")
    assert f'href="{pages["ita"].url}"' in ita
    welcome = _block(html, "welcome")
    assert "นายแพทย์สมชาย ใจดี" in welcome and "นายแพทย์สาธารณสุขจังหวัด" in welcome and "ยินดีต้อนรับ" in welcome
    links = _block(html, "quick_links")
    assert "ลิงก์ด่วน" in links and 'href="https://www.moph.go.th/"' in links
    assert 'href="https://line.me/R/ti/p/@example"' in _block(html, "social_links")


def test_a_slide_without_its_text_alternative_is_refused():
    block = home_blocks.SlideBlock()
    with pytest.raises(Exception) as refused:
        block.clean(block.to_python({"image": None, "alt_text": "", "caption": "x", "link": None}))
    assert "alt_text" in str(refused.value.block_errors if hasattr(refused.value, "block_errors") else refused.value)


def test_a_quick_link_needs_a_page_or_an_address():
    block = home_blocks.LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"title": "ไม่มีปลายทาง", "page": None, "url": ""}))


def test_the_demo_home_page_fills_every_block(db):
    from tests.e2e.content import load_demo_content

    ctx = load_demo_content()
    body = ctx["home"].specific.__class__.objects.get(pk=ctx["home"].pk).body
    assert [block.block_type for block in body] == list(home_blocks.HomeBlocks.base_blocks)

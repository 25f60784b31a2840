"""The office's look: emblem, names, social links, an alert, and a home page with every block."""

import datetime
import io

from django.utils import timezone
from PIL import Image, ImageDraw
from wagtail.models import Page

from home.demo import files
from home.demo.helpers import image
from wagtail_govstandard.content.models.pages import CategoryIndexPage, EServicePage
from wagtail_govstandard.theme.models import AlertBanner, ThemeSettings

NAME_TH = "สำนักงานสาธารณสุขจังหวัดตัวอย่าง"
NAME_EN = "Sample Provincial Public Health Office"


def _png(draw_on, size):
    picture = Image.new("RGB", size, (255, 255, 255))
    draw_on(ImageDraw.Draw(picture), size)
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    return out.getvalue()


def _emblem(draw, size):
    """A round emblem in the office's green: a white cross on a circle, a ring around it."""
    w, h = size
    draw.ellipse((4, 4, w - 4, h - 4), fill=(0, 87, 63))
    draw.ellipse((16, 16, w - 16, h - 16), outline=(255, 210, 80), width=6)
    draw.rectangle((w * 0.42, h * 0.22, w * 0.58, h * 0.78), fill=(255, 255, 255))
    draw.rectangle((w * 0.22, h * 0.42, w * 0.78, h * 0.58), fill=(255, 255, 255))


def _banner(colour, accent):
    def draw_on(draw, size):
        w, h = size
        draw.rectangle((0, 0, w, h), fill=colour)
        for i in range(6):
            draw.ellipse((w * 0.55 + i * 70, h * 0.15 + (i % 2) * 80, w * 0.55 + i * 70 + 160,
                          h * 0.15 + (i % 2) * 80 + 160), fill=accent)
        draw.rectangle((60, h * 0.35, w * 0.45, h * 0.45), fill=(255, 255, 255))
        draw.rectangle((60, h * 0.55, w * 0.35, h * 0.62), fill=(255, 255, 255))
    return lambda: _png(draw_on, (1200, 400))


def load(ctx):
    site, home = ctx["site"], ctx["home"]
    indexes = ctx["indexes"]
    theme = ThemeSettings.for_site(site)
    theme.agency_name_th, theme.agency_name_en = NAME_TH, NAME_EN
    theme.emblem = image("ตราสัญลักษณ์สำนักงาน", lambda: _png(_emblem, (240, 240)), "emblem.png")
    theme.line_url = "https://line.me/R/ti/p/@example-health"
    theme.facebook_url = "https://www.facebook.com/example.health.office"
    theme.youtube_url = "https://www.youtube.com/@example-health"
    theme.ita_page = _ita_page(home, indexes)
    theme.save()
    _alert(site)
    _home_blocks(home, indexes)


def _ita_page(home, indexes):
    """The ITA page of issue #13 when its page type is installed, else the official information index."""
    for page in Page.objects.live().descendant_of(home).specific():
        if type(page).__name__.lower().startswith("ita"):
            return page
    return indexes["official_info"]


def _alert(site):
    message = "เตือนภัยสุขภาพ: ค่าฝุ่น PM2.5 เกินมาตรฐานในหลายอำเภอ ควรสวมหน้ากากเมื่อออกนอกบ้าน"
    if AlertBanner.objects.filter(message=message).exists():
        return
    now = timezone.now()
    AlertBanner.objects.create(
        level="warning", message=message,
        message_en="Health alert: PM2.5 dust is above the standard in several districts; wear a mask outdoors.",
        link_url="https://www.pcd.go.th/", link_text="ดูค่าฝุ่นจากกรมควบคุมมลพิษ",
        starts_at=now - datetime.timedelta(days=1), ends_at=now + datetime.timedelta(days=365), site=site,
    )


def _home_blocks(home, indexes):
    home = home.specific
    if home.body:
        return
    slides = [
        {"image": image("แบนเนอร์รณรงค์ป้องกันไข้เลือดออก", _banner((0, 87, 63), (0, 130, 90)), "banner-dengue.png"),
         "alt_text": "รณรงค์ป้องกันโรคไข้เลือดออก: ปิดฝาโอ่ง เปลี่ยนน้ำ คว่ำภาชนะ",
         "caption": "รณรงค์ป้องกันโรคไข้เลือดออก 3 เก็บ ป้องกัน 3 โรค", "link": indexes["news"]},
        {"image": image("แบนเนอร์ตรวจสุขภาพผู้สูงอายุ", _banner((11, 79, 138), (40, 110, 170)), "banner-elderly.png"),
         "alt_text": "ผู้สูงอายุตรวจสุขภาพฟรีที่โรงพยาบาลส่งเสริมสุขภาพตำบลใกล้บ้าน",
         "caption": "ตรวจสุขภาพผู้สูงอายุฟรี", "link": None},
    ]
    welcome = {
        "photo": image("ภาพนายแพทย์สาธารณสุขจังหวัด", lambda: files.portrait(), "director.png"),
        "name": "นายแพทย์สมชาย ใจดี", "position": "นายแพทย์สาธารณสุขจังหวัดตัวอย่าง",
        "message": "<p>ยินดีต้อนรับสู่เว็บไซต์สำนักงานสาธารณสุขจังหวัดตัวอย่าง "
                   "เราเผยแพร่ข้อมูลข่าวสาร บริการ และความรู้ด้านสุขภาพอย่างโปร่งใส เพื่อประชาชนทุกคน</p>",
    }
    quick_links = [
        {"title": index.title, "page": index, "url": ""}
        for index in (indexes["general.contact"], indexes["citizen_manual"], indexes["official_info"], indexes["laws"])
    ] + [{"title": "กระทรวงสาธารณสุข", "page": None, "url": "https://www.moph.go.th/"}]
    plan = CategoryIndexPage.objects.filter(pk=indexes["general.action_plan"].pk).first()
    home.body = [
        ("slides", {"heading": "", "slides": slides}),
        ("latest_news", {"heading": "", "count": 6,
                         "default_image": image("ภาพข่าวตั้งต้น", lambda: files.scene(people=2), "news-default.png")}),
        ("announcements", {"heading": "", "count": 5, "procurement_plan": plan,
                           "egp_url": "https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch"}),
        ("eservices", {"heading": "", "count": max(EServicePage.objects.live().count(), 1)}),
        ("ita", {"heading": "", "text": "", "page": None}),
        ("welcome", {"heading": "", **welcome}),
        ("quick_links", {"heading": "", "links": quick_links}),
        ("social_links", {"heading": ""}),
    ]
    home.save_revision().publish()

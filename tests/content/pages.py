"""One page of every content type, with the fields each category must carry (CATEGORIES.md)."""

import datetime

from django.utils import timezone

from tests.utils import make_content, make_document, make_image, make_index
from wagtail_govstandard.models import (
    CitizenManualPage,
    ContactPage,
    EServicePage,
    ExecutivesPage,
    GeneralInfoPage,
    KnowledgePage,
    LawPage,
    LinksPage,
    NewsPage,
    OfficialInfoPage,
    SopManualPage,
)

STEPS = [
    ("step", {"title": "ยื่นคำขอ", "description": "", "responsible": "งานธุรการ", "duration": 30, "unit": "minutes"}),
    ("step", {"title": "ตรวจสถานที่", "description": "", "responsible": "", "duration": 2, "unit": "days"}),
    ("step", {"title": "ออกใบอนุญาต", "description": "", "responsible": "", "duration": 1.5, "unit": "hours"}),
]

# category code, model, fields, texts a reader must see
PAGE_TYPES = {
    "general": ("general.budget", GeneralInfoPage, lambda: {
        "fiscal_year": 2569, "coverage_start": datetime.date(2025, 10, 1),
        "coverage_end": datetime.date(2026, 9, 30),
        "body": [("paragraph", "<p>งบบุคลากร 48 ล้านบาท</p>")]},
        ["งบบุคลากร 48 ล้านบาท", "FY 2569 (1 Oct 2025 – 30 Sep 2026)", "1 October 2025", "30 September 2026"]),
    "executives": ("general.executives", ExecutivesPage, lambda: {"people": [
        ("person", {"name": "นพ.ประเสริฐ สุขภาพดี", "position": "นายแพทย์สาธารณสุขจังหวัด",
                    "photo": make_image("ภาพ"), "phone": "0 3742 5141", "email": "boss@example.go.th", "is_cio": False}),
        ("person", {"name": "นพ.สมศักดิ์ รักษ์ประชา", "position": "รองนายแพทย์", "photo": None,
                    "phone": "", "email": "cio@example.go.th", "is_cio": True})]},
        ["นพ.ประเสริฐ สุขภาพดี", "นายแพทย์สาธารณสุขจังหวัด", "0 3742 5141", "boss@example.go.th",
         "Chief Information Officer (CIO)", 'alt="นพ.ประเสริฐ สุขภาพดี"']),
    "contact": ("general.contact", ContactPage, lambda: {
        "address": "99 ถนนสุขภาพดี", "phone": "0 3742 5141", "fax": "0 3742 5142",
        "email": "saraban@example.go.th", "latitude": "13.814000", "longitude": "102.072000",
        "map_image": make_image("แผนที่")},
        ["99 ถนนสุขภาพดี", "0 3742 5142", "saraban@example.go.th", "13.814000, 102.072000",
         "https://www.openstreetmap.org/?mlat=13.814000", "<img"]),
    "law": ("laws", LawPage, lambda: {
        "kind": "act", "gazette_reference": "ราชกิจจานุเบกษา เล่ม 114 ตอนที่ 46 ก",
        "enacted_date": datetime.date(1997, 9, 10), "source_owner": "สำนักงานคณะกรรมการกฤษฎีกา"},
        ["สำนักงานคณะกรรมการกฤษฎีกา", "ราชกิจจานุเบกษา เล่ม 114 ตอนที่ 46 ก", "10 September 1997"]),
    "knowledge": ("knowledge", KnowledgePage, lambda: {
        "kind": "statistics", "source_owner": "กรมควบคุมโรค",
        "data_datetime": timezone.make_aware(datetime.datetime(2026, 3, 1, 2, 30), datetime.timezone.utc)},
        ["กรมควบคุมโรค", "1 March 2026 09:30"]),
    "links": ("links", LinksPage, lambda: {"links": [
        ("link", {"title": "กระทรวงสาธารณสุข", "url": "https://www.moph.go.th/", "kind": "ministry", "description": ""}),
        ("link", {"title": "โรงพยาบาลตัวอย่าง", "url": "https://hospital.example.go.th/", "kind": "subordinate",
                   "description": ""})]},
        ["agencies of the same ministry", "agencies under this one", "https://www.moph.go.th/"]),
    "official": ("official_info", OfficialInfoPage, lambda: {"oia_section": "9(8)"},
                 ["s.9(8) other items set by the Board"]),
    "sop": ("sop_manual", SopManualPage, lambda: {"steps": STEPS},
            ["ยื่นคำขอ", "30 minutes", "2 working days", "Total time", "2 working days 2 hours"]),
    "citizen": ("citizen_manual", CitizenManualPage, lambda: {"steps": STEPS, "fee": "1,000 บาท"},
                ["ตรวจสถานที่", "1 hour 30 minutes", "1,000 บาท", "2 working days 2 hours"]),
    "news": ("news", NewsPage, lambda: {"kind": "activity", "gallery": [
        ("photo", {"image": make_image("กิจกรรม"), "caption": "รณรงค์ป้องกันไข้เลือดออก"})]},
        ["Activity photos", "Photo gallery", "รณรงค์ป้องกันไข้เลือดออก"]),
    "eservice": ("eservices", EServicePage, lambda: {
        "channel": "mobile", "service_url": "https://queue.example.go.th/", "two_way": True,
        "service_hours": "ตลอด 24 ชั่วโมง"},
        ["mobile application", "https://queue.example.go.th/", "ตลอด 24 ชั่วโมง", "Yes: you can send"]),
}


def make_typed_page(home, key, **overrides):
    """(page, texts) for PAGE_TYPES[key], published under a new index of its category."""
    code, model, fields, texts = PAGE_TYPES[key]
    index = make_index(home, code)
    values = {"title": "หน้า " + key, "published_date": datetime.date(2026, 4, 30), **fields(), **overrides}
    page = make_content(index, model, attachments=[make_document("ไฟล์แนบ", "file.pdf")], **values)
    return page, texts

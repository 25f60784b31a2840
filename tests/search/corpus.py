"""A Thai corpus of every page type and the queries a reader types, with the pages they expect.

Words sit inside sentences (no spaces around them), in StreamField blocks, manual steps,
attached file titles and plain fields; queries include compound words and mixed Thai/English.
"""

import datetime

from django.utils import timezone

from tests.utils import make_content, make_document, make_index
from wagtail_govstandard.models import (
    CitizenManualPage,
    ContactPage,
    EServicePage,
    ExecutivesPage,
    GeneralInfoPage,
    KnowledgePage,
    LawPage,
    NewsPage,
    OfficialInfoPage,
    PolicyPage,
    SopManualPage,
)


def _body(text):
    return [("paragraph", "<p>%s</p>" % text)]


def _step(title, description):
    return ("step", {"title": title, "description": description, "responsible": "", "duration": 1, "unit": "days"})


PAGES = {
    "dust": ("news", NewsPage, {"title": "เตือนภัยสุขภาพประจำวัน", "kind": "alert",
                                "body": _body("วันนี้ค่าฝุ่นPM2.5เกินค่ามาตรฐานในพื้นที่อำเภอเมืองควรสวมหน้ากาก")}),
    "pdpa": ("laws", LawPage, {"title": "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคลพ.ศ.2562", "kind": "act",
                               "body": "<p>กำหนดหลักเกณฑ์การเก็บรวบรวมใช้และเปิดเผยข้อมูล</p>"}),
    "handwash": ("knowledge", KnowledgePage, {"title": "ความรู้สุขภาพ", "kind": "article",
                                              "data_datetime": timezone.now(),
                                              "body": _body("การล้างมือเจ็ดขั้นตอนช่วยลดความเสี่ยงโรคติดต่อทางเดินหายใจ")}),
    "sop": ("sop_manual", SopManualPage, {"title": "คู่มือการปฏิบัติงานฝ่ายธุรการ", "steps": [
        _step("รับเรื่อง", "เจ้าหน้าที่ตรวจสอบความถูกต้องของเอกสารประกอบคำขอ"),
        _step("เสนอผู้บริหาร", "เสนอหัวหน้าส่วนราชการลงนามอนุมัติ")]}),
    "plan": ("general.action_plan", GeneralInfoPage, {"title": "แผนงานประจำปี", "body": _body("รายละเอียดตามไฟล์แนบ")},
             "แผนปฏิบัติราชการประจำปีงบประมาณพ.ศ.2569"),
    "clinic": ("citizen_manual", CitizenManualPage, {
        "title": "การขออนุญาตเปิดคลินิก", "steps": [_step("ยื่นคำขอ", "")], "fee": "ตามกฎกระทรวง",
        "required_documents": "<ul><li>สำเนาบัตรประจำตัวประชาชน</li><li>ใบประกอบวิชาชีพเวชกรรม</li></ul>"}),
    "queue": ("eservices", EServicePage, {"title": "บริการออนไลน์", "service_url": "https://q.example.go.th/",
                                          "body": "<p>ระบบจองคิวออนไลน์สำหรับผู้ป่วยนอกของโรงพยาบาลทุกแห่ง</p>"}),
    "contact": ("general.contact", ContactPage, {"title": "ติดต่อหน่วยงาน", "address": "เลขที่99ถนนสุขภาพดีตำบลในเมือง",
                                                 "phone": "0 3742 5141", "email": "saraban@example.go.th"}),
    "dengue": ("news", NewsPage, {"title": "กิจกรรมประจำเดือน", "kind": "activity",
                                  "body": _body("อาสาสมัครร่วมรณรงค์ป้องกันโรคไข้เลือดออกในชุมชนริมคลอง")}),
    "executives": ("general.executives", ExecutivesPage, {"title": "คณะผู้บริหาร", "people": [
        ("person", {"name": "นายแพทย์ประเสริฐสุขภาพดี", "position": "นายแพทย์สาธารณสุขจังหวัดตัวอย่าง",
                    "photo": None, "phone": "", "email": "", "is_cio": False})]}),
    "procurement": ("official_info", OfficialInfoPage, {"title": "ข้อมูลตามมาตรา9", "oia_section": "9(8)",
                                                         "body": _body("สรุปผลการจัดซื้อจัดจ้างประจำเดือนตุลาคม")}),
}
POLICY = {"title": "นโยบายเว็บไซต์", "kind": "cookie", "body": "<p>เว็บไซต์ใช้คุกกี้ที่จำเป็นเท่านั้นไม่มีโฆษณา</p>"}

QUERIES = [
    ("ค่าฝุ่น", {"dust"}), ("PM2.5", {"dust"}), ("ค่ามาตรฐาน", {"dust"}), ("สวมหน้ากาก", {"dust"}),
    ("คุ้มครอง", {"pdpa"}), ("ข้อมูลส่วนบุคคล", {"pdpa"}), ("เปิดเผยข้อมูล", {"pdpa"}),
    ("ล้างมือ", {"handwash"}), ("โรคติดต่อ", {"handwash"}), ("ทางเดินหายใจ", {"handwash"}),
    ("ความถูกต้อง", {"sop"}), ("ลงนามอนุมัติ", {"sop"}),
    ("แผนปฏิบัติราชการ", {"plan"}), ("ปีงบประมาณ", {"plan"}),
    ("บัตรประจำตัวประชาชน", {"clinic"}), ("วิชาชีพ", {"clinic"}),
    ("จองคิว", {"queue"}), ("ผู้ป่วยนอก", {"queue"}), ("โรงพยาบาล", {"queue"}),
    ("ถนนสุขภาพดี", {"contact"}), ("ไข้เลือดออก", {"dengue"}), ("ชุมชน", {"dengue"}), ("อาสาสมัคร", {"dengue"}),
    ("สาธารณสุขจังหวัด", {"executives"}), ("จัดซื้อจัดจ้าง", {"procurement"}), ("ประจำเดือน", {"procurement", "dengue"}),
    ("คุกกี้", {"policy"}), ("โฆษณา", {"policy"}), ("ป้องกันโรคไข้เลือดออก", {"dengue"}),
    ("ระบบจองคิวออนไลน์", {"queue"}),
]


def build(home):
    """{key: page}: every page published under its category index."""
    indexes, pages = {}, {}
    for key, (code, model, fields, *attachment) in PAGES.items():
        if code not in indexes:
            indexes[code] = make_index(home, code, slug=code.replace(".", "-").replace("_", "-"))
        documents = [make_document(attachment[0], "plan.pdf")] if attachment else []
        pages[key] = make_content(indexes[code], model, slug=key, attachments=documents,
                                  published_date=datetime.date(2026, 1, 5), **fields)
    policy = PolicyPage(slug="website-policy", **POLICY)
    home.add_child(instance=policy)
    policy.save_revision().publish()
    pages["policy"] = policy
    return pages


def recall_at(search, pages, k=10):
    """(recall, misses): the share of (query, expected page) pairs found in the first k results."""
    found = total = 0
    misses = []
    for query, expected in QUERIES:
        ids = [p.pk for p in list(search(query))[:k]]
        for key in expected:
            total += 1
            if pages[key].pk in ids:
                found += 1
            else:
                misses.append((query, key))
    return found / total, misses

"""Demo content: every category of the guideline filled for a provincial public health office."""

import datetime

from wagtail_govstandard.content.dates import fiscal_year, fiscal_year_range, local_now, local_today
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
    PolicyPage,
    SitemapPage,
    SopManualPage,
)

from . import files
from . import pages_text as text
from .helpers import document, image, page

SHIRTS = [(0, 87, 63), (11, 79, 138), (110, 40, 90), (120, 80, 0)]


def days_ago(n):
    return local_today() - datetime.timedelta(days=n)


def load(ctx):
    owner = ctx["users"]["webmaster"]
    planning = ctx["work_groups"]["planning"]
    promotion = ctx["work_groups"]["health-promotion"]
    common = {"user": owner, "source_owner": planning.name_th, "owner_work_group": planning}
    load_general(ctx["indexes"], common)
    load_people(ctx["indexes"], common)
    load_contact(ctx["indexes"]["general.contact"], common)
    load_laws(ctx["indexes"]["laws"], owner)
    load_knowledge(ctx["indexes"]["knowledge"], owner, promotion)
    load_links(ctx["indexes"]["links"], common)
    load_official_info(ctx["indexes"]["official_info"], common)
    load_manuals(ctx["indexes"], common)
    load_news(ctx["indexes"]["news"], owner, planning, promotion)
    load_eservices(ctx["indexes"]["eservices"], common)
    load_site_pages(ctx["home"], owner)


def _pdf(title, en_title, *lines):
    return document(title, en_title.lower().replace(" ", "-")[:60] + ".pdf", lambda: files.pdf(en_title, lines))


def _body(*paragraphs, heading=None):
    blocks = [("heading", heading)] if heading else []
    return blocks + [("paragraph", "<p>%s</p>" % p) for p in paragraphs]


def load_general(indexes, common):
    fy = fiscal_year(local_today())
    start, end = fiscal_year_range(fy)
    for code, slug, title, body in text.GENERAL:
        page(indexes[code], GeneralInfoPage, slug, title=title, body=_body(*body),
             published_date=days_ago(200), attachments=[_pdf(title, "About the office: " + slug)],
             **common)
    chart = image("แผนผังโครงสร้างสำนักงานสาธารณสุขจังหวัดตัวอย่าง", files.org_chart, "org-chart.png")
    page(indexes["general.structure"], GeneralInfoPage, "structure", title="โครงสร้างหน่วยงาน",
         chart=chart, body=_body(*text.STRUCTURE), published_date=days_ago(150),
         attachments=[_pdf("แผนภูมิโครงสร้างสำนักงาน", "Organisation chart")], **common)
    page(indexes["general.strategy"], GeneralInfoPage, f"strategy-{fy}",
         title=f"ยุทธศาสตร์สาธารณสุขจังหวัดตัวอย่าง ปี {fy - 4}–{fy}", body=_body(*text.STRATEGY),
         fiscal_year=fy, coverage_start=fiscal_year_range(fy - 4)[0], coverage_end=end,
         published_date=start, attachments=[_pdf(f"แผนยุทธศาสตร์ ปี {fy - 4}-{fy}", f"Strategy {fy - 4}-{fy}")],
         **common)
    page(indexes["general.action_plan"], GeneralInfoPage, f"action-plan-{fy}",
         title=f"แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. {fy}", body=_body(*text.ACTION_PLAN_INTRO),
         fiscal_year=fy, coverage_start=start, coverage_end=end, published_date=start,
         attachments=[
             document(f"แผนปฏิบัติราชการ ปี {fy} (ตาราง)", f"action-plan-{fy}.xlsx",
                      lambda: files.xlsx(f"แผน {fy}", ("โครงการ", "งบประมาณ (บาท)", "กลุ่มงานรับผิดชอบ"), text.ACTION_PLAN)),
             _pdf(f"แผนปฏิบัติราชการ ปี {fy}", f"Action plan {fy}"),
         ], **common)
    page(indexes["general.budget"], GeneralInfoPage, f"budget-{fy}",
         title=f"งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. {fy}", body=_body(*text.BUDGET),
         fiscal_year=fy, coverage_start=start, coverage_end=end, published_date=start,
         attachments=[document(f"งบประมาณรายจ่าย ปี {fy}", f"budget-{fy}.xlsx",
                               lambda: files.xlsx(f"งบ {fy}", ("หมวดรายจ่าย", "จำนวนเงิน (บาท)"), text.BUDGET_ROWS))],
         **common)
    page(indexes["general.performance_agreement"], GeneralInfoPage, f"agreement-{fy}",
         title=f"คำรับรองการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. {fy}", body=_body(*text.AGREEMENT),
         fiscal_year=fy, coverage_start=start, coverage_end=end, published_date=start + datetime.timedelta(days=20),
         attachments=[document(f"คำรับรองการปฏิบัติราชการ ปี {fy}", f"agreement-{fy}.docx",
                               lambda: files.docx(text.AGREEMENT))], **common)
    last_start, last_end = fiscal_year_range(fy - 1)
    page(indexes["general.performance_report"], GeneralInfoPage, f"report-{fy - 1}",
         title=f"รายงานผลการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. {fy - 1}", body=_body(*text.REPORT),
         fiscal_year=fy - 1, coverage_start=last_start, coverage_end=last_end,
         published_date=last_end + datetime.timedelta(days=30),
         attachments=[_pdf(f"รายงานผลการปฏิบัติราชการ ปี {fy - 1}", f"Performance report {fy - 1}")], **common)
    page(indexes["general.performance_report"], GeneralInfoPage, f"report-{fy - 1}-half",
         title=f"รายงานผลการดำเนินงานรอบ 6 เดือน ปีงบประมาณ พ.ศ. {fy - 1}", body=_body(*text.REPORT_HALF),
         fiscal_year=fy - 1, coverage_start=last_start, coverage_end=last_start + datetime.timedelta(days=181),
         published_date=last_start + datetime.timedelta(days=200),
         attachments=[_pdf(f"รายงานรอบ 6 เดือน ปี {fy - 1}", f"Six-month report {fy - 1}")], **common)


def _people(names):
    people = []
    for i, (name, position, phone, is_cio) in enumerate(names):
        photo = image("ภาพ " + name, lambda i=i: files.portrait(shirt=SHIRTS[i % len(SHIRTS)]), f"person-{i}.png")
        people.append(("person", {"name": name, "position": position, "photo": photo, "phone": phone,
                                  "email": f"exec{i + 1}@example.go.th", "is_cio": is_cio}))
    return people


def load_people(indexes, common):
    page(indexes["general.executives"], ExecutivesPage, "executives", title="ทำเนียบผู้บริหาร",
         intro="<p>ผู้บริหารสำนักงานสาธารณสุขจังหวัดตัวอย่าง</p>", people=_people(text.EXECUTIVES),
         published_date=days_ago(120), **common)
    cio = [person for person in text.EXECUTIVES if person[3]]
    page(indexes["general.cio"], ExecutivesPage, "cio", title="ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)",
         intro="<p>ผู้รับผิดชอบการบริหารเทคโนโลยีสารสนเทศและการเผยแพร่ข้อมูลของหน่วยงาน</p>",
         people=_people(cio), published_date=days_ago(120), **common)


def load_contact(index, common):
    map_image = image("แผนที่ตั้งสำนักงานสาธารณสุขจังหวัดตัวอย่าง", files.street_map, "map.png")
    page(index, ContactPage, "contact", title="ติดต่อเรา", address=text.ADDRESS,
         phone="0 3742 5141", fax="0 3742 5142", email="saraban@example.go.th",
         opening_hours="วันจันทร์–วันศุกร์ 08.30–16.30 น. (เว้นวันหยุดราชการ)",
         latitude="13.814000", longitude="102.072000", map_image=map_image,
         body="<p>ติดต่อเรื่องร้องเรียนได้ที่ศูนย์รับเรื่องร้องเรียน ชั้น 1 อาคารสำนักงาน</p>",
         published_date=days_ago(300), **common)


def load_laws(index, owner):
    for slug, title, kind, issuer, gazette, enacted, url in text.LAWS:
        page(index, LawPage, slug, user=owner, title=title, kind=kind, source_owner=issuer,
             gazette_reference=gazette, enacted_date=enacted, source_url=url,
             body="<p>สรุปสาระสำคัญ: %s</p>" % title, published_date=days_ago(400),
             attachments=[_pdf(title, "Law: " + slug)])


def load_knowledge(index, owner, work_group):
    common = {"user": owner, "owner_work_group": work_group}
    infographic = image("อินโฟกราฟิก การล้างมือ 7 ขั้นตอน", files.bar_chart, "handwash.png")
    data_time = local_now().replace(hour=9, minute=30, second=0, microsecond=0) - datetime.timedelta(days=20)
    for slug, kind, title, source, url, body in text.KNOWLEDGE:
        extra = {}
        attachments = []
        if kind == "infographic":
            extra["image"] = infographic
        elif kind == "multimedia":
            extra["video_url"] = url
        elif kind == "statistics":
            attachments = [document("สถิติผู้ป่วยโรคไข้เลือดออก รายอำเภอ", "dengue-stats.xlsx",
                                    lambda: files.xlsx("ไข้เลือดออก", ("อำเภอ", "ผู้ป่วย (ราย)", "อัตราต่อแสนประชากร"),
                                                       text.DENGUE_ROWS))]
        elif kind == "research":
            attachments = [_pdf(title, "Research: " + slug)]
        page(index, KnowledgePage, slug, title=title, kind=kind, source_owner=source, source_url=url,
             data_datetime=data_time, body=_body(*body), published_date=days_ago(15),
             attachments=attachments, **common, **extra)


def load_links(index, common):
    links = [("link", {"title": t, "url": u, "kind": k, "description": d}) for k, t, u, d in text.LINKS]
    page(index, LinksPage, "related-websites", title="เว็บไซต์หน่วยงานที่เกี่ยวข้อง",
         intro="<p>หน่วยงานในสังกัด หน่วยงานในกระทรวงสาธารณสุข และหน่วยงานภายนอก</p>",
         links=links, published_date=days_ago(90), **common)


def load_official_info(index, common):
    fy = fiscal_year(local_today())
    month_end = local_today().replace(day=1) - datetime.timedelta(days=1)
    month_start = month_end.replace(day=1)
    label = f"{month_start:%m}/{month_start.year + 543}"
    page(index, OfficialInfoPage, "procurement-summary",
         title=f"สรุปผลการจัดซื้อจัดจ้างประจำเดือน (แบบ สขร.1) {label}",
         oia_section="9(8)", body=_body("สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตามแบบ สขร.1"),
         coverage_start=month_start, coverage_end=month_end, published_date=days_ago(5), fiscal_year=fy,
         attachments=[document(f"แบบ สขร.1 เดือน {label}", "sorkorror1.xlsx",
                               lambda: files.xlsx("สขร.1", text.PROCUREMENT_HEADER, text.PROCUREMENT_ROWS))],
         **common)
    page(index, OfficialInfoPage, "structure-and-duties", title="โครงสร้างและการจัดองค์กร อำนาจหน้าที่",
         oia_section="7(1)", body=_body(*text.STRUCTURE), published_date=days_ago(150), **common)
    page(index, OfficialInfoPage, "plans-and-budget", title=f"แผนงาน โครงการ และงบประมาณรายจ่ายประจำปี {fy}",
         oia_section="9(3)", body=_body(*text.ACTION_PLAN_INTRO), published_date=days_ago(40),
         fiscal_year=fy, **common)


def _steps(steps):
    return [("step", {"title": t, "description": d, "responsible": r, "duration": n, "unit": u})
            for t, d, r, n, u in steps]


def load_manuals(indexes, common):
    page(indexes["sop_manual"], SopManualPage, "web-publishing-sop",
         title="คู่มือการปฏิบัติงาน การเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน",
         intro="<p>ตามประกาศแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน พ.ศ. 2562</p>",
         steps=_steps(text.SOP_STEPS), published_date=days_ago(180),
         attachments=[_pdf("คู่มือการเผยแพร่ข้อมูลผ่านเว็บไซต์", "Web publishing SOP"),
                      document("แบบฟอร์มขออนุญาตเผยแพร่ข้อมูล", "request-form.docx",
                               lambda: files.docx(text.REQUEST_FORM))], **common)
    page(indexes["sop_manual"], SopManualPage, "complaints-sop", title="คู่มือการปฏิบัติงาน การจัดการเรื่องร้องเรียน",
         steps=_steps(text.COMPLAINT_STEPS), published_date=days_ago(160),
         attachments=[_pdf("คู่มือการจัดการเรื่องร้องเรียน", "Complaints SOP")], **common)
    page(indexes["citizen_manual"], CitizenManualPage, "clinic-licence",
         title="คู่มือสำหรับประชาชน: การขออนุญาตประกอบกิจการสถานพยาบาล (คลินิก)",
         intro="<p>งานที่ให้บริการ: การขอรับใบอนุญาตประกอบกิจการสถานพยาบาลประเภทที่ไม่รับผู้ป่วยไว้ค้างคืน</p>",
         service_channel="กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข สำนักงานสาธารณสุขจังหวัดตัวอย่าง ชั้น 2",
         fee="ตามกฎกระทรวงกำหนด", steps=_steps(text.CLINIC_STEPS),
         required_documents="<ul><li>บัตรประจำตัวประชาชน</li><li>ใบประกอบวิชาชีพ</li><li>แผนผังสถานพยาบาล</li></ul>",
         published_date=days_ago(100),
         attachments=[document("แบบคำขออนุญาตประกอบกิจการสถานพยาบาล (ส.พ.1)", "sorpor1.docx",
                               lambda: files.docx(["แบบคำขออนุญาตประกอบกิจการสถานพยาบาล", "ชื่อผู้ขอ ........"])),
                      _pdf("คู่มือสำหรับประชาชน การขออนุญาตสถานพยาบาล", "Citizen manual clinic licence")],
         **common)


def load_news(index, owner, planning, promotion):
    gallery = [("photo", {"image": image(f"ภาพกิจกรรมรณรงค์ {i}", lambda i=i: files.scene(people=3 + i), f"activity-{i}.png"),
                          "caption": caption})
               for i, caption in enumerate(text.GALLERY_CAPTIONS, start=1)]
    for _i, (slug, kind, title, age, body) in enumerate(text.NEWS):
        group = promotion if kind in ("activity", "pr", "alert") else planning
        extra = {"gallery": gallery, "image": gallery[0][1]["image"]} if kind == "activity" else {}
        attachments = [_pdf(title, "News: " + slug)] if kind in text.NEWS_WITH_FILES else []
        end = days_ago(age) + datetime.timedelta(days=30) if kind in ("job", "procurement_announcement") else None
        page(index, NewsPage, slug, user=owner, title=title, kind=kind, source_owner=group.name_th,
             owner_work_group=group, body=_body(*body), published_date=days_ago(age),
             publication_end=end, attachments=attachments, **extra)


def load_eservices(index, common):
    for slug, title, channel, url, two_way, hours, body in text.ESERVICES:
        page(index, EServicePage, slug, title=title, channel=channel, service_url=url, two_way=two_way,
             service_hours=hours, body="<p>%s</p>" % body, published_date=days_ago(60), **common)


def load_site_pages(home, owner):
    for slug, kind, title, body in text.POLICIES:
        page(home, PolicyPage, slug, user=owner, title=title, kind=kind, body=body, last_reviewed=days_ago(30))
    page(home, SitemapPage, "sitemap", user=owner, title="แผนผังเว็บไซต์",
         intro="<p>หน้าทั้งหมดของเว็บไซต์ จัดตามหมวดหมู่</p>")

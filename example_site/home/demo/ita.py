"""Demo data for the ITA year: the provincial office is assessed on MOPH MOIT 2569. The content
the items ask for beyond the seed (procurement, HR, ethics, complaints, anti-corruption), the
ITA settings (framework, year, head of the agency) and the public ITA page.

The framework's year is fixed (2569, the shipped file), so the items are dated in that fiscal
year whatever day the demo is loaded. Left out on purpose, so the page shows both states: the
สขร.1 of กันยายน 2569 (MOIT 5 partly met) and MOIT 22 (nothing answers it: "not yet published").
Idempotent: pages are found by slug.
"""

import datetime

from wagtail.models import Site

from wagtail_govstandard.content.dates import fiscal_year_range
from wagtail_govstandard.ita import loader, periods
from wagtail_govstandard.models import (
    CategoryIndexPage,
    GeneralInfoPage,
    ItaPage,
    ItaSettings,
    LawPage,
    LinksPage,
    NewsPage,
)

from .helpers import page

FRAMEWORK = "moph_moit_2569"
YEAR = 2569
HEAD = ("นายแพทย์ตัวอย่าง สุขภาพดี", "นายแพทย์สาธารณสุขจังหวัดตัวอย่าง")
# category code: (slug, Thai title, fiscal year offset from YEAR or None for standing)
YEARLY = {
    "general.action_plan": ("action-plan-ita", "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. {y}", 0),
    "general.budget": ("budget-ita", "งบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. {y}", 0),
    "general.performance_report": ("performance-report-ita", "รายงานผลการปฏิบัติราชการ ปีงบประมาณ พ.ศ. {y}", -1),
    "procurement_plan": ("procurement-plan", "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. {y}", 0),
    "procurement_report": ("procurement-analysis", "รายงานการวิเคราะห์ผลการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. {y}", -1),
    "hr_policy": ("hr-policy", "นโยบายและแผนการบริหารและพัฒนาทรัพยากรบุคคล ปี {y}", 0),
    "hr_report": ("hr-report", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปีงบประมาณ พ.ศ. {y}", -1),
    "ethics_report": ("ethics-report", "รายงานผลการดำเนินการตามเกณฑ์จริยธรรมการจัดซื้อยา ปี {y}", 0),
    "participation": ("participation", "การเปิดโอกาสให้ประชาชนมีส่วนร่วม ปีงบประมาณ พ.ศ. {y}", 0),
    "integrity_measures": ("integrity-measures", "มาตรการป้องกันการรับสินบนและประกาศเจตจำนงสุจริต ปี {y}", 0),
    "anticorruption_plan": ("anticorruption-plan", "แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. {y}", 0),
    "bribery_risk": ("bribery-risk", "การประเมินความเสี่ยงการทุจริต ปีงบประมาณ พ.ศ. {y}", 0),
    "no_gift": ("no-gift", "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ปี {y}", 0),
    "gift_report": ("gift-report", "รายงานการรับของขวัญและประโยชน์อื่นใด ปี {y}", 0),
    "ethics_code": ("ethics-code", "ประมวลจริยธรรมข้าราชการพลเรือน และเกณฑ์จริยธรรมการจัดซื้อยา", None),
    "complaint_guideline": ("complaint-guideline", "คู่มือการจัดการเรื่องร้องเรียน", None),
    "complaint_channels": ("complaint-channels", "ช่องทางการร้องเรียน", None),
    "state_property": ("state-property", "แนวปฏิบัติการใช้ทรัพย์สินของราชการ", None),
    "service_statistics": ("service-statistics", "สถิติผู้รับบริการ จำแนกตามงานบริการ", None),
}


def _index(ctx, code):
    from wagtail_govstandard.content import categories

    index = ctx["indexes"].get(code) or CategoryIndexPage.objects.child_of(ctx["home"]).filter(category=code).first()
    if index is None:
        index = ctx["home"].add_child(instance=CategoryIndexPage(
            title=categories.get(code).label_th, slug=code.split(".")[-1].replace("_", "-"), category=code))
        index.save_revision().publish()
    ctx["indexes"][code] = index
    return index


def _body(text):
    return [("paragraph", f"<p>{text}</p>")]


def yearly_items(ctx, common):
    for code, (slug, title, offset) in YEARLY.items():
        fields = {}
        if offset is not None:
            year = YEAR + offset
            start, end = fiscal_year_range(year)
            fields = {"fiscal_year": year, "coverage_start": start, "coverage_end": end}
            title = title.format(y=year)
        page(_index(ctx, code), GeneralInfoPage, f"{slug}-{YEAR + (offset or 0)}" if offset is not None else slug,
             title=title, body=_body(title), published_date=fiscal_year_range(YEAR)[0] + datetime.timedelta(days=15),
             **fields, **common)


def monthly_summaries(ctx, common):
    """สขร.1 for every month of FY 2569 but the last (shows "partly met" with its reason)."""
    index = _index(ctx, "procurement_monthly")
    for first, last in periods.months(YEAR)[:-1]:
        label = f"{first.month:02d}-{first.year}"
        page(index, GeneralInfoPage, f"sor-kor-ror-1-{label}",
             title=f"สรุปผลการจัดซื้อจัดจ้าง (สขร.1) เดือน {first.month}/{first.year + 543}",
             body=_body("สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน"), fiscal_year=YEAR,
             coverage_start=first, coverage_end=last, published_date=last + datetime.timedelta(days=5), **common)


def complaint_statistics(ctx, common):
    index = _index(ctx, "complaint_statistics")
    for number, (first, last) in enumerate(periods.quarters(YEAR), start=1):
        page(index, GeneralInfoPage, f"complaints-q{number}-{YEAR}",
             title=f"สถิติเรื่องร้องเรียน ไตรมาสที่ {number} ปีงบประมาณ พ.ศ. {YEAR}",
             body=_body("จำนวนเรื่องร้องเรียนและผลการดำเนินการ"), fiscal_year=YEAR,
             coverage_start=first, coverage_end=last, published_date=last + datetime.timedelta(days=10), **common)


def news_of_the_year(ctx, owner, work_group):
    start, _end = fiscal_year_range(YEAR)
    common = {"user": owner, "source_owner": work_group.name_th, "owner_work_group": work_group}
    index = ctx["indexes"]["news"]
    for slug, kind, title, day in (
        ("pr-ita-2569", "pr", "สสจ.ตัวอย่าง รณรงค์ฉีดวัคซีนไข้หวัดใหญ่ ปี 2569", 20),
        ("procurement-announcement-2569", "procurement_announcement", "ประกาศประกวดราคาซื้อครุภัณฑ์การแพทย์ ปี 2569", 40),
        ("procurement-result-2569", "procurement_result", "ประกาศผู้ชนะการเสนอราคาครุภัณฑ์การแพทย์ ปี 2569", 70),
        ("anticorruption-day-2569", "activity", "กิจกรรมวันต่อต้านคอร์รัปชันสากล 9 ธันวาคม 2568", 69),
    ):
        published = start + datetime.timedelta(days=day)
        # Kept online through the next fiscal year, while the year is assessed.
        page(index, NewsPage, slug, title=title, kind=kind, body=_body(title), published_date=published,
             publication_end=fiscal_year_range(YEAR + 1)[1], **common)


def half_year_report(ctx, common):
    first, last = periods.covers(periods.FIRST_HALF, YEAR)
    page(_index(ctx, "anticorruption_report"), GeneralInfoPage, f"anticorruption-report-{YEAR}-h1",
         title=f"รายงานผลการดำเนินการป้องกันการทุจริต รอบ 6 เดือน ปีงบประมาณ พ.ศ. {YEAR}",
         body=_body("ผลการดำเนินงานตามแผนป้องกันการทุจริต ตุลาคม – มีนาคม"), fiscal_year=YEAR,
         coverage_start=first, coverage_end=last, published_date=last + datetime.timedelta(days=10), **common)


def fifth_law(ctx, owner):
    """MOIT 2.1.5 asks for at least five laws; the seed's demo has four."""
    page(ctx["indexes"]["laws"], LawPage, "procurement-act-2560", user=owner,
         title="พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560", kind="act",
         source_owner="สำนักงานคณะกรรมการกฤษฎีกา",
         gazette_reference="ราชกิจจานุเบกษา เล่ม 134 ตอนที่ 24 ก วันที่ 24 กุมภาพันธ์ 2560",
         enacted_date=datetime.date(2017, 2, 24), source_url="https://www.krisdika.go.th/",
         body="<p>สรุปสาระสำคัญ: การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ</p>",
         published_date=fiscal_year_range(YEAR)[0])


def social_channels(ctx, common):
    page(_index(ctx, "social_channels"), LinksPage, "social-channels", title="ช่องทางถาม-ตอบและสื่อสังคมออนไลน์",
         links=[("link", {"title": "Facebook สสจ.ตัวอย่าง", "url": "https://www.facebook.com/", "kind": "other"})],
         **common)


def settings_and_page(ctx):
    site = ctx["site"]
    ita_settings = ItaSettings.for_site(site)
    ita_settings.frameworks = [loader.family(FRAMEWORK)]
    ita_settings.assessment_year = YEAR
    ita_settings.agency_name = site.site_name
    ita_settings.head_name, ita_settings.head_position = HEAD
    ita_settings.save()
    return page(ctx["home"], ItaPage, f"ita-{YEAR}", title=f"การประเมิน ITA ปีงบประมาณ พ.ศ. {YEAR} (MOIT)",
                framework_id=FRAMEWORK, user=ctx["users"]["webmaster"])


def load(ctx):
    owner, planning = ctx["users"]["webmaster"], ctx["work_groups"]["planning"]
    common = {"user": owner, "source_owner": planning.name_th, "owner_work_group": planning}
    yearly_items(ctx, common)
    monthly_summaries(ctx, common)
    complaint_statistics(ctx, common)
    news_of_the_year(ctx, owner, planning)
    half_year_report(ctx, common)
    fifth_law(ctx, owner)
    social_channels(ctx, common)
    settings_and_page(ctx)
    from . import hospital

    hospital.load(ctx)
    Site.clear_site_root_paths_cache()

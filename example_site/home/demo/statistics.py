"""Demo step of seed 1.10: a visit box, the default satisfaction survey, a year of visit roll-ups,
a few hundred responses (approved and pending comments) and the StatisticsPage. Idempotent."""

import datetime
import random

from django.utils import timezone

from wagtail_govstandard.content.dates import local_today
from wagtail_govstandard.models import (
    CategoryIndexPage,
    DailyPageVisits,
    DailyVisits,
    SatisfactionSurvey,
    StatisticsPage,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
    VisitCounter,
)
from wagtail_govstandard.statistics.setup import grant_statistics_permissions

SURVEY_SLUG = "website-satisfaction"
QUESTIONS = [
    ("content", "เนื้อหาของเว็บไซต์ครบถ้วน ถูกต้อง และเป็นประโยชน์", "The content is complete, correct and useful"),
    ("timeliness", "ข้อมูลเป็นปัจจุบัน ทันต่อเหตุการณ์", "The information is up to date"),
    ("findability", "ค้นหาข้อมูลที่ต้องการได้ง่าย", "It is easy to find what I need"),
    ("design", "การออกแบบสวยงาม อ่านง่าย ใช้งานสะดวก", "The design is clear, readable and easy to use"),
    ("overall", "ความพึงพอใจต่อเว็บไซต์โดยรวม", "Overall satisfaction with the website"),
]
COMMENTS = [
    ("อยากให้เพิ่มตารางออกหน่วยบริการเคลื่อนที่", "approved"),
    ("ค้นหาคู่มือประชาชนได้ง่ายขึ้นมาก ขอบคุณครับ", "approved"),
    ("ข่าวประชาสัมพันธ์อัปเดตเร็วดี", "approved"),
    ("ตัวอักษรบนมือถือเล็กไปนิด", "approved"),
    ("อยากให้มีระบบจองคิวออนไลน์ทุกโรงพยาบาล", "pending"),
    ("เว็บโหลดช้าช่วงเช้า", "pending"),
]


def load(ctx):
    grant_statistics_permissions()
    site = ctx["site"]
    counter, _ = VisitCounter.objects.get_or_create(
        name="ส่วนท้ายเว็บไซต์", defaults={"since": local_today() - datetime.timedelta(days=365)}
    )
    survey = _survey()
    _statistics_page(ctx, counter, survey)
    _visits(site)
    _responses(survey)


def _survey():
    survey, created = SatisfactionSurvey.objects.get_or_create(
        slug=SURVEY_SLUG,
        defaults={"title_th": "ประเมินความพึงพอใจเว็บไซต์", "title_en": "Rate this website", "site_wide": True,
                  "intro_th": "โปรดให้คะแนน 1 (น้อยที่สุด) ถึง 5 (มากที่สุด)",
                  "intro_en": "Please rate from 1 (least) to 5 (most)."},
    )
    if created:
        for order, (key, text_th, text_en) in enumerate(QUESTIONS):
            SurveyQuestion.objects.create(survey=survey, key=key, text_th=text_th, text_en=text_en, sort_order=order)
    return survey


def _statistics_index(ctx):
    index = ctx.get("indexes", {}).get("statistics")
    if index:
        return index
    home = ctx["home"]
    existing = CategoryIndexPage.objects.child_of(home).filter(category="statistics").first()
    if existing:
        return existing
    index = CategoryIndexPage(title="สถิติผู้เข้าชมและความพึงพอใจ", slug="statistics", category="statistics")
    home.add_child(instance=index)
    index.save_revision().publish()
    ctx.setdefault("indexes", {})["statistics"] = index
    return index


def _statistics_page(ctx, counter, survey):
    index = _statistics_index(ctx)
    if StatisticsPage.objects.child_of(index).filter(slug="satisfaction").exists():
        return
    page = StatisticsPage(
        title="สถิติผู้เข้าชมและระดับความพึงพอใจต่อเว็บไซต์", slug="satisfaction",
        source_owner="กลุ่มงานสุขภาพดิจิทัล", visit_counter=counter, survey=survey,
        intro="<p>สถิติผู้เข้าชมและผลการประเมินความพึงพอใจต่อเว็บไซต์ ประจำปีงบประมาณ (ITA O15, O16)</p>",
    )
    index.add_child(instance=page)
    page.save_revision(user=ctx.get("users", {}).get("webmaster")).publish()


def _visits(site):
    """A year of daily roll-ups, busier on weekdays; made once (existing days are left alone)."""
    from wagtail.models import Page

    rng = random.Random(2562)
    today = local_today()
    pages = list(Page.objects.live().descendant_of(site.root_page, inclusive=True).order_by("path")[:12])
    site_rows, page_rows = [], []
    for offset in range(365, 0, -1):
        day = today - datetime.timedelta(days=offset)
        base = 260 if day.weekday() < 5 else 90
        views = base + rng.randint(0, 140)
        site_rows.append(DailyVisits(site=site, day=day, views=views, visitors=int(views * rng.uniform(0.35, 0.5))))
        for rank, page in enumerate(pages):
            share = max(1, views // (3 + rank * 2))
            page_rows.append(DailyPageVisits(site=site, page=page, day=day, views=share,
                                             visitors=max(1, int(share * 0.6))))
    DailyVisits.objects.bulk_create(site_rows, ignore_conflicts=True)
    DailyPageVisits.objects.bulk_create(page_rows, ignore_conflicts=True)


def _responses(survey, count=320):
    if survey.responses.exists():
        return
    rng = random.Random(1010)
    questions = list(survey.questions.all())
    today = local_today()
    for n in range(count):
        day = today - datetime.timedelta(days=rng.randint(0, 364))
        comment, status = COMMENTS[n % len(COMMENTS)] if n % 20 == 0 else ("", "pending")
        response = SurveyResponse.objects.create(
            survey=survey, day=day, submitted_at=timezone.now() - datetime.timedelta(days=(today - day).days),
            respondent_type=rng.choice(["public", "public", "patient", "staff", "other", ""]),
            comment=comment, comment_status=status,
        )
        SurveyAnswer.objects.bulk_create(
            SurveyAnswer(response=response, question=q, rating=rng.choices([2, 3, 4, 5], weights=[1, 3, 8, 7])[0])
            for q in questions
        )

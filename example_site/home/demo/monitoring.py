"""Demo data for the webmasters' monitoring (seed 3): something in every list of the expiry
review (expired, ending soon, past review, missing end), one take-down on record, and a stale
category so the completeness report shows a gap. Idempotent: items are found by slug."""

import datetime

from wagtail_govstandard.content.dates import fiscal_year, local_today
from wagtail_govstandard.models import (
    CategoryIndexPage,
    ExpiryAction,
    GeneralInfoPage,
    GovContentPage,
    NewsPage,
)
from wagtail_govstandard.monitoring import actions


def _days(n):
    return local_today() + datetime.timedelta(days=n)


def _index(ctx, code, title):
    index = ctx.get("indexes", {}).get(code)
    if index is None:
        index = CategoryIndexPage.objects.child_of(ctx["home"]).filter(category=code).first()
    if index is None:
        index = CategoryIndexPage(title=title, slug=code.replace(".", "-"), category=code)
        ctx["home"].add_child(instance=index)
        index.save_revision().publish()
    ctx.setdefault("indexes", {})[code] = index
    return index


def _item(parent, model, slug, title, end, review, work_group=None, **fields):
    """The item by slug, created and published the first time; dates then set as the demo needs."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        published = min(d for d in (_days(-60), end, review) if d)
        page = model(title=title, slug=slug, source_owner=work_group.name_th if work_group else "งานประชาสัมพันธ์",
                     owner_work_group=work_group, published_date=published,
                     publication_end=end or _days(365), review_by=review or _days(365), **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        GovContentPage.objects.filter(pk=page.pk).update(publication_end=end, review_by=review)
    return page


def load(ctx):
    news = _index(ctx, "news", "ข่าวประชาสัมพันธ์")
    planning = ctx["work_groups"]["planning"]
    promotion = ctx["work_groups"]["health-promotion"]
    _item(news, NewsPage, "demo-expired-job", "ประกาศรับสมัครลูกจ้างชั่วคราว ตำแหน่งนักวิชาการคอมพิวเตอร์",
          _days(-5), _days(20), planning, kind="job")
    _item(news, NewsPage, "demo-ending-soon", "ประกาศประกวดราคาจ้างปรับปรุงอาคารสำนักงาน",
          _days(7), _days(20), planning, kind="procurement_announcement")
    _item(news, NewsPage, "demo-missing-end", "ประชาสัมพันธ์การรณรงค์ฉีดวัคซีนไข้หวัดใหญ่",
          None, _days(20), promotion, kind="pr")
    history = _index(ctx, "general.history", "ประวัติความเป็นมา")
    _item(history, GeneralInfoPage, "demo-past-review", "ประวัติสำนักงานสาธารณสุขจังหวัด",
          None, _days(-10), None, category="general.history")
    _take_down_demo(ctx, news, planning)
    _stale_agreement(ctx)


def _take_down_demo(ctx, news, work_group):
    page = _item(news, NewsPage, "demo-taken-down", "ผลการจัดซื้อจัดจ้าง เดือนมิถุนายน",
                 _days(-40), _days(20), work_group, kind="procurement_result")
    if page.live and not ExpiryAction.objects.filter(page_id=page.pk, action=ExpiryAction.TAKE_DOWN).exists():
        actions.take_down(page, ctx["users"]["webmaster"], "สิ้นสุดระยะเวลาเผยแพร่", redirect=True)


def _stale_agreement(ctx):
    """A performance agreement of last fiscal year only: stale for this one (a completeness gap)."""
    code = "general.performance_agreement"
    index = _index(ctx, code, "คำรับรองการปฏิบัติราชการ")
    current = fiscal_year(local_today())
    if GovContentPage.objects.live().filter(category=code, fiscal_year=current).exists():
        return
    _item(index, GeneralInfoPage, "demo-agreement-last-year", f"คำรับรองการปฏิบัติราชการ ปีงบประมาณ {current - 1}",
          None, _days(200), None, category=code, fiscal_year=current - 1)

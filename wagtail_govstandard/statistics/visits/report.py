"""Data of the webmasters' visit report and the open-data CSV: by day, by month, top pages."""

import datetime

from django.db.models import Sum
from django.db.models.functions import TruncMonth

from wagtail_govstandard.content.dates import be_year


def daily(site_id, start, end):
    """[(day, views, visitors)] for every day from start to end, zero when nothing was counted."""
    from wagtail_govstandard.statistics.visits.models import DailyVisits

    rows = {
        r["day"]: (r["views"], r["visitors"])
        for r in DailyVisits.objects.filter(site_id=site_id, day__range=(start, end)).values("day", "views", "visitors")
    }
    days = (start + datetime.timedelta(days=n) for n in range((end - start).days + 1))
    return [(day, *rows.get(day, (0, 0))) for day in days]


def monthly(site_id, start=None, end=None):
    """[(first day of month, views, visitors)] for the months with data in the range."""
    from wagtail_govstandard.statistics.visits.models import DailyVisits

    rows = DailyVisits.objects.filter(site_id=site_id)
    if start:
        rows = rows.filter(day__gte=start)
    if end:
        rows = rows.filter(day__lte=end)
    rows = (rows.annotate(month=TruncMonth("day")).values("month")
            .annotate(views=Sum("views"), visitors=Sum("visitors")).order_by("month"))
    return [(_as_date(r["month"]), r["views"], r["visitors"]) for r in rows]


def _as_date(value):
    return value.date() if isinstance(value, datetime.datetime) else value


def top_pages(site_id, start, end, limit=20):
    """[(page, views, visitor-days)] most viewed first."""
    from wagtail_govstandard.content.models.base import BasePage
    from wagtail_govstandard.statistics.visits.models import DailyPageVisits

    rows = list(
        DailyPageVisits.objects.filter(site_id=site_id, day__range=(start, end)).values("page_id")
        .annotate(views=Sum("views"), visitors=Sum("visitors")).order_by("-views", "page_id")[:limit]
    )
    pages = BasePage.objects.in_bulk([r["page_id"] for r in rows])
    return [(pages.get(r["page_id"]), r["views"], r["visitors"]) for r in rows if r["page_id"] in pages]


def month_label(day, language=None):
    """ต.ค. 2568 for Thai readers, Oct 2025 for English readers; exports pass "th" (ITA evidence)."""
    from django.utils.translation import get_language

    from wagtail_govstandard.content.dates import MONTHS_EN_SHORT, MONTHS_SHORT

    if (language or get_language() or "th").startswith("en"):
        return f"{MONTHS_EN_SHORT[day.month - 1]} {day.year}"
    return f"{MONTHS_SHORT[day.month - 1]} {be_year(day.year)}"

"""The figures people read: today, yesterday, this month, this year, total, since (cached)."""

import datetime

from django.core.cache import cache
from django.db.models import Min, Q, Sum

from wagtail_govstandard import conf
from wagtail_govstandard.content.dates import local_today

PERIODS = ("today", "yesterday", "month", "year", "total")


def _period_filters(today):
    return {
        "today": Q(day=today),
        "yesterday": Q(day=today - datetime.timedelta(days=1)),
        "month": Q(day__gte=today.replace(day=1), day__lte=today),
        "year": Q(day__gte=today.replace(month=1, day=1), day__lte=today),
        "total": Q(),
    }


def _queryset(site_id, page_id):
    from wagtail_govstandard.statistics.visits.models import DailyPageVisits, DailyVisits

    if page_id:
        return DailyPageVisits.objects.filter(site_id=site_id, page_id=page_id)
    return DailyVisits.objects.filter(site_id=site_id)


def compute(site_id, page_id=None, today=None):
    """{"views": {period: n}, "visitors": {period: n}, "since": date|None} in one query."""
    today = today or local_today()
    aggregates = {"since": Min("day")}
    for period, condition in _period_filters(today).items():
        aggregates[f"views_{period}"] = Sum("views", filter=condition, default=0)
        aggregates[f"visitors_{period}"] = Sum("visitors", filter=condition, default=0)
    row = _queryset(site_id, page_id).aggregate(**aggregates)
    return {
        "views": {p: row[f"views_{p}"] for p in PERIODS},
        "visitors": {p: row[f"visitors_{p}"] for p in PERIODS},
        "since": row["since"],
    }


def cached(site_id, page_id=None, guard=None):
    """compute(), cached for STATS_CACHE_SECONDS per site, page and day; `guard` wraps the
    computation when it runs (a savepoint: statistics/widgets.py)."""
    today = local_today()
    key = f"govstandard:stats:{site_id}:{page_id or 0}:{today.isoformat()}"
    figures = cache.get(key)
    if figures is None:
        read = lambda: compute(site_id, page_id, today)  # noqa: E731
        figures = guard(read)() if guard else read()
        cache.set(key, figures, conf.get("STATS_CACHE_SECONDS"))
    return figures

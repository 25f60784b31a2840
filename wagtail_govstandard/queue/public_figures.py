"""The public monthly figures of a hospital's queue: /queue/statistics/ (?year= a B.E. fiscal
year), and as JSON at /api/v3/govstandard/queue/statistics/. Per month of the fiscal year and
service point: tickets, served, median and 90th-percentile waiting, median service time,
no-shows. The ITA "service statistics" item (O11) links the page (ita/generated.py). Aggregates
only, no ticket; the figures are remembered for ten minutes."""

from django.core.cache import caches
from django.http import Http404
from django.template.response import TemplateResponse
from wagtail.models import Site

from wagtail_govstandard.content.dates import fiscal_year, fiscal_year_range
from wagtail_govstandard.queue import clock, conf, figures
from wagtail_govstandard.statistics.visits.report import month_label

FRESH_SECONDS = 600


def years_shown(site, today):
    """The fiscal years the figures reach, newest first (this year alone when there are none)."""
    first = figures.first_day([site.pk])
    current = fiscal_year(today)
    return list(range(current, fiscal_year(min(first, today)) - 1 if first else current - 1, -1))


def month_rows(site, year, today):
    """figures.months() of `site` in fiscal year `year`, remembered for FRESH_SECONDS."""
    key = f"govstandard-queue-months:{site.pk}:{year}:{today.isoformat()}"
    cache = caches[conf.get("CACHE")]
    found = cache.get(key)
    if found is None:
        start, end = fiscal_year_range(year)
        found = figures.months([site.pk], start, min(end, today))
        cache.set(key, found, FRESH_SECONDS)
    return found


def chosen(request):
    """(site, year, years, rows) for the request's Site and its ?year= (default: this fiscal
    year); Http404 for another Site's name, a year without figures or anything not a year."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    today = clock.today()
    years = years_shown(site, today)
    asked = request.GET.get("year", "")
    year = int(asked) if asked.isascii() and asked.isdigit() and len(asked) == 4 else (None if asked else years[0])
    if year not in years:
        raise Http404("No figures for that fiscal year.")
    return site, year, years, month_rows(site, year, today)


def statistics_page(request):
    site, year, years, rows = chosen(request)
    return TemplateResponse(request, "govstandard_queue/statistics_page.html", {
        "site_name": site.site_name, "year": year, "years": years,
        "rows": [{**row, "month": month_label(row["day"])} for row in rows],
    })

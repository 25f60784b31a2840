"""The annual monitoring report (MOIT 1, evidence 5) for one fiscal year in B.E.: requests,
time to publication, rejections, verbal approvals, take-downs, items published per category,
and the completeness status at the year's end."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from wagtail_govstandard import roles
from wagtail_govstandard.content import categories
from wagtail_govstandard.content.dates import (
    fiscal_year,
    fiscal_year_range,
    format_date,
    local_today,
    local_tz,
)
from wagtail_govstandard.content.models.pages import GovContentPage
from wagtail_govstandard.monitoring import completeness, request_stats
from wagtail_govstandard.monitoring.models import ExpiryAction


@dataclass
class AnnualReport:
    year: int
    first_day: datetime.date
    last_day: datetime.date
    requests: dict | None
    take_downs: dict
    published: list
    completeness: completeness.Report
    webmasters: list

    @property
    def period_label(self):
        return f"{format_date(self.first_day, style='long')} – {format_date(self.last_day, style='long')}"


def period(year):
    """Aware datetimes bounding B.E. fiscal year `year` in Asia/Bangkok."""
    first, last = fiscal_year_range(year)
    return (datetime.datetime.combine(first, datetime.time.min, tzinfo=local_tz()),
            datetime.datetime.combine(last, datetime.time.max, tzinfo=local_tz()))


def take_down_counts(start, end):
    counts = ExpiryAction.objects.filter(action=ExpiryAction.TAKE_DOWN, at__range=(start, end)).aggregate(
        by_command=Count("pk", filter=Q(automatic=True)), by_hand=Count("pk", filter=Q(automatic=False)))
    return {"automatic": counts["by_command"], "manual": counts["by_hand"],
            "total": counts["by_command"] + counts["by_hand"]}


def published_per_category(site, start, end):
    found = dict(GovContentPage.objects.descendant_of(site.root_page)
                 .filter(first_published_at__range=(start, end))
                 .values_list("category").annotate(n=Count("pk")).order_by())
    return [(category, found.get(category.code, 0)) for category in categories.CATEGORIES]


def build(year, site, request=None):
    first, last = fiscal_year_range(year)
    start, end = period(year)
    return AnnualReport(
        year=year, first_day=first, last_day=last,
        requests=request_stats.for_period(start, end),
        take_downs=take_down_counts(start, end),
        published=published_per_category(site, start, end),
        completeness=completeness.build(site, as_of=min(last, local_today()), request=request),
        webmasters=list(roles.webmasters().order_by("first_name", "username")),
    )


def default_year():
    """The fiscal year that ended last (the report MOIT 1 asks for), in B.E."""
    return fiscal_year(local_today()) - 1


def flat_rows(report):
    """(section, item, value) rows for the CSV/XLSX export."""
    rows = [(_("Fiscal year"), "", report.year), (_("Period"), "", report.period_label)]
    requests = report.requests
    if requests is None:
        rows.append((_("Publication requests"), "", _("no request register")))
    else:
        rows += [(_("Requests by state"), label, n) for _code, label, n in requests["by_state"]]
        rows += [(_("Requests by work group"), name, total) for name, _counts, total in requests["by_work_group"]]
        rows += [(_("Time from request to publication"), _("median"), request_stats.format_duration(requests["median"])),
                 (_("Time from request to publication"), _("90th percentile"), request_stats.format_duration(requests["p90"]))]
        rows += [(_("Rejections by reason"), label, n) for _code, label, n in requests["rejections"]]
        rows += [(_("Verbal approvals"), _("recorded"), requests["verbal_approvals"]),
                 (_("Verbal approvals"), _("confirmed by the head"), requests["verbal_confirmed"])]
    rows += [(_("Take-downs"), _("automatic"), report.take_downs["automatic"]),
             (_("Take-downs"), _("manual"), report.take_downs["manual"])]
    rows += [(_("Items published"), category.label, n) for category, n in report.published]
    rows += [(_("Completeness at year end"), row.category.label, row.status_label) for row in report.completeness.rows]
    rows += [(_("Completeness at year end"), _("score"), f"{report.completeness.score}%")]
    return [(str(a), str(b), v if isinstance(v, int) else str(v)) for a, b, v in rows]

"""The province view: one row per Site of the install (a provincial office runs one install
with a Site per hospital): completeness score, ITA items met per framework, expiry counts,
webmaster count, last publication, the annual report status.

Who sees which rows is decided here, server-side: superusers and the Provincial supervisors
group see every Site; anyone else only the Site serving the request.
"""

from dataclasses import dataclass, field

from django.db.models import Max
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from wagtail_govstandard import roles
from wagtail_govstandard.content.dates import local_today
from wagtail_govstandard.ita import completeness as ita_completeness
from wagtail_govstandard.ita import loader, site_settings

SUPERVISOR = "Provincial supervisors"
SORT_KEYS = ("site", "score", "ita", "expired", "ending_soon", "past_review", "webmasters", "last_published")


def is_supervisor(user):
    return roles.in_role(user, SUPERVISOR)


def visible_sites(user, request_site):
    """Every Site for a supervisor or superuser; otherwise only the request's own Site."""
    sites = Site.objects.select_related("root_page").order_by("hostname", "port")
    if is_supervisor(user):
        return list(sites)
    return [request_site] if request_site is not None else []


@dataclass
class FrameworkStatus:
    framework: object
    met: int
    total: int
    score: int

    @property
    def label(self):
        return f"{self.framework.scheme} {self.framework.fiscal_year}: {self.met}/{self.total}"


@dataclass
class SiteRow:
    site: object
    name: str
    score: int
    frameworks: list = field(default_factory=list)
    expiry: dict = field(default_factory=dict)
    webmasters: int = 0
    last_published: object = None
    annual_report_year: int = 0
    annual_report_status: str = ""

    @property
    def ita_met(self):
        return sum(f.met for f in self.frameworks)

    def sort_value(self, key):
        return {
            "site": self.name, "score": self.score, "ita": self.ita_met,
            "webmasters": self.webmasters, "last_published": self.last_published.isoformat() if self.last_published else "",
        }.get(key, self.expiry.get(key, 0))


def annual_report_status(site, year):
    """The previous fiscal year's monitoring report: generated from the year's records, so it
    is ready once that year has ended; "no requests" when the register is empty for it."""
    from wagtail_govstandard.ita import pack

    forms = pack.filled_forms(year - 1).count()
    return str(_("ready: FY %(year)d, %(n)d filled forms") % {"year": year - 1, "n": forms})


def framework_statuses(site, ita_settings, request=None):
    year = site_settings.assessment_year(ita_settings)
    families = ita_settings.frameworks if ita_settings else []
    found = []
    for framework in loader.for_families(families, year):
        report = ita_completeness.build(framework, site, year, manual_links=ita_settings.links_for(framework),
                                        request=request)
        found.append(FrameworkStatus(framework, report.met, len(report.items), report.score))
    return found


def row(site, webmaster_count, request=None):
    from wagtail_govstandard.content.models import GovContentPage
    from wagtail_govstandard.monitoring import completeness, expiry

    ita_settings = site_settings.for_site(site)
    items = GovContentPage.objects.descendant_of(site.root_page)
    last = items.filter(live=True).aggregate(last=Max("last_published_at"))["last"]
    year = site_settings.assessment_year(ita_settings)
    return SiteRow(
        site=site, name=site.site_name or site.hostname,
        score=completeness.build(site, request=request).score,
        frameworks=framework_statuses(site, ita_settings, request),
        expiry=expiry.counts(items, local_today()), webmasters=webmaster_count,
        last_published=last, annual_report_year=year - 1,
        annual_report_status=annual_report_status(site, year),
    )


def rows(user, request_site, sort="site", descending=False, request=None):
    """The rows this user may see, sorted by `sort` (one of SORT_KEYS)."""
    webmaster_count = roles.webmasters().count()
    found = [row(site, webmaster_count, request) for site in visible_sites(user, request_site)]
    key = sort if sort in SORT_KEYS else "site"
    return sorted(found, key=lambda r: (r.sort_value(key), r.name), reverse=descending)


def flat(found):
    """Dicts for CSV/XLSX export and the API."""
    return [{
        "site_id": r.site.pk, "hostname": r.site.hostname, "site": r.name, "score": r.score,
        "ita": "; ".join(f.label for f in r.frameworks),
        "frameworks": [{"id": f.framework.id, "met": f.met, "total": f.total, "score": f.score} for f in r.frameworks],
        "expired": r.expiry.get("expired", 0), "ending_soon": r.expiry.get("ending_soon", 0),
        "past_review": r.expiry.get("past_review", 0), "missing_end": r.expiry.get("missing_end", 0),
        "webmasters": r.webmasters,
        "last_published": r.last_published.isoformat() if r.last_published else None,
        "annual_report": r.annual_report_status,
    } for r in found]

"""Evidence the package generates itself, and the public URL where each is read.

A framework's answer {"generated": key} is met when resolve() finds the URL on the site; until
a feature is there (no live statistics page, no MOIT 1 pack route) it is reported missing. An
answer only some sites give (the patient queue's monthly figures, on a Site that runs the queue)
is not applicable where applies() says so.
"""

from django.apps import apps
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

LABELS = {
    "annual_report": _("the annual monitoring report"),
    "visit_statistics": _("the visit statistics"),
    "survey_results": _("the satisfaction survey results"),
    "moit1_order": _("the order appointing the website team"),
    "moit1_announcement": _("the publishing framework announcement"),
    "moit1_request_form": _("the blank publication request form"),
    "moit1_annual_report": _("the monitoring report memo"),
    "moit1_filled_forms": _("the year's filled request forms"),
    "queue_statistics": _("the patient queue's monthly figures"),
}
QUEUE_APP = "wagtail_govstandard.queue"
# MOIT 1 pack documents: generated evidence key -> document slug of the pack's public route.
PACK_DOCUMENTS = {
    "moit1_order": "order", "moit1_announcement": "announcement",
    "moit1_request_form": "request-form", "moit1_annual_report": "annual-report",
    "annual_report": "annual-report", "moit1_filled_forms": "filled-forms",
}


def label(key):
    return LABELS[key]


def _statistics_page(site, year, request):
    from wagtail_govstandard.statistics.models import StatisticsPage

    page = StatisticsPage.objects.live().descendant_of(site.root_page).order_by("path").first()
    return (page.title, page.get_full_url(request)) if page else None


def _site_root(site, request):
    """The address generated evidence is linked under: the request's, else the Site's root URL."""
    return site.root_url if request is None else request.build_absolute_uri("/")[:-1]


def _queue_years(site):
    """The fiscal years whose patient queue figures `site` publishes: none without the queue app
    or a service point; else from its first ticket's year to this one."""
    if not apps.is_installed(QUEUE_APP):
        return []
    from wagtail_govstandard.queue import clock, public_figures
    from wagtail_govstandard.queue.models import ServicePoint

    if not ServicePoint.objects.filter(site=site).exists():
        return []
    return public_figures.years_shown(site, clock.today())


def applies(key, site, year):
    """False for evidence this site had no reason to give that year (no patient queue then)."""
    return key != "queue_statistics" or year in _queue_years(site)


def _queue_statistics(site, year, request):
    path = reverse("govstandard_queue:statistics") + f"?year={year}"
    return str(LABELS["queue_statistics"]), _site_root(site, request) + path


def _pack_document(key, site, year, request):
    try:
        path = reverse("wagtail_govstandard:ita_moit1", kwargs={"year": year, "document": PACK_DOCUMENTS[key]})
    except NoReverseMatch:
        return None
    return str(LABELS[key]), _site_root(site, request) + path


def resolve(key, site, year, request=None):
    """(title, absolute URL) of generated evidence `key` for `site` and fiscal year `year`, or
    None. The filled forms (MOIT 1, 2.3) are the previous year's: none filed, nothing to show."""
    if key in ("visit_statistics", "survey_results"):
        return _statistics_page(site, year, request)
    if key == "queue_statistics":
        return _queue_statistics(site, year, request) if year in _queue_years(site) else None
    if key == "moit1_filled_forms":
        from wagtail_govstandard.ita import pack

        if not pack.filled_forms(year - 1).exists():
            return None
    return _pack_document(key, site, year, request)


def missing_reason(key, year):
    if key == "moit1_filled_forms":
        return _("no request was published in FY %(year)d") % {"year": year - 1}
    return _("%(evidence)s is not generated on this site yet") % {"evidence": label(key)}

"""Completeness of a site against the standard (seed 3.1, 3.3): every category of the registry
(current / stale / missing), the site-wide features that can be checked automatically, the
number of active webmasters, and an overall score.

The number of queries is fixed (one aggregate over the site's items, one per feature), so the
report costs the same for 100 or 50,000 pages; today's aggregate is cached until a page changes.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Exists, Max, OuterRef, Q
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from wagtail_govstandard import roles
from wagtail_govstandard.content import (
    categories,
    site_frame,
)
from wagtail_govstandard.content import (
    versions as content_version,
)
from wagtail_govstandard.content.dates import fiscal_year, fiscal_year_range, local_today, local_tz
from wagtail_govstandard.content.models.pages import CategoryIndexPage, GovContentPage
from wagtail_govstandard.monitoring.actions import review_interval
from wagtail_govstandard.monitoring.models import ExpiryAction

CURRENT, STALE, MISSING, FEATURE = "current", "stale", "missing", "feature"
STATUS_LABELS = {
    CURRENT: _("present and current"), STALE: _("present but stale"), MISSING: _("missing"),
    FEATURE: _("served by a site feature"),
}
STATUS_POINTS = {CURRENT: 1.0, STALE: 0.5, MISSING: 0.0}
POLICY_FEATURES = (
    ("privacy_policy", "privacy", _("privacy policy")),
    ("cookie_policy", "cookie", _("cookie policy")),
    ("accessibility_statement", "accessibility", _("accessibility statement")),
)
MIN_WEBMASTERS = 2


@dataclass
class CategoryRow:
    category: categories.Category
    status: str
    count: int = 0
    last_update: datetime.datetime | None = None
    index_url: str | None = None
    reason: str = ""

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


@dataclass
class Feature:
    code: str
    label: str
    ok: bool
    detail: str = ""
    url: str | None = None


@dataclass
class Report:
    site: object
    as_of: datetime.date
    rows: list = field(default_factory=list)
    features: list = field(default_factory=list)
    webmaster_count: int = 0

    @property
    def too_few_webmasters(self):
        return self.webmaster_count < MIN_WEBMASTERS

    def count(self, status):
        return sum(1 for row in self.rows if row.status == status)

    @property
    def score(self):
        """Percent: categories (current 1, stale 0.5, missing 0) and features (1 each)."""
        scored = [STATUS_POINTS[r.status] for r in self.rows if r.status in STATUS_POINTS]
        scored += [1.0 if f.ok else 0.0 for f in self.features]
        return round(100 * sum(scored) / len(scored)) if scored else 0


def _end_of_day(day):
    return datetime.datetime.combine(day, datetime.time.max, tzinfo=local_tz())


def present_items(site, as_of=None):
    """The site's items shown on `as_of` (None: live now). For a past day it is reconstructed:
    first published by then, its publication end not before that day, and either live now or
    not taken down by then (items without an end that are no longer live are left out)."""
    items = GovContentPage.objects.descendant_of(site.root_page)
    if as_of is None:
        return items.filter(live=True)
    taken_down_before = ExpiryAction.objects.filter(
        page_id=OuterRef("pk"), action=ExpiryAction.TAKE_DOWN, at__lte=_end_of_day(as_of))
    return items.filter(first_published_at__lte=_end_of_day(as_of)).filter(
        Q(live=True, publication_end__isnull=True)
        | Q(live=True, publication_end__gte=as_of)
        | (Q(publication_end__gte=as_of) & ~Exists(taken_down_before))
    )


def category_aggregates(site, as_of=None):
    """{category: count, last update, count this fiscal year} of the site's items. Today's is
    kept until a page changes (content_version): it reads every live item of the site."""
    if as_of is None:
        return content_version.cached(
            "category-aggregates", (site.pk, site.root_page_id, local_today()),
            lambda: _category_aggregates(site, None),
        )
    return _category_aggregates(site, as_of)


def _category_aggregates(site, as_of):
    day = as_of or local_today()
    first, last = fiscal_year_range(fiscal_year(day))
    this_year = Q(fiscal_year=fiscal_year(day)) | Q(fiscal_year__isnull=True, published_date__range=(first, last))
    updated = "last_published_at" if as_of is None else "first_published_at"
    rows = (present_items(site, as_of).values("category").order_by()
            .annotate(n=Count("pk"), last=Max(updated), this_year=Count("pk", filter=this_year)))
    return {row["category"]: row for row in rows}


def index_urls(site, request=None):
    urls = {}
    for page in CategoryIndexPage.objects.live().descendant_of(site.root_page).order_by("path"):
        urls.setdefault(page.category, page.get_full_url(request))
    return urls


def category_status(category, aggregate, day):
    if not category.needs_pages:
        return FEATURE, ""
    if not aggregate or not aggregate["n"]:
        return MISSING, ""
    if category.per_fiscal_year:
        if aggregate["this_year"]:
            return CURRENT, ""
        return STALE, _("nothing for fiscal year %(year)d") % {"year": fiscal_year(day)}
    last = aggregate["last"]
    days = review_interval(category.code)
    if last is None or last.astimezone(local_tz()).date() < day - datetime.timedelta(days=days):
        return STALE, _("nothing updated within %(days)d days") % {"days": days}
    return CURRENT, ""


def category_rows(site, as_of=None, request=None):
    day = as_of or local_today()
    aggregates, urls = category_aggregates(site, as_of), index_urls(site, request)
    rows = []
    for category in categories.standard():  # the ITA-only categories are judged per ITA item
        aggregate = aggregates.get(category.code)
        status, reason = category_status(category, aggregate, day)
        rows.append(CategoryRow(
            category, status, count=aggregate["n"] if aggregate else 0,
            last_update=aggregate["last"] if aggregate else None,
            index_url=urls.get(category.code), reason=str(reason),
        ))
    return rows


def contact_feature(frame, request=None):
    page = frame["contact"]
    if page is None:
        return Feature("contact", _("contact page with phone, e-mail and map"), False, _("no contact page"))
    lacking = [str(label) for label, present in (
        (_("phone"), page.phone), (_("e-mail"), page.email),
        (_("map"), page.map_image_id or (page.latitude is not None and page.longitude is not None)),
    ) if not present]
    return Feature("contact", _("contact page with phone, e-mail and map"), not lacking,
                   _("lacks: %s") % ", ".join(lacking) if lacking else "", page.get_full_url(request))


def sitemap_feature(frame, request=None):
    page = frame["sitemap"]
    return Feature("sitemap", _("sitemap page"), page is not None,
                   "" if page else _("no sitemap page"), page.get_full_url(request) if page else None)


def search_feature():
    try:
        url = reverse("search")
    except NoReverseMatch:
        return Feature("search", _("search"), False, _("no URL named “search”"))
    return Feature("search", _("search"), True, "", url)


def policy_features(frame, request=None):
    pages = {}
    for page in frame["policies"]:
        pages.setdefault(page.kind, page)
    return [Feature(code, label, kind in pages, "" if kind in pages else _("missing"),
                    pages[kind].get_full_url(request) if kind in pages else None)
            for code, kind, label in POLICY_FEATURES]


def english_feature():
    codes = [code.split("-")[0] for code, _label in getattr(settings, "LANGUAGES", [])]
    return Feature("english", _("English alternate"), "en" in codes,
                   "" if "en" in codes else _("English is not in LANGUAGES"))


def features(site, request=None):
    """The site-wide features, judged on what the public pages' frame shows (site_frame)."""
    frame = site_frame.for_site(site)
    return [contact_feature(frame, request), sitemap_feature(frame, request), search_feature(),
            *policy_features(frame, request), english_feature()]


def build(site, as_of=None, request=None):
    """The completeness report of `site`, now (as_of None) or as it stood on `as_of`."""
    return Report(
        site=site, as_of=as_of or local_today(),
        rows=category_rows(site, as_of, request), features=features(site, request),
        webmaster_count=roles.webmasters().count(),
    )

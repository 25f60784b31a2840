"""Completeness per ITA item: for a framework and an assessment year, each item is met, partly
met, missing or not applicable (not due yet), with the reason a webmaster can act on and the
live URLs that answer it.

An evidence sub-item is met when every answer it lists is met; an item when every sub-item is.
Answers that are not due yet are left out; an item with nothing due is "not applicable".
The year of a page is its fiscal year field, else its coverage dates, else its publication
date; the month a monthly item covers is its coverage start, else its publication date.
Queries: one index lookup, then one or two per distinct answer of the framework.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from wagtail_govstandard import conf
from wagtail_govstandard.content import categories
from wagtail_govstandard.content.dates import (
    MONTHS_LONG,
    be_year,
    fiscal_year,
    format_thai_date,
    local_today,
)
from wagtail_govstandard.ita import generated, periods
from wagtail_govstandard.monitoring.completeness import index_urls

MET, PARTLY, MISSING, NOT_APPLICABLE = "met", "partly", "missing", "not_applicable"
STATUS_LABELS = {
    MET: gettext_lazy("met"), PARTLY: gettext_lazy("partly met"), MISSING: gettext_lazy("missing"),
    NOT_APPLICABLE: gettext_lazy("not applicable"),
}
STATUS_POINTS = {MET: 1.0, PARTLY: 0.5, MISSING: 0.0}
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")


@dataclass
class Link:
    title: str
    url: str
    kind: str  # "index", "item", "generated" or "manual"


@dataclass
class Result:
    """What one answer, one evidence sub-item or one item came to."""
    status: str
    reason: str = ""
    links: list = field(default_factory=list)
    count: int = 0

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


@dataclass
class EvidenceResult(Result):
    evidence: object = None
    answers: list = field(default_factory=list)


@dataclass
class ItemResult(Result):
    item: object = None
    evidence: list = field(default_factory=list)


@dataclass
class FrameworkReport:
    framework: object
    year: int
    as_of: datetime.date
    items: list

    def count(self, status):
        return sum(1 for row in self.items if row.status == status)

    @property
    def met(self):
        return self.count(MET)

    @property
    def score(self):
        """Percent over the items that apply: met 1, partly 0.5, missing 0."""
        points = [STATUS_POINTS[row.status] for row in self.items if row.status in STATUS_POINTS]
        return round(100 * sum(points) / len(points)) if points else 0

    def grouped(self):
        by_code = {row.item.code: row for row in self.items}
        return [(group, [by_code[item.code] for item in items]) for group, items in self.framework.grouped()]


def month_label(day):
    if (get_language() or "th").startswith("en"):
        return f"{ENGLISH_MONTHS[day.month - 1]} {day.year}"
    return f"{MONTHS_LONG[day.month - 1]} {be_year(day.year)}"


def combine(results):
    """One status from several: every due part met → met; none met or partly → missing."""
    due = [r for r in results if r.status != NOT_APPLICABLE]
    if not due:
        return NOT_APPLICABLE
    if all(r.status == MET for r in due):
        return MET
    return PARTLY if any(r.status in (MET, PARTLY) for r in due) else MISSING


# --- the pages an answer counts --------------------------------------------------------------

def _model_for(category, answer):
    from wagtail_govstandard.content import models

    if answer.kind:
        return getattr(models, category.page_types[0])
    return models.GovContentPage


def _pages(site, answer, category):
    items = (_model_for(category, answer).objects.live().descendant_of(site.root_page)
             .filter(category=category.code))
    if answer.kind:
        items = items.filter(kind=answer.kind)
    if answer.title_contains:
        items = items.filter(title__icontains=answer.title_contains)
    return items.order_by("-published_date", "-pk")


def _in_span(first, last):
    """Pages whose year (fiscal year, else coverage, else publication date) touches the span."""
    spans_years = {fiscal_year(first), fiscal_year(last)}
    by_coverage = Q(coverage_start__lte=last) & (Q(coverage_end__gte=first) | Q(coverage_end__isnull=True))
    by_published = Q(coverage_start__isnull=True, published_date__range=(first, last))
    return Q(fiscal_year__in=spans_years) | Q(fiscal_year__isnull=True) & (by_coverage | by_published)


def _item_links(pages, limit):
    return [Link(page.title, page.get_full_url(), "item") for page in pages[:limit]]


def _latest_year(pages):
    page = pages.only("fiscal_year", "coverage_start", "published_date").first()
    if page is None:
        return None
    return page.fiscal_year or fiscal_year(page.coverage_start or page.published_date)


# --- one answer ------------------------------------------------------------------------------

class Assessor:
    """Judges the answers of one site for one assessment year."""

    def __init__(self, site, year, as_of=None, manual_links=None, request=None):
        self.site, self.year, self.request = site, year, request
        self.as_of = as_of or local_today()
        self.manual_links = manual_links or {}
        self.limit = conf.get("ITA_EVIDENCE_ITEMS")
        self._indexes = None

    @property
    def indexes(self):
        if self._indexes is None:
            self._indexes = index_urls(self.site, self.request)
        return self._indexes

    def answer(self, answer, evidence_code):
        if answer.generated:
            return self.generated(answer)
        if answer.manual:
            return self.manual(evidence_code)
        category = categories.get(answer.category)
        pages = _pages(self.site, answer, category)
        index = self.indexes.get(category.code)
        result = getattr(self, "_" + answer.period)(answer, category, pages)
        if index and result.status in (MET, PARTLY):  # an empty index answers nothing
            result.links.insert(0, Link(str(category.label), index, "index"))
        return result

    def generated(self, answer):
        if not generated.applies(answer.generated, self.site, self.year):
            return Result(NOT_APPLICABLE)
        found = generated.resolve(answer.generated, self.site, self.year, self.request)
        if found is None:
            return Result(MISSING, str(generated.missing_reason(answer.generated, self.year)))
        title, url = found
        return Result(MET, links=[Link(title, url, "generated")], count=1)

    def manual(self, evidence_code):
        links = [Link(title, url, "manual") for title, url in self.manual_links.get(evidence_code, [])]
        if not links:
            return Result(MISSING, _("no link entered in the ITA settings"))
        return Result(MET, links=links, count=len(links))

    def _counted(self, pages, answer, category, reason_none):
        count = pages.count()
        if count == 0:
            return Result(MISSING, reason_none)
        links = _item_links(pages, self.limit)
        if count < answer.min_count:
            return Result(PARTLY, _("only %(count)d of %(min)d: %(category)s")
                          % {"count": count, "min": answer.min_count, "category": category.label},
                          links, count)
        return Result(MET, "", links, count)

    def _standing(self, answer, category, pages):
        return self._counted(pages, answer, category, _("nothing published: %(category)s")
                             % {"category": category.label})

    def _year_bound(self, answer, category, pages, rule):
        first, last = periods.covers(rule, self.year)
        wanted = fiscal_year(first)
        result = self._counted(pages.filter(_in_span(first, last)), answer, category, "")
        if result.status == MISSING:
            latest = _latest_year(pages)
            if latest is None:
                result.reason = _("nothing published: %(category)s") % {"category": category.label}
            else:
                result.reason = _("%(category)s: the latest is for FY %(latest)d, needs %(year)d") % {
                    "category": category.label, "latest": latest, "year": wanted}
        return result

    def _current_fy(self, answer, category, pages):
        return self._year_bound(answer, category, pages, periods.CURRENT_FY)

    def _previous_fy(self, answer, category, pages):
        return self._year_bound(answer, category, pages, periods.PREVIOUS_FY)

    def _first_half_current_fy(self, answer, category, pages):
        if not periods.first_half_due(self.year, self.as_of):
            return Result(NOT_APPLICABLE, _("not due yet: due after %(day)s") % {
                "day": format_thai_date(periods.months(self.year)[5][1], style="long")})
        return self._year_bound(answer, category, pages, periods.FIRST_HALF)

    def _spans(self, answer, category, pages, rule):
        due = periods.due_spans(rule, self.year, self.as_of)
        if not due:
            return Result(NOT_APPLICABLE, _("not due yet: no %(span)s of FY %(year)d has ended") % {
                "span": _("month") if rule == periods.MONTHLY else _("quarter"), "year": self.year})
        first, last = due[0][0], due[-1][1]
        in_year = pages.filter(_in_span(first, last))
        days = [row["coverage_start"] or row["published_date"]
                for row in in_year.values("coverage_start", "published_date")]
        lacking = [span for span in due if not any(span[0] <= day <= span[1] for day in days)]
        links = _item_links(in_year, self.limit)
        if not lacking:
            return Result(MET, "", links, len(days))
        names = ", ".join(month_label(span[0]) if rule == periods.MONTHLY
                          else f"{month_label(span[0])} – {month_label(span[1])}" for span in lacking)
        reason = _("no %(category)s for %(spans)s") % {"category": category.label, "spans": names}
        return Result(PARTLY if len(lacking) < len(due) else MISSING, reason, links, len(days))

    def _monthly(self, answer, category, pages):
        return self._spans(answer, category, pages, periods.MONTHLY)

    def _quarterly(self, answer, category, pages):
        return self._spans(answer, category, pages, periods.QUARTERLY)


# --- the report ------------------------------------------------------------------------------

def evidence_result(assessor, evidence):
    answers = [assessor.answer(answer, evidence.code) for answer in evidence.answers]
    status = combine(answers)
    reasons = [r.reason for r in answers if r.reason and r.status != MET]
    links, seen = [], set()
    for result in answers:
        for link in result.links:
            if link.url not in seen:
                seen.add(link.url)
                links.append(link)
    return EvidenceResult(status, "; ".join(reasons), links, sum(r.count for r in answers),
                          evidence=evidence, answers=answers)


def item_result(assessor, item):
    evidence = [evidence_result(assessor, sub) for sub in item.evidence]
    status = combine(evidence)
    reasons = [(f"{e.evidence.code}: {e.reason}" if len(evidence) > 1 else e.reason)
               for e in evidence if e.reason and e.status != MET]
    links = [link for e in evidence for link in e.links]
    return ItemResult(status, "; ".join(reasons), links, sum(e.count for e in evidence),
                      item=item, evidence=evidence)


def build(framework, site, year=None, as_of=None, manual_links=None, request=None):
    """The per-item report of `framework` for `site` in assessment year `year` (default: the
    framework's own year)."""
    assessor = Assessor(site, year or framework.fiscal_year, as_of, manual_links, request)
    return FrameworkReport(framework, assessor.year, assessor.as_of,
                           [item_result(assessor, item) for item in framework.items])

"""The ITA parts of GET /api/v3/govstandard/compliance/: the per-item view of the frameworks
that apply to the site, and the province view (?site=all, supervisors and superusers)."""

import datetime

from ninja import Schema

from wagtail_govstandard.ita import evidence, province, serializers


class LinkSchema(Schema):
    title: str
    url: str
    kind: str


class ItaEvidenceResultSchema(Schema):
    code: str
    title_th: str
    title_en: str
    period: str
    status: str
    reason: str
    links: list[LinkSchema]


class ItaItemSchema(Schema):
    code: str
    group: str
    title_th: str
    title_en: str
    period: str
    verified: bool
    status: str
    status_label: str
    reason: str
    links: list[LinkSchema]
    evidence: list[ItaEvidenceResultSchema]


class ItaGroupSchema(Schema):
    code: str
    title_th: str
    title_en: str


class ItaFrameworkSchema(Schema):
    id: str
    assessor: str
    scheme: str
    fiscal_year: int
    agency_kind: str
    title_th: str
    title_en: str
    source: dict
    unverified_items: int
    groups: list[ItaGroupSchema]


class ItaReportSchema(Schema):
    framework: ItaFrameworkSchema
    year: int
    as_of: datetime.date
    score: int
    counts: dict[str, int]
    items: list[ItaItemSchema]


class ProvinceFrameworkSchema(Schema):
    id: str
    met: int
    total: int
    score: int


class ProvinceRowSchema(Schema):
    site_id: int
    hostname: str
    site: str
    score: int
    frameworks: list[ProvinceFrameworkSchema]
    expired: int
    ending_soon: int
    past_review: int
    missing_end: int
    webmasters: int
    last_published: datetime.datetime | None
    annual_report: str


class ProvinceSchema(Schema):
    sites: list[ProvinceRowSchema]


def reports(site, request=None):
    """(per-item report dicts, evidence rows) of the frameworks that apply to `site`."""
    found = evidence.reports(site, request)
    return [serializers.report(r) for r in found], evidence.rows(site, request, found)


def province_rows(user, request_site, sort="site", descending=False, request=None):
    rows = province.flat(province.rows(user, request_site, sort, descending, request))
    for row in rows:
        row.pop("ita")
    return rows

"""GET /api/v3/govstandard/compliance/: the completeness report, the per-item ITA view and the
ITA evidence table of the site serving the request (or ?site=<id>), for webmasters (seed 3.1,
3.3); ?site=all: the province view, one row per Site, for Provincial supervisors."""

import datetime

from django.core.exceptions import PermissionDenied
from django.http import Http404
from ninja import Router, Schema
from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.models import Site

from wagtail_govstandard import roles
from wagtail_govstandard.ita import api as ita_api
from wagtail_govstandard.ita import province
from wagtail_govstandard.monitoring import completeness

router = Router(tags=["govstandard"])


class CategoryStatusSchema(Schema):
    code: str
    label_th: str
    label_en: str
    seed_section: str
    status: str
    reason: str
    live_count: int
    last_update: datetime.datetime | None
    index_url: str | None


class FeatureSchema(Schema):
    code: str
    label: str
    ok: bool
    detail: str
    url: str | None


class EvidenceSchema(Schema):
    framework: str
    item: str
    evidence: str
    status: str
    kind: str
    title: str
    url: str


class ComplianceSchema(Schema):
    site_id: int
    site: str
    as_of: datetime.date
    score: int
    status_counts: dict[str, int]
    webmaster_count: int
    too_few_webmasters: bool
    categories: list[CategoryStatusSchema]
    features: list[FeatureSchema]
    ita: list[ita_api.ItaReportSchema]
    ita_evidence: list[EvidenceSchema]


def _site(request, site_id):
    if site_id is not None:
        if not site_id.isdigit() or len(site_id) > 9:
            raise Http404
        site = Site.objects.select_related("root_page").filter(pk=int(site_id)).first()
    else:
        site = Site.find_for_request(request)
    if site is None:
        raise Http404
    return site


def serialise(report, ita_reports, evidence):
    return {
        "site_id": report.site.pk, "site": str(report.site), "as_of": report.as_of,
        "score": report.score,
        "status_counts": {s: report.count(s) for s in (completeness.CURRENT, completeness.STALE,
                                                       completeness.MISSING)},
        "webmaster_count": report.webmaster_count, "too_few_webmasters": report.too_few_webmasters,
        "categories": [{
            "code": r.category.code, "label_th": r.category.label_th, "label_en": r.category.label_en,
            "seed_section": r.category.seed, "status": r.status, "reason": r.reason,
            "live_count": r.count, "last_update": r.last_update, "index_url": r.index_url,
        } for r in report.rows],
        "features": [{"code": f.code, "label": str(f.label), "ok": f.ok, "detail": str(f.detail),
                      "url": f.url} for f in report.features],
        "ita": ita_reports,
        "ita_evidence": [{"framework": e.framework, "item": e.item, "evidence": e.evidence,
                          "status": e.status, "kind": e.kind, "title": e.title, "url": e.url}
                         for e in evidence],
    }


@router.get(
    "/", response={200: ComplianceSchema | ita_api.ProvinceSchema}, auth=BearerTokenAuth(),
    url_name="govstandard_compliance", operation_id="govstandard_compliance",
    summary="Completeness, the per-item ITA view and the ITA evidence table (webmasters); "
            "?site=all: every Site (Provincial supervisors)",
)
def compliance(request, site: str | None = None, sort: str = "site", desc: bool = False):
    if site == "all":
        if not province.is_supervisor(request.user):
            raise PermissionDenied("Only Provincial supervisors may read every site.")
        return {"sites": ita_api.province_rows(request.user, None, sort, desc, request)}
    if not roles.is_webmaster(request.user):
        raise PermissionDenied("Only webmasters may read the compliance report.")
    site = _site(request, site)
    ita_reports, evidence = ita_api.reports(site, request)
    return serialise(completeness.build(site, request=request), ita_reports, evidence)

"""POST /visits/ (a headless front-end reports a page view) and GET /stats/ (public figures)."""

from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth
from wagtail.models import Site

from ...visits import counting, figures, resolve, rules
from .errors import bad_request

router = Router(tags=["govstandard"])
PUBLIC = [BearerTokenAuth(), AllowAnonymous()]


class VisitIn(Schema):
    path: str | None = None
    page_id: int | None = None


class VisitOut(Schema):
    counted: bool


class Figures(Schema):
    today: int
    yesterday: int
    month: int
    year: int
    total: int


class StatsOut(Schema):
    site_id: int
    page_id: int | None
    views: Figures
    visitors: Figures
    since: str | None


def _resolve_page(site, payload):
    if payload.page_id is not None:
        return resolve.page_id_by_id(site, payload.page_id), "page_id"
    return resolve.page_id_by_path(site, payload.path), "path"


@router.post(
    "/visits/", response={202: VisitOut}, auth=PUBLIC, url_name="govstandard_visits",
    operation_id="govstandard_record_visit",
    summary="Count a page view of a headless front-end ({path} or {page_id}); 202, counted later",
)
def record_visit(request, payload: VisitIn):
    if (payload.path is None) == (payload.page_id is None):
        return bad_request({"path": [_("Send either path or page_id.")]})
    site = Site.find_for_request(request)
    page_id, field = _resolve_page(site, payload) if site else (None, "path")
    if page_id is None:
        return bad_request({field: [_("No live page of this site matches.")]})
    counted = rules.visitor_may_be_counted(request) and counting.count(request, site.pk, page_id)
    return Status(202, {"counted": bool(counted)})


@router.get(
    "/stats/", response=StatsOut, auth=PUBLIC, url_name="govstandard_stats",
    operation_id="govstandard_stats",
    summary="Page views and unique visitors: today, yesterday, this month, this year, total (cached)",
)
def stats(request, page_id: int | None = None):
    site = Site.find_for_request(request)
    if site is None:
        return bad_request({"site": [_("No site serves this host.")]})
    if page_id is not None and resolve.page_id_by_id(site, page_id) is None:
        return bad_request({"page_id": [_("No live page of this site has this id.")]})
    data = figures.cached(site.pk, page_id)
    return {
        "site_id": site.pk, "page_id": page_id, "views": data["views"], "visitors": data["visitors"],
        "since": data["since"].isoformat() if data["since"] else None,
    }

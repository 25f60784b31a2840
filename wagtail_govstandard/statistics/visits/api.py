"""POST /visits/ (a headless front-end reports a page view) and GET /stats/ (public figures)."""

import json

from django.http import JsonResponse
from django.utils.translation import gettext as _
from ninja import Router, Schema
from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth

from wagtail_govstandard.api.errors import bad_request
from wagtail_govstandard.statistics import public_posts
from wagtail_govstandard.statistics.visits import counting, figures, resolve, rules

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


VISIT_BODY = {"content": {"application/json": {"schema": VisitIn.model_json_schema()}}, "required": True}


def _parse_visit(body):
    """(path, page_id, errors) from the JSON body; exactly one of path and page_id."""
    try:
        data = json.loads(body or b"null")
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: JSON nested thousands deep
        return None, None, {"body": [_("The body is not valid JSON.")]}
    if not isinstance(data, dict):
        return None, None, {"body": [_("Send a JSON object.")]}
    path, page_id = data.get("path"), data.get("page_id")
    if (path is None) == (page_id is None):
        return None, None, {"path": [_("Send either path or page_id.")]}
    if path is not None and (not isinstance(path, str) or "\x00" in path):  # PostgreSQL refuses NUL
        return None, None, {"path": [_("Must be text.")]}
    if page_id is not None and (isinstance(page_id, bool) or not isinstance(page_id, int)):
        return None, None, {"page_id": [_("Must be a whole number.")]}
    return path, page_id, {}


def _resolve_page(site, path, page_id):
    if page_id is not None:
        return resolve.page_id_by_id(site, page_id), "page_id"
    return resolve.page_id_by_path(site, path), "path"


# The hot path of headless sites, kept lean: no auth callbacks (anonymous by design; the session
# user is only read to leave admin users out), the small body parsed here, the 202 written directly.
@router.post(
    "/visits/", response={202: VisitOut}, auth=None, url_name="govstandard_visits",
    operation_id="govstandard_record_visit", openapi_extra={"requestBody": VISIT_BODY},
    summary="Count a page view of a headless front-end ({path} or {page_id}); 202, counted later",
)
def record_visit(request):
    refused = public_posts.refusal(request)
    if refused:
        return refused
    path, page_id, errors = _parse_visit(request.body)
    if errors:
        return bad_request(errors)
    site = resolve.site_for_request(request)
    page_id, field = _resolve_page(site, path, page_id) if site else (None, "path")
    if page_id is None:
        return bad_request({field: [_("No live page of this site matches.")]})
    counted = rules.visitor_may_be_counted(request) and counting.count(request, site.pk, page_id)
    return JsonResponse({"counted": bool(counted)}, status=202)


@router.get(
    "/stats/", response=StatsOut, auth=PUBLIC, url_name="govstandard_stats",
    operation_id="govstandard_stats",
    summary="Page views and unique visitors: today, yesterday, this month, this year, total (cached)",
)
def stats(request, page_id: int | None = None):
    site = resolve.site_for_request(request)
    if site is None:
        return bad_request({"site": [_("No site serves this host.")]})
    if page_id is not None and resolve.page_id_by_id(site, page_id) is None:
        return bad_request({"page_id": [_("No live page of this site has this id.")]})
    data = figures.cached(site.pk, page_id)
    return {
        "site_id": site.pk, "page_id": page_id, "views": data["views"], "visitors": data["visitors"],
        "since": data["since"].isoformat() if data["since"] else None,
    }

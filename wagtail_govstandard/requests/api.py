"""/api/v3/govstandard/requests/: the publication request workflow over the API (seed 2.2).

Bearer tokens (Wagtail APIToken). 401 without a token, 403 for the wrong role, 404 for a
request the caller may not see (existing or not), 409 for a wrong state, 400 with field
errors. Every state change goes through `wagtail_govstandard.requests.transitions`.
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import File, Form, Router, Schema
from ninja.errors import HttpError
from ninja.files import UploadedFile
from ninja.responses import Status
from wagtail.api.v3.auth import BearerTokenAuth

from wagtail_govstandard.api.errors import bad_request
from wagtail_govstandard.content.api.pages import MAX_OFFSET
from wagtail_govstandard.requests import (
    access,
    forms,
    history,
    transitions,
)
from wagtail_govstandard.requests.models import STATUS_CHOICES, PublicationRequest

router = Router(tags=["govstandard requests"])
AUTH = BearerTokenAuth()


class WorkGroupOut(Schema):
    id: int
    slug: str
    name_th: str
    name_en: str


class AttachmentOut(Schema):
    id: int
    title: str
    round: int
    size: int | None
    url: str


class RoundOut(Schema):
    """One round as the paper trail has it: what was filed and the decision on it."""

    round: int
    subject: str
    details: str
    submitted_at: datetime.datetime
    decision: str  # "approved", "rejected" or "" (not decided yet)
    decision_display: str
    approval_mode: str
    decided_at: datetime.datetime | None
    decider_name: str
    decider_position: str
    rejection_reasons: list[str]
    rejection_reason_labels: list[str]
    rejection_other: str
    decision_note: str
    attachments: list[int]


class HistoryOut(Schema):
    """One saved state: `action` is the stored phrase ("approved in writing"), `action_display`
    the same in the caller's language."""

    at: datetime.datetime
    user: int | None
    action: str
    action_display: str
    status: str
    round: int


class RequestOut(Schema):
    id: int
    work_group: WorkGroupOut
    subject: str
    details: str
    external_link: str
    remarks: str
    requested_category: str
    publish_from: datetime.date | None
    publish_until: datetime.date | None
    coverage_start: datetime.date | None
    coverage_end: datetime.date | None
    requested_by: int
    requester_name: str
    requester_position: str
    status: str
    status_display: str
    round: int
    submitted_at: datetime.datetime
    first_submitted_at: datetime.datetime
    decided_at: datetime.datetime | None
    decided_by: int | None
    decider_name: str
    decider_position: str
    approval_mode: str
    decision_note: str
    rejection_reasons: list[str]
    rejection_other: str
    verbal_recorded_by: int | None
    verbal_confirmed_at: datetime.datetime | None
    awaiting_verbal_confirmation: bool
    published_category: str
    page: int | None
    published_at: datetime.datetime | None
    published_by: int | None
    publisher_name: str
    attachments: list[AttachmentOut]
    rounds: list[RoundOut]
    history: list[HistoryOut]
    actions: list[str]
    admin_url: str
    print_url: str


class RequestListOut(Schema):
    count: int
    items: list[RequestOut]


class RequestIn(Schema):
    """Multipart form fields of a new request (files go in `attachments`)."""

    work_group: int
    subject: str
    details: str
    external_link: str = ""
    remarks: str = ""
    requested_category: str = ""
    publish_from: str = ""
    publish_until: str = ""
    coverage_start: str = ""
    coverage_end: str = ""
    requester_position: str = ""


class ApproveIn(Schema):
    note: str = ""
    position: str = ""


class RejectIn(Schema):
    reasons: list[str]
    other: str = ""
    note: str = ""
    position: str = ""


class VerbalApprovalIn(Schema):
    head: int
    approved_at: str | None = None
    note: str
    position: str = ""


class ConfirmIn(Schema):
    note: str = ""


class PublishIn(Schema):
    category: str
    parent: int
    position: str = ""
    publish_now: bool = False


class PublishOut(Schema):
    request: RequestOut
    page_id: int
    page_url: str | None
    edit_url: str
    live: bool


def action(path, **kwargs):
    """A POST action route at `path` (with its trailing slash, like every other route) and the
    same view without the slash, kept for clients written before (not in the OpenAPI document):
    both answer JSON, neither falls through to the site's HTML pages."""
    def register(view):
        router.post(path.rstrip("/"), include_in_schema=False, url_name=None,
                    **{k: v for k, v in kwargs.items() if k not in ("operation_id", "url_name")})(view)
        return router.post(path, **kwargs)(view)
    return register


def _attachments(request, request_obj):
    return [
        {
            "id": a.pk, "title": a.display_title, "round": a.round, "size": a.file.size if a.file else None,
            "url": request.build_absolute_uri(
                reverse("wagtailapi_v3:govstandard_requests_attachment", args=[request_obj.pk, a.pk])
            ),
        }
        for a in request_obj.attachments.all()
    ]


DECISIONS = {"approved": gettext_lazy("approved"), "rejected": gettext_lazy("rejected"),
             "": gettext_lazy("awaiting decision")}


def _rounds(rows, request_obj):
    return [
        {"round": r.number, "subject": r.subject, "details": r.details, "submitted_at": r.submitted_at,
         "decision": r.decision, "decision_display": str(DECISIONS[r.decision]),
         "approval_mode": r.approval_mode, "decided_at": r.decided_at, "decider_name": r.decider_name,
         "decider_position": r.decider_position, "rejection_reasons": r.rejection_reasons,
         "rejection_reason_labels": r.rejection_reason_labels, "rejection_other": r.rejection_other,
         "decision_note": r.decision_note, "attachments": [a.pk for a in r.attachments]}
        for r in history.rounds(request_obj, rows)
    ]


def _history(rows):
    return [
        {"at": row.history_date, "user": row.history_user_id, "action": row.history_change_reason or "",
         "action_display": history.describe_row(row), "status": row.status, "round": row.round}
        for row in rows
    ]


def serialize(request, request_obj, rows=None):
    data = {field: getattr(request_obj, field) for field in RequestOut.model_fields
            if field not in ("history", "rounds") and hasattr(request_obj, field)}
    if rows is None:
        rows = list(request_obj.history.order_by("history_date", "history_id"))
    data.update(
        work_group=request_obj.work_group, requested_by=request_obj.requested_by_id,
        decided_by=request_obj.decided_by_id, verbal_recorded_by=request_obj.verbal_recorded_by_id,
        published_by=request_obj.published_by_id, page=request_obj.page_id,
        status_display=str(request_obj.status_display()),
        awaiting_verbal_confirmation=request_obj.is_verbal_unconfirmed,
        attachments=_attachments(request, request_obj),
        rounds=_rounds(rows, request_obj), history=_history(rows),
        actions=access.available_actions(request.user, request_obj),
        admin_url=request.build_absolute_uri(
            reverse("wagtail_govstandard_requests:detail", args=[request_obj.pk])
        ),
        print_url=request.build_absolute_uri(
            reverse("wagtail_govstandard_requests:print", args=[request_obj.pk])
        ),
    )
    return data


def _visible(request, request_id):
    """The request if the caller may see it; 404 alike for missing and hidden ones."""
    request_obj = (
        access.visible_requests(request.user).prefetch_related("attachments")
        .filter(pk=request_id).first()
    )
    if request_obj is None:
        raise Http404("No such request.")
    return request_obj


def _perform(change):
    """Run a transition; map its refusals to 409 and 400."""
    try:
        return change()
    except transitions.TransitionRefused as refusal:
        raise HttpError(409, str(refusal)) from None
    except ValidationError as error:
        return bad_request(error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages})


def _respond(request, result, status=200):
    if hasattr(result, "status_code"):
        return result
    return Status(status, serialize(request, _visible(request, result.pk)))


@router.get("/", response=RequestListOut, auth=AUTH, url_name="govstandard_requests",
            operation_id="govstandard_requests_list",
            summary="Requests the caller may see: own (provider), work group's (head), all (webmaster)")
def list_requests(request, status: str = "", work_group: str = "", limit: int = 50, offset: int = 0):
    errors = {}
    if status and status not in dict(STATUS_CHOICES):
        errors["status"] = [_("Choose one of: %s.") % ", ".join(dict(STATUS_CHOICES))]
    if "\x00" in work_group:
        errors["work_group"] = [_("Must not contain NUL characters.")]
    if errors:
        return bad_request(errors)
    queryset = access.visible_requests(request.user).prefetch_related("attachments")
    if status:
        queryset = queryset.filter(status=status)
    if work_group:
        queryset = queryset.filter(work_group__slug=work_group)
    limit, offset = max(1, min(limit, 200)), max(0, min(offset, MAX_OFFSET))
    items = list(queryset[offset: offset + limit])
    rows = {}  # every item's saved states in one query
    for row in PublicationRequest.history.filter(id__in=[r.pk for r in items]).order_by("history_date", "history_id"):
        rows.setdefault(row.id, []).append(row)
    return {"count": queryset.count(), "items": [serialize(request, r, rows.get(r.pk, [])) for r in items]}


@router.post("/", response={201: RequestOut}, auth=AUTH, operation_id="govstandard_requests_create",
             summary="File a request (multipart: the form's fields and `attachments` files)")
def create_request(request, payload: Form[RequestIn], attachments: File[list[UploadedFile]] = None):
    if not access.can_file(request.user):
        raise PermissionDenied("Only information providers, heads and webmasters file requests.")
    form = forms.PublicationRequestForm(request.POST, request.FILES, user=request.user)
    return _respond(request, _perform(lambda: transitions.file_request(request.user, form)), 201)


@action("/{int:request_id}/resubmit/", response=RequestOut, auth=AUTH,
             operation_id="govstandard_requests_resubmit",
             summary="The provider revises a rejected request (multipart, like create): a new round")
def resubmit(request, request_id: int, payload: Form[RequestIn], attachments: File[list[UploadedFile]] = None):
    request_obj = _guard(request, request_id, "resubmit")
    factory = lambda locked: forms.PublicationRequestForm(  # noqa: E731
        request.POST, request.FILES, instance=locked, user=request.user
    )
    return _respond(request, _perform(lambda: transitions.resubmit(request_obj, request.user, factory)))


@router.get("/{int:request_id}/", response=RequestOut, auth=AUTH, operation_id="govstandard_requests_detail")
def request_detail(request, request_id: int):
    return serialize(request, _visible(request, request_id))


@router.get("/{int:request_id}/attachments/{int:attachment_id}/", auth=AUTH,
            url_name="govstandard_requests_attachment", operation_id="govstandard_requests_attachment",
            summary="Download a file of a request the caller may see (the bearer token is enough)",
            openapi_extra={"responses": {200: {
                "description": "The file, as uploaded", "headers": {"Content-Disposition": {
                    "description": "attachment; filename=...", "schema": {"type": "string"}}},
                "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
            }}})
def download_attachment(request, request_id: int, attachment_id: int):
    request_obj = _visible(request, request_id)
    item = request_obj.attachments.filter(pk=attachment_id).first()
    if item is None or not item.file:
        raise Http404("No such file.")
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.filename)


def _guard(request, request_id, action):
    """Visible (else 404) and the caller's role allows the action (else 403)."""
    request_obj = _visible(request, request_id)
    if not access.RULES[action](request.user, request_obj):
        raise PermissionDenied("Your role does not allow this on this request.")
    return request_obj


@action("/{int:request_id}/approve/", response=RequestOut, auth=AUTH,
             operation_id="govstandard_requests_approve", summary="A head of the work group approves")
def approve(request, request_id: int, payload: ApproveIn = None):
    request_obj = _guard(request, request_id, "approve")
    form = forms.ApproveForm((payload or ApproveIn()).dict())
    return _respond(request, _perform(lambda: transitions.approve(request_obj, request.user, form)))


@action("/{int:request_id}/reject/", response=RequestOut, auth=AUTH,
             operation_id="govstandard_requests_reject", summary="A head rejects, with reasons and a note")
def reject(request, request_id: int, payload: RejectIn):
    request_obj = _guard(request, request_id, "reject")
    form = forms.RejectForm(payload.dict())
    return _respond(request, _perform(lambda: transitions.reject(request_obj, request.user, form)))


@action("/{int:request_id}/verbal-approval/", response=RequestOut, auth=AUTH,
             operation_id="govstandard_requests_verbal_approval",
             summary="A webmaster records a head's urgent verbal approval (head, time, note)")
def verbal_approval(request, request_id: int, payload: VerbalApprovalIn):
    request_obj = _guard(request, request_id, "verbal_approval")
    data = payload.dict()
    factory = lambda locked: forms.VerbalApprovalForm(data, request_obj=locked)  # noqa: E731
    return _respond(request, _perform(
        lambda: transitions.record_verbal_approval(request_obj, request.user, factory)
    ))


@action("/{int:request_id}/confirm/", response=RequestOut, auth=AUTH,
             operation_id="govstandard_requests_confirm", summary="The head confirms their verbal approval")
def confirm(request, request_id: int, payload: ConfirmIn = None):
    request_obj = _guard(request, request_id, "confirm")
    form = forms.ConfirmForm((payload or ConfirmIn()).dict())
    return _respond(request, _perform(
        lambda: transitions.confirm_verbal_approval(request_obj, request.user, form)
    ))


@action("/{int:request_id}/publish/", response=PublishOut, auth=AUTH,
             operation_id="govstandard_requests_publish",
             summary="A webmaster creates the page (category, parent); publish_now puts it live")
def publish(request, request_id: int, payload: PublishIn):
    request_obj = _guard(request, request_id, "publish")
    data = payload.dict()
    factory = lambda locked: forms.PublishForm(data, request_obj=locked)  # noqa: E731
    result = _perform(lambda: transitions.draft_page(request_obj, request.user, factory))
    if hasattr(result, "status_code"):
        return result
    request_obj, page = result
    page.refresh_from_db()
    return {
        "request": serialize(request, _visible(request, request_obj.pk)),
        "page_id": page.pk,
        "page_url": page.get_full_url(request) if page.live else None,
        "edit_url": request.build_absolute_uri(reverse("wagtailadmin_pages:edit", args=[page.pk])),
        "live": page.live,
    }

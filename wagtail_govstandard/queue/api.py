"""/api/v3/govstandard/queue/: issue (HIS), call and move (queue staff), public status, board and
monthly figures.

Bearer tokens (Wagtail APIToken) for everything but the three public routes. 401 without a token,
403 for a role that may not act, 404 for what the caller may not see (existing or not), 409 for
a ticket in the wrong state, 400 with field errors. Errors are application/problem+json.
The HIS reference is returned to the integration that sent it and to staff, never publicly.
"""

import datetime
from typing import Literal

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from ninja import Router, Schema
from ninja.errors import HttpError
from wagtail.api.v3.api import api as v3_api
from wagtail.api.v3.errors import ProblemDetail

from wagtail_govstandard.api.errors import bad_request
from wagtail_govstandard.queue import access, cached, calling, clock, numbering, ordering, public_figures, status
from wagtail_govstandard.queue import board as board_state
from wagtail_govstandard.queue.auth import QueueBearerAuth
from wagtail_govstandard.queue.models import Counter, ServicePoint, Ticket
from wagtail_govstandard.queue.pages import BoardPage

router = Router(tags=["govstandard queue"])
AUTH = QueueBearerAuth()
ERRORS = {400: ProblemDetail, 401: ProblemDetail, 403: ProblemDetail, 404: ProblemDetail}
MAX_INT = 2**62


class PointOut(Schema):
    id: int
    code: str
    name_th: str
    name_en: str
    prefix: str


class CounterOut(Schema):
    id: int
    number: int
    label: str
    active: bool


class StaffPointOut(PointOut):
    waiting: int
    counters: list[CounterOut]


class TicketOut(Schema):
    id: int
    visit: int
    number: str
    point: PointOut
    state: str
    state_display: str
    priority: str
    channel: str
    reference: str
    counter: int | None
    queued_at: datetime.datetime
    called_at: datetime.datetime | None
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    call_count: int
    actions: list[str]
    status_url: str


class TicketListOut(Schema):
    count: int
    items: list[TicketOut]


class TicketIn(Schema):
    point: int
    priority: str = "normal"
    reference: str = ""


class TransferIn(Schema):
    to_point: int | None = None


class CallOut(Schema):
    ticket: TicketOut | None
    waiting: int


class PublicPointOut(Schema):
    code: str
    name_th: str
    name_en: str


class StatusOut(Schema):
    number: str
    point: PublicPointOut
    state: str
    state_display: str
    counter: str | None
    counter_number: int | None
    ahead: int
    now_called: list[str]
    estimated_wait_minutes: int | None
    issued_at: datetime.datetime
    updated_at: datetime.datetime


class MonthFiguresOut(Schema):
    month: str  # YYYY-MM (C.E.)
    point: PublicPointOut
    tickets: int
    served: int
    no_shows: int
    wait_median_minutes: float | None
    wait_p90_minutes: float | None
    service_median_minutes: float | None
    by_priority: dict[str, int]


class FiguresOut(Schema):
    fiscal_year: int  # B.E., ends 30 September of its year - 543
    fiscal_years: list[int]
    months: list[MonthFiguresOut]


class BoardCounterOut(Schema):
    counter: int
    label: str
    now: str | None
    called_at: datetime.datetime | None
    calls: int
    recent: list[str]


class BoardPointOut(Schema):
    code: str
    name_th: str
    name_en: str
    prefix: str
    waiting: int
    counters: list[BoardCounterOut]


class BoardOut(Schema):
    board: int
    points: list[BoardPointOut]
    announce: bool
    updated_at: datetime.datetime


def _point(point):
    return {"id": point.pk, "code": point.code, "name_th": point.name_th, "name_en": point.name_en,
            "prefix": point.prefix}


def serialize(request, ticket):
    visit = ticket.visit
    return {
        "id": ticket.pk, "visit": visit.pk, "number": visit.display, "point": _point(ticket.point),
        "state": ticket.state, "state_display": str(ticket.get_state_display()), "priority": visit.priority,
        "channel": visit.channel, "reference": visit.reference,
        "counter": ticket.counter.number if ticket.counter else None,
        "queued_at": ticket.queued_at, "called_at": ticket.called_at, "started_at": ticket.started_at,
        "finished_at": ticket.finished_at, "call_count": ticket.call_count,
        "actions": calling.available(ticket) if access.may_staff(request.user, ticket.point) else [],
        "status_url": status.status_url(request, visit),
    }


def ticket_response(request, ticket, status=200):
    """`serialize(ticket)` rendered by the API's renderer, as ninja renders a TicketOut, but without
    validating again what serialize() built from the model (some 7 % of an issue's Python time;
    tests/queue/test_api.py checks every ticket route's body against TicketOut)."""
    return v3_api.create_response(request, serialize(request, ticket), status=status)


def visible_tickets(user):
    """Tickets the caller may read: staff those of their points, an integration those it issued."""
    tickets = Ticket.objects.select_related("visit", "point", "counter")
    if user.is_superuser:
        return tickets
    mine = tickets.filter(visit__issued_by=user) if access.is_integration(user) else tickets.none()
    return mine | tickets.filter(point__in=access.staffed_points(user))


def _ticket(request, ticket_id):
    ticket = visible_tickets(request.user).filter(pk=min(ticket_id, MAX_INT)).first()
    if ticket is None:
        raise Http404("No such ticket.")
    return ticket


def _assigned_point(user, point_id):
    """A point the user is assigned to (staff or integration), else 404."""
    point = cached.point(min(point_id, MAX_INT))
    if point is None or not (user.is_superuser or point.pk in access.assigned_point_ids(user)):
        raise Http404("No such service point.")
    return point


def _invalid(error):
    return bad_request(error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages})


@router.get("/points/", response={200: list[StaffPointOut], **ERRORS}, auth=AUTH,
            operation_id="govstandard_queue_points", summary="The service points the caller is assigned to")
def points(request):
    if request.user.is_superuser:
        queryset = ServicePoint.objects.all()
    else:
        queryset = ServicePoint.objects.filter(staff=request.user)
    today = clock.today()
    return [
        {**_point(p), "waiting": ordering.joined_on(p, today).filter(state=Ticket.WAITING).count(),
         "counters": [{"id": c.pk, "number": c.number, "label": c.label, "active": c.active} for c in p.counters.all()]}
        for p in queryset.prefetch_related("counters")
    ]


@router.post("/tickets/", response={201: TicketOut, 200: TicketOut, 409: ProblemDetail, **ERRORS}, auth=AUTH,
             operation_id="govstandard_queue_issue",
             summary="Issue a ticket (HIS: on visit registration). `reference` is the HIS's opaque visit id: "
                     "sent again the same day (a retry), 200 with the ticket it made; for another point, 409")
def issue(request, payload: TicketIn):
    point = _assigned_point(request.user, payload.point)
    if not access.may_issue_by_api(request.user, point):
        raise PermissionDenied("Only queue integrations and the point's staff issue tickets.")
    channel = "his" if access.is_integration(request.user) else "staff"
    try:
        ticket = numbering.issue(point, payload.priority, payload.reference, channel=channel, user=request.user)
    except ValidationError as error:
        return _invalid(error)
    except numbering.AlreadyIssued as issued:
        return already_issued(request, issued.visit, point)
    return ticket_response(request, ticket, status=201)


def already_issued(request, visit, point):
    """A retried issue: the visit's ticket now (200) when it was issued at `point`, else 409."""
    if visit.issue_point_id != point.pk:
        raise HttpError(409, f"This reference already has number {visit.display} today, issued at another "
                             f"service point; move its ticket instead (GET /tickets/?reference=).")
    return ticket_response(request, visit.current_ticket())


@router.get("/tickets/", response={200: TicketListOut, **ERRORS}, auth=AUTH,
            operation_id="govstandard_queue_tickets",
            summary="Today's tickets the caller may read (?reference=, ?point=, ?state=)")
def list_tickets(request, reference: str = "", point: int | None = None, state: str = "",
                 limit: int = 50, offset: int = 0):
    queryset = visible_tickets(request.user).filter(queued_at__gte=clock.start_of(clock.today()))
    if reference:
        queryset = queryset.filter(visit__reference=reference[:numbering.REFERENCE_MAX])
    if point is not None:
        queryset = queryset.filter(point_id=min(point, MAX_INT))
    if state:
        queryset = queryset.filter(state=state)
    limit, offset = max(1, min(limit, 200)), max(0, min(offset, 100_000))
    queryset = queryset.order_by("queued_at", "pk")
    return {"count": queryset.count(), "items": [serialize(request, t) for t in queryset[offset:offset + limit]]}


@router.get("/tickets/{int:ticket_id}/", response={200: TicketOut, **ERRORS}, auth=AUTH,
            operation_id="govstandard_queue_ticket")
def ticket_detail(request, ticket_id: int):
    return ticket_response(request, _ticket(request, ticket_id))


Action = Literal["recall", "skip", "return", "start", "done", "transfer", "cancel"]


@router.post("/tickets/{int:ticket_id}/{action}/", response={200: TicketOut, 409: ProblemDetail, **ERRORS},
             auth=AUTH, operation_id="govstandard_queue_ticket_action",
             summary="Move a ticket: recall, skip, return (a skipped patient came back), start, done, "
                     "transfer (to `to_point` or the point's next), cancel")
def ticket_action(request, ticket_id: int, action: Action, payload: TransferIn = None):
    ticket = _ticket(request, ticket_id)
    own_cancel = action == "cancel" and ticket.visit.issued_by_id == request.user.pk
    if not (access.may_staff(request.user, ticket.point) or own_cancel):
        raise PermissionDenied("Only the staff of this service point move its tickets.")
    to_point = (payload or TransferIn()).to_point
    try:
        result = calling.perform(ticket.pk, action, user=request.user,
                                 to_point=min(to_point, MAX_INT) if to_point is not None else None)
    except calling.Refused as refusal:
        raise HttpError(409, str(refusal)) from refusal
    except ValidationError as error:
        return _invalid(error)
    return ticket_response(request, Ticket.objects.select_related("visit", "point", "counter").get(pk=result.pk))


@router.post("/counters/{int:counter_id}/call-next/", response={200: CallOut, **ERRORS}, auth=AUTH,
             operation_id="govstandard_queue_call_next",
             summary="Call the next waiting ticket at this counter by the point's ordering rule")
def call_next(request, counter_id: int):
    counter = Counter.objects.select_related("point").filter(pk=min(counter_id, MAX_INT)).first()
    if counter is None or not access.may_staff(request.user, counter.point):
        if counter is not None and access.active(request.user) and counter.point.staff.filter(pk=request.user.pk).exists():
            raise PermissionDenied("Only queue staff call tickets.")
        raise Http404("No such counter.")
    ticket = calling.call_next(counter, user=request.user)
    waiting = Ticket.objects.filter(point=counter.point, state=Ticket.WAITING).count()
    return {"ticket": serialize(request, _ticket(request, ticket.pk)) if ticket else None, "waiting": waiting}


@router.get("/status/{token}/", response={200: StatusOut, 404: ProblemDetail},
            operation_id="govstandard_queue_status", url_name="govstandard_queue_status",
            summary="A patient's ticket by its status token (public; 404 for unknown, other Site's or expired)")
def public_status(request, token: str):
    from wagtail.models import Site

    visit = status.find_visit(token, Site.find_for_request(request))
    if visit is None:
        raise Http404("No such ticket.")
    return status.describe(visit)


@router.get("/boards/{int:board_id}/state/", response={200: BoardOut, 304: None, 404: ProblemDetail},
            operation_id="govstandard_queue_board_state", url_name="govstandard_queue_board_state",
            summary="A display board's state (public). Send the ETag back in If-None-Match: 304 while unchanged")
def board_state_route(request, board_id: int):
    unchanged = board_state.not_modified(request, board_id)
    if unchanged is not None:
        return unchanged
    board = BoardPage.objects.live().filter(pk=min(board_id, MAX_INT)).first()
    if board is None:
        raise Http404("No such board.")
    data, tag = board_state.versioned_state(board)
    response = JsonResponse(BoardOut(**data).model_dump(mode="json"))
    response["ETag"] = tag
    response["Cache-Control"] = "no-cache"
    return response


@router.get("/statistics/", response={200: FiguresOut, 404: ProblemDetail},
            operation_id="govstandard_queue_statistics", url_name="govstandard_queue_statistics",
            summary="This Site's monthly queue figures of a B.E. fiscal year (?year=, default this one; public)")
def monthly_figures(request, year: str = ""):
    _site, chosen_year, years, rows = public_figures.chosen(request)
    return {"fiscal_year": chosen_year, "fiscal_years": years, "months": [{
        "month": row["day"].strftime("%Y-%m"), "point": _point(row["point"]), "tickets": row["tickets"],
        "served": row["served"], "no_shows": row["no_shows"], "wait_median_minutes": row["wait_median"],
        "wait_p90_minutes": row["wait_p90"], "service_median_minutes": row["service_median"],
        "by_priority": row["by_priority"],
    } for row in rows]}

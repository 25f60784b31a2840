"""The display board: its state (per counter the number now called and the last ones, waiting
counts) and the conditional GET that makes an unchanged board cost no database query.

The ETag is W/"q<board id>.<site id>.<version>", the version being the Site's queue version
(versions.py: the Bangkok date and a number in the cache). A poll that sends it back is answered
304 from the cache alone: the board id is checked against the URL, the site id read from the tag
(a forged one only earns an empty 304), the version compared with the cache's.
"""

import re

from django.http import HttpResponseNotModified
from django.template.response import TemplateResponse

from wagtail_govstandard.queue import clock, conf, ordering, screen, versions
from wagtail_govstandard.queue.models import ServicePoint, Ticket

TAG = re.compile(r'^(?:W/)?"q(\d{1,18})\.(\d{1,18})\.(\d{8}\.\d{1,30})"$')


def etag(board_id, site_id, version):
    return f'W/"q{board_id}.{site_id}.{version}"'


def not_modified(request, board_id):
    """A 304 when the poll's If-None-Match names this board at its Site's current version, else None."""
    match = TAG.match((request.headers.get("If-None-Match") or "").strip())
    if not match or int(match.group(1)) != int(board_id):
        return None
    site_id, version = int(match.group(2)), match.group(3)
    if versions.current(site_id) != version:
        return None
    response = HttpResponseNotModified()
    response["ETag"] = etag(board_id, site_id, version)
    return response


def board_points(board):
    chosen = list(board.points.all())
    if chosen:
        return [point for point in chosen if point.site_id == site_id_of(board)]
    return list(ServicePoint.objects.filter(site_id=site_id_of(board)))


def site_id_of(board):
    site = board.get_site()
    return site.pk if site else None


def recent_shown(board):
    """How many earlier numbers a counter's line lists (a value saved before the limit is capped)."""
    return min(board.recent_count, screen.RECENT_MAX)


def _counter_line(counter, calls, recent_count):
    current = calls[0] if calls and calls[0].state in (Ticket.CALLED, Ticket.SERVING) else None
    earlier = calls[1:] if current else calls
    return {
        "counter": counter.number, "label": counter.label,
        "now": current.visit.display if current else None,
        "called_at": current.last_called_at if current else None,
        "calls": current.call_count if current else 0,
        "recent": [t.visit.display for t in earlier[:recent_count]],
    }


def state(board):
    """The board's content as a dict (the page renders it, the API serves it as JSON). Today is
    told by the tickets' own times, called or joined the line since 00:00 Bangkok (see
    ordering.joined_on)."""
    today = clock.today()
    since = clock.start_of(today)
    recent_count = recent_shown(board)
    points = []
    for point in board_points(board):
        counters = [c for c in point.counters.all() if c.active]
        lines = []
        for counter in counters:
            calls = list(Ticket.objects.filter(counter=counter, last_called_at__gte=since)
                         .select_related("visit").order_by("-last_called_at")[:recent_count + 1])
            lines.append(_counter_line(counter, calls, recent_count))
        waiting = ordering.joined_on(point, today).filter(state=Ticket.WAITING).count()
        points.append({"code": point.code, "name_th": point.name_th, "name_en": point.name_en,
                       "prefix": point.prefix, "waiting": waiting, "counters": lines})
    return {"board": board.pk, "points": points, "announce": board.announce, "updated_at": clock.now()}


def versioned_state(board):
    """(state, ETag): the version is read before the state, so a change in between renews it next poll."""
    site_id = site_id_of(board)
    version = versions.current(site_id)
    return state(board), etag(board.pk, site_id, version)


def serve_page(board, request):
    data, tag = versioned_state(board)
    response = TemplateResponse(request, board.template, {
        "page": board, "self": board, "board": data, "etag": tag,
        "layout": screen.layout(data, recent_shown(board)), "poll_seconds": conf.get("BOARD_POLL_SECONDS"),
    })
    return response

"""Figures per service point per day: tickets, median and 90th-percentile waiting and service
times, no-shows, tickets by priority (the ITA "service statistics" item reads these).

Waiting is from joining the point's line to the first call; service from start to finish.
A no-show is a ticket that was skipped or called and never served (cancelled at the day's end
or by staff without being started).
"""

import math
import statistics as stats

from wagtail_govstandard.queue import conf
from wagtail_govstandard.queue.models import Ticket


def percentile(values, fraction):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def minutes(seconds):
    return None if seconds is None else round(seconds / 60, 1)


def rows(site_ids, start, end, point_ids=None):
    """One dict per (day, point) that had tickets, ordered by day then point."""
    tickets = (Ticket.objects.filter(point__site_id__in=site_ids, visit__day__gte=start, visit__day__lte=end)
               .select_related("point", "visit").order_by("visit__day", "point__sort_order", "point__code"))
    if point_ids:
        tickets = tickets.filter(point_id__in=point_ids)
    groups = {}
    for ticket in tickets:
        groups.setdefault((ticket.visit.day, ticket.point), []).append(ticket)
    return [summarise(day, point, group) for (day, point), group in groups.items()]


def summarise(day, point, tickets):
    waits = [(t.called_at - t.queued_at).total_seconds() for t in tickets if t.called_at]
    services = [(t.finished_at - t.started_at).total_seconds() for t in tickets if t.started_at and t.finished_at]
    no_shows = sum(1 for t in tickets if t.state == Ticket.CANCELLED and t.called_at and not t.started_at)
    by_priority = dict.fromkeys(conf.get("PRIORITIES"), 0)
    for ticket in tickets:
        by_priority[ticket.visit.priority] = by_priority.get(ticket.visit.priority, 0) + 1
    return {
        "day": day, "point": point, "tickets": len(tickets),
        "served": sum(1 for t in tickets if t.state in (Ticket.DONE, Ticket.TRANSFERRED) and t.started_at),
        "wait_median": minutes(stats.median(waits)) if waits else None,
        "wait_p90": minutes(percentile(waits, 0.9)),
        "service_median": minutes(stats.median(services)) if services else None,
        "service_p90": minutes(percentile(services, 0.9)),
        "no_shows": no_shows, "by_priority": by_priority,
    }

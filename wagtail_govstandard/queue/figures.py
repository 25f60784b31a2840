"""Figures per service point per day and per month: tickets, median and 90th-percentile waiting
and service times, no-shows, tickets by priority (the webmasters' report, and the public monthly
figures that answer the ITA "service statistics" item, O11).

Waiting is from joining the point's line to the first call; service from start to finish.
A no-show is a ticket that was skipped or called and never served (cancelled at the day's end
or by staff without being started).

A day's *record* holds its counts and every waiting and service time in whole seconds. It is
measured from the tickets while they exist, and kept as a DayFigures row when retention deletes
them (keep()), so the figures of a month or a year outlive the tickets; months merge the records
of their days, so a month's median is the median of its tickets, not of daily medians.
"""

import math
import statistics as stats

from django.db.models import Min

from wagtail_govstandard.queue import conf
from wagtail_govstandard.queue.models import DayFigures, ServicePoint, Ticket, Visit

TICKET_FIELDS = ("visit__day", "point_id", "state", "visit__priority", "queued_at", "called_at", "started_at",
                 "finished_at")
RECORD_FIELDS = ("tickets", "served", "no_shows", "by_priority", "wait_seconds", "service_seconds")


def percentile(values, fraction):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def minutes(seconds):
    return None if seconds is None else round(seconds / 60, 1)


def empty_record():
    return {"tickets": 0, "served": 0, "no_shows": 0, "by_priority": {}, "wait_seconds": [], "service_seconds": []}


def measure(tickets):
    """A record from tickets given as (state, priority, queued_at, called_at, started_at, finished_at)."""
    record = empty_record()
    for state, priority, queued_at, called_at, started_at, finished_at in tickets:
        record["tickets"] += 1
        record["by_priority"][priority] = record["by_priority"].get(priority, 0) + 1
        if called_at:
            record["wait_seconds"].append(round((called_at - queued_at).total_seconds()))
        if started_at and finished_at:
            record["service_seconds"].append(round((finished_at - started_at).total_seconds()))
        if state in (Ticket.DONE, Ticket.TRANSFERRED) and started_at:
            record["served"] += 1
        if state == Ticket.CANCELLED and called_at and not started_at:
            record["no_shows"] += 1
    return record


def merge(records):
    merged = empty_record()
    for record in records:
        for name in ("tickets", "served", "no_shows"):
            merged[name] += record[name]
        for priority, count in record["by_priority"].items():
            merged["by_priority"][priority] = merged["by_priority"].get(priority, 0) + count
        merged["wait_seconds"] += record["wait_seconds"]
        merged["service_seconds"] += record["service_seconds"]
    return merged


def measured(tickets):
    """{(day, point id): record} of a Ticket queryset, in one query."""
    grouped = {}
    for day, point_id, *rest in tickets.order_by().values_list(*TICKET_FIELDS):
        grouped.setdefault((day, point_id), []).append(rest)
    return {key: measure(group) for key, group in grouped.items()}


def records(site_ids, start, end, point_ids=None):
    """{(day, point id): record} of the days start..end: measured where the tickets are still
    there, else as kept when they were deleted."""
    tickets = Ticket.objects.filter(point__site_id__in=site_ids, visit__day__gte=start, visit__day__lte=end)
    kept = DayFigures.objects.filter(point__site_id__in=site_ids, day__gte=start, day__lte=end)
    if point_ids:
        tickets, kept = tickets.filter(point_id__in=point_ids), kept.filter(point_id__in=point_ids)
    found = measured(tickets)
    for row in kept.values("day", "point_id", *RECORD_FIELDS):
        found.setdefault((row.pop("day"), row.pop("point_id")), row)
    return found


def summarise(period, point, record):
    waits, services = record["wait_seconds"], record["service_seconds"]
    by_priority = dict.fromkeys(conf.get("PRIORITIES"), 0)
    by_priority.update(record["by_priority"])
    return {
        "day": period, "point": point, "tickets": record["tickets"], "served": record["served"],
        "wait_median": minutes(stats.median(waits)) if waits else None,
        "wait_p90": minutes(percentile(waits, 0.9)),
        "service_median": minutes(stats.median(services)) if services else None,
        "service_p90": minutes(percentile(services, 0.9)),
        "no_shows": record["no_shows"], "by_priority": by_priority,
    }


def _summarised(by_period):
    """Rows of {(period, point id): record}, ordered by period, then the points' journey order."""
    points = ServicePoint.objects.in_bulk({point_id for _, point_id in by_period})
    order = sorted(by_period, key=lambda key: (key[0], points[key[1]].sort_order, points[key[1]].code))
    return [summarise(period, points[point_id], by_period[(period, point_id)]) for period, point_id in order]


def rows(site_ids, start, end, point_ids=None):
    """One dict per (day, point) that had tickets, ordered by day then point."""
    return _summarised(records(site_ids, start, end, point_ids))


def months(site_ids, start, end):
    """One dict per (month, point) that had tickets; "day" is the month's first day."""
    by_month = {}
    for (day, point_id), record in records(site_ids, start, end).items():
        by_month.setdefault((day.replace(day=1), point_id), []).append(record)
    return _summarised({key: merge(group) for key, group in by_month.items()})


def keep(before):
    """Keep the record of every (day, point) before `before` that still has tickets (retention
    calls this in the transaction that deletes them)."""
    found = measured(Ticket.objects.filter(visit__day__lt=before))
    DayFigures.objects.bulk_create(
        [DayFigures(day=day, point_id=point_id, **record) for (day, point_id), record in found.items()],
        update_conflicts=True, unique_fields=["point", "day"], update_fields=list(RECORD_FIELDS),
    )
    return len(found)


def first_day(site_ids):
    """The first day the figures reach back to (kept, or measured from tickets), or None."""
    days = [DayFigures.objects.filter(point__site_id__in=site_ids).aggregate(first=Min("day"))["first"],
            Visit.objects.filter(site_id__in=site_ids).aggregate(first=Min("day"))["first"]]
    return min((day for day in days if day), default=None)

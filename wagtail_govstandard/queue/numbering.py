"""Issue a numbered ticket: per Site, service point and Bangkok day, numbers run 1, 2, 3 ...

The day's counter row is created if missing (INSERT ... ON CONFLICT DO NOTHING), then locked
(SELECT ... FOR UPDATE) for the increment, so concurrent issues at one point queue on that row
and each gets the next number; other points are not held up. The lock is what makes numbers
exact; tests/queue/test_numbering_concurrency.py shows duplicates without it. The number is
taken last in the transaction (the visit, ticket and event are written first), so the lock is
held for the increment, one UPDATE and the commit only.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from . import clock, conf, events, rollover, versions
from .models import DayCounter, Ticket, Visit

CHANNELS = ("kiosk", "staff", "his")
REFERENCE_MAX = 64


def lock(queryset):
    """The row lock on the day's counter (a seam the concurrency test removes to prove it matters)."""
    return queryset.select_for_update()


def format_number(prefix, number):
    return f"{prefix}{number:03d}"


def check(point, priority, reference):
    priorities = conf.get("PRIORITIES")
    if priority not in priorities:
        raise ValidationError({"priority": _("Unknown priority class.")})
    if not point.issuable:
        raise ValidationError({"point": _("Tickets are not issued at this service point.")})
    if len(reference) > REFERENCE_MAX or "\x00" in reference or not reference.isprintable():
        raise ValidationError({"reference": _("The reference must be printable text of at most 64 characters.")})
    return priorities[priority]


def next_number(point, day):
    row = lock(DayCounter.objects.filter(point=point, day=day)).first()
    if row is None:
        DayCounter.objects.bulk_create([DayCounter(point=point, day=day)], ignore_conflicts=True)
        row = lock(DayCounter.objects.filter(point=point, day=day)).get()
    row.last_number += 1
    row.save(update_fields=["last_number"])
    return row.last_number


def issue(point, priority="normal", reference="", channel="kiosk", user=None):
    """A new waiting Visit and its first Ticket at `point`; raises ValidationError on bad input."""
    assert channel in CHANNELS
    reference = (reference or "").strip()
    rank = check(point, priority, reference)
    moment = clock.now()
    day = clock.day_of(moment)
    rollover.close_past_days(point.site_id, day)
    with transaction.atomic():
        visit = Visit.objects.create(
            site_id=point.site_id, issue_point=point, day=day, number=None, display="", priority=priority,
            rank=rank, reference=reference, channel=channel,
            issued_by=user if user and user.is_authenticated else None, issued_at=moment,
        )
        ticket = Ticket.objects.create(visit=visit, point=point, rank=rank, queued_at=moment)
        events.record(ticket, "issued", "", Ticket.WAITING, user=user, at=moment)
        visit.number = next_number(point, day)
        visit.display = format_number(point.prefix, visit.number)
        visit.save(update_fields=["number", "display"])
        versions.bump(point.site_id)
    return ticket

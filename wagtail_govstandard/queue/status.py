"""What the patient's status page shows: number, point, state, how many are ahead, the number now
called, an estimated wait. Nothing else about the visit (no reference, no name) leaves here."""

import datetime
import statistics

from django.db.models import Q
from django.urls import reverse

from wagtail_govstandard.queue import cached, clock, conf
from wagtail_govstandard.queue.models import Ticket, Visit

ESTIMATE_DAYS = 7


def find_visit(token, site):
    """Today's visit with this token on this Site; None for unknown, foreign or expired tokens."""
    if not token or len(token) > 64 or site is None:
        return None
    return Visit.objects.filter(token=token, site=site, day=clock.today()).first()


def status_path(visit):
    return reverse("govstandard_queue:status", args=[visit.token])


def status_url(request, visit):
    """The status page's full address on the ticket's own Site, the only one that finds its token:
    a ticket issued through another host (the staff's admin on the office's name, an HIS calling
    the API on another Site's) must not send the patient to a 404. The request's own scheme and
    host when it came to that Site's name."""
    path = status_path(visit)
    site = cached.site(visit.site_id)
    if site is None or request.get_host().rsplit(":", 1)[0].lower() == site.hostname.lower():
        return request.build_absolute_uri(path)
    return site.root_url + path


def ahead_of(ticket):
    """Tickets called before this one under the ordering rule (an estimate where lines interleave)."""
    if ticket.state != Ticket.WAITING:
        return 0
    line = Ticket.objects.filter(point=ticket.point_id, state=Ticket.WAITING)
    earlier = Q(queued_at__lt=ticket.queued_at) | Q(queued_at=ticket.queued_at, pk__lt=ticket.pk)
    urgent, priority, normal = line.filter(rank=0), line.filter(rank=1), line.filter(rank__gte=2)
    if ticket.rank == 0:
        return urgent.filter(earlier).count()
    every = ticket.point.rule_every()
    if ticket.rank == 1:
        same, others = priority.filter(earlier).count(), normal.count()
        interleaved = 0 if every == 0 else min(others, same * every)
    else:
        same = normal.filter(Q(rank__lt=ticket.rank) | Q(rank=ticket.rank) & earlier).count()
        others = priority.count()
        interleaved = others if every == 0 else min(others, same // every + 1)
    return urgent.count() + same + interleaved


def now_called(point):
    """The numbers now called or served at the point's counters, latest call first."""
    return list(Ticket.objects.filter(point=point, state__in=(Ticket.CALLED, Ticket.SERVING),
                                      last_called_at__gte=clock.start_of(clock.today()))
                .order_by("-last_called_at").values_list("visit__display", flat=True)[:6])


def median_service_seconds(point):
    since = clock.now() - datetime.timedelta(days=ESTIMATE_DAYS)
    rows = (Ticket.objects.filter(point=point, state__in=(Ticket.DONE, Ticket.TRANSFERRED),
                                  started_at__isnull=False, finished_at__gte=since)
            .order_by("-finished_at").values_list("started_at", "finished_at")[:conf.get("ESTIMATE_SAMPLE")])
    durations = [(end - start).total_seconds() for start, end in rows if end >= start]
    return statistics.median(durations) if durations else None


def estimated_wait_minutes(ticket, ahead):
    """Minutes until the ticket is called: 0 when it is next or called, None when not known."""
    if ticket.state != Ticket.WAITING:
        return 0 if ticket.state in (Ticket.CALLED, Ticket.SERVING) else None
    if not ahead:
        return 0
    median = median_service_seconds(ticket.point)
    if median is None:
        return None
    desks = max(1, ticket.point.counters.filter(active=True).count())
    return max(1, round(ahead * median / desks / 60))


def describe(visit):
    """The public status of a visit: a plain dict (the page and the JSON twin both use it)."""
    ticket = visit.current_ticket()
    point = ticket.point
    ahead = ahead_of(ticket)
    return {
        "number": visit.display,
        "point": {"code": point.code, "name_th": point.name_th, "name_en": point.name_en, "name": point.name},
        "state": ticket.state,
        "state_display": str(ticket.get_state_display()),
        "counter": ticket.counter.label if ticket.counter and ticket.state in (Ticket.CALLED, Ticket.SERVING) else None,
        "counter_number": ticket.counter.number if ticket.counter and ticket.state in (Ticket.CALLED, Ticket.SERVING) else None,
        "ahead": ahead,
        "now_called": now_called(point),
        "estimated_wait_minutes": estimated_wait_minutes(ticket, ahead),
        "issued_at": visit.issued_at,
        "updated_at": clock.now(),
    }

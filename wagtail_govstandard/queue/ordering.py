"""Which waiting ticket a counter calls next: the ordering rule.

Ranks come from WAGTAILGOVSTANDARD_QUEUE_PRIORITIES (default: urgent 0; elderly, disabled, monk,
pregnant 1; normal 2). The rule at a service point with `every` = N (the point's setting or
WAGTAILGOVSTANDARD_QUEUE_PRIORITY_EVERY, default 2):

1. an urgent (rank 0) ticket is always called first;
2. a rank-1 ticket is due unless one of the point's last N calls today was rank 1: with N = 2
   the calls run P, N, N, P, N, N ... while both lines have tickets; N = 0 calls every rank-1
   ticket before any normal one;
3. when the due line is empty the other is called; within a line, first come first served
   (the time the ticket joined this point's line: a transfer or a return joins at the back).
"""

from wagtail_govstandard.queue import clock
from wagtail_govstandard.queue.models import Ticket


def waiting(point):
    return Ticket.objects.filter(point=point, state=Ticket.WAITING)


def joined_on(point, day):
    """The point's tickets that joined its line on `day` (since 00:00 Bangkok), told by the
    tickets' own time on the line's index. A join to the visit's day would be planned on statistics
    taken before the day's rows, which see none, and compare every ticket with every visit of it."""
    return Ticket.objects.filter(point=point, queued_at__gte=clock.start_of(day))


def priority_due(point, day):
    every = point.rule_every()
    if every == 0:
        return True
    # The point's calls since 00:00 on their own index (gsqueue_point_calls): see joined_on().
    recent = (Ticket.objects.filter(point=point, called_at__gte=clock.start_of(day), rank__gte=1)
              .order_by("-called_at").values_list("rank", flat=True)[:every])
    return 1 not in list(recent)


def lines(point, day):
    """The waiting querysets in the order to try them, each ordered first come first served."""
    fifo = ("queued_at", "pk")
    urgent = waiting(point).filter(rank=0).order_by(*fifo)
    priority = waiting(point).filter(rank=1).order_by(*fifo)
    normal = waiting(point).filter(rank__gte=2).order_by("rank", *fifo)
    return [urgent, priority, normal] if priority_due(point, day) else [urgent, normal, priority]


def position_key(ticket):
    """Sort key matching the lines (used for "how many are ahead", which assumes the strict order)."""
    return (ticket.rank, ticket.queued_at, ticket.pk)

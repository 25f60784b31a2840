"""Every state change of a ticket, in one place: call next, recall, skip, return, start, done,
transfer, cancel. Each locks the ticket's row, checks the state, changes it and records who and
when; a wrong state raises Refused (the API answers 409, the console shows the message).

Call next locks the counter's row (a double click waits for the first click and gets the same
ticket back within CALL_DEBOUNCE_SECONDS) and takes the first waiting ticket by the ordering
rule with FOR UPDATE SKIP LOCKED, so two counters calling at once never get one ticket.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail_govstandard.queue import clock, conf, events, ordering, rollover, versions
from wagtail_govstandard.queue.models import Counter, ServicePoint, Ticket

# action: (states it may start from, state it leads to)
MOVES = {
    "recall": ((Ticket.CALLED,), Ticket.CALLED),
    "skip": ((Ticket.CALLED,), Ticket.SKIPPED),
    "return": ((Ticket.SKIPPED,), Ticket.WAITING),
    "start": ((Ticket.CALLED,), Ticket.SERVING),
    "done": ((Ticket.SERVING,), Ticket.DONE),
    "transfer": ((Ticket.CALLED, Ticket.SERVING), Ticket.TRANSFERRED),
    "cancel": ((Ticket.WAITING, Ticket.CALLED, Ticket.SERVING, Ticket.SKIPPED), Ticket.CANCELLED),
}
ACTIONS = tuple(MOVES)


class Refused(Exception):
    """The ticket is not in a state that allows the action (409)."""


def lock_ticket(queryset):
    """The row lock of "call next" (skip_locked: a ticket another counter is taking is passed over)."""
    return queryset.select_for_update(skip_locked=True, of=("self",))


def available(ticket):
    return [action for action, (sources, _target) in MOVES.items() if ticket.state in sources]


def call_next(counter, user=None):
    """Call the next waiting ticket at `counter`; None when nobody waits."""
    moment = clock.now()
    rollover.close_past_days(counter.point.site_id, clock.day_of(moment))
    with transaction.atomic():
        # Only this counter's row (a plain .first() would follow Meta.ordering into the point's row
        # and lock every counter of the point together).
        list(Counter.objects.select_for_update(of=("self",)).filter(pk=counter.pk).values_list("pk", flat=True))
        recent = _just_called(counter, moment)
        if recent is not None:
            return recent
        ticket = _take(counter.point, clock.day_of(moment))
        if ticket is None:
            return None
        _call(ticket, counter, user, moment, "called")
    return ticket


def _just_called(counter, moment):
    """The ticket this counter called a moment ago (a double click), if any."""
    window = datetime.timedelta(seconds=conf.get("CALL_DEBOUNCE_SECONDS"))
    if not window:
        return None
    return (Ticket.objects.filter(counter=counter, state=Ticket.CALLED, call_count=1,
                                  last_called_at__gte=moment - window).order_by("-last_called_at").first())


def _take(point, day):
    for line in ordering.lines(point, day):
        ticket = lock_ticket(line).select_related("visit", "point").first()
        if ticket is not None:
            return ticket
    return None


def _call(ticket, counter, user, moment, action):
    from_state = ticket.state
    ticket.state, ticket.counter = Ticket.CALLED, counter
    ticket.called_at = ticket.called_at or moment
    ticket.last_called_at, ticket.call_count = moment, ticket.call_count + 1
    ticket.save(update_fields=["state", "counter", "called_at", "last_called_at", "call_count"])
    events.record(ticket, action, from_state, Ticket.CALLED, user=user, counter=counter, at=moment)
    versions.bump(ticket.point.site_id)


def perform(ticket_id, action, user=None, to_point=None):
    """Apply `action` to the ticket; returns the ticket (for transfer: the new ticket at the next point)."""
    if action not in MOVES:
        raise Refused(_("Unknown action."))
    sources, target = MOVES[action]
    moment = clock.now()
    with transaction.atomic():
        ticket = (Ticket.objects.select_for_update(of=("self",)).select_related("visit", "point", "counter")
                  .filter(pk=ticket_id).first())
        if ticket is None:
            raise Refused(_("No such ticket."))
        if ticket.state not in sources:
            raise Refused(_("This ticket is %(state)s: it cannot be %(action)s now.") % {
                "state": ticket.get_state_display(), "action": ACTION_LABELS[action]})
        if action == "recall":
            _call(ticket, ticket.counter, user, moment, "recalled")
            return ticket
        if action == "transfer":
            return _transfer(ticket, to_point, user, moment)
        _move(ticket, action, target, user, moment)
    return ticket


def _move(ticket, action, target, user, moment):
    from_state = ticket.state
    ticket.state = target
    fields = ["state"]
    if target == Ticket.SERVING:
        ticket.started_at, fields = moment, fields + ["started_at"]
    if target in (Ticket.DONE, Ticket.CANCELLED, Ticket.TRANSFERRED):
        ticket.finished_at, fields = moment, fields + ["finished_at"]
    if target == Ticket.WAITING:  # a skipped patient who came back joins the back of the line
        ticket.queued_at, fields = moment, fields + ["queued_at"]
    ticket.save(update_fields=fields)
    events.record(ticket, action, from_state, target, user=user, counter=ticket.counter, at=moment)
    versions.bump(ticket.point.site_id)


def _transfer(ticket, to_point, user, moment):
    to_point = to_point or ticket.point.next_point
    if to_point is None:
        raise ValidationError({"to_point": _("This service point has no next point: choose one.")})
    if not isinstance(to_point, ServicePoint):
        to_point = ServicePoint.objects.filter(pk=to_point).first()
    if to_point is None or to_point.site_id != ticket.point.site_id or to_point.pk == ticket.point_id:
        raise ValidationError({"to_point": _("Choose another service point of the same site.")})
    _move(ticket, "transfer", Ticket.TRANSFERRED, user, moment)
    following = Ticket.objects.create(visit=ticket.visit, point=to_point, rank=ticket.rank, queued_at=moment)
    events.record(following, "transferred_in", "", Ticket.WAITING, user=user, at=moment)
    return following


ACTION_LABELS = {
    "recall": gettext_lazy("recalled"), "skip": gettext_lazy("skipped"), "return": gettext_lazy("returned"),
    "start": gettext_lazy("started"), "done": gettext_lazy("finished"),
    "transfer": gettext_lazy("transferred"), "cancel": gettext_lazy("cancelled"),
}

"""Day rollover: at 00:00 Asia/Bangkok the previous days' open tickets close themselves.

Waiting, called and skipped tickets become "cancelled" (counted as no-shows), one being served
becomes "done"; each gets a "day closed" event. Runs lazily before the first issue or call of a
day at a Site (once per Site and day, remembered in the cache and, once seen there, in the
process's memory: cached.py) and from
`manage.py govstandard_queue_rollover` (cron at 00:00 if the no-shows must close at midnight; the
boards clear at midnight by themselves, versions.py).
"""

from django.core.cache import caches
from django.db import transaction

from wagtail_govstandard.queue import cached, clock, conf, versions
from wagtail_govstandard.queue.models import Ticket, TicketEvent

CLOSING = {Ticket.WAITING: Ticket.CANCELLED, Ticket.CALLED: Ticket.CANCELLED,
           Ticket.SKIPPED: Ticket.CANCELLED, Ticket.SERVING: Ticket.DONE}


def _key(site_id, day):
    return f"govstandard_queue:rolled:{site_id}:{day.isoformat()}"


def close_past_days(site_id, today=None):
    """Close the Site's open tickets of days before `today`; the number closed (0 when done already)."""
    today = today or clock.today()
    cache, key = caches[conf.get("CACHE")], _key(site_id, today)
    if cached.remembered(key, lambda: cache.get(key)):
        return 0
    closed = close(Ticket.objects.filter(visit__site_id=site_id, visit__day__lt=today))
    cache.set(key, True, timeout=2 * 86400)
    return closed


def close(tickets):
    moment = clock.now()
    closed = 0
    with transaction.atomic():
        rows = list(tickets.filter(state__in=CLOSING).select_for_update(skip_locked=True, of=("self",))
                    .values_list("pk", "state", "visit__site_id"))
        for from_state, to_state in CLOSING.items():
            ids = [pk for pk, state, _site in rows if state == from_state]
            fields = {"state": to_state}
            if to_state == Ticket.DONE:
                fields["finished_at"] = moment
            closed += Ticket.objects.filter(pk__in=ids, state=from_state).update(**fields)
        TicketEvent.objects.bulk_create([
            TicketEvent(ticket_id=pk, action="day_closed", from_state=state, to_state=CLOSING[state], at=moment)
            for pk, state, _site in rows
        ])
        for site_id in {site for _pk, _state, site in rows}:
            versions.bump(site_id)
    return closed

"""The history of a ticket: one TicketEvent per change, with who and when."""

from wagtail_govstandard.queue import clock
from wagtail_govstandard.queue.models import TicketEvent


def record(ticket, action, from_state, to_state, user=None, counter=None, at=None):
    return TicketEvent.objects.create(
        ticket=ticket, action=action, from_state=from_state, to_state=to_state,
        counter=counter, actor=user if user is not None and user.is_authenticated else None,
        at=at or clock.now(),
    )

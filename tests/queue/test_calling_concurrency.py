"""Two counters (and double clicks) calling at once never call one ticket twice (PostgreSQL):
each waiting ticket is taken FOR UPDATE SKIP LOCKED; without that lock tickets are called twice."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections

from wagtail_govstandard.queue import calling, numbering
from wagtail_govstandard.queue.models import Counter, TicketEvent

from .conftest import build_hospital

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency proofs run on PostgreSQL"),
    pytest.mark.django_db(transaction=True),
]

TICKETS = 300
COUNTERS = 8


@pytest.fixture(autouse=True)
def no_debounce(settings):
    settings.WAGTAILGOVSTANDARD_QUEUE_CALL_DEBOUNCE_SECONDS = 0


def call_until_empty(point):
    """Ids called by COUNTERS counters of `point` calling next as fast as they can, started together."""
    counters = [Counter.objects.create(point=point, number=10 + n) for n in range(COUNTERS)]
    start = threading.Barrier(COUNTERS)

    def desk(counter):
        called = []
        try:
            start.wait()
            while (ticket := calling.call_next(counter)) is not None:
                called.append(ticket.pk)
        finally:
            connections.close_all()
        return called

    with ThreadPoolExecutor(max_workers=COUNTERS) as pool:
        return [pk for ids in pool.map(desk, counters) for pk in ids]


def issue_many(point):
    return {numbering.issue(point, priority="elderly" if n % 5 == 0 else "normal").pk for n in range(TICKETS)}


def test_concurrent_call_next_calls_every_ticket_exactly_once():
    point = build_hospital().registration
    issued = issue_many(point)
    called = call_until_empty(point)
    assert sorted(called) == sorted(issued)
    assert TicketEvent.objects.filter(action="called").count() == TICKETS


def test_without_the_lock_tickets_are_called_twice(monkeypatch):
    """The proof can fail: with the row lock removed the counters take the same tickets."""
    point = build_hospital().registration
    issue_many(point)
    unlocked_take = calling._take

    def take_without_lock(point, day):
        ticket = unlocked_take(point, day)
        time.sleep(0.001)  # the time a real request spends between reading and writing
        return ticket

    monkeypatch.setattr(calling, "lock_ticket", lambda queryset: queryset)
    monkeypatch.setattr(calling, "_take", take_without_lock)
    called = call_until_empty(point)
    assert len(called) > len(set(called))

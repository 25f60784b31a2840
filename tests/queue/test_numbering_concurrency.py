"""Exact numbering under load (PostgreSQL): 16 threads x 500 issues at one service point give
8,000 distinct consecutive numbers; with the counter row's lock removed the same run does not."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import IntegrityError, connection, connections

from wagtail_govstandard.queue import numbering
from wagtail_govstandard.queue.models import Visit

from .conftest import build_hospital

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency proofs run on PostgreSQL"),
    pytest.mark.django_db(transaction=True),
]

THREADS, EACH = 16, 500


def issue_concurrently(point, threads=THREADS, each=EACH):
    """Numbers handed out, and the number of issues that failed, from `threads` x `each` issues."""

    def worker(_n):
        numbers, failures = [], 0
        try:
            for _ in range(each):
                try:
                    numbers.append(numbering.issue(point).visit.number)
                except IntegrityError:
                    failures += 1
        finally:
            connections.close_all()
        return numbers, failures

    with ThreadPoolExecutor(max_workers=threads) as pool:
        results = list(pool.map(worker, range(threads)))
    return [n for numbers, _f in results for n in numbers], sum(f for _n, f in results)


def exact(numbers, failures, total):
    return failures == 0 and sorted(numbers) == list(range(1, total + 1))


def test_16_threads_x_500_issues_give_8000_consecutive_numbers():
    point = build_hospital().registration
    numbers, failures = issue_concurrently(point)
    assert exact(numbers, failures, THREADS * EACH), (failures, len(numbers), len(set(numbers)))
    stored = sorted(Visit.objects.filter(issue_point=point).values_list("number", flat=True))
    assert stored == list(range(1, THREADS * EACH + 1))


def test_without_the_row_lock_numbers_collide(monkeypatch):
    """The proof can fail: the same run with the lock removed loses increments (collisions)."""
    point = build_hospital().registration
    monkeypatch.setattr(numbering, "lock", lambda queryset: queryset)
    numbers, failures = issue_concurrently(point, each=50)
    assert not exact(numbers, failures, THREADS * 50)
    assert failures > 0 or len(set(numbers)) < len(numbers)

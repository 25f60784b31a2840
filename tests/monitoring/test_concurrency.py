"""Two webmasters (or a webmaster and the cron job) taking the same item down at once record
one take-down; the row lock makes the second see the item is no longer live. PostgreSQL only."""

import threading

import pytest
from django.db import connection, connections

from tests.utils import make_home, make_index
from wagtail_govstandard.models import ExpiryAction
from wagtail_govstandard.monitoring import actions

from .conftest import add_item, days


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks")
@pytest.mark.django_db(transaction=True)
def test_concurrent_take_downs_record_one():
    page = add_item(make_index(make_home(), "news"), "Expired", end=days(-1))
    barrier, outcomes = threading.Barrier(2), []

    def take_down():
        try:
            barrier.wait()
            actions.take_down(page, None, "race", automatic=True)
            outcomes.append("done")
        except actions.ActionRefused:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=take_down) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["done", "refused"]
    assert ExpiryAction.objects.filter(page_id=page.pk, action="take_down").count() == 1

"""The Redis visit buffer (db 4 here): shared by processes, applied exactly once across crashes."""

from unittest import mock

import pytest
from django.core.cache import cache
from django.db import OperationalError

from tests.statistics.utils import BROWSER, clean_visits  # noqa: F401
from tests.utils import make_content, make_index
from wagtail_govstandard.models import AppliedVisitBatch, DailyVisits, StatisticsPage
from wagtail_govstandard.statistics.visits import buffer

REDIS_URL = "redis://127.0.0.1:6379/4"


def redis_client():
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.RedisError:
        pytest.skip("Redis is not running")
    return client


@pytest.fixture
def redis_buffer(settings, clean_visits, home):
    client = redis_client()
    client.flushdb()
    settings.WAGTAILGOVSTANDARD_VISITS_BUFFER = "redis"
    settings.WAGTAILGOVSTANDARD_VISITS_REDIS_URL = REDIS_URL
    cache.clear()
    page = make_content(make_index(home, "statistics"), StatisticsPage, title="สถิติ")
    yield client, page
    client.flushdb()


def post_visits(client, page, count):
    for n in range(count):
        response = client.post("/api/v3/govstandard/visits/", {"page_id": page.pk},
                               content_type="application/json", HTTP_USER_AGENT=f"{BROWSER} {n % 2}")
        assert response.status_code == 202


def views():
    row = DailyVisits.objects.first()
    return (row.views, row.visitors) if row else (0, 0)


def test_visits_wait_in_redis_until_flushed(client, redis_buffer):
    redis, page = redis_buffer
    post_visits(client, page, 5)
    assert redis.llen(buffer.PENDING_KEY) == 5 and views() == (0, 0)
    assert buffer.flush() == 5
    assert views() == (5, 2)
    assert redis.llen(buffer.PENDING_KEY) == 0 and not redis.smembers(buffer.BATCHES_KEY)


def test_a_batch_applied_before_a_crash_is_not_counted_again(client, redis_buffer):
    redis, page = redis_buffer
    post_visits(client, page, 3)
    target = buffer.get_buffer()
    with mock.patch.object(target.client, "delete", side_effect=ConnectionError("crash after commit")):
        with pytest.raises(ConnectionError):
            target.flush()
    assert views() == (3, 2) and AppliedVisitBatch.objects.count() == 1
    assert len(redis.smembers(buffer.BATCHES_KEY)) == 1  # the batch is still there
    assert buffer.flush() == 0
    assert views() == (3, 2)
    assert not redis.smembers(buffer.BATCHES_KEY)


def test_a_batch_that_failed_to_write_is_applied_by_the_next_flush(client, redis_buffer, caplog):
    _redis, page = redis_buffer
    post_visits(client, page, 4)
    with mock.patch("wagtail_govstandard.statistics.visits.store.apply", side_effect=OperationalError("db down")):
        assert buffer.flush() == 0
    assert "Could not flush visits" in caplog.text and views() == (0, 0)
    post_visits(client, page, 1)
    assert buffer.flush() == 5
    assert views() == (5, 2)


def test_redis_down_never_breaks_the_page_or_the_api(client, settings, clean_visits, home, caplog):
    settings.WAGTAILGOVSTANDARD_VISITS_BUFFER = "redis"
    settings.WAGTAILGOVSTANDARD_VISITS_REDIS_URL = "redis://127.0.0.1:1/0"
    page = make_content(make_index(home, "statistics"), StatisticsPage, title="สถิติ")
    response = client.post("/api/v3/govstandard/visits/", {"page_id": page.pk},
                           content_type="application/json", HTTP_USER_AGENT=BROWSER)
    assert (response.status_code, response.json()) == (202, {"counted": False})
    assert "Could not queue a visit" in caplog.text
    assert buffer.flush() == 0

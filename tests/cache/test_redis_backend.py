"""cache/redis.py: Django's Redis cache, one redis-py client per connection pool instead of one
per call, and the cache answers as Django's does."""

import pytest
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache

from wagtail_govstandard.cache.redis import RedisCache

LOCATION = "redis://127.0.0.1:6379/14"


@pytest.fixture
def redis_cache():
    import redis

    try:
        redis.Redis.from_url(LOCATION).ping()
    except redis.RedisError:
        pytest.skip("Redis is not running")
    cache = RedisCache(LOCATION, {"KEY_PREFIX": "test-backend"})
    cache.clear()
    yield cache
    cache.clear()


def test_one_client_serves_every_call_and_every_request(redis_cache, monkeypatch):
    import redis

    built = []
    original = redis.Redis.__init__

    def counting_init(self, *args, **kwargs):
        built.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(redis.Redis, "__init__", counting_init)

    def five_requests(cache):
        built.clear()
        for n in range(5):
            cache.set("figure", {"views": n}, 30)
            assert cache.get("figure") == {"views": n}
            cache.close()  # what Django does to every cache at the end of a request
        pools = list(cache._cache._pools.values())
        return sum(any(client.connection_pool is pool for pool in pools) for client in built)

    assert five_requests(redis_cache) == 0  # the client the fixture's clear() built serves them all
    assert five_requests(DjangoRedisCache(LOCATION, {"KEY_PREFIX": "test-backend"})) == 10


def test_it_answers_as_djangos_backend(redis_cache):
    assert redis_cache.add("token", "a", None) and not redis_cache.add("token", "b", None)
    assert redis_cache.get("token") == "a"
    redis_cache.set("count", 1)
    assert redis_cache.incr("count") == 2 and redis_cache.get("count") == 2
    redis_cache.set_many({"x": 1, "y": 2})
    assert redis_cache.get_many(["x", "y", "z"]) == {"x": 1, "y": 2}
    redis_cache.delete("x")
    assert redis_cache.get("x", "gone") == "gone"

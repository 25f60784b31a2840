"""Django's Redis cache backend, keeping its redis-py client instead of building one per call.

Django's RedisCacheClient makes a new redis-py client for every cache call. Building one sets up
some 170 response callbacks (redis-py 5 and later): about 0.2 ms a call on the benchmark machine,
paid two or three times by every ticket issue, page view or poll that reads a version token. A
redis-py client holds nothing but its connection pool and is safe to share between threads, so
one per pool is what redis-py itself expects. Use it as Django's:

    CACHES = {"default": {"BACKEND": "wagtail_govstandard.cache.redis.RedisCache",
                          "LOCATION": "redis://127.0.0.1:6379/0"}}
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ReusedClientCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientCacheClient

"""The test settings behind a real front cache (tests/proofs/test_varnish.py, bench/cache.py).

What differs from config.settings.test: the cache every process shares (Redis, REDIS_URL), so
a change made by one process renews the content figures of the others; the beacon counts views;
and Wagtail's frontend_cache purges Varnish (VARNISH_URL) or, without it, records its purges.
"""

import os

from .test import *  # noqa: F401,F403

INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
if os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "wagtail_govstandard.cache.redis.RedisCache",
                          "LOCATION": os.environ["REDIS_URL"]}}
WAGTAILGOVSTANDARD_VISITS_BEACON = True
WAGTAILFRONTENDCACHE = {
    "varnish": {"BACKEND": "wagtail_govstandard.cache.backends.VarnishBackend",
                "LOCATION": os.environ["VARNISH_URL"]},
} if os.environ.get("VARNISH_URL") else {
    "recording": {"BACKEND": "wagtail_govstandard.cache.backends.RecordingBackend"},
}

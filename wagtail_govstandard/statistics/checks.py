"""System check: the per-IP bounds need a cache every worker shares."""

from django.conf import settings
from django.core import checks

PER_PROCESS = ("django.core.cache.backends.locmem.LocMemCache", "django.core.cache.backends.dummy.DummyCache")


@checks.register(checks.Tags.security, deploy=True)
def shared_cache(app_configs, **kwargs):
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend in PER_PROCESS:
        return [checks.Warning(
            "The default cache is per process: the survey and visit limits per IP address count per worker.",
            hint="Use a shared cache (Redis, Memcached or the database cache) for CACHES['default'] in production.",
            id="wagtail_govstandard.W001",
        )]
    return []

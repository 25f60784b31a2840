"""A version number per Site held in the cache: it changes whenever that Site's queue changes.

The display board's ETag is built from it, so a board that has seen the current version gets
304 without a database query. A lost cache entry reads as a fresh version (one full answer).
"""

import time

from django.core.cache import caches
from django.db import transaction

from wagtail_govstandard.queue import conf


def _cache():
    return caches[conf.get("CACHE")]


def _key(site_id):
    return f"govstandard_queue:version:{site_id}"


def current(site_id):
    """The Site's version; set (to a new one) when the cache has none."""
    version = _cache().get(_key(site_id))
    if version is None:
        version = time.time_ns()
        _cache().add(_key(site_id), version, timeout=None)
        version = _cache().get(_key(site_id), version)
    return version


def renew(site_id):
    _cache().set(_key(site_id), time.time_ns(), timeout=None)


def bump(site_id):
    """Renew the Site's version once the current transaction commits (boards then refetch)."""
    transaction.on_commit(lambda: renew(site_id))

"""A version per Site: it changes whenever that Site's queue changes, and at 00:00 Bangkok, when
the queue's today does (a board then clears with no cron and no ticket issued yet).

It is the Bangkok date and a number held in the cache. The display board's and the console's
ETags are built from it, so a screen that has seen the current version gets 304 without a
database query. A lost cache entry reads as a fresh version (one full answer).
"""

import time

from django.core.cache import caches
from django.db import transaction

from wagtail_govstandard.queue import clock, conf


def _cache():
    return caches[conf.get("CACHE")]


def _key(site_id):
    return f"govstandard_queue:version:{site_id}"


def current(site_id):
    """The Site's version, `<yyyymmdd>.<number>`; the number is set (to a new one) when the cache has none."""
    number = _cache().get(_key(site_id))
    if number is None:
        number = time.time_ns()
        _cache().add(_key(site_id), number, timeout=None)
        number = _cache().get(_key(site_id), number)
    return f"{clock.today():%Y%m%d}.{number}"


def renew(site_id):
    _cache().set(_key(site_id), time.time_ns(), timeout=None)


def bump(site_id):
    """Renew the Site's version once the current transaction commits (boards then refetch)."""
    transaction.on_commit(lambda: renew(site_id))

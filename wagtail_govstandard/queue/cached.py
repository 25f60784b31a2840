"""Lookups an issue would make on every request, kept in each process's memory: who a bearer
token is (its user, groups and assigned service points), a service point's configuration, a
Site's name and port, and whether a Site's day has been rolled over.

Safe because every entry is stamped with the shared cache's *generation* (one key in the cache
`WAGTAILGOVSTANDARD_QUEUE_CACHE`, read once per request), and every change that could alter an
answer renews the generation (signals on API tokens, users, group memberships, groups, service
points and their staff, Sites; at once and again on commit, so a process reading between the
change and its commit cannot keep the old answer). A process sees another's change at its next
request. Changes that bypass signals (QuerySet.update) are bounded by
`WAGTAILGOVSTANDARD_QUEUE_AUTH_CACHE_SECONDS` (60; 0 turns this memory off).
"""

import threading
import time

from django.core.cache import caches
from django.db import transaction

from wagtail_govstandard.queue import conf

GENERATION = "govstandard_queue:lookups"
MAX_ENTRIES = 1000
_memory = {}
_local = threading.local()


def cache():
    return caches[conf.get("CACHE")]


def seconds():
    return conf.get("AUTH_CACHE_SECONDS")


def generation():
    """The shared generation; read once per request (outside a request, at every call)."""
    known = getattr(_local, "generation", None)
    if known is not None:
        return known
    value = cache().get(GENERATION)
    if value is None:
        cache().add(GENERATION, time.time_ns(), timeout=None)
        value = cache().get(GENERATION)
    if getattr(_local, "in_request", False):
        _local.generation = value
    return value


def request_started(**_signal):
    _local.in_request, _local.generation = True, None


def request_finished(**_signal):
    _local.in_request, _local.generation = False, None


def renew(**_signal):
    """A new generation: every process reads its remembered lookups again from the database."""
    _local.generation = None
    cache().set(GENERATION, time.time_ns(), timeout=None)


def renew_now_and_on_commit(**_signal):
    renew()
    transaction.on_commit(renew)


def remembered(key, load):
    """`load()`'s answer for `key`, from memory while the generation and its age allow (None, an
    unknown token or point, is not remembered)."""
    if not seconds():
        return load()
    current, now = generation(), time.monotonic()
    entry = _memory.get(key)
    if entry and entry[0] == current and now - entry[1] < seconds():
        return entry[2]
    value = load()
    if value is None:
        return None
    if len(_memory) >= MAX_ENTRIES:
        _memory.clear()
    _memory[key] = (current, now, value)
    return value


def forget(key):
    _memory.pop(key, None)


def point(point_id):
    """The ServicePoint with this id (without its counters or staff), or None."""
    from wagtail_govstandard.queue.models import ServicePoint

    return remembered(("point", point_id), lambda: ServicePoint.objects.filter(pk=point_id).first())


def site(site_id):
    """The Site with this id, or None (its name and port give a ticket's status address)."""
    from wagtail.models import Site

    return remembered(("site", site_id), lambda: Site.objects.filter(pk=site_id).first())


def connect_signals():
    """Renew the generation on every change a remembered lookup depends on."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core import signals
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.models import APIToken, Site

    from wagtail_govstandard.queue.models import ServicePoint

    signals.request_started.connect(request_started, dispatch_uid="govstandard_queue_lookups_started")
    signals.request_finished.connect(request_finished, dispatch_uid="govstandard_queue_lookups_finished")
    user_model = get_user_model()
    for model in (APIToken, user_model, Group, ServicePoint, Site):
        for name, signal in (("saved", post_save), ("deleted", post_delete)):
            signal.connect(renew_now_and_on_commit, sender=model,
                           dispatch_uid=f"govstandard_queue_lookups_{name}_{model._meta.label}")
    for through in (user_model.groups.through, ServicePoint.staff.through):
        m2m_changed.connect(renew_now_and_on_commit, sender=through,
                            dispatch_uid=f"govstandard_queue_lookups_m2m_{through._meta.label}")

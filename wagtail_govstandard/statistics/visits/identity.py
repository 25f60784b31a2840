"""The daily visitor hash: sha256(salt of the day + IP + user agent). The IP is never stored.

The salt is a random secret for one Bangkok day, shared by every process through a DailySalt
row; when a new day's salt is made, older salts (and the day's visitor hashes) are deleted,
so a hash cannot be linked to an address after its day.
"""

import hashlib
import secrets
import threading

from django.db import IntegrityError, transaction

from wagtail_govstandard.content.dates import local_today
from wagtail_govstandard.statistics.visits import options

_salts = {}
_lock = threading.Lock()


def trusted_proxies():
    count = options.get("VISITS_TRUSTED_PROXIES") or 0
    return max(int(count), 1 if options.get("VISITS_TRUST_X_FORWARDED_FOR") else 0)


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or behind N trusted proxies the hop the outermost one
    added to X-Forwarded-For (the N-th from the right). Hops left of it are the client's own
    words and are ignored; a header shorter than N hops falls back to REMOTE_ADDR."""
    proxies = trusted_proxies()
    if proxies:
        hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def salt_for(day):
    """The salt of `day`, made on first use (once per process per day: one read or insert)."""
    salt = _salts.get(day)
    if salt is None:
        with _lock:
            salt = _salts.get(day) or _load_or_create_salt(day)
            _salts.clear()
            _salts[day] = salt
    return salt


def _load_or_create_salt(day):
    from wagtail_govstandard.statistics.visits.models import DailySalt

    existing = DailySalt.objects.filter(day=day).values_list("salt", flat=True).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            DailySalt.objects.create(day=day, salt=secrets.token_hex(32))
    except IntegrityError:
        pass  # another process made it first
    purge_expired(day)
    return DailySalt.objects.get(day=day).salt


def purge_expired(today=None):
    """Delete salts and visitor hashes of days before `today`: only counts outlive their day."""
    from wagtail_govstandard.statistics.visits.models import DailySalt, VisitorSeen

    today = today or local_today()
    DailySalt.objects.filter(day__lt=today).delete()
    VisitorSeen.objects.filter(day__lt=today).delete()


def forget_cached_salts():
    """For tests and forks: drop this process's copy of the salt."""
    with _lock:
        _salts.clear()


def visitor_hash(request, day=None):
    day = day or options.local_today()
    material = "\x1f".join([salt_for(day), client_ip(request), request.headers.get("User-Agent", "")])
    return hashlib.sha256(material.encode()).hexdigest()

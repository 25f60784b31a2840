"""The input rules of the public POST routes (survey answers, visit counts).

- JSON only: anything else is 415, so an HTML form or a `text/plain` fetch from another site (the
  "simple requests" browsers send cross-site without asking) is never read.
- Same site only: a browser's Origin (or, without it, Referer) naming another host is 403;
  clients that send neither (server-to-server front-ends) are let through.
- A per-IP bound per day, independent of the User-Agent, counted in the Django cache the
  deployment uses (shared across workers when that cache is Redis or Memcached; `check` warns
  when production runs on a per-process cache).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from wagtail_govstandard.content.dates import local_now
from wagtail_govstandard.statistics.visits import identity


def problem(status, field, message):
    return JsonResponse({"status": status, "errors": [{"loc": [field], "msg": message}]}, status=status,
                        content_type="application/problem+json")


def refusal(request):
    """A response refusing the post, or None when it may be read."""
    kind = request.META.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
    if request.body and kind != "application/json":  # an empty body is the JSON check's 400
        return problem(415, "Content-Type", _("Send the body as application/json."))
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if source and source != "null" and not _same_site(request, source):
        return problem(403, "Origin", _("Posts from another website are not accepted."))
    if source == "null":
        return problem(403, "Origin", _("Posts from another website are not accepted."))
    return None


def _same_site(request, source):
    trusted = {request.get_host()} | {origin.split("://", 1)[-1] for origin in settings.CSRF_TRUSTED_ORIGINS}
    return url_has_allowed_host_and_scheme(source, trusted, require_https=False)


def over_ip_limit(scope, request, limit):
    """Count one more post of `scope` from this address today; True once over `limit`."""
    now = local_now()
    address = hashlib.sha256(identity.client_ip(request).encode()).hexdigest()[:32]
    key = f"govstandard:ip:{scope}:{now.date().isoformat()}:{address}"
    seconds = max(60, int((24 - now.hour) * 3600 - now.minute * 60))
    cache.add(key, 0, seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, seconds)
        count = 1
    return count > limit


def new_visitor_over_ip_limit(request, visitor_hash, limit):
    """True when `visitor_hash` is a new visitor today for this address and the address has
    already added `limit` visitors: rotating the User-Agent stops making new visitors there."""
    now = local_now()
    seen = f"govstandard:ipseen:{now.date().isoformat()}:{visitor_hash}"
    if not cache.add(seen, 1, max(60, int((24 - now.hour) * 3600))):
        return False  # a visitor already counted today stays counted
    return over_ip_limit("visitors", request, limit)

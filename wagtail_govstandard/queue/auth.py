"""The queue API's bearer tokens: Wagtail's APIToken, with the caller remembered.

When not remembered, the token, its user (the password hash deferred: never kept), the user's
group names and assigned service points are read from the database (three queries) and kept in
the process's memory under the token's digests; cached.py says when they are read again. A
revoked token, a deactivated user, a changed group or staff assignment counts from the next
request. Unknown tokens are not remembered.
"""

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.models import APIToken

from wagtail_govstandard.queue import access, cached


def load(key_hashes):
    """{"token", "groups", "assigned"} of an unrevoked token among `key_hashes`, or None."""
    from wagtail_govstandard.queue.models import ServicePoint

    token = (APIToken.objects.select_related("user").defer("user__password")
             .filter(key_hash__in=key_hashes, revoked_at__isnull=True).first())
    if token is None:
        return None
    user = token.user
    return {
        "token": token,
        "groups": frozenset(user.groups.values_list("name", flat=True)),
        "assigned": frozenset(ServicePoint.objects.filter(staff=user).values_list("pk", flat=True)),
    }


def own_copy(instance):
    """A shallow copy of a model instance with its own state and related-object cache, as
    Model.__getstate__ makes for pickling (copy.copy goes the whole pickle protocol: 3 times slower)."""
    clone = instance.__class__.__new__(instance.__class__)
    clone.__dict__.update(instance.__getstate__())
    return clone


class QueueBearerAuth(BearerTokenAuth):
    """BearerTokenAuth whose token, user and role facts are remembered (cached.py)."""

    def authenticate(self, request, token: str):
        if not cached.seconds():
            return super().authenticate(request, token)
        hashes = APIToken.candidate_key_hashes(token)
        caller = cached.remembered(("caller", *hashes), lambda: load(hashes))
        user = caller["token"].user if caller else None
        if not (user and user.is_active):
            request.user = AnonymousUser()
            return None
        # Each request its own copies: nothing one request caches on its user reaches another.
        request.user, api_token = own_copy(user), own_copy(caller["token"])
        api_token.user = request.user
        access.remember(request.user, caller["groups"], caller["assigned"])
        self._touch(caller["token"])
        return api_token

    def _touch(self, token):
        """Wagtail's last-used stamp, at most once per interval (the remembered copy keeps it)."""
        from django.conf import settings

        interval = getattr(settings, "WAGTAILAPI_TOKEN_LAST_USED_INTERVAL", 60)
        now = timezone.now()
        if interval is None or (token.last_used_at and (now - token.last_used_at).total_seconds() < interval):
            return
        APIToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now

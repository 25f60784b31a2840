"""The alert banners in force for a request: its Site (or every Site), now, its path."""

from django.db.models import Q
from django.utils import timezone

from wagtail_govstandard.content import versions


def _candidates(site):
    """The site's banners not ended yet, newest first: read once per change (a banner saved or
    deleted renews them, theme/signals.py); which are in force is decided per request."""
    from wagtail_govstandard.theme.models import AlertBanner

    def read():
        now = timezone.now()
        return list(AlertBanner.objects.filter(Q(site__isnull=True) | Q(site=site))
                    .filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now)))

    return versions.cached("alert-banners", (site.pk if site else None,), read)


def active(site, path, now=None):
    now = now or timezone.now()
    return [
        banner for banner in _candidates(site)
        if banner.starts_at <= now and (banner.ends_at is None or banner.ends_at > now) and banner.matches(path)
    ]

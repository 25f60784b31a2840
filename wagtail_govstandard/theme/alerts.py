"""The alert banners in force for a request: its Site (or every Site), now, its path."""

from django.db.models import Q
from django.utils import timezone


def active(site, path, now=None):
    from wagtail_govstandard.theme.models import AlertBanner

    now = now or timezone.now()
    banners = AlertBanner.objects.filter(
        Q(site__isnull=True) | Q(site=site), starts_at__lte=now,
    ).filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now))
    return [banner for banner in banners if banner.matches(path)]

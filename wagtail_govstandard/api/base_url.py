"""The base of absolute links (notices, API bodies): the host the request came in on.

A multi-site install serves each Site on its own host, so one fixed setting names the wrong host
for every other Site. The request being served is known to django-simple-history's middleware
(which the package requires); without one (cron, a management command) the settings decide.
"""

from django.conf import settings
from simple_history.models import HistoricalRecords

from wagtail_govstandard import conf


def current_request():
    return getattr(HistoricalRecords.context, "request", None)


def base_url(request=None):
    """"https://host[:port]" of `request` (or of the request being served), else the settings."""
    request = request or current_request()
    if request is not None:
        try:
            return request.build_absolute_uri("/").rstrip("/")
        except Exception:  # noqa: BLE001 - a host ALLOWED_HOSTS refuses: fall back to the settings
            pass
    return (conf.get("ADMIN_BASE_URL") or getattr(settings, "WAGTAILADMIN_BASE_URL", "")).rstrip("/")

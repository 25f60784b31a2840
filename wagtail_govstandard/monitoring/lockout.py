"""The page a locked-out admin sign-in gets (django-axes' AXES_LOCKOUT_CALLABLE), in Thai or English.

The package does not import axes: an integrator who installs it points ``AXES_LOCKOUT_CALLABLE``
here (see the README, "Security and integrity rules"); without axes this module is never used.
The failed attempts themselves are kept in the sign-in records (logins.py) through Django's
``user_login_failed`` signal, which also fires for an attempt refused because of a lockout.
"""

import datetime

from django.conf import settings
from django.template.response import TemplateResponse

LOCKED_OUT_STATUS = 429


def cool_off_minutes():
    cool_off = getattr(settings, "AXES_COOLOFF_TIME", None)
    if isinstance(cool_off, (int, float)):  # axes reads a number as hours
        cool_off = datetime.timedelta(hours=cool_off)
    return int(cool_off.total_seconds() // 60) if isinstance(cool_off, datetime.timedelta) else None


def locked_out(request, original_response=None, credentials=None):
    """429 with a page that says why and for how long (the right password is refused meanwhile)."""
    response = TemplateResponse(request, "wagtail_govstandard/monitoring/locked_out.html", {
        "failure_limit": getattr(settings, "AXES_FAILURE_LIMIT", None),
        "cool_off_minutes": cool_off_minutes(),
    }, status=LOCKED_OUT_STATUS)
    minutes = cool_off_minutes()
    if minutes:
        response["Retry-After"] = str(minutes * 60)
    return response.render()

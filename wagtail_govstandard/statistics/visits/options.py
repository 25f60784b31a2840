"""conf.get() for the per-request counting path, memoised until a setting changes.

Counting runs on every page view; reading six settings through Django's lazy settings object
cost more than the counting itself. Values are re-read after `setting_changed` (tests'
override_settings), so they are still read when called, never frozen at import.
"""

from zoneinfo import ZoneInfo

from django.core.signals import setting_changed
from django.utils import timezone

from wagtail_govstandard import conf

_values = {}


def get(name):
    try:
        return _values[name]
    except KeyError:
        value = _values[name] = conf.get(name)
        return value


def bot_markers():
    try:
        return _values["_bot_markers"]
    except KeyError:
        markers = _values["_bot_markers"] = tuple(m.lower() for m in conf.get("VISITS_BOT_AGENTS"))
        return markers


def local_today():
    return timezone.now().astimezone(ZoneInfo(get("TIME_ZONE"))).date()


def forget(**kwargs):
    _values.clear()


setting_changed.connect(forget, dispatch_uid="wagtail_govstandard.statistics.visits.options")

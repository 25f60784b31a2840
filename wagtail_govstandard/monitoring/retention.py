"""Audit retention (seed 3.4): the Computer Crime Act B.E. 2550 (as amended B.E. 2560) s.26
requires traffic data to be kept for at least 90 days. Login records, Wagtail's audit log and the request history are
deleted only when older than the retention period, which can never be shorter than 90 days."""

import datetime

from django.apps import apps
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import ModelLogEntry, PageLogEntry

from wagtail_govstandard import conf
from wagtail_govstandard.monitoring.models import LoginRecord

FLOOR_DAYS = 90


class RetentionTooShort(ValueError):
    pass


def retention_days(days=None):
    """The period to keep, from the argument or the AUDIT_RETENTION_DAYS setting; refuses < 90."""
    days = conf.get("AUDIT_RETENTION_DAYS") if days is None else days
    if days < FLOOR_DAYS:
        raise RetentionTooShort(_(
            "Refusing to delete records younger than %(floor)d days: the Computer Crime Act "
            "B.E. 2550 (as amended B.E. 2560) s.26 requires traffic data to be kept for at least %(floor)d days "
            "(asked for %(days)d)."
        ) % {"floor": FLOOR_DAYS, "days": days})
    return days


def request_history_models():
    """History tables of the request register, when it is installed (h2's PublicationRequest)."""
    found = []
    for name in ("HistoricalPublicationRequest", "PublicationRequestEvent"):
        try:
            found.append(apps.get_model("wagtail_govstandard", name))
        except LookupError:
            continue
    return found


def _time_field(model):
    for name in ("history_date", "at", "timestamp", "created_at"):
        if any(f.name == name for f in model._meta.get_fields()):
            return name
    return None


def purge(days=None, dry_run=False, now=None):
    """Delete what is older than the retention; returns {label: rows deleted (or to delete)}."""
    days = retention_days(days)
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    targets = [("login records", LoginRecord, "at"), ("page audit log", PageLogEntry, "timestamp"),
               ("audit log", ModelLogEntry, "timestamp")]
    targets += [(m._meta.verbose_name_plural, m, _time_field(m))
                for m in request_history_models() if _time_field(m)]
    result = {}
    for label, model, field in targets:
        old = model.objects.filter(**{field + "__lt": cutoff})
        result[str(label)] = old.count() if dry_run else old.delete()[0]
    return result

"""Retention (PDPA: health data is sensitive): visits older than RETENTION_DAYS are deleted with
their tickets, events and the HIS reference. `manage.py govstandard_queue_purge` runs it daily.
Each deleted day's figures are kept first (figures.keep: counts and times, nothing personal)."""

import datetime

from django.db import transaction

from wagtail_govstandard.queue import clock, conf, figures
from wagtail_govstandard.queue.models import DayCounter, Visit


def cutoff(today=None):
    return (today or clock.today()) - datetime.timedelta(days=conf.get("RETENTION_DAYS"))


def purge(today=None):
    """Delete visits (and all that hangs on them) of days before the cutoff, their figures kept;
    the number deleted."""
    limit = cutoff(today)
    with transaction.atomic():
        figures.keep(limit)
        old = Visit.objects.filter(day__lt=limit)
        count = old.count()
        old.delete()
        DayCounter.objects.filter(day__lt=limit).delete()
    return count

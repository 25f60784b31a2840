"""The queue's day is the hospital's day: it starts at 00:00 Asia/Bangkok, not UTC."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

BANGKOK = ZoneInfo("Asia/Bangkok")


def now():
    return timezone.now()


def day_of(moment):
    return timezone.localtime(moment, BANGKOK).date()


def today():
    return day_of(now())


def start_of(day):
    """00:00 Asia/Bangkok of `day`, as an aware datetime."""
    return datetime.datetime.combine(day, datetime.time(), tzinfo=BANGKOK)

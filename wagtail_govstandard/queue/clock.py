"""The queue's day is the hospital's day: it starts at 00:00 Asia/Bangkok, not UTC."""

from zoneinfo import ZoneInfo

from django.utils import timezone

BANGKOK = ZoneInfo("Asia/Bangkok")


def now():
    return timezone.now()


def day_of(moment):
    return timezone.localtime(moment, BANGKOK).date()


def today():
    return day_of(now())

"""The queue's settings (WAGTAILGOVSTANDARD_QUEUE_*), with defaults, read when called."""

from django.conf import settings

PREFIX = "WAGTAILGOVSTANDARD_QUEUE_"

DEFAULTS = {
    # Days a ticket (and the HIS reference stored with it) is kept; govstandard_queue_purge deletes older.
    "RETENTION_DAYS": 30,
    # Priority classes and their rank: 0 is served before 1, 1 before 2. Order is the kiosk's order.
    "PRIORITIES": {"urgent": 0, "elderly": 1, "disabled": 1, "monk": 1, "pregnant": 1, "normal": 2},
    # Default of the ordering rule: one rank-1 ticket after every N rank-2 tickets (0: rank 1 always first).
    "PRIORITY_EVERY": 2,
    # A second "call next" at the same counter within this many seconds returns the ticket just called.
    "CALL_DEBOUNCE_SECONDS": 3,
    # Estimated wait: median service time of this many recent tickets of the point.
    "ESTIMATE_SAMPLE": 20,
    # Browser polling intervals (seconds): the display board, the patient's status page and the
    # staff console's lists.
    "BOARD_POLL_SECONDS": 1,
    "STATUS_POLL_SECONDS": 10,
    "CONSOLE_POLL_SECONDS": 3,
    # The kiosk's ticket screen goes back to the start screen after this many seconds.
    "KIOSK_RETURN_SECONDS": 20,
    # Cache alias holding the queue version (the board's ETag) and the API's cached lookups.
    "CACHE": "default",
    # Longest life of a cached bearer token's caller and of a cached service point (changes made
    # through the models renew them at once; see cached.py). 0: no caching.
    "AUTH_CACHE_SECONDS": 60,
}


def get(name):
    return getattr(settings, PREFIX + name, DEFAULTS[name])

"""Counted views wait here, off the request path, until a flush writes them to the roll-ups.

"memory": a list per process; a daemon thread flushes it every VISITS_FLUSH_INTERVAL seconds
(or when VISITS_FLUSH_BATCH views wait), and at interpreter exit. A failed flush puts the
events back, so nothing is lost while the process lives.

"redis": RPUSH onto one list shared by every process. A flush atomically renames the list to a
batch key (Lua), then applies the batch in one transaction that also records the batch id;
a batch already recorded is only deleted, so a crash between commit and delete never
counts twice, and a crash before commit leaves the batch for the next flush.
"""

import atexit
import logging
import os
import threading
import uuid

from django.db import close_old_connections, transaction

from wagtail_govstandard.statistics.visits import options, store

logger = logging.getLogger("wagtail_govstandard.statistics.visits")

PENDING_KEY = "govstandard:visits:pending"
BATCHES_KEY = "govstandard:visits:batches"
BATCH_PREFIX = "govstandard:visits:batch:"
TAKE_BATCH = """
if redis.call('exists', KEYS[1]) == 1 then
  redis.call('rename', KEYS[1], KEYS[2])
  redis.call('sadd', KEYS[3], ARGV[1])
  return 1
end
return 0
"""


def encode(event):
    return "|".join(str(part) for part in event)


def decode(raw):
    site, page, day, visitor = (raw.decode() if isinstance(raw, bytes) else raw).split("|")
    return int(site), int(page), day, visitor


class MemoryBuffer:
    def __init__(self):
        self.events = []
        self.lock = threading.Lock()
        self.wake = threading.Event()
        self.thread = None
        self.flush_lock = threading.Lock()

    def add(self, event):
        with self.lock:
            self.events.append(event)
            waiting = len(self.events)
        self._ensure_thread()
        if waiting >= options.get("VISITS_FLUSH_BATCH"):
            self.wake.set()

    def pending(self):
        return len(self.events)

    def take(self):
        with self.lock:
            taken, self.events = self.events, []
        return taken

    def put_back(self, events):
        with self.lock:
            self.events[:0] = events

    def flush(self):
        """Write what waits; on error log it and keep the events for the next flush."""
        with self.flush_lock:
            events = self.take()
            if not events:
                return 0
            try:
                store.apply_atomically(events)
            except Exception:
                logger.exception("Could not write %d visits; keeping them for the next flush", len(events))
                self.put_back(events)
                return 0
            return len(events)

    def _ensure_thread(self):
        interval = options.get("VISITS_FLUSH_INTERVAL")
        if not interval or (self.thread and self.thread.is_alive()):
            return
        with self.lock:
            if self.thread and self.thread.is_alive():
                return
            self.thread = threading.Thread(target=self._run, args=(interval,), daemon=True,
                                           name="govstandard-visits-flush")
            self.thread.start()

    def _run(self, interval):
        while True:
            self.wake.wait(interval)
            self.wake.clear()
            close_old_connections()
            self.flush()
            _purge_expired_quietly()

    def reset_after_fork(self):
        self.events, self.thread = [], None
        self.lock, self.flush_lock, self.wake = threading.Lock(), threading.Lock(), threading.Event()


def _purge_expired_quietly():
    from wagtail_govstandard.statistics.visits import identity

    try:
        identity.purge_expired()
    except Exception:
        logger.exception("Could not delete expired salts and visitor hashes")


class RedisBuffer:
    def __init__(self, url):
        import redis

        self.client = redis.Redis.from_url(url)
        self.take_batch = self.client.register_script(TAKE_BATCH)

    def add(self, event):
        self.client.rpush(PENDING_KEY, encode(event))

    def pending(self):
        return self.client.llen(PENDING_KEY)

    def flush(self):
        """Take what waits as a new batch, then apply every batch not yet applied."""
        batch_id = uuid.uuid4().hex
        self.take_batch(keys=[PENDING_KEY, BATCH_PREFIX + batch_id, BATCHES_KEY], args=[batch_id])
        written = 0
        for raw_id in self.client.smembers(BATCHES_KEY):
            written += self._apply_batch(raw_id.decode())
        return written

    def _apply_batch(self, batch_id):
        from wagtail_govstandard.statistics.visits.models import AppliedVisitBatch

        key = BATCH_PREFIX + batch_id
        events = [decode(raw) for raw in self.client.lrange(key, 0, -1)]
        applied = False
        with transaction.atomic():
            _, created = AppliedVisitBatch.objects.get_or_create(batch_id=batch_id)
            if created:
                store.apply(events)
                applied = True
        self.client.delete(key)
        self.client.srem(BATCHES_KEY, batch_id)
        return len(events) if applied else 0


_buffers = {}
_buffers_lock = threading.Lock()


def get_buffer():
    kind = options.get("VISITS_BUFFER")
    url = options.get("VISITS_REDIS_URL") or _redis_url() if kind == "redis" else None
    key = (kind, url)
    if key not in _buffers:
        with _buffers_lock:
            if key not in _buffers:
                _buffers[key] = RedisBuffer(url) if kind == "redis" else MemoryBuffer()
    return _buffers[key]


def _redis_url():
    from django.conf import settings

    return getattr(settings, "REDIS_URL", None) or "redis://127.0.0.1:6379/0"


def record(site_id, page_id, day, visitor_hash):
    """Queue one counted view. Errors are logged, never raised (the page must not break)."""
    try:
        get_buffer().add((site_id, page_id or 0, str(day), visitor_hash))
        return True
    except Exception:
        logger.exception("Could not queue a visit")
        return False


def flush():
    """Write every waiting view to the roll-ups; returns how many were written."""
    try:
        return get_buffer().flush()
    except Exception:
        logger.exception("Could not flush visits")
        return 0


def _flush_memory_buffers_at_exit():
    for buffer in list(_buffers.values()):
        if isinstance(buffer, MemoryBuffer):
            buffer.flush()


def _reset_after_fork():
    for buffer in _buffers.values():
        if isinstance(buffer, MemoryBuffer):
            buffer.reset_after_fork()
    _buffers.clear()


atexit.register(_flush_memory_buffers_at_exit)
os.register_at_fork(after_in_child=_reset_after_fork)

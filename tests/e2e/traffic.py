"""The live server's requests in flight, so that a test's database is flushed only once it is quiet.

A browser keeps talking after a test's last step: Wagtail's editor releases its editing session
with a beacon when its page closes, the queue board polls every second, a public page sends its
visit beacon. A request still running when a transactional test flushes the database locks
SQLite's tables ("database table is locked: django_session") and leaves rows to the next test.
"""

import threading
import time

from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started


def is_the_server(sender):
    """The live server's handler (a WSGIHandler), not the test client: it sends the same signals
    (request_finished with no sender), and a streamed answer a test never reads never finishes."""
    return isinstance(sender, type) and issubclass(sender, WSGIHandler)


class Traffic:
    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._lock = threading.Lock()
        self.in_flight = 0
        self.last_seen = clock()

    def started(self, sender=None, **kwargs):
        if not is_the_server(sender):
            return
        with self._lock:
            self.in_flight += 1
            self.last_seen = self._clock()

    def finished(self, sender=None, **kwargs):
        if not is_the_server(sender):
            return
        with self._lock:
            self.in_flight = max(0, self.in_flight - 1)
            self.last_seen = self._clock()

    def wait_quiet(self, quiet=0.5, timeout=10.0):
        """True once no request has been running for `quiet` seconds; False after `timeout` (and the
        count starts again from zero: a request whose finish was never signalled must not hold up
        every later test)."""
        deadline = self._clock() + timeout
        while True:
            with self._lock:
                if self.in_flight == 0 and self._clock() - self.last_seen >= quiet:
                    return True
                if self._clock() >= deadline:
                    self.in_flight = 0
                    return False
            time.sleep(0.02)


TRAFFIC = Traffic()
request_started.connect(TRAFFIC.started, weak=False, dispatch_uid="govstandard_e2e_traffic_started")
request_finished.connect(TRAFFIC.finished, weak=False, dispatch_uid="govstandard_e2e_traffic_finished")

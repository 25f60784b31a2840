"""The live server's requests in flight, so that a test's database is flushed only once it is quiet.

A browser keeps talking after a test's last step: Wagtail's editor releases its editing session
with a beacon when its page closes, the queue board polls every second, a public page sends its
visit beacon. A request still running when a transactional test flushes the database locks
SQLite's tables ("database table is locked: django_session") and leaves rows to the next test.

Only the live server's requests count, told by the port they arrived on. The test client and a
WSGIHandler called in the test's thread (schemathesis' from_wsgi) send the same signals, and an
answer nobody reads to its end never sends request_finished: counted, it held every later wait
for its full timeout.
"""

import threading
import time

from django.core.signals import request_finished, request_started


class Traffic:
    def __init__(self, clock=time.monotonic, sleep=time.sleep):
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self.port = None  # the live server's (watch()); nothing counts before it is known
        self.running = {}  # thread -> (path, when it started); the server's threads answer one at a time
        self.seen = 0  # the server's requests started, ever
        self.last_seen = clock()
        self.abandoned = ""  # what the last wait gave up on, for its warning

    def watch(self, port):
        self.port = str(port)

    @property
    def in_flight(self):
        return len(self.running)

    def started(self, sender=None, environ=None, **kwargs):
        environ = environ or {}
        if self.port is None or environ.get("SERVER_PORT") != self.port:
            return
        with self._lock:
            self.seen += 1
            self.last_seen = self._clock()
            self.running[threading.get_ident()] = (environ.get("PATH_INFO", "?"), self.last_seen)

    def finished(self, sender=None, **kwargs):
        with self._lock:
            if self.running.pop(threading.get_ident(), None) is not None:
                self.last_seen = self._clock()

    def wait_quiet(self, quiet=0.5, timeout=10.0):
        """True once no request has been running for `quiet` seconds; False after `timeout` (and
        the count starts again from zero: a request whose finish was never signalled must not hold
        up every later test)."""
        deadline, seen_before = self._clock() + timeout, self.seen
        while True:
            with self._lock:
                now = self._clock()
                if not self.running and now - self.last_seen >= quiet:
                    return True
                if now >= deadline:
                    running = ", ".join(f"{path} (for {now - began:.1f} s)" for path, began in self.running.values())
                    self.abandoned = f"{self.seen - seen_before} started while waiting; running: {running or 'none'}"
                    self.running = {}
                    return False
            self._sleep(0.02)


TRAFFIC = Traffic()
request_started.connect(TRAFFIC.started, weak=False, dispatch_uid="govstandard_e2e_traffic_started")
request_finished.connect(TRAFFIC.finished, weak=False, dispatch_uid="govstandard_e2e_traffic_finished")

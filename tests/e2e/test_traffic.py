"""The live server is let finish its last requests before a browser test's database is flushed
(a Wagtail editor's session release once arrived during the flush: "database table is locked")."""

import threading
import urllib.error
import urllib.request
from wsgiref.util import setup_testing_defaults

from django.core.handlers.wsgi import WSGIHandler

from .traffic import TRAFFIC, Traffic

PORT = "8765"  # the live server's, in these tests


def request(path="/"):
    return {"environ": {"SERVER_PORT": PORT, "PATH_INFO": path}}


class FakeTime:
    """A clock that moves only when the waiter sleeps, and runs what is due on the way: the order
    of events is the test's, never the machine's load (a real timer once fired 1 ms early in CI)."""

    def __init__(self):
        self.now = 0.0
        self.due = []

    def at(self, moment, action):
        self.due.append((moment, action))

    def sleep(self, seconds):
        self.now += seconds
        for moment, action in sorted(self.due, key=lambda item: item[0]):
            if moment <= self.now:
                self.due.remove((moment, action))
                action()


def traffic_on(time):
    traffic = Traffic(clock=lambda: time.now, sleep=time.sleep)
    traffic.watch(PORT)
    return traffic


def in_a_thread(action, *args, **kwargs):
    """Run on a thread of its own, as the live server answers each request."""
    thread = threading.Thread(target=action, args=args, kwargs=kwargs)
    thread.start()
    thread.join()


def test_waits_for_a_request_in_flight_then_for_a_quiet_moment():
    time = FakeTime()
    traffic = traffic_on(time)
    traffic.started(**request())
    time.at(0.3, traffic.finished)
    assert traffic.wait_quiet(quiet=0.1, timeout=5)
    assert 0.4 <= time.now < 0.45  # 0.3 s in flight, then 0.1 s with nothing running
    assert traffic.in_flight == 0


def test_a_request_that_starts_during_the_quiet_moment_is_waited_for_too():
    time = FakeTime()
    traffic = traffic_on(time)
    time.at(0.05, lambda: traffic.started(**request()))  # before the first 0.2 s of quiet have passed
    time.at(0.35, traffic.finished)
    assert traffic.wait_quiet(quiet=0.2, timeout=5)
    assert 0.55 <= time.now < 0.6


def test_gives_up_after_the_timeout_and_counts_from_zero_again():
    time = FakeTime()
    traffic = traffic_on(time)
    traffic.started(**request())  # its finish is never signalled
    assert not traffic.wait_quiet(quiet=0.05, timeout=0.2)
    assert 0.2 <= time.now < 0.25
    assert traffic.in_flight == 0
    assert traffic.wait_quiet(quiet=0.05, timeout=1)


def test_a_wait_that_gives_up_names_what_was_still_running():
    time = FakeTime()
    traffic = traffic_on(time)
    in_a_thread(traffic.started, **request("/stuck/"))  # its finish never comes

    def poll():  # a board polling meanwhile, on this thread
        traffic.started(**request("/board/"))
        traffic.finished()

    for moment in (0.1, 0.2, 0.3):
        time.at(moment, poll)
    assert not traffic.wait_quiet(quiet=0.05, timeout=0.5)
    assert traffic.abandoned == "3 started while waiting; running: /stuck/ (for 0.5 s)"


def test_a_finish_without_a_counted_start_changes_nothing():
    time = FakeTime()
    traffic = traffic_on(time)
    traffic.started(**request())
    in_a_thread(traffic.finished)  # another thread's request, one that was not counted
    assert traffic.in_flight == 1


def test_a_wsgi_handler_called_in_the_tests_thread_is_not_counted(db):
    """As schemathesis' from_wsgi calls it: an answer not read to its end never finishes, and
    counted it held a later browser test's teardown for 10 s (/boards/-270/state/ in the fuzz)."""
    environ = {"PATH_INFO": "/api/v3/govstandard/queue/boards/-270/state/"}
    setup_testing_defaults(environ)
    before = (TRAFFIC.seen, TRAFFIC.in_flight)
    WSGIHandler()(environ, lambda status, headers: None)  # never closed: request_finished is not sent
    assert (TRAFFIC.seen, TRAFFIC.in_flight) == before


def test_the_live_servers_requests_are_counted_and_the_test_clients_are_not(client, site_url):
    before = TRAFFIC.seen
    client.get("/")  # the test client's: not the server's traffic
    assert TRAFFIC.seen == before
    try:  # whatever it answers (an empty database has no home page) is the server's traffic
        urllib.request.urlopen(site_url + "/").close()
    except urllib.error.HTTPError as error:
        error.close()
    assert TRAFFIC.wait_quiet(quiet=0.1, timeout=5)
    assert TRAFFIC.seen == before + 1 and TRAFFIC.in_flight == 0

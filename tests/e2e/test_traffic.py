"""The live server is let finish its last requests before a browser test's database is flushed
(a Wagtail editor's session release once arrived during the flush: "database table is locked")."""

import threading
import time
import urllib.error
import urllib.request

from django.core.handlers.wsgi import WSGIHandler

from .traffic import TRAFFIC, Traffic

SERVER = WSGIHandler  # the sender of the live server's signals


def test_waits_for_a_request_in_flight_then_for_a_quiet_moment():
    traffic = Traffic()
    traffic.started(SERVER)
    threading.Timer(0.3, traffic.finished, [SERVER]).start()
    began = time.monotonic()
    assert traffic.wait_quiet(quiet=0.1, timeout=5)
    assert time.monotonic() - began >= 0.4  # 0.3 s in flight, then 0.1 s with nothing running
    assert traffic.in_flight == 0


def test_a_request_that_starts_during_the_quiet_moment_is_waited_for_too():
    traffic = Traffic()
    threading.Timer(0.05, traffic.started, [SERVER]).start()
    threading.Timer(0.35, traffic.finished, [SERVER]).start()
    began = time.monotonic()
    assert traffic.wait_quiet(quiet=0.2, timeout=5)
    assert time.monotonic() - began >= 0.55


def test_gives_up_after_the_timeout_and_counts_from_zero_again():
    traffic = Traffic()
    traffic.started(SERVER)  # its finish is never signalled
    assert not traffic.wait_quiet(quiet=0.05, timeout=0.2)
    assert traffic.in_flight == 0
    assert traffic.wait_quiet(quiet=0.05, timeout=1)


def test_the_live_servers_requests_are_counted_and_the_test_clients_are_not(client, site_url):
    before = TRAFFIC.last_seen
    client.get("/")  # the test client's: not the server's traffic
    assert TRAFFIC.last_seen == before
    try:  # whatever it answers (an empty database has no home page) is the server's traffic
        urllib.request.urlopen(site_url + "/").close()
    except urllib.error.HTTPError as error:
        error.close()
    assert TRAFFIC.wait_quiet(quiet=0.1, timeout=5)
    assert TRAFFIC.last_seen > before and TRAFFIC.in_flight == 0

"""The board and the status page say so when they have lost their connection, however it is lost:
a refused request, or one the network leaves hanging (a TV whose Wi-Fi dropped mid-request, a
proxy that never answers; before poll.js such a poll never settled, and the page went on showing
old numbers with no warning). Once the server answers again the warning goes and the page updates."""

import pytest

from tests.e2e.conftest import chromium, new_page, site_url  # noqa: F401  (the browser fixtures)
from wagtail_govstandard.queue import calling
from wagtail_govstandard.queue.models import Counter

from .test_accessibility import queue_pages  # noqa: F401  (the board, kiosk and status page)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LOST_WITHIN_MS = 10_000  # twice the poll interval, at least 5 s (poll.js), and the next poll


def refuse(route):
    route.abort()


def leave_hanging(route):
    """Never answer: the request stays open, as one cut off by a dropped network does."""


@pytest.mark.parametrize("failure", [refuse, leave_hanging], ids=["refused", "hanging"])
@pytest.mark.parametrize("label", ["board", "status"])
def test_a_polling_page_says_it_lost_its_connection_and_recovers(new_page, site_url, queue_pages, settings,  # noqa: F811
                                                                  label, failure):
    settings.WAGTAILGOVSTANDARD_QUEUE_STATUS_POLL_SECONDS = 1
    page = new_page("th")
    page.goto(site_url + queue_pages["th"][label])
    banner = page.locator(".queue-lost")
    assert banner.is_hidden()
    polled = page.evaluate("document.querySelector('[data-board-url], [data-status-url]').dataset")
    state_url = site_url + (polled.get("boardUrl") or polled["statusUrl"])

    page.route(state_url, failure)
    banner.wait_for(state="visible", timeout=LOST_WITHIN_MS)

    page.unroute(state_url)
    banner.wait_for(state="hidden", timeout=LOST_WITHIN_MS)
    called = calling.call_next(Counter.objects.get(point__code="registration", number=1))
    if label == "board":
        shown = page.locator('[data-counter="registration-1"] [data-now]', has_text=called.visit.display)
    else:
        shown = page.locator("[data-status-url]", has_text=called.visit.display)
    shown.wait_for(timeout=LOST_WITHIN_MS)

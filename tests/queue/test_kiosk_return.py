"""The kiosk goes back to its start screen only when the server answers. Before, its timed return
(and "Done") sent an unreachable start screen to the kiosk's browser, which then showed its own
error page until someone came to reload it. Now the last patient's ticket gives way to a notice,
the kiosk tries every 5 s, and returns by itself once the server is back. In Debian's chromium,
with the timed return and with "Done"."""

import pytest

from tests.e2e.axe import run_axe, violations_report
from tests.e2e.conftest import chromium, new_page, site_url  # noqa: F401  (the browser fixtures)

from .test_accessibility import queue_pages  # noqa: F401  (the board, kiosk and status page)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NOTICE = "ขณะนี้ไม่สามารถติดต่อระบบคิวได้ กรุณารับบัตรคิวที่ช่องเวชระเบียน"


def refuse(route):
    route.abort()


@pytest.mark.parametrize("how", ["timed", "done"])
def test_the_kiosk_waits_for_the_server_before_it_goes_back(new_page, site_url, queue_pages, settings, how):  # noqa: F811
    settings.WAGTAILGOVSTANDARD_QUEUE_KIOSK_RETURN_SECONDS = 1 if how == "timed" else 600
    start = site_url + queue_pages["th"]["kiosk"]
    page = new_page("th")
    page.goto(start)
    page.click("button[type=submit].queue-button-large")
    page.wait_for_selector(".queue-ticket")
    ticket_url = page.url

    page.route(start, refuse)  # the server is down when the kiosk would go back
    if how == "done":
        page.click("[data-done]")
    notice = page.locator("[data-offline]")
    notice.wait_for(state="visible", timeout=5000)
    assert notice.inner_text() == NOTICE
    assert page.locator(".queue-ticket").is_hidden(), "the last patient's ticket stays on the screen"
    assert page.url == ticket_url  # not the browser's error page
    report = violations_report([("kiosk offline", page.url, run_axe(page))])
    assert not report, report

    page.unroute(start)
    page.wait_for_url(start, timeout=10_000)
    page.wait_for_selector("button[type=submit].queue-button-large")

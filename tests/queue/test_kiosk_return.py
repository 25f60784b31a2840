"""The kiosk moves only when the server answers. Before, its timed return (and "Done") sent an
unreachable start screen to the kiosk's browser, and "พิมพ์บัตรคิว" posted to an unreachable server:
either way the browser's own error page stayed on the kiosk until someone came to reload it. Now a
notice sends the patient to the registration counter (the last patient's ticket gives way to it),
the kiosk asks again every 5 s, and goes on by itself once the server is back. In Debian's
chromium: the timed return, "Done", and the start screen's button."""

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


def test_the_start_screen_posts_only_when_the_server_answers(new_page, site_url, queue_pages):  # noqa: F811
    from wagtail_govstandard.queue.models import Visit

    start = site_url + queue_pages["th"]["kiosk"]
    page = new_page("th")
    page.goto(start)
    issued = Visit.objects.count()
    page.route(start, refuse)  # the server goes down while the kiosk waits for the next patient
    page.click("button[type=submit].queue-button-large")
    notice = page.locator("[data-offline]")
    notice.wait_for(state="visible", timeout=10_000)
    assert notice.inner_text() == NOTICE and page.url == start  # not the browser's error page
    assert Visit.objects.count() == issued

    page.unroute(start)
    notice.wait_for(state="hidden", timeout=10_000)  # it keeps asking, and says when it is back
    page.click("button[type=submit].queue-button-large")
    page.wait_for_selector(".queue-ticket")
    assert Visit.objects.count() == issued + 1


def in_thai_only():
    """The Site without its English home (as the demo hospital): the switch is the queue's own form."""
    from wagtail.models import Page, Site

    root = Site.objects.get(is_default_site=True).root_page
    for home in Page.objects.filter(translation_key=root.translation_key, locale__language_code="en"):
        home.unpublish()


@pytest.mark.parametrize("switch", ["links", "form"])
def test_the_language_switch_waits_for_the_server(new_page, site_url, queue_pages, switch):  # noqa: F811
    if switch == "form":
        in_thai_only()
    start = site_url + queue_pages["th"]["kiosk"]
    english = ".language-switch a[hreflang=en]" if switch == "links" else "form.queue-language button[value=en]"
    page = new_page("th")
    page.goto(start)
    page.route(start, refuse)
    page.click(english)
    notice = page.locator("[data-offline]")
    notice.wait_for(state="visible", timeout=10_000)
    assert page.url == start and page.get_attribute("html", "lang") == "th"

    page.unroute(start)
    notice.wait_for(state="hidden", timeout=10_000)
    page.click(english)
    page.wait_for_selector("html[lang=en]", state="attached", timeout=10_000)  # (no string functions: the CSP forbids eval)
    assert "Print my ticket" in page.content()  # still the hospital's kiosk: the device key kept

"""axe-core in Debian's chromium on the board, the kiosk (start and ticket) and the status page,
in Thai and English: zero WCAG 2.0/2.1 A and AA violations. Screenshots in artifacts/."""

import pytest

from tests.e2e.axe import run_axe, violations_report
from tests.e2e.browser import screenshot
from tests.e2e.conftest import chromium, new_page, site_url  # noqa: F401  (the browser fixtures)
from tests.utils import translate
from wagtail_govstandard.queue import calling, numbering
from wagtail_govstandard.queue.pages import BoardPage, KioskPage

from .conftest import build_hospital, counter

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def queue_pages(settings, thai_site):
    settings.WAGTAILGOVSTANDARD_QUEUE_CALL_DEBOUNCE_SECONDS = 0
    hospital = build_hospital()
    board = hospital.home.add_child(instance=BoardPage(title="จอเรียกคิว OPD / OPD board", slug="board"))
    board.save_revision().publish()
    kiosk = hospital.home.add_child(instance=KioskPage(title="รับบัตรคิว / Take a ticket", slug="kiosk"))
    kiosk.save_revision().publish()
    for priority in ("normal", "elderly", "normal", "normal"):
        numbering.issue(hospital.registration, priority)
    calling.call_next(counter(hospital.registration))
    calling.call_next(counter(hospital.registration, 2))
    waiting = numbering.issue(hospital.registration)
    pages = {"th": (board, kiosk), "en": (translate(board), translate(kiosk))}  # English at /en/
    return {language: {"board": board.url, "kiosk": f"{kiosk.url}?device={kiosk.device_key}",
                       "status": f"/queue/t/{waiting.visit.token}/"}
            for language, (board, kiosk) in pages.items()}


@pytest.mark.parametrize("language", ["th", "en"])
def test_board_kiosk_and_status_page_have_no_wcag_violations(new_page, site_url, queue_pages, language):  # noqa: F811
    page = new_page(language)
    results = []
    for label, path in queue_pages[language].items():
        response = page.goto(site_url + path)
        assert response.status == 200, f"{label} answered {response.status}"
        assert page.get_attribute("html", "lang") == language
        screenshot(page, f"queue-{label}-{language}")
        results.append((label, path, run_axe(page)))
        if label == "kiosk":
            page.click("button[type=submit].queue-button-large")
            page.wait_for_selector(".queue-ticket")
            screenshot(page, f"queue-ticket-{language}")
            results.append(("ticket", page.url, run_axe(page)))
    report = violations_report(results)
    assert not report, "axe found WCAG 2.1 A/AA violations:\n\n" + report


def test_the_board_updates_itself_and_flashes_a_new_call(new_page, site_url, queue_pages):  # noqa: F811
    from wagtail_govstandard.queue.models import Counter

    page = new_page("th")
    page.goto(site_url + queue_pages["th"]["board"])
    page.wait_for_timeout(1500)
    desk = Counter.objects.get(point__code="registration", number=1)
    called = calling.call_next(desk)
    row = page.locator('[data-counter="registration-1"]')
    row.locator("[data-now]", has_text=called.visit.display).wait_for(timeout=5000)
    assert "queue-flash" in (row.get_attribute("class") or "")

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
                       "status": f"/queue/t/{waiting.visit.token}/", "statistics": "/queue/statistics/"}
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


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_kiosk_ticket_and_status_page_reflow_on_a_320_px_phone(new_page, site_url, queue_pages, language):  # noqa: F811
    """WCAG 1.4.10: at 320 CSS px nothing scrolls sideways and no text leaves the screen (the status
    page is read on the patient's phone; the kiosk and the ticket on any screen). A data table
    needs its two dimensions (the criterion's exception): it scrolls in its own region, the page not."""
    page = new_page(language)
    page.set_viewport_size({"width": 320, "height": 640})
    wider = []
    for label, path in queue_pages[language].items():
        if label == "board":
            continue  # a TV: tests/queue/test_board_screen.py
        page.goto(site_url + path)
        if label == "kiosk":
            wider.append((label, page.evaluate(SIDEWAYS)))
            page.click("button[type=submit].queue-button-large")
            page.wait_for_selector(".queue-ticket")
            label = "ticket"
        screenshot(page, f"queue-{label}-{language}-320px")
        wider.append((label, page.evaluate(SIDEWAYS)))
    assert [(label, found) for label, found in wider if found] == []


# What sticks out to the right of a 320 px screen: the page's sideways scroll and each text that ends past it.
SIDEWAYS = """() => {
  const found = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) { found.push(`scrolls sideways by ${root.scrollWidth - root.clientWidth} px`); }
  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) {
    const node = texts.currentNode, range = document.createRange();
    if (!node.textContent.trim() || node.parentElement.closest(".visually-hidden, [hidden], noscript")) { continue; }
    if (node.parentElement.closest(".govstandard-table-scroll")) { continue; }  // a data table scrolls in its region
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width && (r.right > root.clientWidth + 1 || r.left < -1)) {
        found.push(`"${node.textContent.trim()}" ends at ${Math.round(r.right)} px`);
      }
    }
  }
  return found;
}"""

"""The theme in a browser: text size and high contrast switches kept across pages, an alert
dismissed for good, the phone menu opened by keyboard, and the page usable at 200 % zoom."""

import datetime

import pytest
from django.utils import timezone

from tests.utils import make_home, make_index
from wagtail_govstandard.theme.models import AlertBanner

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _site():
    home = make_home()
    for code, title in (("general.history", "ประวัติ"), ("news", "ข่าว"), ("citizen_manual", "คู่มือประชาชน")):
        make_index(home, code, title=title)
    AlertBanner.objects.create(level="warning", message="ปิดให้บริการชั่วคราว",
                               starts_at=timezone.now() - datetime.timedelta(hours=1))
    return home


def test_text_size_contrast_and_alert_dismissal_are_remembered(new_page, site_url):
    _site()
    page = new_page("th")
    page.goto(site_url + "/")
    base = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    page.get_by_role("button", name="ตัวอักษรใหญ่มาก").click()
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == base * 1.25
    page.get_by_role("button", name="ความเปรียบต่างสูง").click()
    assert page.get_attribute("[data-contrast]", "aria-pressed") == "true"
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(0, 0, 0)"
    dismiss = page.locator(".alert-dismiss")
    assert "ปิดประกาศ" in dismiss.inner_text() and "ปิดให้บริการชั่วคราว" in dismiss.text_content()
    dismiss.click()
    assert not page.locator(".alert").is_visible()
    assert page.evaluate("document.activeElement.id") == "main"
    page.goto(site_url + "/news/")  # another page: every choice kept, no cookie set for them
    assert page.evaluate("document.documentElement.className") == "text-size-2 contrast-high"
    assert not page.locator(".alert").is_visible()
    assert {c["name"] for c in page.context.cookies()} <= {"django_language", "csrftoken"}
    page.get_by_role("button", name="ตัวอักษรปกติ").click()
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == base


def test_without_javascript_the_alert_stays_and_the_tools_are_not_offered(chromium, site_url):
    _site()
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 390, "height": 800})
    context.add_cookies([{"name": "django_language", "value": "th", "url": site_url}])
    page = context.new_page()
    page.goto(site_url + "/")
    assert page.locator(".alert").is_visible() and not page.locator(".alert-dismiss").is_visible()
    assert not page.locator(".display-tools").is_visible()
    # The phone menu is a <details>: keyboard opens it with no script.
    assert not page.locator(".main-nav").get_by_role("link", name="คู่มือประชาชน").is_visible()
    page.locator(".menu-toggle > summary").focus()
    page.keyboard.press("Enter")
    page.locator(".main-nav").get_by_text("คู่มือและบริการ").click()
    assert page.locator(".main-nav").get_by_role("link", name="คู่มือประชาชน").is_visible()
    context.close()


@pytest.mark.parametrize("width,zoom", [(1366, 2), (1280, 4)])
def test_the_page_reflows_at_200_percent_zoom(chromium, site_url, width, zoom):
    """Zoom is the same CSS as a viewport that many times narrower: 1366 px at 200 %, and WCAG
    1.4.10's 1280 px at 400 % (320 CSS px); nothing scrolls sideways."""
    _site()
    context = chromium.new_context(viewport={"width": width // zoom, "height": 700}, device_scale_factor=zoom)
    page = context.new_page()
    page.goto(site_url + "/")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{overflow}px scroll sideways at {width}px and {zoom * 100} % zoom"
    assert page.locator(".agency-name-th").is_visible()
    context.close()

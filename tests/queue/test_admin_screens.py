"""The queue's admin screens in Debian's chromium at 1366 px, in Thai, after a day of tickets: the
staff's list of counters, a counter's console, the issue form and the webmasters' statistics.
Nothing reaches past the window (Wagtail clips its main column, so what does is cut off), and the
statistics table, wider than a laptop, scrolls in its own region by keyboard. Screenshots in
artifacts/. (The package's other admin screens: tests/e2e/test_admin_screens.py.)"""

import pytest
from django.urls import reverse

from tests.e2e.admin import login_as
from tests.e2e.browser import screenshot
from tests.e2e.conftest import chromium, new_page, site_url  # noqa: F401  (the browser fixtures)
from tests.e2e.test_admin_screens import overflowing
from tests.proofs.test_permission_matrix import setup_roles
from tests.utils import make_user
from wagtail_govstandard import roles
from wagtail_govstandard.queue import calling, conf, numbering

from .conftest import build_hospital, counter

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LONG_THAI_NAME = "งานเวชระเบียนและตรวจสอบสิทธิการรักษาผู้ป่วยนอก (ลงทะเบียน ยื่นบัตร ตรวจสิทธิ)"


@pytest.fixture
def busy_day(settings, thai_site):
    """Every point with tickets served, skipped and waiting, in every priority class; a long Thai name."""
    settings.WAGTAILGOVSTANDARD_QUEUE_CALL_DEBOUNCE_SECONDS = 0
    hospital = build_hospital()
    hospital.registration.name_th = LONG_THAI_NAME
    hospital.registration.save()
    for point in (hospital.registration, hospital.screening, hospital.exam, hospital.pharmacy):
        for priority in [*conf.get("PRIORITIES"), "normal"]:
            numbering.issue(point, priority)
        desk = counter(point)
        served = calling.call_next(desk)
        calling.perform(served.pk, "start")
        calling.perform(served.pk, "done")
        calling.perform(calling.call_next(desk).pk, "skip")
    setup_roles()  # the Webmasters group's permissions, as the package's setup grants them
    hospital.webmaster = make_user("webmaster", groups=[roles.WEBMASTER])
    return hospital


def test_the_queue_admin_screens_fit_a_1366_px_screen(new_page, site_url, busy_day):  # noqa: F811
    desk = counter(busy_day.registration)
    screens = [
        (busy_day.clerk, "index", reverse("govstandard_queue_admin:index")),
        (busy_day.clerk, "console", reverse("govstandard_queue_admin:console", args=[desk.pk])),
        (busy_day.clerk, "issue", reverse("govstandard_queue_admin:issue")),
        (busy_day.webmaster, "report", reverse("govstandard_queue_admin:report")),
    ]
    for user, label, path in screens:
        page = login_as(new_page("th"), site_url, user)
        page.set_viewport_size({"width": 1366, "height": 768})
        assert page.goto(site_url + path).status == 200, label
        screenshot(page, f"queue-admin-{label}")
        assert LONG_THAI_NAME in page.content() or label == "issue", label
        assert not overflowing(page), f"{label} reaches past the 1366 px window: {overflowing(page)}"

    region = page.locator(".govstandard-table-scroll[role=region][tabindex='0']")
    assert region.get_attribute("aria-label") == "สถิติการให้บริการคิว"
    region.focus()
    at_the_end = "e => e.scrollLeft + e.clientWidth >= e.scrollWidth - 1"
    for _ in range(200):  # the arrow keys scroll it (smoothly: a step may still be moving)
        page.keyboard.press("ArrowRight")
        page.wait_for_timeout(20)
        if region.evaluate(at_the_end):
            break
    page.wait_for_timeout(300)
    last = page.locator(".govstandard-table-scroll thead th").last.bounding_box()
    box = region.bounding_box()
    assert box["x"] <= last["x"] and last["x"] + last["width"] <= box["x"] + box["width"] + 1, "the last column cannot be reached"

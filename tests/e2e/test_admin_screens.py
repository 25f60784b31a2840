"""Each role logs in to the Wagtail admin through the real login form; the admin home and every
parameterless admin view of the package (the dashboards) are saved as screenshots."""

import pytest
from django.urls import reverse

from tests.proofs.test_permission_matrix import ADMIN_POST, ADMIN_QUERY, World, admin_routes, parse_policy

from .admin import login_as
from .browser import screenshot

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROLES = ["provider", "head", "webmaster", "superuser"]
LONG_THAI_TITLE = "ประกาศที่หมดอายุแล้วพร้อมชื่อเรื่องที่ค่อนข้างยาวมากสำหรับทดสอบ"


def overflowing(page):
    """Visible elements of the main area that start in the window and end past it (Wagtail's layout
    clips its main column, so the document itself never scrolls sideways). The editor's minimap is
    Wagtail's own panel, collapsed past the edge by design; what a region inside the window scrolls
    to is reachable."""
    return page.evaluate("""() => {
        const width = document.documentElement.clientWidth;
        const scrolledInside = e => {
            for (let a = e.parentElement; a && a.tagName !== 'MAIN'; a = a.parentElement) {
                const sideways = getComputedStyle(a).overflowX;
                if ((sideways === 'auto' || sideways === 'scroll') && a.getBoundingClientRect().right <= width + 1) {
                    return true;
                }
            }
            return false;
        };
        return [...document.querySelectorAll('main *')]
            .filter(e => e.getClientRects().length && !e.closest('.w-minimap') && !scrolledInside(e))
            .filter(e => { const r = e.getBoundingClientRect(); return r.left < width && r.right > width + 1; })
            .slice(0, 3).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
    }""")


def dashboards_for(role):
    """The package's admin views without URL arguments that the policy opens to `role`."""
    policy = parse_policy()
    return sorted(
        (name, route) for name, route in admin_routes().items()
        if "<" not in route and name not in ADMIN_QUERY and name not in ADMIN_POST
        and "chooser" not in name and not name.endswith("_results")
        and policy.get(name, {}).get(role) == "ok"
    )


@pytest.mark.parametrize("role", ROLES)
def test_role_logs_in_and_sees_its_dashboards(new_page, site_url, role):
    from tests.monitoring.conftest import add_item, days

    from .content import ensure_tree_root

    ensure_tree_root()
    world = World()
    # A long Thai title makes a long slug: shown percent-encoded, it once widened a report past the screen.
    add_item(world.news, LONG_THAI_TITLE, end=days(-3))
    page = login_as(new_page("th"), site_url, world.user(role))
    page.set_viewport_size({"width": 1366, "height": 768})
    assert page.locator("main, [role=main], #main").count() >= 1
    screenshot(page, f"admin-{role}-home")
    for name, _route in dashboards_for(role):
        response = page.goto(site_url + reverse(name))
        assert response.status == 200, f"{role}: {name} answered {response.status}"
        assert "/admin/login/" not in page.url
        screenshot(page, f"admin-{role}-{name.replace(':', '-')}")
        assert not overflowing(page), f"{role}: {name} reaches past the 1366 px window: {overflowing(page)}"


def test_expiry_review_row_buttons_fit_a_1366_px_screen(new_page, site_url):
    """Seen in chromium, not only in the stylesheet: at 1366 px every button of the expiry review's
    last column lies inside its cell and inside the window, its whole label showing."""
    from tests.monitoring.conftest import add_item, days

    from .content import ensure_tree_root

    ensure_tree_root()
    world = World()
    for n in range(3):
        add_item(world.news, f"{LONG_THAI_TITLE} {n}", end=days(-3 - n))
    page = login_as(new_page("th"), site_url, world.webmaster)
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto(site_url + reverse("govstandard_monitoring:expiry"))
    boxes = page.evaluate("""() => [...document.querySelectorAll('.govstandard-row-actions .button')].map(b => {
        const r = b.getBoundingClientRect(), cell = b.closest('td').getBoundingClientRect();
        return {label: b.textContent.trim(), left: r.left, right: r.right, cellLeft: cell.left,
                cellRight: cell.right, clipped: b.scrollWidth > b.clientWidth + 1,
                window: document.documentElement.clientWidth};
    })""")
    screenshot(page, "admin-webmaster-expiry-1366")
    assert len(boxes) == 9, boxes
    for box in boxes:
        assert box["cellLeft"] - 1 <= box["left"] and box["right"] <= box["cellRight"] + 1, box
        assert box["right"] <= box["window"] and not box["clipped"], box

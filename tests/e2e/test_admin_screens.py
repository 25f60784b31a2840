"""Each role logs in to the Wagtail admin through the real login form; the admin home and every
parameterless admin view of the package (the dashboards) are saved as screenshots."""

import pytest
from django.urls import reverse

from tests.proofs.test_permission_matrix import ADMIN_POST, ADMIN_QUERY, World, admin_routes, parse_policy

from .admin import login_as
from .browser import screenshot

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROLES = ["provider", "head", "webmaster", "superuser"]


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
    from .content import ensure_tree_root

    ensure_tree_root()
    world = World()
    page = login_as(new_page("th"), site_url, world.user(role))
    assert page.locator("main, [role=main], #main").count() >= 1
    screenshot(page, f"admin-{role}-home")
    for name, _route in dashboards_for(role):
        response = page.goto(site_url + reverse(name))
        assert response.status == 200, f"{role}: {name} answered {response.status}"
        assert "/admin/login/" not in page.url
        screenshot(page, f"admin-{role}-{name.replace(':', '-')}")

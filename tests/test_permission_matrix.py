"""Who may use which route: every admin view and every v3 API route of the package × every role.

The policy is the table below, one line per route, read as it is written. The routes are found
automatically (admin URL patterns whose view lives in wagtail_govstandard or whose name carries
the app label; every path under /api/v3/govstandard/ in the OpenAPI document), and a test fails
when one is missing from the table or the table names one that no longer exists: nobody adds a
route without declaring its policy here.

Outcomes: ok (the role gets the view: 2xx, or a redirect that is not a refusal), login (anonymous
sent to log in / API 401), deny (admin refusal: 403 or Wagtail's redirect home with an error;
API 403), 404 (the object is hidden from the role), or any other exact status code.
"""

import importlib.util
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import ERROR
from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.utils import bearer, make_user, make_work_group
from wagtail_govstandard import roles

ROLES = ("anonymous", "provider", "other_head", "head", "webmaster", "superuser")

# route (admin URL name, or "METHOD /api/v3/path/{param}/")  | anonymous | provider | other_head | head | webmaster | superuser
POLICY = """
GET /api/v3/govstandard/categories/                          | ok    | ok    | ok    | ok    | ok    | ok
"""

# Admin URL arguments and API path parameters, from the world the test builds.
ADMIN_ARGS = {}
API_PARAMS = {}
# Request bodies of routes that take one (valid, so the answer is about the role, not the input).
BODIES = {}


def parse_policy(text=POLICY):
    table = {}
    for line in text.strip().splitlines():
        route, *cells = [cell.strip() for cell in line.split("|")]
        assert len(cells) == len(ROLES), f"policy line needs {len(ROLES)} outcomes: {line!r}"
        assert route not in table, f"route listed twice: {route}"
        table[route] = dict(zip(ROLES, cells))
    return table


# --- finding the routes ---------------------------------------------------------------------


def _walk(patterns, prefix="", namespace=""):
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            space = ":".join(filter(None, [namespace, entry.namespace]))
            yield from _walk(entry.url_patterns, route, space)
        elif isinstance(entry, URLPattern):
            yield route, ":".join(filter(None, [namespace, entry.name])), entry.callback


def _view_module(callback):
    for holder in (getattr(callback, "view_class", None), getattr(callback, "cls", None), callback):
        module = getattr(holder, "__module__", None)
        if module and not module.startswith(("django.", "functools")):
            return module
    return ""


def is_package_route(name, callback):
    return _view_module(callback).startswith("wagtail_govstandard") or "govstandard" in (name or "")


def admin_routes():
    """{URL name: route pattern} of the package's admin views."""
    admin_prefix = reverse("wagtailadmin_home").lstrip("/")
    found = {}
    for route, name, callback in _walk(get_resolver().url_patterns):
        if route.startswith(admin_prefix) and is_package_route(name, callback):
            found[name or route] = route
    return found


def api_routes(client):
    """["METHOD /path/"] of every operation under /api/v3/govstandard/ in the OpenAPI document."""
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    return sorted(
        f"{method.upper()} {path}"
        for path, operations in paths.items() if path.startswith("/api/v3/govstandard/")
        for method in operations if method in {"get", "post", "put", "patch", "delete"}
    )


# --- the world each check runs in -----------------------------------------------------------


class World:
    """One user per role, the two work groups of the demo, and whatever the routes point at."""

    def __init__(self):
        setup_roles()
        self.head = make_user("head", groups=[roles.HEAD])
        self.other_head = make_user("other_head", groups=[roles.HEAD])
        self.provider = make_user("provider", groups=[roles.PROVIDER])
        self.webmaster = make_user("webmaster", groups=[roles.WEBMASTER])
        self.superuser = make_user("superuser", superuser=True)
        self.planning = make_work_group("planning", heads=[self.head], members=[self.provider])
        self.health_promotion = make_work_group("health-promotion", "กลุ่มงานส่งเสริมสุขภาพ", heads=[self.other_head])

    def user(self, role):
        return None if role == "anonymous" else getattr(self, role)


def setup_roles():
    """The roles' permissions as the package's setup grants them (admin access at the least)."""
    if importlib.util.find_spec("wagtail_govstandard.management.commands.govstandard_setup"):
        call_command("govstandard_setup", verbosity=0)
        return
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for group in roles.ensure_groups():
        group.permissions.add(access)
    Group.objects.get_or_create(name="Editors")


# --- asking and classifying -----------------------------------------------------------------


def admin_outcome(response):
    status = response.status_code
    if status in (301, 302):
        location = response["Location"]
        if location.startswith(reverse("wagtailadmin_login")):
            return "login"
        errors = [m for m in response.wsgi_request._messages if m.level == ERROR]
        if location == reverse("wagtailadmin_home") and errors:
            return "deny"
        return "ok"
    if status == 403:
        return "deny"
    return "ok" if 200 <= status < 300 else str(status)


def api_outcome(response):
    status = response.status_code
    named = {401: "login", 403: "deny", 404: "404"}
    return "ok" if 200 <= status < 300 else named.get(status, str(status))


def fill(template, values):
    return re.sub(r"\{(\w+)\}", lambda m: str(values[m.group(1)]), template)


def call_admin(client, world, name, method="GET"):
    url = reverse(name, kwargs=ADMIN_ARGS[name](world) if name in ADMIN_ARGS else None)
    body = BODIES.get(name, lambda w: {})(world)
    return admin_outcome(client.post(url, body) if method == "POST" else client.get(url))


def call_api(client, world, route, headers):
    method, template = route.split(" ", 1)
    params = {name: factory(world) for name, factory in API_PARAMS.items() if "{%s}" % name in template}
    url = fill(template, params)
    body = BODIES.get(route, lambda w: None)(world)
    call = getattr(client, method.lower())
    if body is None:
        response = call(url, headers=headers)
    else:
        response = call(url, body, content_type="application/json", headers=headers)
    return api_outcome(response)


# --- the tests ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_every_package_route_has_a_declared_policy(client):
    table = parse_policy()
    found = set(admin_routes()) | set(api_routes(client))
    missing = sorted(found - set(table))
    stale = sorted(set(table) - found)
    assert not missing, "routes without a line in POLICY (declare who may use them):\n" + "\n".join(missing)
    assert not stale, "POLICY lines for routes that no longer exist:\n" + "\n".join(stale)


def test_every_parameterised_route_has_its_arguments():
    lacking = [name for name, route in admin_routes().items() if "<" in route and name not in ADMIN_ARGS]
    assert not lacking, "admin routes with URL parameters but no ADMIN_ARGS entry: %s" % lacking


CASES = [(route, role) for route, outcomes in parse_policy().items() for role in ROLES]


@pytest.mark.django_db
@pytest.mark.parametrize("route, role", CASES, ids=[f"{role}:{route}" for route, role in CASES])
def test_role_gets_the_declared_outcome(client, route, role):
    world = World()
    expected = parse_policy()[route][role]
    user = world.user(role)
    if route.split(" ", 1)[0] in {"GET", "POST", "PUT", "PATCH", "DELETE"}:
        headers = bearer(user) if user else {}
        outcome = call_api(client, world, route, headers)
    else:
        if user:
            client.force_login(user)
        outcome = call_admin(client, world, route)
    assert outcome == expected, f"{role} on {route}: got {outcome}, the policy says {expected}"

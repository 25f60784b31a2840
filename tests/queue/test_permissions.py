"""Who may use which queue route: every admin view and v3 route of the queue app x every role.

Like tests/proofs/test_permission_matrix.py (whose helpers this uses) with the queue's own roles: the
HIS integration (assigned to registration), the registration clerk (queue staff), the
pharmacist (queue staff of another point), a webmaster and a superuser. Routes are found
automatically; a route missing from the table, or a stale line, fails.
"""

import pytest
from django.db import transaction
from django.test import Client
from django.urls import get_resolver, reverse

from tests.proofs import test_permission_matrix as matrix
from tests.utils import make_user
from wagtail_govstandard import roles
from wagtail_govstandard.queue import calling, numbering, setup
from wagtail_govstandard.queue.pages import BoardPage

from .conftest import build_hospital, counter

ROLES = ("anonymous", "his", "clerk", "pharmacist", "webmaster", "superuser")

# route                                                             | anonymous | his | clerk | pharmacist | webmaster | superuser
POLICY = """
GET /api/v3/govstandard/queue/boards/{board_id}/state/             | ok    | ok    | ok    | ok    | ok    | ok
GET /api/v3/govstandard/queue/points/                              | login | ok    | ok    | ok    | ok    | ok
GET /api/v3/govstandard/queue/status/{token}/                      | ok    | ok    | ok    | ok    | ok    | ok
GET /api/v3/govstandard/queue/statistics/                         | ok    | ok    | ok    | ok    | ok    | ok
GET /api/v3/govstandard/queue/tickets/                             | login | ok    | ok    | ok    | ok    | ok
GET /api/v3/govstandard/queue/tickets/{ticket_id}/                 | login | ok    | ok    | 404   | 404   | ok
POST /api/v3/govstandard/queue/tickets/                            | login | ok    | ok    | 404   | 404   | ok
POST /api/v3/govstandard/queue/tickets/{ticket_id}/{action}/       | login | deny  | ok    | 404   | 404   | ok
POST /api/v3/govstandard/queue/counters/{counter_id}/call-next/    | login | deny  | ok    | 404   | 404   | ok
govstandard_queue_admin:index                                      | login | login | ok    | ok    | deny  | ok
govstandard_queue_admin:index?live=1                               | login | login | ok    | ok    | deny  | ok
govstandard_queue_admin:console                                    | login | login | ok    | 404   | deny  | ok
govstandard_queue_admin:console?live=1                             | login | login | ok    | 404   | deny  | ok
govstandard_queue_admin:issue                                      | login | login | ok    | ok    | deny  | ok
govstandard_queue_admin:report                                     | login | login | deny  | deny  | ok    | ok
govstandard_queue:status                                           | ok    | ok    | ok    | ok    | ok    | ok
govstandard_queue:statistics                                       | ok    | ok    | ok    | ok    | ok    | ok
"""
SNIPPET_VIEWS = ("add", "copy", "delete", "edit", "history", "history_results", "list", "list_results", "usage")
CHOOSER_VIEWS = ("choose", "choose_results", "chosen", "chosen_multiple", "create")
POLICY += "".join(f"wagtailsnippets_govstandard_queue_servicepoint:{v} | login | login | deny | deny | ok | ok\n"
                  for v in SNIPPET_VIEWS)
POLICY += "".join(
    f"wagtailsnippetchoosers_govstandard_queue_servicepoint:{v} | login | login | "
    + ("404 | 404 | 404 | 404\n" if v == "create" else "ok | ok | ok | ok\n")  # no creation form: nothing there
    for v in CHOOSER_VIEWS
)


class World:
    def __init__(self):
        matrix.setup_roles()
        setup.ensure_groups()
        hospital = build_hospital()
        self.__dict__.update(vars(hospital))
        self.registration.staff.add(self.his)
        self.webmaster = make_user("webmaster", groups=[roles.WEBMASTER])
        self.superuser = make_user("superuser", superuser=True)
        self.anonymous = None
        self.ticket = numbering.issue(self.registration, reference="VN-1", channel="his", user=self.his)
        calling.call_next(counter(self.registration))
        self.board = self.home.add_child(instance=BoardPage(title="Board", slug="board"))

    def user(self, role):
        return getattr(self, role)


ARGS = {
    "govstandard_queue_admin:console": lambda w: {"counter_id": counter(w.registration).pk},
    "govstandard_queue:status": lambda w: {"token": w.ticket.visit.token},
    **{f"wagtailsnippets_govstandard_queue_servicepoint:{v}": (lambda w: {"pk": w.registration.pk})
       for v in ("copy", "delete", "edit", "history", "history_results", "usage")},
    "wagtailsnippetchoosers_govstandard_queue_servicepoint:chosen": lambda w: {"pk": w.registration.pk},
}
PARAMS = {"board_id": lambda w: w.board.pk, "token": lambda w: w.ticket.visit.token,
          "ticket_id": lambda w: w.ticket.pk, "counter_id": lambda w: counter(w.registration).pk,
          "action": lambda w: "start"}
BODIES = {"POST /api/v3/govstandard/queue/tickets/": lambda w: {"point": w.registration.pk}}


def queue_routes(client):
    names = {name for _route, name, _cb in matrix._walk(get_resolver().url_patterns)
             if name and matrix.is_queue_route(name) and not name.startswith("wagtailapi_v3:")}
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    apis = {f"{m.upper()} {p}" for p, ops in paths.items() if matrix.is_queue_route(p) for m in ops}
    return names | apis


def outcome(world, route, role):
    client = Client()
    user = world.user(role)
    method, _space, template = route.partition(" ")
    if method in ("GET", "POST"):
        url = matrix.fill(template, {k: f(world) for k, f in PARAMS.items() if f"{{{k}}}" in template})
        headers = matrix.bearer(user) if user else {}
        body = BODIES.get(route, lambda w: {})(world)
        call = client.get(url, headers=headers) if method == "GET" else client.post(
            url, body, content_type="application/json", headers=headers)
        return matrix.api_outcome(call)
    if user:
        client.force_login(user)
    name, _mark, query = route.partition("?")  # a line may name a query the view answers differently
    response = client.get(reverse(name, kwargs=ARGS.get(name, lambda w: None)(world)) + _mark + query)
    if route.startswith("govstandard_queue:"):
        return matrix.api_outcome(response)
    return matrix.admin_outcome(response)


@pytest.mark.django_db
def test_every_queue_route_has_a_declared_policy(client):
    table = {line.split("|")[0].strip().partition("?")[0] for line in POLICY.strip().splitlines()}
    found = queue_routes(client)
    assert sorted(found - set(table)) == []
    assert sorted(set(table) - found) == []


@pytest.mark.django_db
def test_each_role_gets_what_the_policy_says():
    world = World()
    lines = [[cell.strip() for cell in line.split("|")] for line in POLICY.strip().splitlines()]
    wrong = []
    for route, *expected in lines:
        for role, want in zip(ROLES, expected, strict=True):
            undo = transaction.savepoint()
            got = outcome(world, route, role)
            transaction.savepoint_rollback(undo)
            if got != want:
                wrong.append(f"{route} as {role}: expected {want}, got {got}")
    assert not wrong, "\n".join(wrong)

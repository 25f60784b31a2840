"""Finding 4 (issue #11), in part: hostile input to the public routes is a 4xx, never a 500.

Every anonymous POST route of the package's v3 API gets JSON nested 10,000 deep, NUL bytes,
quotes, non-UTF-8 bytes and huge or negative numbers; every category index page gets hostile
`year`, `kind` and `page` values. No answer is 5xx.
"""

import pytest
from django.core.cache import cache
from django.test import Client

from tests.proofs.test_permission_matrix import World

DEEP = b"[" * 10000 + b"]" * 10000
DEEP_OBJECT = b'{"answers":' * 5000 + b"1" + b"}" * 5000
BODIES = [DEEP, DEEP_OBJECT, b'{"page_id": 99999999999999999999999999}', b'{"page_id": -5}',
          b'{"path": "/\\u0000"}', b'{"path": "\\""}', b"\xff\xfe\x00", b'{"answers": {"content": 1e309}}',
          b'"' * 1000, b"null", b"{}"]
HOSTILE_VALUES = ["-5", "0", "99999999999999999999999", "%00", "\x00", '"', "'", "\\", "1e309", "\xff", "1;2"]


def public_post_routes(client, world):
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    return sorted(path.replace("{slug}", world.survey.slug) for path, ops in paths.items()
                  if path.startswith("/api/v3/govstandard/") and "post" in ops and "/requests" not in path)


@pytest.mark.django_db
def test_no_hostile_body_gives_a_server_error():
    world = World()
    client = Client(raise_request_exception=False)
    routes = public_post_routes(client, world)
    assert routes
    for path in routes:
        for body in BODIES:
            cache.clear()
            response = client.post(path, body, content_type="application/json", HTTP_USER_AGENT="Mozilla/5.0")
            assert response.status_code < 500, (path, body[:40], response.status_code)


@pytest.mark.django_db
def test_no_hostile_query_value_on_an_index_page_gives_a_server_error():
    world = World()
    client = Client(raise_request_exception=False)
    for name in ("year", "kind", "page"):
        for value in HOSTILE_VALUES:
            response = client.get(world.news.url, {name: value})
            assert response.status_code < 500, (name, value, response.status_code)


ADMIN_HOSTILE = {
    "wagtail_govstandard_visit_report": ["fiscal_year=0", "fiscal_year=-1", "fiscal_year=99999999999999999999999",
                                         "site=99999999999999999999999", "fiscal_year=%00"],
    "wagtail_govstandard_o16_report": ["fiscal_year=-1", "fiscal_year=0", "fiscal_year=99999999999999999999999"],
    "wagtail_govstandard_publicationrequest_modeladmin_index": ["submitted_at__gte=abc", "o=99", "o=-x",
                                                                "p=99999999999999999999999", "work_group=%00"],
    "govstandard_monitoring:expiry_action": ["action=take_down&id=99999999999999999999999",
                                             "action=take_down&id=-1", "action=%00&id=1"],
}


@pytest.mark.django_db
@pytest.mark.parametrize("route", sorted(ADMIN_HOSTILE))
def test_the_reported_admin_values_are_not_server_errors(route):
    from django.urls import reverse

    world = World()
    client = Client(raise_request_exception=False)
    client.force_login(world.webmaster)
    for query in ADMIN_HOSTILE[route]:
        response = client.get(f"{reverse(route)}?{query}")
        assert response.status_code < 500, (route, query, response.status_code)


# Every admin route of the package (and every snippet and chooser route it registers), by GET
# and POST, with no body and with hostile values in the parameters list views read. The chooser
# `create/` routes answered 500 here before (Wagtail mounts them without a creation form).
SWEEP_QUERIES = ["", "q=%00", 'q=%22', "q=" + "x" * 5000, "p=99999999999999999999999", "p=-1", "o=%00",
                 "ordering=%00", "id=99999999999999999999999", "fiscal_year=%00", "site=-1",
                 # every date parameter a report or filter reads, at the ends of what datetime holds
                 "start=0001-01-01&end=0001-01-01&at_from=0001-01-01&at_to=9999-12-31"
                 "&timestamp_from=0001-01-01&timestamp_to=9999-12-31"]


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["webmaster", "superuser"])
def test_no_admin_route_gives_a_server_error(role):
    from django.db import transaction
    from django.urls import reverse

    from tests.proofs.test_permission_matrix import ADMIN_ARGS, _Undo, admin_routes

    world = World()
    client = Client(raise_request_exception=False)
    client.force_login(world.user(role))
    failures = []
    for name, route in sorted(admin_routes().items()):
        if "<" in route and name not in ADMIN_ARGS:
            continue  # test_permission_matrix requires ADMIN_ARGS for every parameterised route
        url = reverse(name, kwargs=ADMIN_ARGS[name](world) if name in ADMIN_ARGS else None)
        for query in SWEEP_QUERIES:
            try:
                with transaction.atomic():  # a delete or a decision must not change the next call
                    for response in (client.get(f"{url}?{query}"), client.post(f"{url}?{query}", {})):
                        if response.status_code >= 500:
                            failures.append((name, response.request["REQUEST_METHOD"], query, response.status_code))
                    raise _Undo
            except _Undo:
                pass
    assert not failures, failures

"""Finding 6 (issue #11): another work group's request is as absent as one that does not exist.

Generated over every admin route of the package that points at one publication request (the
request views, the printed form, its files, each action, and the modeladmin inspect, history,
edit and delete views): the head of another work group gets 404 for a real request, the same as
for an id that names none. On the old code the real one answered 302 "you cannot open this page".
"""

import pytest
from django.test import Client
from django.urls import reverse

from tests.proofs.test_permission_matrix import ADMIN_ARGS, World, admin_routes

MISSING = 987654


def request_routes():
    """Admin routes whose arguments name a publication request (found from the route table)."""
    return sorted(
        name for name, route in admin_routes().items()
        if "<" in route and name in ADMIN_ARGS
        and ("publicationrequest" in name or name.startswith("wagtail_govstandard_requests:"))
    )


def test_the_request_routes_are_found():
    names = request_routes()
    for expected in ("wagtail_govstandard_requests:detail", "wagtail_govstandard_requests:print",
                     "wagtail_govstandard_requests:attachment", "wagtail_govstandard_requests:act",
                     "wagtail_govstandard_publicationrequest_modeladmin_inspect",
                     "wagtail_govstandard_publicationrequest_modeladmin_history"):
        assert expected in names


@pytest.mark.django_db
@pytest.mark.parametrize("route", request_routes())
@pytest.mark.parametrize("action", ["approve", "reject", "publish", "verbal_approval", "confirm", "resubmit"])
def test_another_groups_request_answers_404_like_a_missing_one(route, action):
    if route != "wagtail_govstandard_requests:act" and action != "approve":
        pytest.skip("the action only varies the act route")
    world = World()
    client = Client()
    client.force_login(world.other_head)
    kwargs = ADMIN_ARGS[route](world)
    if "action" in kwargs:
        kwargs["action"] = action
    key = "instance_pk" if "instance_pk" in kwargs else "pk"
    real = client.get(reverse(route, kwargs=kwargs))
    missing = client.get(reverse(route, kwargs={**kwargs, key: MISSING}))
    assert missing.status_code == 404
    assert real.status_code == 404, f"{route}: {real.status_code} for another group's request"
    posted = client.post(reverse(route, kwargs=kwargs), {})
    assert posted.status_code in (404, 405), f"{route}: POST answered {posted.status_code}"

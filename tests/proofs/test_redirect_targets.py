"""Finding 11 (issue #11): a `back` or `next` parameter sends the browser only to a path here.

Generated over every admin route of the package and its public routes: each is called, as a
webmaster, by GET and by POST with every hostile target in `back` and `next` (and with the body
the route needs to act), and no answer's Location may name another host, nor may a page it
renders link there (the survey's answer page offers its `next` as a link, not a redirect). On the
old code the comment moderation followed `back=//evil.example/`.
"""

import re
from urllib.parse import quote, urlsplit

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from tests.proofs.test_permission_matrix import ADMIN_ARGS, ADMIN_POST, ADMIN_QUERY, World, _Undo, admin_routes
from wagtail_govstandard.safe_redirect import same_host_path

HOSTILE = ["//evil.example/", "https://evil.example/", "/\\evil.example", "http:evil.example",
           " //evil.example", "\\\\evil.example", "/%2F/evil.example"]


def off_host(location):
    if location.startswith(("//", "/\\", "\\")):
        return True
    parts = urlsplit(location)
    return bool(parts.netloc) and parts.netloc != "testserver"


def test_same_host_path_keeps_paths_and_refuses_hosts(rf):
    request = rf.get("/")
    assert same_host_path(request, "/admin/x/?a=1") == "/admin/x/?a=1"
    for target in HOSTILE[:-1]:
        assert same_host_path(request, target) == "/", target


def routes(world):
    for name, route in admin_routes().items():
        if "<" in route and name not in ADMIN_ARGS:
            continue
        url = reverse(name, kwargs=ADMIN_ARGS[name](world) if name in ADMIN_ARGS else None)
        yield name, url + ADMIN_QUERY.get(name, lambda w: "")(world), ADMIN_POST.get(name, lambda w: {})(world)
    answers = {f"q-{q.key}": "4" for q in world.survey.questions.all()}
    yield "survey_post", reverse("wagtail_govstandard:survey_post", args=[world.survey.slug]), answers


@pytest.mark.django_db
def test_no_route_redirects_to_another_host():
    world = World()
    client = Client(raise_request_exception=False)  # server errors are the 500 sweep's business
    client.force_login(world.webmaster)
    followed, thanked = [], []
    for name, url, body in routes(world):
        for target in HOSTILE[:3]:
            joiner = "&" if "?" in url else "?"
            try:
                with transaction.atomic():  # a delete or a decision must not change the next call
                    got = client.get(f"{url}{joiner}back={quote(target)}&next={quote(target)}")
                    posted = client.post(url, {**body, "back": target, "next": target},
                                         HTTP_REFERER="http://testserver/")  # a post from a page here
                    raise _Undo
            except _Undo:
                pass
            for response in (got, posted):
                location = response.get("Location", "")
                if location:
                    followed.append(name)
                assert not off_host(location), f"{name} sends {target!r} to {location!r}"
                for href in _links(response):  # the hostile target, if echoed as a link
                    assert "evil.example" not in href or not off_host(href), f"{name} links {target!r} as {href!r}"
                if name == "survey_post" and response is posted:
                    thanked.append(response.status_code)
    assert "wagtail_govstandard_survey_moderate" in followed, sorted(set(followed))
    assert 200 in thanked  # the answer page was rendered, with its link back checked above


def _links(response):
    if "html" not in response.get("Content-Type", "") or getattr(response, "streaming", False):
        return []
    return re.findall(r'href="([^"]*)"', response.content.decode(errors="replace"))

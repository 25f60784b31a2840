"""Finding 3 (issue #11): the public POST routes read JSON from this site, within a per-IP bound.

Generated over every anonymous POST route of the package's v3 API (from the OpenAPI document):
a `text/plain` body is 415 and a foreign Origin or Referer is 403, and nothing is stored. Then the
bounds: rotating the User-Agent neither adds survey answers past SURVEY_DAILY_LIMIT_PER_IP nor
unique visitors past VISITS_MAX_VISITORS_PER_IP_PER_DAY; the address is the hop the trusted proxy
added, not the client-supplied leftmost one.
"""

import json

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from tests.statistics.utils import BROWSER, answers, clean_visits, make_survey  # noqa: F401
from tests.utils import make_content, make_index
from wagtail_govstandard.models import StatisticsPage, SurveyResponse, VisitorSeen
from wagtail_govstandard.statistics.visits import buffer, identity

RESPOND = "/api/v3/govstandard/surveys/website/responses/"
VISITS = "/api/v3/govstandard/visits/"


@pytest.fixture
def world(home, clean_visits):
    cache.clear()
    survey = make_survey()
    page = make_content(make_index(home, "statistics"), StatisticsPage, title="สถิติ", slug="stats")
    return {"survey": survey, "page": page}


def public_post_routes(client):
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    found = {path for path, operations in paths.items()
             if path.startswith("/api/v3/govstandard/") and "post" in operations
             and "/requests" not in path  # the request routes need a signed-in token
             and "/queue/" not in path}  # queue actions need staff or the HIS token (tests/queue)
    return sorted(path.replace("{slug}", "website") for path in found)


def body_for(path, world):
    if "/visits/" in path:
        return {"page_id": world["page"].pk}
    return {"answers": answers(4)}


def test_the_public_post_routes_are_found(client, world):
    assert public_post_routes(client) == [RESPOND, VISITS]


@pytest.mark.parametrize("kind", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""])
def test_every_public_post_route_takes_json_only(client, world, kind):
    for path in public_post_routes(client):
        body = json.dumps(body_for(path, world))
        response = client.post(path, body, content_type=kind, HTTP_USER_AGENT=BROWSER)
        assert response.status_code == 415, (path, kind, response.status_code)
    assert not SurveyResponse.objects.exists()


@pytest.mark.parametrize("header,value", [
    ("HTTP_ORIGIN", "https://evil.example"), ("HTTP_ORIGIN", "null"),
    ("HTTP_REFERER", "https://evil.example/page"), ("HTTP_ORIGIN", "http://testserver.evil.example"),
])
def test_every_public_post_route_refuses_another_site(client, world, header, value):
    for path in public_post_routes(client):
        response = client.post(path, json.dumps(body_for(path, world)), content_type="application/json",
                               HTTP_USER_AGENT=BROWSER, **{header: value})
        assert response.status_code == 403, (path, header, value)
    assert not SurveyResponse.objects.exists()


def test_the_same_site_and_a_server_client_are_accepted(client, world):
    same = client.post(RESPOND, json.dumps({"answers": answers(4)}), content_type="application/json",
                       HTTP_USER_AGENT=BROWSER, HTTP_ORIGIN="http://testserver")
    server = client.post(RESPOND, json.dumps({"answers": answers(5)}), content_type="application/json; charset=utf-8",
                         HTTP_USER_AGENT=BROWSER)
    assert same.status_code == 201 and server.status_code == 201


def test_rotating_the_user_agent_does_not_pass_the_per_ip_survey_limit(client, world, settings):
    settings.WAGTAILGOVSTANDARD_SURVEY_DAILY_LIMIT_PER_IP = 3
    codes = [client.post(RESPOND, json.dumps({"answers": answers(1)}), content_type="application/json",
                         HTTP_USER_AGENT=f"{BROWSER} rotation/{n}").status_code for n in range(10)]
    assert codes == [201] * 3 + [429] * 7
    assert SurveyResponse.objects.count() == 3


def test_rotating_the_user_agent_does_not_pass_the_per_ip_visitor_bound(client, world, settings):
    settings.WAGTAILGOVSTANDARD_VISITS_MAX_VISITORS_PER_IP_PER_DAY = 4
    counted = [client.post(VISITS, json.dumps({"page_id": world["page"].pk}), content_type="application/json",
                           HTTP_USER_AGENT=f"{BROWSER} rotation/{n}").json()["counted"] for n in range(12)]
    assert counted == [True] * 4 + [False] * 8
    again = client.post(VISITS, json.dumps({"page_id": world["page"].pk}), content_type="application/json",
                        HTTP_USER_AGENT=f"{BROWSER} rotation/0")
    assert again.json()["counted"] is True  # a visitor already counted today still counts views
    buffer.flush()
    assert VisitorSeen.objects.filter(page_id=0).count() == 4  # unique visitors of the site


@pytest.mark.parametrize("proxies,expected", [(0, "10.0.0.9"), (1, "198.51.100.7"), (2, "203.0.113.5")])
def test_the_address_is_the_hop_the_trusted_proxies_added(settings, proxies, expected):
    settings.WAGTAILGOVSTANDARD_VISITS_TRUSTED_PROXIES = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.9",
                                   HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.5, 198.51.100.7")
    assert identity.client_ip(request) == expected


def test_trust_x_forwarded_for_means_one_proxy_not_the_leftmost_hop(settings):
    settings.WAGTAILGOVSTANDARD_VISITS_TRUST_X_FORWARDED_FOR = True
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.7")
    assert identity.client_ip(request) == "198.51.100.7"

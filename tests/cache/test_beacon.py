"""Views are counted through the cache by the beacon, once, and by the server without it."""

import pytest
from django.core.cache import cache

from tests.statistics.utils import BROWSER, clean_visits  # noqa: F401
from wagtail_govstandard.models import DailyPageVisits
from wagtail_govstandard.statistics.visits import buffer


@pytest.fixture(autouse=True)
def fresh_buffer(clean_visits):  # noqa: F811
    yield


def views_of(page):
    buffer.flush()
    return sum(DailyPageVisits.objects.filter(page_id=page.pk).values_list("views", flat=True))


def test_page_carries_the_beacon_and_the_noscript_pixel(client, public_site):
    html = client.get(public_site.item.url, HTTP_USER_AGENT=BROWSER).content.decode()
    assert 'data-endpoint="/api/v3/govstandard/visits/"' in html
    assert f'data-path="{public_site.item.url}"' in html
    assert "wagtail_govstandard/cache/beacon.js" in html
    assert '<noscript><img class="govstandard-pixel" src="/govstandard/visits/pixel.gif?path=/news/vaccine/"' in html


def test_a_rendered_page_and_its_beacon_count_one_view(client, public_site):
    """Both mechanisms run (a cache miss): the server does not count, the beacon does, once."""
    item = public_site.item
    client.get(item.url, HTTP_USER_AGENT=BROWSER)
    assert views_of(item) == 0
    response = client.post("/api/v3/govstandard/visits/", {"path": item.url}, content_type="application/json",
                           HTTP_USER_AGENT=BROWSER, headers={"Origin": "http://testserver"})
    assert response.status_code == 202 and response.json() == {"counted": True}
    assert views_of(item) == 1


def test_views_served_from_the_cache_are_counted_by_the_beacon(client, public_site):
    item = public_site.item
    for _ in range(3):  # three readers served by the front cache: only their beacons reach Django
        client.post("/api/v3/govstandard/visits/", {"path": item.url}, content_type="application/json",
                    HTTP_USER_AGENT=BROWSER)
    assert views_of(item) == 3


def test_the_noscript_pixel_counts_and_is_never_cached(client, public_site):
    item = public_site.item
    response = client.get(f"/govstandard/visits/pixel.gif?path={item.url}", HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200 and response["Content-Type"] == "image/gif"
    assert "no-cache" in response["Cache-Control"] and not response.cookies
    assert views_of(item) == 1
    assert client.get("/govstandard/visits/pixel.gif?path=/nope/", HTTP_USER_AGENT=BROWSER).status_code == 200
    assert client.get("/govstandard/visits/pixel.gif?path=%00", HTTP_USER_AGENT=BROWSER).status_code == 200
    assert views_of(item) == 1


def test_without_the_beacon_the_server_counts(client, public_site, settings):
    settings.WAGTAILGOVSTANDARD_VISITS_BEACON = False
    cache.clear()
    html = client.get(public_site.item.url, HTTP_USER_AGENT=BROWSER).content.decode()
    assert "govstandard-beacon" not in html
    assert views_of(public_site.item) == 1


def test_a_post_from_another_site_is_not_counted(client, public_site):
    response = client.post("/api/v3/govstandard/visits/", {"path": public_site.item.url},
                           content_type="application/json", HTTP_USER_AGENT=BROWSER,
                           headers={"Origin": "https://evil.example"})
    assert response.status_code == 403  # refused by the public-post rules (issue #11)
    assert views_of(public_site.item) == 0

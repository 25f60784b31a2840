"""The dashboard, the completeness report and the API cost a fixed number of SQL queries,
whatever the number of pages (measured at two sizes)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.utils import bearer, make_index
from wagtail_govstandard.models import GeneralInfoPage

from .conftest import add_item, days, logged_in


def grow(home, news_index, general, n, start=0):
    for i in range(start, start + n):
        add_item(news_index, f"Expired {i}", end=days(-1 - i))
        add_item(news_index, f"Soon {i}", end=days(1 + i % 10))
        add_item(general, f"Review {i}", model=GeneralInfoPage, review=days(-1 - i))


def queries(call):
    with CaptureQueriesContext(connection) as captured:
        response = call()
        assert response.status_code == 200
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    return len(captured)


@pytest.fixture
def general(home):
    return make_index(home, "general.history")


CALLS = {
    "expiry review": lambda c, token: c.get(reverse("govstandard_monitoring:expiry")),
    "expiry export": lambda c, token: c.get(reverse("govstandard_monitoring:expiry"), {"export": "csv"}),
    "dashboard": lambda c, token: c.get(reverse("wagtailadmin_home")),
    "completeness": lambda c, token: c.get(reverse("govstandard_monitoring:completeness")),
    "ita evidence": lambda c, token: c.get(reverse("wagtail_govstandard_ita:evidence")),
    "compliance api": lambda c, token: c.get("/api/v3/govstandard/compliance/", headers=token),
}


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(CALLS))
def test_queries_do_not_grow_with_pages(name, home, news_index, general, webmaster,
                                        django_assert_max_num_queries):
    client, token, call = logged_in(webmaster), bearer(webmaster), CALLS[name]
    grow(home, news_index, general, 2)
    call(client, token)  # warm caches (site root paths, content types)
    small = queries(lambda: call(client, token))
    grow(home, news_index, general, 8, start=2)
    call(client, token)  # the new pages renew the cached aggregates once
    with django_assert_max_num_queries(small):
        response = call(client, token)
        assert response.status_code == 200
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)

"""Exact under load (PostgreSQL): 5,000 concurrent visit posts and 500 concurrent survey posts."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.cache import cache
from django.db import connection, connections
from django.test import Client

from tests.statistics.utils import BROWSER, answers, clean_visits, make_survey  # noqa: F401
from tests.utils import make_content, make_home, make_index
from wagtail_govstandard.models import (
    DailyPageVisits,
    DailyVisits,
    StatisticsPage,
    SurveyAnswer,
    SurveyResponse,
)
from wagtail_govstandard.statistics.visits import buffer

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency proofs run on PostgreSQL"),
    pytest.mark.django_db(transaction=True),
]

THREADS = 16


def in_thread(work):
    def run(*args):
        try:
            return work(*args)
        finally:
            connections.close_all()
    return run


def test_5000_concurrent_visit_posts_with_concurrent_flushers_are_counted_exactly(clean_visits, settings):
    settings.WAGTAILGOVSTANDARD_VISITS_FLUSH_BATCH = 10**9
    home = make_home()
    pages = [make_content(make_index(home, "statistics"), StatisticsPage, title=f"p{n}", slug=f"p{n}")
             for n in range(1)] + []
    index = pages[0].get_parent()
    pages += [make_content(index, StatisticsPage, title=f"q{n}", slug=f"q{n}") for n in range(4)]
    done = threading.Event()

    @in_thread
    def post(n):
        client = Client()
        agent = f"{BROWSER} visitor-{n % 50}"
        response = client.post("/api/v3/govstandard/visits/", {"page_id": pages[n % 5].pk},
                               content_type="application/json", HTTP_USER_AGENT=agent)
        return response.status_code

    @in_thread
    def keep_flushing():
        written = 0
        while not done.is_set():
            written += buffer.flush()
        return written

    with ThreadPoolExecutor(max_workers=THREADS + 2) as pool:
        flushers = [pool.submit(keep_flushing) for _ in range(2)]
        codes = list(pool.map(post, range(5000)))
        done.set()
        flushed = sum(f.result() for f in flushers)
    flushed += buffer.flush()
    assert codes == [202] * 5000
    assert flushed == 5000
    site = DailyVisits.objects.get()
    assert (site.views, site.visitors) == (5000, 50)
    per_page = sorted(DailyPageVisits.objects.values_list("views", "visitors"))
    assert per_page == [(1000, 10)] * 5


def test_500_concurrent_survey_posts_are_all_stored(settings):
    settings.WAGTAILGOVSTANDARD_SURVEY_DAILY_LIMIT_PER_VISITOR = 10**6
    settings.WAGTAILGOVSTANDARD_SURVEY_DAILY_LIMIT_PER_IP = 10**6  # every thread posts from 127.0.0.1
    cache.clear()
    make_survey()

    @in_thread
    def post(n):
        response = Client().post("/api/v3/govstandard/surveys/website/responses/",
                                 {"answers": answers(1 + n % 5), "comment": f"c{n}"},
                                 content_type="application/json", HTTP_USER_AGENT=BROWSER)
        return response.status_code

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        codes = list(pool.map(post, range(500)))
    assert codes == [201] * 500
    assert SurveyResponse.objects.count() == 500
    assert SurveyAnswer.objects.count() == 1500
    assert set(SurveyResponse.objects.values_list("comment", flat=True)) == {f"c{n}" for n in range(500)}
    assert SurveyAnswer.objects.filter(rating=5).count() == 300

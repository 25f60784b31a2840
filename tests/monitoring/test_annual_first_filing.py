"""Issue #11 finding 8: the annual report measures from the first filing, not from the last
resubmission, and counts a request in the fiscal year it was first filed (Asia/Bangkok)."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.requests.conftest import build_crew, file_request
from tests.utils import make_home, make_index
from wagtail_govstandard.content.dates import fiscal_year, local_today
from wagtail_govstandard.monitoring import annual, request_stats
from wagtail_govstandard.requests import forms, setup, transitions

from .conftest import logged_in

BANGKOK = ZoneInfo("Asia/Bangkok")
YEAR = fiscal_year(local_today()) - 1
# 29 September of fiscal year YEAR, noon: the resubmission two days later falls in YEAR + 1.
FIRST_FILED = datetime.datetime(YEAR - 543, 9, 29, 12, tzinfo=BANGKOK)
RESUBMITTED = FIRST_FILED + datetime.timedelta(hours=48)
# Hours from the first filing to publication: median 72 (from the resubmission it would be 24).
HOURS_TO_PUBLICATION = (60, 66, 72, 80, 96)


@pytest.fixture
def clock(monkeypatch):
    """Set the time every transition reads."""
    def set_to(moment):
        monkeypatch.setattr(timezone, "now", lambda: moment)
    return set_to


def through_two_rounds(crew, news, clock, hours, subject):
    clock(FIRST_FILED)
    request_obj = file_request(crew.provider, crew.planning, subject=subject)
    clock(FIRST_FILED + datetime.timedelta(hours=1))
    request_obj = transitions.reject(request_obj, crew.head, forms.RejectForm({"reasons": ["incomplete"]}))
    clock(RESUBMITTED)
    request_obj = transitions.resubmit(request_obj, crew.provider, lambda locked: forms.PublicationRequestForm(
        {"subject": subject + " (แก้ไข)", "details": "ครบถ้วน", "requester_position": "นักวิชาการ"},
        {}, instance=locked, user=crew.provider))
    clock(RESUBMITTED + datetime.timedelta(hours=1))
    request_obj = transitions.approve(request_obj, crew.head, forms.ApproveForm({}))
    clock(FIRST_FILED + datetime.timedelta(hours=hours))
    data = {"category": "news", "parent": news.pk, "publish_now": True}
    request_obj, _page = transitions.draft_page(
        request_obj, crew.webmaster, lambda locked: forms.PublishForm(data, request_obj=locked))
    return request_obj


@pytest.fixture
def five_requests(db, clock):
    crew = build_crew()
    setup.ensure_roles()
    news = make_index(make_home(), "news")
    made = [through_two_rounds(crew, news, clock, hours, f"ประกาศ {n}")
            for n, hours in enumerate(HOURS_TO_PUBLICATION)]
    return crew, made


def test_each_request_keeps_its_first_filing_date(five_requests):
    _crew, made = five_requests
    for request_obj in made:
        assert request_obj.status == "published" and request_obj.round == 2
        assert request_obj.first_submitted_at == FIRST_FILED
        assert request_obj.submitted_at == RESUBMITTED


def test_time_to_publication_runs_from_the_first_filing_in_the_year_first_filed(five_requests):
    figures = request_stats.for_period(*annual.period(YEAR))
    assert figures["total"] == 5 and figures["published_count"] == 5
    assert figures["median"] == datetime.timedelta(hours=72)
    assert figures["p90"] == datetime.timedelta(hours=96)
    assert request_stats.for_period(*annual.period(YEAR + 1))["total"] == 0  # not the resubmission's year


def test_the_report_page_shows_the_median_from_the_first_filing(five_requests):
    crew, _made = five_requests
    response = logged_in(crew.webmaster).get(reverse("govstandard_monitoring:annual"), {"year": YEAR})
    assert response.status_code == 200
    report = response.context["report"]
    assert report.requests["median"] == datetime.timedelta(hours=72)
    assert request_stats.format_duration(report.requests["median"]) in response.content.decode()


def test_the_migration_fills_the_first_filing_from_the_history(five_requests):
    """Migration 0006 on requests that had no such field: the earliest submitted_at of their history."""
    import importlib

    from django.apps import apps

    from wagtail_govstandard.models import PublicationRequest

    migration = importlib.import_module("wagtail_govstandard.migrations.0006_request_first_submitted_at")
    PublicationRequest.objects.update(first_submitted_at=RESUBMITTED + datetime.timedelta(days=30))
    migration.fill_first_submitted_at(apps, None)
    assert set(PublicationRequest.objects.values_list("first_submitted_at", flat=True)) == {FIRST_FILED}

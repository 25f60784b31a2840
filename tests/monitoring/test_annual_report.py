"""The annual monitoring report (MOIT 1, evidence 5): fiscal-year boundaries in Bangkok, the
request statistics, take-downs, items published, print view and export."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from wagtail.models import Page, Site

from wagtail_govstandard.content.dates import fiscal_year, local_today
from wagtail_govstandard.models import ExpiryAction
from wagtail_govstandard.monitoring import annual, request_stats

from .conftest import add_item, days, logged_in

BANGKOK = ZoneInfo("Asia/Bangkok")
URL = reverse("govstandard_monitoring:annual")
YEAR = fiscal_year(local_today()) - 1  # the last complete fiscal year
LAST_DAY = datetime.date(YEAR - 543, 9, 30)


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=BANGKOK)


def take_down_at(when, automatic):
    record = ExpiryAction.objects.create(page_title="x", action=ExpiryAction.TAKE_DOWN, automatic=automatic)
    ExpiryAction.objects.filter(pk=record.pk).update(at=when)


@pytest.mark.django_db
def test_take_downs_counted_by_fiscal_year_in_bangkok_time():
    take_down_at(at(LAST_DAY, 23, 59), automatic=True)   # 30 Sep 23:59 Bangkok = 16:59 UTC
    take_down_at(at(LAST_DAY + datetime.timedelta(days=1), 0, 0), automatic=False)  # 1 Oct: next year
    take_down_at(at(datetime.date(YEAR - 544, 10, 1), 0, 0), automatic=False)  # first minute of YEAR
    take_down_at(at(datetime.date(YEAR - 544, 9, 30), 23, 59), automatic=True)  # previous year
    assert annual.take_down_counts(*annual.period(YEAR)) == {"automatic": 1, "manual": 1, "total": 2}
    assert annual.take_down_counts(*annual.period(YEAR + 1))["manual"] == 1


@pytest.mark.django_db
def test_items_published_per_category_follow_the_same_boundaries(news_index):
    inside = add_item(news_index, "30 Sep", end=days(30))
    outside = add_item(news_index, "1 Oct", end=days(30))
    Page.objects.filter(pk=inside.pk).update(first_published_at=at(LAST_DAY, 23, 30))
    Page.objects.filter(pk=outside.pk).update(first_published_at=at(LAST_DAY + datetime.timedelta(days=1), 0, 30))
    site = Site.objects.get(is_default_site=True)
    counts = {c.code: n for c, n in annual.published_per_category(site, *annual.period(YEAR))}
    assert counts["news"] == 1


def row(status, hours=None, group=1, mode="written", confirmed=False, reasons=()):
    submitted = datetime.datetime(2025, 11, 1, 9, tzinfo=BANGKOK)
    return {
        "status": status, "work_group_id": group, "first_submitted_at": submitted,
        "published_at": submitted + datetime.timedelta(hours=hours) if hours is not None else None,
        "approval_mode": mode, "verbal_confirmed_at": submitted if confirmed else None,
        "rejection_reasons": list(reasons),
    }


def test_request_statistics_arithmetic():
    rows = [row("published", h) for h in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)]
    rows += [row("rejected", group=2, reasons=("unrelated", "file_format")), row("rejected", group=2, reasons=("other",)),
             row("approved", mode="verbal", confirmed=True), row("submitted", mode="verbal"),
             row("published", 48, mode="verbal")]
    result = request_stats.summarise(rows, {1: "Planning", 2: "Health promotion"})
    assert result["total"] == 15
    assert [(code, n) for code, _l, n in result["by_state"]] == [
        ("submitted", 1), ("approved", 1), ("rejected", 2), ("published", 11)]
    assert result["by_work_group"][0][0] == "Health promotion" and result["by_work_group"][0][2] == 2
    assert result["median"] == datetime.timedelta(hours=6)  # 1..10 and 48: the 6th of 11
    assert result["p90"] == datetime.timedelta(hours=10)  # nearest rank: ceil(0.9*11) = 10th
    assert {c: n for c, _l, n in result["rejections"]} == {
        "unrelated": 1, "file_format": 1, "incomplete": 0, "other": 1}
    assert (result["verbal_approvals"], result["verbal_confirmed"]) == (3, 1)
    assert request_stats.format_duration(datetime.timedelta(hours=50)) == "2 d 2 h"


def test_request_statistics_without_requests():
    result = request_stats.summarise([], {})
    assert result["median"] is None and result["total"] == 0


@pytest.mark.django_db
def test_report_page_says_when_there_is_no_request_register(home, webmaster, monkeypatch):
    monkeypatch.setattr(request_stats, "request_model", lambda: None)
    response = logged_in(webmaster).get(URL, {"year": YEAR})
    assert response.status_code == 200
    assert 'data-register="none"' in response.content.decode()
    assert response.context["report"].requests is None


@pytest.mark.django_db
def test_report_page_with_the_register_when_installed(home, webmaster):
    response = logged_in(webmaster).get(URL, {"year": YEAR})
    installed = request_stats.request_model() is not None
    assert ('data-section="requests"' in response.content.decode())
    assert (response.context["report"].requests is not None) == installed


@pytest.mark.django_db
def test_print_view_has_signature_blocks_for_webmasters_and_the_head(home, webmaster, webmaster2):
    take_down_at(at(LAST_DAY, 12), automatic=True)
    html = logged_in(webmaster).get(URL, {"year": YEAR, "print": 1}).content.decode()
    assert "@page { size: A4" in html
    assert "สมชาย ใจดี" in html and "(webmaster2)" in html
    assert html.count('data-signature="webmaster"') == 2 and html.count('data-signature="head"') == 1
    assert 'data-automatic="1" data-manual="0"' in html
    assert str(YEAR) in html


@pytest.mark.django_db
def test_export_and_bad_year(home, webmaster):
    client = logged_in(webmaster)
    response = client.get(URL, {"year": YEAR, "export": "csv"})
    body = b"".join(response.streaming_content).decode()
    assert str(YEAR) in body and len(body.splitlines()) > 30
    assert response["Content-Disposition"].endswith(f'monitoring-report-{YEAR}.csv"')
    assert client.get(URL, {"year": YEAR, "export": "xlsx"}).status_code == 200
    assert client.get(URL, {"year": "abc"}).status_code == 404
    assert client.get(URL, {"year": YEAR + 5}).status_code == 404


@pytest.mark.django_db
def test_completeness_at_year_end_reconstructs_what_was_shown(news_index):
    site = Site.objects.get(is_default_site=True)
    shown = add_item(news_index, "Shown then, ended since", end=LAST_DAY + datetime.timedelta(days=10))
    Page.objects.filter(pk=shown.pk).update(live=False, first_published_at=at(LAST_DAY, 8))
    later = add_item(news_index, "Published after", end=days(30))
    Page.objects.filter(pk=later.pk).update(first_published_at=at(LAST_DAY + datetime.timedelta(days=2), 8))
    from wagtail_govstandard.monitoring import completeness

    present = completeness.present_items(site, LAST_DAY)
    assert [p.title for p in present] == ["Shown then, ended since"]
    ExpiryAction.objects.create(page_id=shown.pk, page_title="x", action=ExpiryAction.TAKE_DOWN)
    ExpiryAction.objects.filter(page_id=shown.pk).update(at=at(LAST_DAY, 9))
    assert not completeness.present_items(site, LAST_DAY).exists()

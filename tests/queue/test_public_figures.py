"""The queue's figures outlive its tickets, and the public monthly figures answer the ITA's
"service statistics" item (O11): retention keeps each deleted day's figures (counts and times,
nothing personal), the admin report and /queue/statistics/ read them, a month's median is the
median of its tickets, months and fiscal years are in the reader's era, and O11 links the page
on a Site that runs the queue (and does not ask for it on one that does not)."""

import datetime
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Site

from wagtail_govstandard.content.dates import fiscal_year
from wagtail_govstandard.ita import completeness, loader
from wagtail_govstandard.queue import clock, figures, numbering, retention
from wagtail_govstandard.queue.models import DayFigures, Ticket

from .conftest import make_hospital_site, make_point

pytestmark = pytest.mark.django_db
BANGKOK_NOON = datetime.time(5, 0)  # 12:00 in Bangkok, in UTC


def serve(point, day, waits, service_minutes=3, priority="normal"):
    """Tickets of `point` on `day` (Bangkok), called after `waits` minutes each, then served."""
    base = datetime.datetime.combine(day, BANGKOK_NOON, tzinfo=datetime.UTC)
    for wait in waits:
        with mock.patch.object(clock, "now", return_value=base):
            ticket = numbering.issue(point, priority)
        called, started = base + datetime.timedelta(minutes=wait), base + datetime.timedelta(minutes=wait + 1)
        Ticket.objects.filter(pk=ticket.pk).update(
            state="done", called_at=called, last_called_at=called, started_at=started,
            finished_at=started + datetime.timedelta(minutes=service_minutes))


def page(client, **query):
    return client.get("/queue/statistics/", query)


def body_rows(response):
    """The table's rows as lists of cell texts."""
    import re

    tbody = response.content.decode().split("<tbody>")[1].split("</tbody>")[0]
    return [[re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<t[hd][^>]*>.*?</t[hd]>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", tbody, re.S)]


def test_retention_keeps_each_deleted_days_figures(hospital, settings):
    settings.WAGTAILGOVSTANDARD_QUEUE_RETENTION_DAYS = 30
    today = clock.today()
    old, young = today - datetime.timedelta(days=40), today - datetime.timedelta(days=10)
    serve(hospital.registration, old, [2, 4, 6, 8], priority="elderly")
    serve(hospital.screening, old, [1])
    serve(hospital.registration, young, [5])
    before = figures.rows([hospital.site.pk], old, today)
    months_before = figures.months([hospital.site.pk], old, today)
    assert retention.purge() == 5  # four visits at registration and one at screening, 40 days ago
    assert not Ticket.objects.filter(visit__day=old).exists()
    assert figures.rows([hospital.site.pk], old, today) == before
    assert figures.months([hospital.site.pk], old, today) == months_before
    kept = DayFigures.objects.get(point=hospital.registration, day=old)
    assert (kept.tickets, kept.served, kept.wait_seconds, kept.by_priority) == (4, 4, [120, 240, 360, 480],
                                                                                 {"elderly": 4})
    assert retention.purge() == 0 and DayFigures.objects.count() == 2


def test_a_months_median_is_of_its_tickets_not_of_its_days(hospital):
    first, second = datetime.date(2026, 11, 2), datetime.date(2026, 11, 3)
    serve(hospital.registration, first, [1, 2, 3])
    serve(hospital.registration, second, [10])
    (month,) = figures.months([hospital.site.pk], first, second)
    assert (month["day"], month["tickets"], month["wait_median"]) == (datetime.date(2026, 11, 1), 4, 2.5)
    assert [row["wait_median"] for row in figures.rows([hospital.site.pk], first, second)] == [2.0, 10.0]


@pytest.mark.parametrize("language, october, september", [("th", "ต.ค. 2569", "ก.ย. 2569"),
                                                           ("en", "Oct 2026", "Sep 2026")])
def test_the_public_page_shows_the_fiscal_years_months_in_the_readers_era(client, hospital, language, october,
                                                                          september):
    """FY 2570 runs 1 Oct 2026 - 30 Sep 2027; 30 Sep 2026 belongs to FY 2569."""
    serve(hospital.registration, datetime.date(2026, 9, 30), [4])
    serve(hospital.registration, datetime.date(2026, 10, 1), [2, 6])
    headers = {"Accept-Language": language}
    with mock.patch.object(clock, "today", return_value=datetime.date(2026, 12, 7)):
        this_year = client.get("/queue/statistics/", headers=headers)
        last_year = client.get("/queue/statistics/", {"year": 2569}, headers=headers)
    assert body_rows(this_year) == [[october, "จุด registration" if language == "th" else "Point registration",
                                     "2", "2", "4.0", "6.0", "3.0", "0"]]
    assert [row[0] for row in body_rows(last_year)] == [september]
    html = this_year.content.decode()
    assert ("2570" in html) and "?year=2569" in html and "?year=2570" not in html
    assert ("ปีงบประมาณ" in html) == (language == "th")


API = "/api/v3/govstandard/queue/statistics/"


def test_the_api_gives_the_same_months_as_json(client, hospital):
    serve(hospital.registration, datetime.date(2026, 10, 1), [2, 6], priority="monk")
    serve(hospital.screening, datetime.date(2026, 11, 3), [1])
    with mock.patch.object(clock, "today", return_value=datetime.date(2026, 12, 7)):
        body = client.get(API).json()
    assert (body["fiscal_year"], body["fiscal_years"]) == (2570, [2570])
    assert [(m["month"], m["point"]["code"], m["tickets"], m["wait_median_minutes"], m["wait_p90_minutes"],
             m["service_median_minutes"], m["by_priority"]["monk"]) for m in body["months"]] == [
        ("2026-10", "registration", 2, 4.0, 6.0, 3.0, 2), ("2026-11", "screening", 1, 1.0, 1.0, 3.0, 0)]


@pytest.mark.parametrize("route", ["/queue/statistics/", API])
@pytest.mark.parametrize("year", ["2568", "2571", "abc", "0", "99999999999999999999", "2570\x00", "-2570", "٢٥٧٠",
                                  "2570.0", " 2570"])
def test_a_year_without_figures_or_not_a_year_is_404(client, hospital, route, year):
    serve(hospital.registration, datetime.date(2026, 10, 1), [2])
    with mock.patch.object(clock, "today", return_value=datetime.date(2026, 12, 7)):
        assert client.get(route).status_code == 200
        assert client.get(route, {"year": year}).status_code == 404
        assert client.get(route, {"year": "2570"}).status_code == 200


def test_each_site_shows_its_own_points_only(client, hospital):
    other = make_hospital_site("other.localhost", "โรงพยาบาลอื่น")
    serve(make_point(other, "other-registration", "Z"), clock.today(), [3])
    serve(hospital.registration, clock.today(), [1])
    assert [row[1] for row in body_rows(page(client))] == ["Point registration"]
    assert [row[1] for row in body_rows(client.get("/queue/statistics/", headers={"Host": "other.localhost"}))] \
        == ["Point other-registration"]


def test_the_page_makes_the_same_queries_for_three_days_or_thirty(client, hospital):
    today = clock.today()
    page(client)  # the site's one-time lookups (root paths, locales, menus) are not the page's

    def queries_with(days):
        for back in range(days):
            serve(hospital.registration, today - datetime.timedelta(days=back), [2])
        DayFigures.objects.bulk_create([DayFigures(point=hospital.registration, tickets=1, served=1, no_shows=0,
                                                   day=today - datetime.timedelta(days=400 + back))
                                        for back in range(days)])
        cache.clear()  # the figures are remembered for ten minutes: count the queries that make them
        with CaptureQueriesContext(connection) as queries:
            assert page(client).status_code == 200
        Ticket.objects.all().delete()
        DayFigures.objects.all().delete()
        return len(queries)

    assert queries_with(3) == queries_with(30)


def o11_answers(site, year):
    report = completeness.build(loader.get("nacc_oit_2568"), site, year=year, request=None)
    (item,) = [row for row in report.items if row.item.code == "O11"]
    return [answer for evidence in item.evidence for answer in evidence.answers]


def test_ita_o11_links_the_queue_figures_of_a_site_that_runs_the_queue(hospital):
    serve(hospital.registration, clock.today(), [2])
    this_year = fiscal_year(clock.today())
    with translation.override("en"):
        answers = o11_answers(hospital.site, this_year)
    links = [link for answer in answers for link in answer.links if "/queue/statistics/" in link.url]
    assert [(link.kind, link.url.split("/", 3)[3]) for link in links] == [
        ("generated", f"queue/statistics/?year={this_year}")]
    before = [answer.status for answer in o11_answers(hospital.site, this_year - 1)]
    assert before[-1] == completeness.NOT_APPLICABLE  # no ticket in that fiscal year


def test_ita_o11_does_not_ask_a_site_without_a_queue_for_its_figures(db):
    from tests.utils import make_home

    make_home()
    site = Site.objects.get(is_default_site=True)
    assert [answer.status for answer in o11_answers(site, 2570)][-1] == completeness.NOT_APPLICABLE

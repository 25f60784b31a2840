"""Counting rules of server-rendered page views: who counts, uniques, the salt, no raw IP, errors."""

import datetime
from unittest import mock

import pytest
from django.apps import apps
from django.core.cache import cache
from django.db import OperationalError

from tests.statistics.utils import BROWSER, clean_visits, page_templates  # noqa: F401
from tests.utils import make_content, make_index, make_user
from wagtail_govstandard import roles
from wagtail_govstandard.models import (
    DailyPageVisits,
    DailySalt,
    DailyVisits,
    StatisticsPage,
    VisitorSeen,
)
from wagtail_govstandard.statistics.visits import buffer, identity

IP = "203.0.113.77"
OTHER_BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0"


@pytest.fixture
def page(home, clean_visits, page_templates):
    cache.clear()
    index = make_index(home, "statistics")
    return make_content(index, StatisticsPage, title="สถิติ")


def visit(client, page, agent=BROWSER, **headers):
    return client.get(page.url, HTTP_USER_AGENT=agent, REMOTE_ADDR=IP, **headers)


def totals():
    buffer.flush()
    site = DailyVisits.objects.first()
    return (site.views, site.visitors) if site else (0, 0)


def test_a_page_view_is_counted_once_per_view_and_once_per_visitor(client, page):
    assert visit(client, page).status_code == 200
    visit(client, page)
    visit(client, page, agent=OTHER_BROWSER)
    assert totals() == (3, 2)
    page_row = DailyPageVisits.objects.get(page=page)
    assert (page_row.views, page_row.visitors) == (3, 2)


@pytest.mark.parametrize("agent", [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0)", "curl/8.5.0", "python-requests/2.31", "",
])
def test_bots_are_not_counted(client, page, agent):
    assert visit(client, page, agent=agent).status_code == 200
    assert totals() == (0, 0)


@pytest.mark.parametrize("header", ["HTTP_DNT", "HTTP_SEC_GPC"])
def test_do_not_track_and_gpc_are_honoured_when_the_setting_says_so(client, page, settings, header):
    visit(client, page, **{header: "1"})
    assert totals() == (0, 0)
    settings.WAGTAILGOVSTANDARD_VISITS_RESPECT_DNT = False
    visit(client, page, **{header: "1"})
    assert totals() == (1, 1)


def test_admin_users_are_not_counted_but_other_signed_in_people_are(client, page):
    client.force_login(make_user("boss", superuser=True))
    visit(client, page)
    client.force_login(make_user("webmaster", groups=[roles.WEBMASTER]))
    from wagtail_govstandard.statistics.setup import grant_statistics_permissions

    grant_statistics_permissions()  # webmasters get admin access
    visit(client, page)
    assert totals() == (0, 0)
    client.force_login(make_user("citizen"))
    visit(client, page)
    assert totals() == (1, 1)


def test_previews_errors_and_non_get_are_not_counted(client, page):
    page.make_preview_request()
    assert client.get(page.url + "missing/", HTTP_USER_AGENT=BROWSER).status_code == 404
    client.post(page.url, HTTP_USER_AGENT=BROWSER)
    client.head(page.url, HTTP_USER_AGENT=BROWSER)
    assert totals() == (0, 0)


def test_counting_switched_off_counts_nothing(client, page, settings):
    settings.WAGTAILGOVSTANDARD_VISITS_ENABLED = False
    visit(client, page)
    assert totals() == (0, 0)


def test_uniques_restart_with_the_daily_salt_and_old_salts_and_hashes_are_deleted(client, page):
    day1, day2 = datetime.date(2026, 3, 1), datetime.date(2026, 3, 2)
    with mock.patch("wagtail_govstandard.statistics.visits.options.local_today", return_value=day1):
        visit(client, page)
        visit(client, page)
    buffer.flush()
    salt1 = DailySalt.objects.get(day=day1).salt
    hash1 = VisitorSeen.objects.filter(day=day1).values_list("visitor_hash", flat=True).first()
    with mock.patch("wagtail_govstandard.statistics.visits.options.local_today", return_value=day2):
        visit(client, page)
    buffer.flush()
    rows = {r.day: (r.views, r.visitors) for r in DailyVisits.objects.all()}
    assert rows == {day1: (2, 1), day2: (1, 1)}
    assert list(DailySalt.objects.values_list("day", flat=True)) == [day2]
    assert DailySalt.objects.get().salt != salt1
    assert not VisitorSeen.objects.filter(day=day1).exists()
    assert hash1 not in set(VisitorSeen.objects.values_list("visitor_hash", flat=True))
    identity.purge_expired(datetime.date(2026, 3, 3))
    assert not DailySalt.objects.exists() and not VisitorSeen.objects.exists()
    assert DailyVisits.objects.get(day=day2).visitors == 1


def test_no_raw_ip_address_is_stored_anywhere(client, page):
    visit(client, page)
    client.post("/api/v3/govstandard/visits/", {"page_id": page.pk}, content_type="application/json",
                HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=IP)
    buffer.flush()
    assert VisitorSeen.objects.exists()
    app = apps.get_app_config("wagtail_govstandard")
    for model in app.get_models():
        for row in model.objects.values_list():
            assert not any(IP in str(value) for value in row), (model, row)


def test_a_database_error_while_counting_never_breaks_the_page_and_loses_nothing(client, page, caplog):
    with mock.patch("wagtail_govstandard.statistics.visits.store.apply", side_effect=OperationalError("db down")):
        assert visit(client, page).status_code == 200
        assert buffer.flush() == 0
    assert "Could not write 1 visits" in caplog.text
    assert totals() == (1, 1)


def test_a_salt_error_is_logged_and_the_page_still_served(client, page, caplog):
    identity.forget_cached_salts()
    with mock.patch("wagtail_govstandard.statistics.visits.identity._load_or_create_salt",
                    side_effect=OperationalError("db down")):
        assert visit(client, page).status_code == 200
    assert "Could not count a visit" in caplog.text
    assert totals() == (0, 0)


def test_the_page_does_not_write_to_the_database_while_counting(client, page, django_assert_max_num_queries):
    visit(client, page)  # the day's salt is made by the first view
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        visit(client, page)
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))
              and "visit" in q["sql"].lower()]
    assert writes == []
    assert buffer.get_buffer().pending() == 2

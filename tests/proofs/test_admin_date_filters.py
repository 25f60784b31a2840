"""Every admin report filtered by dates takes them as the reader writes them: B.E. dd/mm/yyyy in
Thai, C.E. in English, ISO as before; the range chosen is shown back in the same calendar. The
queue report and the visit report had browsers' Gregorian date pickers. An unreadable or far-off
date falls back to the report's usual range, never a server error (a year 1 end date made the
visit report's range arithmetic overflow). No admin page of the package shows a Thai reader a
record's date in C.E. (the registers showed "17 มีนาคม 2023", a Thai month with a C.E. year), nor
offers Wagtail's Gregorian date-time picker (the alert banner's span)."""

import datetime
import re
import zoneinfo

import pytest
from django.apps import apps
from django.db import models
from django.test import Client
from django.urls import reverse

from tests.proofs.test_permission_matrix import ADMIN_ARGS, World, admin_routes
from tests.utils import prefer_language
from wagtail_govstandard.content.dates import local_today
from wagtail_govstandard.monitoring.models import ExpiryAction, LoginRecord
from wagtail_govstandard.statistics.visits.models import VisitCounter

REPORTS = ["govstandard_queue_admin:report", "wagtail_govstandard_visit_report"]
BAD_DATES = ["31/02/2569", "01/13/2569", "\x00", "01/11/2569\x00", "0001-01-01", "01/01/0001", "9999-12-31",
             "31/12/9999", "99999999999999999999", "1/1/" + "9" * 5000, "tomorrow"]
# The browser's date input and Wagtail's calendars (AdminDateInput, AdminDateTimeInput): all know only C.E.
GREGORIAN_PICKERS = [b'type="date"', b"initDateChooser(", b"initDateTimeChooser("]
BANGKOK = zoneinfo.ZoneInfo("Asia/Bangkok")
PLANTED = datetime.datetime(2023, 3, 17, 10, 5, tzinfo=BANGKOK)  # B.E. 2566


def webmaster_client(language, world=None):
    world = world or World()
    prefer_language(world.webmaster, language)
    client = Client(raise_request_exception=False)
    client.force_login(world.webmaster)
    return client


def shown(today, language):
    year = today.year + (543 if language == "th" else 0)
    return f'value="{today.day:02d}/{today.month:02d}/{year}"'


@pytest.mark.django_db
@pytest.mark.parametrize("route", REPORTS)
@pytest.mark.parametrize(("language", "typed", "back"), [
    ("th", "01/11/2569", "01/11/2569"), ("th", "2026-11-01", "01/11/2569"), ("th", "01/11/2026", "01/11/2569"),
    ("en", "01/11/2569", "01/11/2026"), ("en", "2026-11-01", "01/11/2026"),
])
def test_the_range_is_typed_and_shown_in_the_readers_calendar(route, language, typed, back):
    client = webmaster_client(language)
    response = client.get(reverse(route), {"start": typed, "end": "15/11/2569"})
    html = response.content.decode()
    assert response.status_code == 200
    assert f'value="{back}"' in html
    assert 'value="15/11/2569"' in html if language == "th" else 'value="15/11/2026"' in html
    assert 'type="date"' not in html


@pytest.mark.django_db
@pytest.mark.parametrize("route", REPORTS)
def test_an_unreadable_or_far_off_date_gives_the_usual_range(route):
    client = webmaster_client("th")
    today = local_today()
    for bad in BAD_DATES:
        for name in ("start", "end"):
            response = client.get(reverse(route), {name: bad})
            assert response.status_code == 200, (name, bad, response.status_code)
            assert shown(today, "th") in response.content.decode(), (name, bad)


@pytest.mark.django_db
def test_no_admin_page_of_the_package_offers_a_gregorian_date_picker():
    world = World()
    client = webmaster_client("th", world)
    pickers = []
    for name, route in sorted(admin_routes().items()):
        if "<" in route and name not in ADMIN_ARGS:
            continue
        url = reverse(name, kwargs=ADMIN_ARGS[name](world) if name in ADMIN_ARGS else None)
        response = client.get(url)
        html = b"" if response.streaming else response.content  # the printed forms are PDFs
        if response.status_code == 200 and any(picker in html for picker in GREGORIAN_PICKERS):
            pickers.append(name)
    assert pickers == [], "\n".join(pickers)


def plant_dates_everywhere(world):
    """Every date and date-time of every record of the package's models set to PLANTED, with a
    register row of each kind to show them."""
    LoginRecord.objects.create(username="planted", success=True)
    ExpiryAction.objects.create(page=world.item, page_title="planted", action=ExpiryAction.EXTEND,
                                old_date=PLANTED.date(), new_date=PLANTED.date())
    planted = 0
    for model in apps.get_models():
        if model.__module__.startswith("wagtail_govstandard."):
            for field in model._meta.concrete_fields:
                if isinstance(field, models.DateField):
                    value = PLANTED if isinstance(field, models.DateTimeField) else PLANTED.date()
                    planted += model.objects.update(**{field.name: value})
    return planted


def visible_text(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.mark.django_db
def test_no_admin_page_of_the_package_shows_a_thai_reader_a_gregorian_date():
    """Visible text and tooltips of every package admin page, with every record's dates planted in
    C.E. 2023 (B.E. 2566): the year 2023 appears nowhere."""
    world = World()
    assert plant_dates_everywhere(world) >= 10
    client = webmaster_client("th", world)
    gregorian = []
    for name, route in sorted(admin_routes().items()):
        if "<" in route and name not in ADMIN_ARGS:
            continue
        response = client.get(reverse(name, kwargs=ADMIN_ARGS[name](world) if name in ADMIN_ARGS else None))
        if response.status_code != 200 or response.streaming:
            continue
        html = response.content.decode()
        shown = visible_text(html) + " ".join(re.findall(r'(?:title|tooltip-content-value|value)="([^"]*)"', html))
        if "2023" in shown:
            at = shown.index("2023")
            gregorian.append(f"{name}: …{shown[max(0, at - 60):at + 10]}…")
    assert gregorian == [], "\n".join(gregorian)


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "at", "day"), [("th", "17 มี.ค. 2566 10:05 น.", "17 มี.ค. 2566"),
                                                      ("en", "17 Mar 2023 10:05", "17 Mar 2023")])
def test_the_registers_show_when_in_bangkok_time_in_the_readers_calendar(language, at, day):
    world = World()
    plant_dates_everywhere(world)
    client = webmaster_client(language, world)
    for route in ("govstandard_monitoring:actions", "govstandard_monitoring:logins"):
        text = visible_text(client.get(reverse(route)).content.decode())
        assert at in text, route
    actions = visible_text(client.get(reverse("govstandard_monitoring:actions")).content.decode())
    assert actions.count(day) >= 3  # when, and the publication end before and after
    export = client.get(reverse("govstandard_monitoring:actions"), {"export": "csv"})
    assert b"2023-03-17" in b"".join(export.streaming_content)  # exports keep ISO


@pytest.mark.django_db
def test_an_alert_banners_span_is_set_and_listed_in_bangkok_time_in_the_readers_calendar():
    world = World()
    client = webmaster_client("th", world)
    edit = reverse("wagtailsnippets_wagtail_govstandard_alertbanner:edit", args=[world.alert.pk])
    data = {"message": "ปิดปรับปรุงระบบ", "level": world.alert.level, "starts_at": "17/03/2566 10:05",
            "ends_at": "18/03/2566 06:00", "path_pattern": world.alert.path_pattern}
    response = client.post(edit, data)
    assert response.status_code == 302, response.context["form"].errors
    world.alert.refresh_from_db()
    assert (world.alert.starts_at, world.alert.ends_at) == (PLANTED, datetime.datetime(2023, 3, 18, 6, 0, tzinfo=BANGKOK))
    assert 'value="17/03/2566 10:05"' in client.get(edit).content.decode()
    listing = visible_text(client.get(reverse("wagtailsnippets_wagtail_govstandard_alertbanner:list")).content.decode())
    assert "17 มี.ค. 2566 10:05 น." in listing and "18 มี.ค. 2566 06:00 น." in listing
    response = client.post(edit, {**data, "ends_at": "31/02/2566 06:00"})
    assert response.status_code == 200 and response.context["form"].errors["ends_at"]
    world.alert.refresh_from_db()
    assert world.alert.ends_at == datetime.datetime(2023, 3, 18, 6, 0, tzinfo=BANGKOK)



@pytest.mark.django_db
@pytest.mark.parametrize(("language", "start", "end"), [("th", "01/11/2569", "10/11/2569"),
                                                        ("en", "01/11/2026", "10/11/2026")])
def test_the_sign_in_register_filters_by_bangkok_days_typed_in_the_readers_calendar(language, start, end):
    client = webmaster_client(language)
    for name, at in (("before", datetime.datetime(2026, 10, 31, 23, 59, tzinfo=BANGKOK)),
                     ("inside", datetime.datetime(2026, 11, 10, 23, 30, tzinfo=BANGKOK)),
                     ("after", datetime.datetime(2026, 11, 11, 0, 30, tzinfo=BANGKOK))):
        record = LoginRecord.objects.create(username=f"user-{name}", success=False)
        LoginRecord.objects.filter(pk=record.pk).update(at=at)
    html = client.get(reverse("govstandard_monitoring:logins"), {"at_from": start, "at_to": end}).content.decode()
    assert "user-inside" in html and "user-before" not in html and "user-after" not in html
    assert f'value="{start}"' in html and f'value="{end}"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("route", ["govstandard_monitoring:logins", "govstandard_monitoring:actions"])
def test_a_bad_range_in_a_register_is_refused_without_a_server_error(route):
    client = webmaster_client("th")
    for bad in BAD_DATES:
        for name in ("at_from", "at_to"):
            response = client.get(reverse(route), {name: bad})
            assert response.status_code == 200, (name, bad, response.status_code)


@pytest.mark.django_db
def test_a_snippets_date_field_and_history_filter_take_buddhist_era_dates():
    world = World()
    client = webmaster_client("th", world)
    counter = VisitCounter.objects.create(name="Footer", since=datetime.date(2026, 10, 1))
    edit = reverse("wagtailsnippets_wagtail_govstandard_visitcounter:edit", args=[counter.pk])
    assert 'value="01/10/2569"' in client.get(edit).content.decode()
    data = {"name": "Footer", "heading": "สถิติผู้เข้าชม", "since": "15/10/2569", "site_wide": "on"}
    assert client.post(edit, data).status_code == 302
    counter.refresh_from_db()
    assert counter.since == datetime.date(2026, 10, 15)
    history = reverse("wagtailsnippets_wagtail_govstandard_visitcounter:history", args=[counter.pk])
    response = client.get(history, {"timestamp_from": "01/10/2569", "timestamp_to": "31/12/2569"})
    assert response.status_code == 200 and 'value="01/10/2569"' in response.content.decode()

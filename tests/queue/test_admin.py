"""The queue in the Wagtail admin: the console of a counter (scoped to the staff's points), the
staff issue form, the statistics report with CSV and XLSX, retention."""

import datetime
import io
from unittest import mock

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.urls import reverse

from tests.utils import make_user, prefer_language
from wagtail_govstandard import roles
from wagtail_govstandard.queue import calling, clock, figures, numbering, retention
from wagtail_govstandard.queue.models import DayCounter, Ticket, TicketEvent, Visit

from .conftest import counter


@pytest.fixture(autouse=True)
def no_debounce(settings):
    settings.WAGTAILGOVSTANDARD_QUEUE_CALL_DEBOUNCE_SECONDS = 0


def console(point, number=1):
    return reverse("govstandard_queue_admin:console", args=[counter(point, number).pk])


def test_the_clerk_calls_starts_and_sends_on_from_the_console(client, hospital):
    numbering.issue(hospital.registration)
    numbering.issue(hospital.registration, "elderly")
    client.force_login(hospital.clerk)
    index = client.get(reverse("govstandard_queue_admin:index")).content.decode()
    assert 'data-point="registration"' in index and 'data-point="pharmacy"' not in index
    response = client.post(console(hospital.registration), {"action": "call_next"}, follow=True)
    html = response.content.decode()
    assert "Called A002." in html and 'data-ticket="A002"' in html  # the elderly patient first
    ticket = Ticket.objects.get(state="called")
    client.post(console(hospital.registration), {"action": "start", "ticket": ticket.pk})
    client.post(console(hospital.registration), {"action": "transfer", "ticket": ticket.pk,
                                                  "to_point": hospital.screening.pk})
    assert Ticket.objects.get(pk=ticket.pk).state == "transferred"
    assert Ticket.objects.get(visit=ticket.visit, point=hospital.screening).state == "waiting"
    actors = set(TicketEvent.objects.filter(ticket=ticket).exclude(action="issued").values_list("actor__username", flat=True))
    assert actors == {"clerk"}


def test_a_wrong_state_shows_a_message_and_changes_nothing(client, hospital):
    ticket = numbering.issue(hospital.registration)
    client.force_login(hospital.clerk)
    html = client.post(console(hospital.registration), {"action": "done", "ticket": ticket.pk}, follow=True).content.decode()
    assert "cannot be finished now" in html
    assert Ticket.objects.get(pk=ticket.pk).state == "waiting"


def test_staff_cannot_reach_another_points_console_or_tickets(client, hospital):
    ticket = numbering.issue(hospital.pharmacy)
    client.force_login(hospital.clerk)
    assert client.get(console(hospital.pharmacy)).status_code == 404
    assert client.post(console(hospital.pharmacy), {"action": "call_next"}).status_code == 404
    # a pharmacy ticket posted to the clerk's own console is not found there
    client.post(console(hospital.registration), {"action": "cancel", "ticket": ticket.pk})
    assert Ticket.objects.get(pk=ticket.pk).state == "waiting"
    for forged in ("abc", "9" * 40, "-1"):
        assert client.post(console(hospital.registration), {"action": "cancel", "ticket": forged}).status_code == 302


def test_the_staff_issue_form_prints_a_ticket(client, hospital):
    client.force_login(hospital.clerk)
    form = client.get(reverse("govstandard_queue_admin:issue")).content.decode()
    assert "Point registration" in form and "Point pharmacy" not in form
    response = client.post(reverse("govstandard_queue_admin:issue"), {"point": hospital.registration.pk,
                                                                       "priority": "pregnant"})
    assert response.status_code == 200 and "<svg" in response.content.decode()
    visit = Visit.objects.get()
    assert (visit.display, visit.channel, visit.issued_by) == ("A001", "staff", hospital.clerk)
    refused = client.post(reverse("govstandard_queue_admin:issue"), {"point": hospital.pharmacy.pk, "priority": "normal"})
    assert refused.status_code == 200 and Visit.objects.count() == 1


def served_day(hospital):
    """Four tickets at registration: waits 2, 4, 6 and 8 minutes; services 1, 3 minutes; one no-show."""
    base = datetime.datetime(2026, 11, 30, 2, 0, tzinfo=datetime.UTC)
    made = []
    for priority in ["normal", "elderly", "normal", "monk"]:
        with mock.patch.object(clock, "now", return_value=base):
            made.append(numbering.issue(hospital.registration, priority))
    for n, ticket in enumerate(made):
        called = base + datetime.timedelta(minutes=2 * (n + 1))
        Ticket.objects.filter(pk=ticket.pk).update(state="called", called_at=called, last_called_at=called)
    for n, ticket in enumerate(made[:2]):
        start = base + datetime.timedelta(minutes=10)
        Ticket.objects.filter(pk=ticket.pk).update(
            state="done", started_at=start, finished_at=start + datetime.timedelta(minutes=1 + 2 * n))
    Ticket.objects.filter(pk=made[2].pk).update(state="cancelled")
    return base.date()


def test_the_statistics_per_point_and_day(hospital):
    day = served_day(hospital)
    (row,) = figures.rows([hospital.site.pk], day, day)
    assert (row["tickets"], row["served"], row["no_shows"]) == (4, 2, 1)
    assert (row["wait_median"], row["wait_p90"]) == (5.0, 8.0)
    assert (row["service_median"], row["service_p90"]) == (2.0, 3.0)
    assert row["by_priority"]["normal"] == 2 and row["by_priority"]["elderly"] == 1 and row["by_priority"]["monk"] == 1


def test_the_report_is_for_webmasters_with_csv_and_xlsx(client, hospital):
    day = served_day(hospital)
    url = reverse("govstandard_queue_admin:report") + f"?start={day}&end={day}"
    client.force_login(hospital.clerk)
    refused = client.get(url)  # Wagtail's answer to PermissionDenied: home, with an error
    assert (refused.status_code, refused["Location"]) == (302, reverse("wagtailadmin_home"))
    webmaster = make_user("wm", groups=[roles.WEBMASTER])
    webmaster.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(webmaster)
    html = client.get(url).content.decode()
    assert "Point registration" in html and "No-shows" in html
    csv = client.get(url + "&export=csv").content.decode("utf-8-sig").splitlines()
    assert csv[0].startswith("Day,Service point,Tickets,Served,Median wait (min)")
    assert csv[1].startswith(f"{day},Point registration,4,2,5.0,8.0,2.0,3.0,1")
    xlsx = client.get(url + "&export=xlsx")
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert [c.value for c in sheet[2]][:5] == [day.isoformat(), "Point registration", 4, 2, 5]
    assert client.get(reverse("govstandard_queue_admin:report") + "?start=not-a-date&end=2026-13-45").status_code == 200


def test_the_reports_days_are_in_the_readers_calendar_and_its_exports_iso(client, hospital):
    day = served_day(hospital)
    webmaster = make_user("wm", groups=[roles.WEBMASTER])
    webmaster.user_permissions.add(Permission.objects.get(codename="access_admin"))
    prefer_language(webmaster, "th")
    client.force_login(webmaster)
    url, typed = reverse("govstandard_queue_admin:report"), f"{day.day:02d}/{day.month:02d}/{day.year + 543}"
    body = client.get(url, {"start": typed, "end": typed}).content.decode().split("<tbody>")[1]
    assert "2569" in body and day.isoformat() not in body
    csv = client.get(url, {"start": typed, "end": typed, "export": "csv"}).content.decode("utf-8-sig").splitlines()
    assert csv[1].startswith(f"{day.isoformat()},")


def test_retention_deletes_old_visits_with_their_reference(hospital, settings):
    settings.WAGTAILGOVSTANDARD_QUEUE_RETENTION_DAYS = 30
    with mock.patch.object(clock, "now", return_value=clock.now() - datetime.timedelta(days=31)):
        old = numbering.issue(hospital.registration, reference="VN-OLD")
        calling.perform(old.pk, "cancel")
    with mock.patch.object(clock, "now", return_value=clock.now() - datetime.timedelta(days=29)):
        kept = numbering.issue(hospital.registration, reference="VN-KEPT")
    out = io.StringIO()
    call_command("govstandard_queue_purge", stdout=out)
    assert "Deleted 1 visit" in out.getvalue()
    assert list(Visit.objects.values_list("reference", flat=True)) == ["VN-KEPT"]
    assert not Ticket.objects.filter(pk=old.pk).exists() and not TicketEvent.objects.filter(ticket_id=old.pk).exists()
    assert Ticket.objects.filter(pk=kept.pk).exists()
    assert DayCounter.objects.count() == 1
    assert retention.purge() == 0


def test_the_rollover_command_closes_past_days(hospital):
    with mock.patch.object(clock, "now", return_value=clock.now() - datetime.timedelta(days=1)):
        ticket = numbering.issue(hospital.registration)
    out = io.StringIO()
    call_command("govstandard_queue_rollover", stdout=out)
    assert "Closed 1 ticket" in out.getvalue()
    assert Ticket.objects.get(pk=ticket.pk).state == "cancelled"


def test_every_view_of_today_starts_at_midnight_bangkok(client, hospital):
    """The console's index and page, the staff's API lists, the board and the status page's "now
    called" count today from 00:00 Bangkok by the tickets' own times: yesterday's tickets, still
    open (no rollover yet), show at 23:59 and are gone at 00:01, though both are 1 December in UTC."""
    from tests.utils import bearer
    from wagtail_govstandard.queue import board as board_state
    from wagtail_govstandard.queue import status

    def at(hour, minute):
        return mock.patch.object(clock, "now", return_value=datetime.datetime(2026, 12, 1, hour, minute,
                                                                              tzinfo=datetime.UTC))

    def shown():
        api, staff = "/api/v3/govstandard/queue", bearer(hospital.clerk)
        index = client.get(reverse("govstandard_queue_admin:index")).context["rows"]
        page = client.get(console(hospital.registration)).context["waiting"]
        points = client.get(api + "/points/", headers=staff).json()
        listed = client.get(api + "/tickets/", headers=staff).json()["count"]
        board = mock.Mock(points=mock.Mock(all=lambda: [hospital.registration]), recent_count=3, pk=0,
                          announce=False)
        with mock.patch.object(board_state, "site_id_of", return_value=hospital.registration.site_id):
            on_board = board_state.state(board)["points"][0]["waiting"]
        return ([n for point, n in index if point == hospital.registration], [t.visit.display for t in page],
                [p["waiting"] for p in points if p["code"] == "registration"], on_board, listed,
                status.now_called(hospital.registration))

    client.force_login(hospital.clerk)
    with at(16, 58):  # 23:58 Bangkok
        numbering.issue(hospital.registration)
        numbering.issue(hospital.registration)
        calling.call_next(counter(hospital.registration))
    with at(16, 59):
        assert shown() == ([1], ["A002"], [1], 1, 2, ["A001"])
    with at(17, 1):  # 00:01 Bangkok, 2 December
        assert shown() == ([0], [], [0], 0, 0, [])


def test_a_day_kept_under_an_earlier_priority_class_keeps_the_reports_columns_aligned(client, hospital):
    """Kept figures outlive the configuration: a class removed since (\"vip\") must not push the
    per-class columns out from under their headings in the report, the CSV or the XLSX."""
    from wagtail_govstandard.queue.models import DayFigures

    day = datetime.date(2026, 10, 5)
    DayFigures.objects.create(point=hospital.registration, day=day, tickets=4, served=4, no_shows=0,
                              by_priority={"vip": 3, "normal": 1}, wait_seconds=[60] * 4, service_seconds=[120] * 4)
    webmaster = make_user("wm", groups=[roles.WEBMASTER])
    webmaster.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(webmaster)
    url = reverse("govstandard_queue_admin:report") + f"?start={day}&end={day}"
    import csv as csv_module

    head, line = list(csv_module.reader(client.get(url + "&export=csv").content.decode("utf-8-sig").splitlines()))
    assert len(line) == len(head) and dict(zip(head, line))["General"] == "1"
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(client.get(url + "&export=xlsx").content)).active
    assert len([c for c in sheet[2] if c.value is not None]) == len([c for c in sheet[1] if c.value is not None])

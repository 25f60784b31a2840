"""The staff console keeps its lists current while it is open: console.js polls `?live=1` with the
ETag of the Site's queue version (304 while nothing changed, no query on the queue's tables) and
swaps the lists in, except while the nurse's focus is in them. Before it, a console opened at 08:00
still said "0 waiting" at 08:30 until someone reloaded it. The index of the user's points polls
the same way."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse, reverse_lazy

from tests.e2e.admin import login_as
from tests.e2e.conftest import chromium, new_page, site_url  # noqa: F401  (the browser fixtures)
from wagtail_govstandard.queue import calling, numbering
from wagtail_govstandard.queue.models import Ticket

from .conftest import build_hospital, counter

QUEUE_TABLES = ("govstandard_queue_ticket", "govstandard_queue_visit", "govstandard_queue_ticketevent")


@pytest.fixture(autouse=True)
def no_debounce(settings):
    settings.WAGTAILGOVSTANDARD_QUEUE_CALL_DEBOUNCE_SECONDS = 0


def live(point, number=1):
    return reverse("govstandard_queue_admin:console", args=[counter(point, number).pk]) + "?live=1"


def queue_queries(captured):
    return [q["sql"] for q in captured.captured_queries if any(t in q["sql"] for t in QUEUE_TABLES)]


def test_the_lists_answer_304_until_the_queue_changes_then_the_new_lists(client, hospital):
    numbering.issue(hospital.registration)
    client.force_login(hospital.clerk)
    page = client.get(reverse("govstandard_queue_admin:console", args=[counter(hospital.registration).pk]))
    tag = page["ETag"]
    assert f'data-etag="{tag}"' in page.content.decode().replace("&quot;", '"')

    with CaptureQueriesContext(connection) as captured:
        unchanged = client.get(live(hospital.registration), headers={"If-None-Match": tag})
    assert unchanged.status_code == 304 and unchanged.content == b"" and unchanged["ETag"] == tag
    assert queue_queries(captured) == []
    assert "private" in unchanged["Cache-Control"] and "no-cache" in unchanged["Cache-Control"]

    numbering.issue(hospital.registration, "elderly")  # anywhere on the Site: the version changes
    changed = client.get(live(hospital.registration), headers={"If-None-Match": tag})
    html = changed.content.decode()
    assert changed.status_code == 200 and changed["ETag"] != tag
    assert "<html" not in html and html.lstrip().startswith("<div data-console-live=")
    assert 'data-waiting-text="2 waiting"' in html
    assert html.index('data-ticket="A002"') < html.index('data-ticket="A001"')  # the calling order
    assert client.get(live(hospital.registration), headers={"If-None-Match": changed["ETag"]}).status_code == 304


def test_the_lists_carry_working_forms(client, hospital):
    """The swapped-in forms post like the page's own: a call made from them is recorded."""
    numbering.issue(hospital.registration)
    client.force_login(hospital.clerk)
    client.post(reverse("govstandard_queue_admin:console", args=[counter(hospital.registration).pk]),
                {"action": "call_next"})
    html = client.get(live(hospital.registration)).content.decode()
    assert 'name="csrfmiddlewaretoken"' in html and 'value="start"' in html and 'name="to_point"' in html


def test_the_polls_cost_the_same_for_a_short_or_long_line(client, hospital):
    """A 304 reads no queue table however long the line; the lists' answer makes the same queries
    for 3 or 30 waiting (the count comes from the list it renders)."""
    numbering.issue(hospital.registration)
    calling.call_next(counter(hospital.registration))  # one at the counter: its forms render too
    client.force_login(hospital.clerk)

    def polled(waiting):
        while Ticket.objects.filter(state=Ticket.WAITING).count() < waiting:
            numbering.issue(hospital.registration, "elderly" if Ticket.objects.count() % 3 else "normal")
        with CaptureQueriesContext(connection) as lists:
            response = client.get(live(hospital.registration))
        assert response.content.decode().count("<li data-ticket=") == waiting
        with CaptureQueriesContext(connection) as not_modified:
            assert client.get(live(hospital.registration), headers={"If-None-Match": response["ETag"]}).status_code == 304
        assert queue_queries(not_modified) == []
        return len(lists.captured_queries), len(not_modified.captured_queries)

    assert polled(3) == polled(30)


def test_another_points_staff_learn_nothing_from_the_lists(client, hospital):
    """The lists keep the console's rules (the route x role matrix in test_permissions.py has a
    `?live=1` line): another point's staff get 404 even with the current ETag, not a 304 that
    would tell them the line is unchanged."""
    numbering.issue(hospital.registration)
    client.force_login(hospital.clerk)
    tag = client.get(live(hospital.registration))["ETag"]
    client.force_login(hospital.pharmacist)
    for headers in ({}, {"If-None-Match": tag}):
        response = client.get(live(hospital.registration), headers=headers)
        assert response.status_code == 404 and b"A001" not in response.content and "ETag" not in response


INDEX = reverse_lazy("govstandard_queue_admin:index")


def waiting_cells(html):
    return dict(re.findall(r'<tr data-point="(\w+)">.*?<td>(\d+)</td>', html, re.DOTALL))


def test_the_index_of_points_answers_304_until_a_queue_or_the_users_points_change(client, hospital):
    """The index ("All my service points", with their waiting counts) polls like a console. Its tag
    names the user's points too: a point given to the user changes it, so the new row appears."""
    client.force_login(hospital.clerk)
    page = client.get(INDEX)
    tag = page["ETag"]
    html = page.content.decode()
    assert f'data-console-live="{INDEX}?live=1"' in html and waiting_cells(html) == {"registration": "0"}

    with CaptureQueriesContext(connection) as captured:
        unchanged = client.get(f"{INDEX}?live=1", headers={"If-None-Match": tag})
    assert unchanged.status_code == 304 and unchanged["ETag"] == tag and queue_queries(captured) == []
    assert "private" in unchanged["Cache-Control"] and "no-cache" in unchanged["Cache-Control"]

    numbering.issue(hospital.registration)
    changed = client.get(f"{INDEX}?live=1", headers={"If-None-Match": tag})
    html = changed.content.decode()
    assert changed.status_code == 200 and "<html" not in html and waiting_cells(html) == {"registration": "1"}

    hospital.pharmacy.staff.add(hospital.clerk)  # given the pharmacy too: no queue change, a new row
    given = client.get(f"{INDEX}?live=1", headers={"If-None-Match": changed["ETag"]})
    assert given.status_code == 200 and waiting_cells(given.content.decode()) == {"registration": "1", "pharmacy": "0"}


def test_another_users_index_tag_earns_their_own_points_not_a_304(client, hospital):
    numbering.issue(hospital.registration)
    client.force_login(hospital.clerk)
    tag = client.get(f"{INDEX}?live=1")["ETag"]
    client.force_login(hospital.pharmacist)
    response = client.get(f"{INDEX}?live=1", headers={"If-None-Match": tag})
    assert response.status_code == 200 and waiting_cells(response.content.decode()) == {"pharmacy": "0"}


def test_the_index_polls_cost_the_same_for_a_short_or_long_line(client, hospital):
    client.force_login(hospital.clerk)

    def polled(waiting):
        while Ticket.objects.filter(state=Ticket.WAITING).count() < waiting:
            numbering.issue(hospital.registration)
        with CaptureQueriesContext(connection) as lists:
            response = client.get(f"{INDEX}?live=1")
        assert waiting_cells(response.content.decode()) == {"registration": str(waiting)}
        with CaptureQueriesContext(connection) as not_modified:
            assert client.get(f"{INDEX}?live=1", headers={"If-None-Match": response["ETag"]}).status_code == 304
        return len(lists.captured_queries), len(not_modified.captured_queries)

    assert polled(3) == polled(30)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_open_index_shows_the_new_counts(new_page, site_url, settings):  # noqa: F811
    settings.WAGTAILGOVSTANDARD_QUEUE_CONSOLE_POLL_SECONDS = 1
    hospital = build_hospital()
    page = login_as(new_page("th"), site_url, hospital.clerk)
    page.goto(site_url + str(INDEX))
    page.evaluate("window.notReloaded = true")
    cell = page.locator('tr[data-point="registration"] td').first
    assert cell.inner_text() == "0"
    numbering.issue(hospital.registration)
    numbering.issue(hospital.registration)
    page.locator('tr[data-point="registration"] td:text-is("2")').wait_for(timeout=5000)
    assert page.evaluate("window.notReloaded") is True


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_open_console_shows_new_tickets_but_never_under_the_nurses_hand(new_page, site_url, settings):  # noqa: F811
    settings.WAGTAILGOVSTANDARD_QUEUE_CONSOLE_POLL_SECONDS = 1
    hospital = build_hospital()
    desk = counter(hospital.registration)
    numbering.issue(hospital.registration)
    calling.call_next(desk)  # A001 at the counter: its "send to" list is the nurse's hand
    page = login_as(new_page("th"), site_url, hospital.clerk)
    page.goto(site_url + reverse("govstandard_queue_admin:console", args=[desk.pk]))
    page.evaluate("window.notReloaded = true")
    count = page.locator("[data-waiting-count]")
    assert count.inner_text() == "รอ 0 คิว"

    numbering.issue(hospital.registration)
    page.locator('.queue-waiting-list [data-ticket="A002"]').wait_for(timeout=5000)
    assert count.inner_text() == "รอ 1 คิว"

    page.focus(f"#to-point-{Ticket.objects.get(visit__display='A001').pk}")  # choosing where to send A001
    numbering.issue(hospital.registration)
    page.wait_for_timeout(3500)  # three polls
    assert page.locator('[data-ticket="A003"]').count() == 0, "the lists changed under the nurse's hand"
    page.focus("button[value=call_next]")
    page.locator('.queue-waiting-list [data-ticket="A003"]').wait_for(timeout=5000)
    assert count.inner_text() == "รอ 2 คิว"

    page.route("**/*live=1*", lambda route: route.abort())
    lost = page.locator("[data-console-lost]")
    lost.wait_for(state="visible", timeout=5000)
    assert lost.inner_text() == "ขาดการเชื่อมต่อ รายการคิวอาจไม่เป็นปัจจุบัน กำลังลองใหม่…"
    page.unroute("**/*live=1*")
    lost.wait_for(state="hidden", timeout=5000)
    assert page.evaluate("window.notReloaded") is True

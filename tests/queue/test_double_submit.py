"""A form submitted twice issues once. A patient who taps "Print my ticket" again because the
printer is slow, a clerk who double-clicks "Issue and print": the browser drops the first answer
and shows the second, so before this the patient held A002 while A001 waited unclaimed (a phantom
in the line, a no-show in the figures). Every form that issues (the kiosk's, the staff's) now
carries a one-time key; its second submission shows the first ticket and takes no number. On
PostgreSQL, 8 submissions of one form at once make one visit; without the constraint, eight."""

import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from tests.utils import make_user
from wagtail_govstandard.queue import access, numbering
from wagtail_govstandard.queue.models import DayCounter, Ticket, TicketEvent, Visit
from wagtail_govstandard.queue.pages import KioskPage

from .conftest import build_hospital

ISSUE = reverse("govstandard_queue_admin:issue")
HOSTILE_KEYS = ["short", "x" * 33, "a" * 15 + "\x00", "ก" * 20, "a" * 20 + " ", "../" * 6, "a" * 10_000]


def written():
    return (Visit.objects.count(), Ticket.objects.count(), TicketEvent.objects.count(),
            list(DayCounter.objects.values_list("last_number", flat=True)))


def form_key(html):
    return re.search(r'name="form_key" value="([^"]+)"', html).group(1)


def kiosk(hospital):
    page = hospital.home.add_child(instance=KioskPage(title="รับบัตรคิว", slug="kiosk"))
    page.save_revision().publish()
    return page


def kiosk_screen(client, page):
    return client.get(f"{page.url}?device={page.device_key}").content.decode()


def kiosk_post(client, page, hospital, key, priority="normal"):
    return client.post(page.url, {"point": hospital.registration.pk, "priority": priority,
                                  "device": page.device_key, "form_key": key})


def issue_post(client, hospital, key, priority="normal"):
    return client.post(ISSUE, {"point": hospital.registration.pk, "priority": priority, "form_key": key})


def shown_number(response):
    return re.search(r'class="queue-ticket-number">([A-Z]\d+)<', response.content.decode()).group(1)


@pytest.mark.django_db
def test_a_second_tap_at_the_kiosk_prints_the_first_ticket(client, hospital):
    page = kiosk(hospital)
    key = form_key(kiosk_screen(client, page))
    first = kiosk_post(client, page, hospital, key)
    before = written()
    again = kiosk_post(client, page, hospital, key, priority="monk")  # whatever the second tap chose
    assert (first.status_code, again.status_code) == (200, 200)
    assert shown_number(first) == shown_number(again) == "A001"
    assert written() == before == (1, 1, 1, [1])  # no second visit, no number taken
    assert Visit.objects.get().priority == "normal"
    next_screen = kiosk_screen(client, page)
    assert form_key(next_screen) != key  # each start screen its own key
    assert shown_number(kiosk_post(client, page, hospital, form_key(next_screen))) == "A002"


@pytest.mark.django_db
def test_a_double_click_on_the_staff_form_prints_the_first_ticket(client, hospital):
    client.force_login(hospital.clerk)
    key = form_key(client.get(ISSUE).content.decode())
    first, again = issue_post(client, hospital, key), issue_post(client, hospital, key)
    assert shown_number(first) == shown_number(again) == "A001"
    assert written() == (1, 1, 1, [1])
    assert form_key(client.get(ISSUE).content.decode()) != key


@pytest.mark.django_db
def test_another_clerks_form_key_shows_nothing_of_their_ticket(client, hospital):
    client.force_login(hospital.clerk)
    key = form_key(client.get(ISSUE).content.decode())
    issue_post(client, hospital, key)
    colleague = make_user("colleague", groups=[access.STAFF])
    hospital.registration.staff.add(colleague)
    client.force_login(colleague)
    response = issue_post(client, hospital, key)
    assert response.status_code == 200 and "queue-ticket-number" not in response.content.decode()
    assert "This form has expired" in response.content.decode()
    assert written() == (1, 1, 1, [1])


@pytest.mark.django_db
def test_forms_from_before_keys_still_issue(client, hospital):
    """A kiosk screen loaded before the upgrade posts no key: it issues as it always did."""
    page = kiosk(hospital)
    assert shown_number(kiosk_post(client, page, hospital, "")) == "A001"
    assert shown_number(kiosk_post(client, page, hospital, "")) == "A002"


@pytest.mark.django_db
@pytest.mark.parametrize("key", HOSTILE_KEYS, ids=lambda k: repr(k[:12]))
def test_a_forged_key_is_refused_on_every_form_and_issues_nothing(client, hospital, key):
    page = kiosk(hospital)
    refused = kiosk_post(client, page, hospital, key)
    assert refused.status_code == 400 and "This form has expired" in refused.content.decode()
    assert form_key(refused.content.decode()) != key  # the screen offers a fresh form
    client.force_login(hospital.clerk)
    staff = issue_post(client, hospital, key)
    assert staff.status_code == 200 and "This form has expired" in staff.content.decode()
    with pytest.raises(numbering.ValidationError):
        numbering.issue(hospital.registration, form_key=key)
    assert written() == (0, 0, 0, [])


@pytest.mark.django_db
def test_the_same_key_on_another_day_or_site_is_a_new_visit(hospital):
    """The key is held to one visit per Site and day (a replay tomorrow is a new visit)."""
    import datetime
    from unittest import mock

    from wagtail_govstandard.queue import clock

    from .conftest import make_hospital_site, make_point

    key = numbering.new_form_key()
    numbering.issue(hospital.registration, form_key=key)
    other = make_point(make_hospital_site("other.localhost"), "registration", "R")
    assert numbering.issue(other, form_key=key).visit.display == "R001"
    with mock.patch.object(clock, "now", return_value=clock.now() + datetime.timedelta(days=1)):
        assert numbering.issue(hospital.registration, form_key=key).visit.display == "A001"
    assert Visit.objects.count() == 3


THREADS = 8


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency proofs run on PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_eight_submissions_of_one_kiosk_form_at_once_make_one_visit():
    hospital = build_hospital()
    page = kiosk(hospital)
    key = form_key(kiosk_screen(Client(), page))

    def tap(_n):
        try:
            return shown_number(kiosk_post(Client(), page, hospital, key))
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        shown = list(pool.map(tap, range(THREADS)))
    assert shown == ["A001"] * THREADS
    assert Visit.objects.count() == 1
    assert DayCounter.objects.get().last_number == 1  # the later taps took no number: no gap

"""At 00:00 Bangkok every screen that polls with an ETag gets the new day's answer, with no cron
and no issue or call yet. Before, the tag named the Site's queue version alone, which nothing
changes at midnight: a board polled at 23:58 kept showing the night's last call and line (304 on
every poll) until the first ticket of the morning, unless `govstandard_queue_rollover` ran at
00:00; a console the same. Swept over every route that answers 304 from the queue version."""

import datetime
from unittest import mock

import pytest
from django.urls import reverse

from wagtail_govstandard.queue import calling, clock, numbering
from wagtail_govstandard.queue.pages import BoardPage

from .conftest import counter

Q = "/api/v3/govstandard/queue"


@pytest.fixture(autouse=True)
def no_debounce(settings):
    settings.WAGTAILGOVSTANDARD_QUEUE_CALL_DEBOUNCE_SECONDS = 0


def at(hour, minute, day=1):
    moment = datetime.datetime(2026, 12, day, hour, minute, tzinfo=datetime.UTC)
    return mock.patch.object(clock, "now", return_value=moment)


def board_state(client, hospital):
    board = hospital.home.add_child(instance=BoardPage(title="จอเรียกคิว OPD", slug="board"))
    board.save_revision().publish()
    return f"{Q}/boards/{board.pk}/state/"


def console_lists(client, hospital):
    client.force_login(hospital.clerk)
    return reverse("govstandard_queue_admin:console", args=[counter(hospital.registration).pk]) + "?live=1"


def console_index(client, hospital):
    client.force_login(hospital.clerk)
    return reverse("govstandard_queue_admin:index") + "?live=1"


# Each route polled with an ETag, and what its answer shows of the night: A001 at the counter, or
# the one still waiting (A002) in the index's count.
POLLED = {"board state": (board_state, b'"now": "A001"'),
          "console lists": (console_lists, b'<strong style="font-size:2rem">A001'),
          "console index": (console_index, b"<td>1</td>")}


@pytest.mark.parametrize("route", POLLED)
def test_a_screen_polled_before_midnight_gets_the_new_day_after_it(client, hospital, route):
    polled, night_shows = POLLED[route]
    url = polled(client, hospital)
    with at(16, 58):  # 23:58 Bangkok, 1 December
        numbering.issue(hospital.registration)
        numbering.issue(hospital.registration)
        calling.call_next(counter(hospital.registration))
        night = client.get(url)
        assert client.get(url, headers={"If-None-Match": night["ETag"]}).status_code == 304
    assert night_shows in night.content

    with at(17, 1):  # 00:01 Bangkok, 2 December: nothing issued or called yet
        morning = client.get(url, headers={"If-None-Match": night["ETag"]})
        assert morning.status_code == 200, "the night's screen stayed on after midnight"
        assert night_shows not in morning.content and b"A001" not in morning.content
        assert morning["ETag"] != night["ETag"]
        assert client.get(url, headers={"If-None-Match": morning["ETag"]}).status_code == 304

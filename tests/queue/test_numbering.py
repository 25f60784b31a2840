"""Numbers run 1, 2, 3 ... per Site, service point and Bangkok day; the day rolls over at 00:00
Asia/Bangkok (17:00 UTC), closing yesterday's open tickets."""

import datetime
from unittest import mock

import pytest
from django.core.exceptions import ValidationError

from wagtail_govstandard.queue import calling, clock, numbering, rollover
from wagtail_govstandard.queue.models import Ticket, TicketEvent

from .conftest import counter, make_hospital_site, make_point

UTC = datetime.UTC


def at(*args):
    return mock.patch.object(clock, "now", return_value=datetime.datetime(*args, tzinfo=UTC))


def test_numbers_run_per_point_with_the_points_prefix(hospital):
    numbers = [numbering.issue(hospital.registration).visit.display for _ in range(3)]
    assert numbers == ["A001", "A002", "A003"]
    assert numbering.issue(hospital.screening).visit.display == "B001"


def test_every_site_has_its_own_numbers(hospital):
    other = make_point(make_hospital_site("other.localhost", "อีกแห่ง"), "registration", "A")
    numbering.issue(hospital.registration)
    assert numbering.issue(other).visit.display == "A001"


def test_the_day_rolls_over_at_midnight_bangkok_not_utc(hospital):
    with at(2026, 12, 1, 16, 59):  # 23:59 in Bangkok
        first = numbering.issue(hospital.registration)
        numbering.issue(hospital.registration)
    with at(2026, 12, 1, 17, 1):  # 00:01 the next day in Bangkok, still 1 December in UTC
        fresh = numbering.issue(hospital.registration)
    assert (first.visit.day, fresh.visit.day) == (datetime.date(2026, 12, 1), datetime.date(2026, 12, 2))
    assert fresh.visit.display == "A001"


def test_yesterdays_open_tickets_close_themselves(hospital):
    with at(2026, 12, 1, 10, 0):
        waiting = numbering.issue(hospital.registration)
        serving = numbering.issue(hospital.registration, priority="elderly")
        called = calling.call_next(counter(hospital.registration))
        assert called == serving  # priority first
        calling.perform(serving.pk, "start")
        done_before = numbering.issue(hospital.screening)
        calling.perform(calling.call_next(counter(hospital.screening)).pk, "start")
        calling.perform(done_before.pk, "done")
    with at(2026, 12, 1, 17, 0):  # 00:00 Bangkok
        numbering.issue(hospital.registration)
    waiting.refresh_from_db(), serving.refresh_from_db(), done_before.refresh_from_db()
    assert (waiting.state, serving.state, done_before.state) == (Ticket.CANCELLED, Ticket.DONE, Ticket.DONE)
    closing = TicketEvent.objects.filter(action="day_closed")
    assert sorted(closing.values_list("ticket_id", "from_state", "to_state")) == sorted([
        (waiting.pk, Ticket.WAITING, Ticket.CANCELLED), (serving.pk, Ticket.SERVING, Ticket.DONE)])


def test_rollover_of_one_site_leaves_another_site_alone(hospital):
    other = make_point(make_hospital_site("other.localhost", "อีกแห่ง"), "registration", "A")
    with at(2026, 12, 1, 10, 0):
        mine, theirs = numbering.issue(hospital.registration), numbering.issue(other)
    with at(2026, 12, 2, 3, 0):
        assert rollover.close_past_days(hospital.site.pk) == 1
    theirs.refresh_from_db(), mine.refresh_from_db()
    assert (mine.state, theirs.state) == (Ticket.CANCELLED, Ticket.WAITING)


def test_issue_is_recorded_with_who_and_when(hospital):
    with at(2026, 12, 1, 2, 30):
        ticket = numbering.issue(hospital.registration, reference="VN-1", channel="his", user=hospital.his)
    event = ticket.events.get()
    assert (event.action, event.to_state, event.actor, event.at.hour) == ("issued", "waiting", hospital.his, 2)


@pytest.mark.parametrize("field,kwargs", [
    ("priority", {"priority": "vip"}),
    ("reference", {"reference": "x" * 65}),
    ("reference", {"reference": "a\x00b"}),
])
def test_bad_input_is_refused_and_nothing_is_issued(hospital, field, kwargs):
    with pytest.raises(ValidationError) as error:
        numbering.issue(hospital.registration, **kwargs)
    assert field in error.value.message_dict
    assert not Ticket.objects.exists()


def test_a_point_that_does_not_issue_refuses(hospital):
    hospital.exam.issuable = False
    hospital.exam.save()
    with pytest.raises(ValidationError):
        numbering.issue(hospital.exam)


def test_the_thousandth_ticket_of_a_day_keeps_every_digit(hospital):
    """The number is formatted in SQL on PostgreSQL: A999 is followed by A1000, not A100."""
    from wagtail_govstandard.queue.models import DayCounter

    numbering.issue(hospital.registration)
    DayCounter.objects.filter(point=hospital.registration).update(last_number=998)
    issued = [numbering.issue(hospital.registration).visit for _ in range(2)]
    assert [(v.number, v.display) for v in issued] == [(999, "A999"), (1000, "A1000")]
    assert sorted(Ticket.objects.values_list("visit__display", flat=True)) == ["A001", "A1000", "A999"]


def test_the_issued_objects_are_what_the_database_holds(hospital):
    """The PostgreSQL path writes in raw SQL and fills the returned objects itself: every field of
    the returned visit and ticket equals a fresh read (the ticket's visit_id was once left empty)."""
    from django.forms.models import model_to_dict

    ticket = numbering.issue(hospital.registration, "elderly", "V-1")
    stored = Ticket.objects.select_related("visit").get(pk=ticket.pk)
    assert ticket.visit_id == stored.visit_id == ticket.visit.pk
    assert model_to_dict(ticket) == model_to_dict(stored)
    assert model_to_dict(ticket.visit) == model_to_dict(stored.visit)


def test_yesterdays_priority_calls_do_not_count_in_todays_rule(hospital):
    """The rule's "last N calls" are today's (Bangkok): a priority call at 23:59 does not make
    the first priority ticket after midnight wait for two normal ones."""
    desk = counter(hospital.registration)
    with at(2026, 12, 1, 16, 58):
        numbering.issue(hospital.registration, priority="elderly")
        called = calling.call_next(desk)
        calling.perform(called.pk, "start"), calling.perform(called.pk, "done")
    with at(2026, 12, 1, 17, 1):  # 00:01 Bangkok
        numbering.issue(hospital.registration)
        numbering.issue(hospital.registration, priority="monk")
        assert calling.call_next(desk).visit.priority == "monk"

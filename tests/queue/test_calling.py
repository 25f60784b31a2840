"""Calling: the ordering rule, every action with its history, the journey with transfers."""

import pytest
from django.core.exceptions import ValidationError

from wagtail_govstandard.queue import calling, numbering
from wagtail_govstandard.queue.models import Ticket

from .conftest import counter


@pytest.fixture(autouse=True)
def no_debounce(settings):
    settings.WAGTAILGOVSTANDARD_QUEUE_CALL_DEBOUNCE_SECONDS = 0


def issue(point, *priorities):
    return [numbering.issue(point, priority=p) for p in priorities]


def call_all(point, n):
    desk = counter(point)
    called = []
    for _ in range(n):
        ticket = calling.call_next(desk)
        called.append(ticket.visit.priority[0].upper() if ticket else None)
        if ticket:
            calling.perform(ticket.pk, "start")
            calling.perform(ticket.pk, "done")
    return "".join(c or "-" for c in called)


def test_one_priority_ticket_after_every_two_normal_ones(hospital):
    issue(hospital.registration, *(["normal"] * 6 + ["elderly", "monk", "pregnant"]))
    # urgent first always; then P N N P N N P N N
    issue(hospital.registration, "urgent")
    assert call_all(hospital.registration, 11) == "UENNMNNPNN-"


def test_the_rule_is_set_per_point(hospital):
    hospital.registration.priority_every = 0
    hospital.registration.save()
    issue(hospital.registration, "normal", "normal", "disabled", "elderly")
    assert call_all(hospital.registration, 4) == "DENN"


def test_first_come_first_served_within_a_class(hospital):
    tickets = issue(hospital.registration, "normal", "normal", "normal")
    desk = counter(hospital.registration)
    called = []
    for _ in tickets:
        ticket = calling.call_next(desk)
        called.append(ticket)
        calling.perform(ticket.pk, "skip")
    assert called == tickets


def test_the_journey_keeps_its_number_through_every_point(hospital, django_user_model):
    ticket = numbering.issue(hospital.registration)
    path = []
    for point in (hospital.registration, hospital.screening, hospital.exam, hospital.pharmacy):
        called = calling.call_next(counter(point))
        assert called.visit_id == ticket.visit_id
        calling.perform(called.pk, "start", user=hospital.nurse)
        if point.next_point:
            following = calling.perform(called.pk, "transfer", user=hospital.nurse)
            assert (following.point, following.state) == (point.next_point, Ticket.WAITING)
        else:
            calling.perform(called.pk, "done", user=hospital.nurse)
        path.append((point.code, Ticket.objects.get(pk=called.pk).state))
    assert path == [("registration", "transferred"), ("screening", "transferred"),
                    ("exam", "transferred"), ("pharmacy", "done")]
    visit_tickets = ticket.visit.tickets.order_by("pk")
    assert {t.display for t in visit_tickets} == {"A001"}
    history = [(e.action, e.to_state) for t in visit_tickets for e in t.events.all()]
    assert history[:4] == [("issued", "waiting"), ("called", "called"), ("start", "serving"),
                           ("transfer", "transferred")]
    assert all(e.actor == hospital.nurse for t in visit_tickets for e in t.events.exclude(action__in=["issued", "called"]))


def test_transfer_to_a_chosen_point_and_not_to_another_site(hospital):
    from .conftest import make_hospital_site, make_point

    foreign = make_point(make_hospital_site("other.localhost", "อื่น"), "lab", "L")
    numbering.issue(hospital.registration)
    ticket = calling.call_next(counter(hospital.registration))
    with pytest.raises(ValidationError):
        calling.perform(ticket.pk, "transfer", to_point=foreign.pk)
    assert Ticket.objects.get(pk=ticket.pk).state == Ticket.CALLED
    moved = calling.perform(ticket.pk, "transfer", to_point=hospital.pharmacy.pk)
    assert moved.point == hospital.pharmacy


def test_skip_then_return_joins_the_back_of_the_line(hospital):
    first, second = issue(hospital.registration, "normal", "normal")
    desk = counter(hospital.registration)
    assert calling.call_next(desk) == first
    calling.perform(first.pk, "skip")
    calling.perform(first.pk, "return")
    assert calling.call_next(desk) == second
    assert calling.call_next(desk) == first


def test_recall_counts_the_calls_and_keeps_the_first_call_time(hospital):
    issue(hospital.registration, "normal")
    called = calling.call_next(counter(hospital.registration))
    again = calling.perform(called.pk, "recall")
    assert (again.call_count, again.called_at) == (2, called.called_at)
    assert list(again.events.values_list("action", flat=True)) == ["issued", "called", "recalled"]


@pytest.mark.parametrize("action,state", [
    ("done", "waiting"), ("start", "waiting"), ("recall", "waiting"), ("return", "called"), ("skip", "serving"),
])
def test_a_wrong_state_is_refused_and_nothing_changes(hospital, action, state):
    (ticket,) = issue(hospital.registration, "normal")
    if state in ("called", "serving"):
        calling.call_next(counter(hospital.registration))
    if state == "serving":
        calling.perform(ticket.pk, "start")
    events = ticket.events.count()
    with pytest.raises(calling.Refused):
        calling.perform(ticket.pk, action)
    assert Ticket.objects.get(pk=ticket.pk).state == state
    assert ticket.events.count() == events


def test_cancel_from_any_open_state(hospital):
    (ticket,) = issue(hospital.registration, "normal")
    assert calling.perform(ticket.pk, "cancel").state == Ticket.CANCELLED
    with pytest.raises(calling.Refused):
        calling.perform(ticket.pk, "cancel")


def test_a_double_click_on_call_next_returns_the_same_ticket(hospital, settings):
    settings.WAGTAILGOVSTANDARD_QUEUE_CALL_DEBOUNCE_SECONDS = 3
    first, _second = issue(hospital.registration, "normal", "normal")
    desk = counter(hospital.registration)
    assert calling.call_next(desk) == first
    assert calling.call_next(desk) == first
    assert Ticket.objects.filter(state=Ticket.CALLED).count() == 1


def test_nobody_waiting_calls_nobody(hospital):
    assert calling.call_next(counter(hospital.registration)) is None

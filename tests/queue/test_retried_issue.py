"""An HIS that retries an issue (its first answer lost to a timeout) gets the ticket its first
call made, not a second number: one visit a day per caller and reference. On PostgreSQL, 16
threads sending the same reference at once make one visit; without the constraint they make many."""

import datetime
from concurrent.futures import ThreadPoolExecutor
from unittest import mock

import pytest
from django.db import connection, connections

from tests.utils import bearer, make_user
from wagtail_govstandard.queue import access, clock, numbering
from wagtail_govstandard.queue.models import DayCounter, Ticket, TicketEvent, Visit

from .conftest import build_hospital

Q = "/api/v3/govstandard/queue"


def post(client, user, **body):
    return client.post(f"{Q}/tickets/", body, content_type="application/json", headers=bearer(user))


def written():
    return (Visit.objects.count(), Ticket.objects.count(), TicketEvent.objects.count(),
            list(DayCounter.objects.values_list("last_number", flat=True)))


@pytest.mark.django_db
def test_a_retried_issue_answers_the_first_ticket_and_takes_no_number(client, hospital):
    for point in (hospital.registration, hospital.pharmacy):
        point.staff.add(hospital.his)
    first = post(client, hospital.his, point=hospital.registration.pk, reference="VN-2569-000123")
    before = written()
    again = post(client, hospital.his, point=hospital.registration.pk, reference="VN-2569-000123")
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()  # the same ticket, number and status link
    assert written() == before == (1, 1, 1, [1])
    elsewhere = post(client, hospital.his, point=hospital.pharmacy.pk, reference="VN-2569-000123")
    assert elsewhere.status_code == 409 and "A001" in elsewhere.json()["detail"]
    assert written() == before
    next_visit = post(client, hospital.his, point=hospital.registration.pk, reference="VN-2569-000124")
    assert (next_visit.status_code, next_visit.json()["number"]) == (201, "A002")


@pytest.mark.django_db
def test_a_retry_finds_the_ticket_where_its_journey_has_reached(client, hospital):
    from wagtail_govstandard.queue import calling

    from .conftest import counter

    hospital.registration.staff.add(hospital.his)
    first = post(client, hospital.his, point=hospital.registration.pk, reference="VN-7").json()
    calling.call_next(counter(hospital.registration))
    calling.perform(first["id"], "start")
    calling.perform(first["id"], "transfer")
    again = post(client, hospital.his, point=hospital.registration.pk, reference="VN-7")
    assert again.status_code == 200
    assert (again.json()["number"], again.json()["point"]["code"], again.json()["state"]) == ("A001", "screening",
                                                                                           "waiting")


@pytest.mark.django_db
def test_the_same_reference_from_another_caller_or_another_day_or_none_is_a_new_visit(client, hospital):
    other = make_user("other-his", groups=[access.INTEGRATION])
    for user in (hospital.his, other):
        hospital.registration.staff.add(user)
    assert post(client, hospital.his, point=hospital.registration.pk, reference="VN-1").status_code == 201
    assert post(client, other, point=hospital.registration.pk, reference="VN-1").status_code == 201
    assert [post(client, hospital.his, point=hospital.registration.pk).status_code for _ in range(2)] == [201, 201]
    with mock.patch.object(clock, "now", return_value=clock.now() + datetime.timedelta(days=1)):
        assert post(client, hospital.his, point=hospital.registration.pk, reference="VN-1").status_code == 201
    assert Visit.objects.filter(reference="VN-1").count() == 3


THREADS = 16


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency proofs run on PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_16_threads_retrying_one_reference_make_one_visit():
    hospital = build_hospital()
    hospital.registration.staff.add(hospital.his)

    def worker(_n):
        try:
            return numbering.issue(hospital.registration, reference="VN-RETRY", channel="his",
                                   user=hospital.his).visit.display
        except numbering.AlreadyIssued as issued:
            return issued.visit.display
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        answers = list(pool.map(worker, range(THREADS)))
    assert answers == ["A001"] * THREADS
    assert Visit.objects.count() == 1
    assert DayCounter.objects.get().last_number == 1  # the retries took no number: no gap


@pytest.mark.django_db(transaction=True)
def test_the_upgrade_keeps_visits_an_earlier_retry_made_twice():
    """Visits made twice before the constraint (same caller, day, reference) stay, the later ones
    with "#2", "#3" after their reference, so the constraint can be added with nothing lost."""
    from django.db.migrations.executor import MigrationExecutor

    hospital = build_hospital()
    before = [("govstandard_queue", "0004_day_figures")]
    executor = MigrationExecutor(connection)
    after = executor.loader.graph.leaf_nodes("govstandard_queue")  # through 0005's fix, to the latest
    executor.migrate(before)
    try:
        old = MigrationExecutor(connection).loader.project_state(before).apps.get_model("govstandard_queue", "Visit")
        day, moment = clock.today(), clock.now()
        for number, reference in enumerate(["VN-1", "VN-1", "VN-1", "VN-2", "x" * 64, "x" * 64], start=1):
            old.objects.create(site_id=hospital.site.pk, issue_point_id=hospital.registration.pk, day=day,
                               number=number, display=f"A{number:03d}", priority="normal", rank=2,
                               token=f"t{number}", reference=reference, channel="his",
                               issued_by_id=hospital.his.pk, issued_at=moment)
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(after)
    assert list(Visit.objects.order_by("number").values_list("reference", flat=True)) == [
        "VN-1", "VN-1#2", "VN-1#3", "VN-2", "x" * 64, "x" * 62 + "#2"]

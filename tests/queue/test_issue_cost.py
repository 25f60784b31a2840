"""Issuing is cheap and the remembered caller stays safe: once a token is known an API issue is one
database query; a revoked token, a deactivated user, a removed group or staff assignment and a
changed point count from the next request; the user's password hash is never remembered."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import APIToken

from tests.utils import bearer
from wagtail_govstandard.queue import access, cached
from wagtail_govstandard.queue.models import Ticket

Q = "/api/v3/govstandard/queue"


@pytest.fixture
def his(hospital):
    hospital.registration.staff.add(hospital.his)
    return bearer(hospital.his)


def issue(client, hospital, headers):
    return client.post(Q + "/tickets/", {"point": hospital.registration.pk}, content_type="application/json",
                       headers=headers)


def test_an_issue_is_one_query_once_the_caller_is_known(client, hospital, his):
    assert issue(client, hospital, his).status_code == 201
    with CaptureQueriesContext(connection) as queries:
        response = issue(client, hospital, his)
    assert response.status_code == 201 and response.json()["number"] == "A002"
    statements = [q["sql"] for q in queries.captured_queries if not q["sql"].startswith(("SAVEPOINT", "RELEASE"))]
    expected = 1 if connection.vendor == "postgresql" else 6  # SQLite: the portable transaction
    assert len(statements) == expected, statements


def test_a_revoked_token_is_refused_at_the_next_request(client, hospital, his):
    assert issue(client, hospital, his).status_code == 201
    APIToken.objects.get(user=hospital.his).revoke()
    assert issue(client, hospital, his).status_code == 401
    assert Ticket.objects.count() == 1


def test_a_deactivated_user_is_refused_at_the_next_request(client, hospital, his):
    assert issue(client, hospital, his).status_code == 201
    hospital.his.is_active = False
    hospital.his.save()
    assert issue(client, hospital, his).status_code == 401


def test_leaving_the_point_or_the_group_counts_at_the_next_request(client, hospital, his):
    assert issue(client, hospital, his).status_code == 201
    hospital.registration.staff.remove(hospital.his)
    assert issue(client, hospital, his).status_code == 404
    hospital.registration.staff.add(hospital.his)
    assert issue(client, hospital, his).status_code == 201
    hospital.his.groups.remove(Group.objects.get(name=access.INTEGRATION))
    assert issue(client, hospital, his).status_code == 403
    assert Ticket.objects.count() == 2


def test_a_point_closed_to_issuing_counts_at_the_next_request(client, hospital, his):
    assert issue(client, hospital, his).status_code == 201
    hospital.registration.issuable = False
    hospital.registration.save()
    assert issue(client, hospital, his).status_code == 400


def test_another_process_change_is_seen_through_the_shared_generation(client, hospital, his):
    """A change made elsewhere renews the generation in the shared cache: this process reads again."""
    assert issue(client, hospital, his).status_code == 201
    APIToken.objects.filter(user=hospital.his).update(revoked_at="2026-01-01T00:00:00Z")  # no signal
    assert issue(client, hospital, his).status_code == 201  # remembered (for at most 60 s)
    cached.renew()  # what the other process's signal does
    assert issue(client, hospital, his).status_code == 401


def test_the_password_hash_is_never_remembered(client, hospital, his):
    assert issue(client, hospital, his).status_code == 201
    callers = [entry[2] for key, entry in cached._memory.items() if key[0] == "caller"]
    assert callers and all("password" not in caller["token"].user.__dict__ for caller in callers)


def test_without_the_memory_every_request_reads_the_database(client, hospital, his, settings):
    settings.WAGTAILGOVSTANDARD_QUEUE_AUTH_CACHE_SECONDS = 0
    assert issue(client, hospital, his).status_code == 201
    with CaptureQueriesContext(connection) as queries:
        assert issue(client, hospital, his).status_code == 201
    assert any("wagtailcore_apitoken" in q["sql"] for q in queries.captured_queries)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="prepared statements are PostgreSQL's")
@pytest.mark.parametrize("threshold", [5, None])
def test_postgresql_prepares_the_issue_statement_as_the_connection_allows(client, hospital, his, threshold):
    """With Django's OPTIONS prepare_threshold set, PostgreSQL parses and plans the issue's statement
    once per connection (the server's own list of the session's prepared statements); with None,
    Django's default, never."""
    raw = connection.connection
    default, raw.prepare_threshold = raw.prepare_threshold, threshold
    try:
        numbers = [issue(client, hospital, his).json()["number"] for _ in range(7)]
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s",
                           ["%govstandard_queue_daycounter%"])
            prepared = cursor.fetchone()[0]
    finally:
        raw.prepare_threshold = default
    assert numbers == [f"A00{n}" for n in range(1, 8)]
    assert prepared == (1 if threshold else 0)

"""The queue's v3 API as the HIS and the staff use it, with every refusal: 401, 403, 404, 409, 400."""

import datetime
from unittest import mock

import pytest

from tests.utils import bearer, make_user
from wagtail_govstandard import roles
from wagtail_govstandard.queue import clock
from wagtail_govstandard.queue.models import Ticket

from .conftest import counter

Q = "/api/v3/govstandard/queue"


@pytest.fixture(autouse=True)
def no_debounce(settings):
    settings.WAGTAILGOVSTANDARD_QUEUE_CALL_DEBOUNCE_SECONDS = 0


@pytest.fixture
def his(hospital):
    hospital.registration.staff.add(hospital.his)
    return bearer(hospital.his)


def post(client, path, body=None, headers=None):
    return client.post(Q + path, body or {}, content_type="application/json", headers=headers or {})


def test_the_his_issues_a_ticket_on_visit_registration(client, hospital, his):
    response = post(client, "/tickets/", {"point": hospital.registration.pk, "priority": "elderly",
                                          "reference": "VN-2569-000123"}, his)
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["number"], body["state"], body["priority"], body["channel"]) == ("A001", "waiting", "elderly", "his")
    assert body["reference"] == "VN-2569-000123" and body["actions"] == []
    # On the ticket's own Site (the default one, "localhost"): the test client's "testserver" is no Site's name.
    assert body["status_url"].startswith("http://localhost/queue/t/")
    found = client.get(Q + "/tickets/?reference=VN-2569-000123", headers=his).json()
    assert [t["id"] for t in found["items"]] == [body["id"]]


def test_the_his_reads_only_its_own_tickets(client, hospital, his):
    other = make_user("other-his", groups=["Queue integrations"])
    hospital.registration.staff.add(other)
    mine = post(client, "/tickets/", {"point": hospital.registration.pk}, his).json()
    theirs = post(client, "/tickets/", {"point": hospital.registration.pk}, bearer(other)).json()
    assert client.get(Q + f"/tickets/{theirs['id']}/", headers=his).status_code == 404
    assert [t["id"] for t in client.get(Q + "/tickets/", headers=his).json()["items"]] == [mine["id"]]


@pytest.mark.parametrize("body,field", [
    ({"priority": "vip"}, "priority"),
    ({"reference": "x" * 100}, "reference"),
    ({"reference": "HN\x00"}, "reference"),
    ({"point": "abc"}, "point"),
])
def test_bad_input_is_a_400_and_nothing_is_issued(client, hospital, his, body, field):
    response = post(client, "/tickets/", {"point": hospital.registration.pk, **body}, his)
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert field in str(response.json()["errors"])
    assert not Ticket.objects.exists()


def test_refusals(client, hospital, his):
    assert post(client, "/tickets/", {"point": hospital.registration.pk}).status_code == 401
    # a point the integration is not assigned to (another department, another hospital): 404
    assert post(client, "/tickets/", {"point": hospital.pharmacy.pk}, his).status_code == 404
    assert post(client, "/tickets/", {"point": 2**70}, his).status_code in (400, 404)
    webmaster = bearer(make_user("wm", groups=[roles.WEBMASTER]))
    assert post(client, "/tickets/", {"point": hospital.registration.pk}, webmaster).status_code == 404
    ticket = post(client, "/tickets/", {"point": hospital.registration.pk}, his).json()
    # the integration may not call or move tickets
    assert post(client, f"/counters/{counter(hospital.registration).pk}/call-next/", {}, his).status_code == 403
    assert post(client, f"/tickets/{ticket['id']}/start/", {}, his).status_code == 403
    # staff of another point do not see this one's tickets
    assert post(client, f"/tickets/{ticket['id']}/cancel/", {}, bearer(hospital.pharmacist)).status_code == 404
    assert post(client, f"/counters/{counter(hospital.registration).pk}/call-next/", {},
                bearer(hospital.pharmacist)).status_code == 404


def test_staff_call_and_move_their_points_tickets(client, hospital, his):
    clerk = bearer(hospital.clerk)
    issued = post(client, "/tickets/", {"point": hospital.registration.pk}, his).json()
    called = post(client, f"/counters/{counter(hospital.registration, 2).pk}/call-next/", {}, clerk).json()
    assert called["ticket"]["id"] == issued["id"] and called["ticket"]["counter"] == 2 and called["waiting"] == 0
    assert called["ticket"]["actions"] == ["recall", "skip", "start", "transfer", "cancel"]
    assert post(client, f"/tickets/{issued['id']}/done/", {}, clerk).status_code == 409
    assert post(client, f"/tickets/{issued['id']}/start/", {}, clerk).json()["state"] == "serving"
    moved = post(client, f"/tickets/{issued['id']}/transfer/", {}, clerk).json()
    assert (moved["number"], moved["point"]["code"], moved["state"]) == ("A001", "screening", "waiting")
    assert client.get(Q + f"/tickets/{issued['id']}/", headers=clerk).json()["state"] == "transferred"
    # the clerk does not staff screening: the new ticket is not theirs
    assert client.get(Q + f"/tickets/{moved['id']}/", headers=clerk).status_code == 404
    nurse = bearer(hospital.nurse)
    assert client.get(Q + f"/tickets/{moved['id']}/", headers=nurse).status_code == 200
    empty = post(client, f"/counters/{counter(hospital.registration).pk}/call-next/", {}, clerk).json()
    assert empty == {"ticket": None, "waiting": 0}


def test_transfer_to_another_sites_point_is_a_400(client, hospital, his):
    from .conftest import make_hospital_site, make_point

    foreign = make_point(make_hospital_site("other.localhost", "อื่น"), "lab", "L")
    clerk = bearer(hospital.clerk)
    post(client, "/tickets/", {"point": hospital.registration.pk}, his)
    ticket = post(client, f"/counters/{counter(hospital.registration).pk}/call-next/", {}, clerk).json()["ticket"]
    response = post(client, f"/tickets/{ticket['id']}/transfer/", {"to_point": foreign.pk}, clerk)
    assert response.status_code == 400
    assert Ticket.objects.get(pk=ticket["id"]).state == "called"


def test_staff_points_lists_only_assigned_points(client, hospital):
    points = client.get(Q + "/points/", headers=bearer(hospital.nurse)).json()
    assert sorted(p["code"] for p in points) == ["exam", "screening"]
    assert [c["number"] for c in next(p for p in points if p["code"] == "exam")["counters"]] == [1, 2]


def test_routes_are_in_the_openapi_document_with_their_statuses(client, db):
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    issue = paths[Q + "/tickets/"]["post"]["responses"]
    assert {"201", "400", "401", "403", "404"} <= set(issue)
    assert "409" in paths[Q + "/tickets/{ticket_id}/{action}/"]["post"]["responses"]
    assert "304" in paths[Q + "/boards/{board_id}/state/"]["get"]["responses"]
    assert Q + "/status/{token}/" in paths and Q + "/counters/{counter_id}/call-next/" in paths


def test_every_ticket_route_answers_a_valid_ticket_out(client, hospital, his):
    """Issue, read and move render serialize() without ninja's re-validation: each body must still be
    exactly what ninja renders of it validated as a TicketOut, field for field and type for type."""
    import json

    from wagtail.api.v3.api import api

    from wagtail_govstandard.queue.api import TicketOut

    clerk = bearer(hospital.clerk)
    # Times 0.4 ms past a second: JSON keeps milliseconds, so the body says "…:22.000Z" and ninja,
    # rendering the same instant read back, "…:22Z" (CI met it once in a thousand): compare instants.
    moment = datetime.datetime(2026, 12, 7, 13, 5, 22, 412, tzinfo=datetime.timezone.utc)
    with mock.patch.object(clock, "now", return_value=moment):
        issued = post(client, "/tickets/", {"point": hospital.registration.pk, "reference": "VN-1"}, his)
        ticket_id = issued.json()["id"]
        post(client, f"/counters/{counter(hospital.registration).pk}/call-next/", {}, clerk)
        answers = [issued, client.get(Q + f"/tickets/{ticket_id}/", headers=clerk),
                   post(client, f"/tickets/{ticket_id}/start/", {}, clerk),
                   post(client, f"/tickets/{ticket_id}/transfer/", {}, clerk)]
    assert [a.status_code for a in answers] == [201, 200, 200, 200]
    times = ("queued_at", "called_at", "started_at", "finished_at")

    def instants(body):
        return {key: datetime.datetime.fromisoformat(value) if key in times and value else value
                for key, value in body.items()}

    for answer in answers:
        assert answer["Content-Type"] == "application/json; charset=utf-8"
        body = answer.json()
        validated = TicketOut.model_validate(body).model_dump()
        assert instants(json.loads(api.renderer.render(None, validated, response_status=200))) == instants(body)
    assert answers[2].json()["started_at"] == "2026-12-07T13:05:22.000Z"
